"""A cue right after a contrast word (review round 8, S7): with the speaker's pronoun
(لكنه أكد أن) the cue is a bare verb, its speaker the antecedent, never the clause before the
contrast nor an adverb after the verb; an explicit subject after the contrast or the verb
keeps its own speaker.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.engine.contrast_acts import contrast_words
from quotecheck.engine.contrast_speaker import _pronoun_openers


def _got(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_lakinnahu_then_a_perfect_cue_gives_the_antecedent() -> None:
    assert _got("قال الوزير إن الوضع صعب لكنه أكد أن الحكومة ستتدخل.") == [
        ("الوضع صعب", "الوزير", "الوزير"),
        ("الحكومة ستتدخل", "الوزير", "الوزير"),
    ]


def test_lakinnahu_then_an_imperfect_cue_and_adverb_gives_the_antecedent() -> None:
    """Not دائما: with the pronoun on لكن no subject follows the verb."""
    assert _got("وقال الوزير إن المشروع متعثر لكنه يؤكد دائما أن التمويل موجود.") == [
        ("المشروع متعثر", "الوزير", "الوزير"),
        ("التمويل موجود", "الوزير", "الوزير"),
    ]


def test_walakinnaha_feminine_gives_the_antecedent() -> None:
    assert _got("وقالت الوزيرة إن الوضع صعب ولكنها شددت على أن الحلول موجودة.") == [
        ("الوضع صعب", "الوزيرة", "الوزيرة"),
        ("الحلول موجودة", "الوزيرة", "الوزيرة"),
    ]


def test_bare_contrast_keeps_a_subject_after_the_verb() -> None:
    """Near miss: ولكن without a pronoun, the verb's own subject follows it."""
    assert _got("قال الوزير إن الوضع صعب ولكن أكد الرئيس أن الحكومة ستتدخل.") == [
        ("الوضع صعب", "الوزير", "الوزير"),
        ("الحكومة ستتدخل", "الرئيس", "الرئيس"),
    ]


def test_explicit_subject_after_lakin_keeps_its_own_speaker() -> None:
    """Near miss: لكن الرئيس أكد أن: the subject stands between the contrast and the cue."""
    assert _got("قال الوزير إن الوضع صعب. لكن الرئيس أكد أن الحكومة ستتدخل.") == [
        ("الوضع صعب", "الوزير", "الوزير"),
        ("الحكومة ستتدخل", "الرئيس", "الرئيس"),
    ]


def test_explicit_subject_after_lakin_inside_a_clause_is_not_cut() -> None:
    """Pinned as it stands: contrast_cut needs the verb right after the contrast word, so a
    subject between them leaves the rest inside the first report."""
    assert _got("قال الوزير إن الوضع صعب لكن الرئيس أكد أن الحكومة ستتدخل.") == [
        ("الوضع صعب لكن الرئيس أكد أن الحكومة ستتدخل", "الوزير", "الوزير"),
    ]


def test_lakinnahu_then_an_imperfect_non_report_keeps_the_clause() -> None:
    """Near miss (review S3): an imperfect with a noun object does not cut the clause."""
    assert _got("وقال الوزير إن الوضع صعب لكنه يعترف بصعوبة المرحلة.") == [
        ("الوضع صعب لكنه يعترف بصعوبة المرحلة", "الوزير", "الوزير"),
    ]


def test_pronoun_openers_come_from_the_data() -> None:
    """The pronoun forms are the openers extending another opener; the bare ones are not."""
    openers = contrast_words()[0]
    pronouns = _pronoun_openers()
    assert pronouns and pronouns < openers
    assert all(any(p.startswith(o) for o in openers - pronouns) for p in pronouns)
