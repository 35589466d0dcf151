"""A short quoted name right before a verb of saying that reports its own clause is no
quote of that verb (engine/after_quote.py ``reports_own_clause``).  Sentences written for
the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.cue.text if q.cue else None) for q in extract_quotes(text)]


def test_a_quoted_name_before_a_verb_with_its_own_clause_is_no_quote() -> None:
    got = _quotes('وفي تصريح لإذاعة "صوت الجنوب الحرة"، أوضح المدير أنه سيستقيل قريبا.')
    assert got == [("indirect", "سيستقيل قريبا", "أوضح")]


def test_a_short_quote_before_its_verb_and_subject_is_a_quote() -> None:
    """Near miss: the verb after the pair has no clause of its own, the pair is its quote."""
    got = _quotes('"لن نتراجع أبدا" قال الوزير أمس في البرلمان.')
    assert got == [("direct", "لن نتراجع أبدا", "قال")]


def test_a_quoted_name_right_after_the_cue_before_its_preposition_is_no_quote() -> None:
    """cues.py / quoted.py ``subject_name_pair``: the verb's preposition follows the name."""
    assert _quotes('وشدد "سامي الورتاني" على أهمية الاستعداد للموسم السياحي.') == []


def test_a_quoted_name_before_a_title_and_a_complementizer() -> None:
    got = _quotes('وأعلن "كمال البناني" المتحدث باسم الجمعية أن المهرجان تأجل.')
    assert got == [("indirect", "المهرجان تأجل", "وأعلن")]


def test_a_short_quote_right_after_the_cue_stays_a_quote() -> None:
    """Near miss: what follows the pair is no preposition of the verb nor a title."""
    got = _quotes('وقال "نحن جاهزون" في تصريح للإذاعة.')
    assert got == [("direct", "نحن جاهزون", "وقال")]


def test_a_quoted_name_before_the_addressee_and_a_colon() -> None:
    got = _quotes('وقال "أحمد الصحاف" للصحفيين: "الوضع مستقر تماما في العاصمة".')
    assert got == [("direct", "الوضع مستقر تماما في العاصمة", "وقال")]


def test_a_short_quote_before_its_addressee_stays_a_quote() -> None:
    """Near miss: an addressee after the pair, but no quote after it: the pair is the quote."""
    got = _quotes('وقال المدير "سنفتح المصنع قريبا" للصحفيين.')
    assert got == [("direct", "سنفتح المصنع قريبا", "وقال")]


def test_a_term_in_marks_after_an_indefinite_noun_stays_in_the_indirect_clause() -> None:
    """quoted.py ``construct_term``: قنوات "الغاز المنزلي" names a thing, the clause is one
    indirect quote, marks included."""
    got = _quotes('وأفاد المدير أنه سيتم غدا ربط قنوات "الغاز المنزلي" بمنطقة سهلول.')
    assert got == [("indirect", 'سيتم غدا ربط قنوات "الغاز المنزلي" بمنطقة سهلول', "وأفاد")]


def test_quoted_words_after_a_definite_noun_stay_a_mixed_quote() -> None:
    """Near miss: after a definite noun the marked words are its quoted adjective, a claim."""
    got = _quotes('وقال الوزير إن الأحكام "الصادمة والظالمة" صدرت أمس.')
    assert got == [("mixed", "الصادمة والظالمة", "وقال")]


def test_quoted_words_after_a_demonstrative_stay_a_mixed_quote() -> None:
    """Near miss: هذه "..." points at the speaker's own words."""
    got = _quotes('وقال إن هذه "الرداءات والإشاعات" لن تمر.')
    assert got == [("mixed", "الرداءات والإشاعات", "وقال")]


def test_a_term_in_marks_after_a_place_or_topic_preposition_stays_in_the_clause() -> None:
    got = _quotes('وأوضحت الباحثة أن الفصل 230 في "المجلة الجزائية" يجب أن يلغى.')
    assert got == [("indirect", 'الفصل 230 في "المجلة الجزائية" يجب أن يلغى', "وأوضحت")]
