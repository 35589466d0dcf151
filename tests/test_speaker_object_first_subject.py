"""A verb whose first noun phrase is usually its object (اتهم، حذر، أدان) still reads an
unnamed source or a body right after it as its subject, up to a comma
(``engine.cue_speaker.speaker_after``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_an_unnamed_official_after_ittahama_is_the_subject() -> None:
    text = ("اتهم مسؤول ألماني، اليوم الأربعاء، تونس بتأخير ترحيل المهاجم، مؤكدا أن الملف"
            " كان جاهزا.")
    assert _speakers(text) == ["مسؤول ألماني"]


def test_a_body_subject_stops_at_the_comma_before_the_object() -> None:
    text = ("وحذرت الوزارة، كافة المواطنين من أن التصادم مع الوحدات العسكرية يعرضهم"
            " للتتبع.")
    assert _speakers(text) == ["الوزارة"]


def test_a_country_after_ittahama_is_the_object() -> None:
    """The near miss: روسيا (no source noun, no body) is the verb's object."""
    assert _speakers("اتهم روسيا بأنها تدعم المتمردين.") == [None]


def test_a_quantifier_after_the_comma_opens_the_object() -> None:
    """كافة / جميع after the subject's comma open the object (speaker_words object_openers)."""
    text = "وحذرت الوزارة، جميع المواطنين من أن المراقبة ستتواصل."
    assert _speakers(text) == ["الوزارة"]


def test_a_title_after_the_comma_still_continues_the_phrase() -> None:
    """The near miss: a name, then its office after the comma, is one speaker phrase."""
    text = "وقال محمد الطرابلسي، وزير الشؤون الاجتماعية، إن الحوار سيتواصل."
    assert _speakers(text) == ["محمد الطرابلسي، وزير الشؤون الاجتماعية"]
