"""A verb of statement whose subject, right after it, is a share of people (a number and a
percent word, or %: اعتبر أكثر من 64 بالمائة من التونسيين في هذا الاستطلاع أن) reports a
poll's result, a finding, not reported speech (GUIDELINES.md; ANT JA-localNews-4814).
A count of people (60 عونا) or a percentage inside the clause still gives the quote.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in extract_quotes(text)]


def test_share_after_the_verb_is_a_poll_result() -> None:
    assert _texts("واعتبر أكثر من 70 بالمائة من المستجوبين في هذه الدراسة أن الخدمات الصحية "
                  "تراجعت.") == []


def test_percent_sign_share_is_a_poll_result() -> None:
    assert _texts("وأكد 45% من الشبان أن البحث عن عمل صعب.") == []


def test_count_of_people_still_reports() -> None:
    """The near miss: 60 عونا is a count of speakers, no share."""
    assert _texts("وأكد 60 عونا أن ظروف العمل صعبة.") == ["ظروف العمل صعبة"]


def test_percentage_inside_the_clause_still_reports() -> None:
    """The near miss: the share is in the reported clause, not the subject."""
    assert _texts("وأعلن البنك المركزي أن نسبة التضخم بلغت 5 بالمائة.") == [
        "نسبة التضخم بلغت 5 بالمائة"]
