"""A quote with no speaker event before it takes the subject of the nearest sentence that
opens with a verb (``engine.names.earlier.subject_before``, read past a time adverbial
too), and a title phrase only where a subject stands (``_subject_slot``): after the verb
that opens its sentence, a speech noun (تصريح) or a subject particle (أن), never an object
or a complement further on.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_the_visiting_subject_is_the_antecedent_not_the_minister_with_him() -> None:
    text = ("زار رئيس الحكومة يوسف الشاهد اليوم ولاية صفاقس رفقة وزير التجهيز محمد صالح"
            " العرفاوي.\nوأوضح أن الزيارة تهدف إلى متابعة المشاريع الكبرى في الجهة.")
    assert _names(text) == ["يوسف الشاهد"]


def test_a_subject_after_a_time_adverbial_is_the_antecedent() -> None:
    text = ("حذر اليوم الاثنين وزير الصحة علي المرابط من انتشار الفيروس في المدارس رفقة رئيس"
            " الجمعية الطبية.\nواعتبر أن الوضع يتطلب الحذر.")
    assert _names(text) == ["علي المرابط"]


def test_a_title_in_the_verbs_object_is_no_antecedent() -> None:
    """The near miss: the subject is a name no list knows; the prime minister in the
    object (إقحام رئيس الحكومة) is not taken instead."""
    text = ("حذر اليوم الاثنين بوجمعة الرميلي من إقحام رئيس الحكومة يوسف الشاهد في خلافات"
            " الحزب.\nواعتبر أن الأمر خطير.")
    assert _names(text) == [None]


def test_a_title_after_a_preposition_is_no_antecedent() -> None:
    text = ("وصل الوفد الياباني إلى تونس بدعوة من رئيس الجمهورية قيس سعيد.\nوأوضح أن"
            " الزيارة تهدف إلى دعم التعاون بين البلدين.")
    assert _names(text) == ["الوفد الياباني"]


def test_the_owner_of_a_statement_noun_is_an_antecedent() -> None:
    text = ("أثار تصريح الشيخ سعد، مهاجم الفريق، جدلا واسعا في الأوساط الرياضية.\nوأوضح أن"
            " اللاعبين تعمدوا الخسارة.")
    assert _names(text) == ["سعد"]
