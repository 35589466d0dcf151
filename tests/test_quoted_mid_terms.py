"""Inside a long reported clause, a marked noun phrase of up to four words in an argument's
place with more of the clause after it is a term or a name in marks: the clause stays one
indirect quote, marks included.  A marked predicate after its subject, a negated claim, a part
ending the clause, or a part after a ل- preposition or a verb of considering is the speaker's
claim: a mixed quote.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

#: Words that lengthen a clause past MID_TERM_REST (the rule is for long clauses).
TAIL = "في إطار خطة شاملة أعدتها الوزارة مع شركائها في القطاعين العام والخاص خلال السنة الماضية"


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_three_word_name_in_mid_clause_stays_in_the_clause() -> None:
    got = _kinds('وأوضح المصدر أن البرنامج تسلل إلى الهواتف عبر تطبيقات على "غوغل بلاي ستور" '
                 f"{TAIL}.")
    assert len(got) == 1 and got[0][0] == "indirect"
    assert '"غوغل بلاي ستور"' in got[0][1] and got[0][1].endswith("الماضية")


def test_four_word_term_after_a_preposition_stays_in_the_clause() -> None:
    got = _kinds('وقال المدير إن الموظفين تدربوا على "برامج حماية البيانات الشخصية" '
                 f"{TAIL}.")
    assert len(got) == 1 and got[0][0] == "indirect"
    assert got[0][1].startswith("الموظفين")


def test_marked_predicate_after_its_subject_is_mixed() -> None:
    """Near miss: the part opens with an imperfect verb, the clause's predicate."""
    got = _kinds(f'وقال المدير إن التحضيرات للقمة المقبلة "تسير بشكل جيد" {TAIL}.')
    assert got[0] == ("mixed", "تسير بشكل جيد")


def test_negated_claim_in_mid_clause_is_mixed() -> None:
    """Near miss: the part opens with a claim particle (ما زالت، لن)."""
    got = _kinds(f'وبين الوزير أن صادرات الإقليم عبر الميناء التركي "ما زالت متوقفة" {TAIL}.')
    assert got[0] == ("mixed", "ما زالت متوقفة")
    got = _kinds(f'وقال المدير إن المصنع في المدينة الصناعية "لن يغلق أبوابه" {TAIL}.')
    assert got[0] == ("mixed", "لن يغلق أبوابه")


def test_part_ending_the_clause_is_mixed() -> None:
    """Near miss: nothing of the clause follows the marks."""
    got = _kinds(f'وقال المدير إن الشركة أصدرت {TAIL} تقريرا مفصلا عن "الأزمة المالية الحادة".')
    assert got == [("mixed", "الأزمة المالية الحادة")]


def test_part_after_a_li_preposition_is_mixed() -> None:
    """Near miss: لـ"..." is the object of a verb of undergoing, the speaker's words."""
    got = _kinds(f'وقال الرئيس إنه تعرض لـ"قصف وإجرام إعلامي" متواصل {TAIL}.')
    assert ("mixed", "قصف وإجرام إعلامي") in got


def test_predicate_of_a_verb_of_considering_is_mixed() -> None:
    """Near miss: اعتبرها "..." is the predicate of the verb's object, the speaker's claim."""
    got = _kinds('وأشار إلى أن المشكل يتعلق بالنخبة السياسية التي اعتبرها "مصدر خيبة أمل" '
                 f"للشعب {TAIL}.")
    assert ("mixed", "مصدر خيبة أمل") in got
