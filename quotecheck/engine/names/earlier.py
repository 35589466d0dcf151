"""A quote with no speaker and no earlier one: its antecedent before it.  First the
speaker-like subject of the nearest sentence that opens with a verb (``subject_before``),
else the last "title + name" phrase, name in
apposition to a title or sentence-opening verb's subject before it
(``title_mention_before``); also the verb subjects that serve as events of the bare cues
after them (``verb_subject_events``, ``statement_verb_events``) and ``is_surname``."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import compress
from weakref import WeakKeyDictionary

from quotecheck.engine.before_cue import framed_verb
from quotecheck.engine.evidence import COMMAS, PHRASE_END, QUOTE_CHARS, gap_has_text
from quotecheck.engine.names.agreement import singular_person
from quotecheck.engine.names.anaphor import honorific_at
from quotecheck.engine.names.apposed import name_before_comma
from quotecheck.engine.names.book import NameKey
from quotecheck.engine.names.current import speech_noun
from quotecheck.engine.names.full_name import full_name_end
from quotecheck.engine.speakers import (
    SpeakerSpan,
    is_medium,
    phrase_after,
    speaker_word_list,
    stops_phrase,
)
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import is_nisba, strip_conj

# Whether a one-word phrase names a person the document gives a longer name for.
Known = Callable[[SpeakerSpan], bool]

_LOOK_BACK = 400  # words: a bounded look-back keeps the pass linear
_PHRASE_WORDS = 16
_HEAD_WORDS = 5
_BODY_WORDS = 6


def title_mention_before(lex: Lexicon, wi: WordIndex, pos: int,
                         name_of: Callable[[SpeakerSpan], NameKey | None],
                         known: Known | None = None) -> SpeakerSpan | None:
    """The antecedent of a quote with no speaker event before it: the speaker-like subject
    of the nearest sentence that opens with a verb (``subject_before``), else the last
    phrase before offset ``pos`` that starts at a title in a subject's place and holds a
    name (``name_of`` says which do), a name in apposition to a title, or the subject of a
    sentence's first verb."""
    sp = subject_before(lex, wi, pos, name_of, known)
    if sp is not None:
        return sp  # (a speech event's subject first: never an object or a word inside)
    k = wi.last_before(pos)
    stop = max(-1, k - _LOOK_BACK)
    while k > stop:
        named = _name_then_title(lex, wi, k) or _first_verb_subject(lex, wi, k, name_of,
                                                                      known)
        if named is not None and not honorific_at(lex, wi.norms[named.first]):
            return named
        if _office(lex, wi.norms[k]) and (k == 0 or not _office(lex, wi.norms[k - 1])):
            starts = [k]
            if _modifies_previous(lex, wi, k):
                # الوضع الإقليمي: an adjective; وزير الشؤون الخارجية: read from the head
                # title when there is one, else this is no speaker phrase
                h = _phrase_head(lex, wi, k)
                starts = [h, k] if h is not None else []
            starts = [a for a in starts if _subject_slot(lex, wi, a)]
            for a in starts:
                sp = phrase_after(lex, wi, a, min(len(wi), a + _PHRASE_WORDS))
                if sp is not None and name_of(sp) is not None:
                    return sp
        k -= 1
    return None


def subject_before(lex: Lexicon, wi: WordIndex, pos: int,
                   name_of: Callable[[SpeakerSpan], NameKey | None],
                   known: Known | None = None) -> SpeakerSpan | None:
    """The speaker-like subject of the nearest sentence before offset ``pos`` that opens
    with a verb (after a leading adverbial too): a speech event's subject, never a word of
    a verb's object or of a clause inside it."""
    end = wi.last_before(pos) + 1
    for k in range(end - 1, max(-1, end - _LOOK_BACK), -1):
        if not wi.opens_line(k):
            continue
        v = framed_verb(lex, wi, k, end)
        v = k if v is None else v
        sp = _first_verb_subject(lex, wi, v, name_of, known, opens=True)
        if sp is None:
            sp = _subject_after_time(lex, wi, v, end, name_of, known)
        if sp is not None and sp.last > sp.first:
            sp = _speaker_subject(lex, wi, sp)
        if sp is not None and sp.last < end and not honorific_at(lex, wi.norms[sp.first]):
            return sp  # (وتجول سموه في ...: an honorific points back itself, read on back)
    return None


def _subject_after_time(lex: Lexicon, wi: WordIndex, v: int, end: int,
                        name_of: Callable[[SpeakerSpan], NameKey | None],
                        known: Known | None) -> SpeakerSpan | None:
    """The subject of the verb at word v read past a time adverbial right after it (حذر
    اليوم الاثنين بوجمعة الرميلي، كشف اليوم الجمعة وزير ...): the verb's subject as if
    the time words were not there."""
    j = v + 1
    while j < end and (wi.norms[j] in lex.time_words or wi.norms[j].isdigit()):
        j += 1
    if j == v + 1 or j >= end or gap_has_text(wi, j) and wi.gap(j).strip(" ") not in COMMAS:
        return None
    return _first_verb_subject(lex, wi, v, name_of, known, opens=True, subject_at=j)


def _subject_slot(lex: Lexicon, wi: WordIndex, a: int) -> bool:
    """A phrase starting at word a stands where a sentence's subject does: it opens its
    sentence or line, or follows the verb that opens it (after a short adverbial of a
    preposition and its noun, or a leading adverbial before the verb, too:
    قدم المبعوث الأممي ...، وفي سياق متصل أكد وزير ...); not an object or a complement
    further on (تزور الرئيس الأمريكي X، بدعوة من الشيخ X، ولي عهد أبوظبي)."""
    if wi.opens_line(a):
        return True
    v = a - 1
    if speech_noun(lex, wi.norms[v]) and not wi.gap(a).strip(" "):
        return True  # (بعد تصريح الشيخ سعد: the one whose statement it is)
    if strip_conj(wi.norms[v]) in lex.subject_particles and not wi.gap(a).strip(" "):
        return True  # (ويذكر أن محمد جمور، نائب ...: the clause's subject)
    if wi.opens_line(v):
        return True
    if v >= 2 and wi.opens_line(v - 2) and wi.norms[v - 1] in lex.soft_prep and not (
            gap_has_text(wi, v) or gap_has_text(wi, a)):
        return True  # (ظهرت في الفيديو وزيرة السياحة X: a short adverbial between)
    s = next((x for x in range(v - 1, max(-1, v - _FRAMED_BACK), -1) if wi.opens_line(x)),
             None)  # (a leading adverbial of a few words before the verb at most)
    return s is not None and framed_verb(lex, wi, s, a) == v


_FRAMED_BACK = 8  # words from a sentence's start to its framed verb at most


def verb_subject_events(lex: Lexicon, wi: WordIndex,
                        name_of: Callable[[SpeakerSpan], NameKey | None],
                        implicit: Sequence[int],
                        known: Known | None = None) -> list[tuple[int, SpeakerSpan]]:
    """(offset, subject) of each sentence that opens with a verb and a speaker-like subject
    and holds one of the ``implicit`` cue words (indices) after it (نفت الهيئة الوطنية ...
    ما تم تداوله، مشيرة إلى أن): the antecedent of those cues, whether or not the verb gave
    a quote of its own."""
    out: list[tuple[int, SpeakerSpan]] = []
    targets = sorted({k for k in implicit if 0 <= k < len(wi)})
    starts = _sentence_starts(wi, targets[-1] + 1) if targets else []
    done = -1
    for k in targets:
        start = starts[bisect_right(starts, k) - 1]  # the sentence start of the cue
        if start < k and start != done:
            v = framed_verb(lex, wi, start, k)
            comma = v is None
            if v is None:  # (من جانبه، أهدى X ...، وقال: a leading phrase, then any verb)
                v = comma_framed_verb(lex, wi, start, k)
            sp = _first_verb_subject(lex, wi, start if v is None else v, name_of, known,
                                     opens=v is not None)
            if sp is not None and comma and v is not None and not _named(lex, wi, sp):
                sp = None  # (من جهة أخرى، فند الوزير صحة ما نقله: the object, no name)
            if sp is not None and sp.last < k and sp.last > sp.first:
                sp = _speaker_subject(lex, wi, sp, described=True)
            if sp is None:  # (غير أن وزير الطاقة X رفض ...، وقال: another party)
                sp = party_subject(lex, wi, start, k, name_of, known,
                                   described=True)
            if sp is None:  # (ورحب المبعوث الأممي إلى اليمن بالصفقة، ووصفها: its office)
                sp = _office_subject(lex, wi, start if v is None else v, k, opens=v is not None)
            if sp is not None and sp.last < k:
                done = start
                out.append((wi.starts[start], sp))
    return out


def comma_framed_verb(lex: Lexicon, wi: WordIndex, s: int, end: int) -> int | None:
    """The word after a leading phrase set off by a comma at the start of the sentence at
    word ``s`` (من جانبه، أهدى الكبيسي ...; من جهتها، اتخذت الوزارة ...; في المقابل،
    رحب المبعوث ...): a phrase opened by a leading preposition or adverbial
    (with و/ف too), of a few words with no quotation mark, colon, full stop or complementizer
    in it; the word after its comma opens the clause whatever its verb (the caller reads a
    subject after it).  None when the sentence opens otherwise."""
    if s + 1 >= min(end, len(wi)):
        return None
    first = strip_conj(wi.norms[s])
    if not (first in lex.leading_prepositions or first in lex.leading_adverbial):
        return None
    for v in range(s + 1, min(s + 1 + _FRAMED_BACK, end, len(wi))):
        gap = wi.gap(v)
        if not _COMMA_FRAME_STOP.isdisjoint(gap) or lex.complementizer(wi.norms[v]):
            return None
        if any(c in gap for c in COMMAS):
            return v
    return None


def _named(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """The subject phrase holds a known personal name, or is one word or a body's phrase
    (not الوزير صحة ما نقله: a one-word title and the verb's object read as a name)."""
    return sp.first == sp.last or lex.is_body(wi.norms[sp.first]) or any(
        strip_conj(wi.norms[x]) in lex.person_names for x in range(sp.first, sp.last + 1))


_COMMA_FRAME_STOP = PHRASE_END | QUOTE_CHARS | frozenset("؟?!")


def _office_subject(lex: Lexicon, wi: WordIndex, v: int, end: int,
                    opens: bool) -> SpeakerSpan | None:
    """The verb at word v opens its sentence and a singular office with no name is its
    subject (ورحب المبعوث الأممي إلى اليمن في بيان بالصفقة، ووصفها; وانتقد الوزير القرار،
    مؤكدا): the office's phrase, closed by punctuation, a preposition or a time word, before
    word ``end``; the bare verbs of the same sentence share that subject.  Not a one-word
    office (وعبر المتحدث، وأكد الوزير): that points back to the person named before, whom
    the bare verbs keep."""
    if v + 1 >= end or not (opens or wi.opens_line(v)) or gap_has_text(wi, v + 1):
        return None
    w = wi.norms[v]
    if (len(strip_conj(w)) < 3 or w.startswith(lex.morph.article) or lex.is_title(w)
            or w in lex.person_names or _bare(lex, w) in lex.leading_prepositions
            or _bare(lex, w) in lex.sentence_particles):
        return None
    head = wi.norms[v + 1]
    if not _office(lex, head) or head in lex.countries or is_nisba(head) or lex.is_body(
            head) or not singular_person(lex, wi, SpeakerSpan(v + 1, v + 1)):
        return None
    sp = phrase_after(lex, wi, v + 1, min(end, v + 1 + _PHRASE_WORDS))
    if sp is None or sp.first != v + 1 or sp.last == sp.first or (
            sp.last - sp.first >= _BODY_WORDS) or any(
            not _office_word(lex, wi.norms[x - 1], wi.norms[x])
            for x in range(sp.first + 1, sp.last + 1)):
        return None  # (دعا الحزب كل القوى الوطنية: the object runs on)
    nxt = sp.last + 1
    if not (nxt >= end or gap_has_text(wi, nxt) or wi.norms[nxt] in lex.soft_prep
            or strip_conj(wi.norms[nxt]) in lex.time_words):
        return None
    return _speaker_subject(lex, wi, sp)


def _office_word(lex: Lexicon, prev: str, w: str) -> bool:
    """Word w may go on an office's phrase after word prev: a definite word or one with ل
    (الأممي، للانتخابات), a soft preposition, or the noun right after one (إلى اليمن)."""
    m = lex.morph
    return w.startswith((m.article, m.lam)) or w in lex.soft_prep or prev in lex.soft_prep


def party_subject(lex: Lexicon, wi: WordIndex, k: int, end: int,
                  name_of: Callable[[SpeakerSpan], NameKey | None],
                  known: Known | None = None,
                  described: bool = False) -> SpeakerSpan | None:
    """The sentence at word k opens with a word that turns to another party
    (speaker_words.json ``party_openers``: غير أن، لكن، بينما، في حين، أما), then that
    party: a speaker-like subject right after it (غير أن وزير الطاقة X رفض ...; أما أسامة
    العابد فتلقى) or after the verb that follows it (بينما وجه هوراسيو كارتيس رئيس باراغواي
    دعوة).  Ends before word ``end``; none when no such subject is there.  ``described``: a
    described person counts (``_described_person``: for the bare verbs of the same sentence
    only)."""
    a = _party_opener_end(lex, wi, k)
    if a is None or a >= end:
        return None
    sp = None if _states(lex, wi, a) else _subject_phrase(lex, wi, a, name_of, known)
    if sp is not None and sp.last > sp.first:  # (SVO: the party, then its verb)
        sp = _speaker_subject(lex, wi, sp, described)
    if sp is None or sp.last + 1 >= end:  # (VSO: the verb first)
        sp = _first_verb_subject(lex, wi, a, name_of, known, opens=True)
        if sp is not None and sp.last > sp.first:
            sp = _speaker_subject(lex, wi, sp, described)
    return sp if sp is not None and sp.last < end else None


def _party_opener_end(lex: Lexicon, wi: WordIndex, k: int) -> int | None:
    """The word after a ``party_openers`` phrase that opens the sentence at word k (after
    و/ف too: ولكن، وأما), with nothing but spaces in it; None when it opens otherwise."""
    for phrase in speaker_word_list("party_openers", lex):
        words = phrase.split()
        j = k + len(words)
        if j >= len(wi) or any(wi.gap(x).strip(" ") for x in range(k + 1, j)):
            continue
        got = [strip_conj(wi.norms[k]) if wi.norms[k] != words[0] else words[0],
               *wi.norms[k + 1 : j]]
        if got == words:
            return j
    return None


def _states(lex: Lexicon, wi: WordIndex, v: int) -> bool:
    """Word v is a verb of statement in the perfect (أكد، رفض is none) or one with a nominal
    object (دعا، طالب), after ف too (فأكد)."""
    w = wi.norms[v]
    form = lex.cue(w)
    return (form is not None and form.form == "perfect") or strip_conj(w) in speaker_word_list(
        "nominal_object_verbs", lex)


def statement_verb_events(lex: Lexicon, wi: WordIndex,
                          name_of: Callable[[SpeakerSpan], NameKey | None],
                          known: Known | None = None,
                          upto: int | None = None) -> list[tuple[int, SpeakerSpan]]:
    """(offset, subject) of each sentence that opens with a verb of statement that gave no
    quote (a reporting verb, or one with a nominal object: دعا، ثمن، طالب; after كما، ثم
    too) and a speaker-like subject (كما دعا الحزب في بيانه الحكومة إلى ...، وثمن الجهيناوي
    قرار ...): an antecedent of the bare verbs of the sentences after it.  The caller drops
    the ones at a cue that gave a quote; ``upto``: no sentence from this offset on (no
    quote after it looks back for an antecedent)."""
    out: list[tuple[int, SpeakerSpan]] = []
    particles = speaker_word_list("continuing_particles", lex)
    verbs = speaker_word_list("nominal_object_verbs", lex)
    end = len(wi) if upto is None else bisect_left(wi.starts, upto)
    for k in _sentence_starts(wi, end):
        sp = party_subject(lex, wi, k, end, name_of, known)
        if sp is not None:  # (غير أن وزير الطاقة X رفض ... . وقال; بينما أكد X)
            out.append((wi.starts[k], sp))
            continue
        v = k + 1 if strip_conj(wi.norms[k]) in particles and k + 1 < len(wi) else k
        v = framed_verb(lex, wi, k, end) or v
        w = wi.norms[v]
        if lex.cue(w) is None and strip_conj(w) not in verbs:
            continue
        sp = _first_verb_subject(lex, wi, v, name_of, known, opens=True)
        if sp is not None and sp.last > sp.first:
            sp = _speaker_subject(lex, wi, sp)
        if sp is not None:
            out.append((wi.starts[v], sp))
    return out


def _sentence_starts(wi: WordIndex, end: int) -> list[int]:
    """The words before ``end`` that open a sentence or a line (one pass over the breaks
    and the line ends of the text, not a gap string per word)."""
    starts = {0} if end > 0 else set()
    starts.update(compress(range(end), wi.breaks[:end]))
    text, pos = wi.text, wi.text.find("\n")
    while pos >= 0:
        k = wi.first_at_or_after(pos)
        if k >= end:
            break
        starts.add(k)
        pos = text.find("\n", pos + 1)
    return sorted(starts)


def _speaker_subject(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan,
                     described: bool = False) -> SpeakerSpan | None:
    """The part of a verb's subject phrase that reads as a speaker: one headed by a title, a
    body or an unnamed-source noun (not a medium that relays: وبثت قناة X كلمة), cut before
    a comma that no name or title follows (وفسر محافظ البنك، انزلاق الدينار), or headed by
    a first name and cut before the prepositional object that runs on (وذكّر X بتراجع تونس);
    none otherwise (ولم يقدم العبيدي، واستنكر الوصيفي ما: no subject read); ``described``:
    a described person too (الناشر السعودي عبدالرحمن الحربي: ``_described_person``)."""
    head = wi.norms[sp.first]
    bare = head[1:] if head[:1] in lex.morph.preposition_clitics else head
    if strip_conj(head) in lex.media or is_medium(lex, head):
        return None
    m = lex.morph
    if any(x.endswith(m.alef) and not x.startswith(m.article) and x not in lex.person_names
           and not _place_name(lex, x) for x in wi.norms[sp.first + 1 : sp.last + 1]):
        return None  # (وخصصت الوزيرة جانبا من: the object runs on into the phrase)
    last = sp.last
    for j in range(sp.first + 1, sp.last + 1):
        if any(c in wi.gap(j) for c in COMMAS) and not (
                wi.norms[j] in lex.person_names or lex.is_title(wi.norms[j])):
            last = j - 1
            break
    if lex.is_title(bare) or lex.is_body(head) or strip_conj(head) in lex.anonymous:
        return SpeakerSpan(sp.first, last)
    if strip_conj(head) not in lex.person_names:
        return _described_person(lex, wi, sp.first, last) if described else None
    for j in range(sp.first + 1, last + 1):
        x = wi.norms[j]
        if lex.is_title(x):
            break  # (X رئيس جامعة النزل بتونس: the title's complement)
        if _object_after_surname(lex, wi, sp.first, j, last):
            return SpeakerSpan(sp.first, j - 1)  # (ووجه سامي العياري انتقادات لاذعة)
        if len(x) > 3 and x[:1] in lex.morph.preposition_clitics and x not in lex.person_names:
            if j == sp.first + 1 and j < last and lex.is_title(wi.norms[j + 1]):
                continue  # (دعا نبيل بالعم مدير المؤسسة: a surname with ب, a title after it)
            return SpeakerSpan(sp.first, j - 1)
    return SpeakerSpan(sp.first, last)


def _described_person(lex: Lexicon, wi: WordIndex, first: int, last: int) -> SpeakerSpan | None:
    """A definite noun of a person that no list holds, relational adjectives (nisbas) after
    it, then a known first name (لكن الناشر السعودي عبدالرحمن الحربي، ...، اشتكى; الروائية
    هند السديري): the person so described, up to ``last``; none otherwise (وشكر الجمهور
    اللاعب محمد: a noun between, the verb's object).  Only spaces between its words."""
    if not wi.norms[first].startswith(lex.morph.article):
        return None
    for j in range(first + 1, min(last, first + _DESCRIBED_WORDS) + 1):
        w = wi.norms[j]
        if wi.gap(j).strip(" "):
            return None
        if lex.is_first_name(w) or _joined_name(lex, w):
            return SpeakerSpan(first, last)
        if not is_nisba(w):
            return None
    return None


def _joined_name(lex: Lexicon, w: str) -> bool:
    """A compound first name written as one word, a name joiner then a definite word
    (speaker_words.json name_joiners: عبدالرحمن، عبدالله), which person_names.txt lists
    apart (عبد الرحمن)."""
    art = lex.morph.article
    return any(w.startswith(j) and w[len(j):].startswith(art) and len(w) > len(j) + len(art) + 1
               for j in speaker_word_list("name_joiners", lex) if len(j) > 2)


_DESCRIBED_WORDS = 3  # words from a person's noun to the first name at most


def _place_name(lex: Lexicon, w: str) -> bool:
    """A country or place whose name ends in alef, after a preposition clitic too (ليبيا،
    بفرنسا، لسوريا): a complement inside the subject phrase (المبعوث الأممي إلى ليبيا X،
    سفير فرنسا X), no accusative object that runs on (جانبا)."""
    bare = w[1:] if w[:1] in lex.morph.preposition_clitics else w
    return any(x in lex.countries or x in lex.places for x in (w, bare))


def _object_after_surname(lex: Lexicon, wi: WordIndex, first: int, j: int, last: int) -> bool:
    """Word j, after a first name and a definite surname (سامي العياري), opens the verb's
    object: it is indefinite, no known name or name joiner, and a content word of the same
    phrase follows it (ووجه سامي العياري انتقادات لاذعة; not محمد الطاهر ذياب إن, a surname
    that ends the phrase; not after a definite name whose bare form is a first name, محمد
    الطاهر كمونة رسالة, a compound first name)."""
    x, prev = wi.norms[j], wi.norms[j - 1]
    art = lex.morph.article
    if j < first + 2 or j >= last or not prev.startswith(art) or (
            prev[len(art):] in lex.person_names):
        return False  # (محمد الطاهر كمونة: الطاهر, a first name's second word)
    if x.startswith(lex.morph.article) or x in lex.person_names or x in speaker_word_list(
            "name_joiners", lex):
        return False
    nxt = wi.norms[j + 1]
    return not (nxt in lex.person_names or lex.is_title(nxt) or wi.gap(j + 1).strip(" "))


def is_surname(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k reads as a surname: no known first name, title, body or unnamed-source noun,
    and the document gives it right after a known first name elsewhere (عياد كرشود)."""
    w = wi.norms[k]
    if (lex.is_title(w) or lex.is_body(w) or w in lex.anonymous
            or strip_conj(w) in lex.anonymous):
        return False
    if w in lex.person_names:  # (مرزوق, a first name too: where it ends a name given before)
        return any(i != k and _ends_name(lex, wi, i)
                   for i in _after_first_names(lex, wi).get(w, ()))
    return any(i != k for i in _after_first_names(lex, wi).get(w, ()))


def _ends_name(lex: Lexicon, wi: WordIndex, i: int) -> bool:
    """Word i ends the name it stands in: punctuation, a complementizer, a preposition, a
    title or a stop word follows it (محسن مرزوق إن، محسن مرزوق، رئيس; not محسن محمد
    الطرابلسي)."""
    if i + 1 >= len(wi) or wi.gap(i + 1).strip(" "):
        return True
    nxt = wi.norms[i + 1]
    return (lex.complementizer(nxt) or nxt in lex.soft_prep or lex.is_title(nxt)
            or stops_phrase(lex, wi, i + 1))


# The index of _after_first_names, built once per document (its WordIndex) and lexicon.
_AFTER_FIRST: WeakKeyDictionary[WordIndex, tuple[Lexicon, dict[str, list[int]]]] = (
    WeakKeyDictionary())


def _after_first_names(lex: Lexicon, wi: WordIndex) -> dict[str, list[int]]:
    """Each word that follows a known first name with only spaces between (عياد كرشود ->
    كرشود): the indices where it does, in text order.  One pass per document, kept while its
    WordIndex lives, so ``is_surname`` reads it instead of scanning the words each time."""
    memo = _AFTER_FIRST.get(wi)
    if memo is not None and memo[0] is lex:
        return memo[1]
    out: dict[str, list[int]] = {}
    norms, names = wi.norms, lex.person_names
    for i in range(1, len(norms)):
        if norms[i - 1] in names and not wi.gap(i).strip(" "):
            out.setdefault(norms[i], []).append(i)
    _AFTER_FIRST[wi] = (lex, out)
    return out


def _bare(lex: Lexicon, w: str) -> str:
    """A word without a و/ف conjunction, short ones too (وعن -> عن, فإذا -> إذا)."""
    return w[1:] if len(w) > 2 and w[0] in lex.morph.conjunction_clitics else w


def _office(lex: Lexicon, norm: str) -> bool:
    """An office word of titles.txt, after و/ف too (وزير is no و + زير)."""
    return norm in lex.titles or strip_conj(norm) in lex.titles


def _name_then_title(lex: Lexicon, wi: WordIndex, k: int) -> SpeakerSpan | None:
    """A name, a comma, then the title at word k (ومن بينهم سلمى داود، الصحفية التي ...):
    the name and its title (``apposed.name_before_comma`` says where the name begins)."""
    w, m = wi.norms[k], lex.morph
    if not w.startswith(m.article):
        return None
    if not (w in lex.titles or (w.endswith(m.closed_ta) and w[:-1] in lex.titles)):
        return None  # (الصحفية: the feminine of a title)
    a = name_before_comma(lex, wi, k)
    return None if a is None else SpeakerSpan(a, k)


def _first_verb_subject(lex: Lexicon, wi: WordIndex, k: int,
                        name_of: Callable[[SpeakerSpan], NameKey | None],
                        known: Known | None = None, opens: bool = False,
                        subject_at: int | None = None) -> SpeakerSpan | None:
    """Word k opens a sentence with a verb and its subject follows (سارعت الفنانة الكويتية X
    ...، وقالت; دعت المؤسسة الوطنية للنفط، أكبر ...، وقالت): the subject phrase, when it holds
    a title or a nisba and a name, or is a body's phrase closed by punctuation or a
    preposition (not ارتفعت أسعار الخضر; not دعا الحزب كل القوى: the object runs on)."""
    if k + 1 >= len(wi) or not (opens or wi.opens_line(k)):
        return None  # (``opens``: the caller knows word k opens its clause, after كما)
    w = wi.norms[k]
    if (len(strip_conj(w)) < 3 or w.startswith(lex.morph.article) or lex.is_title(w)
            or (stops_phrase(lex, wi, k) and lex.cue(w) is None)  # (أكد X سعادته: a verb)
            or _bare(lex, w) in lex.leading_prepositions
            or w in lex.sentence_particles or _bare(lex, w) in lex.sentence_particles
            or w in lex.person_names or gap_has_text(wi, k + 1) and subject_at is None):
        return None
    a = k + 1 if subject_at is None else subject_at  # (after a time adverbial: its end)
    return _subject_phrase(lex, wi, a, name_of, known)


def _subject_phrase(lex: Lexicon, wi: WordIndex, a: int,
                    name_of: Callable[[SpeakerSpan], NameKey | None],
                    known: Known | None = None) -> SpeakerSpan | None:
    """The speaker-like phrase that starts at word a, a subject's place: a known surname
    alone, a phrase with a title or a nisba and a name, a person's full name, or a body's
    phrase closed by punctuation or a preposition; None otherwise."""
    sp = phrase_after(lex, wi, a, min(len(wi), a + _PHRASE_WORDS))
    if sp is None or sp.first != a:
        return None
    if known is not None and is_surname(lex, wi, sp.first):
        # وأدان كرشود ما اعتبره: the surname of a person named before, alone (or with its
        # second word: وطالب أحمدي نجاد، ترامب)
        joiner = wi.norms[sp.first] in speaker_word_list("name_joiners", lex)  # (بن بشير: both)
        for last in (sp.first + 1,) if joiner else (sp.first + 1, sp.first):
            if last <= sp.last and known(SpeakerSpan(sp.first, last)):
                return SpeakerSpan(sp.first, last)
        if sp.first + 1 < len(wi) and any(c in wi.gap(sp.first + 1) for c in COMMAS):
            return SpeakerSpan(sp.first, sp.first)  # (أهدى الكبيسي، الذي ...: an aside)
    words = wi.norms[sp.first : sp.last + 1]
    if any(lex.is_title(x) or is_nisba(x) for x in words) and name_of(sp) is not None:
        return sp
    named = _full_name(lex, wi, sp, name_of)
    if named is not None:
        return named  # بدوره أكد أحمد ابراهيم هذه الصعوبات: a person's name and surname
    nxt = sp.last + 1
    closed = nxt >= len(wi) or gap_has_text(wi, nxt) or wi.norms[nxt] in lex.soft_prep or (
        is_medium(lex, wi.norms[nxt])) or (  # أصدرت الجامعة ... بيانا: the verb's object follows
        strip_conj(wi.norms[nxt]) in lex.time_words)  # (نفت الوزارة يوم أمس: a time adverbial)
    m = lex.morph
    if lex.is_body(words[0]) and closed and len(words) <= _BODY_WORDS and all(
            x.startswith((m.article, m.lam)) for x in words[1:_place_at(lex, words)]):
        return sp  # الهيئة الوطنية للانتخابات: definite adjectives and ل complements only
    return None


def _place_at(lex: Lexicon, words: list[str]) -> int:
    """Where a body's phrase ends in a place after ب (المكتب الجهوي للحزب بقبلي، الاتحاد
    الجهوي للشغل بسيدي بوزيد: the body's seat), the words of the place ending it; the
    phrase's length when it does not."""
    b = lex.morph.ba
    for j in range(1, len(words)):
        w = words[j]
        if w.startswith(b) and " ".join([w[1:], *words[j + 1:]]) in lex.places:
            return j
    return len(words)


def _full_name(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan,
               name_of: Callable[[SpeakerSpan], NameKey | None]) -> SpeakerSpan | None:
    """The person's full name that opens the phrase: a known first name (not definite), then
    the words of its name (``full_name_end``: أحمد ابراهيم، سامي العياري، عمر بن مسعود; not
    حسن التصرف، وجود جرار); it ends before any other word (ناجي جلول الرد: the verb's
    object)."""
    k, m = sp.first, lex.morph
    w = strip_conj(wi.norms[k])
    if not lex.is_first_name(w) or w.startswith(m.article):
        return None
    end = full_name_end(lex, wi.norms, k, sp.last + 1, lambda j: not wi.gap(j).strip(" ")) - 1
    if end == k:
        return None
    named = SpeakerSpan(k, end)
    key = name_of(named)
    return named if key is not None and len(key) >= 2 else None


def _phrase_head(lex: Lexicon, wi: WordIndex, k: int) -> int | None:
    """The title word heading the definite noun phrase that word k ends
    (وزير الشؤون الخارجية -> وزير), if any, a few words back."""
    j = k - 1
    while j >= 0 and k - j <= _HEAD_WORDS and not gap_has_text(wi, j + 1):
        w = strip_conj(wi.norms[j])
        if lex.is_title(wi.norms[j]):
            return j  # (وزيرة السياحة السابقة: the feminine title too)
        if not w.startswith(lex.morph.article):
            return None
        j -= 1
    return None


def _modifies_previous(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k is an adjective of the definite noun before it (الوضع الإقليمي، القرار
    الدولي): title material, but not the start of a speaker phrase."""
    if k == 0 or gap_has_text(wi, k):
        return False
    prev = strip_conj(wi.norms[k - 1])
    article = lex.morph.article
    return wi.norms[k].startswith(article) and prev.startswith(article) and (
        not lex.is_title(prev) and prev not in lex.time_words
    )
