"""Marks after the object of a verb of considering or describing (اعتبر، وصف: finders.json
``predicative_cues``) hold the predicate the speaker gives the object: a mixed quote, not a
direct one (round 7).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_predicate_after_demonstrative_object_is_mixed() -> None:
    got = _kinds("وانتقد الحزب قرار الحكومة الأخير، معتبرا ذلك \"مؤشرا واضحا على عجزها عن "
                 "حل الأزمة\".")
    assert got == [("mixed", "مؤشرا واضحا على عجزها عن حل الأزمة")]


def test_predicate_after_pronoun_object_is_mixed() -> None:
    got = _kinds("وأشادت النقابة بالاتفاق معتبرة إياه \"خطوة مهمة نحو السلم الاجتماعي في "
                 "البلاد\".")
    assert got == [("mixed", "خطوة مهمة نحو السلم الاجتماعي في البلاد")]


def test_marks_opening_with_a_complementizer_stay_direct() -> None:
    """The near miss: after the subject, marks that open with أن hold the speaker's words."""
    got = _kinds("واعتبر النائب محمد \"أن الحكومة فشلت في إدارة الملف الاقتصادي منذ "
                 "تشكيلها\".")
    assert got == [("direct", "أن الحكومة فشلت في إدارة الملف الاقتصادي منذ تشكيلها")]


def test_other_verbs_keep_direct_marks() -> None:
    """The near miss: a participle of a verb that is no predicative cue (مؤكدا)."""
    got = _kinds("وانتقد الحزب قرار الحكومة، مؤكدا ذلك \"مؤشرا واضحا على عجزها عن حل "
                 "الأزمة\".")
    assert got == [("direct", "مؤشرا واضحا على عجزها عن حل الأزمة")]
