"""A word of a person's name that is also a stop or time word: a stop word before الله
after a name word or a cue opens a compound name (حسب الله: speaker_words.json name_tails),
and a time word that is a first name after a comma, before a name, opens the name in
apposition (رئيس الاتحاد، صباح كاظم العامري، إن).  engine/phrase_stops.py.  Sentences
written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named

from quotecheck.engine.speakers import phrase_after
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import lexicon


def test_a_compound_name_with_allah_after_a_name() -> None:
    got = speakers_named('وقال الدكتور الصادق آدم حسب الله إن "الأزمة في المحاليل".')
    assert got[0][0] == "الدكتور الصادق آدم حسب الله"


def test_a_compound_name_right_after_the_cue() -> None:
    got = speakers_named('وأضاف حسب الله أن "الطريق أصبح آمنا".')
    assert got == [("حسب الله", "حسب الله")]


def test_hasb_before_a_noun_stays_a_stop() -> None:
    """Near miss: حسب before another word is "according to": the phrase ends before it."""
    got = speakers_named('وقال المدير حسب مصادرنا إن "الطريق أصبح آمنا".')
    assert got[0][0] == "المدير"


def test_a_time_word_first_name_in_apposition() -> None:
    got = speakers_named('وقال رئيس الاتحاد العراقي، صباح كاظم العامري، إن الاتحاد "يثق بالمدرب".')
    assert got[0][1] == "صباح كاظم العامري"


def test_a_time_adverbial_after_the_comma_is_no_name() -> None:
    """Near miss: صباح before a day's name is the time adverbial, no apposed name."""
    got = speakers_named('وقال رئيس الاتحاد العراقي، صباح يوم الخميس، إن الاتحاد "يثق بالمدرب".')
    assert got[0][1] is not None and "صباح" not in got[0][1]


def test_a_european_name_particle_after_a_first_name() -> None:
    got = speakers_named('وقال المدرب مارك فان هوف إن فريقه "لا يعرف الكثير عن المنافس".')
    assert got[0][0] == "المدرب مارك فان هوف"


def test_fan_before_a_definite_noun_stays_a_stop() -> None:
    """Near miss: فان (فإن without hamza) before a definite noun opens a clause: the phrase
    read from the title ends before it."""
    wi = WordIndex("المدرب مارك فان الفريق لا يعرف الكثير")
    sp = phrase_after(lexicon(), wi, 0, len(wi))
    assert sp is not None and wi.norms[sp.last] == wi.norms[1]


def test_a_compound_name_is_no_object_after_a_full_name() -> None:
    got = speakers_named('وقال الخبير الدكتور عوض الكريم يوسف دفع الله إن الأزمة "ستطول كثيرا".')
    assert got[0][1] == "عوض الكريم يوسف دفع الله"


def test_a_verbal_noun_after_a_full_name_stays_the_object() -> None:
    """Near miss: دفع before a word that is no name tail opens the verb's object."""
    wi = WordIndex("وأكد الوزير سامي العلي دفع الأجور في موعدها أن")
    sp = phrase_after(lexicon(), wi, 1, len(wi) - 1)
    assert sp is not None and wi.norms[sp.last] == wi.norms[3]
