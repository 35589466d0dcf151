"""A verb that is no cue but takes a complementizer (particles.json ``complement_verbs``:
اختار، أدرك، قرر، وجد، ينتظر), within three words before the complementizer that a cue's
scan reaches, owns it: no quote for the cue. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_relative_clause_verb_owns_the_complementizer() -> None:
    got = extract_quotes("ويؤكد المخرج على دور المرأة في المسرحية، إذ جعل البطلة هي التي "
                         "اختارت أن تعشق الوطن.")
    assert got == []


def test_verb_of_knowledge_with_its_subject_owns_it() -> None:
    got = extract_quotes("وحين ذكر المراسل نوع السيارة أدركت المذيعة أن زوجها بين الضحايا.")
    assert got == []


def test_cue_complementizer_before_the_verb_reports() -> None:
    """The near miss: the cue's own complementizer comes before the verb."""
    got = extract_quotes("وأكد المدير أن اللجنة قررت أن تؤجل الامتحان.")
    assert [(q.text, q.cue.text) for q in got] == [("اللجنة قررت أن تؤجل الامتحان", "وأكد")]


def test_verb_far_from_the_complementizer_is_passed() -> None:
    """The near miss: the verb with its noun object more than three words back."""
    got = extract_quotes("وأوضح المدير الذي قرر الاستقالة من منصبه منذ أسبوعين أن اللجنة "
                         "ستجتمع غدا.")
    assert [q.text for q in got] == ["اللجنة ستجتمع غدا"]
