"""The name علي (written with its ي) after a verb opens the speaker phrase; the preposition
على (same folded form) does not (``engine.speakers.is_name_ali`` in phrase_after and in the
framing test of names/anaphor).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_ali_after_qala_is_the_speaker() -> None:
    quotes = extract_quotes("أفاد علي كلثوم، محامي النقابي الأمني، بأن موكله غادر السجن.")
    assert quotes[0].speaker_name == "علي كلثوم"


def test_ali_with_a_title_after_the_name() -> None:
    quotes = extract_quotes("وقال علي عكروت منسق التعاون الدولي إن البرنامج سينطلق قريبا.")
    assert quotes[0].speaker.text.startswith("علي عكروت")


def test_the_preposition_ala_is_no_speaker() -> None:
    """The near miss: وشدد على أن (the preposition, written with ى): the verb's earlier
    subject speaks."""
    quotes = extract_quotes("قال الوزير إن الوضع صعب. وشدد على أن الإصلاح ضروري.")
    assert [q.speaker.text for q in quotes] == ["الوزير", "الوزير"]
