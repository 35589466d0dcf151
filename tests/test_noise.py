"""Invisible noise, other spaces and line ends, presentation forms and CJK marks change no
quote: the seeds with them inserted give the same quotes, offsets mapped."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck import Quote, extract_quotes, load
from quotecheck.find.marks import MAX_QUOTE_CHARS, pair_marks

SEEDS = [p.read_text(encoding="utf-8")
         for p in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))]
NOISE = "\u061c\u00ad\ufe0f\u034f\u200d"
SPACES = "\u2009\u2002\u202f\u3000\u205f\u00a0\u2007"
CJK = ("「」", "『』", "《》", "〈〉")
# Written for these tests.
SENTENCES = [
    "قال وزير الخارجية: «سنواصل العمل من أجل السلام في المنطقة».",
    "وأكد الرئيس محمد العبيد أن الحكومة ستعمل على تحسين الأوضاع الاقتصادية قريبا.",
    'وقالت المتحدثة باسم الوزارة سلمى الهادي إن "المفاوضات ستستأنف الأسبوع المقبل" في جنيف.',
]

Noisy = tuple[str, list[int]]  # the new text, and where each character of the old one went


@pytest.fixture(scope="module")
def nlp():
    return load(rules_only=True)


def _build(pieces: list[tuple[str, tuple[int, ...]]]) -> Noisy:
    out, pos, n = [], {}, 0
    for s, old in pieces:
        for k in old:
            pos[k] = n
        out.append(s)
        n += len(s)
    return "".join(out), [pos[k] for k in range(len(pos))]


def _insert(text: str, ch: str, where: str) -> Noisy:
    pieces = []
    for i, c in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if where == "word start" and c.isalpha() and not prev.isalpha():
            pieces.append((ch, ()))
        pieces.append((c, (i,)))
        if where == "inside" and c.isalpha() and nxt.isalpha() and i % 3 == 0:
            pieces.append((ch, ()))
    return _build(pieces)


def _substitute(text: str, table: dict[int, str]) -> Noisy:
    return _build([(table.get(i, c), (i,)) for i, c in enumerate(text)])


def _every(text: str, old: str, new: str) -> Noisy:
    return _substitute(text, {i: new for i, c in enumerate(text) if c == old})


def _cjk(text: str, marks: str) -> Noisy:
    table = {}
    for p in pair_marks(text):
        table[p.open], table[p.close] = marks
    return _substitute(text, table)


_FORMS: dict[tuple[str, str], str] = {}
for _cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
    _m = re.match(r"<(isolated|final|initial|medial)> (.*)", unicodedata.decomposition(chr(_cp)))
    if _m:
        _base = "".join(chr(int(x, 16)) for x in _m.group(2).split())
        _FORMS.setdefault((_base, _m.group(1)), chr(_cp))


def _joins_next(c: str | None) -> bool:
    return c is not None and (c, "initial") in _FORMS


def _presentation(text: str) -> Noisy:
    """Each Arabic letter in its contextual presentation form, لا as one ligature."""
    pieces, i = [], 0
    while i < len(text):
        c, prev = text[i], text[i - 1] if i else None
        nxt = text[i + 1] if i + 1 < len(text) else None
        after_join = _joins_next(prev)
        if c == "ل" and nxt in ("ا", "أ", "إ", "آ"):
            lig = _FORMS.get((c + nxt, "final" if after_join else "isolated"))
            if lig:
                pieces.append((lig, (i, i + 1)))
                i += 2
                continue
        if (c, "isolated") in _FORMS:
            joins = _joins_next(c) and nxt is not None and (nxt, "isolated") in _FORMS
            form = {(True, True): "medial", (True, False): "final", (False, True): "initial",
                    (False, False): "isolated"}[(after_join, joins)]
            c = _FORMS.get((c, form), _FORMS[(c, "isolated")])
        pieces.append((c, (i,)))
        i += 1
    return _build(pieces)


VARIANTS: dict[str, Callable[[str], Noisy]] = {
    **{f"U+{ord(ch):04X} at word starts": (lambda t, ch=ch: _insert(t, ch, "word start"))
       for ch in NOISE},
    **{f"U+{ord(ch):04X} inside words": (lambda t, ch=ch: _insert(t, ch, "inside"))
       for ch in NOISE},
    "presentation forms": _presentation,
    **{f"U+{ord(sp):04X} spaces": (lambda t, sp=sp: _every(t, " ", sp)) for sp in SPACES},
    **{f"line end {end!r}": (lambda t, end=end: _every(t, "\n", end))
       for end in ("\r", "\u2028", "\u2029")},
    **{f"marks {m}": (lambda t, m=m: _cjk(t, m)) for m in CJK},
}


def _plain(s: str | None) -> str | None:
    """A string with the noise removed and the forms, spaces and marks made plain."""
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", "".join(c for c in s if c not in NOISE))
    s = "".join(" " if unicodedata.category(c) == "Zs" else c for c in s)
    s = re.sub("[\r\u2028\u2029]", "\n", s)
    return s.translate(str.maketrans("「『《〈」』》〉", "««««»»»»"))


def _differences(clean: str, old: list[Quote], noisy: Noisy, new: list[Quote]) -> list[str]:
    text, pos = noisy

    def at(o: int, got: int) -> bool:
        """An offset of the clean text, anywhere among the characters inserted there."""
        lo = pos[o - 1] + 1 if o > 0 else 0
        hi = pos[o] if o < len(clean) else len(text)
        return lo <= got <= hi

    out = []
    if len(old) != len(new):
        return [f"{len(old)} quotes -> {len(new)}"]
    for q, r in zip(old, new, strict=True):
        ok = at(q.start, r.start) and at(q.end, r.end) and r.text == text[r.start : r.end]
        for a, b in ((q.cue, r.cue), (q.speaker, r.speaker)):
            ok = ok and (a is None) == (b is None) and (
                a is None or at(a.start, b.start) and at(a.end, b.end))
        for f in ("kind", "cue_lemma", "stance", "anonymous", "headline", "speaker_resolved"):
            ok = ok and getattr(q, f) == getattr(r, f)
        ok = ok and _plain(q.speaker_name) == _plain(r.speaker_name)
        if not ok:
            out.append(f"{q.text[:40]!r}: {q.to_dict()} -> {r.to_dict()}")
    return out


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_seeds_under_noise_give_the_same_quotes(nlp, variant: str) -> None:
    changed = []
    for clean in SEEDS:
        noisy = VARIANTS[variant](clean)
        assert noisy[0] != clean
        old = extract_quotes(clean, nlp=nlp)
        changed += _differences(clean, old, noisy, extract_quotes(noisy[0], nlp=nlp))
    assert not changed, "\n".join(changed[:3])


def test_seeds_have_quotes_to_compare(nlp) -> None:
    assert sum(len(extract_quotes(t, nlp=nlp)) for t in SEEDS) >= 40


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.sampled_from(SENTENCES),
       st.lists(st.tuples(st.integers(0, 120), st.sampled_from(NOISE)), max_size=8))
def test_noise_anywhere_changes_no_quote(sentence: str, inserts: list[tuple[int, str]]) -> None:
    pieces = [(c, (i,)) for i, c in enumerate(sentence)]
    for at, ch in sorted(inserts, reverse=True):
        pieces.insert(min(at, len(pieces)), (ch, ()))
    noisy = _build(pieces)
    nlp = load(rules_only=True)
    old = extract_quotes(sentence, nlp=nlp)
    assert old
    assert not _differences(sentence, old, noisy, extract_quotes(noisy[0], nlp=nlp))


@pytest.mark.parametrize("noise", ["\u061c", "\u00ad"])
def test_a_letter_mark_before_the_cue(nlp, noise: str) -> None:
    """The reproducer and one more: the cue is found and the speaker is named."""
    for text in (noise + "قال الوزير: «سنواصل العمل»",
                 "وأكد" + noise + " الرئيس" + noise + " أن الحكومة ستعمل على تحسين الأوضاع."):
        (q,) = extract_quotes(text, nlp=nlp)
        assert q.cue is not None and q.speaker_name in ("الوزير", "الرئيس", "الرئيس" + noise)
        assert _plain(q.speaker_name) in ("الوزير", "الرئيس")
    # near miss: a visible letter is not noise (قاصل is no cue)
    assert all(q.cue is None for q in extract_quotes("قاصل الوزير: «سنواصل العمل»", nlp=nlp))
    assert extract_quotes("قال الوزير: «سنواصل العمل»", nlp=nlp)[0].cue is not None


@pytest.mark.parametrize("space", ["\u2009", "\u202f", "\u3000"])
def test_other_spaces_start_no_quote_and_keep_names(nlp, space: str) -> None:
    text = SENTENCES[2].replace(" ", space)
    (q,) = extract_quotes(text, nlp=nlp)
    assert not q.text[0].isspace() and q.text.startswith("المفاوضات")
    assert _plain(q.speaker_name) == "سلمى الهادي"


@pytest.mark.parametrize("sep", ["\r\r", "\u2029", "\r\n\r\n", "\u2028\u2028"])
def test_an_unclosed_mark_stops_at_a_paragraph(sep: str) -> None:
    text = 'قال الوزير: "سنواصل العمل' + sep + 'وقال الرئيس في كلمته"الاقتصاد بخير" اليوم.'
    (p,) = pair_marks(text)
    assert text[p.open + 1 : p.close] == "الاقتصاد بخير"
    # near miss: one line end is not a paragraph break (a quote may go on over it)
    one = text.replace(sep, "\n")
    assert [text[p.open + 1 : p.close] for p in pair_marks(one)] != ["الاقتصاد بخير"]


@pytest.mark.parametrize("sep", ["\r\r", "\r\n\r\n", "\u2028\u2028"])
def test_the_next_paragraphs_quote_is_kept(nlp, sep: str) -> None:
    text = 'قال الوزير: "سنواصل العمل في المنطقة' + sep + 'وقال الرئيس: "الاقتصاد بخير".'
    texts = [q.text for q in extract_quotes(text, nlp=nlp)]
    assert "الاقتصاد بخير" in texts and all(sep not in t for t in texts)


@pytest.mark.parametrize("end", ["\r", "\u2029", "\u2028"])
def test_a_headline_ends_at_any_line_end(nlp, end: str) -> None:
    text = ("وزير الخارجية: سنواصل العمل من أجل السلام" + end
            + "أكد وزير الخارجية أن بلاده ستواصل العمل من أجل السلام في المنطقة.")
    plain = extract_quotes(text.replace(end, "\n"), nlp=nlp)
    got = extract_quotes(text, nlp=nlp)
    assert [q.headline for q in got] == [q.headline for q in plain] and got[0].headline
    assert [(q.start, q.end) for q in got] == [(q.start, q.end) for q in plain]


@pytest.mark.parametrize("marks", CJK)
def test_cjk_brackets_are_mark_families(nlp, marks: str) -> None:
    o, c = marks
    text = f"قال وزير الخارجية: {o}سنواصل العمل من أجل السلام{c}."
    (q,) = extract_quotes(text, nlp=nlp)
    assert q.kind == "direct" and q.text == "سنواصل العمل من أجل السلام"
    # near miss: marks of two families do not pair
    other = next(m for m in CJK if m != marks)
    assert pair_marks(f"قال: {o}سنواصل العمل{other[1]}.") == []


def test_a_long_quote_is_whole_or_marked_truncated(nlp) -> None:
    """The reproducer (a quote over the limit, once cut silently to a clause) and one more."""
    for n in (110, 300):
        body = " ".join(["سنواصل العمل من أجل السلام في المنطقة"] * n)
        text = "قال الوزير: «" + body + "» وانتهى الاجتماع."
        (p,) = pair_marks(text)
        assert p.truncated and p.inner[1] - p.inner[0] == MAX_QUOTE_CHARS
        (q,) = extract_quotes(text, nlp=nlp)
        assert q.text == body or q.truncated and body.startswith(q.text)
        assert q.to_dict()["truncated"] is q.truncated
    short = "قال الوزير: «سنواصل العمل»"
    (p,) = pair_marks(short)
    assert not p.truncated and p.inner == (13, len(short) - 1)  # near miss: under the limit


def test_truncated_round_trips() -> None:
    q = Quote(text="نص", start=0, end=2, kind="direct", truncated=True)
    assert Quote.from_dict(q.to_dict()) == q and q.to_dict()["truncated"] is True
    old = {k: v for k, v in q.to_dict().items() if k != "truncated"}  # output of 0.x
    assert Quote.from_dict(old).truncated is False
