"""Shapes of a headline's lead before its colon that speak, or do not, without a body that
names the speaker: an institution of a state or a region of states (a noun and a relational
adjective), and the near misses beside each.  Sentences marked ANT come from the Arabic News
Texts corpus (Apache-2.0); the others were written for these tests."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text, nlp=None) if q.headline]


@pytest.mark.parametrize("text,speaker", [
    # ANT JA-internationalNews-472-20151204
    ("الشرطة الأمريكية : المرأة المشاركة في هجوم كاليفورنيا بايعت زعيم داعش",
     "الشرطة الأمريكية"),
    ("المجموعة الأوروبية : الاتفاق خطوة مهمة نحو السلام في المنطقة", "المجموعة الأوروبية"),
    ("التحالف الدولي : الضربات ستتواصل حتى تحرير المدينة", "التحالف الدولي"),
])
def test_an_institution_of_a_state_or_region_speaks(text: str, speaker: str) -> None:
    assert [sp for _, sp in _heads(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "الأزمة الليبية: لقاء ثلاثي لوزراء خارجية الجزائر و مصر و تونس",  # ANT JA-internationalNews-971-20170528
    "البطولة الفرنسية : الحدادي و الصرارفي وجها لوجه",  # ANT JA-sport-622-20170303
    "المسابقات الإفريقية : برنامج مقابلات الأندية في الجولة الرابعة",
    # a town's nisba names a club, no state's institution (ANT JA-sport-141-20170201)
    "الإتحاد المنستيري : تعيين معد بدني جديد",
])
def test_an_event_or_a_club_before_a_relational_adjective_is_a_topic(text: str) -> None:
    assert _heads(text) == []


@pytest.mark.parametrize("text,speaker", [
    ("ترامب : الاتفاق النووي كان خطأ كبيرا", "ترامب"),
    # ANT JA-localNews-1889-20170227: a role noun (قيادية) before its body
    ("قيادية في اتحاد الشغل : لسنا أقوى قوة في البلاد", "قيادية"),
])
def test_a_lone_surname_or_a_role_noun_speaks(text: str, speaker: str) -> None:
    assert [sp for _, sp in _heads(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # one unknown word, then more words before the colon: a topic (ANT JA-localNews-2012-20170301)
    "أسلحة في حاوية فضلات بالحمامات :ايقاف طالب طب متورط",
    "ساعات قبل تخليه عن الحكم : الرئيس يمنح المنظمة مليون دولار",
    # a report noun alone is a label for findings (ANT JA-diverse-385-20170518)
    "دراسة : المشي يقي من الخرف",
    "تقرير : الشرطة أكثر الأسلاك ارتكابا للانتهاكات",
])
def test_a_lone_word_before_more_words_or_a_report_noun_is_a_topic(text: str) -> None:
    assert _heads(text) == []


def test_a_statement_noun_in_the_body_echoes_no_lead() -> None:
    """The body's speaker البلاغ (a medium) shares the lead's بلاغ: no echo, no speaker; the
    body's named issuer does echo a lead that is its name."""
    body = "\n\nأعلنت الإدارة الجهوية في بلاغ اليوم غلق الطريق. وجاء في البلاغ أن الأشغال متواصلة."
    assert _heads("بلاغ مروري : غلق الطريق الجهوية بسبب الأمطار" + body) == []
    text = ("الإدارة الجهوية : غلق الطريق الجهوية بسبب الأمطار\n\n"
            "وقالت الإدارة الجهوية إن الأشغال متواصلة.")
    assert [sp for _, sp in _heads(text)] == ["الإدارة الجهوية"]


def test_a_modifier_of_an_office_opens_no_office_lead() -> None:
    """السابق/الأول follow an office (الرئيس السابق); opening a lead they name no one."""
    # ANT JA-diverse-312-20170430
    assert _heads("سابقة في التعليم : رسوب جميع طلبة إحدى الجامعات الموريتانية") == []
    assert _heads("الأول في افريقيا : مكتب صيني في العاصمة لإطلاق مشاريع ضخمة") == []
    assert [sp for _, sp in _heads("الرئيس السابق : الاتفاق كان خطأ كبيرا")] == ["الرئيس السابق"]


def test_a_title_that_opens_with_a_stray_mark_keeps_its_speaker() -> None:
    """The statement's opening mark moved to the front of the title (ANT writes
    ``"NAME : ... "word``): the mark is no part of the lead."""
    got = _heads('"الوزير : الوضع الأمني في تحسن مستمر حين قال له "كفى')
    assert got == [('الوضع الأمني في تحسن مستمر حين قال له "كفى', "الوزير")]
    # ANT JA-politic-167-20170227
    got = _heads('"عصام الشابي : "ندعو رئيس الحكومة إلى تصويب ما يمكن تصويبه\n\nنص الخبر.')
    assert got == [("ندعو رئيس الحكومة إلى تصويب ما يمكن تصويبه", "عصام الشابي")]


def test_a_lead_with_its_own_pair_of_marks_is_no_stray_mark() -> None:
    """The near miss: the marks close inside the lead, a title of a work (a topic)."""
    assert _heads('"على كف عفريت" : فيلم تونسي في المسابقة الرسمية للمهرجان') == []


def test_a_competition_named_league_is_a_label_and_an_association_speaks() -> None:
    """رابطة is an association (body_nouns.txt) and a league: two-word labels name the
    competitions (رابطة الأبطال، الرابطة العالمية), even with more words after them."""
    # ANT JA-sport-1289-20170603
    assert _heads("رابطة الأبطال الإفريقية : فيروفياريو الموزمبيقي يهزم المريخ السوداني") == []
    assert _heads("الرابطة العالمية للكرة الطائرة : المنتخب يحقق انتصاره الثاني") == []
    text = "الرابطة التونسية للدفاع عن حقوق الإنسان : الإيقافات الأخيرة غير قانونية"
    got = _heads(text)
    assert len(got) == 1 and (got[0][1] or "").startswith("الرابطة التونسية")


def test_a_two_word_statement_in_marks_after_a_speaker_is_a_headline() -> None:
    got = _heads('وزير التربية : "لن أستقيل"\n\nنص الخبر.')
    assert got == [("لن أستقيل", "وزير التربية")]
    # ANT JA-localNews-2755-20170314
    got = _heads('عصام الدردوري : "الرسالة وصلت"\n\nنص الخبر.')
    assert got == [("الرسالة وصلت", "عصام الدردوري")]


def test_a_two_word_statement_needs_its_marks_and_a_speaker() -> None:
    """Near misses: a topic lead before two words in marks (a title of a work), and two
    words without marks."""
    assert _heads('مهرجان الضحك : "عطور الشرق"\n\nنص الخبر.') == []
    assert _heads("وزير التربية : لن أستقيل\n\nنص الخبر.") == []


@pytest.mark.parametrize("text", [
    "سيدي حسين : منحرف يعتدي على أمني أثناء إيقافه",  # ANT JA-society-126-02052016
    # ANT JA-localNews-978-20151203
    "برج العامري : إيقاف قيّم بمعهد ثانوي احتفى بالعملية الارهابية الأخيرة",
    "منزل تميم : انقطاع الماء الصالح للشرب عن عدد من الأحياء",
])
def test_a_lead_that_opens_with_a_place_head_is_a_dateline(text: str) -> None:
    assert _heads(text) == []


def test_a_person_lead_beside_a_place_head_still_speaks() -> None:
    """The near miss: سيدي and برج open town names; a person's name does not."""
    text = "بشير بن حسين : الحكومة فشلت في إدارة الأزمة"
    assert [sp for _, sp in _heads(text)] == ["بشير بن حسين"]


def test_an_affair_before_a_name_is_a_topic_even_when_the_body_names_him() -> None:
    """قضية X : the case is the topic; a body speaker who shares the name (زوجة وليد زروق)
    does not make the case speak.  The near miss: the name alone as the lead speaks."""
    body = "\n\nقالت زوجة وليد زروق إن موعد الجلسة يوم 15 فيفري."
    # ANT JA-localNews-1038-20170209
    assert _heads("قضية وليد زروق : الجلسة القادمة منتصف الشهر" + body) == []
    got = _heads("وليد زروق : الجلسة القادمة منتصف الشهر" + body)
    assert [sp for _, sp in got] == ["وليد زروق"]


def test_a_preposition_that_folds_like_a_title_is_no_office() -> None:
    """أمام (before) folds like إمام (imam); the definite الإمام stays an office."""
    # ANT JA-localNews-4728-20170106
    assert _heads('أمام تزايد موجة البرد : نصائح للوقاية من "الانفلونزا الموسمية"') == []
    got = _heads("الإمام الأكبر : الحوار بين الأديان ضرورة لا غنى عنها")
    assert [sp for _, sp in got] == ["الإمام الأكبر"]


@pytest.mark.parametrize("text", [
    # ANT JA-society-256-20170210 (تضامنا ends like a first-person suffix)
    "بعد الرادار : هبة انسانية تضامنا مع عائلة تعيش في كوخ بشط مريم",
    "إثر تداول تسجيل مسرب : نحن لا نعلق على التسريبات",
    # ANT JA-localNews-271-19112016 (مسكنا ends like a first-person suffix)
    "غار الدماء : مجموعة إرهابية تداهم مسكنا وتستولي على كمية من الدقيق",
])
def test_a_framing_lead_is_no_speaker_even_before_the_first_person(text: str) -> None:
    assert _heads(text + "\n\nنص الخبر.") == []


def test_the_first_person_still_vouches_for_a_lead_that_frames_nothing() -> None:
    """The near miss: a group of people (no preposition, no place) before their own words."""
    # ANT JA-localNews-3957-20170511
    got = _heads("معتصمو الكامور : خطاب رئيس الجمهورية زادنا اصرارا\n\nنص الخبر.")
    assert [sp for _, sp in got] == ["معتصمو الكامور"]


def _all(text: str) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker.text if q.speaker else None, q.headline)
            for q in extract_quotes(text, nlp=None)]


def test_a_report_inside_a_headline_is_the_speakers_words() -> None:
    """NAME : X أكد أن ...: the headline is the outer quote; the report inside it is not
    taken out as X's own quote (nested quotes give the outer one)."""
    # ANT JA-localNews-936-20170208
    got = _all("محمد رؤوف اليوسفي : طبيبة بفرحات حشاد أكدت أن الرضيع كان حيا\n\nنص الخبر.")
    assert got == [("طبيبة بفرحات حشاد أكدت أن الرضيع كان حيا", "محمد رؤوف اليوسفي", True)]


def test_a_report_after_a_framing_lead_stays_its_own_quote() -> None:
    """The near miss: a lead that is no speaker gives no outer quote; the report is the
    minister's."""
    got = _all("بعد الاجتماع : الوزير أكد أن الاتفاق قريب جدا\n\nنص الخبر.")
    assert got == [("الاتفاق قريب جدا", "الوزير", False)]


def test_a_sport_section_label_is_no_surname() -> None:
    """رقبي : a section like تنس :; the near miss, a one-word foreign surname, speaks."""
    # ANT JA-sport-1074-20170422
    assert _heads("رقبي : المنتخب التونسي يتوج بكاس إفريقيا للأواسط") == []
    assert _heads("جمباز : لاعب تونسي يتوج بذهبية دورة البرتغال الدولية") == []
    assert [sp for _, sp in _heads("رانييري : الفريق قدم مباراة كبيرة اليوم")] == ["رانييري"]


@pytest.mark.parametrize("text", [
    "ميركاتو : سيف الدين الجزيري يمضي لإتحاد بن قردان",  # ANT JA-sport-647-20170115
    "تحذير : الكافيين قاتل في هذه الحالة",
    "البلاي اوت: النادي البنزرتي يواصل البحث عن انتصاره الاول",  # ANT JA-sport-938-20170401
    "نصف نهائي كأس تونس : نادي حمام الانف يستضيف الافريقي",  # ANT JA-sport-1255-20170527
])
def test_a_section_or_warning_label_is_no_surname(text: str) -> None:
    assert _heads(text) == []
