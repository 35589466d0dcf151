"""On a title line, a cue before the colon gives no quote when the text after the colon opens
with a subject and a verb of saying of its own (the lead is a fronted clause); a title whose
statement has no such verb keeps its quote.  Titles written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_fronted_clause_before_a_reaction_is_no_quote() -> None:
    text = ("اتهم الحكومة بالتقصير : الحزب يوضح موقفه\n\n"
            "أصدر الحزب بيانا حول الأزمة الأخيرة.")
    assert extract_quotes(text) == []


def test_speaker_and_verb_before_a_statement_keep_the_quote() -> None:
    """The near miss: SPEAKER + verb : statement without a verb of saying of its own."""
    text = ("الوزير يعلق على الاحتجاجات : اتخاذ القرارات تحت الضغط انتهى\n\n"
            "علق الوزير على الاحتجاجات في المدينة.")
    got = extract_quotes(text)
    assert [q.text for q in got] == ["اتخاذ القرارات تحت الضغط انتهى"]
