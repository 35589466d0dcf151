"""A person's name set off by commas after a title whose body is named in marks (رئيس
منظمة "أنا يقظ"، أشرف العوادي، إن) belongs to the speaker phrase
(``engine.cue_speaker.apposed_name``).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_a_name_after_a_quoted_body_name_is_the_speaker_s() -> None:
    assert _speakers('قال رئيس منظمة "أنا يقظ"، أشرف العوادي، إن الفساد منتشر.') == [
        ('رئيس منظمة "أنا يقظ"، أشرف العوادي', "أشرف العوادي")]


def test_a_name_after_a_quoted_brand_after_l() -> None:
    assert _speakers('وقال الرئيس التنفيذي لـ"آبل"، تيم كوك، إن الشركة ستستثمر.') == [
        ('الرئيس التنفيذي لـ"آبل"، تيم كوك', "تيم كوك")]


def test_a_name_after_an_addressee_s_quoted_name_is_no_speaker_s() -> None:
    """The near miss: لموفد "..." is the addressee; the name after it is the reporter's."""
    got = _speakers('وقال الوزير لموفد "الإذاعة"، سامي الهاني، إن الطريق مغلقة.')
    assert got[0][1] != "سامي الهاني"


def test_a_person_s_name_in_marks_takes_no_apposition() -> None:
    """The near miss: a person's name in marks (after a place, not a body noun) is the
    name; what follows the comma is no second name."""
    got = _speakers('وأوضح رئيس بلدية لينفيل "كريستوف ديتريش"، الأربعاء، أن القرار رمزي.')
    assert got[0][0] == 'رئيس بلدية لينفيل "كريستوف ديتريش"'
