"""A plural bare cue (وأضافوا، مضيفين) skips an antecedent that names one person or one
body (الوزير، سامي العياري، الوزارة) for the plural one before it
(``engine.names.agreement.singular_person``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

_TWO = "قال مسؤولون أمنيون إن الهجوم فشل. وقال الوزير إن الوضع مستقر. "


def test_a_plural_cue_skips_the_minister() -> None:
    text = _TWO + "وأضافوا أن التحقيق متواصل."
    assert _speakers(text)[-1] == "مسؤولون أمنيون"


def test_a_plural_cue_skips_a_named_person() -> None:
    text = ("قال المحتجون إن الوضع صعب. وقال سامي العياري إن الحوار ممكن. وأضافوا أن"
            " الاحتجاج متواصل.")
    assert _speakers(text)[-1] == "المحتجون"


def test_a_singular_cue_keeps_the_minister() -> None:
    """The near miss: وأضاف (singular) after the minister stays with him."""
    text = _TWO + "وأضاف أن التحقيق متواصل."
    assert _speakers(text)[-1] == "الوزير"


def test_a_plural_cue_keeps_a_plural_title() -> None:
    """The near miss: النواب (a plural office) agrees with وأضافوا."""
    text = ("قال مسؤولون أمنيون إن الهجوم فشل. وقال النواب إن الوضع مستقر. وأضافوا أن"
            " التحقيق متواصل.")
    assert _speakers(text)[-1] == "النواب"
