"""Headline leads of round 4 (silverc): a ministry portfolio speaks alone or with other
portfolios, an outlet addressed in marks is no part of the lead, an unnamed source with its
adjective speaks although مصدر is also a page label, and a participle before the colon has
the phrase before it as its subject.  Sentences written for the test."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker.text if q.speaker else None, q.headline)
            for q in extract_quotes(text)]


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(t, sp) for t, sp, head in _quotes(text) if head]


@pytest.mark.parametrize("text,speaker", [
    ("الداخلية : إيقاف ثلاثة أشخاص بحوزتهم أسلحة بيضاء", "الداخلية"),
    ("الداخلية والدفاع : مقتل عنصرين مسلحين في عملية مشتركة", "الداخلية والدفاع"),
    ("الشؤون الدينية : صلاة العيد في الساحات العامة هذا العام", "الشؤون الدينية"),
])
def test_a_portfolio_lead_speaks_for_its_ministry(text: str, speaker: str) -> None:
    assert [sp for _, sp in _heads(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "المرأة والسرطان : الأرقام تتضاعف في السنوات الأخيرة",
    "الصحة بالقيروان : نقص فادح في الأطباء المختصين",
])
def test_a_portfolio_word_with_a_topic_or_a_place_is_a_topic(text: str) -> None:
    """The near misses: a noun joined by و that is no portfolio, or a place after ب."""
    assert _heads(text) == []


@pytest.mark.parametrize("text,speaker", [
    ("رئيس الحكومة لـ«القناة الأولى»: الإصلاحات ستتواصل رغم الصعوبات", "رئيس الحكومة"),
    ('الجبالي لـ"الإذاعة الوطنية": الحزب لن يشارك في الحكومة القادمة', "الجبالي"),
])
def test_an_outlet_addressed_in_marks_ends_the_lead(text: str, speaker: str) -> None:
    assert [sp for _, sp in _heads(text)] == [speaker]


def test_a_quoted_name_after_l_inside_a_topic_stays_a_topic() -> None:
    """The near miss: ل + marks end the lead, but what stands before them is no speaker."""
    assert _heads('جزء ثان لـ"حكايات المدينة" : المخرج يكشف موعد التصوير') == []


def test_an_unnamed_source_with_its_adjective_is_a_headline_speaker() -> None:
    assert [sp for _, sp in _heads("مصدر أمني : القبض على ثلاثة مهربين قرب الحدود")] == [
        "مصدر أمني"]


def test_the_source_label_of_a_picture_is_no_speaker() -> None:
    """The near miss: مصدر then a definite noun is the page label (مصدر الصورة :)."""
    assert _heads("مصدر الصورة : وكالة الأنباء الفرنسية للصور") == []


@pytest.mark.parametrize("text,speaker", [
    ("وزير التجارة مؤكدا: الأسعار ستنخفض قبل شهر رمضان\n\nقال الوزير إن التموين عادي.",
     "وزير التجارة"),
    ("الرئيس محذرا: لن نسمح بأي تدخل في شؤوننا الداخلية\n\nجاء ذلك في خطاب.", "الرئيس"),
])
def test_a_participle_lead_has_the_phrase_before_it_as_speaker(text: str, speaker: str) -> None:
    got = _quotes(text)
    assert got and got[0][1] == speaker and not got[0][2]


def test_a_participle_lead_after_a_preposition_takes_no_speaker_from_the_lead() -> None:
    """The near miss: بعد + noun before the participle frames the item, no speaker phrase."""
    got = _quotes("بعد اللقاء مؤكدا: الاتفاق سيمضى الأسبوع المقبل\n\nانتهى الاجتماع.")
    assert all(sp != "بعد اللقاء" for _, sp, _ in got)


def test_a_speaker_phrase_ending_a_run_of_titles_is_a_headline_speaker() -> None:
    """A menu of titles flattened onto one line: the last title's lead is its last words."""
    text = ("أسعار الذهب ترتفع مجددا في الأسواق المحلية.. الأمطار تغرق شوارع المدينة القديمة "
            "منتخب الشباب يتأهل إلى النهائي مسؤول حكومي: الرواتب ستصرف قبل نهاية الأسبوع")
    assert _heads(text) == [("الرواتب ستصرف قبل نهاية الأسبوع", "مسؤول حكومي")]


@pytest.mark.parametrize("text", [
    # prose: a comma in the long lead
    "وفي سياق متصل، تحدث المشاركون طويلا عن الأوضاع الصعبة في المنطقة الحدودية مع "
    "المسؤول الجهوي: الطرقات مغلقة منذ أيام",
    # the office word is a complement (لمؤتمر الحزب)
    "وجاءت الكلمة في الجلسة الافتتاحية الطويلة لمؤتمر الحزب الجمهوري بالعاصمة اليوم "
    "لمدير الحملة: نحن جاهزون للانتخابات",
])
def test_a_long_lead_in_prose_gives_no_ticker_speaker(text: str) -> None:
    """The near misses: a comma in the lead, or the office word after a ل-word."""
    assert _heads(text) == []


@pytest.mark.parametrize("text,speaker", [
    ("إعلام عبري: الجيش يستعد لعملية واسعة في الشمال", "إعلام عبري"),
    ("صحافة فرنسية : الحكومة ستستقيل خلال أيام قليلة", "صحافة فرنسية"),
])
def test_the_media_of_a_country_without_the_article_speak(text: str, speaker: str) -> None:
    assert [sp for _, sp in _heads(text)] == [speaker]


def test_news_about_something_is_no_medium() -> None:
    """The near miss: أنباء (الأنباء in media.txt) before a preposition, not an adjective."""
    assert _heads("أنباء عن استقالة المدرب : الهيئة المديرة تنفي كل شيء") == []


@pytest.mark.parametrize("text,speaker", [
    ("الناجون من الزلزال : فقدنا كل شيء في لحظات قليلة", "الناجون من الزلزال"),
    ("مسؤول من وزارة التجارة : الأسعار ستستقر قبل شهر رمضان", "مسؤول من وزارة التجارة"),
    ("جمعية الدفاع عن البيئة : التلوث بلغ مستويات خطيرة في الخليج", "جمعية الدفاع عن البيئة"),
])
def test_a_complement_of_a_group_source_or_body_stays_in_the_speaker(
        text: str, speaker: str) -> None:
    assert [sp for _, sp in _heads(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("رئيس الحكومة من القيروان : سنطلق مشاريع كبرى في الجهة", "رئيس الحكومة"),
    ("مسؤول من الوزارة إلى الجهات : سنراقب الأسعار بأنفسنا", "مسؤول"),
])
def test_an_office_holders_place_or_a_longer_route_is_no_complement(
        text: str, speaker: str) -> None:
    """The near misses: an office holder's من is his place; a complement with إلى is a route."""
    assert [sp for _, sp in _heads(text)] == [speaker]


def test_the_subject_of_a_verb_in_the_lead_speaks() -> None:
    got = _heads("الجبالي يوجه رسالة إلى أنصاره : الحزب سيبقى موحدا رغم الخلافات")
    assert got == [("الحزب سيبقى موحدا رغم الخلافات", "الجبالي")]


def test_a_topic_before_a_verb_in_the_lead_is_no_speaker() -> None:
    """The near miss: the word before the verb reads as no speaker (an illness)."""
    assert _heads("الكوليرا تجتاح المدينة : إصابة ثلاثة آلاف شخص يوميا") == []
