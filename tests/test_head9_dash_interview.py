"""An interview written with a bullet before each question and a dash before each answer:
the answers are the interviewee's direct quotes, the questions give no report
(engine/headline_interview.py dash_turns).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_INTERVIEW = (
    "الروائي سامي الحداد: \"الكتابة عندي مقاومة يومية\"\n\n"
    "حاوره: كريم الزين\n"
    "يصدر الروائي التونسي سامي الحداد هذا الشهر روايته الرابعة، وكان لنا معه هذا الحوار.\n"
    "* لماذا تأخرت الرواية خمس سنوات؟\n"
    "- البحث في الأرشيف أخذ وقتا طويلا. كتبت ثلاث مسودات ثم رميتها كلها.\n"
    "* بعض النقاد رأوا أن الرواية طويلة أكثر مما ينبغي...\n"
    "- لا أوافقهم. القارئ الجاد لا يعد الصفحات.\n")


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in extract_quotes(text)]


def test_the_answers_are_the_interviewees_and_the_questions_report_nothing() -> None:
    got = _quotes(_INTERVIEW)
    assert ("البحث في الأرشيف أخذ وقتا طويلا. كتبت ثلاث مسودات ثم رميتها كلها",
            "سامي الحداد") in got
    assert ("لا أوافقهم. القارئ الجاد لا يعد الصفحات", "سامي الحداد") in got
    assert not any(t.startswith("الرواية طويلة") for t, _ in got)  # (the question's clause)


def test_a_list_of_bullets_and_dashes_without_questions_is_no_interview() -> None:
    """The near miss: the same layout with no question mark is a list, no quotes."""
    text = ("برنامج المهرجان لهذا العام\n"
            "* اليوم الأول: عروض الأطفال\n"
            "- قاعة البلدية من العاشرة صباحا\n"
            "* اليوم الثاني: الحفل الختامي\n"
            "- المسرح البلدي على الساعة الثامنة ليلا\n")
    assert _quotes(text) == []
