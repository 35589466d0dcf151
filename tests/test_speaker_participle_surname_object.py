"""The subject read for a participle after a sentence's first verb ends at a definite surname
that the document gives after a first name elsewhere; the words after it are the verb's
object (``engine.before_cue._not_object``).  Sentences written for the test, after ANT
JA-localNews-1684 (وثمن الحرشاني النجاحات العسكرية ... مؤكدا) and JA-localNews-351."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


_INTRO = "استقبل وزير الدفاع فرحات الحرشاني أمس وفدا من الضباط في مقر الوزارة. "


def test_the_subject_ends_at_a_known_surname() -> None:
    text = _INTRO + "وثمن الحرشاني النجاحات العسكرية الأخيرة، مؤكدا أن الجيش جاهز لكل الطوارئ."
    assert _speakers(text) == [("الحرشاني", "فرحات الحرشاني")]


def test_a_title_before_the_object_is_kept() -> None:
    """The near miss: a word no first name precedes anywhere (الوزير) is no surname; the
    title alone is the subject, the definite plural after it the verb's object
    (``engine.phrase_stops.object_after_title``)."""
    text = _INTRO + "وثمن الوزير النجاحات العسكرية الأخيرة، مؤكدا أن الجيش جاهز لكل الطوارئ."
    assert _speakers(text) == [("الوزير", "فرحات الحرشاني")]
