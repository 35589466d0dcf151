"""Speaker phrases that stand for someone named before: an honorific with a pronoun (وأكد
معاليه), a definite statement noun (وأفاد البلاغ، البيان ذاته: its issuer), and words read
from inside an earlier quotation (a sentence start that fell inside it).  Such a quote takes
an antecedent like an implicit one; ``issuer_events`` adds the issuers of statements
(بلاغ صادر عن وزارة الصحة) that a definite statement noun points back to."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import compress, count

from quotecheck.engine.addressed_outlet import before_quoted_outlet
from quotecheck.engine.names.context import NameContext
from quotecheck.engine.speakers import (
    SpeakerSpan,
    cue_with_object,
    is_name_ali,
    phrase_after,
    speaker_word_list,
)
from quotecheck.find.marks import OPENING
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import conj_spellings, strip_conj, strip_possessive
from quotecheck.lang.ar.punctuation import COMMAS

Event = tuple[int, SpeakerSpan]
_ISSUER_WORDS = 8  # words of an issuer's phrase at most
_NOTE_WORDS = 15  # words of a source note's phrase at most (a title, its body and a name)
_OPENING_ONLY = frozenset(OPENING)
_NAME_IN_MARKS = 4  # words: a longer quoted stretch is a quotation, not a quoted name


def is_honorific(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """معاليه، سموه: one honorific word with a pronoun suffix; سعادته (also "his happiness",
    speaker_words.json gated_honorifics) only right before a complementizer or a colon
    (وأوضح سعادته أن; not وأكد سعادته بالفوز)."""
    if sp.first != sp.last:
        return False
    w = wi.norms[sp.first]
    if honorific_at(lex, w):
        return True
    if strip_conj(w) not in speaker_word_list("gated_honorifics", lex):
        return False
    k = sp.last + 1
    return k < len(wi) and (":" in wi.gap(k) or lex.complementizer(wi.norms[k])
                            and not wi.gap(k).strip(" "))


def honorific_at(lex: Lexicon, w: str) -> bool:
    """The word is an honorific with a pronoun suffix, after و/ف too (وأكد معاليه; فخامته:
    its ف is no conjunction)."""
    return w in lex.honorific_pronouns or strip_conj(w) in lex.honorific_pronouns


def is_statement_anaphor(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """البلاغ، البيان ذاته، البيان نفسه، ذات البلاغ، نص البلاغ: a definite statement noun
    without its issuer (after a noun of its text, speaker_words.json statement_text_nouns,
    or a word of sameness, same_words)."""
    k = sp.first
    if k < sp.last and strip_conj(wi.norms[k]) in speaker_word_list("statement_text_nouns", lex):
        k += 1  # (يضيف نص البلاغ: the statement itself)
    elif sp.last == k + 1 and strip_conj(wi.norms[k]) in speaker_word_list("same_words", lex):
        k += 1  # (وأوضح ذات البلاغ، نفس البيان: the statement named before, as البلاغ ذاته)
    first = strip_conj(wi.norms[k]) if k == sp.first else wi.norms[k]
    article = lex.morph.article
    if not (first.startswith(article) and first[len(article):] in lex.statement_nouns):
        return False
    return sp.last == k or (
        sp.last == k + 1 and strip_possessive(wi.norms[sp.last]) in lex.emphatic)


def inside_earlier_quotation(ctx: NameContext, sp: SpeakerSpan, pos: int) -> bool:
    """The phrase starts inside a quotation-mark pair that closes before offset ``pos`` (the
    cue) and is a quotation, longer than a quoted name, opened by a mark that only opens
    («: a straight or curved double mark may be a closing one misread)."""
    d, wi = ctx.d, ctx.wi
    at = wi.starts[sp.first]
    j = bisect_left(d.opens, at) - 1
    if j < 0:
        return False
    pair = d.pairs[j]
    if pair.close <= at or pair.close > pos:
        return False
    if ctx.text[pair.open] not in _OPENING_ONLY:
        return False
    return wi.first_at_or_after(pair.close) - wi.first_at_or_after(pair.open) > _NAME_IN_MARKS


def is_conjoined_lead(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """وواصل: "..."، وتابع: a single و/ف word that opens a line (not the first) before a
    colon: a verb going on with the last speaker, not a headline's speaker.  Not a name,
    a title, a body or a place (وزير:، وليد:، وزارة:)."""
    k = sp.first
    if sp.last != k or k == 0 or "\n" not in wi.gap(k) or ":" not in wi.gap(k + 1)[:2]:
        return False
    w = wi.norms[k]
    rest = strip_conj(w)
    if rest == w or len(rest) < 3 or w in lex.person_names or rest in lex.person_names:
        return False
    return not (lex.is_title(w) or lex.is_title(rest) or lex.is_body(rest) or lex.is_body(w)
                or rest in lex.countries or w in lex.conjunction_lookalikes)


def is_framing(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """وفي مجلس النواب، قال؛ وعن الأسعار قال؛ خلال زيارته للمعرض: "..." : a phrase opened by
    a preposition (after و/ف or أما) frames the report; it is no speaker.  Not على before a
    colon (على عبد العال: "...": a headline's speaker, the name علي written like على)."""
    w = _bare(lex, wi.norms[sp.first])
    if is_name_ali(lex, wi, sp.first):
        return False  # (وقال علي كلثوم إن: the name علي, written with its ي)
    if ":" in wi.gap(sp.last + 1) and w == lex.ala:
        return False  # (على عبد العال: "...": a headline's speaker, a name written like على)
    if w in lex.sentence_particles and sp.first < sp.last:
        w = _bare(lex, wi.norms[sp.first + 1])
    return w in lex.leading_prepositions


def _bare(lex: Lexicon, w: str) -> str:
    """A word without a و/ف conjunction, short ones too (وعن -> عن)."""
    return w[1:] if len(w) > 2 and w[0] in lex.morph.conjunction_clitics else w


def refers_back(ctx: NameContext, sp: SpeakerSpan, pos: int) -> bool:
    """The speaker phrase of a cue at offset ``pos`` stands for an antecedent."""
    lex, wi = ctx.lex, ctx.wi
    return (is_honorific(lex, wi, sp) or is_statement_anaphor(lex, wi, sp)
            or is_conjoined_lead(lex, wi, sp) or is_framing(lex, wi, sp)
            or inside_earlier_quotation(ctx, sp, pos))


def issuer_events(ctx: NameContext) -> list[Event]:
    """(offset, issuer) of each statement with its issuer (بلاغ صادر عن وزارة الصحة)."""
    lex, wi = ctx.lex, ctx.wi
    out: list[Event] = []
    firsts, accusative, hot = _issuer_words(lex)
    hits = hot.intersection(wi.norms)  # most documents have none: no loop in Python
    for j in compress(count(), map(hits.__contains__, wi.norms)) if hits else ():
        w = wi.norms[j]  # (the hits' positions by a C-level pass)
        if w in accusative:
            sp = _issuer_before(lex, wi, j)  # أصدرت الوزارة اليوم بلاغا: its subject
            if sp is not None:
                out.append((wi.starts[j], sp))
            continue
        if strip_conj(w) not in firsts:
            continue
        for issued in lex.issued_by:
            m = _issued_length(lex, wi, j, issued)
            if m:
                sp = phrase_after(lex, wi, j + m, min(len(wi), j + m + _ISSUER_WORDS))
                if sp is not None and sp.first == j + m:
                    out.append((wi.starts[j], _cut_at_comma(
                        lex, wi, _before_complementizer(lex, wi, sp))))
                break
    return out


_ISSUE_TIME_WORDS = 3  # time words between صادر and عن at most (بيان صادر اليوم عن)


def _issued_length(lex: Lexicon, wi: WordIndex, j: int, issued: tuple[str, ...]) -> int:
    """The words of an issuing phrase at word j (بيان صادر عن; time words may stand before
    its last word: بيان صادر اليوم عن، البيان الصادر مساء أمس عن), or 0."""
    m = len(issued)
    if tuple(strip_conj(x) for x in wi.norms[j : j + m - 1]) != issued[:-1]:
        return 0
    k = j + m - 1
    while k < len(wi) and k - (j + m - 1) < _ISSUE_TIME_WORDS and wi.norms[k] in lex.time_words:
        k += 1
    if k >= len(wi) or wi.norms[k] != issued[-1] or any(
            not _gap_quiet(wi, x) for x in range(j + 1, k + 2) if x < len(wi)):
        return 0  # (في بلاغ صادر اليوم، عن انقطاع حركة المرور: "about", not "issued by")
    return k + 1 - j


def _before_complementizer(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> SpeakerSpan:
    """An issuer's phrase ends before the complementizer of its statement (بيان صادر عن
    مكتب البعثة "يونامي" أن: a name in marks lets the phrase run on to أن)."""
    for x in range(sp.first + 1, sp.last + 1):
        if lex.complementizer(wi.norms[x]):
            return SpeakerSpan(sp.first, x - 1, sp.skip)
    return sp


def _issuer_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The first words of issuer phrases, the statement nouns in the accusative, and every
    word that is one of these or that strip_conj turns into a first word (cached)."""
    memo = lex.memo("anaphor")
    hit = memo.get("issuer")
    if hit is None:
        firsts = frozenset(p[0] for p in lex.issued_by)
        accusative = frozenset(n + lex.morph.alef for n in lex.statement_nouns)
        hit = memo["issuer"] = (firsts, accusative,
                                accusative | frozenset().union(*map(conj_spellings, firsts)))
    return hit


_NOTE_FILLERS = 3  # words between a source note and its source (ما أفاد به)


def source_note_events(ctx: NameContext, titled: Callable[[SpeakerSpan], bool]) -> list[Event]:
    """(offset, source) of each source note (وفق ما أفاد به مصدر أمني، حسب وزارة الصحة)
    whose source is a speaker (``titled``: an unnamed source, a title, a body or a name): an
    antecedent for the bare verbs after it."""
    lex, wi = ctx.lex, ctx.wi
    out: list[Event] = []
    memo = lex.memo("anaphor")
    hot = memo.get("notes")
    if hot is None:
        hot = memo["notes"] = frozenset().union(*map(conj_spellings, lex.source_notes))
    hits = hot.intersection(wi.norms)
    for j in compress(count(), map(hits.__contains__, wi.norms)) if hits else ():
        if strip_conj(wi.norms[j]) not in lex.source_notes:
            continue
        k = j + 1
        while k < len(wi) and k - j <= _NOTE_FILLERS and (
                wi.norms[k] in lex.source_note_fillers or lex.cue(wi.norms[k]) is not None
                or _cue_with_object(lex, wi.norms[k])):
            if not _gap_quiet(wi, k):
                break
            k += 1
        if k >= len(wi) or not _gap_quiet(wi, k):
            continue
        sp = phrase_after(lex, wi, k, min(len(wi), k + _NOTE_WORDS))
        if sp is not None and sp.first == k and titled(sp):
            out.append((wi.starts[j], before_quoted_outlet(lex, wi, _cut_at_comma(lex, wi, sp))))
    return out


def _cut_at_comma(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> SpeakerSpan:
    """A note's phrase ends at a comma unless a name or a title opens the segment after it
    (حسب الوزير، بصعوبة ...: the words after the comma are the clause's, not the source's;
    وزير الصناعة، زكرياء حمد: the name in apposition stays)."""
    for k in range(sp.first + 1, sp.last + 1):
        if not COMMAS.isdisjoint(wi.gap(k)):
            w = wi.norms[k]
            if not (lex.is_first_name(w) or lex.is_title(w) or w in lex.person_names):
                return SpeakerSpan(sp.first, k - 1, sp.skip)
    return sp


def _cue_with_object(lex: Lexicon, w: str) -> bool:
    """A reporting verb carrying an object pronoun that points back at the note's ما
    (وفق ما أكده، حسب ما أفادته: speakers.cue_with_object)."""
    return cue_with_object(lex, w) is not None


_ISSUER_BACK = 6  # words between an issuer and the statement it issued at most


def _issuer_before(lex: Lexicon, wi: WordIndex, j: int) -> SpeakerSpan | None:
    """The body or titled subject before a statement noun in the accusative (أصدرت الوزارة
    اليوم الجمعة بلاغا): its phrase ends right before the noun or before time words."""
    for k in range(j - 1, max(-1, j - 1 - _ISSUER_BACK), -1):
        if not _gap_quiet(wi, k + 1):
            return None
        w = wi.norms[k]
        if not (lex.is_body(w) or lex.is_title(w)):
            continue
        sp = phrase_after(lex, wi, k, j)
        if sp is not None and sp.first == k and all(
                wi.norms[x] in lex.time_words for x in range(sp.last + 1, j)):
            return sp
    return None


def _gap_quiet(wi: WordIndex, k: int) -> bool:
    return not wi.gap(k).strip(" ")


def is_guest(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> bool:
    """ضيف "بوليتيكا"، ضيفة البرنامج: an indefinite guest noun (speaker_words.json
    guest_nouns) and the programme after it: a role of a person the report named before
    (not الضيف alone, a surname too)."""
    return sp.first < sp.last and strip_conj(wi.norms[sp.first]) in speaker_word_list(
        "guest_nouns", lex)
