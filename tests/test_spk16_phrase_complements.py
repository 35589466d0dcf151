"""A speaker phrase takes the complement its last word wants, though the word stops phrases
elsewhere (engine/phrase_complements.py): a passive participle its preposition with a
pronoun, one of a group its demonstrative and noun, a guest noun its programme.  Sentences
written for the test."""

from __future__ import annotations

from extract_helpers import speakers

from quotecheck import extract_quotes


def test_a_passive_participle_keeps_its_preposition() -> None:
    assert speakers('كما أكد المظنون فيه أنه "ينشط منذ مدة".') == ["المظنون فيه"]


def test_the_victims_phrase_keeps_its_pronoun() -> None:
    assert speakers('وقال أحد المجني عليهم إن الحكم "عادل".') == ["أحد المجني عليهم"]


def test_a_joined_cue_reads_the_whole_group_phrase() -> None:
    """The subject of a sentence's first verb, read by a joined وقال (before_cue)."""
    text = ('وأعرب أحد المجني عليهم، وهو مهندس متقاعد، عن ارتياحه للحكم، وقال: '
            '"كنت أظن أن أموالي ضاعت".')
    assert speakers(text) == ["أحد المجني عليهم"]


def test_a_noun_after_the_participle_is_the_object() -> None:
    """Near miss: a participle that governs no preposition (المتهم) ends at the preposition."""
    assert speakers('وقال المتهم فيه إن الحكم "عادل".') == ["المتهم"]


def test_one_of_these_sources() -> None:
    assert speakers('وأوضح أحد هذه المصادر أن الصورة "أرسلت".') == ["أحد هذه المصادر"]


def test_a_demonstrative_after_a_title_still_stops() -> None:
    """Near miss: هذا after a title opens the verb's object, not the group's noun."""
    assert speakers('وأوضح الوزير هذا الأمر قائلا إن الصورة "أرسلت".')[0] == "الوزير"


def test_the_guest_of_the_programme() -> None:
    assert speakers('وأوضح ضيف البرنامج أن السكن "سيعرف دعما".') == ["ضيف البرنامج"]


def test_a_title_before_a_programme_word_still_stops() -> None:
    """Near miss: a title is no guest noun: البرنامج after it is the verb's object."""
    assert speakers('وقدم الوزير البرنامج قائلا إنه "سيعرف دعما".')[0] == "الوزير"


def test_an_office_in_construct_takes_an_event_noun() -> None:
    """المؤتمر ends a phrase elsewhere (في المؤتمر الصحفي); after رئيس it is the office's."""
    assert speakers('وقال رئيس حزب المؤتمر الوطني إن الوفد "طلب السفر".') == [
        "رئيس حزب المؤتمر الوطني"]


def test_a_statement_s_issuer_keeps_its_whole_name() -> None:
    got = [q.speaker_name for q in extract_quotes(
        'وقال بيان لحزب المؤتمر الشعبي العام إن الوفد "طلب السفر".')]
    assert got == ["حزب المؤتمر الشعبي العام"]


def test_an_event_noun_after_a_preposition_still_ends_the_phrase() -> None:
    """Near miss: في المؤتمر الصحفي after a definite title is an adverbial."""
    assert speakers('وقال الوزير في المؤتمر الصحفي إن الوفد "طلب السفر".') == ["الوزير"]
