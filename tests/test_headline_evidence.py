"""A headline's lead speaks only with evidence: a speaker phrase by the lexicon, a body speaker
that echoes it, a surname's shape, a people noun, or a statement in the first person; else it is
the item's topic, and gives neither a quote nor an antecedent.  Sentences marked ANT come from
the Arabic News Texts corpus (Apache-2.0); the others were written for these tests."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text, nlp=None) if q.headline]


@pytest.mark.parametrize("text", [
    "هجوم لندن : ارتفاع حصيلة القتلى والجرحى",  # ANT JA-internationalNews-1004-20170604
    "بسبب خلاف حول عقار : فتاة تختطف طفلا وتهدده بالقتل",  # ANT JA-localNews-1316-20161029
    "حراسة المرمى : أندريه تير شتيجن وماتيو بيتي",
    "قانون المالية : المصادقة على الفصل الأول من المشروع",
    "برنامج المنتخب : تربص مغلق في الحمامات",
])
def test_a_lead_without_evidence_is_a_topic(text: str) -> None:
    assert _heads(text) == []


@pytest.mark.parametrize("text,speaker", [
    ("وزير الصحة : ارتفاع حصيلة الإصابات في الجهات", "وزير الصحة"),
    ("نقابيون : الاتفاق لا يلبي مطالب العمال", "نقابيون"),
    ("مدرب المنتخب : اللاعبون قدموا مباراة كبيرة", "مدرب المنتخب"),
    ("حمة الهمامي : التحوير الوزاري نتيجة تدخل المؤسسات المالية", "حمة الهمامي"),
    ("الصفدي : الأمور ليست ذاهبة باتجاه التهدئة", "الصفدي"),
    # ANT JA-localNews-3960-20170509: the first person (لدينا) makes it someone's words
    ("معز بوراوي : لدينا وثائق تثبت الأسباب الحقيقية لاستقالة صرصار", "معز بوراوي"),
])
def test_a_lead_with_evidence_speaks(text: str, speaker: str) -> None:
    assert [sp for _, sp in _heads(text)] == [speaker]


def test_a_body_speaker_echoes_the_lead() -> None:
    text = ("الجبهة الشعبية : الانتخابات البلدية في موعدها\n"
            "وقالت الجبهة الشعبية إن الاستعدادات متواصلة.")
    assert _heads(text) == [("الانتخابات البلدية في موعدها", "الجبهة الشعبية")]
    assert _heads("الجبهة الشعبية : الانتخابات البلدية في موعدها") == []


def test_a_country_lead_is_echoed_only_by_the_country_alone() -> None:
    near = "تونس : ارتفاع الأسعار في الأسواق\nوقالت حركة نداء تونس إن الحكومة مسؤولة."
    assert _heads(near) == []
    text = "فرنسا : على قطر التحلي بالشفافية\nوقالت فرنسا إن الحوار هو الحل."
    assert _heads(text) == [("على قطر التحلي بالشفافية", "فرنسا")]


def test_a_topic_before_two_full_stops_leaves_the_speaker_after_them() -> None:
    text = "لحظات صعبة في المدينة.. الناجون من الفيضان: شاهدنا الموت بأعيننا"
    assert _heads(text) == [("شاهدنا الموت بأعيننا", "الناجون من الفيضان")]


def test_a_rejected_lead_is_no_antecedent() -> None:
    text = "هجوم لندن : ارتفاع حصيلة القتلى والجرحى\nوأضاف أن الشرطة تواصل التحقيق في الهجوم."
    quotes = extract_quotes(text, nlp=None)
    assert quotes and all(q.speaker is None for q in quotes)
    near = "وزير الداخلية : ارتفاع حصيلة القتلى\nوأضاف أن الشرطة تواصل التحقيق في الهجوم."
    assert [q.speaker.text for q in extract_quotes(near, nlp=None)] == ["وزير الداخلية"] * 2


def test_a_single_name_word_speaks_only_before_marks() -> None:
    assert _heads('وائل : "الجمهور يستحق الفوز في النهاية"') == [
        ("الجمهور يستحق الفوز في النهاية", "وائل")]
    assert _heads("سليمان : إحباط عملية اجتياز للحدود البحرية") == []  # ANT: a town


@pytest.mark.parametrize("text", [
    "كان متجها إلى صفاقس للعلاج : إيقاف عنصر إرهابي مصاب",  # ANT JA-localNews-744-20170204
    "عيد الفطر : إجازة في السعودية بدءا من اليوم",  # ANT
])
def test_a_verb_or_a_feast_is_no_first_name(text: str) -> None:
    assert _heads(text) == []


def test_a_first_name_and_a_surname_speak() -> None:
    text = "نجيب الشابي : النخبة السياسية هي مصدر خيبة أمل التونسيين"  # ANT
    assert [sp for _, sp in _heads(text)] == ["نجيب الشابي"]


@pytest.mark.parametrize("text", [
    "القطاع الخاص : تفاصيل الزيادات في الأجر الأدنى",  # ANT JA-localNews-4439-20170606
    "الجولة الثانية : برنامج النقل التلفزي للمقابلات",
    "صدر بالرائد الرسمي : السماح للخواص بإنجاز مشاريع الطاقة",  # ANT
])
def test_an_adjective_of_titles_txt_is_no_office_after_a_topic(text: str) -> None:
    assert _heads(text) == []


@pytest.mark.parametrize("text,speaker", [
    ("مرزوق : مشروع تونس لم يعد يدعم الحكومة", "مرزوق"),  # ANT JA-politic-71-20170129
    ("ترامب : الاتفاق النووي سيئ للولايات المتحدة", "ترامب"),
])
def test_a_lone_word_no_list_holds_is_a_surname(text: str, speaker: str) -> None:
    assert [sp for _, sp in _heads(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "ملولش : شاب يقتل صديقه إثر خلاف بينهما",  # ANT JA-society-849-20140913: a town
    "غدا : اضراب عام بتطاوين",  # ANT JA-localNews-4261-20170426
    "رسميا : انطلاق الموسم الجديد للدوري",  # an adverb in the accusative
    "بالتفاصيل : رزنامة امتحانات الباكالوريا",  # ANT JA-localNews-4269-20170604
])
def test_a_lone_place_time_or_adverb_is_no_surname(text: str) -> None:
    assert _heads(text) == []
