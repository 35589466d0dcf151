"""A source note of the form حسب / وفق + ما + a verb of statement (بحسب ما كشفه، وفق ما أكده
الوزير، حسبما أوضحت الوكالة) ends a reported clause, with or without a comma before it.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_note_with_ma_apart_ends_the_clause() -> None:
    got = extract_quotes("وكشف الوزير أنه نصح صديقه بعدم زيارة البلاد بحسب ما كشفه في حوار "
                         "تلفزي أمس.")
    assert [q.text for q in got] == ["نصح صديقه بعدم زيارة البلاد"]


def test_note_with_ma_written_on_ends_the_clause() -> None:
    got = extract_quotes("وأكد المدير أن الأشغال ستنتهي قريبا حسبما أوضحت الوكالة.")
    assert [q.text for q in got] == ["الأشغال ستنتهي قريبا"]


def test_note_head_before_a_noun_stays_in_the_clause() -> None:
    """The near miss: حسب ما before no verb of statement (حسب ما يقتضيه القانون) is the
    speaker's own words."""
    got = extract_quotes("وأكد المدير أن الأشغال ستنتهي حسب ما يقتضيه القانون.")
    assert [q.text for q in got] == ["الأشغال ستنتهي حسب ما يقتضيه القانون"]
