"""Leads before a colon that are no speakers: the event a news item is about and datelines of
delegations and quarters (places.txt, labels.txt).  Sentences written for the test."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)
            if q.headline]


@pytest.mark.parametrize("text", [
    "كأس العالم للرماية : البطل التونسي يحرز ميدالية فضية",
    "هجوم المطار : ارتفاع عدد الضحايا إلى عشرة",
    "الانتخابات البلدية : فتح باب الترشحات الأسبوع المقبل",
    "بن ڨردان : حجز كمية من البنزين المهرب في مستودع",
    "العاصمة : تعطل حركة الحافلات بسبب الأمطار الغزيرة",
])
def test_an_event_or_a_dateline_before_a_colon_is_no_speaker(text: str) -> None:
    assert _heads(text) == []


@pytest.mark.parametrize("text,speaker", [
    ("هيئة الانتخابات : لن نقبل أي ترشح بعد الآجال القانونية", "هيئة الانتخابات"),
    ("رئيس بلدية قرمبالية : المشروع سينطلق قبل نهاية السنة", "رئيس بلدية قرمبالية"),
])
def test_a_body_or_an_office_naming_an_event_or_place_stays_a_speaker(
        text: str, speaker: str) -> None:
    """The near misses: the event noun or the place stands after the speaker's head noun."""
    got = _heads(text)
    assert len(got) == 1 and got[0][1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('مدير مهرجان "ليالي المدينة" : الدورة القادمة ستكون مختلفة تماما',
     'مدير مهرجان "ليالي المدينة"'),
    ('مسؤول في "الصوناد" : الماء سيعود إلى الأحياء المتضررة الليلة', "مسؤول"),
])
def test_a_quoted_name_inside_a_speaker_phrase(text: str, speaker: str) -> None:
    got = _heads(text)
    assert len(got) == 1 and got[0][1].startswith(speaker)


@pytest.mark.parametrize("text", [
    'قضية "الطفلة المفقودة" : العثور عليها في منزل أحد أقاربها',
    'يعيش في "كوخ" : مواطن يطالب السلط الجهوية بمسكن لائق',
])
def test_marks_in_a_topic_before_a_colon(text: str) -> None:
    """The near misses: the lead is a topic (قضية) or a verb with its place (يعيش في)."""
    assert _heads(text) == []


def test_a_country_before_a_count_is_a_dateline() -> None:
    assert _heads("اليابان : مقتل 12 شخصا في انهيار أرضي") == []


def test_a_country_before_a_statement_without_a_count_stays_a_speaker() -> None:
    """The near miss: a state's own words (مصر : لن نسمح ...), no count."""
    got = _heads("اليابان : لن نقبل بأي تهديد لأمننا القومي")
    assert got == [("لن نقبل بأي تهديد لأمننا القومي", "اليابان")]
