"""A bare reporting verb takes the latest speaker of its gender (``engine.names.agreement``):
وأضافت after a man's quote goes back to the woman quoted before him.  Sentences written for
the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

_TEXT = ("قالت وزيرة الصحة إن الوضع الوبائي مستقر. وأكد المدير الجهوي للصحة أن المستشفى"
         " جاهز لاستقبال المرضى. {verb} أن اللقاحات متوفرة في كل الجهات.")


def test_a_feminine_verb_skips_a_masculine_speaker() -> None:
    assert _speakers(_TEXT.format(verb="وأضافت")) == [
        "وزيرة الصحة", "المدير الجهوي للصحة", "وزيرة الصحة"]


def test_a_masculine_verb_keeps_the_nearest_masculine_speaker() -> None:
    """The near miss: وأضاف agrees with the last speaker, who keeps the quote."""
    assert _speakers(_TEXT.format(verb="وأضاف")) == [
        "وزيرة الصحة", "المدير الجهوي للصحة", "المدير الجهوي للصحة"]


def test_a_name_without_a_title_agrees_with_either_verb() -> None:
    """A speaker named without a title has no gender the rule reads: وأضافت after a
    minister goes back to her."""
    text = ("قالت سنية رجب إن الدولة تتجاهل الملف. وأكد الوزير أن البحث متواصل."
            " وأضافت أن العائلة تنتظر منذ سنوات.")
    assert _speakers(text)[-1] == "سنية رجب"
