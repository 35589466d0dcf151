"""A clause-opening shadowed perfect (بيّن / بين, رجّح) reports when its complementizer
follows within REPORT_WINDOW (20) words, commas allowed (a title, a name and the medium in
between); the look back for an earlier بين of the same sentence stops at the sentence's
start. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_long_subject_before_the_complementizer() -> None:
    got = extract_quotes("من جهته، بيّن الكاتب العام للنقابة الجهوية لأعوان الأمن الداخلي، "
                         "مراد بن صالح، في تصريح لمراسلة (وات) بالجهة اليوم، أنه تم حجز كمية من "
                         "السمك الممنوع.")
    assert [(q.text, q.cue.text) for q in got] == [("تم حجز كمية من السمك الممنوع", "بيّن")]


def test_preposition_in_the_previous_sentence_is_no_pair() -> None:
    """بين in the sentence before does not make the next sentence's وبين a preposition."""
    got = extract_quotes("وعثر الأهالي على طفل يتراوح عمره بين 9 و10 سنوات في الحقل.\n"
                         "وبين المعتمد أن الأبحاث متواصلة.")
    assert [(q.text, q.cue.text) for q in got] == [("الأبحاث متواصلة", "وبين")]


def test_preposition_pair_in_the_same_sentence_is_no_cue() -> None:
    """The near miss: بين ... وبين in one sentence is the preposition's pair."""
    got = extract_quotes("وقارن التقرير بين الحزبين وبين النهضة أن تختار الحياد.")
    assert [q.cue.text for q in got if q.cue] == []


def test_complementizer_too_far_is_no_report() -> None:
    """The near miss: more than 20 words before the complementizer."""
    words = " ".join(["الطويل"] * 22)
    got = extract_quotes(f"وبين المدير {words} أن المشروع انطلق.")
    assert [q.cue.text for q in got if q.cue] == []
