"""A title's verb of statement in the present before a name or term in marks (``الهيئة
تتهم "القناة الخاصة" ...``) reports no quote: the marks hold what the item is about.  A
complementizer, a colon or a verb of saying itself keeps the title's quote, and the same
words in the body still give one.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_BODY = "\n\nعقدت الهيئة اجتماعها الدوري صباح اليوم بمقرها في العاصمة."


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_a_titles_accusation_of_a_name_in_marks_is_no_quote() -> None:
    assert _quotes("الهيئة تتهم \"القناة الخاصة\" بانتهاك كرامة الأشخاص" + _BODY) == []


def test_a_term_in_marks_after_the_titles_object_is_no_quote() -> None:
    assert _quotes("الرئيس يعلن الجفاف \"كارثة وطنية\" ويدعو إلى مساعدة عاجلة" + _BODY) == []


def test_a_term_after_a_preposition_within_reach_is_no_quote() -> None:
    assert _quotes("لاجئة تكشف حقائق صادمة عن \"دولة الخوف\" في بلادها" + _BODY) == []


def test_a_title_with_a_complementizer_keeps_its_quote() -> None:
    """The near miss: أن opens a reported clause (an indirect quote, marks inside)."""
    got = _quotes("الحركة تؤكد أنها ليست طرفا في \"الجبهة الجديدة\"" + _BODY)
    assert got == [("indirect", "ليست طرفا في \"الجبهة الجديدة\"")]


def test_a_title_with_a_colon_keeps_its_quote() -> None:
    got = _quotes("الوزير يؤكد: \"لن نتراجع عن القرار مهما كانت الضغوط\"" + _BODY)
    assert got == [("direct", "لن نتراجع عن القرار مهما كانت الضغوط")]


def test_a_verb_of_saying_in_a_title_keeps_its_quote() -> None:
    """The near miss: يقول before marks is the speech itself (title_claim_lemmas)."""
    got = _quotes("الوزير يقول \"لن نتحالف مع أي حزب في الانتخابات\"" + _BODY)
    assert got == [("direct", "لن نتحالف مع أي حزب في الانتخابات")]


def test_a_warning_in_a_title_keeps_its_claim_in_marks() -> None:
    """The near miss: the marked object of حذر من is the claim (a mixed quote)."""
    got = _quotes("الرئيس يحذر من \"مخطط خطير\" يستهدف البلاد" + _BODY)
    assert got == [("mixed", "مخطط خطير")]


def test_the_same_words_in_the_body_still_give_a_quote() -> None:
    """The near miss: only the title's cue is weighed."""
    text = ("أخبار اليوم\n\nوتدين المنظمة \"محاولات حشر اسمها في ملف الفساد\" وتطالب "
            "بالتحقيق.")
    assert _quotes(text) == [("mixed", "محاولات حشر اسمها في ملف الفساد")]


def test_a_text_of_one_line_has_no_title() -> None:
    """The near miss: a text of one line is a sentence, not a title; its pair is the
    object's mixed quote, as in the body."""
    got = _quotes("المجلس يهدد باتخاذ \"إجراءات إضافية\" في حال لم تلتزم الأطراف بالاتفاق")
    assert got == [("mixed", "إجراءات إضافية")]
    assert _quotes("المجلس يهدد باتخاذ \"إجراءات إضافية\" في حال لم تلتزم الأطراف"
                   + _BODY) == []


def test_a_first_line_that_ends_a_sentence_is_no_title() -> None:
    """The near miss: a body's first sentence (a full stop) keeps its mixed quote."""
    text = ("وتدين المنظمة \"محاولات حشر اسمها في ملف الفساد\" وتطالب بالتحقيق.\n"
            "وأضاف البيان أن التحقيق سيكشف الحقيقة.")
    assert ("mixed", "محاولات حشر اسمها في ملف الفساد") in _quotes(text)
