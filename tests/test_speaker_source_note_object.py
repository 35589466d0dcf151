"""A source note whose reporting verb carries an object pronoun pointing back at its ما
(وفق ما أكده مصدر أمني، حسب ما أفادته الوزارة) names its source like وفق ما أفاد به: an
antecedent for the bare verbs after it (``names.anaphor.source_note_events``).  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_the_same_source_is_named_after_the_noted_source() -> None:
    text = ("تم إيقاف شخصين بحوزتهما كمية من المخدرات، وفق ما أكده مصدر أمني لمراسل الإذاعة"
            " المحلية. وأضاف المصدر نفسه أن الأبحاث متواصلة.")
    assert [q.speaker_name for q in extract_quotes(text)] == ["مصدر أمني"]


def test_a_bare_verb_after_the_note_takes_its_source() -> None:
    text = ("تم حجز كمية من السجائر المهربة حسب ما أكده مصدر أمني لمراسلنا في"
            " المدينة. وأوضح أن العملية تمت أثناء مراقبة دورية.")
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == [
        "مصدر أمني"]


def test_a_verb_that_is_no_report_makes_no_note() -> None:
    """The near miss: ما تداولته (no reporting verb) names no source."""
    text = ("تم إيقاف شخصين بحوزتهما كمية من المخدرات، وفق ما تداولته مواقع إخبارية. وأضاف"
            " المصدر نفسه أن الأبحاث متواصلة.")
    assert [q.speaker_name for q in extract_quotes(text)] == ["المصدر نفسه"]
