"""Common nouns that ANT writes mostly with the article and seldom beside a name were taken
out of person_names.txt (البلاد، القدم، السيارة، الأسبوع ...): the name shown for a title
phrase that ends in one is the whole phrase, not the noun; personal names the same filter
proposed (سماح، هند، الأمين) stay.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.lang.ar.lexicon import lexicon
from quotecheck.lang.ar.normalize import fold


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_the_country_s_president_is_no_name() -> None:
    assert _names('وقال رئيس البلاد إن الوضع "مستقر".') == ["رئيس البلاد"]


def test_football_is_no_name() -> None:
    got = _names('وأكد رئيس الجامعة التونسية لكرة القدم أنه "تقرر تسليم اللقب".')
    assert got == ["رئيس الجامعة التونسية لكرة القدم"]


def test_the_nouns_are_out_of_the_list() -> None:
    names = lexicon().person_names
    assert not {fold(w) for w in ("بلاد", "القدم", "الأسبوع", "السيارة", "رجل", "شاب", "فتاة")} & names


def test_a_first_name_the_filter_proposed_stays_a_name() -> None:
    """Near miss: سماح is a first name ANT also writes as a noun; it was kept."""
    assert fold("سماح") in lexicon().person_names
    text = 'وقالت النائبة عن كتلة الحرة، سماح بوحوال، إن القانون "ضروري".'
    assert [q.speaker.text for q in extract_quotes(text)] == [
        "النائبة عن كتلة الحرة، سماح بوحوال"]


def test_a_kingdom_belongs_to_the_title() -> None:
    """مملكة heads a country's full name, like سلطنة: no person's name."""
    got = _names('وقال وزير خارجية مملكة النرويج إن الإجراء "يؤكد حرصها".')
    assert got == ["وزير خارجية مملكة النرويج"]


def test_a_name_after_the_kingdom_is_still_the_name() -> None:
    """Near miss: the minister's name after the country is the name shown."""
    got = _names('وقال وزير خارجية مملكة النرويج، بورج براند، إن الإجراء "يؤكد حرصها".')
    assert got == ["بورج براند"]
