"""Where a reported clause ends (round 6b, pooled from dev, dev2 tune and ANT silver): a
participle of request (داعيا، مطالبا، مناشدا ...) written without a comma before it ends the
speaker's clause, as it does after a comma; a restrictive relative clause with a verb of
statement (التي أكد أنها ...) is part of the clause; a marked tail that opens a sentence of its
own (و/ف + a pronoun, particle or definite noun) after an unmarked head makes two quotes;
terms in marks of up to two words inside a long clause keep it one indirect quote, unless a
comma stands before them (the predicate).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def texts(text: str) -> list[str]:
    """The quotes' texts, in order."""
    return [q.text for q in extract_quotes(text)]


def test_request_participle_without_comma_ends_the_clause() -> None:
    got = texts("وقال رئيس الجمعية إن الطرقات في القرية لم تصلح منذ سنوات داعيا البلدية "
                "إلى التدخل العاجل.")
    assert got == ["الطرقات في القرية لم تصلح منذ سنوات"]


def test_request_participle_before_marks_ends_the_clause() -> None:
    """The marks after the request are its object: no mixed quote (GUIDELINES)."""
    got = texts('وأكد النائب أن المستشفى يفتقر إلى الأطباء منذ أشهر مطالبا الوزارة '
                '"بإرسال فريق طبي في أقرب الآجال".')
    assert got == ["المستشفى يفتقر إلى الأطباء منذ أشهر"]


def test_feminine_request_participle_with_a_feminine_cue_ends_the_clause() -> None:
    got = texts("وقالت المديرة إن المدرسة تنتظر القاعات الجديدة منذ سنوات مناشدة الأولياء "
                "المساعدة في جمع التبرعات.")
    assert got == ["المدرسة تنتظر القاعات الجديدة منذ سنوات"]


def test_feminine_participle_as_predicate_stays_in_the_clause() -> None:
    """The near miss: الحكومة مطالبة بـ ("the government is required to") is the clause's
    own predicate."""
    got = texts("وأكدت النائبة أن الحكومة مطالبة بالنجاح في هذه المرحلة الصعبة.")
    assert got == ["الحكومة مطالبة بالنجاح في هذه المرحلة الصعبة"]


def test_participle_after_a_verb_of_being_stays_in_the_clause() -> None:
    """The near miss: بات مطالبا بـ is the predicate of بات."""
    got = texts("وأشار الطبيب إلى أن المستشفى بات مطالبا بحل مشاكل التجهيزات بنفسه.")
    assert got == ["المستشفى بات مطالبا بحل مشاكل التجهيزات بنفسه"]


def test_preacher_noun_stays_in_the_clause() -> None:
    """The near miss: داعية before a nisba is the noun "preacher"."""
    got = texts("وقالت المنظمة إنها استشارت علماء من عدة بلدان وكذلك داعية إسلامي معروف "
                "في المنطقة.")
    assert got == ["استشارت علماء من عدة بلدان وكذلك داعية إسلامي معروف في المنطقة"]


def test_restrictive_relative_report_stays_in_the_clause() -> None:
    got = texts("وأوضح الوزير أنه اتصل بالرهينة بعد الإفراج عنها واستفسر عن صحتها التي أكد "
                "أنها في حال جيدة.")
    assert got == ["اتصل بالرهينة بعد الإفراج عنها واستفسر عن صحتها التي أكد أنها في حال جيدة"]


def test_restrictive_relative_with_a_preposition_stays_in_the_clause() -> None:
    got = texts("واعتبرت الجمعية أن القرار يدعم موقف المنظمات الحقوقية التي أشارت إلى أن "
                "الانتهاكات ستتراجع.")
    assert got == ["القرار يدعم موقف المنظمات الحقوقية التي أشارت إلى أن الانتهاكات ستتراجع"]


def test_relative_report_after_a_comma_ends_the_clause() -> None:
    """The near miss: set off by a comma, the relative clause is an aside with its own
    report."""
    got = texts("وقال المحامي إن القانون الجديد، الذي قال إنه دون المستوى، لم يطبق بعد.")
    assert got[0] == "القانون الجديد"


def test_verb_of_description_in_a_relative_clause_ends_the_clause() -> None:
    """The near miss: الذي وصفه بأنه (a verb of description) opens its own quote."""
    got = texts("وأشار الوسيط إلى نقطة قال إنها مهمة، تتمثل في الاتفاق الذي وصفه بأنه الطريق "
                "الأسلم.")
    assert got[-1] == "الطريق الأسلم"


def test_marked_tail_after_an_unmarked_head_makes_two_quotes() -> None:
    got = extract_quotes('واعتبر الوزير أن الأزمة في الجوار هي أزمة لبلادنا "فالصعوبات الأمنية '
                         'مرتبطة بالتنمية في الجهات".')
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", "الأزمة في الجوار هي أزمة لبلادنا"),
        ("mixed", "فالصعوبات الأمنية مرتبطة بالتنمية في الجهات")]


def test_marked_tail_with_a_pronoun_after_a_comma_makes_two_quotes() -> None:
    got = texts('وأكد الوزير أن المؤسسة تتجه نحو مشاريع عديدة في التصنيع، "وهو هدف استراتيجي '
                'للوزارة".')
    assert got == ["المؤسسة تتجه نحو مشاريع عديدة في التصنيع", "وهو هدف استراتيجي للوزارة"]


def test_marked_words_without_a_sentence_opener_stay_one_quote() -> None:
    """The near miss: وفق is no و + opener; the marked words are part of the clause."""
    got = texts('وقال المدير إن الحكومة ستعمل على إصلاح القطاع في السنوات القادمة "وفق خطة '
                'واضحة المعالم".')
    assert got == ["وفق خطة واضحة المعالم"]


def test_marked_tail_after_a_short_head_stays_one_quote() -> None:
    """The near miss: fewer than four unmarked words before the marks: one mixed quote."""
    got = texts('وقال الوزير إن الوضع صعب "ولكننا سنواصل العمل بكل جهد".')
    assert got == ["ولكننا سنواصل العمل بكل جهد"]


def test_two_word_term_inside_a_long_clause_keeps_one_indirect_quote() -> None:
    got = extract_quotes('وقال رئيس الشركة إن الهدف هو أن يتمكن المسافرون من استخدام هواتفهم '
                         '"آخر لحظة" قبل صعود الطائرة في المطار.')
    assert [q.kind for q in got] == ["indirect"]
    assert got[0].text.startswith("الهدف هو") and got[0].text.endswith("في المطار")


def test_term_after_a_comma_is_the_claim() -> None:
    """The near miss: after a comma the marked words are the predicate (mixed)."""
    got = extract_quotes('وقال المدير إن المشروع الجديد في المدينة الساحلية، "موجود ورقيا" '
                         "ولم تنطلق أشغاله بعد رغم الوعود الكثيرة للسكان.")
    assert [(q.kind, q.text) for q in got] == [("mixed", "موجود ورقيا")]


def test_three_word_part_is_the_claim() -> None:
    """The near miss: a part of three words is the speaker's words (mixed), as the eval
    sets' gold marks them."""
    got = extract_quotes('وقال رئيس الشركة إن الهدف هو أن يتمكن المسافرون من استخدام هواتفهم '
                         '"حتى آخر لحظة" قبل صعود الطائرة في المطار.')
    assert [(q.kind, q.text) for q in got] == [("mixed", "حتى آخر لحظة")]
