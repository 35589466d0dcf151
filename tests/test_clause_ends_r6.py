"""Where a reported clause ends (round 6, pooled from dev, dev2 tune and ANT silver A-M):
after a comma, وهو / وهي go on with the speaker's clause unless a definite noun (the
narrator's gloss) or the narrator's ما + object-pronoun verb follows; تعقيب is a noun of the speech event (، خلال تعقيبه على ...); في ما written
apart is the contrast فيما before another party's verb of statement.  Sentences written for
the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def texts(text: str) -> list[str]:
    """The quotes' texts, in order."""
    return [q.text for q in extract_quotes(text)]


def test_comma_huwa_with_a_predicate_stays_in_the_clause() -> None:
    got = texts("وأكد المدير أن المصنع سيفتح أبوابه في الربيع، وهو بصدد انتداب عمال جدد.")
    assert got == ["المصنع سيفتح أبوابه في الربيع، وهو بصدد انتداب عمال جدد"]


def test_comma_hiya_with_a_description_stays_in_the_clause() -> None:
    got = texts("وقالت الوزيرة إن القافلة ستزور ثلاث قرى، وهي قرى تعاني من نقص المياه.")
    assert got == ["القافلة ستزور ثلاث قرى، وهي قرى تعاني من نقص المياه"]


def test_comma_huwa_with_a_definite_gloss_ends_the_clause() -> None:
    """The near miss: وهو + a definite noun is the narrator's gloss, outside the clause."""
    got = texts("وقال الحارس إن المتحف سيغلق أبوابه، وهو المتحف الوحيد في المدينة.")
    assert got == ["المتحف سيغلق أبوابه"]


def test_comma_huwa_ma_with_a_denial_ends_the_clause() -> None:
    """The near miss: وهو ما نفاه X is the narrator's comment, outside the clause."""
    got = texts("وقال النائب إن الوزير تلقى رشوة، وهو ما نفاه الوزير في بيان.")
    assert got == ["الوزير تلقى رشوة"]


def test_rejoinder_adjunct_ends_the_clause() -> None:
    got = texts("وأكد الوزير أن الأسعار لن ترتفع هذا العام، خلال تعقيبه على أسئلة النواب.")
    assert got == ["الأسعار لن ترتفع هذا العام"]


def test_rejoinder_without_speaker_stays_in_the_clause() -> None:
    """The near miss: تعقيب without the speaker's pronoun or an addressee is reported."""
    got = texts("وأكد الوزير أن اللجنة ستنظر في الملف، خلال تعقيب الجلسة القادمة بالبرلمان.")
    assert got == ["اللجنة ستنظر في الملف، خلال تعقيب الجلسة القادمة بالبرلمان"]


def test_fi_ma_before_another_report_ends_the_clause() -> None:
    """(Whether the prosecution's report is found too is the cue finder's matter.)"""
    got = texts("وقال المحامي إن موكله بريء من التهم في ما أكدت النيابة أن الأدلة كافية.")
    assert got[0] == "موكله بريء من التهم"


def test_fi_ma_yataallaq_stays_in_the_clause() -> None:
    """The near miss: في ما يتعلق ("regarding") is no contrast."""
    got = texts("وقال المحامي إن موكله سيطعن في الحكم في ما يتعلق بالتهمة الثانية.")
    assert got == ["موكله سيطعن في الحكم في ما يتعلق بالتهمة الثانية"]


def test_source_note_between_commas_keeps_the_clause_going() -> None:
    got = texts("وقال رئيس الهيئة إن الوزارة تلقت ملفات فساد، حسب تعبيره، وأحالتها على القضاء "
                "منذ أشهر.")
    assert got == ["الوزارة تلقت ملفات فساد، حسب تعبيره، وأحالتها على القضاء منذ أشهر"]


def test_source_note_before_a_participle_ends_the_clause() -> None:
    """The near miss: after the note a participle (متسائلا، مستشهدة) opens the next act."""
    for haal in ("متسائلا عن مصيرها", "مستشهدة بتقرير المحكمة"):
        got = texts(f"وقال رئيس الهيئة إن الوزارة تلقت ملفات فساد، حسب تعبيره، {haal}.")
        assert got == ["الوزارة تلقت ملفات فساد"]


def test_source_note_before_a_contrast_ends_the_clause() -> None:
    """The near miss: ، وفق قوله، في حين ... is the narrator's contrast; the note stays out."""
    got = texts("وأكد الأب أنه سيطلق عليها اسم جدتها، وفق قوله، في حين ظل مصير الآخرين مجهولا.")
    assert got == ["سيطلق عليها اسم جدتها"]


def kinds(text: str) -> list[tuple[str, str]]:
    """The quotes' kinds and texts, in order."""
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_short_term_in_a_long_clause_is_one_indirect_quote() -> None:
    got = kinds('وقال الوزير إن الحكومة وجهت للنقابات "رسالة واضحة" مفادها أن باب الحوار سيبقى '
                "مفتوحا أمام كل الأطراف دون استثناء.")
    assert got == [("indirect", 'الحكومة وجهت للنقابات "رسالة واضحة" مفادها أن باب الحوار '
                                "سيبقى مفتوحا أمام كل الأطراف دون استثناء")]


def test_short_quote_after_a_verb_stays_mixed() -> None:
    """The near miss: after a verb (يمثل) the marked words are the claim."""
    got = kinds('وقال الوزير إن الاتفاق يمثل "خطوة تاريخية" ستفتح الباب أمام مرحلة جديدة من '
                "التعاون بين البلدين الجارين.")
    assert got == [("mixed", "خطوة تاريخية")]


def test_short_quote_in_a_short_clause_stays_mixed() -> None:
    """The near miss: a clause of few words besides the marks: they carry the claim."""
    got = kinds('وقال الوزير إن الحكومة وجهت للنقابات "رسالة واضحة" اليوم.')
    assert got == [("mixed", "رسالة واضحة")]


def test_short_quote_opening_the_clause_stays_mixed() -> None:
    """The near miss: marks at the clause's start, or after a pronoun (هو), hold the claim."""
    for text, part in (
        ('وقال الوزير إن "من الضروري" مراجعة الاتفاق مع الشركاء قبل نهاية السنة الجارية '
         "في أقرب الآجال الممكنة.", "من الضروري"),
        ('وقال المصدر إن الهجوم على المدينة في الأيام الأخيرة هو "حرب شاملة" تشمل القصف '
         "الجوي والبري معا.", "حرب شاملة"),
    ):
        assert kinds(text) == [("mixed", part)]


def test_mark_left_open_in_a_clause_ends_with_its_line() -> None:
    """A mark opened inside a reported clause and left open past a sentence-final line end
    pairs with nothing: the mixed quote ends with its sentence, the next line is read anew."""
    got = kinds('وقال المدير إن الشركة "لن تتراجع عن قرارها مهما كانت الضغوط.\nوأضاف أن العمال '
                'سيحصلون على منحة بسبب" الظروف الصعبة" التي مروا بها.')
    assert got == [("mixed", "لن تتراجع عن قرارها مهما كانت الضغوط"),
                   ("indirect", 'العمال سيحصلون على منحة بسبب" الظروف الصعبة" التي مروا بها')]


def test_direct_quote_over_two_lines_stays_whole() -> None:
    """The near miss: after a cue and a colon (no complementizer) the quote runs on."""
    got = kinds('وقال المدير: "لن نتراجع عن قرارنا.\nسنواصل العمل مهما كانت الضغوط".')
    assert got == [("direct", "لن نتراجع عن قرارنا.\nسنواصل العمل مهما كانت الضغوط")]


def test_quote_continued_by_a_mark_on_the_next_line_stays_whole() -> None:
    """The near miss: the next line opens with a mark (a quote of several paragraphs)."""
    got = kinds('وقال المدير إن الشركة "لن تتراجع عن قرارها.\n"سنواصل العمل مهما كانت الضغوط".')
    assert len(got) == 1 and got[0][1].startswith("لن تتراجع") and got[0][1].endswith("الضغوط")


def test_mark_left_open_before_a_stray_mark_of_another_kind() -> None:
    """The same with a closing mark of another kind between the full stop and the line end."""
    got = kinds("وقال المدير إن الشركة 'لن تتراجع عن قرارها مهما كانت الضغوط.\"\nوأضاف أن العمال "
                "سيحصلون على منحة إضافية' في الأشهر القادمة.")
    assert got[0] == ("mixed", "لن تتراجع عن قرارها مهما كانت الضغوط")
    assert got[1][1].startswith("العمال سيحصلون")
