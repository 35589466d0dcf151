"""An implicit speaker takes the speaker-like subject of the verb that opens its sentence,
even when that verb gave no quote of its own (``engine.names.earlier.verb_subject_events``):
وأصدرت الوزارة بيانا تقول فيه ... goes to the ministry, not to the speaker quoted before.
Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes

_FIRST = "قال مدير المستشفى إن الأجهزة معطلة. "


def test_a_body_subject_is_the_antecedent_of_its_sentence() -> None:
    text = _FIRST + ("وأصدرت وزارة الصحة بيانا مساء الثلاثاء تقول فيه إنها وفرت الأدوية لكل"
                     " المستشفيات. وأضافت أن المخزون يكفي.")
    assert _speakers(text) == ["مدير المستشفى", "وزارة الصحة", "وزارة الصحة"]


def test_a_titled_subject_wins_over_a_title_in_the_object() -> None:
    text = ("قالت مديرة المستشفى إن الأجهزة معطلة. وبرر المتحدث باسم وزارة الصحة، سامي"
            " العياري اليوم الأحد لإذاعة محلية السبب وراء عدم زيارة الرئيس التونسي للمستشفى،"
            " قائلا إن الزيارة أجلت.")
    quotes = extract_quotes(text)
    assert quotes[-1].speaker_name == "سامي العياري"


def test_a_subject_that_is_no_speaker_is_no_antecedent() -> None:
    """The near miss: الصحف المحلية (no title, body or name) leaves the earlier speaker."""
    text = _FIRST + ("وأصدرت الصحف المحلية أعدادا خاصة مساء الثلاثاء تقول فيه إنها وفرت"
                     " الأدوية لكل المستشفيات. وأضافت أن المخزون يكفي.")
    assert _speakers(text) == ["مدير المستشفى", "مدير المستشفى", "مدير المستشفى"]
