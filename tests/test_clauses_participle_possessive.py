"""A participle cue whose object is a noun of statement with a possessive (مؤكدة رفضها لـ)
ends the reported clause before it, like مؤكدا رفض; only when the participle is in the person of
the clause's cue: مؤكدين رفضهم after a clause about young men stays what the source reports.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_possessed_object_noun_ends_the_clause() -> None:
    got = extract_quotes("وأكدت الناشطة أن الحل يكمن في الحوار الوطني مؤكدة رفضها لكل تدخل "
                         "أجنبي.")
    assert [q.text for q in got] == ["الحل يكمن في الحوار الوطني"]


def test_participle_in_another_person_stays_in_the_clause() -> None:
    """The near miss: the plural participle goes with the protesters of the clause."""
    got = extract_quotes("وأكد المصدر أن الأمن اعتقل عددا من المحتجين مؤكدين رفضهم لفتح المصنع.")
    assert [q.text for q in got] == ["الأمن اعتقل عددا من المحتجين مؤكدين رفضهم لفتح المصنع"]
