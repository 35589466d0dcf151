"""Speaker idioms of wire copy (``engine.cue_speaker``): an anonymity condition after the
subject (شريطة عدم الكشف عن هويته), a verb of going on before the cue (ومضى يقول), and a
statement or post with its issuer in a ل-phrase (بلاغ للوزارة، تغريدة لرئيس الحكومة).
Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes


def test_the_anonymity_condition_is_no_speaker() -> None:
    text = "وقال مسؤول أوروبي، تحدث شريطة عدم الكشف عن هويته، إن الاجتماع سيعقد غدا."
    assert _speakers(text) == ["مسؤول أوروبي"]


def test_the_condition_with_bi_and_no_commas() -> None:
    text = "وقال دبلوماسي عربي تحدث بشرط عدم نشر اسمه إن المحادثات متعثرة."
    assert _speakers(text) == ["دبلوماسي عربي"]


def test_a_word_holding_the_condition_letters_stays_a_speaker() -> None:
    """The near miss: الشريط (the film) is a noun of the phrase, not the condition."""
    text = "وقال مخرج الشريط إن التصوير انتهى."
    assert _speakers(text) == ["مخرج الشريط"]


def test_a_verb_of_going_on_is_no_speaker() -> None:
    text = "وقال الوزير سامي الهادي إن الوضع صعب. ومضى يقول إن الحكومة ستتحرك قريبا."
    assert [q.speaker_name for q in extract_quotes(text)] == ["سامي الهادي"] * 2


def test_a_subject_after_the_verb_of_going_on() -> None:
    text = ("وقال الوزير سامي الهادي إن الوضع صعب. وعاد المتحدث باسم الوزارة ليؤكد أن"
            " الحكومة ستتحرك.")
    assert _speakers(text)[1] == "المتحدث باسم الوزارة"


def test_a_subject_before_a_cue_keeps_its_first_word() -> None:
    """The near miss: عادل (a name) only begins like the verb عاد."""
    text = "وأعلن الحزب موقفه. عادل الهادي يقول إن الحكومة ستتحرك."
    assert _speakers(text) == ["عادل الهادي"]


def test_the_issuer_of_a_statement_with_the_article() -> None:
    quotes = extract_quotes("وأوضح بلاغ للوزارة أن الامتحانات ستجرى في موعدها.")
    assert quotes[0].speaker.text == "بلاغ للوزارة"
    assert quotes[0].speaker_name == "الوزارة"


def test_the_issuer_of_a_post() -> None:
    text = "وجاء في تدوينة لرئيس الحكومة على فيسبوك أن الامتحانات ستجرى في موعدها."
    assert _speakers(text) == ["رئيس الحكومة"]


def test_a_bare_statement_noun_points_back() -> None:
    """The near miss: a pronoun after the statement noun (بلاغ له) names no issuer."""
    text = ("وأعلنت وزارة التربية أن الامتحانات ستجرى في موعدها. وأوضح بلاغ لها أن"
            " النتائج ستعلن قريبا.")
    assert "بلاغ لها" not in _speakers(text)


def test_a_cue_with_its_object_pronoun_has_its_subject_after_it() -> None:
    """أخبر takes its object first (أخبر الوزير الصحفيين); with the object as a pronoun
    on the verb, the phrase after it is the subject."""
    assert _speakers("وأخبره الطبيب أن حالته مستقرة.") == ["الطبيب"]


def test_a_cue_without_its_object_pronoun_keeps_the_object_rule() -> None:
    """The near miss: أخبر with no pronoun and a plain noun after it: no subject read
    there (the object comes first), so no speaker."""
    assert _speakers("وأخبر موظفين أن الشركة ستغلق.") == [None]


def test_the_text_of_the_statement_points_to_its_issuer() -> None:
    text = ("وأكدت وزارة الثقافة في بلاغ لها أن الترشحات مفتوحة. وأفاد نص البلاغ أن الملفات"
            " تقبل إلى نهاية الشهر.")
    assert [q.speaker_name for q in extract_quotes(text)] == ["وزارة الثقافة"] * 2


def test_the_text_of_an_agreement_is_no_statement_anaphor() -> None:
    """The near miss: نص الاتفاق is no statement noun: it names no issuer."""
    text = "وأكدت وزارة الثقافة في بلاغ لها أن الترشحات مفتوحة. وأكد نص الاتفاق أن الملفات تقبل."
    assert extract_quotes(text)[1].speaker_name == "نص الاتفاق"


def test_in_the_same_context_is_an_adverbial() -> None:
    quotes = extract_quotes("وأضاف الوزير سامي الهادي في ذات السياق أن الحكومة ستتحرك.")
    assert quotes[0].speaker.text == "الوزير سامي الهادي"


def test_the_context_noun_then_the_emphatic() -> None:
    assert _speakers("وأشار رئيس الجمهورية في السياق ذاته إلى أن الفصل واضح.") == [
        "رئيس الجمهورية"]


def test_a_complement_of_the_title_stays() -> None:
    """The near miss: في الحكومة المؤقتة is the title's complement, before the name."""
    text = "وقال وزير الصحة في الحكومة المؤقتة كمال الفاسي أن الوضع مستقر."
    assert extract_quotes(text)[0].speaker_name == "كمال الفاسي"


def test_an_informed_source() -> None:
    assert _speakers('وصرح مصدر مطلع لـ"العربية" بأن المفاوضات متوقفة.') == ["مصدر مطلع"]


def test_the_beginning_of_the_week_after_a_title_is_time() -> None:
    """The near miss: مطلع after an office (no unnamed source) is "the beginning of"."""
    assert _speakers("وقال الوزير مطلع الأسبوع إن المفاوضات متوقفة.") == ["الوزير"]
