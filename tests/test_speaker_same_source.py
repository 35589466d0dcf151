"""An unnamed source marked as the same one (ذات المصدر، المصادر ذاتها) keeps its mention
and takes the name of the unnamed source given before (``engine.names.same_source``).
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_the_same_source_is_named_after_the_source_of_a_source_note() -> None:
    text = ("تمكنت الوحدات الأمنية من تفكيك شبكة وفق ما أفاد به مصدر أمني. وأضاف ذات المصدر"
            " أن التحقيق متواصل.")
    assert _speakers(text) == [("ذات المصدر", "مصدر أمني")]


def test_the_noun_then_its_emphatic_points_back_too() -> None:
    text = ("أفادت مصادر أمنية بأن الوحدات فككت شبكة. وأكدت المصادر ذاتها أن المشتبه بهما"
            " أوقفا.")
    assert _speakers(text)[-1] == ("المصادر ذاتها", "مصادر أمنية")


def test_some_sources_are_no_anaphor() -> None:
    """The near miss: بعض المصادر are other sources, named as written."""
    text = ("أفادت مصادر أمنية بأن الوحدات فككت شبكة. وقالت بعض المصادر إن المشتبه بهما"
            " فرا.")
    assert _speakers(text)[-1] == ("بعض المصادر", "بعض المصادر")


def test_the_definite_noun_alone_points_back_to_the_same_noun() -> None:
    text = ("قالت مصادر خاصة في المعارضة إن هدنة ستعلن. وأكدت المصادر أن الاتفاق يشمل"
            " خروج المدنيين.")
    assert _speakers(text)[-1] == ("المصادر", "مصادر خاصة")


def test_a_definite_office_is_no_unnamed_source() -> None:
    """The near miss: المتحدث is an office, not named after an unnamed source before."""
    text = "أفاد مصدر أمني بأن الوحدات فككت شبكة. وقال المتحدث إن المشتبه بهما أوقفا."
    assert _speakers(text)[-1] == ("المتحدث", "المتحدث")
