"""Where a reported clause ends: a source note without a comma, a contrast that opens another
report.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_name, q.cue.text if q.cue else None) for q in extract_quotes(text)]


def test_a_source_note_ends_the_clause_without_a_comma() -> None:
    assert _quotes("وأوضح الخبير أن الأسعار سترتفع مجددا على حد تعبيره.") == [
        ("الأسعار سترتفع مجددا", "الخبير", "وأوضح")]


def test_ala_hadd_sawa_is_no_source_note() -> None:
    assert _quotes("وأوضح الخبير أن الأسعار سترتفع على حد سواء في المدن والأرياف.") == [
        ("الأسعار سترتفع على حد سواء في المدن والأرياف", "الخبير", "وأوضح")]


def test_lakinnahu_before_a_cue_opens_another_report() -> None:
    got = _quotes("قال وزير المالية إن العجز تراجع هذا العام، لكنه حذر من أن الديون ما زالت"
                  " مرتفعة.")
    assert got == [("العجز تراجع هذا العام", "وزير المالية", "قال"),
                   ("الديون ما زالت مرتفعة", "وزير المالية", "حذر")]


def test_lakinnahu_without_a_cue_stays_in_the_clause() -> None:
    assert _quotes("قال الوزير إن العجز تراجع، لكنه ما زال أعلى من المتوقع.") == [
        ("العجز تراجع، لكنه ما زال أعلى من المتوقع", "الوزير", "قال")]


def test_wa_dhalika_after_a_comma_ends_the_clause() -> None:
    # an opener listed with its و (وذلك) is read as written, not only without the و
    assert _quotes("وأكد المدرب أن الفريق جاهز للمباراة، وذلك خلال ندوة صحفية عقدها أمس.") == [
        ("الفريق جاهز للمباراة", "المدرب", "وأكد")]


def test_wa_dhalika_without_a_comma_stays_in_the_clause() -> None:
    assert _quotes("وأكد المدرب أن الفريق جاهز وذلك بفضل عمل اللاعبين.") == [
        ("الفريق جاهز وذلك بفضل عمل اللاعبين", "المدرب", "وأكد")]


def test_wifqan_after_a_comma_ends_the_clause() -> None:
    # وفقا's و is its root's: strip_conj would read it as فقا
    assert _quotes("قال مسؤول إن الطريق أغلقت صباحا، وفقا لما نقلته إذاعة محلية.") == [
        ("الطريق أغلقت صباحا", "مسؤول", "قال")]


def test_wifq_before_a_schedule_stays_in_the_clause() -> None:
    # "in accordance with a schedule": the speaker's words go on
    assert _quotes("أعلنت الوزارة أن الامتحانات ستجري في موعدها، وفق رزنامة أعدت مسبقا.") == [
        ("الامتحانات ستجري في موعدها، وفق رزنامة أعدت مسبقا", "الوزارة", "أعلنت")]


def test_wifq_before_a_source_ends_the_clause() -> None:
    assert _quotes("أعلنت الوزارة أن الامتحانات ستجري في موعدها، وفق بلاغ الوزارة.") == [
        ("الامتحانات ستجري في موعدها", "الوزارة", "أعلنت")]


def test_hasab_with_a_pronoun_before_a_nature_noun_stays_in_the_clause() -> None:
    got = _quotes("وقال الوزير إن لكل هيئة قانونا خاصا، حسب طبيعتها، يضبط مهامها.")
    assert got == [("لكل هيئة قانونا خاصا، حسب طبيعتها، يضبط مهامها", "الوزير", "وقال")]


def test_hasab_with_a_pronoun_before_a_saying_noun_ends_the_clause() -> None:
    assert _quotes("وقال الوزير إن لكل هيئة قانونا خاصا، حسب تعبيره.") == [
        ("لكل هيئة قانونا خاصا", "الوزير", "وقال")]
