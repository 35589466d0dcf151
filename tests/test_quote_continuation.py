"""A quote paragraph in marks right after a direct quote, with no cue: the same speaker goes
on.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_name, q.cue.text if q.cue else None)
            for q in extract_quotes(text)]


def test_a_paragraph_in_marks_goes_on_with_the_last_speaker() -> None:
    text = ('وقال المدرب سامي الطرابلسي: "اللاعبون قدموا مباراة كبيرة أمام منافس صعب".\n\n'
            '"الجمهور كان اللاعب الثاني عشر في الملعب اليوم".\n\nوفي سياق آخر، انتهت المباراة.')
    got = _quotes(text)
    assert len(got) == 2 and "الطرابلسي" in (got[0][1] or "")
    assert got[1] == ("الجمهور كان اللاعب الثاني عشر في الملعب اليوم", got[0][1], None)


def test_a_quoted_paragraph_after_narration_is_no_continuation() -> None:
    """The near miss: a sentence of narration stands between the two quotes."""
    text = ('وقال المدرب سامي الطرابلسي: "اللاعبون قدموا مباراة كبيرة أمام منافس صعب".\n\n'
            'وانتهت المباراة بفوز الفريق.\n\n'
            '"الجمهور كان اللاعب الثاني عشر في الملعب اليوم".')
    got = _quotes(text)
    assert [t for t, _, _ in got] == ["اللاعبون قدموا مباراة كبيرة أمام منافس صعب"]


def test_marks_followed_by_narration_on_their_line_are_no_continuation() -> None:
    """The near miss: the pair does not fill its paragraph."""
    text = ('وقال المدرب سامي الطرابلسي: "اللاعبون قدموا مباراة كبيرة أمام منافس صعب".\n\n'
            '"الجمهور كان اللاعب الثاني عشر" عنوان حملة أطلقها النادي.')
    got = _quotes(text)
    assert [t for t, _, _ in got] == ["اللاعبون قدموا مباراة كبيرة أمام منافس صعب"]
