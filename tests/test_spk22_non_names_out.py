"""Function words, common nouns, months and places taken out of person_names.txt (round 9,
spk22): a city (لندن) or a noun after a name (مستوى، خبر) or heading an office (صاحب) is
no word of a person's name; the names the cross-check met beside them stay (جمال، سليمان).
Sentences written for the test, after ANT's shapes."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.lang.ar.lexicon import lexicon
from quotecheck.lang.ar.normalize import fold


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_noun_after_the_name_is_no_surname() -> None:
    """مستوى (folded مستوي) was a listed word: the object's noun ran on the name."""
    got = _names('ووصف نائب وزير الخارجية السوري فيصل المقداد مستوى العلاقات بأنه "ضعيف".')
    assert got == ["فيصل المقداد"]


def test_a_possessor_noun_heads_no_name() -> None:
    """صاحب (owner) was a listed word: the office phrase showed as the name."""
    got = _names('وأكد صاحب المشروع محمد الكيلاني أن "السفينة جاهزة".')
    assert got == ["محمد الكيلاني"]


def test_a_first_name_after_a_title_is_still_read() -> None:
    """Near miss: a listed first name (جمال) after the title opens the name."""
    got = _names('وقال صاحب الشركة جمال المدوري إن الأشغال "توقفت منذ سنة".')
    assert got == ["جمال المدوري"]


def test_the_text_cut_after_the_noun() -> None:
    """No quote and no error when the text ends right after the trigger."""
    assert extract_quotes("ووصف نائب وزير الخارجية السوري فيصل المقداد مستوى") == []


def test_no_country_month_or_particle_is_a_name() -> None:
    """The systematic cross-check: the package's countries, places and time words meet the
    names only where the word is a name too (جمال، سليمان، بنان) or is read as one on
    purpose (صباح، ماي: time words that are first names; الله: name_tails)."""
    lex = lexicon()
    names = lex.person_names
    assert names & lex.countries <= {fold("الله")}
    assert names & lex.time_words <= {fold("صباح"), fold("ماي")}
    assert names & lex.places <= {fold(w) for w in ("جمال", "سليمان", "بنان")}
    gone = ("بلا", "بنت", "لندن", "اكثر", "كان", "يناير", "سيما", "والد", "دينار")
    assert not {fold(w) for w in gone} & names


def test_a_cue_verb_is_no_name_but_a_cue_name_stays() -> None:
    """The list's words that read as cues: the verbs are out (أجاب، أنكر), the first names
    that are cue forms too stay (روي، راي)."""
    names = lexicon().person_names
    assert not {fold("أجاب"), fold("أنكر")} & names
    assert {fold("روي"), fold("راي")} <= names
