"""A speaker phrase never ends in a bare preposition whose object a mark or a stop word cut
off (``engine.speakers._undangled``): الهيئة الوطنية ل(وات)، X بـ"الرد"، X في هذا الخصوص.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_a_preposition_glued_to_a_bracket_is_no_part_of_the_phrase() -> None:
    assert _speakers("وقال رئيس كتلة الأمل ل(وات) إن الاجتماع مهم.") == [
        ("رئيس كتلة الأمل", "رئيس كتلة الأمل")]


def test_a_preposition_before_a_quoted_object_is_no_part_of_the_phrase() -> None:
    assert _speakers('وتعهد المتحدث باسم الوزارة كمال الهاني بـ"الرد المناسب"، '
                     'وكتب قائلا: "المستشفى أخطأ".') == [
        ("المتحدث باسم الوزارة كمال الهاني", "كمال الهاني")]


def test_a_preposition_before_a_demonstrative_adverbial_is_dropped() -> None:
    assert _speakers("وأضاف العقيد سمير الهادي في هذا الخصوص أنه تم حجز سلاح.") == [
        ("العقيد سمير الهادي", "سمير الهادي")]


def test_a_preposition_inside_a_quoted_name_stays() -> None:
    """The near miss: في is the last word of a channel's quoted name."""
    assert [s for s, _ in _speakers('وقالت شبكة "أن تي في" إن الحادث وقع ليلا.')] == [
        'شبكة "أن تي في"']


def test_the_name_ali_at_a_phrase_end_stays() -> None:
    """The near miss: علي is a name, not the preposition على."""
    assert [s for s, _ in _speakers("وقال الطالب محمد علي إن الامتحان صعب.")] == [
        "الطالب محمد علي"]
