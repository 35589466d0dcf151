"""What the body says about a headline's lead that no list holds: a place (after a place
noun or في) is a dateline; a person's name (after a first name, an office or the end of an
office phrase) speaks. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)
            if q.headline]


def test_a_lone_word_the_body_names_as_a_town_is_a_dateline() -> None:
    text = ("قلقيلية : هدم منزلين بحجة البناء دون ترخيص\n\n"
            "هدمت جرافات الاحتلال صباح اليوم منزلين في مدينة قلقيلية.")
    assert _heads(text) == []


def test_a_lone_word_after_in_is_a_dateline() -> None:
    text = ("قلقيلية : هدم منزلين بحجة البناء دون ترخيص\n\n"
            "هدمت جرافات الاحتلال صباح اليوم منزلين في قلقيلية.")
    assert _heads(text) == []


def test_a_lone_surname_the_body_names_after_a_first_name_speaks() -> None:
    """The near miss of the two above: the same shape, the body names a person."""
    text = ("لوكاشينكو : بلادنا لن تنجر إلى الحرب\n\n"
            "قال الرئيس البيلاروسي ألكسندر لوكاشينكو إن بلاده لن تشارك في القتال.")
    assert _heads(text) == [("بلادنا لن تنجر إلى الحرب", "لوكاشينكو")]


def test_a_two_word_foreign_name_after_an_office_phrase() -> None:
    text = ("يانيس فاروفاكيس : أوروبا تعاقب الفقراء\n\n"
            "التقى وزير المالية اليوناني يانيس فاروفاكيس بطلبة الجامعة في أثينا.")
    assert _heads(text) == [("أوروبا تعاقب الفقراء", "يانيس فاروفاكيس")]


def test_a_two_word_topic_the_body_repeats_is_no_name() -> None:
    """The near miss: the lead's words follow a verb in the body, no name nor office."""
    text = ("حرائق غابات : النيران تلتهم مئات الهكتارات\n\n"
            "اندلعت حرائق غابات في ولايات الشمال منذ يومين.")
    assert _heads(text) == []


def test_a_name_with_a_link_word_after_a_first_name() -> None:
    text = ("أبو الغيط : الجامعة ترفض أي تدخل في شؤون السودان\n\n"
            "أكد الأمين العام للجامعة أحمد أبو الغيط رفض أي تدخل خارجي.")
    assert _heads(text) == [("الجامعة ترفض أي تدخل في شؤون السودان", "أبو الغيط")]


def test_a_club_after_an_office_without_its_article_is_no_name() -> None:
    """The near miss of the office phrase: رئيس X governs X, a club, no person's name."""
    text = ("نسور المدينة : الهيئة تقرر إقالة المدرب\n\n"
            "قرر رئيس نسور المدينة إقالة المدرب بعد الهزيمة الثالثة.")
    assert _heads(text) == []


def test_a_two_word_name_after_a_definite_office() -> None:
    text = ("نيكوس خريستودوليدس : قبرص لن تكون طرفا في أي حرب\n\n"
            "استقبل الرئيس نيكوس خريستودوليدس وفدا أوروبيا في نيقوسيا.")
    assert _heads(text) == [("قبرص لن تكون طرفا في أي حرب", "نيكوس خريستودوليدس")]


def test_a_place_with_a_link_word_is_a_dateline() -> None:
    """The near miss: أبو before a place that the body names after في."""
    text = ("أبو ظبي : افتتاح معرض الدفاع الدولي\n\n"
            "افتتح في أبو ظبي معرض الدفاع الدولي بمشاركة واسعة.")
    assert _heads(text) == []


def test_a_definite_surname_after_a_compound_first_name() -> None:
    text = ("البرهان : لا تفاوض مع المتمردين\n\n"
            "جدد رئيس مجلس السيادة عبد الفتاح البرهان رفضه لأي تفاوض.")
    assert _heads(text) == [("لا تفاوض مع المتمردين", "البرهان")]


def test_a_definite_topic_after_a_definite_word_is_no_surname() -> None:
    """The near miss: the definite lead follows a definite noun, no name's first part."""
    text = ("البرهان : لا تفاوض مع المتمردين\n\n"
            "قدم المحامي البرهان على براءة موكله أمام المحكمة.")
    assert _heads(text) == []


def test_a_surname_then_the_circumstance_of_the_statement() -> None:
    text = ("فون دير لاين أمام البرلمان الأوروبي: الاتحاد سيبقى موحدا\n\n"
            "أكدت رئيسة المفوضية أورسولا فون دير لاين أن التكتل متماسك.")
    got = _heads(text)
    assert [t for t, _ in got] == ["الاتحاد سيبقى موحدا"]
    text = ("كيشيدا ردا على بيونغ يانغ: لن نقبل بالتهديد\n\n"
            "قال رئيس الوزراء الياباني فوميو كيشيدا إن بلاده سترد.")
    assert _heads(text) == [("لن نقبل بالتهديد", "كيشيدا")]


def test_a_noun_then_a_preposition_phrase_is_a_topic() -> None:
    """The near miss: the lead's first word is no name the body gives (أسلحة في حاوية)."""
    text = ("أسلحة في حاوية : حجز كمية من البنادق\n\n"
            "حجزت مصالح الديوانة أسلحة في حاوية قادمة من الخارج.")
    assert _heads(text) == []


def test_an_organisation_named_in_marks_after_its_body_noun() -> None:
    got = _heads('جمعية "شباب ضد الفساد" : الحكومة تتستر على ملفات الفساد')
    assert got == [("الحكومة تتستر على ملفات الفساد", 'جمعية "شباب ضد الفساد"')]


def test_an_event_named_in_marks_is_a_topic() -> None:
    """The near miss: an event's noun (a label) before the name in marks."""
    assert _heads('مهرجان "أيام المسرح" : افتتاح الدورة الجديدة بحضور كبير') == []


def test_a_definite_surname_after_a_speaking_headline_and_two_full_stops() -> None:
    got = _heads("عباس: لن نقبل بالتهجير.. والرجوب: الانتخابات في موعدها")
    assert got == [("لن نقبل بالتهجير", "عباس"), ("الانتخابات في موعدها", "الرجوب")]


def test_a_definite_word_after_a_topic_headline_is_no_surname() -> None:
    """The near miss: the first lead is a topic, so nothing vouches for the second."""
    assert _heads("غلاء المعيشة: الأسعار تواصل الارتفاع.. الرجوب: الانتخابات في موعدها") == []


def test_a_person_name_before_first_person_words_in_marks() -> None:
    got = _heads('سامي العلوي "سنواصل النضال حتى تحقيق مطالبنا"')
    assert got == [("سنواصل النضال حتى تحقيق مطالبنا", "سامي العلوي")]


def test_a_person_name_before_a_title_in_marks_is_no_headline() -> None:
    """The near miss: a singer's song in marks, no first person."""
    assert _heads('سامي العلوي "ليالي الصيف في المدينة"') == []
