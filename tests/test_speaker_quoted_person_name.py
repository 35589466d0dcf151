"""A person's full name in quotation marks after a title or a role word (مدير المهرجان
"نجيب الصافي"، الإعلامية" بروين حبيب") belongs to the speaker phrase and is its name
(``speaker_steps.quoted_person``, ``names.phrase._rule_name``).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_a_quoted_name_after_a_title_is_the_speakers_name() -> None:
    text = 'أكد مدير أيام المسرح "نجيب الصافي" أن الدورة ستكون مختلفة عن سابقاتها.'
    assert _speakers(text)[0][1] == "نجيب الصافي"
    assert _speakers(text)[0][0].startswith("مدير أيام المسرح")


def test_an_unknown_first_name_after_a_role_word() -> None:
    text = 'ووصفت الناقدة والإعلامية" بروين حبيب" المهرجان بأنه ملتقى للحضارات.'
    assert _speakers(text)[0][1] == "بروين حبيب"


def test_a_quoted_name_after_a_named_person_is_no_person() -> None:
    """The near miss: the phrase names its person already; the marks name his boat."""
    text = 'وأكد فتحي العامري ربان مركب "محمد علي" أن البحارة بخير.'
    assert _speakers(text)[0][1] != "محمد علي"


def test_a_quoted_name_after_a_body_is_the_bodys_name() -> None:
    """The near miss: after جمعية the quoted words name the association, not a person."""
    text = 'وأكدت رئيسة جمعية "أمل سعيد" أن التبرعات وصلت.'
    assert _speakers(text)[0][1] != "أمل سعيد"
