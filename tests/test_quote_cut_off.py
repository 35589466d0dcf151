"""A quote still open where an excerpt stops mid-sentence runs to the end of the text.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.cue.text if q.cue else None) for q in extract_quotes(text)]


_OPEN = ("أصدرت الهيئة المديرة للنادي بيانا مساء اليوم.\n\nوجاء في البيان: “لم يكن النادي يوما "
         "إلا بيتنا الأول، ونحن من حملناه إلى منصات التتويج.\n\nلذا، وتحملا منا للمسؤولية "
         "تجاه الجماهير والتاريخ العريق، نعلن")


def test_an_open_quote_cut_off_by_the_end_of_the_excerpt() -> None:
    got = _quotes(_OPEN)
    assert len(got) == 1 and got[0][1] == "direct"
    assert got[0][0].startswith("لم يكن النادي") and got[0][0].endswith("نعلن")


def test_an_open_mark_before_a_finished_text_is_no_cut_off_quote() -> None:
    """The near misses: the text ends a sentence (a stray mark, not an excerpt cut inside a
    quote), or a verb of saying follows the mark (the text goes on reporting)."""
    assert all(not t.endswith("نعلن") for t, _, _ in _quotes(_OPEN + " استقالتنا."))
    text = _OPEN.replace("نعلن", "وأكد الرئيس أن الفريق سيعود")
    assert all("وتحملا" not in t for t, _, _ in _quotes(text))
