"""A short quoted stretch that opens with an indefinite noun of a named thing (جبهة، اتفاق،
مؤسسة) followed by a definite word is a proper name in the construct state, part of the
reported clause; the same words after a verb of naming (وصفه بـ) or an indefinite noun with
an adjective are the speaker's claim, a mixed quote.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_a_named_front_stays_in_the_indirect_clause() -> None:
    got = extract_quotes('وأكد رئيس الحزب أن حزبه ليس طرفا في "جبهة الخلاص" التي أعلن عنها أمس.')
    assert [(q.text, q.kind) for q in got] == [
        ('حزبه ليس طرفا في "جبهة الخلاص" التي أعلن عنها أمس', "indirect")]


def test_a_named_accord_stays_in_the_indirect_clause() -> None:
    got = extract_quotes('وأوضح الوزير أن بلاده تدعم تنفيذ "اتفاق الدوحة" في أقرب الآجال.')
    assert [(q.text, q.kind) for q in got] == [
        ('بلاده تدعم تنفيذ "اتفاق الدوحة" في أقرب الآجال', "indirect")]


def test_after_a_verb_of_naming_the_words_are_a_claim() -> None:
    """The near miss: وصفه بـ"حملة الكذب" names the speaker's charge, a mixed quote."""
    got = extract_quotes('أصدر الحزب بيانا استنكر فيه ما وصفه بـ "حملة الكذب والتشويه" ضد رئيسه.')
    assert [(q.text, q.kind) for q in got] == [("حملة الكذب والتشويه", "mixed")]


def test_an_indefinite_noun_with_an_adjective_is_a_claim() -> None:
    """The near miss: no definite word after the noun, no name (حملة شعواء)."""
    got = extract_quotes('وأضاف النقابي أن هناك "حملة شعواء" ضد القطاع العام.')
    assert [(q.text, q.kind) for q in got] == [("حملة شعواء", "mixed")]
