"""A relative clause with an impersonal verb of belief right before its complementizer (التي
يعتقد أن: "where it is believed that") reports no one's claim: the reported clause goes on
through it.  A relative clause with a reporting verb set off by a comma (، الذي أكد أنه) or a
verb of description (الذي وصفه بأنه) still ends the clause.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_believed_inside_a_relative_clause_keeps_the_clause() -> None:
    got = extract_quotes("وقال الصياد للإذاعة، إن الجزيرة التي يعتقد أن القارب غرق قربها بعيدة "
                         "جدا عن الميناء.")
    assert [q.text for q in got] == [
        "الجزيرة التي يعتقد أن القارب غرق قربها بعيدة جدا عن الميناء"]


def test_a_reporting_verb_in_the_relative_clause_still_ends_it() -> None:
    """The near miss: ، الذي أكد أنه has a reporting verb in a relative clause set off by a
    comma; the clause stops before it (round 6b: without the comma the relative clause is
    part of the reported clause, tests/test_clause_ends_r6b.py)."""
    got = extract_quotes("وقال الصياد إن القارب غرق قرب الجزيرة حسب الحارس، الذي أكد أنه رأى "
                         "الحادث.")
    assert got[0].text == "القارب غرق قرب الجزيرة حسب الحارس"
