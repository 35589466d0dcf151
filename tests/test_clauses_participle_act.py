"""A participle of a verb of statement in the person of the clause's reporting verb ends the
reported clause even without a comma and whatever its object (مشيرا إلى وضع ...، مطالبا
الوزارة بـ ...): it is the speaker's next act of speech.  A participle joined by و (a
predicate of the clause), one that agrees with the indefinite noun before it (an adjective:
كمية معتبرة) or one in another person stays in the clause.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_participle_with_a_noun_object_ends_the_clause() -> None:
    got = extract_quotes("وقال رئيس النقابة إن ظروف العمل في المستشفى صعبة جدا مشيرا إلى نقص "
                         "الأدوية في قسم الاستعجالي.")
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", "ظروف العمل في المستشفى صعبة جدا"),
    ]


def test_participle_far_from_its_complementizer_opens_the_next_quote() -> None:
    got = extract_quotes("وأضاف الوزير أن المشروع سينطلق في الربيع مشيرا في نفس السياق إلى أن "
                         "التمويل متوفر بالكامل.")
    assert [q.text for q in got] == ["المشروع سينطلق في الربيع", "التمويل متوفر بالكامل"]


def test_participle_joined_by_waw_stays_in_the_clause() -> None:
    """The near miss: ومعبرا continues the clause's predicate."""
    got = extract_quotes("وأكد الوزير أن كل تحرك يجب أن يكون داعما للدولة ومعبرا عن إرادة "
                         "الشعب.")
    assert [q.text for q in got] == ["كل تحرك يجب أن يكون داعما للدولة ومعبرا عن إرادة الشعب"]


def test_participle_agreeing_with_its_noun_stays_in_the_clause() -> None:
    """The near miss: معتبرة is the adjective of كمية (a considerable amount)."""
    got = extract_quotes("وقالت الوزارة إن الأعوان حجزوا كمية معتبرة من الأدوية المهربة.")
    assert [q.text for q in got] == ["الأعوان حجزوا كمية معتبرة من الأدوية المهربة"]


def test_participle_in_another_person_stays_in_the_clause() -> None:
    """The near miss: a feminine participle after a masculine cue describes the reported
    subject (the ministry), not the speaker."""
    got = extract_quotes("وقال النائب إن الوزارة رفضت الطلب مؤكدة تمسكها بالقانون الحالي.")
    assert [q.text for q in got] == ["الوزارة رفضت الطلب مؤكدة تمسكها بالقانون الحالي"]


def test_participle_after_a_verb_of_being_stays_in_the_clause() -> None:
    """The near miss: معبرا is the predicate of يكون."""
    got = extract_quotes("وأكد الوزير أن الإصلاح يجب أن يكون معبرا عن كل المواطنين.")
    assert [q.text for q in got] == ["الإصلاح يجب أن يكون معبرا عن كل المواطنين"]
