"""A title phrase that stopped inside the office's complement goes on to the holder's name
that ends the subject (``engine.holder_name``): القيادي في حزب X من أجل Y NAME، رئيس جمعية
دار الحديث NAME.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_complement_with_prepositions_then_the_name() -> None:
    assert _speakers("وقال القيادي في حزب العمل من أجل الجمهورية طارق السالمي إن الوضع صعب.") == [
        "القيادي في حزب العمل من أجل الجمهورية طارق السالمي"]


def test_a_medium_noun_inside_a_body_name_then_the_name() -> None:
    assert _speakers("وأكد رئيس جمعية دار الحديث الزيتونية فريد الهاني في تصريح أن الأمر خطير.") == [
        "رئيس جمعية دار الحديث الزيتونية فريد الهاني"]


def test_a_complement_a_comma_then_the_name_before_an_adverbial() -> None:
    assert _speakers("قال القيادي المؤسس في حركة الأمل، سامي العياري في تصريح إذاعي إن الحزب "
                     "انتهى.") == ["القيادي المؤسس في حركة الأمل، سامي العياري"]


def test_a_medium_after_a_preposition_is_an_adverbial() -> None:
    """Near miss: في المؤتمر الصحفي frames the statement; the name after it is no holder."""
    assert _speakers("وقال الوزير في المؤتمر الصحفي سامي العياري إن القانون واضح.") == ["الوزير"]


def test_an_adverbial_then_another_person_is_no_holder() -> None:
    """Near miss: ردا على سؤال النائبة X names the one who asked."""
    assert _speakers("وأكد الوزير، ردا على سؤال النائبة سلمى الجبالي، أن القانون واضح.") == [
        "الوزير"]


def test_an_about_phrase_is_the_verbs_complement() -> None:
    """Near miss: عن before an indefinite noun opens the verb's complement."""
    assert _speakers("وقال رئيس الحركة عن جريمة اغتيال المهندس محمد الزواري إن الجريمة "
                     "نكراء.") == ["رئيس الحركة"]


def test_a_correspondent_after_the_medium_is_no_holder() -> None:
    """Near miss: the journalist named after a medium and an addressee."""
    assert _speakers("وقال الوزير في تصريح لمراسل الإذاعة سامي الهاني إن المشروع جاهز.") == [
        "الوزير"]


def test_a_plural_of_persons_has_no_single_holder() -> None:
    """Near miss: words of a names list after a plural head are no holder's name."""
    assert _speakers("وقال المسؤولون في إقليم الشمال المضطرب صيام رمضان إن المنع قائم.") == [
        "المسؤولون"]
