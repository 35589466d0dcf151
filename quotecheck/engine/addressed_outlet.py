"""The name of an outlet that a verb of saying addresses, read as its subject: after ل and
an outlet's head noun (وقال لوكالة الأنباء الفرنسية إن، صرّح لوكالة تونس افريقيا للأنباء
أن، قال لصحيفة الشرق الأوسط إن) the words are the outlet's name, no speaker; the speaker is
the verb's subject before it or the antecedent of a bare verb.  A subject may still follow
the name (وقال لوكالة الأنباء الألمانية مصدر مسؤول إن): the phrase then starts at its title,
unnamed-source noun or known first name.  ``engine.cue_speaker.speaker_after`` asks
``past_outlet_name`` for the phrase it read after the cue."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from quotecheck.engine.apposition import name_range
from quotecheck.engine.evidence import COMMAS, QUOTE_CHARS, Doc
from quotecheck.engine.speakers import SpeakerSpan, is_name_ali
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.datafiles import fold_all, fold_phrases, read_json
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj


@lru_cache(maxsize=1)
def _outlet_heads() -> frozenset[str]:
    """The outlet head nouns of data/addressed_outlet.json, folded."""
    return frozenset(fold_all(read_json("addressed_outlet.json")["outlet_heads"]))


def past_outlet_name(d: Doc, sp: SpeakerSpan) -> SpeakerSpan | None:
    """``sp`` itself, unless it holds the verb's addressee, ل written apart before a quoted
    outlet (then the words before it), or opens right after ل + an outlet's head noun (then
    the part of it from its first title, unnamed-source noun or known first name on, or
    None when none stands in it: the words are the outlet's name)."""
    wi, lex = d.wi, d.lex
    if sp.issuer:
        return sp
    cut = _quoted_outlet_at(d.lex, d.wi, sp)
    if cut is not None:
        return SpeakerSpan(sp.first, cut - 1, sp.skip)  # وقال الزعبي لـ"رؤيا": the addressee
    if _acronym_addressee(d, sp.first):
        return None  # (قالت لبي بي سي إن، قال لفرانس24 إن: the addressee, no speaker)
    branded = _past_brand(d, sp)
    if branded is not sp:
        return branded  # (قال لصحراء ميديا إن، وأكد للجوهرة أف أم أن)
    k = sp.first - 1
    if k < 0 or not _addresses_outlet(d, k) or wi.gap(sp.first).strip(
            " " + "".join(QUOTE_CHARS)):
        return sp
    for j in range(sp.first, sp.last + 1):
        w = strip_conj(wi.norms[j])
        if j > sp.first and (lex.is_title(w) and not w.startswith(lex.morph.article)
                             or w in lex.anonymous or lex.is_first_name(w)
                             or is_name_ali(lex, wi, j)):
            return SpeakerSpan(j, sp.last)  # (لوكالة الأنباء الألمانية مصدر مسؤول)
    return None


def _acronym_addressee(d: Doc, k: int) -> bool:
    """Word k, the first of a phrase read right after a cue word, is ل joined to an
    outlet's brand that no Arabic word is: one with a digit or a Latin letter (لفرانس24،
    لCNN) or a spelled letter of an acronym before another (لبي بي سي، لسي إن إن), never a
    name (لو دريان: لو is no letter spelled before a short word)."""
    wi, lex = d.wi, d.lex
    w = wi.norms[k]
    lam = lex.morph.lam
    if k == 0 or lex.cue(strip_conj(wi.norms[k - 1])) is None or wi.gap(k).strip(" "):
        return False
    rest = w[len(lam):]
    if not w.startswith(lam) or not rest or w in lex.person_names or rest in lex.person_names:
        return False
    if any(c.isdigit() or c.isascii() and c.isalpha() for c in rest):
        return True
    return (rest in _spelled_letters() and k + 1 < len(wi)
            and wi.norms[k + 1] in _spelled_letters() and not wi.gap(k + 1).strip(" "))


def _past_brand(d: Doc, sp: SpeakerSpan) -> SpeakerSpan | None:
    """``sp`` less an outlet's brand that ل opens (ل + a word + a brand tail of
    data/addressed_outlet.json brand_tails: لصحراء ميديا، للجوهرة أف أم، لسكاي نيوز), the
    verb's addressee: a phrase that starts inside it keeps the words from its first title,
    unnamed-source noun or known first name after it, or is None (قال لصحراء ميديا إن);
    one that holds it after its head ends before it (مصدر دبلوماسي لصحراء ميديا)."""
    for k in range(max(sp.first - 2, 0), sp.last + 1):
        end = _brand_end(d, k)
        if end is None:
            continue
        if k > sp.first:
            return SpeakerSpan(sp.first, k - 1, sp.skip)
        if end < sp.first - 1:
            continue
        for j in range(max(end + 1, sp.first), sp.last + 1):
            if _subject_head(d, j):
                return SpeakerSpan(j, sp.last)
        return None
    return sp


def _subject_head(d: Doc, j: int) -> bool:
    """Word j can open a subject after the addressee: a title without the article, an
    unnamed-source noun, a known first name or the name علي."""
    lex, w = d.lex, strip_conj(d.wi.norms[j])
    return (lex.is_title(w) and not w.startswith(lex.morph.article) or w in lex.anonymous
            or lex.is_first_name(w) or is_name_ali(lex, d.wi, j))


def _brand_end(d: Doc, k: int) -> int | None:
    """The last word of an outlet's brand when word k is ل joined to its first word and a
    brand tail follows it or the word after it with nothing but spaces or marks between
    (لصحراء ميديا، للجوهرة أف أم، ل"شفق نيوز"); None otherwise, and for a personal name
    that opens with ل (لطفي ميديا is no brand)."""
    wi, lex = d.wi, d.lex
    w = strip_conj(wi.norms[k])
    lam = lex.morph.lam
    if not w.startswith(lam) or len(w) < 3 or w in lex.person_names or (
            w[len(lam):] in lex.person_names):
        return None
    for start in (k + 1, k + 2):
        for tail in _brand_tails():
            end = start + len(tail) - 1
            if end >= len(wi) or tuple(wi.norms[start : end + 1]) != tail:
                continue
            if all(not wi.gap(x).strip(" " + "".join(QUOTE_CHARS))
                   for x in range(k + 1, end + 1)):
                return end
    return None


@lru_cache(maxsize=1)
def _brand_tails() -> tuple[tuple[str, ...], ...]:
    """The closing words of an outlet's brand (ميديا، نيوز، أف أم: data/addressed_outlet.json
    brand_tails), folded and split into words."""
    return tuple(fold_phrases(read_json("addressed_outlet.json")["brand_tails"]))


@lru_cache(maxsize=1)
def _spelled_letters() -> frozenset[str]:
    """The names of Latin letters as Arabic writes them in acronyms (بي، سي، إن، إم، تي:
    data/addressed_outlet.json spelled_letters), folded."""
    return frozenset(fold_all(read_json("addressed_outlet.json")["spelled_letters"]))


def before_quoted_outlet(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> SpeakerSpan:
    """``sp`` up to the ل written apart before a quoted outlet it holds (the addressee:
    وفق ما أكده المندوب الجهوي للفلاحة لـ"وات" -> المندوب الجهوي للفلاحة), else ``sp``."""
    cut = _quoted_outlet_at(lex, wi, sp)
    return sp if cut is None else SpeakerSpan(sp.first, cut - 1, sp.skip)


def _quoted_outlet_at(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> int | None:
    """The word of ``sp`` that is ل written apart before a quoted outlet's name and after a
    person (وقال الزعبي لـ"رؤيا"، الناطق باسم الحماية المدنية، المنجي القاضي ل"الجوهرة أف
    ام"): the verb's addressee, no part of the speaker; None when there is none, or when the
    quoted name is a company's after an office (الرئيس التنفيذي لـ"آبل")."""
    for x in range(sp.first + 1, sp.last + 1):
        if wi.norms[x] != lex.morph.lam or x + 1 > sp.last or QUOTE_CHARS.isdisjoint(
                wi.gap(x + 1)):
            continue
        before = wi.norms[sp.first : x]
        comma = next((c for c in range(x - 1, sp.first, -1) if not COMMAS.isdisjoint(
            wi.gap(c))), None)
        person = any(lex.is_first_name(strip_conj(w)) for w in before) or (
            len(before) == 1 and not lex.is_title(strip_conj(before[0]))
            and not lex.is_body(before[0])) or (
            comma is not None and name_range(lex, wi, comma, x) is not None)
        if person or wi.norms[x + 1] in lex.media or _complement_given(lex, before):
            return x
    return None


def _complement_given(lex: Lexicon, before: Sequence[str]) -> bool:
    """The office before ل + a quoted name already has its complement, ل/ب + the article
    (المندوب الجهوي للفلاحة لـ"وات"): the quoted name is the verb's addressee, not the
    office's body (الرئيس التنفيذي لـ"آبل")."""
    m = lex.morph
    return any(w.startswith((m.lam_article, m.ba_article)) for w in before[1:])


def _addresses_outlet(d: Doc, k: int) -> bool:
    """Word k is ل + an outlet's head noun (لوكالة، لصحيفة، لقناة)."""
    w = d.wi.norms[k]
    lam = d.lex.morph.lam
    return w.startswith(lam) and w[len(lam):] in _outlet_heads()
