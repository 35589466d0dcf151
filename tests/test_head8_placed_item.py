"""A headline lead that names a news item and its place (``مستشفى جهوي بالقيروان :``) is no
speaker, whatever weak evidence would read it as one (a first name at its head, a body
speaker that shares its last word); an office or a role before a place still speaks.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text) if q.headline]


_BODY = "\n\nتم فتح تحقيق في الحادثة صباح اليوم بعد شكاوى من الأولياء."


def test_a_lead_ending_in_bi_and_a_place_is_an_item_not_a_speaker() -> None:
    """رياض is a first name, but the lead names kindergartens in a town."""
    assert _heads("رياض أطفال عشوائية بسوسة : تجاوزات خطيرة في حق الصغار" + _BODY) == []


def test_a_hospital_in_a_town_is_the_items_place() -> None:
    assert _heads("مستشفى جهوي بالقيروان : العثور على ثعبان قرب قسم الإنعاش" + _BODY) == []


def test_an_office_before_a_place_still_speaks() -> None:
    """The near miss: the lead's head is an office, which the lists read first."""
    got = _heads("والي القيروان : التحقيق سيكشف كل الملابسات قريبا" + _BODY)
    assert got == [("التحقيق سيكشف كل الملابسات قريبا", "والي القيروان")]


def test_a_role_before_a_place_still_speaks() -> None:
    """The near miss: آمر (a commander) is a role noun of headline_leads.json."""
    got = _heads("آمر غرفة العمليات في بنغازي : الجيش يسيطر على كامل المنطقة" + _BODY)
    assert got == [("الجيش يسيطر على كامل المنطقة", "آمر غرفة العمليات في بنغازي")]


_DHOFAR = ("\n\nأعلنت بلدية ظفار أن عدد زوار محافظة ظفار تجاوز 900 ألف زائر منذ بداية "
           "الموسم.")


def test_a_word_the_text_names_as_a_place_makes_the_lead_an_item() -> None:
    """ظفار is in no list; the body writes it after محافظة, and the echo of بلدية ظفار's
    last word no longer vouches for the lead."""
    assert _heads("موسم خريف ظفار: 900 ألف زائر حتى الآن وشكاوى من الازدحام" + _DHOFAR) == []


def test_a_persons_name_without_a_place_still_speaks() -> None:
    """The near miss: a two-word lead whose later word the text writes as no place."""
    text = ("سالم المعشني : الموسم هذا العام استثنائي بكل المقاييس\n\nوقال سالم المعشني إن "
            "الموسم استثنائي.")
    assert _heads(text) == [("الموسم هذا العام استثنائي بكل المقاييس", "سالم المعشني")]


def test_a_country_without_bi_stays_in_a_partys_name() -> None:
    """The near miss: a country without ب names a party as often (نداء تونس)."""
    text = "نداء تونس : لن نشارك في الحكومة القادمة\n\nقالت حركة نداء تونس إنها لن تشارك."
    assert _heads(text) == [("لن نشارك في الحكومة القادمة", "نداء تونس")]
