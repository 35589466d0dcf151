"""A complementizer owned by a word or verb that is no cue gives the cue before it no quote
(round 8, qb8): verbs of finding and of belief (وخلصوا إلى أن، توصلت إلى أن، لا يصدقون أن:
``complement_verbs``) and the necessity phrase لا بد من أن (``complementizer_owners``).
GUIDELINES.md counts no findings introduced by verbs of finding.  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def quotes(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each quote, in order."""
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_finding_verb_owns_the_complementizer() -> None:
    """تابع ("followed", a cue's homograph) reaches the أن of وخلصوا: a finding, no quote."""
    text = "وتابع الباحثون آلاف المرضى طوال عشر سنوات، وخلصوا إلى أن قلة النوم ترتبط بأمراض القلب."
    assert quotes(text) == []


def test_statement_verb_in_the_same_place_still_reports() -> None:
    """The near miss: وأكدوا, a verb of statement, reports the clause."""
    text = "وتابع الباحثون حديثهم في المؤتمر، وأكدوا أن قلة النوم ترتبط بأمراض القلب."
    assert quotes(text) == [("indirect", "قلة النوم ترتبط بأمراض القلب")]


def test_necessity_phrase_owns_the_complementizer() -> None:
    text = ("وتساءل النائب عن كيفية حل المشكل في القرى النائية حيث لا بد من أن يقطع المريض "
            "مئات الكيلومترات.")
    assert quotes(text) == []


def test_participle_cue_after_the_question_still_reports() -> None:
    """The near miss: مؤكدا, a cue of its own, opens the clause."""
    text = ("وتساءل النائب عن كيفية حل المشكل في القرى النائية، مؤكدا أن المريض يقطع مئات "
            "الكيلومترات.")
    assert quotes(text) == [("indirect", "المريض يقطع مئات الكيلومترات")]


def test_verb_of_belief_inside_the_reported_clause_keeps_it() -> None:
    """A verb of belief after the cue's own complementizer is part of the clause."""
    text = "وأشار الطبيب إلى أن المرضى لا يصدقون أن الدواء مفقود في الصيدليات."
    assert quotes(text) == [("indirect", "المرضى لا يصدقون أن الدواء مفقود في الصيدليات")]


def test_verb_of_rumour_owns_the_complementizer() -> None:
    """روّجت إلى أن: the pages spread the claim; the denial's object is a noun, no report."""
    assert quotes("ونفى الوزير أي تواصل مع صفحات روجت إلى أن الوزارة ستغلق أبوابها.") == []


def test_statement_participle_after_the_denial_still_reports() -> None:
    """The near miss: مؤكدا, a cue of its own, opens the clause."""
    got = quotes("ونفى الوزير أي تواصل مع صفحات التواصل مؤكدا أن الوزارة لن تغلق أبوابها.")
    assert got == [("indirect", "الوزارة لن تغلق أبوابها")]
