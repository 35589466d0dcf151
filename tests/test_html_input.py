"""HTML input (issue 17): ``extract_quotes(text, html=True)``, the batch API and ``--html``.

Markup and character references must not leak into quotes, attributes are no quote source,
and every offset points into the markup the caller passed.  All sentences written for these
tests.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotecheck import extract_quotes, extract_quotes_batch
from quotecheck.batch import BatchError
from quotecheck.cli import EXIT_OK, main
from quotecheck.find.wrapping import is_hard_wrapped
from quotecheck.htmlmask import looks_like_html, read_html, unescape_span

TAG = re.compile(r"<[^>]*>")
REF = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


class _Reader(HTMLParser):
    """An independent reading of the markup (the standard library's parser): the text a
    reader sees, block tags as blank lines, ``<br>`` as a line break."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0

    def _tag(self, tag: str) -> None:
        if tag in ("p", "div", "li", "h1", "h2", "h3"):
            self.out.append("\n\n")
        elif tag == "br":
            self.out.append("\n")

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in ("script", "style")
        self._tag(tag)

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style")
        self._tag(tag)

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.out.append(data.replace("\n", " "))


def as_plain(markup: str) -> str:
    r = _Reader()
    r.feed(markup)
    r.close()
    return "".join(r.out)


def check_offsets(markup: str, quotes: list) -> None:
    """Every string of every quote is the markup's slice at its offsets."""
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(markup)
        assert markup[q.start:q.end] == q.text
        for m in (q.cue, q.speaker):
            if m is not None:
                assert markup[m.start:m.end] == m.text


def found(markup: str) -> list:
    """The quotes of ``markup`` read as HTML, checked against the quotes of the text a reader
    sees (``as_plain``): same kinds, same readable texts."""
    quotes = extract_quotes(markup, html=True)
    check_offsets(markup, quotes)
    reader = extract_quotes(as_plain(markup))
    assert [(q.kind, unescape_span(markup, q.start, q.end)) for q in quotes] == [
        (q.kind, " ".join(q.text.split())) for q in reader]
    return quotes


# -- the reproducers of issue 17 and one more variant each ------------------------------------
@pytest.mark.parametrize("markup, content", [
    ("<p>قال الوزير: &laquo;سنواصل العمل&raquo;</p>", "سنواصل العمل"),
    ("<div>وأكدت الوزيرة &#171;نحن ملتزمون بالخطة&#187;</div>", "نحن ملتزمون بالخطة"),
    ("<li>وقال المحافظ: &#xAB;الطريق يفتح غدا&#xbb;</li>", "الطريق يفتح غدا"),
])
def test_guillemet_references(markup: str, content: str) -> None:
    plain = extract_quotes(markup)
    assert not any(q.text == content for q in plain)  # what html=False gives: markup leaks
    quotes = found(markup)
    assert [q.text for q in quotes] == [content]
    q = quotes[0]
    assert q.start == markup.index(content) and q.end == q.start + len(content)
    assert "<" not in q.text and "&" not in q.text


@pytest.mark.parametrize("markup, content", [
    ("<p>قال الرئيس &quot;لن نتراجع عن قرارنا&quot; في كلمته.</p>", "لن نتراجع عن قرارنا"),
    ("<p>وقال المدير &ldquo;سنفتح المصنع قريبا&rdquo; للصحفيين</p>", "سنفتح المصنع قريبا"),
    ("<p>وصرح المدرب &#34;الفريق جاهز للمباراة&#34; أمس</p>", "الفريق جاهز للمباراة"),
])
def test_quot_references(markup: str, content: str) -> None:
    assert not any(q.text == content for q in extract_quotes(markup))
    quotes = found(markup)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].start == markup.index(content)


@pytest.mark.parametrize("markup, hidden", [
    ('<p>قال الوزير: «سنواصل العمل»</p><img alt="قال المتحدث: «هذا نص بديل»"><p>انتهى</p>',
     "هذا نص بديل"),
    ("<a title='صرح الناطق: «عنوان الرابط هنا»' href='/x'>رابط</a>"
     "<p>وقال الوزير: «الخطة جاهزة»</p>", "عنوان الرابط هنا"),
])
def test_attributes_are_no_source(markup: str, hidden: str) -> None:
    assert any(q.text == hidden for q in extract_quotes(markup))  # html=False reads the alt
    quotes = extract_quotes(markup, html=True)
    check_offsets(markup, quotes)
    assert quotes and not any(hidden in q.text for q in quotes)
    tag_spans = [(m.start(), m.end()) for m in TAG.finditer(markup)]
    for q in quotes:
        assert not any(a < q.start < b or a < q.end < b for a, b in tag_spans)


def test_hidden_content_and_comments() -> None:
    markup = ('<script>var s = "قال الوزير: «لا»";</script><style>p{color:red}</style>'
              "<!-- قال الوزير: «تعليق» --><p>قال الرئيس: «نعم للحوار»</p>")
    assert [q.text for q in found(markup)] == ["نعم للحوار"]


def test_block_tag_ends_an_unclosed_quote() -> None:
    markup = "<p>قال الوزير: «سنواصل العمل</p><p>وقال المتحدث: «انتهى الأمر»</p>"
    quotes = found(markup)
    assert "انتهى الأمر" in [q.text for q in quotes]
    assert not any("</p>" in q.text for q in quotes)


def test_entity_inside_a_word() -> None:
    markup = "<p>&#1602;&#1575;&#1604; الوزير: «سنواصل العمل»</p>"  # قال as references
    (q,) = found(markup)
    assert q.text == "سنواصل العمل"
    assert q.cue is not None and q.cue.text == "&#1602;&#1575;&#1604;" and q.cue_lemma == "قال"


def test_inline_tags_stay_in_the_raw_slice() -> None:
    markup = "<p>قال الوزير: «سنواصل <b>العمل</b> معا»</p>"
    (q,) = found(markup)
    assert q.text == "سنواصل <b>العمل</b> معا"
    assert unescape_span(markup, q.start, q.end) == "سنواصل العمل معا"


def test_unescape_span() -> None:
    markup = "<p>قال: &laquo;الماء &amp; الكهرباء&nbsp;غدا&raquo;</p>"
    (q,) = found(markup)
    assert q.text == "الماء &amp; الكهرباء&nbsp;غدا"
    assert unescape_span(markup, q.start, q.end) == "الماء & الكهرباء غدا"  # NBSP: a space


# -- html=False is unchanged; what html=True leaves alone ------------------------------------
def test_default_is_plain_text(seeds: dict[str, str]) -> None:
    text = next(iter(seeds.values()))
    assert extract_quotes(text) == extract_quotes(text, html=False)


@pytest.mark.parametrize("text", [
    "قال الوزير: «سنواصل العمل» وأضاف أن الخطة جاهزة.",
    "قال المهندس: «الفرق بين أ < ب و ج > د واضح» في الاجتماع.",  # a "<" that opens no tag
])
def test_one_line_without_markup_reads_the_same(text: str) -> None:
    assert read_html(text).text == text
    assert extract_quotes(text, html=True) == extract_quotes(text)


def test_read_html_map() -> None:
    markup = "<p>أ&amp;ب</p>\nج"
    page = read_html(markup)
    assert page.text == "\n\nأ&ب\n\n ج"
    k = page.text.index("&")
    assert markup[page.starts[k]:page.ends[k]] == "&amp;"
    assert page.span(page.text.index("أ"), page.text.index("ب") + 1) == (3, 10)


def test_looks_like_html() -> None:
    assert looks_like_html("<p>قال الوزير: &laquo;نعم&raquo;</p>")
    assert not looks_like_html("قال المهندس إن أ < ب وإن ج > د & هـ.")


# -- batch and CLI ---------------------------------------------------------------------------
PAGES = [
    "<p>قال الوزير: &laquo;سنواصل العمل&raquo;</p>",
    "<p>قال الرئيس &quot;لن نتراجع عن قرارنا&quot; في كلمته.</p>",
    "<p></p>",
]


def test_batch_html() -> None:
    want = [extract_quotes(t, html=True) for t in PAGES]
    assert list(extract_quotes_batch(PAGES, html=True)) == want
    assert list(extract_quotes_batch(PAGES)) == [extract_quotes(t) for t in PAGES]
    assert list(extract_quotes_batch(PAGES, html=True, batch_size=1, n_process=2)) == want


def test_batch_html_non_text() -> None:
    out = list(extract_quotes_batch([PAGES[0], 7], html=True, errors="return"))
    assert out[0] == extract_quotes(PAGES[0], html=True)
    assert isinstance(out[1], BatchError) and out[1].kind == "TypeError"
    with pytest.raises(TypeError):
        list(extract_quotes_batch([7], html=True))


def _records(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]


def test_cli_html_suffix_and_flags(tmp_path, capsys) -> None:
    page = tmp_path / "a.html"
    page.write_text(PAGES[0], encoding="utf-8")
    same = tmp_path / "a.txt"
    same.write_text(PAGES[0], encoding="utf-8")
    want = [q.to_dict() for q in extract_quotes(PAGES[0], html=True)]
    plain = [q.to_dict() for q in extract_quotes(PAGES[0])]
    assert want != plain
    for argv, expected in ([[str(page)], want], [["--html", str(same)], want],
                           [["--no-html", str(page)], plain]):
        assert main(["extract", "-f", "jsonl", "-q", *argv]) == EXIT_OK
        (rec,) = _records(capsys)
        assert rec["quotes"] == expected
    assert main(["extract", "-f", "jsonl", "-q", str(same)]) == EXIT_OK
    captured = capsys.readouterr()
    assert [json.loads(x)["quotes"] for x in captured.out.splitlines()] == [plain]
    assert "looks like HTML" in captured.err


def test_cli_stream_html(tmp_path, capsys) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": k, "text": t}, ensure_ascii=False) + "\n"
                              for k, t in enumerate(PAGES)), encoding="utf-8")
    assert main(["extract", "--input", str(corpus), "--html", "-q", "--no-text"]) == EXIT_OK
    got = [r["quotes"] for r in _records(capsys)]
    assert got == [[q.to_dict() for q in extract_quotes(t, html=True)] for t in PAGES]


# -- property: quotes of random HTML paragraphs ----------------------------------------------
WORDS = ["الوزير", "العمل", "سنواصل", "الخطة", "جاهزة", "أمس", "في", "المدينة", "إن", "أن"]
CUES = ["قال", "وقال", "أكد", "وأضاف", "صرح"]
OPEN_CLOSE = [("«", "»"), ("&laquo;", "&raquo;"), ("&#171;", "&#187;"), ("&quot;", "&quot;"),
              ("&ldquo;", "&rdquo;"), ("\"", "\"")]
INLINE = [("<b>", "</b>"), ("<span class=\"x\">", "</span>"), ("<a href='/y'>", "</a>"),
          ("", "")]
BLOCKS = [("<p>", "</p>"), ("<div>", "</div>"), ("<li>", "</li>"), ("<h2>", "</h2>"),
          ("", "<br>")]

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    o, c = draw(st.sampled_from(OPEN_CLOSE))
    io, ic = draw(st.sampled_from(INLINE))
    bo, bc = draw(st.sampled_from(BLOCKS))
    closed = draw(st.booleans())
    body = (f"{draw(st.sampled_from(CUES))} {draw(words)}: {o}{draw(words)} {io}{draw(words)}"
            f"{ic}{c if closed else ''} {draw(words)}")
    if draw(st.booleans()):
        ao, ac = ("&quot;", "&quot;") if o == '"' else (o, c)
        body += f'<img alt="قال الناطق: {ao}نص بديل{ac}">'
    return f"{bo}{body}{bc}"


pages = st.lists(paragraph(), min_size=1, max_size=6).flatmap(
    lambda ps: st.sampled_from(["", "\n"]).map(lambda sep: sep.join(ps)))


@given(pages)
@example("قال الوزير: «الوزير <b>الوزير</b> الوزير<br>" * 4)  # <br> lines read as wrapped prose
@example("قال الوزير: «الوزير <b>الوزير</b> الوزير<br>" * 2
         + "قال الوزير: «الوزير <b>الوزير</b> الوزير<img alt=\"قال الناطق: «نص بديل»\"><br>"
         + "قال الوزير: «الوزير <b>الوزير</b> الوزير")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_quotes_of_html_paragraphs(markup: str) -> None:
    quotes = found(markup)
    # A page whose <br> lines read as hard-wrapped prose (short lines ending mid-sentence)
    # is unwrapped like plain text: its <br> may then stand inside a quote.
    # <img> is inline too: its alt text may then lie inside the span, never in what it reads.
    inside = (r"</?(?:b|span|a|br|img)\b" if is_hard_wrapped(as_plain(markup))
              else r"</?(?:b|span|a)\b")
    tags = [(m.start(), m.end(), m.group()) for m in TAG.finditer(markup)]
    refs = [(m.start(), m.end()) for m in REF.finditer(markup)]
    for q in quotes:
        for a, b, tag in tags:
            assert not (a < q.start < b or a < q.end < b)  # never starts or ends in a tag
            if q.start <= a and b <= q.end:  # a tag inside a quote is an inline one
                assert re.match(inside, tag), (tag, q.text)
        for a, b in refs:
            assert not (a < q.start < b or a < q.end < b)
        assert "نص بديل" not in unescape_span(markup, q.start, q.end)
