"""Words set between a verb and its subject: a preposition carrying a pronoun (ورد عليه
عدد كبير من متابعيه: ``speakers.fronted_pronoun_phrase``), a quantifier's adjective before
its partitive من (عدد كبير من: ``speakers._quantity_adjective``), and a leading time
adverbial of duration before the sentence's verb (وقبل يومين تحدث: speaker_words.json
duration_nouns, ``before_cue.after_leading_phrase``).  Sentences from ANT (Apache-2.0),
shortened, and written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_the_subject_after_a_fronted_pronoun_phrase() -> None:
    text = ("ورد عليه عدد كبير من متابعيه، معتبرين أن ما قام به يعد نوعا من العنصرية.")
    assert _speakers(text) == ["عدد كبير من متابعيه"]


def test_the_subject_after_an_about_phrase() -> None:
    text = "وكتب عنه الصحفي أحمد العلوي أنه كان صادقا."
    assert _speakers(text) == ["الصحفي أحمد العلوي"]


def test_a_medium_after_the_pronoun_phrase_relays() -> None:
    """The near miss: نقلت عنه صحيفة: the paper relays the minister (the pronoun)."""
    text = "تحدث الوزير عن المشروع. ونقلت عنه صحيفة الصباح أن المشروع سيتأخر."
    assert _speakers(text) == ["الوزير"]


def test_a_duration_before_the_verb() -> None:
    text = "وقبل يومين تحدث مصور الصورة عن كواليسها، قائلا إن الفتاة كانت في حالة صدمة."
    assert _speakers(text) == ["مصور الصورة"]


def test_a_leading_phrase_set_off_by_a_comma_still_wins() -> None:
    """The near miss: وقبل يومين من الانتخابات، ...: the comma ends the leading phrase."""
    text = "وقبل يومين من الانتخابات، تحدث المرشح عن برنامجه، قائلا إن الوضع صعب."
    assert _speakers(text) == ["المرشح"]
