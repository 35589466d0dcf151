"""The perfect أبرز is also the elative "the most prominent": after من / بعض or before a
colon (a digest of headlines) it reports nothing; وأبرز الوزير أن keeps its quote.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_digest_before_colon_is_no_quote() -> None:
    got = extract_quotes("أبرز عناوين الأخبار المسجلة اليوم: نائبة تتعرض لتهديدات بعد كشفها "
                         "ملف فساد")
    assert got == []


def test_elative_after_preposition_is_no_cue() -> None:
    got = extract_quotes("ومن أبرز الأسواق التي من المنتظر أن تشهد ارتفاعا السوق الألمانية.")
    assert all(q.cue is None or q.cue.text != "أبرز" for q in got)


def test_verb_abraza_reports() -> None:
    """The near miss: the verb with its subject and complementizer."""
    got = extract_quotes("وأبرز الوزير أن الموسم كان ناجحا.")
    assert [(q.text, q.cue.text) for q in got] == [("الموسم كان ناجحا", "وأبرز")]


def test_elative_does_not_stop_another_cue() -> None:
    """عن أبرز ما: the adjective inside another cue's sentence lets its scan reach the marks."""
    got = extract_quotes('وأضاف متحدثا عن أبرز ما خلص إليه اجتماع الجبهة "يجب الدخول في توافق '
                         'وطني يؤسس لمرحلة جديدة".')
    assert [(q.text, q.cue.text) for q in got] == [
        ("يجب الدخول في توافق وطني يؤسس لمرحلة جديدة", "وأضاف")]
