"""مالي, the country (countries.txt): a teaser's dateline ``مالي: news`` is no lone surname
speaking; the state speaks in the first person, and the adjective مالي (financial) still
stands in a speaker's title.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_BODY = "\n\nوأفادت مصادر أمنية بأن العملية جرت في شمال البلاد."


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]


def test_the_countrys_dateline_is_no_speaker() -> None:
    got = _quotes("مالي: الإفراج عن رهائن أوروبيين بعد أشهر من الاحتجاز" + _BODY)
    assert got == [("العملية جرت في شمال البلاد", "مصادر أمنية")]  # (the body's report only)


def test_the_state_speaks_in_the_first_person() -> None:
    """The near miss: the country's lead before its own words stays a speaker."""
    got = _quotes("مالي: لن نسمح بأي تدخل أجنبي في شؤوننا الداخلية" + _BODY)
    assert ("لن نسمح بأي تدخل أجنبي في شؤوننا الداخلية", "مالي") in got


def test_the_adjective_stays_in_a_title() -> None:
    got = _quotes("وقال مستشار مالي في البنك إن السوق ستستقر قريبا.")
    assert len(got) == 1 and got[0][0] == "السوق ستستقر قريبا"
    assert (got[0][1] or "").startswith("مستشار مالي")
