"""A prepositional word right after a verb of saying is no subject: ل + an outlet's spelled
acronym or brand (قالت لبي بي سي، قال لفرانس24: engine/addressed_outlet.py) and ب + an
institution or office noun (أكد بمجلس نواب الشعب: engine/cue_speaker.py); the subject before
the verb speaks.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers

from quotecheck import extract_quotes


def test_a_spelled_acronym_outlet_is_no_speaker() -> None:
    text = ('وقال الوزير سامي الهادي إن الوضع "مستقر".\nلكن مصادر محلية قالت لبي بي سي إن'
            ' المنطقة "تشهد نشاطا متزايدا".')
    assert speakers(text)[-1] == "مصادر محلية"


def test_an_outlet_brand_with_a_digit_is_no_speaker() -> None:
    text = 'غير أن الناطق باسم البلدية قال لفرانس24 إن الأشغال "ستنتهي قريبا".'
    assert speakers(text) == ["الناطق باسم البلدية"]


def test_a_name_with_a_short_particle_is_no_acronym() -> None:
    """Near miss: وأوضح لو دريان أن: a name (Le Drian), the verb's subject."""
    assert speakers('وأوضح لو دريان أن بلاده "لن تتدخل".') == ["لو دريان"]


def test_ba_and_an_institution_after_the_verb_is_a_place() -> None:
    text = ('وكان وزير الداخلية محمد ناجم الغرسلي أكد بمجلس نواب الشعب أمس "عدم وجود إرادة'
            ' للمس من حرية التعبير".')
    assert speakers(text) == ["وزير الداخلية محمد ناجم الغرسلي"]


def test_a_body_that_starts_with_ba_speaks() -> None:
    """Near miss: بلدية is a body itself, no ب + a body: the verb's subject."""
    assert speakers('وقالت بلدية تونس إن الأشغال "ستنتهي قريبا".') == ["بلدية تونس"]


def test_ba_and_an_office_before_the_verb_keeps_the_person() -> None:
    """Near miss: ب + an office BEFORE the verb (وباتصالنا بمدير ...، أوضح): the person
    contacted is the speaker, his name is kept."""
    got = [q.speaker_name for q in extract_quotes(
        'وباتصالنا بمدير المستشفى سامي الهادي أوضح أن المريض "في حالة مستقرة".')]
    assert got == ["سامي الهادي"]
