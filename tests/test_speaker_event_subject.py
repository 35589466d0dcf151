"""A bare cue with a pronoun phrase that points back at an event or statement noun (قال فيه،
أكد خلاله) takes the subject of the verb whose object that noun is
(``names.event_subject``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_the_issuer_of_a_statement_said_in_it() -> None:
    text = ("قال الرئيس سامي الهادي إن الحوار ممكن. وأصدر البيت الأبيض بيانا في أعقاب"
            " تصريحات الرئيس قال فيه إن على الطرفين التهدئة.")
    assert _speakers(text)[-1] == "البيت الأبيض"


def test_the_host_of_a_press_meeting_and_the_bare_verbs_after_it() -> None:
    text = ("قال الرئيس سامي الهادي إن الحوار ممكن. وإثر الجلسة، عقد وزير الشؤون الخارجية،"
            " خميس العياري، لقاء صحفيا مع نظيره، أكد خلاله أن الاتفاق قريب، مشددا على أن"
            " الحل سياسي.")
    assert _speakers(text)[1:] == ["وزير الشؤون الخارجية، خميس العياري"] * 2


def test_a_medium_that_broadcast_a_speech_is_no_speaker() -> None:
    """The near miss: the channel relays the speech of the president named before."""
    text = ("قال الرئيس سامي الهادي إن الحوار ممكن. وبثت قناة الوطنية كلمة مسجلة قال فيها"
            " إن الانتخابات ستجرى في موعدها.")
    assert _speakers(text)[-1] != "قناة الوطنية"


def test_a_note_a_child_left_is_no_subject_phrase() -> None:
    """The near miss: before the noun stands a verb (تركت), no subject phrase."""
    text = "وجدت المضيفة طفلة تركت رسالة كتب فيها أنها تحتاج المساعدة."
    assert "تركت" not in (_speakers(text) or [None])
