"""A short quoted stretch whose words are mostly Latin letters spelled in Arabic (أف، سي، آر)
is an acronym or a name with one, never a quote: a reported clause around it stays one
indirect quote, and a verb after it has it as its subject.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_an_acronym_in_a_clause_keeps_the_clause_indirect() -> None:
    text = 'وأكد المدير أن الشركة تتمتع بنظام "بي تي سي" الخاص بالتصدير منذ سنوات.'
    got = extract_quotes(text)
    assert [(q.text, q.kind) for q in got] == [
        ('الشركة تتمتع بنظام "بي تي سي" الخاص بالتصدير منذ سنوات', "indirect")]


def test_a_radio_name_before_the_complementizer_is_no_quote() -> None:
    text = 'وقال مصدر أمني لمراسل الإذاعة "اف ام" إن الأبحاث متواصلة.'
    got = extract_quotes(text)
    assert [(q.text, q.kind) for q in got] == [("الأبحاث متواصلة", "indirect")]


def test_an_acronym_before_a_verb_is_its_subject_not_a_quote() -> None:
    text = 'وقال الوزير إن التحقيق متواصل، إلا أن الوثائق التي نشرتها "بي بي سي" كشفت تفاصيل جديدة.'
    got = extract_quotes(text)
    assert all(q.text != "بي بي سي" for q in got) and len(got) == 1


def test_two_quoted_words_that_are_no_letters_stay_a_mixed_quote() -> None:
    """The near miss: words of the claim (not spelled letters) stay a mixed quote."""
    text = 'وقال الوزير إن الحكومة "لن تتراجع" عن الإصلاح.'
    got = extract_quotes(text)
    assert [(q.text, q.kind) for q in got] == [("لن تتراجع", "mixed")]
