"""Inside a reported clause, one or two marked words without the article right after an
indefinite noun name something (a place, a product): the clause stays one indirect quote.
After a verb of being the marked words are the predicate, a claim: a mixed quote.  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_name_after_an_indefinite_noun_stays_in_the_clause() -> None:
    got = extract_quotes('وذكر المكتب أن بطاريات "ليثيوم أيون" الخاصة بالسماعات كانت سبب الحريق.')
    assert [q.kind for q in got] == ["indirect"]
    assert got[0].text.startswith("بطاريات")


def test_predicate_after_a_verb_of_being_stays_mixed() -> None:
    """The near miss: أصبحت «...» is the predicate, the speaker's claim."""
    got = extract_quotes("وذكرت الصحيفة أن المدينة المحاصرة أصبحت «مدينة أشباح» منذ أسابيع.")
    assert [(q.kind, q.text) for q in got] == [("mixed", "مدينة أشباح")]
