"""Whether a speaker phrase goes on past a comma (for speakers._ends_before): apposition
continues only into a title or a person's name (نقيب الفنانين الموسيقيين، مقداد السهيلي؛
مارك رولي، بيورن لوبوف), not into an adverbial or the verb's object."""

from __future__ import annotations

from quotecheck.engine.names.part import complement_as_name, name_part
from quotecheck.engine.phrase_stops import speaker_word_list, stops_phrase
from quotecheck.engine.speaker_steps import PHRASE_END
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.lang.ar.punctuation import COMMAS

_COMMA = COMMAS


def no_apposition(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int,
                   limit: int) -> bool:
    """After a comma, word k does not continue the phrase: apposition goes on only into a
    title or a name, not an adverbial."""
    if stops_phrase(lex, wi, k) or wi.norms[k].startswith(lex.morph.lam) or (
            wi.norms[k] in lex.object_openers):
        return True  # (نفى وزير النقل، ما تم تداوله: the object after the comma)
    return not (lex.is_title(wi.norms[k]) or lex.is_title(wi.norms[last])
                or _title_follows(lex, wi, k, limit)
                or name_part(lex, wi.norms[start : last + 1], strict=True) is None
                or _first_name_in_apposition(lex, wi, start, last, k, limit)
                or complement_as_name(lex, wi.norms[start : last + 1])
                and _apposed_plain_name(lex, wi, k, limit))


_APPOSED_NAME = (2, 3)  # words of a name in apposition, fewest and most


def _apposed_plain_name(lex: Lexicon, wi: WordIndex, k: int, limit: int) -> bool:
    """After a comma, words k.. are a person's name of two or three words that the lists
    need not know (مارك رولي، بيورن لوبوف): none definite, a title, a stop word, a
    preposition, a time word or a place, no punctuation between them, and a comma or the
    phrase's end right after them."""
    lo, hi = _APPOSED_NAME
    j = k
    while j < min(limit, len(wi)) and j - k < hi and (j == k or not wi.gap(j).strip(" ")):
        w = wi.norms[j]
        if (w.startswith(lex.morph.article) or lex.is_title(w) or stops_phrase(lex, wi, j)
                or w in lex.soft_prep or w in lex.place_prepositions or w in lex.time_words
                or w in lex.countries or lex.complementizer(w)):
            return False
        j += 1
    if j - k < lo:
        return False
    return j >= len(wi) or not _COMMA.isdisjoint(wi.gap(j)) or not PHRASE_END.isdisjoint(
        wi.gap(j))


def _first_name_in_apposition(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int,
                              limit: int) -> bool:
    """After a comma, word k opens a person's name (a known first name and a word after it,
    no punctuation between) and the phrase before holds no first name: the name of the
    office or role it names, whatever its words (نقيب الفنانين الموسيقيين، مقداد السهيلي أن:
    not a title of titles.txt, its words read as a name).  Not after a quantifier (كل من:
    several persons), nor where a comma follows the name (الطبيبة، ماريا نرا، مديرة ...:
    the apposed name of a bare title, read by ``cue_speaker``)."""
    if not (k + 1 < limit and lex.is_first_name(wi.norms[k]) and not wi.gap(k + 1).strip(" ")
            and not any(lex.is_first_name(strip_conj(w)) or lex.is_first_name(w)
                        for w in wi.norms[start : last + 1])
            and strip_conj(wi.norms[start]) not in speaker_word_list("partitives", lex)):
        return False  # (كل من الأستاذة ...، روضة قفراج، ومنسق ...: several persons)
    j = k + 1
    while j < min(limit, k + 4) and not wi.gap(j).strip(" "):
        j += 1  # (the name's words: no punctuation between)
    return j >= len(wi) or COMMAS.isdisjoint(wi.gap(j))  # (not a name, then another role)


def _title_follows(lex: Lexicon, wi: WordIndex, k: int, limit: int) -> bool:
    return any(lex.is_title(wi.norms[j]) for j in range(k, min(k + 2, limit)))
