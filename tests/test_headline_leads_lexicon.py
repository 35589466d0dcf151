"""The headline-lead lists (headline_leads.json) are read from the lexicon the engine is given
(``lex.headline_leads``), so a lexicon with its own words changes the headline rules.
Sentences written for the test."""

from __future__ import annotations

from quotecheck.engine import extract
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.normalize import fold

_DRIVER = "سائق الحافلة : الطريق كانت مغلقة طوال الصباح"
_BODY = "منظمة الدفاع عن المستهلك : الأسعار ارتفعت كثيرا هذا الشهر"


def _speakers(text: str, lex: Lexicon | None = None) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in extract(text, lex=lex)]


def _with(key: str, words: frozenset[str]) -> Lexicon:
    lex = Lexicon()
    leads = dict(lex.headline_leads)
    leads[key] = words
    lex.headline_leads = leads
    return lex


def test_a_person_noun_added_to_a_lexicon_makes_its_lead_speak() -> None:
    lex = Lexicon()
    lex = _with("persons", lex.headline_leads["persons"] | {fold("سائق")})
    assert _speakers(_DRIVER, lex) == ["سائق الحافلة"]


def test_the_shipped_lexicon_reads_the_lead_as_a_topic() -> None:
    """The near miss: سائق is no role noun of the shipped list, so the lead gives no quote."""
    assert _speakers(_DRIVER) == []


def test_a_body_keeps_its_complement_by_the_lexicon_s_prepositions() -> None:
    assert _speakers(_BODY) == ["منظمة الدفاع عن المستهلك"]
    assert _speakers(_BODY, _with("lead_complement_prepositions", frozenset())) == [
        "منظمة الدفاع"]


def test_affix_lists_are_tuples_and_word_lists_frozensets() -> None:
    leads = Lexicon().headline_leads
    assert isinstance(leads["imperfect_prefixes"], tuple)
    assert isinstance(leads["place_heads"], frozenset)
    assert leads["persons"] == leads["role_nouns"] | leads["people_nouns"]
