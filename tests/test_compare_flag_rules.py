"""Flag rules of the comparison on text nobody tuned on: which speaker words count as names,
nisba adjectives of places only, number look-alikes (وأحد، دور الربع، the verb عقد),
restrictive فقط and frequency adverbs, and a negation carried over by بل."""

from __future__ import annotations

import pytest

from quotecheck.comparison import tokens
from quotecheck.comparison.flags import (
    clause_breaks,
    entity_differs,
    intensifier_differs,
    negation_differs,
    number_differs,
    sentence_breaks,
)
from quotecheck.comparison.speakers import folded_name_words


def test_speaker_name_words_leave_out_titles_unnamed_heads_and_common_words() -> None:
    names = folded_name_words("المتحدث باسم وزارة الداخلية المصرية سامر الحلبي")
    assert {"سامر", "حلبي"} <= names
    assert not names & {"متحدث", "اسم", "وزاره", "داخليه", "مصريه"}
    assert folded_name_words("ثلاثة مسؤولين محليين") <= {"محليين"}


@pytest.mark.parametrize(
    ("speaker", "a", "b", "differ"),
    [
        # the speaker's own title word in one quote only names nobody
        ("وزير المالية رامي الخطيب", "الوزارة ستدعم المزارعين", "سندعم المزارعين", False),
        # a speaker named فيصل: the verb يصل is not his name
        ("فيصل الحربي", "الدعم لم يصل إلى القرى", "الدعم لم يبلغ القرى", False),
        # the speaker's name inside one quote only is an entity
        ("فيصل الحربي", "فيصل يرى أن الدعم تأخر", "الدعم تأخر", True),
        ("فيصل الحربي", "قال لفيصل إن الدعم تأخر", "الدعم تأخر", True),
    ],
)
def test_speaker_names_as_entities(speaker: str, a: str, b: str, differ: bool) -> None:
    names = folded_name_words(speaker)
    assert entity_differs(tokens(a), tokens(b), names) is differ


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("قررت الحكومة الجزائرية رفع الدعم", "قررت الحكومة رفع الدعم", True),
        ("وفد سوري زار المعبر", "وفد من سوريا زار المعبر", False),
        # الرامية (aiming) and الجاري (current) are no nisba of a place
        ("الخطة الرامية إلى خفض الدين", "الخطة التي تهدف إلى خفض الدين", False),
        ("قبل نهاية الشهر الجاري", "قبل نهاية الشهر", False),
    ],
)
def test_nisba_adjectives_of_places_only(a: str, b: str, differ: bool) -> None:
    assert entity_differs(tokens(a), tokens(b)) is differ


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # وأحد ("and one of") folds to واحد ("one") but counts nothing
        ("فريق قوي وأحد أفضل الفرق", "فريق قوي ومن أفضل الفرق", False),
        ("لدينا لاعب واحد مصاب", "لدينا لاعب مصاب", True),
        # a fraction next to دور / النهائي names a round
        ("بلغنا ربع النهائي", "بلغنا الدور المقبل", False),
        ("تأهلنا إلى دور الثمن ثم دور الربع", "تأهلنا إلى الأدوار المقبلة", False),
        ("نصف السكان غادروا", "السكان غادروا", True),
        # عقد is mostly the verb "held", not "decade"
        ("اللقاء الذي عقد يوم الأحد", "اللقاء الذي جرى يوم الأحد", False),
        ("اللقاء الذي عقد يوم الأحد", "اللقاء الذي عقد يوم السبت", True),
    ],
)
def test_number_lookalikes(a: str, b: str, differ: bool) -> None:
    assert number_differs(tokens(a), tokens(b)) is differ


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("العطل تقني فقط", "العطل تقني", False),  # a restrictive, not a degree word
        ("نحن دائما مستعدون للحوار", "نحن مستعدون للحوار", True),
        ("نضطر أحيانا إلى رفع الأسعار", "نضطر إلى رفع الأسعار", True),
    ],
)
def test_restrictives_and_frequency_adverbs(a: str, b: str, differ: bool) -> None:
    assert intensifier_differs(tokens(a), tokens(b)) is differ


def _negation_differs(a: str, b: str) -> bool:
    ta, tb = tokens(a), tokens(b)
    return negation_differs(
        ta, tb, clause_breaks(ta, a), clause_breaks(tb, b),
        sentence_breaks(ta, a), sentence_breaks(tb, b),
    )


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # بل after a negation negates what follows it (not X but Y vs Y)
        ("لم يكن التأخير متعمدا، بل خطأ إداري بحت", "التأخير خطأ إداري", True),
        ("ليس الأمر تعثرا فحسب بل أزمة مالية", "الأمر أزمة مالية", True),
        # بل with no negation before it in its sentence negates nothing
        ("التأخير خطأ إداري، بل خطأ إداري فادح", "التأخير خطأ إداري", False),
        ("لم نتأخر في التسليم. بل أزمة مالية أخرتنا", "أزمة مالية أخرتنا", False),
    ],
)
def test_negation_carried_over_by_bal(a: str, b: str, differ: bool) -> None:
    assert _negation_differs(a, b) is differ


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # one name in two spellings is one entity
        ("حذر المبعوث الأميركي من التصعيد", "حذر المبعوث الأمريكي من التصعيد", False),
        ("وصل الوفد إلى بيروت", "وصل الوفد إلى بيروت العاصمة", False),
        # near miss: another country
        ("حذر المبعوث الأمريكي من التصعيد", "حذر المبعوث الروسي من التصعيد", True),
    ],
)
def test_spelling_variants_of_one_entity(a: str, b: str, differ: bool) -> None:
    assert entity_differs(tokens(a), tokens(b)) is differ


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # one month under the names of several calendars
        ("وقع الحادث في 14 ديسمبر", "وقع الحادث في 14 كانون الأول", False),
        ("وقع الحادث في 14 دجنبر", "وقع الحادث في 14 ديسمبر", False),
        ("وقع الحادث في 14 ديسمبر", "وقع الحادث في 14 نوفمبر", True),
        # a decimal comma; a thousands comma
        ("نما الاقتصاد بنسبة 2,5 بالمئة", "نما الاقتصاد بنسبة 2.5%", False),
        ("عاد 12,000 نازح", "عاد 12000 نازح", False),
        ("نما الاقتصاد بنسبة 2,5 بالمئة", "نما الاقتصاد بنسبة 25%", True),
        # a unit word before its number or day is part of that date
        ("افتتح المصنع عام 2015", "افتتح المصنع في 2015", False),
        ("يعقد المجلس جلسته يوم الخميس", "يعقد المجلس جلسته الخميس", False),
        ("يعقد المجلس جلسته يوم الخميس", "يعقد المجلس جلسته يوم الأربعاء", True),
        # الاثنين with the article is Monday, not two
        ("وصل الوفد الاثنين", "وصل الوفد يوم الاثنين", False),
        ("وصل اثنين من الوفد", "وصل الوفد", True),
        # which week: last or next
        ("بدأت المفاوضات الأسبوع الماضي", "بدأت المفاوضات الأسبوع المنصرم", False),
        ("بدأت المفاوضات الأسبوع الماضي", "تبدأ المفاوضات الأسبوع المقبل", True),
    ],
)
def test_dates_and_numbers_written_differently(a: str, b: str, differ: bool) -> None:
    assert number_differs(tokens(a), tokens(b)) is differ
