"""After a comma inside a reported clause, a verb of statement with no و before it, no
subject of its own and no quote of its own is the predicate of the clause's subject (set
off by an apposition, ، NAME،) or follows a fronted adverbial (بمزيد التحري معه، اعترف):
the clause goes on (ANT JA-internationalNews-109: أن مدير سياسة البيت الأبيض، ستيفن
ميلر، تحدث إلى ...).  A verb joined by و, one with its own subject, or one that opens a
quote of its own ends the clause as before.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in extract_quotes(text)]


def test_verb_after_an_apposition_is_the_predicate() -> None:
    got = _texts("وذكرت الصحيفة أن مدير الديوان، سمير العربي، تحدث إلى المسؤولين يوم السبت "
                 "لمناقشة الشرط الجديد.")
    assert got == ["مدير الديوان، سمير العربي، تحدث إلى المسؤولين يوم السبت لمناقشة الشرط الجديد"]


def test_verb_after_a_fronted_adverbial_is_the_predicate() -> None:
    got = _texts("وأفادت الوزارة أنه بمزيد التحري مع المظنون فيه، اعترف بارتكابه السرقة.")
    assert got == ["بمزيد التحري مع المظنون فيه، اعترف بارتكابه السرقة"]


def test_verb_joined_by_waw_ends_the_clause() -> None:
    """The near miss: ، وأكد أن is the speaker's next report."""
    got = _texts("وقال الوزير إن الوضع صعب، وأكد أن الحكومة ستتدخل.")
    assert got == ["الوضع صعب", "الحكومة ستتدخل"]


def test_verb_with_its_own_subject_and_complementizer_ends_the_clause() -> None:
    """The near miss: ، أكدت الشرطة أن opens another party's report."""
    got = _texts("وقال المدير إن الحريق اندلع ليلا في المستودع، أكدت الشرطة أن التحقيق "
                 "متواصل.")
    assert got == ["الحريق اندلع ليلا في المستودع", "التحقيق متواصل"]


def test_verb_with_its_own_subject_ends_the_clause() -> None:
    """The near miss: ، يقول البلاغ، is a note naming the source, no predicate."""
    got = _texts("وأوضح المسؤول أن المشروع تأخر كثيرا، يقول البلاغ، بسبب نقص التمويل.")
    assert got[0] == "المشروع تأخر كثيرا"
