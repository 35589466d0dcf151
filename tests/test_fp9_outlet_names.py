"""Names of outlets and programmes in marks are no quotes (GUIDELINES.md: names in marks;
the addressee or medium is excluded), round 9 (fp9): ``engine.quoted.addressed_outlet`` (a
pair right after a verb of saying and a detached لـ) and ``_after_bare_name_noun`` (a pair of
4-5 words right after an indefinite name noun such as لبرنامج).  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def quotes(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each quote, in order."""
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_outlet_addressed_after_the_verb_is_no_quote() -> None:
    got = quotes("وأضاف لـ«الشرق الأوسط»: «الدفعة الأولى ستصرف قبل نهاية الشهر».")
    assert got == [("direct", "الدفعة الأولى ستصرف قبل نهاية الشهر")]


def test_marks_after_a_detached_li_of_another_verb_stay_a_quote() -> None:
    """The near miss: لـ after a verb that is no verb of saying, its object a claim."""
    got = quotes('وقال الوزير إنه تعرض لـ"قصف وإجرام إعلامي" متواصل.')
    assert got == [("mixed", "قصف وإجرام إعلامي")]


def test_programme_name_of_four_words_is_no_quote() -> None:
    got = quotes('وقال الوزير في حديث لبرنامج "صباح الخير يا وطني" عبر الإذاعة: "سنفتح المعبر'
                 ' غدا".')
    assert got == [("direct", "سنفتح المعبر غدا")]


def test_marks_after_a_definite_name_noun_stay_a_quote() -> None:
    """The near miss: a definite noun (العملية) before the marks: they open the claim."""
    got = quotes('وقال الوزير إن الإرهابيين الذين نفذوا العملية "جاءوا من دولة مجاورة للبلاد".')
    assert got == [("mixed", "جاءوا من دولة مجاورة للبلاد")]


def test_text_cut_right_after_the_trigger() -> None:
    for cut in ("وأضاف لـ", "وأضاف لـ«", "وأضاف لـ«الشرق الأوسط»", "وأضاف لـ«الشرق الأوسط»:",
                'وقال الوزير في حديث لبرنامج "', 'وقال الوزير في حديث لبرنامج "صباح الخير يا وطني"'):
        assert quotes(cut) == []
