"""short_name: a headline lead of one definite word speaks when the text writes it again
after an institution's noun (``الأرصاد :`` ... ``الهيئة العامة للأرصاد``) or, without its
article, as the head of a verb of saying's subject (``الأمانة :`` ... ``أعلنت أمانة
المدينة``), even where the text also writes it after في; a topic's word written after
neither stays no speaker.  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_STATEMENT = "انخفاض كبير في درجات الحرارة نهاية الأسبوع"


def test_a_word_after_an_institutions_noun_speaks() -> None:
    text = ("الأرصاد: " + _STATEMENT + "\n\n"
            "توقعت الهيئة العامة للأرصاد الجوية تراجع درجات الحرارة في أغلب المناطق.\n")
    assert _headlines(text) == [(_STATEMENT, "الأرصاد")]


def test_a_saying_verbs_subject_head_speaks_though_after_fi() -> None:
    statement = "إغلاق جزئي لشارع الجامعة لمدة أسبوعين"
    text = ("خبر محلي\n\nأعلنت أمانة المدينة بدء أعمال الصيانة صباح الأحد.\n"
            "وتنتشر فرق العمل في الأمانة منذ الصباح.\n"
            "اقرأ أيضاً:\n- الأمانة: " + statement + "\n")
    assert _headlines(text) == [(statement, "الأمانة")]


def test_a_topic_word_is_no_speaker() -> None:
    """The near miss: the lead's word stands in the text after no institution's noun and
    after no verb of saying."""
    text = ("الامتحانات: " + _STATEMENT + "\n\n"
            "وتبدأ الامتحانات الأسبوع المقبل في كل المدارس، وفق نتائج الامتحانات السابقة.\n")
    assert _headlines(text) == []


def test_the_text_cut_right_after_the_lead() -> None:
    assert _headlines("الأرصاد:") == []
    assert _headlines("الأرصاد: ") == []
    assert _headlines("توقعت الهيئة العامة للأرصاد\nالأرصاد:") == []
    assert _headlines("أعلنت أمانة\n- الأمانة:") == []
