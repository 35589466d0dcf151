"""A verb of statement joined by و inside a reported clause, with no complementizer after it
but its own subject (a definite noun, a country, an office), is the narrator telling of
another speech act: the reported clause ends before it (ANT JA-internationalNews-273:
... إلى ألمانيا واتهمت ألمانيا تكرارا تونس ...).  A plural verb (its subject is in it), a
verb with no subject of its own (a noun with a pronoun after it), a three-letter masculine
form (the masdar: ونقل المصابين) and an elative (وأبرز القادة) stay in the clause.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _texts(text: str) -> list[str]:
    return [q.text for q in extract_quotes(text)]


def test_joined_verb_with_a_country_subject_ends_the_clause() -> None:
    got = _texts("وأضاف الوزير أن الوثائق وصلت أمس إلى فرنسا واتهمت فرنسا تونس بالتأخير في "
                 "ترحيل رعاياها.")
    assert got == ["الوثائق وصلت أمس إلى فرنسا"]


def test_joined_verb_with_a_definite_subject_ends_the_clause() -> None:
    got = _texts("وقال المدير إن المستشفى استقبل المرضى في ظروف صعبة وتعهدت الوزارة بفتح "
                 "تحقيق في الحادثة.")
    assert got == ["المستشفى استقبل المرضى في ظروف صعبة"]


def test_joined_verb_without_a_subject_stays_in_the_clause() -> None:
    """The near miss: وأبدت تخوفها has no subject of its own after it."""
    got = _texts("وقالت النائبة إنه لا مبرر لهذا القرار وأبدت تخوفها من نتائجه.")
    assert got == ["لا مبرر لهذا القرار وأبدت تخوفها من نتائجه"]


def test_plural_verb_stays_in_the_clause() -> None:
    """The near miss: a plural verb carries its subject (the reported one's)."""
    got = _texts("وذكر المسؤول أن الأعوان أزاحوا السيارات من الطريق واستكملوا عمليات الضخ "
                 "في الحي.")
    assert got == ["الأعوان أزاحوا السيارات من الطريق واستكملوا عمليات الضخ في الحي"]


def test_masdar_of_a_three_letter_verb_stays_in_the_clause() -> None:
    """The near miss: ونقل المصابين is "and the transport of the injured"."""
    got = _texts("وأوضح المصدر أن الحماية المدنية تولت إسعاف الجرحى ونقل المصابين إلى "
                 "المستشفى الجهوي.")
    assert got == ["الحماية المدنية تولت إسعاف الجرحى ونقل المصابين إلى المستشفى الجهوي"]


def test_elative_stays_in_the_clause() -> None:
    """The near miss: وأبرز القادة is "and the most prominent of the leaders"."""
    got = _texts("وقال المصدر إن القتيل أحد سكان المنطقة وأبرز القادة الميدانيين للتنظيم.")
    assert got == ["القتيل أحد سكان المنطقة وأبرز القادة الميدانيين للتنظيم"]
