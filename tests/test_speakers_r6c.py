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
