"""A verbal-noun cue (بالقول، التأكيد) takes the subject of the verb that governs it, not
the verb's object nor an adverbial (``engine.before_cue.masdar_subject``).  Sentences
written for the test, after ANT's (JA-localNews-4084, JA-localNews-4614, JA-politic-228)."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in extract_quotes(text)]


def test_the_governing_verbs_subject_not_its_object() -> None:
    text = "وبرر المتحدث رأيه بالقول إن الحكومة لم تفعل شيئا."
    assert _speakers(text) == ["المتحدث"]


def test_the_subject_before_a_masdar_object_not_a_word_after_it() -> None:
    text = "وجدد الأمين العام لاتحاد الشغل التأكيد عل انه لا تراجع عن الإضراب."
    assert _speakers(text) == ["الأمين العام لاتحاد الشغل"]


def test_a_passive_governor_leaves_the_speaker_implicit() -> None:
    text = ("وقال الوزير إن الزيارة ناجحة. وتمّ التأكيد، في هذا السياق على أنّ التعاون"
            " سيتواصل.")
    assert _speakers(text)[1] != "وتمّ"


def test_a_verbal_noun_after_a_preposition_is_no_governor() -> None:
    """The near miss: دون ذكر الدول المزودة مكتفيا بالقول: ذكر is a verbal noun after
    دون, so الدول is no speaker; the participle's subject (the minister) speaks."""
    text = ("وأكد وزير النقل أن الاقتناء سيتم قريبا، دون ذكر الدول المزودة مكتفيا بالقول إنها"
            " صفقة إطارية.")
    assert _speakers(text) == ["وزير النقل", "وزير النقل"]
