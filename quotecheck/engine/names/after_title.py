"""A person's name set after a title at some distance: behind a comma, a preposition's
complement and a descriptor or two (the name the title-only mentions of the document link
to, ``engine.names.titles``):

    رئيس بنفيكا، روي فرنانديش، للصحفيين ...
    منسق الشؤون الإنسانية في المنظمة في السودان، الفرنسي جان-لوك مارتينو، ...
    مديرة التخطيط في البلدية المهندسة ربى الحوراني لـ"بترا" إن ...
    رئيس الحزب من أجل التناوب، النائب محمد الأمين ولد أحمدو، أن ...

The evidence that the words are a name, since Arabic writes no capitals: its place (after
the comma or the descriptor, right before a comma, a colon, the addressee or the clause),
its shape (two to four words, the first not definite) and either a known first name
(person_names.txt), the document's own word for it: its last word stands elsewhere as
the bare subject of a cue (``surnames.confirmed_surname``), or a courtesy title right before
it (الدكتورة وانجيكو موانغي)."""

from __future__ import annotations

from functools import lru_cache

from quotecheck.engine.evidence import COMMAS
from quotecheck.engine.names.surnames import confirmed_surname, cue_subjects
from quotecheck.engine.phrase_stops import is_name_ali, speaker_word_list, stops_phrase
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.datafiles import fold_all, read_json
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import is_nisba, strip_conj, without_article

COMPLEMENT_WORDS = 6  # words of a preposition's complement between the title and the name
LEADS = 3  # descriptors (nisba, honorific, office, role noun) before the name at most
NAME_WORDS = 4  # words of the name at most
_HYPHEN = "-"  # (جان-لوك: one name in two words)


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """The role nouns (leads) and event words of data/apposition.json, folded."""
    data = read_json("apposition.json")
    return {k: frozenset(fold_all(data[k])) for k in ("leads", "event_words", "nationalities")}


def name_after_title(lex: Lexicon, wi: WordIndex, j: int) -> tuple[int, int] | None:
    """Word range [x, e) of the person's name after a title that ends before word j: set off
    by a comma right there or after a preposition's complement (with any descriptors after
    the comma), or, with no comma, behind the complement and a courtesy or role noun
    (في البلدية المهندسة X Y); None when no such name follows."""
    n = len(wi)
    if j >= n:
        return None
    if not COMMAS.isdisjoint(wi.gap(j)):
        return _apposed(lex, wi, j, after_comma=True)
    if not _opens_complement(lex, wi.norms[j]):
        return None
    for k in range(j + 1, min(n, j + 1 + COMPLEMENT_WORDS)):
        gap = wi.gap(k).strip(" ")
        if gap and set(gap) <= COMMAS:
            return _apposed(lex, wi, k, after_comma=True)
        if gap:
            return None  # (the sentence, a quoted name or a parenthesis: no apposition)
        if _lead(lex, wi.norms[k], after_comma=False):
            return _apposed(lex, wi, k, after_comma=False)
        if not _complement_word(lex, wi, k):
            return None
    return None


def _opens_complement(lex: Lexicon, w: str) -> bool:
    """A preposition that opens a title's complement (في، من، عن، لدى; بالبلدية، لطلبة)."""
    m = lex.morph
    preps = (speaker_word_list("fronted_prepositions", lex)
             | speaker_word_list("title_prepositions", lex))
    return (w in lex.soft_prep or w in lex.place_prepositions or w in preps
            or len(w) > 3 and w[0] in m.preposition_clitics and w not in lex.person_names)


def _complement_word(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k may stand in a title's complement before the name: no office (the name after
    it would be that office's: باسم الرئيس X), no personal name (عن الشهيد محمد X), no cue,
    complementizer, event word (خلال لقائه نظيره، X) or correspondent."""
    w = wi.norms[k]
    bare = strip_conj(w)
    office = w in lex.titles or without_article(bare) in lex.titles
    return not (office or lex.is_first_name(w) or lex.is_first_name(bare)
                or is_name_ali(lex, wi, k) or lex.cue(w) is not None
                or lex.complementizer(bare) or bare in _lists()["event_words"]
                or without_article(bare) in speaker_word_list("correspondent_nouns", lex))


def _lead(lex: Lexicon, w: str, after_comma: bool) -> bool:
    """A definite descriptor before a name: a courtesy title or a role noun (الدكتورة،
    المهندسة، الطالب: apposition.json leads), and after a comma also an office, an
    honorific or a nisba (النائب، الفرنسي); not a country (السودان)."""
    art = lex.morph.article
    if not w.startswith(art) or w in lex.countries:
        return False
    if _courtesy(lex, w) or w in _lists()["leads"]:
        return True
    masc = w[len(art):].removesuffix(lex.fem_ending)
    return after_comma and (lex.is_title(w) or is_nisba(w) or masc in _lists()["nationalities"])


def _apposed(lex: Lexicon, wi: WordIndex, j: int, after_comma: bool) -> tuple[int, int] | None:
    """The name that opens at word j behind its descriptors (at least one when no comma
    stands before word j), with the evidence and the end a name needs."""
    n, norms = len(wi), wi.norms
    x = j
    while x < n and x - j < LEADS and _lead(lex, norms[x], after_comma or x > j) and (
            x == j or not wi.gap(x).strip(" ")):
        x += 1
    if x >= n or (x == j and not after_comma) or (x > j and wi.gap(x).strip(" ")):
        return None
    first = norms[x]
    if first.startswith(lex.morph.article) and not lex.is_first_name(first):
        return None  # (the name opens with no article: ربى الحوراني, not الإدارة)
    e = x
    while e < n and e - x < NAME_WORDS and (e == x or wi.gap(e).strip(" ") in ("", _HYPHEN)) \
            and _name_word(lex, wi, e, x):
        e += 1
    if e - x < 2 or e >= n or not _ends_name(lex, wi, e):
        return None  # (a name ends before a comma, a colon, the addressee or the clause)
    if not wi.gap(e).strip(" ") and any(_loose_definite(lex, wi, k) for k in range(x + 1, e)):
        return None  # (no punctuation after it: لمياء الزريبي إمكانية اللجوء لـ ..., an object)
    if not (lex.is_first_name(first) or is_name_ali(lex, wi, x)
            or confirmed_surname(lex, wi, x, e) or (x > j and _courtesy(lex, norms[x - 1]))):
        return None  # (the evidence that the words are a person's name)
    return x, e


def _courtesy(lex: Lexicon, w: str) -> bool:
    """Word w is a definite courtesy title (الدكتورة، الأستاذ، الشيخ: speaker_words.json
    courtesy_titles), which only a person's name follows: evidence for the words after it."""
    art = lex.morph.article
    if not w.startswith(art):
        return False
    bare = w[len(art):]
    titles = speaker_word_list("courtesy_titles", lex)
    return bare in titles or bare.removesuffix(lex.fem_ending) in titles


def _name_word(lex: Lexicon, wi: WordIndex, k: int, x: int) -> bool:
    """Word k may be a word of the name that opens at word x: a known first name opens it
    even where it reads as a cue (روي), a known name or a joiner goes on it (الأمين، ولد);
    no title, body, country, time word, preposition,
    complementizer, cue or stop word; after the first word no و or ل on a word that no list
    knows as a name (لـ"بترا"، وفوزي), a hyphen apart (جان-لوك)."""
    w = wi.norms[k]
    m = lex.morph
    if k == x and (lex.is_first_name(w) or is_name_ali(lex, wi, k)):
        return True
    joiners = lex.speaker_lists["name_joiners"]
    if k > x and (w in lex.person_names or w in joiners or wi.norms[k - 1] in joiners):
        return True  # (محمد الأمين ولد أحمدو، إبراهيم عبد الحافظ)
    if (lex.is_title(w) or lex.is_body(w) or w in lex.countries or w in lex.time_words
            or w in lex.soft_prep or w in lex.place_prepositions
            or lex.complementizer(strip_conj(w)) or lex.cue(w) is not None
            or stops_phrase(lex, wi, k) or w.startswith((m.lam_article, m.ba_article))):
        return False
    return not (k > x and wi.gap(k).strip(" ") != _HYPHEN and w not in lex.person_names
                and w[:1] in (m.conjunction, m.lam))


def _loose_definite(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k is definite and no nisba, known name or word the text makes a cue's subject
    (اللجوء; not الحوراني، الأمين): a common noun, unless punctuation shows the name ends
    after it."""
    w = wi.norms[k]
    return w.startswith(lex.morph.article) and not (
        is_nisba(w) or w in lex.person_names or w in cue_subjects(lex, wi))


def _ends_name(lex: Lexicon, wi: WordIndex, e: int) -> bool:
    """Word e (after the name) shows where it ends: punctuation before it (a comma, a colon,
    a mark), or the addressee (لـ، للصحفيين), an adverbial's في or خلال (finders.json
    after_name_words), a complementizer or a cue; not إلى (لمياء الزريبي إمكانية اللجوء إلى:
    the verb's object ran on)."""
    gap = wi.gap(e).strip(" ")
    if gap:
        return gap != _HYPHEN
    w = wi.norms[e]
    return (w.startswith(lex.prep_li) or w in lex.after_name_words
            or lex.complementizer(strip_conj(w)) or lex.cue(w) is not None)
