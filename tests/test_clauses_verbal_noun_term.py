"""Inside a reported clause, up to three words in marks without the article right after a
verbal noun of the shape تفعيل (تعيين، تكوين، تنظيف) name its object, a term in marks: the
clause stays one indirect quote (GUIDELINES: a term in marks inside a reported clause; ANT
JA-culture-76: اختار تعيين "مدير فنّي" للتظاهرة).  After a noun of speech (تعليق، تصريح,
whose verb is a cue) the marked words are a quote.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_term_after_a_verbal_noun_stays_in_the_clause() -> None:
    got = _quotes('وأكد المدير أنه قرر تعيين "منسق عام" للمهرجان خلال الأيام القادمة.')
    assert got == [("indirect", 'قرر تعيين "منسق عام" للمهرجان خلال الأيام القادمة')]


def test_three_word_term_after_a_verbal_noun_stays_in_the_clause() -> None:
    got = _quotes('واعتبر الحزب أن الدعوة إلى تكوين "جبهة إنقاذ وطنية" جاءت متأخرة جدا.')
    assert got == [("indirect", 'الدعوة إلى تكوين "جبهة إنقاذ وطنية" جاءت متأخرة جدا')]


def test_marks_after_a_noun_of_speech_are_a_quote() -> None:
    """The near miss: تعليق's marked object is the words of the comment."""
    got = _quotes('وأضاف الوزير أن المدير نشر تعليق "لن نتراجع أبدا" على صفحته.')
    assert [kind for kind, _ in got] == ["mixed"]
