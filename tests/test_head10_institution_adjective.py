"""institution: a definite noun then the adjective المركزي/المركزية (headline_leads.json
``institution_adjectives``: ``الصيدلية المركزية :``) names a state's institution, a speaker; a
definite noun then an adjective of no list (``الصيدلية الجديدة :``) stays a topic.  Sentences
written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_STATEMENT = ": نقص في عشرات الأدوية بسبب صعوبات التوريد"
_BODY = "\n\nتشهد الصيدليات منذ أسابيع نقصا في عدد من الأدوية."


def test_the_central_institution_speaks() -> None:
    got = _headlines("الصيدلية المركزية" + _STATEMENT + _BODY)
    assert got == [("نقص في عشرات الأدوية بسبب صعوبات التوريد", "الصيدلية المركزية")]


def test_another_adjective_stays_a_topic() -> None:
    """The near miss: the same noun with an adjective of no list."""
    assert _headlines("الصيدلية الجديدة" + _STATEMENT + _BODY) == []


def test_the_text_cut_right_after_the_adjective() -> None:
    assert _headlines("الصيدلية المركزية") == []
    assert _headlines("الصيدلية المركزية:") == []
