"""The full stops inside an acronym or initials written without spaces (سي.إن.إن، تي.تي، م.د،
أ.ف.ب) end no sentence, so a cue before them still reaches its complement; two long groups
joined by a stop with the space left out (له.وفي، سجن.كما) are a sentence end (``find.words``).
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.find.words import WordIndex


def _breaks(text: str) -> list[str]:
    wi = WordIndex(text)
    return [w.text for i, w in enumerate(wi.words) if wi.sentence_break_before(i)]


def test_acronym_dots_are_no_sentence_breaks() -> None:
    assert _breaks("وذكرت شبكة (سي.إن.إن) الأمريكية أن الاجتماع تأجل") == []
    assert _breaks("ونقلت وكالة (أ.ف.ب) عن مصدر أمني أن الهجوم فشل") == []
    assert _breaks("بلغت الصادرات 900 م.د مقابل 1200 م.د العام الماضي") == []


def test_report_through_an_acronym_is_found() -> None:
    text = ("ونقلت وكالة (تي.تي) السويدية للأنباء عن رئيس الوزراء قوله إن الحكومة "
            "ستشدد إجراءات الأمن في العاصمة.")
    qs = extract_quotes(text)
    assert [text[q.start:q.end] for q in qs] == [
        "الحكومة ستشدد إجراءات الأمن في العاصمة"]


def test_a_sentence_end_without_its_space_still_breaks() -> None:
    """The near misses: two groups of three letters, and a unit after a slash."""
    assert _breaks("وقد قال ذلك له.وفي اليوم التالي غادر") == ["وفي"]
    assert _breaks("السرعة 25 كلم/س.و البحر هادئ") == ["و"]


def test_an_acronym_is_one_word() -> None:
    """Its letter groups are not read as words of their own (the إن of سي.إن.إن is no
    complementizer): the speaker is the whole acronym."""
    text = "وأوضحت (سي.إن.إن)، الأحد، أن المسافرين سيخضعون لتفتيش إضافي."
    wi = WordIndex(text)
    assert [w.text for w in wi.words][:2] == ["وأوضحت", "سي.إن.إن"]
    assert wi.gap(2) == ")، "
    qs = extract_quotes(text)
    assert [(text[q.start:q.end], q.speaker.text) for q in qs] == [
        ("المسافرين سيخضعون لتفتيش إضافي", "سي.إن.إن")]
