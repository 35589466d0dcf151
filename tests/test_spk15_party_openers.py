"""A sentence that opens with a word turning to another party (غير أن، لكن، بينما، في حين،
أما: speaker_words.json ``party_openers``) and a speaker-like subject makes that party the
antecedent of the bare verbs after it, in its own sentence (any verb) or in the next ones
(a verb of statement, or any verb after a party opener that a title and a name follow):
``engine.names.earlier.party_subject``.  A country ending in alef inside the subject
(المبعوث الأممي إلى ليبيا) is no accusative object.  Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from quotecheck import extract_quotes
from quotecheck.engine.names.earlier import party_subject
from quotecheck.engine.names.part import name_part
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import lexicon

LEX = lexicon()

_FIRST = "وقال رئيس نقابة المخابز طوني أبي عقل إن الكلفة مرتفعة جدا. "


def _named(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_titled_subject_after_ghayr_anna_takes_the_bare_verb_of_its_sentence() -> None:
    text = _FIRST + ('غير أن وزير الطاقة سامي الكافي رفض هذا الطرح، وقال إن "التسعيرة'
                     ' عادلة".')
    assert _named(text) == ["طوني أبي عقل", "سامي الكافي"]


def test_a_verb_first_party_sentence_is_the_antecedent_of_the_next_one() -> None:
    text = _FIRST + ("بينما توجه رئيس الحكومة سامي الكافي إلى المواطنين برسالة مطمئنة. وقال"
                     " إن الأسعار لن ترتفع هذا العام.")
    assert _named(text) == ["طوني أبي عقل", "سامي الكافي"]


def test_a_party_opener_before_no_speaker_changes_nothing() -> None:
    """Near miss: غير أن before a noun that names no one (الوضع) is no new party."""
    text = _FIRST + "غير أن الوضع بقي على حاله. وأضاف أن الحكومة لم ترد على مطالبهم."
    assert _named(text) == ["طوني أبي عقل", "طوني أبي عقل"]


def test_a_verb_after_the_opener_is_not_read_as_the_subject() -> None:
    """Near miss: فيما طالب نواب ...: طالب is the verb (not "a student"), and its plural
    subject is no antecedent of a singular bare verb."""
    text = _FIRST + ("فيما طالب نواب في البرلمان وزير الإعلام بضبط البث. وأضاف أن الحكومة لم"
                     " ترد على مطالبهم.")
    assert _named(text) == ["طوني أبي عقل", "طوني أبي عقل"]


def test_a_country_in_alef_inside_the_subject_is_no_object() -> None:
    text = _FIRST + ('ورحب المبعوث الأممي إلى ليبيا سامي الكافي في بيان بالاتفاق، ووصفه بأنه'
                     ' "خطوة مهمة".')
    assert _named(text) == ["طوني أبي عقل", "سامي الكافي"]


def _name_of_rules(wi: WordIndex) -> Callable[[SpeakerSpan], tuple[str, ...] | None]:
    def name_of(sp: SpeakerSpan) -> tuple[str, ...] | None:
        part = name_part(LEX, wi.norms[sp.first : sp.last + 1])
        return None if part is None or part[1] <= part[0] else ("name",)
    return name_of


def _party(text: str) -> str | None:
    wi = WordIndex(text)
    sp = party_subject(LEX, wi, 0, len(wi), _name_of_rules(wi))
    return None if sp is None else text[wi.starts[sp.first] : wi.ends[sp.last]]


def test_party_subject_reads_a_country_in_alef_as_part_of_the_subject() -> None:
    assert _party("لكن المبعوث الأممي إلى ليبيا سامي الكافي رفض العرض") == (
        "المبعوث الأممي إلى ليبيا سامي الكافي")


def test_party_subject_an_accusative_object_still_ends_the_subject() -> None:
    """Near miss: جانبا (tanween alef, no country) is an object running on into the phrase:
    no subject is read from it."""
    assert _party("لكن رئيس الجمعية سامي الكافي جانبا من كلمته للأسعار") is None


def test_party_subject_needs_a_party_opener() -> None:
    """Near miss: the same subject after a plain conjunction is no other party's turn."""
    assert _party("ثم وزير الطاقة سامي الكافي رفض العرض") is None
