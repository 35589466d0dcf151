"""Mark pairing (round 6b): a closing double mark written with a space before it and a word
right after it (بتهمة "الاعتداء على الأخلاق "بسبب ...) closes the mark pending in its phrase
when no other double mark follows on its line.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.find.marks import pair_marks


def inside(text: str) -> list[str]:
    """The insides of the text's mark pairs, stripped."""
    return [text[p.open + 1 : p.close].strip() for p in pair_marks(text)]


def test_spaced_closer_before_a_word_closes_the_pending_mark() -> None:
    text = ('واعتبرت المنظمة أن الأحكام الصادرة بتهمة "الاعتداء على الأخلاق الحميدة "بسبب '
            "تدخينهم في مكان عام تعد انتهاكا للحريات.")
    assert inside(text) == ["الاعتداء على الأخلاق الحميدة"]


def test_spaced_closer_keeps_the_clause_one_quote() -> None:
    """The term in marks stays inside the reported clause (no mixed quote from "بسبب ...)."""
    text = ('واعتبرت المنظمة أن الأحكام الصادرة بتهمة "الاعتداء على الأخلاق الحميدة "بسبب '
            "تدخينهم في مكان عام تعد انتهاكا واضحا للحريات الفردية في البلاد.")
    got = extract_quotes(text)
    assert [q.kind for q in got] == ["indirect"]
    assert got[0].text.endswith("للحريات الفردية في البلاد")


def test_name_with_a_spaced_closer_is_one_pair() -> None:
    text = 'تعطل السير بالمدرسة الابتدائية " المستقبل "بالقرية لمدة ساعتين.'
    assert inside(text) == ["المستقبل"]


def test_nested_marks_of_one_family_still_nest() -> None:
    """The near miss: a mark of that shape followed by more marks on its line opens a nested
    quote (its marks come in twos)."""
    text = 'وقال الوزير "إن "داعش" يهدد المنطقة" في كلمته.'
    assert inside(text) == ['إن "داعش" يهدد المنطقة']


def test_mark_after_a_comma_opens() -> None:
    """The near miss: after a comma in the open quote's stretch (، لافتا إلى أن "...) the mark
    opens a new quote; it closes nothing."""
    text = ('مضيفا أن "مستويات الجوع مرتفعة في البلاد، لافتا إلى أن "الصراع دمر '
            "أكثر من نصف المستشفيات في المدن الكبرى")
    assert inside(text) == []


def test_empty_pair_after_a_short_pair_terminates() -> None:
    """Regression (round 6b): an empty pair inside one gap after a short quoted pair once made
    the look for a complementizer after adjuncts (cues.comp_after_adjuncts) loop forever."""
    text = '" ” „ وقال „ „ الخارجية ” الحكومة " " نقبل'
    quotes = extract_quotes(text)
    assert all(text[q.start : q.end] == q.text for q in quotes)
