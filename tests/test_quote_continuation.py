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


def test_a_long_sentence_of_a_verb_of_saying_ends_in_a_colon_before_marks() -> None:
    text = ("وردّد الشيخ الذي كان يقف طويلا أمام بيته المهدم وهو يتأمل ما بقي من جدرانه "
            "وسط الغبار الكثيف: “لا حول ولا قوة إلا بالله”. ثم غادر المكان.")
    got = _quotes(text)
    assert got == [("لا حول ولا قوة إلا بالله", "الشيخ", "وردّد")]


def test_a_sentence_without_a_verb_of_saying_before_the_colon() -> None:
    """The near miss: the sentence opens with another verb; the marks hold a name."""
    text = ("ووقف الشيخ طويلا أمام بيته المهدم وهو يتأمل لافتة صغيرة على الباب: "
            "“بيت العائلة الكبيرة”. ثم غادر المكان.")
    assert _quotes(text) == []


def test_a_source_note_after_marks_names_their_speaker() -> None:
    text = '"الوضع تحت السيطرة تماما ولا داعي للقلق"، حسب ما صرح به وزير الداخلية.'
    got = [(q.text, q.kind, q.speaker.text if q.speaker else None)
           for q in extract_quotes(text)]
    assert got == [("الوضع تحت السيطرة تماما ولا داعي للقلق", "direct", "وزير الداخلية")]


def test_a_source_note_that_names_no_speaker() -> None:
    """The near misses: the note names a law, and marks inside a sentence (its clause's)."""
    assert _quotes('"الإجراءات الجديدة للحماية الاجتماعية"، وفق القانون المنظم للقطاع.') == []
    text = 'ويهدف المشروع إلى "تحسين ظروف العمل في المؤسسات العمومية"، حسب مصدر مطلع.'
    assert all(cue is None or "حسب" not in cue for _, _, cue in _quotes(text))
