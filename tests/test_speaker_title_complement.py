"""عن after an office opens the body it stands for (النائب عن كتلة النهضة محمد X), so the
name after it is the speaker's (``engine.names.part.title_complement``).  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_an_mp_for_a_party_then_the_name() -> None:
    assert _speakers("قال النائب عن كتلة النهضة محمد الصيهود إن البرلمان سيصوت.") == [
        ("النائب عن كتلة النهضة محمد الصيهود", "محمد الصيهود")]


def test_an_about_after_a_verb_s_subject_is_no_complement() -> None:
    """The near miss: أعلن الوزير عن برنامج: عن is the verb's, not the office's."""
    got = _speakers('وأعلن الوزير عن برنامج "المدينة الذكية" مؤكدا أن التمويل جاهز.')
    assert got[-1][0] == "الوزير"
