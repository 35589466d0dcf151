"""A cue joined to its sentence's first verb, with no subject of its own, takes that verb's
subject when the two verbs agree (``engine.before_cue.joined_verb_subject``).  Sentences
written for the test; the one marked ANT is adapted from the ANT corpus v1.1 (Jawhara FM,
Apache License 2.0, tests/fixtures/ANT_LICENSE)."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes


def test_a_joined_verb_takes_the_subject_of_the_first_verb() -> None:
    text = ("بعد جدل دام أياما، خرجت الفتاة المحجبة عن صمتها وقالت إنها كانت تساعد أحد"
            " الجرحى.")
    assert _speakers(text) == ["الفتاة المحجبة"]


def test_a_participle_far_from_the_first_verb_agrees_with_it() -> None:
    """ANT (JA-sport-1037-20170415), shortened: more than 14 words between the verb and
    its participle; the body's object clause (ما ورد) is no part of the subject."""
    text = ("و نفت الجامعة ما ورد في بيان التلفزة الوطنية الصادر مؤخرا حول اختيار التلفزة"
            " الوطنية بث مقابلة النادي الصفاقسي و النادي الافريقي في المقام الاول مشيرة أن"
            " رئيس مصلحة الرياضة وجه مراسلة للجامعة.")
    assert _speakers(text) == ["الجامعة"]


def test_a_verb_that_does_not_agree_gives_no_subject() -> None:
    """The near miss: a masculine first verb and a feminine cue are two subjects."""
    assert _speakers("خرج الوزير من الاجتماع وقالت إن الجلسة كانت متوترة.") == [None]


def test_the_object_of_the_first_verb_ends_its_subject() -> None:
    """After a name, a definite noun is the verb's object, not the subject's part."""
    text = "أكد الوزير أن الموسم واعد. وانتقدت عبير موسي القرار وقالت إنه يضر بالفلاحين."
    assert _speakers(text) == ["الوزير", "عبير موسي"]


def test_an_object_that_runs_on_gives_no_subject() -> None:
    """The near miss: an indefinite word after the subject (the verb's object, جانبا)
    leaves the quote to the speaker before."""
    text = ("أكدت وزيرة الطاقة هالة شيخ روحو أن الطلب يتزايد. وخصصت الوزيرة جانبا من"
            " مداخلتها للمحروقات وقالت إن الرخص ستسند قريبا.")
    assert _speakers(text) == ["وزيرة الطاقة هالة شيخ روحو", "وزيرة الطاقة هالة شيخ روحو"]


def test_an_impersonal_verb_gives_no_subject() -> None:
    """The near miss: تم has no subject that speaks."""
    assert _speakers("وتم حجز الآلة الكاشفة عن المعادن وقال إن التحقيق متواصل.") == [None]


def test_a_body_s_object_clause_is_no_part_of_its_phrase() -> None:
    """ما after a body opens the verb's object (نفت الوزارة ما تم تداوله)."""
    text = "ونفت وزارة الداخلية ما تم تداوله من أخبار مؤكدة أن التدخل كان قانونيا."
    assert _speakers(text) == ["وزارة الداخلية"]


def test_a_body_phrase_without_an_object_clause_goes_on() -> None:
    """The near miss: with no ما the body's adjective stays in its phrase."""
    assert _speakers("وأكدت وزارة الداخلية التونسية أن التدخل كان قانونيا.") == [
        "وزارة الداخلية التونسية"]


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


_BEFORE = 'قال وزير النقل سامي الخطيب إن الوضع "صعب جدا". '


def test_a_title_and_a_name_set_off_by_commas_are_the_subject() -> None:
    """انتقد TITLE، NAME، OBJECT، وقال: the name set off after the title phrase."""
    text = _BEFORE + ("في المقابل، انتقد نقيب أصحاب المخابز، خالد محمود الرواشدة، القرار،"
                      ' وقال إن القطاع "لم يعد يحتمل".')
    assert _names(text)[-1] == "خالد محمود الرواشدة"


def test_a_body_with_an_adverbial_set_off_is_no_apposition() -> None:
    """The near miss: وزارة الصحة، بمناسبة العيد، ...: an adverbial, no name."""
    text = ("دعت وزارة الصحة، بمناسبة عيد الفطر، المواطنين إلى الحذر، وقالت إن الوقاية"
            ' "ضرورية".')
    assert _names(text) == ["وزارة الصحة"]


def test_one_of_a_group_is_the_subject() -> None:
    text = _BEFORE + ("وأعرب أحد المتضررين، وهو تاجر في الستين من عمره، عن ارتياحه للحكم،"
                      ' وقال: "كنت أنتظر هذا اليوم".')
    assert _speakers(text)[-1] == "أحد المتضررين"


def test_a_kunya_is_the_subject() -> None:
    text = _BEFORE + ('وعبرت أم خالد، والدة أحد المرضى، عن سعادتها، وقالت: "كنا ننتظر".')
    assert _speakers(text)[-1] == "أم خالد"


def test_a_kunya_head_before_no_name_is_no_subject() -> None:
    """The near miss: أم before a common noun (أم الكوارث) names no person."""
    text = _BEFORE + ('وعبرت أم الشهداء عن سعادتها، وقالت: "كنا ننتظر".')
    assert _speakers(text)[-1] != "أم الشهداء"


def test_an_adverbial_in_marks_ends_the_subject() -> None:
    """أدانت BODY "بأشد العبارات" OBJECT، وقالت: the adverbial in marks is no subject."""
    text = _BEFORE + ('وأدانت مفوضية الاتحاد "بأشد العبارات" الهجوم، وقالت إنها مستعدة'
                      ' "للتعاون".')
    assert _speakers(text)[-1] == "مفوضية الاتحاد"


def test_a_name_in_marks_is_no_adverbial() -> None:
    """The near miss: a party's name in marks after its noun stays in the subject."""
    text = _BEFORE + ('وانتقد حزب "البديل" القرار، وقال إن الحكومة "فشلت".')
    assert _speakers(text)[-1] != "حزب"
