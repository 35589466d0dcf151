"""The full stop of an abbreviated title ends no sentence (وقال د. أحمد الورفلي إن), while a
stop after a number and a one-letter unit does (سنة 1950 م. وقال، بـ 12 م د. وتشمل)
(``find.words``, data/abbreviations.txt).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.find.words import WordIndex


def test_abbreviated_title_keeps_the_sentence() -> None:
    qs = extract_quotes("وقال د. أحمد الورفلي إن الوضع الاقتصادي صعب جدا في البلاد.")
    assert [q.speaker.text for q in qs if q.speaker] == ["د. أحمد الورفلي"]


def test_abbreviation_is_no_break_in_the_word_index() -> None:
    wi = WordIndex("وقال د. أحمد إن الوضع صعب.")
    assert not wi.sentence_break_before(2) and wi.abbreviation_before(2)


def test_a_stop_after_a_number_and_letter_ends_the_sentence() -> None:
    """The near miss: 1950 م. is a date, 12 م د. a sum: both end their sentence."""
    wi = WordIndex("تأسست سنة 1950 م. وقال رئيسها إن الوضع صعب.")
    assert wi.sentence_break_before(4) and not wi.abbreviation_before(4)
    wi = WordIndex("ثم الوزارة بـ 12 م د. وتشمل الديون")
    assert wi.sentence_break_before(6)


def test_a_word_ending_a_sentence_is_no_abbreviation() -> None:
    """The near miss: a full word (الشعب.) or an unlisted letter (ص.) ends the sentence."""
    wi = WordIndex("وقال الوزير إن الحل في يد الشعب. وأكد أن الأمور تتحسن.")
    assert wi.sentence_break_before(7)
    wi = WordIndex("انظر الفصل ص. وقال الوزير إن الحل قريب.")
    assert wi.sentence_break_before(3)


def test_a_sum_in_abbreviated_units_ends_the_sentence() -> None:
    """The near miss: 1.5 م.د. is a sum of money (million dinars) that ends its sentence (م.د
    is one word, test_find_acronyms)."""
    wi = WordIndex("بكلفة 1.5 م.د. في المجال السياحي")
    k = [w.text for w in wi.words].index("في")
    assert wi.sentence_break_before(k) and not any(map(wi.sentence_break_before, range(k)))
