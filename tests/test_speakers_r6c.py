"""The person named after a title phrase (round 6c): where the title's complement ends and
whether the words after it are a name the lists need not know.  Sentences written for the
test, one from ANT (Apache-2.0) in shape."""

from __future__ import annotations

from quotecheck import extract_quotes


def speaker_name(text: str) -> str | None:
    """The speaker name of the only quote of ``text``."""
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0].speaker_name


def test_name_in_apposition_after_a_foreign_body_name() -> None:
    """An indefinite office word in construct with a body's foreign name, then a person's
    name between commas: the name is the person's, the body's words are the complement."""
    text = ('وأكد نائب مدير سكوتلاند يارد، مارك رولي، في مؤتمر صحفي عقده اليوم، '
            '"أن سبعة أشخاص قتلوا".')
    assert speaker_name(text) == "مارك رولي"
    text = 'وقال رئيس ستاندرد تشارترد، بيورن دورنو، إن الأسواق ستتعافى.'
    assert speaker_name(text) == "بيورن دورنو"


def test_time_words_after_the_comma_are_no_name() -> None:
    """The near miss: a time adverbial between commas is no person's name."""
    text = 'وقال نائب مدير سكوتلاند برايس، أمس الأحد، إن الهجوم إرهابي.'
    assert speaker_name(text) == "سكوتلاند برايس"


def test_a_known_name_after_the_office_word_keeps_its_phrase() -> None:
    """The near miss: a known first name right after the office word is no body's name
    (the comma then opens something else)."""
    text = 'وقال مستشار محمد علي، بيورن دورنو، إن الهجوم إرهابي.'
    assert speaker_name(text) == "محمد علي"


def speaker_names(text: str) -> list[str | None]:
    """The speaker names of all quotes of ``text``, in order."""
    return [q.speaker_name for q in extract_quotes(text)]


def test_unknown_name_after_a_place_complement_named_again_later() -> None:
    """Title + place complement + two words the lists do not know, before the
    complementizer: the text names the person again by the last word as a cue's subject
    (the book of names), so the words are the person's name."""
    text = ('وقال مبعوث الإذاعة إلى قابس دورنو بيترانو إن الوضع هادئ. '
            'وأضاف بيترانو أن الطريق مغلقة.')
    assert speaker_names(text) == ["دورنو بيترانو", "دورنو بيترانو"]
    text = ('وقال الوجه الشهير في موريتانيا دورنو بيترانو ان الحكم قاس. '
            'وأضاف بيترانو أن الوضع صعب.')
    assert speaker_names(text)[0] == "دورنو بيترانو"


def test_unknown_words_never_named_again_are_no_name() -> None:
    """The near miss: the same words, never named again, stay out of the name (an
    adverbial may look the same: في مؤتمر صحفي)."""
    text = 'وقال مبعوث الإذاعة إلى قابس دورنو بيترانو إن الوضع هادئ.'
    names = speaker_names(text)
    assert len(names) == 1 and "بيترانو" not in (names[0] or "")
    text = 'وقال وزير الداخلية في مؤتمر صحفي إن الوضع هادئ. وقال نائبه إن الطريق مغلقة.'
    assert speaker_names(text)[0] == "وزير الداخلية"


def test_month_name_as_surname_before_a_weekday() -> None:
    """A surname that is also a month (ماي) after a first name, then a day word: the name
    goes on to the surname."""
    text = 'وأعلنت رئيسة الوزراء البريطانية تيريزا ماي الخميس، أن المنفذ بريطاني.'
    assert speaker_name(text) == "تيريزا ماي"


def test_month_after_a_time_noun_is_no_surname() -> None:
    """The near miss: the month after شهر, or with الماضي after it, is a date."""
    text = 'وأعلنت الحكومة في ماي الماضي أن المنفذ بريطاني.'
    assert speaker_name(text) == "الحكومة"
    text = 'وأعلن الوزير منذ شهر ماي اليوم أن المنفذ بريطاني.'
    assert speaker_name(text) == "الوزير"


def test_part_of_the_day_before_a_weekday_is_no_surname() -> None:
    """The near miss: صباح (also a personal name) before a weekday is the morning of it."""
    text = 'وصرح وزير التربية سالم جلول صباح الثلاثاء أن "الحل قريب".'
    assert speaker_name(text) == "سالم جلول"


def test_title_only_mention_ending_in_a_definite_word_takes_the_name_given_earlier() -> None:
    """A title-only phrase whose last word is definite (الفساد) reads like a surname alone;
    the same title followed by a full name earlier in the text names the person."""
    text = ('وكان رئيس الهيئة الوطنية لمكافحة الفساد سالم الطيب، قد زار الجهة. '
            'وأكد رئيس الهيئة الوطنية لمكافحة الفساد أن الملف جاهز.')
    assert speaker_names(text)[-1] == "سالم الطيب"


def test_words_after_the_title_without_a_first_name_are_no_name() -> None:
    """The near miss: a verb's object after the same title earlier is no person's name."""
    text = ('وكان رئيس الهيئة الوطنية لمكافحة الفساد اتهمه بالتقصير. '
            'وأكد رئيس الهيئة الوطنية لمكافحة الفساد أن الملف جاهز.')
    assert "اتهمه" not in (speaker_names(text)[-1] or "")
