"""Naming rules, each with a sentence it must match and a near miss it must not.

Sentences are written for these tests in the style of Arabic news; none comes from the
development set.
"""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text, nlp=None)]


# (rule, sentence that must match, its speaker names, near miss, its speaker names)
CASES = [
    ("title-only speaker takes the name after the same title elsewhere",
     "وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مفيدة.\n"
     "وقال وزير الخارجية الأمريكي إن الاتفاق قريب.", ["جون كيري", "جون كيري"],
     "وقال وزير الخارجية الأمريكي إن الاتفاق قريب.", ["وزير الخارجية الأمريكي"]),
    ("joined portfolios are skipped before the name after a title",
     "وقال وزير الفلاحة والموارد المائية سمير الطيب إن الموسم جيد.\n"
     "وأكد وزير الفلاحة أن الأمطار كافية.", ["سمير الطيب", "سمير الطيب"],
     "وقال رئيس الحكومة إن الموسم جيد.\nوأكد وزير الفلاحة أن الأمطار كافية.",
     ["رئيس الحكومة", "وزير الفلاحة"]),
    ("a place after a title (بال-) is skipped before the name",
     "وقال المدير الجهوي بالشابة أحمد بنور إن المياه متوفرة.\n"
     "وأضاف المدير الجهوي أن الوضع جيد.", ["أحمد بنور", "أحمد بنور"],
     "وأضاف المدير الجهوي أن الوضع جيد.", ["المدير الجهوي"]),
    ("a surname takes the fullest name of the document",
     "وقال سيرغي لافروف إن موسكو مستعدة.\nوأكد لافروف أن الحوار ممكن.",
     ["سيرغي لافروف", "سيرغي لافروف"],
     "وقال سيرغي لافروف إن موسكو مستعدة.\nوأكد كيري أن الحوار ممكن.",
     ["سيرغي لافروف", "كيري"]),
    ("a name in apposition after a body's name",
     "وقال رئيس حزب آفاق تونس، ياسين ابراهيم، إن الحزب سيشارك.", ["ياسين ابراهيم"],
     "وقالت النائبة، وهي من حزب النهضة، إن الجلسة تأجلت.", ["النائبة"]),
    ("the issuer of a statement: ل- dropped",
     "وقال بلاغ لوزارة الداخلية إن الطرق مغلقة.", ["وزارة الداخلية"],
     "وقالت الشرطة في بلاغ إن الطرق مغلقة.", ["الشرطة"]),
    ("the issuer of a statement after صادر عن",
     "وأوضح بيان صادر عن السلطات المصرية أن المعبر مفتوح.", ["السلطات المصرية"],
     "وأوضحت السلطات المصرية أن المعبر مفتوح.", ["السلطات المصرية"]),
    ("a demonstrative after a leading adverbial takes its noun (بهذا ...)",
     "وقال بهذا الوزير سامي حداد إن الوضع مستقر.", ["سامي حداد"],
     "وقال بدوره الوزير سامي حداد إن الوضع مستقر.", ["سامي حداد"]),
    ("a place preposition after a name begins an adverbial (في ختام)",
     "وقال كيري في ختام لقائه إن المحادثات مفيدة.", ["كيري"],
     "وقال المتحدث في الوزارة إن المحادثات مفيدة.", ["المتحدث في الوزارة"]),
    ("the verb's preposition before a complementizer ends the subject (على أن)",
     "وشدد الوزير على أن الوضع مستقر.", ["الوزير"],
     "وقال المدير سامي علي إن الوضع مستقر.", ["سامي علي"]),
    ("a person's name quoted after a body's quoted name",
     'وقال المتحدث باسم حركة "حماس" فوزي برهوم إن الحركة ترفض.', ["فوزي برهوم"],
     'وقالت مراسلة "الجوهرة أف أم" إن الطريق مغلقة.', ['مراسلة "الجوهرة أف أم"']),
]


@pytest.mark.parametrize(("rule", "text", "names", "miss", "miss_names"), CASES,
                         ids=[c[0] for c in CASES])
def test_naming_rule(rule: str, text: str, names: list[str], miss: str,
                     miss_names: list[str]) -> None:
    assert [name for _, name in _speakers(text)] == names, rule
    assert [name for _, name in _speakers(miss)] == miss_names, rule


def test_demonstrative_adverbial_changes_the_mention() -> None:
    (mention, _), = _speakers("وقال بهذا الوزير سامي حداد إن الوضع مستقر.")
    (miss, _), = _speakers("وقال بدوره الوزير سامي حداد إن الوضع مستقر.")
    assert mention == "سامي حداد" and miss == "الوزير سامي حداد"


def test_unnamed_source_is_anonymous_and_named_by_its_phrase() -> None:
    q, = extract_quotes("وقال مصدر مسؤول إن الاجتماع تأجل.", nlp=None)
    assert q.anonymous and q.speaker_name == "مصدر مسؤول"
    q, = extract_quotes("وقال مدير المستشفى إن الاجتماع تأجل.", nlp=None)
    assert not q.anonymous


def test_a_preposition_with_a_pronoun_is_no_object() -> None:
    """باسمها stays in the phrase; علاقته (a noun with a pronoun) is the verb's object."""
    assert _speakers("وقالت المتحدثة باسمها سلمى الهاشمي إن المنظمة قلقة.") == [
        ("المتحدثة باسمها سلمى الهاشمي", "سلمى الهاشمي")]
    assert _speakers("وأنكر الشاب علاقته بالحادث.") == []
