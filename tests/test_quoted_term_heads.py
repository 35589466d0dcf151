"""Marks right after مثل or موضوعها inside a reported clause hold an example or the name of a
charge: the clause stays one indirect quote (marks included), whatever the marked words' first
word.  After the bare موضوع (a predicate) the marked words stay the speaker's mixed quote.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_example_after_mithl_stays_in_the_clause() -> None:
    got = extract_quotes('وأوضحت الشركة أن البرنامج تسلل عبر تطبيقات ترشد المستخدمين إلى تشغيل '
                         'ألعاب مثل "بوكيمون غو".')
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", 'البرنامج تسلل عبر تطبيقات ترشد المستخدمين إلى تشغيل ألعاب مثل "بوكيمون غو"')]


def test_charge_after_mawduuha_stays_in_the_clause() -> None:
    got = extract_quotes('وأكدت الوزارة أنه تم الاحتفاظ بالمشتبه بهم ومباشرة قضية عدلية في شأنهم '
                         'موضوعها "مسك واستهلاك مادة مخدرة".')
    assert [q.kind for q in got] == ["indirect"]
    assert got[0].text.startswith("تم الاحتفاظ")


def test_bare_mawduu_keeps_the_mixed_quote() -> None:
    """The near miss: هو موضوع "..." is a predicate, the speaker's own words."""
    got = extract_quotes('وأكد الناطق باسم المحكمة أن هذا الملف هو موضوع "بحث قضائي متواصل منذ '
                         'سنوات".')
    assert [(q.kind, q.text) for q in got] == [("mixed", "بحث قضائي متواصل منذ سنوات")]
