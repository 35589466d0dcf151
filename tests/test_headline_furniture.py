"""Headlines inside page furniture that varies from outlet to outlet: a time stamp, a date,
a breadcrumb, a section or a site name before the speaker, a page label and its colon, a
site's name after the title, the title written twice, an image's ``alt`` caption.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)
            if q.headline]


def test_a_time_stamp_colon_is_no_headline_colon() -> None:
    got = _heads("09:30 - وزير النقل: القطارات ستعمل طوال الليل")
    assert got == [("القطارات ستعمل طوال الليل", "وزير النقل")]


def test_a_score_is_no_headline() -> None:
    """The near miss: a colon between digits, no other colon."""
    assert _heads("انتهى الشوط الأول بنتيجة 1:0 للفريق المضيف") == []


def test_a_date_stamp_and_a_dash_before_the_speaker() -> None:
    got = _heads("3 أبريل 2025 - رئيس البرلمان: الجلسة القادمة مخصصة للموازنة")
    assert got == [("الجلسة القادمة مخصصة للموازنة", "رئيس البرلمان")]


def test_a_date_stamp_and_a_dash_before_a_topic() -> None:
    """The near miss: the words after the dash name an event, no speaker."""
    assert _heads("3 أبريل 2025 - كأس الجمهورية: موعد المباراة النهائية") == []


def test_a_breadcrumb_before_the_speaker() -> None:
    got = _heads("الرئيسية » محليات » وزير التعليم: الامتحانات ستجرى في موعدها")
    assert got == [("الامتحانات ستجرى في موعدها", "وزير التعليم")]


def test_a_breadcrumb_before_a_title_without_a_colon() -> None:
    """The near miss: the last crumb is a title with no speaker."""
    assert _heads("الرئيسية » محليات » أمطار غزيرة في ولايات الشمال") == []


def test_a_page_label_and_its_colon_before_a_headline() -> None:
    got = _heads("عاجل: وزير الدفاع: قواتنا تسيطر على الوضع")
    assert got == [("قواتنا تسيطر على الوضع", "وزير الدفاع")]


def test_a_page_label_and_its_colon_before_news() -> None:
    """The near miss: one colon, after the label: no speaker."""
    assert _heads("عاجل: انقطاع الكهرباء عن أحياء العاصمة") == []


def test_a_site_name_after_the_title_is_cut_off() -> None:
    got = _heads("وزير السياحة: الموسم الصيفي سيكون استثنائيا - الصباح نيوز")
    assert got == [("الموسم الصيفي سيكون استثنائيا", "وزير السياحة")]


def test_a_long_clause_after_one_dash_stays_in_the_statement() -> None:
    """The near miss: more words after the dash than a site's name holds."""
    got = _heads("وزير السياحة: الموسم سيكون استثنائيا - وهو ما تؤكده أرقام الحجوزات الأولى")
    assert got == [("الموسم سيكون استثنائيا - وهو ما تؤكده أرقام الحجوزات الأولى",
                    "وزير السياحة")]


def test_a_title_written_twice_on_one_line() -> None:
    title = "وزير الداخلية: الأمن مستتب في كل الولايات"
    got = _heads(title + " " + title)
    assert got == [("الأمن مستتب في كل الولايات", "وزير الداخلية")] * 2


def test_the_lead_named_again_without_a_colon_is_no_second_title() -> None:
    """The near miss: the statement names its speaker again, with no colon after it."""
    got = _heads("وزير الداخلية: لا خلاف بين وزير الداخلية والنقابات الأمنية")
    assert got == [("لا خلاف بين وزير الداخلية والنقابات الأمنية", "وزير الداخلية")]


def test_an_image_caption_in_an_alt_attribute() -> None:
    got = _heads('<img src="/media/2025/a.jpg" alt="وزير الصحة: لا إصابات جديدة بالحمى">')
    assert got == [("لا إصابات جديدة بالحمى", "وزير الصحة")]


def test_markup_outside_a_caption_is_no_title() -> None:
    """The near miss: the same words in an attribute that holds no caption."""
    assert _heads('<div class="وزير الصحة: لا إصابات جديدة بالحمى"></div>') == []


def test_a_section_label_and_a_dash_before_the_speaker() -> None:
    got = _heads("محليات - وزير التجهيز: الأشغال ستنتهي قبل الصيف")
    assert got == [("الأشغال ستنتهي قبل الصيف", "وزير التجهيز")]


def test_a_dash_between_two_teams_is_no_furniture() -> None:
    """The near miss: the words before the dash are a team, not a date, label or site."""
    assert _heads("النجم الرياضي - النادي البلدي : التشكيلة المنتظرة للفريقين") == []


def test_a_bullet_between_a_time_stamp_and_the_title() -> None:
    got = _heads("منذ 4 ساعات • وزير المالية: لا ضرائب جديدة في الموازنة")
    assert got == [("لا ضرائب جديدة في الموازنة", "وزير المالية")]


def test_a_bullet_before_a_title_without_a_speaker() -> None:
    """The near miss: the item after the bullet has no colon."""
    assert _heads("منذ 4 ساعات • ارتفاع حصيلة ضحايا السيول في الجنوب") == []


def test_an_item_number_before_the_speaker() -> None:
    got = _heads("2. وزير الدفاع: لا تفاوض مع المتمردين")
    assert got == [("لا تفاوض مع المتمردين", "وزير الدفاع")]


def test_an_item_number_before_a_topic() -> None:
    """The near miss: the numbered item's lead is a topic."""
    assert _heads("2. أسعار الذهب: ارتفاع جديد في السوق المحلية") == []


def test_a_long_lead_that_is_one_office_phrase_with_its_holder() -> None:
    got = _heads("المتحدث الرسمي باسم وزارة الداخلية في الحكومة المؤقتة سامي العلوي: "
                 "الوضع تحت السيطرة")
    assert got == [("الوضع تحت السيطرة",
                    "المتحدث الرسمي باسم وزارة الداخلية في الحكومة المؤقتة سامي العلوي")]


def test_a_long_lead_with_a_verb_is_no_office_phrase() -> None:
    """The near miss: as long, but a verb breaks the phrase (a sentence, no speaker)."""
    assert _heads("المتحدث الرسمي باسم وزارة الداخلية يكشف تفاصيل جديدة عن الحادثة: "
                  "الوضع تحت السيطرة") == []


def test_a_media_tag_after_a_statement_in_marks() -> None:
    got = _heads("وزير الخارجية: «لن نقبل بأي تسوية على حساب شعبنا» (فيديو)")
    assert got == [("لن نقبل بأي تسوية على حساب شعبنا", "وزير الخارجية")]


def test_a_media_tag_then_a_site_name_after_marks() -> None:
    """The tag and the site's name both go, in either order, and the marks with them."""
    got = _heads("وزير الصحة: \"لا إصابات جديدة بالحمى\" (فيديو) - موقع الأخبار")
    assert got == [("لا إصابات جديدة بالحمى", "وزير الصحة")]


def test_brackets_inside_a_statement_stay_in_it() -> None:
    """The near miss: the brackets do not end the title."""
    got = _heads("وزير المالية: الموازنة الجديدة (2025) تراعي الفئات الهشة")
    assert got == [("الموازنة الجديدة (2025) تراعي الفئات الهشة", "وزير المالية")]


def test_an_outlet_in_latin_letters_after_the_speaker() -> None:
    got = _heads("لافروف لـ BBC: روسيا لا تريد مواجهة مع الغرب")
    assert got == [("روسيا لا تريد مواجهة مع الغرب", "لافروف")]


def test_latin_letters_without_the_preposition_end_no_lead() -> None:
    """The near miss: Latin words before the colon with no ل before them."""
    assert _heads("لافروف BBC: روسيا لا تريد مواجهة مع الغرب") == []


def test_a_title_written_onto_the_end_of_a_sentence() -> None:
    got = _heads("وأكد الوزير أن الوضع مستقر في المنطقة.وزير الدفاع: قواتنا جاهزة لكل الاحتمالات")
    assert got == [("قواتنا جاهزة لكل الاحتمالات", "وزير الدفاع")]


def test_a_sentence_glued_to_the_next_one_is_no_title() -> None:
    """The near miss: a verb opens the glued words before the colon."""
    assert _heads("وأكد الوزير أن الوضع مستقر.وتشهد المنطقة: هدوءا حذرا منذ أيام") == []


def test_an_abbreviation_is_no_glued_sentence_end() -> None:
    """The near miss of the glued title: the full stops of an abbreviation (م.د.)."""
    assert _heads("بكلفة 1.5 م.د.في المجال السياحي : الإسراع في انجاز المنطقة") == []


def test_names_parted_by_full_stops_are_a_list() -> None:
    assert _heads("اللاعبون : أيمن سالم . كريم العياري . سامي بن علي . منير الطرابلسي") == []


def test_sentences_parted_by_full_stops_stay_a_statement() -> None:
    """The near miss: longer items, a statement of two sentences."""
    got = _heads("وزير الصحة: الوضع الوبائي صعب جدا. لكننا سنتجاوزه قريبا بفضل التلاقيح")
    assert got == [("الوضع الوبائي صعب جدا. لكننا سنتجاوزه قريبا بفضل التلاقيح", "وزير الصحة")]


def test_a_title_that_runs_into_the_article_on_one_line() -> None:
    got = _heads("الغنوشي: النهضة لن تشارك في الحكومة قال رئيس حركة النهضة راشد الغنوشي "
                 "إن حركته لن تشارك في الحكومة المقبلة")
    assert got == [("النهضة لن تشارك في الحكومة", "الغنوشي")]


def test_a_verb_of_saying_with_another_subject_stays_in_the_statement() -> None:
    """The near miss: the verb's subject is someone else, the speaker reports it."""
    got = _heads("الغنوشي: قلنا للرئيس إن النهضة لن تشارك وقال الرئيس إنه يتفهم ذلك")
    assert got == [("قلنا للرئيس إن النهضة لن تشارك وقال الرئيس إنه يتفهم ذلك", "الغنوشي")]


def test_a_page_label_without_a_colon_before_the_speaker() -> None:
    got = _heads("اقرأ أيضا وزير الخارجية: لا تراجع عن قرار استدعاء السفير")
    assert got == [("لا تراجع عن قرار استدعاء السفير", "وزير الخارجية")]


def test_an_affair_label_before_a_name_is_a_topic() -> None:
    """The near miss: قضية NAME names the affair the news is about, not a speaker."""
    assert _heads("قضية سامي العلوي : الجلسة القادمة منتصف الشهر") == []
