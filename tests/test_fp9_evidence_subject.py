"""A noun of data, figures or facts as the subject of a verb of statement (وتشير المعطيات
الأولية إلى أن، تفيد التقديرات بأن) reports a finding, no speaker's words (GUIDELINES.md:
findings are no quotes; speech needs a speaker), round 9 (fp9): ``engine.cues.finding`` with
``evidence_nouns``.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def quotes(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each quote, in order."""
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_data_subject_gives_no_quote() -> None:
    assert quotes("وتشير المعطيات الأولية إلى أن الحريق اندلع بسبب تماس كهربائي.") == []
    assert quotes("وتفيد التقديرات بأن عدد الزوار سيتجاوز مليون زائر هذا العام.") == []


def test_noun_whose_first_letter_is_waw() -> None:
    """وقائع opens with و, which is no conjunction here."""
    assert quotes("وتفيد وقائع القضية أن المتهم اتصل بالضحية قبل الحادثة.") == []


def test_a_body_subject_still_reports() -> None:
    """The near miss: the same frame with a speaker."""
    got = quotes("وتشير الوزارة إلى أن الحريق اندلع بسبب تماس كهربائي.")
    assert got == [("indirect", "الحريق اندلع بسبب تماس كهربائي")]


def test_data_that_someone_gave_still_reports() -> None:
    """The near miss: a relative clause names who gave the information."""
    got = quotes("وأكدت المعلومات التي أدلى بها الشهود أن الحريق اندلع ليلا.")
    assert got == [("indirect", "الحريق اندلع ليلا")]


def test_text_cut_right_after_the_trigger() -> None:
    for cut in ("وتشير المعطيات", "وتشير المعطيات إلى أن", "وأكدت المعلومات التي",
                "وتفيد وقائع"):
        assert quotes(cut) == []
