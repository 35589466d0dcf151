"""An interrogation frame before a cue (وبالتحري مع المظنون فيه، أفاد; وبسماع الشهود
أكدوا) is no speaker: the one questioned is (``engine.cue_speaker.interrogation_frame``).
Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

_ARREST = "أوقفت الوحدات الأمنية اليوم كهلا بحوزته قطعة أثرية. "


def test_the_one_questioned_after_maa_is_the_speaker() -> None:
    text = _ARREST + "وبالتحري مع المظنون فيه حول مصدر القطعة، أفاد أنه عثر عليها صدفة."
    assert _speakers(text) == ["المظنون فيه"]


def test_the_ones_heard_are_the_speakers() -> None:
    text = _ARREST + "وبسماع بعض الشهود أكدوا أنهم رأوه في الحي."
    assert _speakers(text) == ["بعض الشهود"]


def test_a_subject_after_the_verb_stays_the_speaker() -> None:
    """The near miss: the verb's own subject (أحدهما) follows it: it is the speaker."""
    text = _ARREST + "وبالتحري معهما، صرح أحدهما أنه اشترى القطعة من وسيط."
    assert _speakers(text) == ["أحدهما"]


def test_a_frame_inside_a_reported_clause_is_left_alone() -> None:
    """The near miss: بالتحري inside the ministry's reported clause: the ministry speaks."""
    text = "وأكدت وزارة الداخلية أنه بالتحري مع المظنون فيه اعترف بأنه سرق القطعة."
    assert _speakers(text)[0] == "وزارة الداخلية"
