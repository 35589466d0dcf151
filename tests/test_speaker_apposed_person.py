"""A person's name set off by commas after a title phrase with no name, behind an honorific,
a nationality adjective or a role noun, right before the clause (engine/apposition.py
``apposed_person`` and ``apposed_name_words``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_a_nationality_adjective_before_the_apposed_name() -> None:
    got = speakers_named('وقال مدرب الوحدة، الكرواتي دراغان بيتروفيتش، إن لاعبيه "قدموا كل ما لديهم".')
    assert got == [("مدرب الوحدة، الكرواتي دراغان بيتروفيتش", "دراغان بيتروفيتش")]


def test_an_honorific_after_the_title_complement() -> None:
    got = speakers_named(
        'وقال مدير الطوارئ في المستشفى، الدكتور ماهر يوسف الزعبي، إن "الأسرة كلها مشغولة".')
    assert got == [("مدير الطوارئ في المستشفى، الدكتور ماهر يوسف الزعبي", "ماهر يوسف الزعبي")]


def test_the_addressee_between_the_name_and_the_clause() -> None:
    got = speakers_named('وقال وكيل الدفاع عنهم، المحامي سليم فواز الخوالدة، لـ"الرأي" إن موكليه '
                    '"يثقون بالقضاء".')
    assert got == [("وكيل الدفاع عنهم، المحامي سليم فواز الخوالدة", "سليم فواز الخوالدة")]


def test_a_name_joiner_keeps_its_definite_word() -> None:
    got = speakers_named('قال رئيس اتحاد المزارعين، الحاج عبد الرحمن صالح الدوسري، إن الموسم '
                    '"كان ضعيفا".')
    assert got == [("رئيس اتحاد المزارعين، الحاج عبد الرحمن صالح الدوسري",
                    "عبد الرحمن صالح الدوسري")]


def test_a_role_noun_and_its_modifier_before_the_name() -> None:
    """The name shown leaves the leading role words out (apposed_name_words)."""
    got = speakers_named('قال مدرب الفريق، الجناح السابق عثمان صالح الدوسري، إن الموسم "كان ضعيفا".')
    assert got == [("مدرب الفريق، الجناح السابق عثمان صالح الدوسري", "عثمان صالح الدوسري")]


def test_the_chain_after_it_takes_the_name() -> None:
    got = speakers_named('وقال مدرب الوحدة، الكرواتي دراغان بيتروفيتش، إن لاعبيه "قدموا كل ما '
                    'لديهم". وأضاف بيتروفيتش أن "الفريق سيعود أقوى".')
    assert [name for _, name in got] == ["دراغان بيتروفيتش", "دراغان بيتروفيتش"]


def test_a_title_after_the_comma_is_no_name() -> None:
    """Near miss: the segment is a second office, not a person's name."""
    got = speakers_named('وقال مدرب الوحدة، المدير الفني للنادي، إن لاعبيه "قدموا كل ما لديهم".')
    assert got and all("المدير الفني" not in (name or "") for _, name in got)
    assert all(name != "المدير الفني للنادي" for _, name in got)


def test_an_adverbial_between_commas_is_no_name() -> None:
    """Near miss: a time phrase set off by commas is no name."""
    got = speakers_named('وقال مدرب الوحدة، مساء أمس، إن لاعبيه "قدموا كل ما لديهم".')
    assert got == [("مدرب الوحدة", "مدرب الوحدة")]


def test_a_segment_far_from_the_clause_is_not_read() -> None:
    """Near miss: more than an addressee or adverbial stands between the segment and the
    clause (a relative clause): the title stays the speaker's mention (its name may still be
    linked to the person named after the same title, ``engine.names.after_title``)."""
    got = speakers_named('وقال مدرب الوحدة، الكرواتي دراغان بيتروفيتش، الذي تسلم مهامه قبل شهرين '
                    'فقط بعد رحيل سلفه، إن لاعبيه "قدموا كل ما لديهم".')
    assert [mention for mention, _ in got] == ["مدرب الوحدة"]


def test_a_name_after_the_addressee_is_the_correspondents() -> None:
    """Near miss: the comma follows the verb's addressee (لمراسل ...): the name set off
    after it is the correspondent's, the source stays the speaker."""
    got = speakers_named('وقال مصدر أمني لمراسل الإذاعة في الجنوب، سامي الورغي، إن الطريق "مغلقة".')
    assert got == [("مصدر أمني", "مصدر أمني")]


def test_a_first_name_in_the_title_complement_is_someone_else() -> None:
    """The complement after the title's preposition names another person (the one
    defended); the name after the comma is the speaker's."""
    got = speakers_named('قال عضو هيئة الدفاع عن الضحية محمد الفالحي، المحامي كريم بوزيان، إن '
                    'الجلسة "تأجلت".')
    assert got == [("عضو هيئة الدفاع عن الضحية محمد الفالحي، المحامي كريم بوزيان",
                    "كريم بوزيان")]


def test_the_persons_office_after_the_name_before_the_clause() -> None:
    """A second apposition (the person's office) and an adverbial between the name and
    the clause."""
    got = speakers_named('وقال أحد المتظاهرين أمام البرلمان، منير الخياري، أستاذ فلسفة بجامعة صفاقس '
                    'في تصريح للإذاعة، إن المطالب "مشروعة".')
    assert got == [("أحد المتظاهرين أمام البرلمان، منير الخياري", "منير الخياري")]


def test_a_list_of_persons_is_not_read_through() -> None:
    """Near miss: كل من opens a list; the first name set off by commas is one of several
    speakers, and the office after it is coordinated (ومنسق ...)."""
    got = speakers_named('أكد كل من الباحثة بالمعهد الوطني للرصد، سنية الغربي، ومنسق جمعية المياه، '
                    'كمال العياري، أن "الأزمة ستحتد".')
    assert all(name != "سنية الغربي" for _, name in got)


def test_a_name_after_an_event_with_another_person_is_not_the_speakers() -> None:
    """Near miss: the words before the comma tell of a meeting with another person (لدى
    استقباله السفير): the name set off after them is that person's, not the speaker's."""
    got = speakers_named('وقال الوزير لدى استقباله السفير، الأمريكي جون كيري، إن الاتفاق "قريب".')
    assert all(name != "جون كيري" for _, name in got)


def test_the_verbs_preposition_before_the_complementizer() -> None:
    """أشار ... إلى أن: the verb's own preposition between the name and the clause; a
    body's quoted name in the title's complement."""
    got = speakers_named('وأشار مدير التطوير في شركة «سمارت سوفت» الكندية، الدكتور ماثيو براون، إلى '
                    'أن المنصة "جاهزة".')
    assert got == [("مدير التطوير في شركة «سمارت سوفت» الكندية، الدكتور ماثيو براون",
                    "ماثيو براون")]



def test_a_kunya_opens_the_apposed_name() -> None:
    got = speakers_named('وقالت جارة العائلة، أم خالد الرفاعي، إن السكان "لم يجدوا مكانا آخر".')
    assert [sp for sp, _ in got] == ["جارة العائلة، أم خالد الرفاعي"]
    assert got[0][1] is not None and got[0][1].endswith("خالد الرفاعي")


def test_a_kunya_head_before_a_common_noun_is_no_name() -> None:
    """The near miss: أم الشهداء (mother of the martyrs) is an epithet, no name."""
    got = speakers_named('وقالت جارة العائلة، أم الشهداء، إن السكان "لم يجدوا مكانا آخر".')
    assert got == [("جارة العائلة", "جارة العائلة")]
