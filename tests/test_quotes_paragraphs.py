"""A quote of several paragraphs: each next paragraph opens with a mark of its family, and only
the last closes it.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.find.marks import pair_marks


def test_a_quote_runs_on_into_a_paragraph_that_opens_with_its_mark() -> None:
    text = ('وقال المدرب للصحفيين بعد اللقاء "المباراة كانت صعبة للغاية.\n\n'
            '"رغم الفوز ما زال الطريق طويلا أمامنا".')
    got = extract_quotes(text)
    assert len(got) == 1 and got[0].speaker_name == "المدرب"
    assert got[0].text.startswith("المباراة") and got[0].text.endswith("أمامنا")


def test_guillemets_run_on_across_paragraphs_too() -> None:
    text = "قالت الوزيرة: «الإصلاح بدأ فعلا.\n\n«وسنواصله حتى النهاية»."
    assert [(p.open, p.close) for p in pair_marks(text)] == [
        (text.index("«"), text.index("»"))]


def test_an_unclosed_mark_mid_sentence_does_not_run_on() -> None:
    """The near miss: the first paragraph ends without a sentence end, so the mark expires
    and the next paragraph's pair stands alone."""
    text = 'وقال المدرب "المباراة كانت\n\n"رغم الفوز" ما زال الطريق طويلا.'
    pairs = pair_marks(text)
    assert len(pairs) == 1 and text[pairs[0].open + 1 : pairs[0].close] == "رغم الفوز"


def test_a_closed_quote_is_not_extended() -> None:
    got = extract_quotes('وقال المدرب: "المباراة صعبة".\nوفي سياق آخر، افتتح الملعب الجديد.')
    assert [q.text for q in got] == ["المباراة صعبة"]


def test_a_quote_runs_on_into_a_line_that_opens_with_its_mark() -> None:
    text = ('وقال المدرب عقب الفوز "المباراة كانت صعبة للغاية.\n'
            '"رغم الفوز ما زال الطريق طويلا أمامنا".\nوقال الحارس: "نحن جاهزون".')
    got = extract_quotes(text)
    assert [q.speaker_name for q in got] == ["المدرب", "الحارس"]
    assert got[0].text.endswith("أمامنا") and got[1].text == "نحن جاهزون"


def test_a_line_opening_with_a_mark_after_a_closed_quote_is_its_own_pair() -> None:
    """The near miss: nothing is pending, so the line's mark opens a pair of its own."""
    text = 'قال المدرب: "المباراة صعبة".\n"الطريق طويل" عنوان المقال.'
    assert [text[p.open + 1 : p.close] for p in pair_marks(text)] == [
        "المباراة صعبة", "الطريق طويل"]
