"""said_head: a headline lead of two or three words whose head word the text writes, with the
article, as a verb of saying's subject (``اتحاد العمال: ...`` ... ``وانتقد الاتحاد ...``) is the
body's short name, a speaker; a topic's head after another verb stays a topic.  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_TITLE = "اتحاد العمال: تسريح الموظفين خرق واضح لقانون الشغل"


def _quotes(text: str) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker.text if q.speaker else None, q.headline)
            for q in extract_quotes(text)]


def test_the_head_said_in_the_body_makes_the_lead_speak() -> None:
    got = _quotes(_TITLE + "\n\nوانتقد الاتحاد العام للعمال قرار الشركة تسريح مئة موظف.")
    assert ("تسريح الموظفين خرق واضح لقانون الشغل", "اتحاد العمال", True) in got


def test_the_head_after_another_verb_stays_a_topic() -> None:
    """The near miss: the head is the subject of a verb that reports nothing."""
    got = _quotes(_TITLE + "\n\nونظم الاتحاد العام للعمال وقفة أمام مقر الشركة.")
    assert not any(h for *_, h in got)


def test_the_text_cut_right_after_the_head() -> None:
    got = _quotes(_TITLE + "\n\nوانتقد الاتحاد")
    assert ("تسريح الموظفين خرق واضح لقانون الشغل", "اتحاد العمال", True) in got
