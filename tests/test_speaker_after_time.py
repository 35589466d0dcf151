"""A verb that opens its sentence may be followed by a time adverbial before its subject
(قال اليوم الاثنين محافظ البنك المركزي إن): the subject after it is the speaker
(``engine.cue_speaker.subject_after_time``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes


def test_a_titled_subject_after_the_day_is_the_speaker() -> None:
    text = "قال اليوم الاثنين محافظ البنك المركزي إن الدينار سيستقر قريبا."
    assert _speakers(text) == ["محافظ البنك المركزي"]


def test_a_named_subject_after_a_date_is_the_speaker() -> None:
    text = "أكد صباح الجمعة 12 ماي سامي العياري رئيس الجمعية أن الموسم سيكون جيدا."
    quotes = extract_quotes(text)
    assert quotes[0].speaker_name == "سامي العياري"


def test_the_subject_names_the_bare_verbs_after_it() -> None:
    text = ("أعلن اليوم الأحد الناطق الرسمي باسم الجمعية سامي العياري أن المهرجان سيقام في"
            " موعده. وأضاف أن البرنامج جاهز.")
    assert [q.speaker_name for q in extract_quotes(text)] == ["سامي العياري"] * 2


def test_an_object_after_the_time_is_no_speaker() -> None:
    """The near miss: after أعلن مساء الجمعة comes the object (حصول), not a subject, so
    the subject named before the verb stays the speaker."""
    text = ("وكان فريق الحملة أعلن مساء الجمعة حصول عملية قرصنة واسعة، معتبرا أنها"
            " محاولة لزعزعة الاستقرار.")
    assert _speakers(text) == ["فريق الحملة"]


def test_a_verb_inside_a_sentence_keeps_its_earlier_subject() -> None:
    """The near miss: the verb does not open its sentence (وكان الحزب قد أعلن الاثنين):
    its subject stands before it; the time words are not skipped to an object."""
    text = ("وكان الحزب الدستوري قد أعلن الاثنين الماضي أن التحركات الميدانية ستتواصل.")
    assert _speakers(text) == ["الحزب الدستوري"]


def test_a_comma_after_the_time_words() -> None:
    text = ("أفاد اليوم الخميس، الناطق باسم المحكمة الابتدائية سامي العياري أنه تم عرض"
            " المتهم على القاضي.")
    assert extract_quotes(text)[0].speaker_name == "سامي العياري"


def test_a_comma_then_the_complementizer_gives_no_subject() -> None:
    """The near miss: nothing but the clause after the comma: no speaker read."""
    assert _speakers("أعلن اليوم، أن الاجتماع تأجل.") == [None]


def test_a_period_after_the_subject_ends_it() -> None:
    """الأسبوع الماضي after a body (speaker_words.json period_nouns + period_adjectives)
    is a time adverbial, no part of the speaker."""
    text = "وأعلنت وزارة الدفاع الأسبوع الماضي أن الجيش قتل ثلاثة مسلحين."
    assert _speakers(text) == ["وزارة الدفاع"]


def test_a_period_after_the_verb_is_no_speaker() -> None:
    text = "وكانت وزارة الأمن الداخلي قد حذرت الأسبوع الماضي من أن الهجمات قد تتكرر."
    assert _speakers(text) == ["وزارة الأمن الداخلي"]


def test_the_general_office_before_an_adjective_of_time_stays() -> None:
    """The near miss: العام after a title is the office (الأمين العام المقبل), not the
    year."""
    text = "وقال الأمين العام المقبل للأمم المتحدة إن المنظمة ستتغير."
    assert _speakers(text) == ["الأمين العام المقبل للأمم المتحدة"]


def test_a_month_that_is_a_surname_after_a_first_name() -> None:
    """ماي (May, a time word) after a word of a name, ending the phrase: a surname."""
    text = "وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها ستغادر الاتحاد."
    assert _speakers(text) == ["رئيسة الوزراء البريطانية تيريزا ماي"]


def test_a_month_with_its_year_is_no_surname() -> None:
    """The near miss: في ماي 2017 is a date, and شهر ماي the month."""
    text = "أعلن الحزب في شهر ماي أن المؤتمر سيعقد في جوان."
    assert _speakers(text) == ["الحزب"]
