"""A quotation mark glued to a proclitic written alone (و"..."، بـ"...") opens a quote,
also nested in another quote of the same marks; a stray outer mark is not stretched by it.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.find.marks import pair_marks


def _inner(text: str) -> list[str]:
    return [text[p.open + 1 : p.close] for p in pair_marks(text)]


def test_a_glued_mark_opens_a_nested_quote() -> None:
    text = 'وأضاف الوزير قائلا "إن الشاحنة باسمها و"الرخصة" معها وهي لم تسافر".'
    assert _inner(text) == ['إن الشاحنة باسمها و"الرخصة" معها وهي لم تسافر']
    got = extract_quotes(text)
    assert [q.text for q in got] == ['إن الشاحنة باسمها و"الرخصة" معها وهي لم تسافر']


def test_a_glued_mark_with_tatweel_opens_too() -> None:
    text = 'وقال المدير "نحن نسمي المشروع بـ"الحلم الكبير" منذ البداية".'
    assert _inner(text) == ['نحن نسمي المشروع بـ"الحلم الكبير" منذ البداية']


def test_a_stray_outer_mark_still_closes_at_the_glued_mark() -> None:
    """The near miss: the outer mark never closes (an odd mark count on the line), so the
    glued mark closes it as before and no quote runs on across the later pairs."""
    text = 'وقال إنه "يرفض العفو عن جماعات مثل "القاعدة" و"داعش"، كما يرفض ما يسمى بـ"التوبة"، مشددا.'
    assert _inner(text) == ['يرفض العفو عن جماعات مثل "القاعدة" و', "التوبة"]


def test_a_word_ending_in_waw_is_no_proclitic() -> None:
    """The near miss: a mark after a whole word (ابو) is not glued to a proclitic."""
    text = 'وقال "زرنا ابو"ظبي" أمس".'
    assert _inner(text) == ["زرنا ابو"]
