"""Headline forms of web pages (round 7): a second speaker after a news item and ``..``
(``TOPIC.. والحكومة: ...``), with or without و, and an unnamed source joined by و.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_BODY = "\n\nاجتمع النواب اليوم في البرلمان."


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text + _BODY) if q.headline]


def test_a_two_word_statement_after_a_news_item_and_a_joined_speaker() -> None:
    got = _heads("نواب يطالبون بتأجيل تطبيق القرار الجديد.. والحكومة: القرار نهائي")
    assert got == [("القرار نهائي", "الحكومة")]


def test_a_two_word_statement_after_a_topic_lead_is_no_quote() -> None:
    """The near miss: the words after ``..`` name a topic, no speaker."""
    assert _heads("نواب يطالبون بتأجيل تطبيق القرار الجديد.. والأسعار: ارتفاع جديد") == []


def test_an_unnamed_source_joined_by_wa_after_a_news_item() -> None:
    got = _heads("اتفاق على آلية مؤقتة لتقاسم المياه.. ومصدر حكومي: الاتفاق لا يلبي الحد الأدنى")
    assert got == [("الاتفاق لا يلبي الحد الأدنى", "مصدر حكومي")]


def test_a_photo_credit_joined_by_wa_is_no_source() -> None:
    """The near miss: مصدر before a definite word is the page label (مصدر الصورة)."""
    got = _heads("اتفاق على آلية مؤقتة لتقاسم المياه.. ومصدر الصورة: وكالة الأنباء الرسمية للبلاد")
    assert got == []


_MET_BODY = "\n\nتوقع المركز الوطني للأرصاد أن تستمر الأمطار حتى نهاية الأسبوع."


def test_an_institutions_short_name_in_marks_before_the_colon() -> None:
    got = [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(
        "«الأرصاد»: أمطار متفرقة على المناطق الشمالية حتى الخميس" + _MET_BODY) if q.headline]
    assert got == [("أمطار متفرقة على المناطق الشمالية حتى الخميس", "الأرصاد")]


def test_a_topic_in_marks_before_the_colon_is_no_speaker() -> None:
    """The near miss: the text writes the marked word after no institution's noun."""
    got = [q for q in extract_quotes(
        "«الامتحانات»: جدل واسع بين الطلاب في المدارس الثانوية" + _MET_BODY) if q.headline]
    assert got == []


def test_a_programmes_name_in_marks_is_no_speaker() -> None:
    """The near miss: an indefinite word in marks names a programme."""
    got = [q for q in extract_quotes(
        "«مشروعي»: آلاف فرص العمل للشباب في الجهات الداخلية" + _MET_BODY) if q.headline]
    assert got == []


def test_a_portfolio_in_a_territory_speaks_for_its_ministry() -> None:
    got = _heads("الصحة في غزة: نفاد نصف الأدوية الأساسية من المستودعات")
    assert got == [("نفاد نصف الأدوية الأساسية من المستودعات", "الصحة في غزة")]


def test_a_portfolio_then_a_place_after_bi_stays_a_topic() -> None:
    """The near miss: ب and a town (الصحة بالقيروان :) frame a local news item."""
    assert _heads("الصحة بالقيروان: ارتفاع عدد الإصابات بالحصبة في المدارس") == []


def test_a_two_word_lead_the_body_names_as_a_verb_of_sayings_subject() -> None:
    text = ("الهلال الأحمر: صعوبات كبيرة في استقبال المهاجرين على الحدود\n\n"
            "وحذرت جمعية الهلال الأحمر من تفاقم الأوضاع في المخيمات الحدودية.")
    got = [(q.text, q.speaker.text if q.speaker else None)
           for q in extract_quotes(text) if q.headline]
    assert got == [("صعوبات كبيرة في استقبال المهاجرين على الحدود", "الهلال الأحمر")]


def test_a_two_word_lead_the_body_names_after_another_verb_is_a_topic() -> None:
    """The near miss: the body writes the lead after a verb that reports no speech."""
    text = ("الهلال الأحمر: صعوبات كبيرة في استقبال المهاجرين على الحدود\n\n"
            "وزار وفد من الهلال الأحمر المخيمات الحدودية أمس.")
    assert [q for q in extract_quotes(text) if q.headline] == []


def test_a_lead_the_body_names_after_an_unnamed_source_and_min() -> None:
    text = ("الهلال الأحمر: صعوبات كبيرة في استقبال المهاجرين على الحدود\n\n"
            "وقال مسؤول من الهلال الأحمر إن المخيمات الحدودية مكتظة.")
    got = [(q.text, q.speaker.text if q.speaker else None)
           for q in extract_quotes(text) if q.headline]
    assert got == [("صعوبات كبيرة في استقبال المهاجرين على الحدود", "الهلال الأحمر")]


def test_a_speaker_phrase_stops_before_the_circumstance_of_its_statement() -> None:
    text = ("وزير التربية بعد اجتماع الحكومة: لا تغيير في مواعيد الامتحانات النهائية\n"
            "أكد وزير التربية أن الامتحانات ستجرى في موعدها.")
    got = [(q.text, q.speaker.text if q.speaker else None)
           for q in extract_quotes(text) if q.headline]
    assert got == [("لا تغيير في مواعيد الامتحانات النهائية", "وزير التربية")]


def test_an_offices_own_complement_after_fi_stays_in_the_speaker() -> None:
    """The near miss: في joins the office's place (no circumstance preposition)."""
    got = _heads("المتحدث باسم وزارة الصحة في غزة: نفاد نصف الأدوية الأساسية من المستودعات")
    assert got == [("نفاد نصف الأدوية الأساسية من المستودعات", "المتحدث باسم وزارة الصحة في غزة")]


def test_a_time_frame_before_the_colon_is_no_speaker() -> None:
    """الأسبوع is also a spelling in person_names.txt: the adjective of relative time makes
    the lead a time frame."""
    assert _heads("الأسبوع القادم: جلسة جديدة للبرلمان حول الميزانية") == []


def test_an_office_then_an_adjective_that_is_no_time_speaks() -> None:
    """The near miss: an office then its own adjective (السابق is no relative time)."""
    got = _heads("الوزير السابق: لن أترشح للانتخابات البلدية المقبلة")
    assert got == [("لن أترشح للانتخابات البلدية المقبلة", "الوزير السابق")]


def test_two_words_in_marks_are_no_speaker_even_after_an_institutions_noun() -> None:
    """The near miss of MARKED_LEAD_WORDS = 1: two words in marks name a programme or a
    sport (``«فوت صال»:``), though the body writes them after an institution's noun."""
    got = [q for q in extract_quotes(
        "«فوت صال»: المنتخب يستعد للبطولة القارية\n\nأعلنت جامعة كرة القدم «فوت صال» عن "
        "قائمة اللاعبين.") if q.headline]
    assert got == []
