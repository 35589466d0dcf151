"""The subject after في + an event's pronoun right after the verb (ندوة قال فيها الأمين
العام X إن: speaker_words.json event_pronouns) is the speaker when it runs up to the
clause and is headed by a title, a body, an unnamed source, a known first name or a role
noun before one.  engine/cue_speaker.py.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_a_title_after_the_event_pronoun() -> None:
    got = speakers_named('وعقد الحزب ندوة صحفية قال فيها الأمين العام سامي العلي إن الحزب'
                    ' "لن يشارك في الحكومة".')
    assert got == [("الأمين العام سامي العلي", "سامي العلي")]


def test_a_role_noun_before_a_first_name() -> None:
    got = speakers_named('واختتم المعرض بندوة أدبية، قالت فيها الروائية هند السديري إن الرواية'
                    ' "خرجت من عباءة الحكاية".')
    assert got[0][1] == "هند السديري"


def test_an_object_before_ba_anna_is_no_subject() -> None:
    """Near miss: أعلم فيها الوزير بأن: the minister is the one informed, not the speaker."""
    got = speakers_named('ووجه الحزب مراسلة إلى الوزارة، أعلم فيها الوزير بأن القرار "يتنافى مع'
                    ' القانون".')
    assert all(s != "الوزير" for s, _ in got) and got
