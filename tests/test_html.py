"""HTML pages for comparisons and extractions: content, labels, kinds, escaping (no browser)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from quotecheck import extract_quotes
from quotecheck.comparison import compare
from quotecheck.render.html import render_compare_html, render_extract_html
from quotecheck.types import Mention, Quote

KIND_AR = {"direct": "مباشر", "mixed": "مختلط", "indirect": "غير مباشر"}


def _mention(text: str, word: str, after: int = 0) -> Mention:
    s = text.index(word, after)
    return Mention(word, s, s + len(word))


def _doc(prefix: str, quote: str, suffix: str, kind: str, speaker: str) -> dict:
    text = prefix + quote + suffix
    start = len(prefix)
    q = Quote(
        quote,
        start,
        start + len(quote),
        kind,
        cue=_mention(text, prefix.split()[0]),
        speaker=_mention(text, speaker.split()[-1]),
        speaker_name=speaker,
    )
    return {"text": text, "quotes": [q]}


def sample_statements():
    """Three sources of one statement, with differing words, and a <script> to be escaped."""
    docs = {
        "outlet-a": _doc(
            "قال الوزير سامي الخطيب: «",
            "حققنا تقدما طفيفا في ملف المياه مع الجيران",
            "».",
            "direct",
            "سامي الخطيب",
        ),
        "outlet-b": _doc(
            "وأكد الخطيب أنه ",
            "حقق تقدما محدودا جدا في ملف المياه مع الجيران",
            ".",
            "indirect",
            "سامي الخطيب",
        ),
        "outlet-<c>": _doc(
            "وقال الخطيب: «",
            "لم نحقق تقدما في ملف المياه مع الجيران <script>alert(1)</script>",
            "».",
            "direct",
            "سامي الخطيب",
        ),
    }
    return compare(docs), docs


# A text written for these tests: a direct quote, a resolved speaker, an anonymous source.
TEXT = (
    "قال الوزير سامي الخطيب: «سنفرج عن الرهائن». "
    "وأضاف أن المفاوضات مستمرة مع الوسطاء. "
    'وقال مصدر مسؤول إن "الاتفاق قريب" في الأيام المقبلة.'
)


def text_quotes() -> list[Quote]:
    """The three quotes of TEXT, as the extractor would give them."""
    t = TEXT
    q1 = _mention(t, "سنفرج عن الرهائن")
    q2 = _mention(t, "المفاوضات مستمرة مع الوسطاء")
    q3 = _mention(t, "الاتفاق قريب")
    return [
        Quote(q1.text, q1.start, q1.end, "direct", cue=_mention(t, "قال"),
              speaker=_mention(t, "الوزير سامي الخطيب"), speaker_name="سامي الخطيب",
              cue_lemma="قال", stance="neutral"),
        Quote(q2.text, q2.start, q2.end, "indirect", cue=_mention(t, "وأضاف"),
              speaker=_mention(t, "الوزير سامي الخطيب"), speaker_name="سامي الخطيب",
              cue_lemma="أضاف", stance="neutral", speaker_resolved=True),
        Quote(q3.text, q3.start, q3.end, "mixed", cue=_mention(t, "وقال"),
              speaker=_mention(t, "مصدر مسؤول"), speaker_name="مصدر مسؤول",
              cue_lemma="قال", stance="neutral", anonymous=True),
    ]


class _Dom(HTMLParser):
    """A small DOM walk: the page's text as a copy would give it, and elements by attribute."""

    VOID = {"meta", "br", "img", "input", "link", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.stack: list[dict] = []
        self.elements: list[dict] = []
        self.in_head = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("style", "title"):
            self.in_head = True
        el = {"tag": tag, "attrs": dict(attrs), "text": [], "own": [], "children": []}
        if self.stack:
            self.stack[-1]["children"].append(el)
        self.elements.append(el)
        if tag not in self.VOID:
            self.stack.append(el)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self.in_head = False
        while self.stack:
            el = self.stack.pop()
            if el["tag"] == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_head:
            return
        self.text.append(data)
        if self.stack:
            self.stack[-1]["own"].append(data)
        for el in self.stack:
            el["text"].append(data)

    def find(self, tag: str | None = None, **attrs: str) -> list[dict]:
        out = []
        for el in self.elements:
            if tag and el["tag"] != tag:
                continue
            a = el["attrs"]
            if all(
                (k.rstrip("_") in a and (v is True or v in (a[k.rstrip("_")] or "").split()))
                for k, v in attrs.items()
            ):
                out.append(el)
        return out


def _dom(page: str) -> _Dom:
    d = _Dom()
    d.feed(page)
    return d


def _text(el: dict) -> str:
    return "".join(el["text"])


def test_compare_page_escapes_and_carries_everything() -> None:
    statements, _ = sample_statements()
    page = render_compare_html(statements)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in page
    assert "<script" not in page and "&lt;/script" in page
    assert "outlet-&lt;c&gt;" in page
    assert "http://" not in page and "https://" not in page
    for st in statements:
        for p in st.pairs:
            for f in p.flags:
                assert f'data-flag="{f}"' in page
    assert "<ins" in page and "<del" in page


def test_compare_page_shows_each_quote_as_its_kind() -> None:
    statements, docs = sample_statements()
    dom = _dom(render_compare_html(statements))
    shown = {k: [_text(e) for e in dom.find("div", class_="vq", **{"data-kind": k})]
             for k in KIND_AR}
    assert len(shown["direct"]) == 2 and len(shown["indirect"]) == 1
    for body in shown["direct"]:
        assert body.startswith("«") and body.endswith("»")
    indirect = shown["indirect"][0]
    assert "«" not in indirect and "»" not in indirect
    assert indirect == docs["outlet-b"]["quotes"][0].text
    for variant in dom.find("div", class_="variant"):
        kind = variant["attrs"]["data-kind"]
        assert KIND_AR[kind] in _text(variant)
        assert _text(variant).count("سامي الخطيب") == 1


def test_compare_page_mixed_quote_is_not_guillemeted() -> None:
    docs = {
        "a": _doc("قال الوزير سامي الخطيب: «", "سنفرج عن الرهائن قريبا جدا", "».", "direct",
                  "سامي الخطيب"),
        "b": _doc('وقال الخطيب إنه "', "سنفرج عن الرهائن قريبا", '" بعد المفاوضات.', "mixed",
                  "سامي الخطيب"),
    }
    dom = _dom(render_compare_html(compare(docs)))
    mixed = [_text(e) for e in dom.find("div", class_="vq", **{"data-kind": "mixed"})]
    assert mixed == ["سنفرج عن الرهائن قريبا"]


def test_single_source_statements_are_collapsed_after_the_others() -> None:
    statements, _ = sample_statements()
    lone = _doc("وقالت الوزيرة هدى سالم: «", "لن نتراجع عن خطة التعليم الجديدة", "».", "direct",
                "هدى سالم")
    st2 = compare({"only": lone})
    assert len(st2) == 1
    page = render_compare_html([*st2, *statements])
    dom = _dom(page)
    sections = dom.find("section", class_="st")
    assert [s["attrs"]["data-sources"] for s in sections] == ["3", "1"]
    (details,) = dom.find("details", class_="single")
    assert "open" not in details["attrs"]
    inner = [c for c in details["children"] if c["tag"] == "section"]
    assert len(inner) == 1 and "هدى سالم" in _text(inner[0])
    assert page.index("outlet-a") < page.index("<details")
    # Only single-source statements: the section is open, and the page says why it is there.
    only = _dom(render_compare_html(st2))
    assert "open" in only.find("details", class_="single")[0]["attrs"]


def test_compare_page_takes_the_dict_form() -> None:
    statements, _ = sample_statements()
    assert render_compare_html([s.to_dict() for s in statements]) == render_compare_html(
        statements
    )


def test_extract_page_marks_quotes_cues_and_speakers() -> None:
    _, docs = sample_statements()
    doc = docs["outlet-a"]
    page = render_extract_html(doc["text"], doc["quotes"])
    assert 'data-kind="direct"' in page
    assert 'data-role="cue"' in page and 'data-role="speaker"' in page
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    page2 = render_extract_html("<b>نص</b>", [])
    assert "&lt;b&gt;" in page2


def test_each_quote_carries_its_speaker_name() -> None:
    quotes = text_quotes()
    dom = _dom(render_extract_html(TEXT, quotes))
    marks = dom.find("mark", class_="q")
    assert len(marks) == len(quotes)
    for mark, q in zip(marks, quotes, strict=True):
        assert mark["attrs"]["data-speaker"] == q.speaker_name
        (who,) = [c for c in _all(mark) if "who" in c["attrs"].get("class", "").split()]
        assert q.speaker_name in _text(who)
        title = mark["attrs"]["title"]
        for field in (q.speaker_name, q.cue.text, KIND_AR[q.kind], "محايد"):
            assert field in title
    rows = dom.find("tr", **{"data-speaker": True})
    assert [r["attrs"]["data-speaker"] for r in rows] == [q.speaker_name for q in quotes]
    assert [r["attrs"]["data-kind"] for r in rows] == [q.kind for q in quotes]
    for row, q in zip(rows, quotes, strict=True):
        cells = [_text(c) for c in row["children"] if c["tag"] == "td"]
        assert q.speaker_name in cells[2] and q.cue.text in cells[3]
        assert KIND_AR[q.kind] in cells[4] and "محايد" in cells[5]


def _all(el: dict) -> list[dict]:
    out = []
    for c in el["children"]:
        out.append(c)
        out.extend(_all(c))
    return out


def test_resolved_and_anonymous_speakers_are_explained() -> None:
    quotes = text_quotes()
    page = render_extract_html(TEXT, quotes)
    dom = _dom(page)
    resolved = dom.find("mark", **{"data-n": "2"})[0]
    links = [c for c in _all(resolved) if c["tag"] == "a" and c["attrs"]["href"].startswith("#m")]
    (link,) = links
    target = link["attrs"]["href"][1:]
    (spk,) = dom.find("span", id=target)
    assert _text(spk).startswith("الوزير سامي الخطيب")
    assert "محال إلى ذكر سابق" in resolved["attrs"]["title"]
    row2 = dom.find("tr", id="r2")[0]
    assert "محال إلى ذكر سابق" in _text(row2)
    row3 = dom.find("tr", id="r3")[0]
    assert "مصدر غير مسمى" in _text(row3)
    assert "مصدر غير مسمى" not in _text(dom.find("tr", id="r1")[0])


def test_labels_are_arabic() -> None:
    page = render_extract_html(TEXT, text_quotes())
    dom = _dom(page)
    labels = [_text(e) for e in dom.find("span", class_="lbl")]
    assert labels and set(labels) <= {"فعل القول", "المتكلم"}
    english = [e for e in dom.elements if {"cue", "speaker"} & set("".join(e["own"]).split())]
    assert english and all("en" in e["attrs"].get("class", "").split() for e in english)
    heads = [_text(e) for e in dom.find("th")]
    assert any(h.startswith("المتكلم") and h.endswith("speaker") for h in heads)
    assert any(h.startswith("فعل القول") and h.endswith("cue") for h in heads)


def test_kind_badge_is_apart_from_the_last_word_in_extracted_text() -> None:
    """Copy-paste or text extraction keeps a space between a quote's last word and its badge."""
    quotes = text_quotes()
    dom = _dom(render_extract_html(TEXT, quotes))
    flat = "".join(dom.text)
    for q in quotes:
        last = q.text.split()[-1]
        i = flat.index(q.text) + len(q.text)
        assert flat[i].isspace(), flat[i - 10 : i + 10]
        assert not re.search(re.escape(last) + "(مباشر|مختلط|غير)", flat)
    assert "الرهائن مباشر" in re.sub(r"\s+", " ", flat)


def test_overlapping_spans_keep_the_text_whole() -> None:
    """A quote overlapping an earlier one stays unmarked but listed; mentions nest or drop."""
    t = "قال المتحدث باسم الوزارة: «نرفض هذا القرار رفضا قاطعا ونطالب بسحبه فورا» اليوم."
    a = _mention(t, "نرفض هذا القرار رفضا قاطعا")
    b = _mention(t, "رفضا قاطعا ونطالب بسحبه فورا")
    nested = _mention(t, "القرار")
    crossing = Mention(t[a.end - 3 : a.end + 3], a.end - 3, a.end + 3)
    quotes = [
        Quote(b.text, b.start, b.end, "direct", speaker=crossing, speaker_name="المتحدث"),
        Quote(a.text, a.start, a.end, "direct", cue=nested, speaker=_mention(t, "المتحدث"),
              speaker_name="المتحدث"),
    ]
    dom = _dom(render_extract_html(t, quotes))
    marks = dom.find("mark", class_="q")
    assert len(marks) == 1 and marks[0]["attrs"]["data-n"] == "1"
    inner = [c for c in _all(marks[0]) if c["attrs"].get("data-role") == "cue"]
    assert [_text(c).split()[0] for c in inner] == ["القرار"]
    assert len(dom.find("span", **{"data-role": "speaker"})) == 1
    assert len(dom.find("tr", **{"data-speaker": True})) == 2
    body = "".join(_text(e) for e in dom.find("div", class_="text"))
    for piece in ("قال المتحدث", "نرفض هذا", "بسحبه فورا", "» اليوم."):
        assert piece in body


@pytest.mark.parametrize("seed", ["000", "001", "002"])
def test_seed_pages_name_every_speaker(seeds: dict[str, str], seed: str) -> None:
    name = next(k for k in seeds if k.startswith(seed))
    text = seeds[name]
    quotes = [q.to_dict() for q in extract_quotes(text)]
    dom = _dom(render_extract_html(text, quotes))
    marks = dom.find("mark", class_="q")
    shown = {m["attrs"]["data-n"] for m in marks}
    assert len(dom.find("tr", **{"data-speaker": True})) == len(quotes)
    assert len(shown) >= len(quotes) - 1
    for m in marks:
        n = int(m["attrs"]["data-n"]) - 1
        expected = quotes[n]["speaker_name"] or (quotes[n]["speaker"] or {}).get("text")
        assert expected and m["attrs"]["data-speaker"] == expected


def test_pages_can_be_written_as_utf8_whatever_the_text() -> None:
    """A lone surrogate (what a torn UTF-16 text gives) becomes U+FFFD; offsets stay right."""
    t = "قال الوزير: «\ud800سنواصل العمل\udfff» ثم غادر."
    q = _mention(t, "\ud800سنواصل العمل\udfff")
    quote = Quote(q.text, q.start, q.end, "direct", cue=_mention(t, "قال"),
                  speaker=_mention(t, "الوزير"), speaker_name="الوزير")
    page = render_extract_html(t, [quote], source="a\udc80.txt")
    page.encode("utf-8")
    assert "\ufffdسنواصل العمل\ufffd" in page and "ثم غادر" in page
    st = compare({"a": {"text": t, "quotes": [quote]}, "b": {"text": t, "quotes": [quote]}})
    render_compare_html(st).encode("utf-8")


def test_odd_quote_fields_do_not_break_the_pages() -> None:
    """A missing kind, no speaker at all, offsets past the end: rendered, never raised."""
    t = "نص قصير فيه «عبارة» فقط."
    s = t.index("عبارة")
    quotes = [
        {"text": "عبارة", "start": s, "end": s + 5, "kind": None},
        {"text": "فقط", "start": len(t) - 4, "end": len(t) + 50, "kind": "direct"},
    ]
    dom = _dom(render_extract_html(t, quotes))
    marks = dom.find("mark", class_="q")
    assert [m["attrs"]["data-speaker"] for m in marks] == ["غير معروف", "غير معروف"]
    assert "".join(_text(e) for e in dom.find("div", class_="text")).startswith("نص قصير")
