"""The fullest name of a speaker named by a part of it: names read after titles anywhere in
the document (``engine.names.harvest.add_titled_names``) and a one-word surname with the
article (``surname_key``).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_name_after_a_title_outside_a_quote_names_the_later_speaker() -> None:
    text = ('طالب الرئيس التركي رجب طيب إردوغان الأكراد بإنزال العلم. وقال إردوغان:'
            ' "لا نوافق على هذا الزعم".')
    assert _names(text) == ["رجب طيب إردوغان"]


def test_another_surname_keeps_its_own_name() -> None:
    """The near miss: a name read elsewhere names only a speaker who is part of it."""
    text = ('طالب الرئيس التركي رجب طيب إردوغان الأكراد بإنزال العلم. وقال أوغلو:'
            ' "لا نوافق على هذا الزعم".')
    assert _names(text) == ["أوغلو"]


def test_a_surname_with_the_article_takes_the_full_name() -> None:
    text = ("قال رياض الشعيبي الأمين العام للحزب إن الوضع صعب. وقال الشعيبي إن الحكومة"
            " فشلت في مهامها.")
    assert _names(text) == ["رياض الشعيبي", "رياض الشعيبي"]


def test_a_surname_no_name_holds_stays_as_written() -> None:
    """The near miss: العبيدي is part of no name in the document."""
    text = ("قال رياض الشعيبي الأمين العام للحزب إن الوضع صعب. وقال العبيدي إن الحكومة"
            " فشلت في مهامها.")
    assert _names(text) == ["رياض الشعيبي", "العبيدي"]


def test_title_words_that_ran_into_a_name_are_left_out_of_it() -> None:
    text = ("أفاد مدير حفظ صحة الوسط بوزارة الصحة محمد الرابحي أنه تم تسجيل 64 بؤرة تسمم."
            " وأوضح الرابحي أن الوضع تحت السيطرة.")
    assert _names(text)[-1] == "محمد الرابحي"
