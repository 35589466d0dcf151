"""Cue forms licensed by their context (engine/licensed.py), new continuation participles,
and the kind of a pair after a colon.  Every sentence is written for the test."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.kind, q.text, q.speaker_name, q.cue.text if q.cue else None)
            for q in extract_quotes(text)]


def test_bayyana_with_its_shadda_is_a_cue() -> None:
    assert _quotes("وبيّن الطبيب أن حالة المصاب مستقرة.") == [
        ("indirect", "حالة المصاب مستقرة", "الطبيب", "وبيّن")]


def test_bayna_the_preposition_is_no_cue() -> None:
    assert _quotes("وقعت الحادثة بين الساعة الثامنة والتاسعة ليلا وبين أن الناس نيام.") == []


def test_mudifa_before_a_complementizer_reports() -> None:
    got = _quotes("وأوضحت المديرة أن العمل متواصل، مضيفة أن النتائج ستعلن غدا.")
    assert got == [("indirect", "العمل متواصل", "المديرة", "وأوضحت"),
                   ("indirect", "النتائج ستعلن غدا", "المديرة", "مضيفة")]


@pytest.mark.parametrize("text", [
    "وصلت مضيفة الطيران إلى المطار صباحا.",
    "وعلقت لافتة كبيرة على واجهة المبنى.",
    "أكد الوزير ضرورة متابعة المشاريع المعطلة.",
])
def test_shadowed_forms_without_their_quote_are_no_cue(text: str) -> None:
    assert _quotes(text) == []


def test_lafita_ila_anna_reports() -> None:
    got = _quotes("وتحدثت الوزيرة عن المشروع، لافتة إلى أن التمويل متوفر.")
    assert got == [("indirect", "التمويل متوفر", "الوزيرة", "لافتة")]


@pytest.mark.parametrize("cue", ["مردفا", "معقبا", "متابعا", "مستطردا", "مستدركا"])
def test_continuation_participles_before_a_quote(cue: str) -> None:
    got = _quotes(f'وقال المدرب إن الموسم كان صعبا، {cue}: "لكننا تعلمنا الكثير".')
    assert got[-1] == ("direct", "لكننا تعلمنا الكثير", "المدرب", cue)
    assert len(got) == 2


def test_zada_before_a_colon_reports() -> None:
    got = _quotes("قال المدير إن العمل متواصل. وزاد: إن المخزون يكفي لشهرين.")
    assert [q[1] for q in got] == ["العمل متواصل", "المخزون يكفي لشهرين"]
    assert got[1][3] == "وزاد"


def test_zada_the_verb_of_increase_is_no_cue() -> None:
    assert _quotes("وزاد عدد الزوار هذا العام بشكل لافت.") == []
    assert [q[3] for q in _quotes("وزاد عدد الذين يعتقدون أن الوضع سيئ.")] != ["وزاد"]


def test_ishtaka_min_anna_reports() -> None:
    assert _quotes("واشتكى التجار من أن الأسعار مرتفعة جدا.") == [
        ("indirect", "الأسعار مرتفعة جدا", "التجار", "واشتكى")]
    assert _quotes("واشتكى التجار من غلاء الأسعار في الأسواق.") == []


def test_a_pair_after_a_colon_is_direct() -> None:
    assert _quotes('وقال بوتين: "سنرد على أي هجوم".') == [
        ("direct", "سنرد على أي هجوم", "بوتين", "وقال")]
    assert _quotes('وقال الوزير إن الوضع هادئ. وأضاف: "الوضع صعب جدا في الجنوب".')[-1][0] == (
        "direct")


def test_a_definite_pair_right_after_the_verb_stays_mixed() -> None:
    """The near miss: no colon, the pair opening with the article is the verb's object."""
    got = _quotes('وقال الوزير إن الوضع هادئ. وأضاف "الوضع صعب جدا" في الجنوب.')
    assert got[-1][0] == "mixed"


def test_a_one_word_quote_after_a_colon_is_kept() -> None:
    assert _quotes('قال المدرب: "سنصلحها".') == [("direct", "سنصلحها", "المدرب", "قال")]


def test_a_one_word_pair_after_the_verb_without_a_colon_is_no_quote() -> None:
    assert [q[1] for q in _quotes('قال "سنصلحها" المدرب أمس.')] != ["سنصلحها"]


def test_bayyana_with_an_object_is_no_cue() -> None:
    """The near miss of the shadda form: بيّن + an object, no complementizer."""
    got = _quotes("قال رئيس الجمعية إن سبر الآراء بيّن عزوف المواطنين عن المشاركة.")
    assert got == [("indirect", "سبر الآراء بيّن عزوف المواطنين عن المشاركة", "رئيس الجمعية",
                    "قال")]


def test_wasala_before_a_colon_reports() -> None:
    got = _quotes('قال الرئيس: "سنواصل الإصلاحات". وواصل: "لا رجوع إلى الوراء".')
    assert got[-1] == ("direct", "لا رجوع إلى الوراء", "الرئيس", "وواصل")


def test_wasala_before_ila_an_is_until_not_a_report() -> None:
    got = _quotes("وأكد المغامر أنه أراد التغلب على الخوف، وواصل التدريب إلى أن تمكن من تسلق الجبل.")
    assert [q[3] for q in got] == ["وأكد"]


def test_ishtaka_with_a_long_subject_before_min_anna() -> None:
    got = _quotes("واشتكى أصحاب المحلات في أسواق المدينة من أن عمليات البيع تراجعت كثيرا.")
    assert got == [("indirect", "عمليات البيع تراجعت كثيرا", "أصحاب المحلات", "واشتكى")]


def test_a_far_ila_anna_is_until_and_licenses_nothing() -> None:
    assert _quotes("وزاد عدد الزوار في المدينة العتيقة إلى أن بلغ ألف زائر.") == []
    assert _quotes("واشتكى أصحاب المحلات في أسواق المدينة القديمة من غلاء الأسعار.") == []
