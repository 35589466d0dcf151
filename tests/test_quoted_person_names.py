"""Two or three known personal names in quotation marks are a person's name (the Iraqi
style), no quote: the reported clause around them stays one indirect quote.  Words of a claim
stay a mixed quote.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_a_person_named_in_marks_stays_in_the_clause() -> None:
    got = extract_quotes('وأضافت الشرطة أن المشتبه به "سمير بركات" سلم نفسه صباح اليوم.')
    assert [(q.text, q.kind) for q in got] == [
        ('المشتبه به "سمير بركات" سلم نفسه صباح اليوم', "indirect")]


def test_a_foreign_name_in_marks_is_no_direct_quote() -> None:
    got = extract_quotes('وقال "ديفيد فريدمان" في تصريح للصحفيين إن السفارة ستنقل قريبا.')
    assert [(q.text, q.kind) for q in got] == [("السفارة ستنقل قريبا", "indirect")]


def test_words_of_a_claim_stay_a_mixed_quote() -> None:
    """The near miss: quoted words that are no names keep their mixed quote."""
    got = extract_quotes('وأضافت الشرطة أن المشتبه به "خطير جدا" وما زال فارا.')
    assert [(q.text, q.kind) for q in got] == [("خطير جدا", "mixed")]


def test_a_place_named_after_its_noun_stays_in_the_clause() -> None:
    """مطار "..."، نزل "...": a place noun of name_heads right before the pair names it."""
    got = extract_quotes('وقال مصدر أمني إن الطائرة أقلعت من مطار "كوم الفرس" صباح اليوم.')
    assert [(q.text, q.kind) for q in got] == [
        ('الطائرة أقلعت من مطار "كوم الفرس" صباح اليوم', "indirect")]


def test_a_claim_after_a_verb_stays_mixed() -> None:
    """The near miss: the word before the pair is no place noun."""
    got = extract_quotes('وقال مصدر أمني إن الطائرة واجهت "عطلا خطيرا" صباح اليوم.')
    assert [(q.text, q.kind) for q in got] == [("عطلا خطيرا", "mixed")]


def test_a_first_name_and_a_family_nisba_in_marks_is_a_name() -> None:
    got = extract_quotes('وقال الوزير إن عائلة المهندس "محمد الصفاقسي" طالبت بفتح تحقيق.')
    assert [(q.text, q.kind) for q in got] == [
        ('عائلة المهندس "محمد الصفاقسي" طالبت بفتح تحقيق', "indirect")]


def test_a_name_word_before_a_definite_noun_is_a_claim() -> None:
    """The near miss: سلام is a first name too, but الشجعان is no family nisba: a claim."""
    got = extract_quotes('وقال الوزير إن الاتفاق يمثل "سلام الشجعان" في المنطقة.')
    assert [(q.text, q.kind) for q in got] == [("سلام الشجعان", "mixed")]
