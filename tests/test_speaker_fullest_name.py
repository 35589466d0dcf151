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


def test_a_definite_title_takes_the_latest_holder_of_that_office() -> None:
    text = ("وقالت وزيرة الصحة، سميرة مرعي، إن البوابة ستوفر الخدمات."
            " وأكّدت الوزيرة أن المخرجات ستؤخذ بعين الاعتبار.")
    assert _names(text) == ["سميرة مرعي", "سميرة مرعي"]


def test_a_definite_title_of_another_office_stays_as_written() -> None:
    """The near miss: الوزير (masculine) is not the وزيرة named before."""
    text = ("وقالت وزيرة الصحة، سميرة مرعي، إن البوابة ستوفر الخدمات."
            " وأكّد الوزير أن المخرجات ستؤخذ بعين الاعتبار.")
    assert _names(text) == ["سميرة مرعي", "الوزير"]


def test_the_holder_named_last_before_the_title_is_taken() -> None:
    text = ("قال وزير الصحة سمير بن علي إن الوضع مستقر. وقال وزير التربية ناجي جلول إن"
            " الامتحانات في موعدها. وأضاف الوزير أن النتائج ستعلن قريبا.")
    assert _names(text)[-1] == "ناجي جلول"


def test_a_role_after_a_name_without_a_comma_ends_the_name() -> None:
    text = "قال شكري جرار كاتب عام النقابة الأساسية إن الإضراب قائم في موعده."
    assert _names(text) == ["شكري جرار"]


def test_the_role_word_before_a_name_is_a_title() -> None:
    """The near miss: كاتب before the name is its title, the name follows it."""
    text = "قال الكاتب محمد الغزي إن الرواية ستصدر قريبا."
    assert _names(text) == ["محمد الغزي"]


def test_a_relative_is_not_named_after_the_person_in_the_phrase() -> None:
    text = "وأكد والد سلمان العبيدي قبل اعتقاله أن ابنه بريء."
    assert _names(text) == ["والد سلمان العبيدي"]


def test_a_name_that_opens_with_ibn_is_a_name() -> None:
    """The near miss: ابن opens a name (ابن كيران), it is no kinship head."""
    text = "وقال رئيس الحكومة عبد الإله ابن كيران إن الحكومة مستمرة. وأضاف ابن كيران أن الحوار مفتوح."
    assert _names(text)[-1] == "عبد الإله ابن كيران"


def test_a_courtesy_title_holds_no_office() -> None:
    """السيد، الشيخ name no office to look up; الوزير does (the near miss)."""
    from quotecheck.engine.names.harvest import office_head
    from quotecheck.lang.ar.lexicon import Lexicon
    from quotecheck.lang.ar.normalize import fold

    lex = Lexicon()
    assert office_head(lex, [fold("السيد")]) is None
    assert office_head(lex, [fold("الشيخ")]) is None
    assert office_head(lex, [fold("الوزير")]) == fold("وزير")


def test_a_counterpart_s_name_is_read_as_a_titled_name() -> None:
    text = ('أعلن كيري أنه لم يحرز تقدما في المحادثات مع نظيره الروسي سيرجي لافروف.'
            ' وقال لافروف: "لا بديل عن الحوار".')
    assert _names(text)[-1] == "سيرجي لافروف"


def test_a_counterpart_without_a_name_names_nobody() -> None:
    """The near miss: نظيره with no name after it gives no name to a later speaker."""
    text = ('أعلن كيري أنه لم يحرز تقدما في المحادثات مع نظيره الروسي.'
            ' وقال لافروف: "لا بديل عن الحوار".')
    assert _names(text)[-1] == "لافروف"
