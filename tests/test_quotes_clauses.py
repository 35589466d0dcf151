"""Where a reported clause ends: a source note without a comma, a contrast that opens another
report.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_name, q.cue.text if q.cue else None) for q in extract_quotes(text)]


def test_a_source_note_ends_the_clause_without_a_comma() -> None:
    assert _quotes("وأوضح الخبير أن الأسعار سترتفع مجددا على حد تعبيره.") == [
        ("الأسعار سترتفع مجددا", "الخبير", "وأوضح")]


def test_ala_hadd_sawa_is_no_source_note() -> None:
    assert _quotes("وأوضح الخبير أن الأسعار سترتفع على حد سواء في المدن والأرياف.") == [
        ("الأسعار سترتفع على حد سواء في المدن والأرياف", "الخبير", "وأوضح")]


def test_lakinnahu_before_a_cue_opens_another_report() -> None:
    got = _quotes("قال وزير المالية إن العجز تراجع هذا العام، لكنه حذر من أن الديون ما زالت"
                  " مرتفعة.")
    assert got == [("العجز تراجع هذا العام", "وزير المالية", "قال"),
                   ("الديون ما زالت مرتفعة", "وزير المالية", "حذر")]


def test_lakinnahu_without_a_cue_stays_in_the_clause() -> None:
    assert _quotes("قال الوزير إن العجز تراجع، لكنه ما زال أعلى من المتوقع.") == [
        ("العجز تراجع، لكنه ما زال أعلى من المتوقع", "الوزير", "قال")]


def test_wa_dhalika_after_a_comma_ends_the_clause() -> None:
    # an opener listed with its و (وذلك) is read as written, not only without the و
    assert _quotes("وأكد المدرب أن الفريق جاهز للمباراة، وذلك خلال ندوة صحفية عقدها أمس.") == [
        ("الفريق جاهز للمباراة", "المدرب", "وأكد")]


def test_wa_dhalika_without_a_comma_stays_in_the_clause() -> None:
    assert _quotes("وأكد المدرب أن الفريق جاهز وذلك بفضل عمل اللاعبين.") == [
        ("الفريق جاهز وذلك بفضل عمل اللاعبين", "المدرب", "وأكد")]


def test_wifqan_after_a_comma_ends_the_clause() -> None:
    # وفقا's و is its root's: strip_conj would read it as فقا
    assert _quotes("قال مسؤول إن الطريق أغلقت صباحا، وفقا لما نقلته إذاعة محلية.") == [
        ("الطريق أغلقت صباحا", "مسؤول", "قال")]


def test_wifq_before_a_schedule_stays_in_the_clause() -> None:
    # "in accordance with a schedule": the speaker's words go on
    assert _quotes("أعلنت الوزارة أن الامتحانات ستجري في موعدها، وفق رزنامة أعدت مسبقا.") == [
        ("الامتحانات ستجري في موعدها، وفق رزنامة أعدت مسبقا", "الوزارة", "أعلنت")]


def test_wifq_before_a_source_ends_the_clause() -> None:
    assert _quotes("أعلنت الوزارة أن الامتحانات ستجري في موعدها، وفق بلاغ الوزارة.") == [
        ("الامتحانات ستجري في موعدها", "الوزارة", "أعلنت")]


def test_hasab_with_a_pronoun_before_a_nature_noun_stays_in_the_clause() -> None:
    got = _quotes("وقال الوزير إن لكل هيئة قانونا خاصا، حسب طبيعتها، يضبط مهامها.")
    assert got == [("لكل هيئة قانونا خاصا، حسب طبيعتها، يضبط مهامها", "الوزير", "وقال")]


def test_hasab_with_a_pronoun_before_a_saying_noun_ends_the_clause() -> None:
    assert _quotes("وقال الوزير إن لكل هيئة قانونا خاصا، حسب تعبيره.") == [
        ("لكل هيئة قانونا خاصا", "الوزير", "وقال")]


def _texts_speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in extract_quotes(text)]


def test_a_joined_report_with_its_own_subject_ends_the_clause() -> None:
    got = _texts_speakers("وأضاف المدير أن الأشغال ستنتهي في الصيف وأكد رئيس البلدية أن"
                          " التمويل متوفر.")
    assert got == [("الأشغال ستنتهي في الصيف", "المدير"), ("التمويل متوفر", "رئيس البلدية")]


def test_a_joined_verb_without_a_complementizer_stays_in_the_clause() -> None:
    assert _texts_speakers("وأضاف المدير أن المقاول أكد التزامه بالآجال.") == [
        ("المقاول أكد التزامه بالآجال", "المدير")]


def test_haythu_joins_another_report() -> None:
    got = _texts_speakers("وقال المتهم إنه اشترى البضاعة من وسيط في المدينة حيث اعترف بدوره"
                          " بأن سائقا سرقها.")
    assert [t for t, _ in got] == ["اشترى البضاعة من وسيط في المدينة", "سائقا سرقها"]


def test_a_joined_verb_after_a_preposition_is_the_same_speakers() -> None:
    got = _texts_speakers("وقال المدرب إن الفريق تدرب جيدا وأشار إلى أن المباراة صعبة.")
    assert got == [("الفريق تدرب جيدا", "المدرب"), ("المباراة صعبة", "المدرب")]


def test_a_joined_verb_of_another_person_without_a_subject_stays_in_the_clause() -> None:
    # the association is the subject of نفت: a report inside the minister's clause
    assert _texts_speakers("وأضاف الوزير أن الجمعية اتصلت بالوزارة ونفت أنها تلقت أي دعم.") == [
        ("الجمعية اتصلت بالوزارة ونفت أنها تلقت أي دعم", "الوزير")]


def test_a_causal_lianna_after_a_joined_verb_stays_in_the_clause() -> None:
    text = "وقالت الوزيرة إن المرأة تدافع عن نفسها وتصرح بما يحدث لها لأن القانون يحميها."
    assert _texts_speakers(text) == [
        ("المرأة تدافع عن نفسها وتصرح بما يحدث لها لأن القانون يحميها", "الوزيرة")]


def test_a_complementizer_after_another_cue_is_that_cues() -> None:
    # مشيرا owns أن: وصرح آنذاك بالانسحاب stays in the first clause
    got = _texts_speakers("وأضاف المدير أن الفريق انسحب وصرح آنذاك بالانسحاب مشيرا إلى أن"
                          " القرار نهائي.")
    assert [t for t, _ in got] == ["الفريق انسحب وصرح آنذاك بالانسحاب", "القرار نهائي"]


def test_without_saying_ends_the_clause() -> None:
    # the journalist's note on what the statement left out
    assert _texts_speakers("وقالت الشرطة في بيان إن الرجل مريض نفسيا دون ذكر تفاصيل عن"
                           " الإجراءات.") == [("الرجل مريض نفسيا", "الشرطة")]


def test_min_dun_an_tuwaddih_ends_the_clause_before_min() -> None:
    assert _texts_speakers("وقال الرئيس إن المستثمر كبير، من دون أن يوضح هويته.") == [
        ("المستثمر كبير", "الرئيس")]


def test_without_another_verbal_noun_stays_in_the_clause() -> None:
    # دون تقديم مبرر is the speaker's own charge
    assert _texts_speakers("وقال النائب إن الحكومة رفعت الأسعار دون تقديم أي مبرر.") == [
        ("الحكومة رفعت الأسعار دون تقديم أي مبرر", "النائب")]


def test_a_percent_sign_ends_inside_the_clause() -> None:
    assert _texts_speakers("وقال الوزير إن التضخم تراجع إلى 5%.") == [
        ("التضخم تراجع إلى 5%", "الوزير")]


def test_a_full_stop_after_a_number_stays_out_of_the_clause() -> None:
    assert _texts_speakers("وقال الوزير إن التضخم تراجع إلى 5.") == [
        ("التضخم تراجع إلى 5", "الوزير")]


def test_a_coordinated_anna_resumes_the_clause_after_an_aside() -> None:
    got = _texts_speakers("وصرح المدرب بأن التحضيرات تجري في ظروف جيدة، وهي المرحلة الأخيرة من"
                          " الإعداد، وأن اللاعبين جاهزون تماما، مؤكدا أن كل مباراة صعبة.")
    assert got == [("التحضيرات تجري في ظروف جيدة، وهي المرحلة الأخيرة من الإعداد، وأن اللاعبين"
                    " جاهزون تماما", "المدرب"), ("كل مباراة صعبة", "المدرب")]


def test_an_aside_without_a_coordinated_anna_ends_the_clause() -> None:
    got = _texts_speakers("وصرح المدرب بأن التحضيرات تجري في ظروف جيدة، وهي المرحلة الأخيرة من"
                          " الإعداد. وأكد أن اللاعبين جاهزون.")
    assert got == [("التحضيرات تجري في ظروف جيدة", "المدرب"), ("اللاعبين جاهزون", "المدرب")]


def test_an_adverb_of_a_haals_shape_stays_in_the_clause() -> None:
    assert _texts_speakers("وأشار المدير إلى أن الوزارة تعكف، حاليا، على إعداد كراس شروط جديد.") == [
        ("الوزارة تعكف، حاليا، على إعداد كراس شروط جديد", "المدير")]


def test_a_plural_verb_after_a_comma_stays_in_the_clause() -> None:
    got = _texts_speakers("وأفاد مصدر أمني أن مجموعة من الشبان، كانوا على متن قارب، تم إيقافهم.")
    assert got == [("مجموعة من الشبان، كانوا على متن قارب، تم إيقافهم", "مصدر أمني")]


def test_a_haal_after_a_comma_still_opens_another_clause() -> None:
    got = _texts_speakers("وأكد الوزير أن الوضع مستقر، داعيا المواطنين إلى الهدوء.")
    assert got == [("الوضع مستقر", "الوزير")]


def test_fima_yataallaq_stays_in_the_clause() -> None:
    got = _texts_speakers("وقال الوزير إن الحكومة ستتخذ إجراءات جديدة فيما يتعلق بأسعار الخبز.")
    assert got == [("الحكومة ستتخذ إجراءات جديدة فيما يتعلق بأسعار الخبز", "الوزير")]


def test_a_contrast_inside_the_report_stays_in_the_clause() -> None:
    got = _texts_speakers("وقال الوزير إن الحصاد بلغ نصف المساحات فيما تم تجميع مليون طن.")
    assert got == [("الحصاد بلغ نصف المساحات فيما تم تجميع مليون طن", "الوزير")]


def test_a_contrast_before_another_report_ends_the_clause() -> None:
    got = _texts_speakers("وقالت الشرطة إن الحادث لا صلة له بالإرهاب بينما ذكرت وسائل إعلام أن"
                          " السائق كان مخمورا.")
    assert got == [("الحادث لا صلة له بالإرهاب", "الشرطة"), ("السائق كان مخمورا", "وسائل إعلام")]


def test_fi_hin_before_another_report_ends_the_clause() -> None:
    got = _texts_speakers("وأكد الوزير أن الأسعار مستقرة في حين أكدت النقابة أن الأسعار ارتفعت.")
    assert got == [("الأسعار مستقرة", "الوزير"), ("الأسعار ارتفعت", "النقابة")]


def test_a_joined_verb_before_a_quotation_ends_the_clause() -> None:
    got = _texts_speakers('وقال الوزير إن الوضع صعب في الجنوب وأضاف: "سنواصل العمل مع كل'
                          ' الأطراف".')
    assert got == [("الوضع صعب في الجنوب", "الوزير"), ("سنواصل العمل مع كل الأطراف", "الوزير")]


def test_a_joined_naming_verb_before_a_name_stays_in_the_clause() -> None:
    got = _texts_speakers('وأوضح العميد أن هذا الطالب ويدعى "كريم بن صالح العياري" معتصم'
                          " بالكلية.")
    assert got == [('هذا الطالب ويدعى "كريم بن صالح العياري" معتصم بالكلية', "العميد")]


def test_a_consequence_after_a_comma_stays_in_the_clause() -> None:
    got = _texts_speakers("وقالت فرق الإنقاذ إن النيران اشتعلت في الحافلة، مما أودى بحياة ركاب"
                          " كثيرين.")
    assert got == [("النيران اشتعلت في الحافلة، مما أودى بحياة ركاب كثيرين", "فرق الإنقاذ")]


def test_mimma_with_a_conjunction_after_a_comma_ends_the_clause() -> None:
    """ومما is an after-comma opener as written; a bare مما (above) is a consequence."""
    got = _texts_speakers("وقالت الوزارة إن الفحوص بدأت في المخابز، ومما زاد القلق نقص الأدوية.")
    assert got == [("الفحوص بدأت في المخابز", "الوزارة")]


def test_a_comment_after_a_comma_still_ends_the_clause() -> None:
    got = _texts_speakers("وقالت فرق الإنقاذ إن النيران اشتعلت في الحافلة، وهو الحادث الثاني هذا"
                          " الشهر.")
    assert got == [("النيران اشتعلت في الحافلة", "فرق الإنقاذ")]


def test_a_contrast_before_a_verb_of_statement_without_a_complementizer_ends_the_clause() -> None:
    got = _texts_speakers("وقالت الوزارة إن الطائرات نفذت الهجوم في حين نفت الجهة الأخرى ذلك.")
    assert got == [("الطائرات نفذت الهجوم", "الوزارة")]
