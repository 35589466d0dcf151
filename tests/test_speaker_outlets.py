"""The outlet or journalist addressed after a speaker ends the phrase (مصدر أمني لجوهرة أف أم،
رئيس البلدية لصحفي الشروق), a correspondent's name after ل + correspondent noun is no speaker
(وأوضح لموفدة "الجوهرة أف أم" نهلة بوغنجة، ... أنه), and آنذاك after an office is its date
(``engine.speakers``, data/media.txt, time_words.txt, speaker_words.json
``correspondent_nouns``).  Sentences written for the test, shaped like ANT news
(../shared/data/ant, Apache-2.0)."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes


def test_l_and_an_outlet_ends_the_phrase() -> None:
    got = _speakers('وأكد مصدر أمني لجوهرة "أف أم" أن الموقوف يحمل الجنسية الليبية.')
    assert got == ["مصدر أمني"]


def test_l_and_the_agency_wat_ends_the_phrase() -> None:
    assert _speakers("وأكد رئيس البلدية لوات أن الأشغال ستنطلق قريبا.") == ["رئيس البلدية"]


def test_l_and_a_journalist_ends_the_phrase() -> None:
    got = _speakers("وأكد رئيس البلدية لصحفي الشروق أن الأشغال ستنطلق قريبا.")
    assert got == ["رئيس البلدية"]


def test_the_correspondent_noun_as_subject_stays_the_speaker() -> None:
    """The near miss: without ل the correspondent is the verb's subject."""
    got = _speakers("وأفاد مراسل الجوهرة أف أم أن الحريق اندلع صباح اليوم.")
    assert got == ["مراسل الجوهرة أف أم"]


def test_the_correspondent_name_after_the_outlet_is_no_speaker() -> None:
    text = ("قال وزير التجهيز محمد صالح العرفاوي إنه لا شبهة فساد في المشروع.\n"
            'وأوضح لموفدة "الجوهرة أف أم" نهلة بوغنجة، على هامش الزيارة، أنه يتم عادة'
            " التدقيق في الصفقات.")
    qs = extract_quotes(text)
    assert [q.speaker.text if q.speaker else None for q in qs][1] != "نهلة بوغنجة"
    assert "العرفاوي" in (qs[1].speaker_name or "")


def test_a_title_after_the_correspondent_outlet_is_the_speaker() -> None:
    """The near miss: an office after the outlet is the verb's subject."""
    got = _speakers("وأكد لموفد الجوهرة أف أم الوالي أن المشروع سينطلق.")
    assert got == ["الوالي"]


def test_then_after_an_office_ends_the_phrase() -> None:
    got = _speakers("وقال مستشار رئيس الجمهورية آنذاك إن الانضمام لا يعني التدخل العسكري.")
    assert got == ["مستشار رئيس الجمهورية"]


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_correspondent_of_an_outlet_is_named_by_the_phrase() -> None:
    """مراسل الجوهرة أف أم: the outlet's name is no person's name."""
    got = _names("وأفاد مراسل الجوهرة أف أم أن الحريق اندلع صباح اليوم.")
    assert got == ["مراسل الجوهرة أف أم"]


def test_a_correspondent_named_after_the_outlet_keeps_the_name() -> None:
    """The near miss: a person's name after the outlet is the correspondent's."""
    got = _names("وأفاد مراسل الجوهرة أف أم سامي العلاقي أن الحريق اندلع.")
    assert got == ["سامي العلاقي"]


def test_a_mother_is_no_outlet() -> None:
    """The near miss: أم (mother) without an outlet word before it."""
    got = _names("وقالت أم الشهيد عاطف الجبري إن الحريق اندلع.")
    assert got == ["أم الشهيد عاطف الجبري"]
