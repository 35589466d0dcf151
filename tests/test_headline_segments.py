"""Headlines inside a line of page furniture: segments cut at bars, runs of spaces and ``..``
between two headlines, a date stamp before the speaker; lists are no statements.
Sentences written for the test."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)
            if q.headline]


def test_a_section_label_before_a_bar_is_cut_off() -> None:
    got = _heads("حوار الأسبوع| مدرب المنتخب: سنلعب من أجل الفوز في كل المباريات")
    assert got == [("سنلعب من أجل الفوز في كل المباريات", "مدرب المنتخب")]


def test_a_bar_inside_the_speaker_words_without_a_headline_after_it() -> None:
    """The near miss: the segment after the bar holds no colon."""
    assert _heads("حوار الأسبوع| مدرب المنتخب يتحدث عن المباريات القادمة") == []


def test_two_headlines_joined_by_two_full_stops() -> None:
    got = _heads("رئيس النادي: الفريق قادر على العودة.. والمدرب: اللاعبون تعبوا")
    assert got == [("الفريق قادر على العودة", "رئيس النادي"), ("اللاعبون تعبوا", "المدرب")]


def test_two_full_stops_inside_a_statement_stay_in_it() -> None:
    """The near miss: no headline follows the ``..``; the statement runs on."""
    got = _heads("رئيس النادي: الفريق قادر على العودة.. والموسم ما زال طويلا")
    assert got == [("الفريق قادر على العودة.. والموسم ما زال طويلا", "رئيس النادي")]


def test_a_ticker_of_titles_separated_by_runs_of_spaces() -> None:
    text = ("افتتاح معرض الكتاب في دورته الجديدة    وزير الثقافة: الكتاب يبقى رفيق الأجيال"
            "    ارتفاع أسعار الخضر في الأسواق")
    assert _heads(text) == [("الكتاب يبقى رفيق الأجيال", "وزير الثقافة")]


def test_a_date_stamp_written_onto_the_speaker() -> None:
    got = _heads("مقالات ذات صلة\n- 2024-03-11نقابيون: الزيادة في الأجور لا تكفي لمجاراة الأسعار")
    assert got == [("الزيادة في الأجور لا تكفي لمجاراة الأسعار", "نقابيون")]


def test_a_date_stamp_before_a_title_without_a_speaker() -> None:
    """The near miss: a related-article line whose title has no colon."""
    assert _heads("- 2024-03-11نقابيون يحتجون أمام مقر الوزارة") == []


@pytest.mark.parametrize("text", [
    "المجموعة الأولى : النادي الأول * النادي الثاني الملعب البلدي * النادي الثالث",
    "التشكيلة : أحمد سالم - منير العياري - كريم بن علي - سامي الطرابلسي",
])
def test_a_list_after_a_colon_is_no_statement(text: str) -> None:
    assert _heads(text) == []


def test_one_dash_in_a_statement_keeps_the_headline() -> None:
    """The near miss: a dash that sets off a clause, not a list."""
    got = _heads("وزير التجارة: الأسعار ستنخفض - كما وعدنا - قبل نهاية الشهر")
    assert got == [("الأسعار ستنخفض - كما وعدنا - قبل نهاية الشهر", "وزير التجارة")]


def test_a_statement_noun_after_a_preposition_is_no_speaker() -> None:
    """وجاء في البلاغ: "...": the statement's words; its issuer is named elsewhere."""
    got = _heads('وجاء في البلاغ : "الجامعة ترفض كل أشكال العنف في الملاعب"')
    assert got == []
    # the near misses: an indefinite medium is the speaker's own (في حوار، في تصريح)
    got = _heads("وزير الخارجية في حوار مع الإذاعة: لن نقبل بأي تدخل في شؤوننا")
    assert got == [("لن نقبل بأي تدخل في شؤوننا", "وزير الخارجية")]
    # and a body whose name holds a medium noun is still a speaker
    got = _heads("حزب المؤتمر : لن نشارك في حكومة لا تحترم الدستور")
    assert [t for t, _ in got] == ["لن نشارك في حكومة لا تحترم الدستور"]
    assert got[0][1].startswith("حزب")


def _all(text: str) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker.text if q.speaker else None, q.headline)
            for q in extract_quotes(text)]


def test_a_name_and_role_line_then_the_speakers_paragraph() -> None:
    text = ("وهذه أبرز تصريحات اللاعبين بعد اللقاء\n\n* كريم العيادي، حارس الفريق:\n\n"
            "لعبنا بروح عالية، والفوز اليوم يمنحنا الثقة قبل المباراة القادمة.\n")
    got = _all(text)
    assert got == [("لعبنا بروح عالية، والفوز اليوم يمنحنا الثقة قبل المباراة القادمة",
                    "كريم العيادي، حارس الفريق", False)]


def test_a_line_ending_in_a_colon_without_a_name_and_role() -> None:
    """The near misses: a list opener, and a name with no role after a comma."""
    text = "وفيما يلي نتائج الجولة:\n\nفاز الفريق الأول على الفريق الثاني بهدفين.\n"
    assert _all(text) == []
    text = "كريم العيادي:\n\nلعبنا بروح عالية والفوز يمنحنا الثقة.\n"
    assert _all(text) == []


def test_a_topic_before_a_statement_with_its_own_verb_of_saying() -> None:
    """قضية ... : وزارة العدل توضح: the statement names who speaks; its lead is a topic."""
    assert _heads("تأخر صرف المنح الجامعية : وزارة التعليم العالي توضح الأسباب") == []
    assert _heads("غلاء أسعار الأدوية : نقابة الصيادلة تنفي وجود نقص في السوق") == []


def test_a_speaker_before_a_statement_with_a_verb_of_saying_stays() -> None:
    """The near misses: an office or a first name before the colon is the speaker even when
    the statement holds such a verb."""
    got = _heads("وزير الصحة : الوزارة توضح كل المعطيات للرأي العام قريبا")
    assert got == [("الوزارة توضح كل المعطيات للرأي العام قريبا", "وزير الصحة")]
    got = _heads("محمد العياري : النقابة تنفي ما يروج حول الإضراب")
    assert got == [("النقابة تنفي ما يروج حول الإضراب", "محمد العياري")]


def test_spaces_or_a_tab_after_the_colon_cut_nothing() -> None:
    for text in ("وزير التجارة :    الأسعار ستنخفض قبل نهاية الشهر",
                 "وزير التجارة:\tالأسعار ستنخفض قبل نهاية الشهر"):
        assert _heads(text) == [("الأسعار ستنخفض قبل نهاية الشهر", "وزير التجارة")]
