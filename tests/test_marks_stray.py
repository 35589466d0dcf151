"""A stray double mark with a space on each side after a sentence end, whose next mark on its
line plainly opens, opens nothing: it no longer pairs past the real quote and hides it
(``find.marks``).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.find.marks import pair_marks


def _pairs(text: str) -> list[str]:
    return [text[p.open + 1 : p.close] for p in pair_marks(text)]


STRAY = ('وعرض الفيلم في الدورة الأخيرة للمهرجان (ماي 2017). " ونقلت صحف أجنبية عن المخرج '
         'قوله، "لقد أنجزت فيلمين بدل فيلم واحد." ومن أفلامه "الأول" (2000) و"الثاني (2003) '
         'و"الثالث" (2007).')


def test_stray_mark_after_a_sentence_opens_nothing() -> None:
    """Before, the stray mark paired with a later one (the title left unclosed) and the outer
    pair hid the quote."""
    assert _pairs(STRAY)[:2] == ["لقد أنجزت فيلمين بدل فيلم واحد.", "الأول"]


def test_the_quote_after_a_stray_mark_is_found() -> None:
    qs = [q for q in extract_quotes(STRAY) if q.kind == "direct"]
    assert [(STRAY[q.start:q.end], q.speaker.text) for q in qs] == [
        ("لقد أنجزت فيلمين بدل فيلم واحد", "المخرج")]


def test_a_spaced_quote_after_a_sentence_still_pairs() -> None:
    """The near miss: the next mark is spaced too (an outlet that writes " نص "): the first
    one opens the quote as before."""
    text = 'وختم الوزير حديثه. " الحكومة ماضية في الإصلاح " ثم غادر القاعة.'
    assert _pairs(text) == [" الحكومة ماضية في الإصلاح "]


def test_stray_mark_in_other_mark_styles() -> None:
    """The same stray mark where the outlet spaces its marks or writes curly single ones."""
    spaced = STRAY.replace('، "لقد', '، " لقد').replace('واحد."', 'واحد. "')
    assert _pairs(spaced)[0] == " لقد أنجزت فيلمين بدل فيلم واحد. "
    curly = ('وعرض الفيلم في المهرجان (ماي 2017). ‘ ونقلت صحف عن المخرج قوله، ‘لقد أنجزت '
             'فيلمين.’ ومن أفلامه ‘الأول’ (2000) و‘الثاني (2003) و‘الثالث’ (2007).')
    assert _pairs(curly)[0] == "لقد أنجزت فيلمين."
