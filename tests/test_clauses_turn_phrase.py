"""A shadowed reporting verb (بيّن، رجح، فسر: a cue only where it opens a clause) opens one
right after a phrase that hands the report to another party (فيما، بينما، من جهتها): it starts
that party's report, and the clause before it ends before the phrase.  Not بين the preposition
after فيما (فيما بين الدول) when no complementizer follows.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_a_shadowed_verb_after_fima_opens_another_report() -> None:
    got = extract_quotes("وأكد الوزير أن المفاوضات متواصلة، فيما رجحت مصادر مطلعة أن الاتفاق "
                         "سيوقع قريبا.")
    assert [(q.text, q.speaker.text) for q in got] == [
        ("المفاوضات متواصلة", "الوزير"), ("الاتفاق سيوقع قريبا", "مصادر مطلعة")]


def test_min_jihatiha_without_a_comma_ends_the_clause() -> None:
    got = extract_quotes("وأكد رئيس الجمعية أن الموعد مناسب للانتخابات من جهتها فسرت رئيسة "
                         "المنظمة أن التاريخ ممكن بشروط.")
    assert [q.text for q in got] == ["الموعد مناسب للانتخابات", "التاريخ ممكن بشروط"]


def test_the_preposition_bayna_after_fima_stays_in_the_clause() -> None:
    """The near miss: فيما بين الدول, no complementizer after it: the clause goes on."""
    got = extract_quotes("وأكد الوزير أن التعاون فيما بين الدول العربية ضروري لمواجهة الأزمة.")
    assert [q.text for q in got] == ["التعاون فيما بين الدول العربية ضروري لمواجهة الأزمة"]
