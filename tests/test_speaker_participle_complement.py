"""في after a participle that governs it (المقيمين في الخارج، المختص في المياه) opens the
participle's complement, which belongs to the speaker phrase; after a name or a body it is
otherwise an adverbial (``engine.speakers._participle_complement``).  A statement noun that
points back (وأضاف البلاغ) is named by its issuer, so a cut issuer would be a cut name.
Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_body_residing_abroad_keeps_its_complement() -> None:
    assert _speakers("قالت وزارة الجالية والمغتربين المقيمين في الخارج، صباح الأحد، إن المكتب"
                     " سيفتح أبوابه غدا.") == ["وزارة الجالية والمغتربين المقيمين في الخارج"]


def test_a_specialist_keeps_his_field() -> None:
    assert _speakers("وأشار الطبيب المختص في أمراض القلب إلى أن الرياضة مفيدة.") == [
        "الطبيب المختص في أمراض القلب"]


def test_a_statement_noun_is_named_by_the_issuer_in_full() -> None:
    """The regression: وأضاف البلاغ points back to بلاغ لوزارة ... في الخارج, and its name
    must not stop before في الخارج."""
    text = ("أفاد بلاغ لوزارة الجالية والمغتربين المقيمين في الخارج، صباح الأحد، أن المكتب"
            " سيفتح أبوابه غدا. وأضاف البلاغ أن الموعد نهائي.")
    assert _names(text) == ["وزارة الجالية والمغتربين المقيمين في الخارج"] * 2


def test_near_miss_a_body_then_an_adverbial() -> None:
    """في right after a body noun, or after an adjective that governs nothing, frames the
    report: the phrase ends before it."""
    assert _speakers("وقالت الوزارة في ختام الاجتماع إن الإقبال كان كبيرا.") == ["الوزارة"]
    assert _speakers("وقالت الجمعية الفائزة في الدورة إن الإقبال كان كبيرا.") == [
        "الجمعية الفائزة"]


def test_near_miss_a_long_run_after_the_participle() -> None:
    """A complement that does not end within four words (a relative clause runs on) is not
    read into the phrase."""
    assert _speakers("وأكدت المحامية المولودة في فرنسا والتي تقدمت بقضية للطلاق لذات"
                     " الصحيفة أن الأمر انتهى.") == ["المحامية المولودة"]


def test_near_miss_a_participle_before_a_medium() -> None:
    """في before a medium (في تصريح) stays the adverbial after any word."""
    assert _speakers("وقال أحد المشاركين في تصريح للإذاعة إن الوقفة سلمية.") == [
        "أحد المشاركين"]
