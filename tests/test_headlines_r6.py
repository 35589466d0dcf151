"""Headline-form lines inside an article's body: a title is one sentence of a few words, so a
run-in label before a paragraph (``LABEL : long sentence ...``) is no headline and leaves the
paragraph's quotes to the cue finder; a title that runs into the article's first sentence on
one line ends at its full stop.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_LABEL_PARAGRAPH = (
    "مهن مهددة في العقد المقبل\n\n"
    "قال باحث في الاقتصاد إن التحول الرقمي يسير بسرعة كبيرة.\n"
    "المعلمون : أصبح المعلمون في المدارس الابتدائية على سبيل المثال مهددين بفقدان "
    "وظائفهم بسبب انتشار التعليم عن بعد في السنوات الأخيرة، إذ يرى الخبراء أن المنصات "
    "الرقمية ستحل محلهم تدريجيا. وأشارت الباحثة إلى أن الدراسات الحديثة تظهر تراجع الطلب "
    "على الدروس التقليدية.\n"
)


def _all(text: str) -> list[tuple[str, bool, str | None]]:
    return [(q.text, q.headline, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text)]


def test_a_run_in_label_before_a_paragraph_is_no_headline() -> None:
    assert _all(_LABEL_PARAGRAPH) == [
        ("التحول الرقمي يسير بسرعة كبيرة", False, "باحث في الاقتصاد"),
        ("المنصات الرقمية ستحل محلهم تدريجيا", False, "الخبراء"),
        ("الدراسات الحديثة تظهر تراجع الطلب على الدروس التقليدية", False, "الباحثة"),
    ]


def test_a_short_statement_after_the_same_label_stays_a_headline() -> None:
    """The near miss: a title's length, one sentence."""
    got = _all("المعلمون : لن نقبل بتقليص الأجور مهما كانت الظروف\n\nنظم المعلمون وقفة.")
    assert got == [("لن نقبل بتقليص الأجور مهما كانت الظروف", True, "المعلمون")]


def test_a_title_that_runs_into_the_article_after_a_full_stop() -> None:
    got = _all("وزير النقل: الطريق الجديد جاهز قبل الصيف. وتعمل الفرق التابعة للوزارة منذ أشهر "
               "على إنهاء الأشغال في المقطع الأخير من الطريق الرابط بين المدينتين، في انتظار "
               "استكمال الإجراءات الإدارية المتعلقة بالتعويضات")
    assert [(t, s) for t, h, s in got if h] == [("الطريق الجديد جاهز قبل الصيف", "وزير النقل")]


def test_a_short_statement_of_two_sentences_stays_whole() -> None:
    """The near miss: two short sentences, a title's length in all."""
    got = _all("وزير النقل: الطريق جاهز. والافتتاح قبل الصيف")
    assert [(t, s) for t, h, s in got if h] == [("الطريق جاهز. والافتتاح قبل الصيف", "وزير النقل")]


def test_a_speakers_long_turn_in_the_first_person_stays_whole() -> None:
    """The near miss of the run-in label: an interview's answer, in the first person."""
    answer = ("نحن نعمل منذ سنوات على تطوير هذا القطاع. ولدينا برنامج واضح للسنوات المقبلة "
              "يشمل كل الجهات الداخلية ويهدف إلى خلق فرص عمل جديدة للشباب العاطلين عن العمل")
    got = _all("حوار مع وزير الصناعة\n\nوزير الصناعة : " + answer)
    assert got == [(answer, True, "وزير الصناعة")]


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(t, s) for t, h, s in _all(text) if h]


def test_a_tweets_links_and_hashtags_end_the_statement() -> None:
    got = _heads("وزير الفلاحة: الموسم سيكون جيدا هذا العام https://t.co/Ab12cd #تونس "
                 "pic.twitter.com/Xy34")
    assert got == [("الموسم سيكون جيدا هذا العام", "وزير الفلاحة")]


def test_a_hashtag_inside_the_statement_stays() -> None:
    """The near miss: words follow the hashtag, which is part of the statement."""
    got = _heads("وزير البيئة: حملة #نظفها تنطلق غدا في كل الولايات")
    assert got == [("حملة #نظفها تنطلق غدا في كل الولايات", "وزير البيئة")]


def test_a_page_tag_after_two_full_stops_ends_the_statement() -> None:
    got = _heads("الناجون من الفيضان: فقدنا كل شيء في ليلة واحدة.. فيديو")
    assert got == [("فقدنا كل شيء في ليلة واحدة", "الناجون من الفيضان")]


def test_words_after_two_full_stops_stay_in_the_statement() -> None:
    """The near miss: no page label after the ``..``."""
    got = _heads("وزير الصناعة: سنواصل العمل.. والإصلاح مستمر")
    assert got == [("سنواصل العمل.. والإصلاح مستمر", "وزير الصناعة")]


def test_a_read_also_label_before_a_surname() -> None:
    got = _heads("مقالات ذات صلة\nاقرأ أيضا الجبالي : الانتخابات ستجرى في موعدها")
    assert got == [("الانتخابات ستجرى في موعدها", "الجبالي")]


def test_a_read_also_label_before_a_topic() -> None:
    """The near miss: the lead after the label is an event, no speaker."""
    assert _heads("مقالات ذات صلة\nاقرأ أيضا هجوم لندن : الشرطة تعتقل مشتبها به") == []


def test_a_one_word_page_label_before_an_adjective() -> None:
    """The near miss: after a one-word label (فيديو) only an office, a source or a first
    name opens a speaker; an adjective is the label's."""
    assert _heads("فيديو مؤثر : عاد إلى بيته بعد عشرين عاما من الغياب") == []


def test_a_date_stamp_written_before_the_title() -> None:
    got = _heads("الأحد 12 مايو 2024 وزير الفلاحة: موسم الحبوب سيكون أفضل من العام الماضي")
    assert got == [("موسم الحبوب سيكون أفضل من العام الماضي", "وزير الفلاحة")]


def test_a_time_stamp_written_before_the_title() -> None:
    got = _heads("منذ 3 ساعات نقابة الأطباء : الإضراب قائم في موعده")
    assert got == [("الإضراب قائم في موعده", "نقابة الأطباء")]


def test_a_date_that_heads_a_construct_is_no_stamp() -> None:
    """The near miss: يوم governs the words after it; the lead is a commemoration."""
    assert _heads("12 مارس يوم الشهيد الوطني : مراسم رسمية في كل الولايات") == []


def test_an_office_then_a_statement_in_marks_on_a_body_line() -> None:
    got = _heads("مقالات ذات صلة\n- وزير الصحة \"لا داعي للقلق من انتشار المرض\"\n- نص آخر")
    assert got == [("لا داعي للقلق من انتشار المرض", "وزير الصحة")]


def test_a_festival_name_in_marks_on_a_body_line_is_no_headline() -> None:
    """The near miss: a title noun before the marks names the event."""
    assert _heads("مقالات ذات صلة\n- مهرجان \"أيام السينما في المدن الداخلية\"") == []




def test_a_plural_in_the_construct_state_is_a_group_of_people() -> None:
    got = _heads("نقابيو الجهة : الإضراب قائم في موعده")
    assert got == [("الإضراب قائم في موعده", "نقابيو الجهة")]
    got = _heads("معتصمو الساحة المركزية : الحوار مع السلطة متوقف منذ أسابيع")
    assert got == [("الحوار مع السلطة متوقف منذ أسابيع", "معتصمو الساحة المركزية")]


def test_a_foreign_word_ending_in_waw_is_no_construct_plural() -> None:
    """The near miss: the stem is neither a relational adjective nor a participle."""
    assert _heads("كلاسيكو الموسم : الفريقان يبحثان عن الفوز في مباراة الليلة") == []


def test_a_captions_credit_after_the_title_is_cut_off() -> None:
    got = _heads("سامي العياري: الطريق الجديد جاهز قبل الصيف المهندس سامي العياري مدير المشروع")
    assert got == [("الطريق الجديد جاهز قبل الصيف", "سامي العياري")]


def test_the_leads_words_opening_the_statement_stay_in_it() -> None:
    """The near miss: the lead's words open the statement, no credit after a statement."""
    got = _heads("وزير النقل: وزير النقل السابق أخطأ في تقدير كلفة المشروع")
    assert got == [("وزير النقل السابق أخطأ في تقدير كلفة المشروع", "وزير النقل")]


def test_words_in_marks_inside_a_headline_are_the_headlines() -> None:
    got = _all("سامية عبو : عندما يتراجع الحزب عن وعوده \"لن يصدقكم أحد بعد اليوم\" - موقع الخبر")
    assert got == [("عندما يتراجع الحزب عن وعوده \"لن يصدقكم أحد بعد اليوم", True, "سامية عبو")]


def test_a_quote_then_a_dash_and_its_speaker_without_a_headline() -> None:
    """The near miss: no headline holds the marks; the speaker after the dash is theirs."""
    got = _all("\"لن يصدقكم أحد بعد اليوم\" - سامية عبو")
    assert [(t, s) for t, _, s in got] == [("لن يصدقكم أحد بعد اليوم", "سامية عبو")]


def test_a_headline_among_titles_parted_by_dashes() -> None:
    got = _heads("آخر الأخبار\nارتفاع أسعار الخضر في الأسواق المحلية - وزير الفلاحة: "
                 "موسم الحبوب سيكون جيدا - افتتاح الدورة الجديدة لمعرض الكتاب")
    assert got == [("موسم الحبوب سيكون جيدا", "وزير الفلاحة")]


def test_a_fixtures_dash_parts_no_titles() -> None:
    """The near miss: two short sides of a fixture before the colon, no run of titles."""
    got = _heads("النجم الساحلي - النادي الصفاقسي : اللقاء ينطلق على الساعة الثالثة")
    assert got == []
