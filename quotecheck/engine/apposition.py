"""A person's name set off by commas after a title phrase that holds no name, behind an
honorific, a nationality adjective or a role noun, right before the reported clause:

    قال مدرب النصر، الإيطالي ماركو بيليني، إن ...
    وقال خبير الأرصاد في المركز، الدكتور سعيد محمد النعيمي، إن ...
    وقال وكيل الدفاع عنهم، المحامي زياد خليل الروسان، لـ"الغد" إن ...

The speaker phrase reads through to the name (``engine.cue_speaker.speaker_after`` asks
``apposed_person`` when its own ``apposed_name`` finds none), so that the name, not the
title, is the speaker's; ``engine.names.phrase`` takes the name key from
``apposed_name_words`` and ``engine.names.display`` shows it ``without_leads``.

The evidence, since Arabic writes no capitals: the segment's place
(between two commas, or a comma and the verb's addressee or adverbial, right before the
clause), its length, leading words from the lists (an office or honorific of titles.txt, a
country's nisba, a role noun of apposition.json), and name words that are no common noun of
the lists, one of them a known personal name (person_names.txt) or the text's later bare
subject of a cue (``named_later``)."""

from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.engine.evidence import COMMAS, PHRASE_END, QUOTE_CHARS, Doc
from quotecheck.engine.speakers import (
    SpeakerSpan,
    is_medium,
    is_name_ali,
    named_later,
    speaker_word_list,
    stops_phrase,
)
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.datafiles import fold_all, read_json
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.lang.ar.normalize import fold

_WORD = re.compile(r"\S+")
_UNQUOTED_END = PHRASE_END - QUOTE_CHARS  # (an outlet's marks: لـ"الغد")
_ADVERBIAL_END = _UNQUOTED_END - frozenset("()")  # (an agency's credit: في تصريح لـ(وات))
LEAD_WORDS = 2  # honorific, nationality or role words before the name at most
_SHORTEST = 3  # letters of a name word at least, a joiner apart (لا، بن)
NAME_WORDS = 5  # words of the name itself at most (سامي عبد الله أبو شمالة)
BEFORE_WORDS = 6  # words of the title's complement between the phrase and the comma
AFTER_WORDS = 12  # words of an addressee, adverbial or office between the name and the clause


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """The word lists of data/apposition.json, folded."""
    return {k: frozenset(fold_all(v)) for k, v in read_json("apposition.json").items()
            if not k.startswith("_")}


def apposed_person(d: Doc, sp: SpeakerSpan, limit: int) -> SpeakerSpan | None:
    """The speaker phrase ``sp`` (a title phrase before ``limit``, the clause's first word)
    read through to the person's name set off by commas after it, or None."""
    wi, lex = d.wi, d.lex
    if sp.issuer or any((lex.is_first_name(w) or lex.is_first_name(strip_conj(w)))
                        and strip_conj(w) not in lex.countries or is_name_ali(lex, wi, x)
                        for x, w in enumerate(wi.norms[sp.first : sp.last + 1], sp.first)):
        return None  # (a known first name in the phrase: the person is named already; not
        # a place that is also a name: المتحدث باسم وفد صنعاء التفاوضي، X Y)
    head = strip_conj(wi.norms[sp.first])
    if head.startswith(lex.morph.ba) and not lex.is_title(head):
        return None  # (بأمانة ...: a prepositional phrase, no title)
    if head in speaker_word_list("partitives", lex):
        return None  # (كل من الأستاذة X، روضة Y، ومنسق ...: several persons)
    if lex.is_body(head) or not COMMAS.isdisjoint(
            "".join(wi.gap(x) for x in range(sp.first + 1, sp.last + 1))):
        return None  # (a body speaks through its own name; a comma inside: read already)
    j = _segment_start(d, sp.last + 1, limit)
    if j is None:
        return None
    e = _name_end(d, j, limit)
    if e is None or not _clause_follows(d, e + 1, limit):
        return None
    return SpeakerSpan(sp.first, e)


def _segment_start(d: Doc, k: int, limit: int) -> int | None:
    """The first word after the comma that ends the title's short complement (في المركز،
    عنهم), from word k on; None when the sentence or the phrase ends first, or the words
    before the comma hold a complementizer, a cue, a correspondent (مصدر أمني لمراسل
    الإذاعة، X Y: the correspondent's name, no speaker's) or an event with another person
    (خلال لقائه نظيره الفرنسي، X Y; apposition.json event_words)."""
    wi, lex = d.wi, d.lex
    start = _past_acronym(d, k, limit)  # (ممثلة منظمة ... (فاو) في العراق، X Y: after it)
    if start is None:
        return None
    for j in range(start, min(limit, k + BEFORE_WORDS + 1)):
        gap = wi.gap(j)
        if j == start and gap.lstrip(" ").startswith(")") and (
                start > k or "(" in wi.gap(k - 1)):
            gap = gap.lstrip(" ")[1:]  # (منظمة ... (يونيسف) في سوريا، X Y: its acronym closes)
        if not _UNQUOTED_END.isdisjoint(gap):
            return None  # (a body's quoted name goes on: في شركة «نوفا سيستمز» الألمانية،)
        if not COMMAS.isdisjoint(gap):
            return j
        w = strip_conj(wi.norms[j])
        if lex.complementizer(w) or lex.cue(w) is not None or _correspondent(lex, w) or (
                w in _lists()["event_words"]):
            return None  # (خلال لقائه نظيره، X Y: the name of the other person)
    return None


def _past_acronym(d: Doc, k: int, limit: int) -> int | None:
    """Word k, or, when a bracket opens right before it (the body's acronym after the phrase:
    منظمة الأغذية والزراعة (فاو) في العراق), the word the bracket closes before, one or two
    words on; None when it does not close there."""
    wi = d.wi
    if k >= limit or wi.gap(k).strip(" ") != "(":
        return k
    close = next((y for y in range(k + 1, min(limit, k + 3))
                  if wi.gap(y).strip(" ").startswith(")")), None)
    if close is None or any(wi.gap(y).strip(" ") for y in range(k + 1, close)):
        return None
    return close


def _correspondent(lex: Lexicon, w: str) -> bool:
    """A correspondent noun (speaker_words.json correspondent_nouns), bare, definite or
    after ل (مراسل، لمراسل، للصحفي)."""
    m = lex.morph
    for prefix in (m.lam_article, m.article, lex.prep_li, ""):
        if w.startswith(prefix) and w[len(prefix):] in speaker_word_list(
                "correspondent_nouns", lex):
            return True
    return False


def _name_end(d: Doc, j: int, limit: int) -> int | None:
    """The last word of a name that opens at word j behind at most two leading words, with
    a comma (or the clause) right after it; None when words j.. are no such name."""
    found = name_range(d.lex, d.wi, j, limit)
    return None if found is None else found[1] - 1


def name_range(lex: Lexicon, wi: WordIndex, j: int, limit: int) -> tuple[int, int] | None:
    """Word range [x, e) of a person's name that opens at word j behind at most two leading
    words (الإيطالي ماركو بيليني -> ماركو بيليني) and ends at a comma or at ``limit``: one
    to five words (two at least with no leading word), no punctuation between them, the
    first not definite, none a word of the lists that no name holds, one a known personal
    name or the text's later bare subject of a cue, or two to three plain words behind a
    leading word (``_led_name_shape``)."""
    x = j
    while x < min(limit, j + LEAD_WORDS) and _lead(lex, wi.norms[x]) and (
            x == j or not wi.gap(x).strip(" ")):
        x += 1
    first = wi.norms[x] if x < limit else ""
    if x >= limit or (x > j and wi.gap(x).strip(" ")) or (
            first.startswith(lex.morph.article) and not lex.is_first_name(first)):
        return None  # (the name opens with no article: ماركو بيليني، not الإدارة)
    e = x
    while e + 1 < limit and e + 1 - x < NAME_WORDS and not wi.gap(e + 1).strip(" "):
        e += 1
    if not (e + 1 >= limit or not COMMAS.isdisjoint(wi.gap(e + 1))):
        return None  # (a name ends at a comma or at the clause)
    if e - x + 1 < (1 if x > j else 2):
        return None  # (one word only behind a leading word: الإيطالي بيليني)
    if not all(_name_word(lex, wi, y) for y in range(x, e + 1)):
        return None
    if not (any(w in lex.person_names for w in wi.norms[x : e + 1])
            or named_later(lex, wi, x, e + 1) or _led_name_shape(lex, wi, j, x, e)):
        return None  # (evidence that the words are a person's name)
    return x, e + 1


def _led_name_shape(lex: Lexicon, wi: WordIndex, j: int, x: int, e: int) -> bool:
    """Words x..e, two to three of them behind a leading word (a nisba or an honorific:
    الدكتورة وانجيكو موانغي، البرتغالي X Y Z), none definite nor joined to و: the lead and
    the shape are the evidence of a foreign name no list holds."""
    words = wi.norms[x : e + 1]
    return x > j and 2 <= len(words) <= 3 and not any(
        w.startswith(lex.morph.article) or w != strip_conj(w) for w in words)


def apposed_name_words(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> tuple[int, int] | None:
    """Word range [i, j) of the name that a speaker phrase ends in, set off by a comma after
    a title phrase with no known first name (مدرب الفريق، التونسي نبيل الحمروني -> نبيل
    الحمروني; وكيل الدفاع عن المتهم، المحامي X Y Z -> X Y Z), the name a phrase of
    ``apposed_person`` names; None for any other phrase."""
    cut = next((j for j in range(sp.last, sp.first, -1) if not COMMAS.isdisjoint(wi.gap(j))),
               None)
    if cut is None or _named_head(lex, wi, sp.first, cut) or any(
            strip_conj(w) in _lists()["event_words"] for w in wi.norms[sp.first : cut]):
        return None  # (الوزير لدى استقباله السفير، X Y: another person's name)
    found = name_range(lex, wi, cut, sp.last + 1)
    return found if found is not None and found[1] == sp.last + 1 else None


def without_leads(lex: Lexicon, part: str) -> str:
    """A name shown for a speaker without the nationality, role or courtesy words that open
    it (الكرواتي دراغان بيتروفيتش -> دراغان بيتروفيتش, الحاج X Y -> X Y), when two words or
    more are left and the first of them is no definite word; else ``part`` itself."""
    words = list(_WORD.finditer(part))
    n = 0
    while n < min(LEAD_WORDS, len(words) - 2) and _lead(lex, fold(words[n].group())):
        n += 1
    if n == 0:
        return part
    first = fold(words[n].group())
    if first.startswith(lex.morph.article) and not lex.is_first_name(first):
        return part
    return part[words[n].start() :]


def _named_head(lex: Lexicon, wi: WordIndex, first: int, cut: int) -> bool:
    """Words first..cut-1, up to their first preposition, hold a known first name (علي as
    written too): the head names its person; a name in the complement after the preposition
    is someone else's (عضو هيئة الدفاع عن الشهيد محمد X، المحامي ...)."""
    stops = speaker_word_list("title_prepositions", lex) | speaker_word_list(
        "fronted_prepositions", lex)
    for x in range(first, cut):
        w = wi.norms[x]
        if lex.is_first_name(w) or lex.is_first_name(strip_conj(w)) or is_name_ali(lex, wi, x):
            return True
        if w in lex.place_prepositions or w in lex.soft_prep or w in stops:
            return False
    return False


def _lead(lex: Lexicon, w: str) -> bool:
    """A definite word that may stand before a name in apposition: an office or honorific,
    a nisba (is_title: الدكتور، المحامي، الإيطالي) or a role noun (الحاج، الجناح)."""
    art = lex.morph.article
    bare = w[len(art):]
    if bare.endswith(lex.fem_ending):
        bare = bare[: -len(lex.fem_ending)]  # (البرتغالية)
    return w.startswith(art) and (
        lex.is_title(w) or bare in lex.country_nisba or bare in _lists()["nationalities"]
        or bare in speaker_word_list("courtesy_titles", lex) or w in _lists()["leads"])


def _name_word(lex: Lexicon, wi: WordIndex, y: int) -> bool:
    """Word y may be part of a person's name: no title, body, medium, place, time word,
    preposition, complementizer, cue or word that stops a phrase."""
    w = wi.norms[y]
    joiners = speaker_word_list("name_joiners", lex)
    if y > 0 and wi.norms[y - 1] in joiners:
        return QUOTE_CHARS.isdisjoint(wi.gap(y))  # عبد الله، عبد الرحيم: the joiner's word
    bare = strip_conj(w)
    if bare in speaker_word_list("kunya_heads", lex) and y + 1 < len(wi) and (
            lex.is_first_name(wi.norms[y + 1])) and not wi.gap(y + 1).strip(" "):
        return True  # (أم محمد الرفاعي: a kunya opens the name)
    return not (len(w) < _SHORTEST and w not in joiners or lex.is_title(w) or lex.is_body(w)
                or is_medium(lex, w) or w in lex.countries
                or w in lex.time_words or w in lex.soft_prep or w in lex.place_prepositions
                or lex.complementizer(bare) or lex.cue(w) is not None
                or stops_phrase(lex, wi, y)
                or w.startswith((lex.morph.lam_article, lex.morph.ba_article))
                or wi.gap(y).rstrip(" ")[-1:] in QUOTE_CHARS)  # (a mark opens before it;
    # بشركة "ستاغ"، آمال: the mark before the comma closes the body's name)


def _clause_follows(d: Doc, k: int, limit: int) -> bool:
    """From word k on, at most a few words of the verb's addressee, an adverbial (لـ"الغد"،
    في مؤتمر صحفي، الثلاثاء; an agency's credit in parentheses: في تصريح خصت به (وات)) or
    the person's office after the name (، أستاذ تاريخ بجامعة X في تصريح ...) before the
    clause at ``limit``, in the same sentence; or the relay's noun alone (cue_tails: نقلت
    عن المتحدث باسم الوفد، X Y، قوله إن)."""
    wi, lex = d.wi, d.lex
    if k >= limit:
        return True
    if limit - k > AFTER_WORDS:
        return False
    w = wi.norms[k]
    if k + 1 == limit and w in lex.complement_prepositions:
        return True  # (، الدكتور X Y، إلى أن: the verb's own preposition)
    if k + 1 == limit and w in lex.cue_tails:
        return True  # (نقلت عن مدرب الترجي، مارك فان هوف، قوله إن: the relay's noun)
    if not (w.startswith(lex.prep_li) or w in lex.after_name_words or w in lex.time_words
            or w in _lists()["adverbial_openers"] or lex.is_title(w) and w == strip_conj(w)):
        return False
    return all(not lex.complementizer(wi.norms[y]) and lex.cue(wi.norms[y]) is None
               and _ADVERBIAL_END.isdisjoint(wi.gap(y)) for y in range(k + 1, limit))
