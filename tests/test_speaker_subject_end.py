"""What follows a verb's subject ends the speaker phrase: a verbal noun that opens the object
(جدد الوالي محسن بن سالم عدم وعده، أكد المسؤول أهمية استقطاب), an adverbial (بالمناسبة،
مجددا، ردا) or an accusative participle of manner (مخاطبا) (``engine.speakers``
``ends_subject``; speaker_words.json ``object_nouns``, ``adverbs_after_subject``).  Sentences
written for the test, shaped like ANT news (../shared/data/ant, Apache-2.0)."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_a_verbal_noun_after_the_name_opens_the_object() -> None:
    got = _speakers("وجدد والي الجهة محسن بن سالم عدم وعده بتشغيلهم، مؤكدا أن الحل قريب.")
    assert got == [("والي الجهة محسن بن سالم", "محسن بن سالم")]


def test_a_verbal_noun_after_a_definite_title_opens_the_object() -> None:
    got = _speakers("وأكد المسؤول أهمية استقطاب الطلبة الأفارقة، مشيرا إلى أن الجامعة جاهزة.")
    assert got == [("المسؤول", "المسؤول")]


def test_a_verbal_noun_in_a_body_name_stays() -> None:
    """The near miss: after an indefinite office or body noun, عدم is part of its name."""
    got = _speakers("وقال رئيس لجنة عدم الانحياز إن الحل قريب.")
    assert got[0][0] == "رئيس لجنة عدم الانحياز"


def test_an_adverbial_after_the_name_ends_the_phrase() -> None:
    got = _speakers("وقالت رئيسة الجمعية ابتسام جمعة بالمناسبة إن الحملة ناجحة.")
    assert got == [("رئيسة الجمعية ابتسام جمعة", "ابتسام جمعة")]


def test_an_adverbial_after_a_title_is_no_name() -> None:
    assert _speakers("وقال الوزير مجددا إن الحل قريب.") == [("الوزير", "الوزير")]


def test_a_participle_of_manner_ends_the_phrase() -> None:
    got = _speakers("وقال جاك لانغ مخاطبا سكان العالم العربي إن الحل قريب.")
    assert got == [("جاك لانغ", "جاك لانغ")]


def test_a_foreign_name_of_the_participle_shape_stays() -> None:
    """The near miss: ميستورا has the shape مُفعِلا but a long vowel second: a name."""
    got = _speakers("وقال مبعوث الأمم المتحدة ستافان دي ميستورا اليوم إن الحل قريب.")
    assert got[0][1] == "ستافان دي ميستورا"


def test_the_verb_preposition_before_the_object_goes_with_it() -> None:
    got = _speakers("وأشار الوزير إلى أهمية السوق الإفريقية، مبينا أن الحكومة تعمل.")
    assert got[0][0] == "الوزير"


def test_a_noun_after_a_full_name_opens_the_object() -> None:
    """وصف الوزير سليم خلبوس واقع أصحاب الشهادات: the participle after it takes the minister,
    not the speaker of the quote before."""
    text = ("وقال الوزير أحمد الصالح إن الوضع صعب. ووصف وزير التعليم العالي سليم خلبوس واقع"
            " أصحاب الشهادات بالصعب، مؤكدا أنه سيعمل على حله.")
    assert _speakers(text)[1] == ("وزير التعليم العالي سليم خلبوس", "سليم خلبوس")


def test_a_surname_before_a_preposition_stays() -> None:
    """The near miss: an unknown third word before في or a complementizer is the surname."""
    got = _speakers("وأكد وزير التجهيز محمد صالح العرفاوي في تصريح أن الوضع صعب.")
    assert got[0][1] == "محمد صالح العرفاوي"


def test_a_name_of_joined_parts_goes_on() -> None:
    """The near miss: أنور بن محمد قرقاش is one name (a joiner inside it)."""
    got = _speakers("وقال وزير الدولة أنور بن محمد قرقاش تغريدات كثيرة إن الوضع صعب.")
    assert "قرقاش" in (got[0][0] or "")


def test_the_object_after_a_comma_is_no_apposition() -> None:
    """نفى وزير النقل، ما تم تداوله: ما after the comma opens the object, no name."""
    text = ("وقال الوزير أحمد الصالح إن الوضع صعب. ونفى وزير النقل، ما تم تداوله حول الإضراب،"
            " مؤكدا أن الرحلات ستتواصل.")
    assert _speakers(text)[1] == ("وزير النقل", "وزير النقل")


def test_a_name_after_the_comma_is_apposition() -> None:
    """The near miss: a person's name after the comma goes on the title."""
    got = _speakers("وقال وزير النقل، أنيس غديرة، إن الرحلات ستتواصل.")
    assert got[0][1] == "أنيس غديرة"


def test_an_identity_noun_is_no_speaker() -> None:
    """طلب عدم كشف هويته: هويته is the object of كشف, never a speaker."""
    got = _speakers('وقال عقيد في الشرطة طلب عدم كشف هويته إن "الهجوم أسفر عن قتلى"، موضحا أن'
                    " القوات تطارد المهاجمين.")
    assert all(sp != "هويته" for sp, _ in got) and got[0][0] is not None


def test_a_participle_of_manner_right_after_the_verb_is_no_speaker() -> None:
    got = _speakers("وقال مسؤول حكومي قطري تحدث مشترطا عدم نشر اسمه إن الحصار لن يؤثر.")
    assert got == [("مسؤول حكومي قطري", "مسؤول حكومي قطري")]


def test_a_noun_with_our_after_the_verb_is_the_speaker() -> None:
    """The near miss: مراسلنا has the participle's shape but is a noun with نا."""
    assert _speakers("وأوضح مراسلنا أن الحريق اندلع ليلا.") == [("مراسلنا", "مراسلنا")]
