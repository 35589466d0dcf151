"""The outlet a verb of saying addresses (ل + وكالة/صحيفة/قناة and its name) is no speaker
(engine/addressed_outlet.py ``past_outlet_name``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_a_bare_verb_to_an_agency_keeps_the_antecedent() -> None:
    got = speakers_named('وأكد الوزير أن الأزمة انتهت. وقال لوكالة الأنباء الفرنسية إن الوفد '
                    '"ينتظر ردودا مكتوبة".')
    assert got == [("الوزير", "الوزير"), ("الوزير", "الوزير")]


def test_the_subject_before_the_verb_and_its_newspaper() -> None:
    got = speakers_named('وكان الناطق باسم المحكمة كمال الدريدي قد صرح لصحيفة الصباح الجديد أن '
                    '"الملف أحيل إلى القضاء".')
    assert got == [("الناطق باسم المحكمة كمال الدريدي", "كمال الدريدي")]


def test_a_subject_after_the_outlets_name_is_the_speaker() -> None:
    """Near miss: an unnamed source follows the outlet's name; it speaks."""
    got = speakers_named('وقال لوكالة الأنباء الألمانية مصدر مسؤول إن الوفد "ينتظر ردودا مكتوبة".')
    assert got == [("مصدر مسؤول", "مصدر مسؤول")]


def test_an_addressee_that_is_no_outlet_is_read_as_before() -> None:
    """Near miss: the ل-word is the journalists, no outlet's head: the subject after it."""
    got = speakers_named('وقال للصحفيين رئيس البعثة إن الوفد "ينتظر ردودا مكتوبة".')
    assert got == [("رئيس البعثة", "رئيس البعثة")]


def test_the_quoted_outlet_after_a_surname_is_cut_off() -> None:
    got = speakers_named('وأكد الناطق باسم الوزارة، المهندس عمر هاني الزعبي، أن التسعيرة "شفافة". '
                    'وقال الزعبي لـ"رؤيا" إن الأسعار "ستنخفض".')
    assert got[-1] == ("الزعبي", "عمر هاني الزعبي")


def test_a_company_in_marks_after_an_office_stays() -> None:
    """Near miss: لـ"آبل" after an office with no name is the company of the office."""
    got = speakers_named('وقال الرئيس التنفيذي لـ"آبل"، تيم كوك، إن الأسعار "ستنخفض".')
    assert got == [('الرئيس التنفيذي لـ"آبل"، تيم كوك', "تيم كوك")]
