"""Words that stop a speaker phrase (stop words, time words, media, soft prepositions, a
period adverbial), and the word tests the phrase rules share (``is_medium``, ``speaker_head``,
``is_name_ali``, ``speaker_word_list``, ``is_addressee``, ``ends_subject``).  Split from
``engine.speakers``, which re-exports these names."""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.engine.clauses import haal_lookalike
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import (
    is_nisba,
    morphology,
    noun_base,
    strip_conj,
    strip_possessive,
)
from quotecheck.lang.ar.punctuation import COMMAS

_ARTICLE = morphology().article  # (read per word: a module constant)
_ALEF = morphology().alef


def is_medium(lex: Lexicon, norm: str) -> bool:
    """A medium noun (بيان، تصريحاته، التغريدة، بيانا), after و/ف too; a plural keeps its ت
    before a pronoun (تصريحاته: the stem تصريحات, not the ta marbuta read of noun_base)."""
    memo = lex.memos.get("is_medium")
    hit = memo.get(norm) if memo is not None else None
    if hit is None:
        hit = lex.memo("is_medium")[norm] = _is_medium(lex, norm)
    return hit


def speaker_head(lex: Lexicon, w: str) -> bool:
    """Word w can head a speaker's phrase: a title, a body, an unnamed source or a known first
    name (وزير، الوزارة، مصادر، سامي).  Callers add their own tests (a preposition before,
    a definite noun, a medium)."""
    return lex.is_title(w) or lex.is_body(w) or w in lex.anonymous or lex.is_first_name(w)


def _is_medium(lex: Lexicon, norm: str) -> bool:
    n = strip_conj(norm)
    medium = lex.medium
    return n in medium or noun_base(n) in medium or strip_possessive(n) in medium or (
        n.startswith(_ARTICLE) and n[len(_ARTICLE):] in medium) or (
        n.endswith(_ALEF) and n[:-1] in medium)  # بيانا: the accusative, the verb's object


def is_name_ali(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k is the name علي, not the preposition على (both fold to علي; the name ends in ي
    as written)."""
    return wi.norms[k] == lex.ala and wi.words[k].text.endswith(lex.morph.ya)


def _apposed_ali(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """علي set off by a comma after a title and followed by a known name (رئيس الوزراء
    السابق، علي زيدان،): the name in apposition, not على after the title (الوزير، علي أن)."""
    return k + 1 < len(wi) and not COMMAS.isdisjoint(wi.gap(k)) and (
        not wi.gap(k + 1).strip(" ") and wi.norms[k + 1] in lex.person_names
        and not wi.norms[k + 1].startswith(_ARTICLE))


_SOFT = 2  # a soft preposition: it stops a phrase only before a medium or a time word


def stops_phrase(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """True when word k cannot be part of a speaker phrase."""
    n = wi.norms[k]
    if n == lex.ala and is_name_ali(lex, wi, k) and k > 0 and (
            not lex.is_title(wi.norms[k - 1]) or _apposed_ali(lex, wi, k)):
        return False  # the name Ali (علي), not the preposition على
    memo = lex.memos.get("stops_phrase")
    verdicts = memo.get(n) if memo is not None else None
    if verdicts is None:
        verdicts = lex.memo("stops_phrase")[n] = (_word_stops(lex, n, False),
                                                  _word_stops(lex, n, True))
    verdict = verdicts[k > 0]
    if verdict == 1 and k > 0 and _office_adjective(lex, wi, k):
        return False  # وزير الوظيفة العمومية المقال عبيد البريكي: "dismissed", no article
    if verdict == 1 and k > 0 and n in speaker_word_list("source_adjectives", lex) and (
            _after_source(lex, wi, k)):
        return False  # مصدر مطلع: "informed", not مطلع "the beginning of" (a time word)
    if verdict == 1 and n in lex.time_words and n in lex.person_names and (
            _named_after(lex, wi, k) or _surname_after_name(lex, wi, k)):
        return False  # صباح الجزيري: a first name before its surname, not "morning"
    if verdict and compound_name_part(lex, wi, k):
        return False  # الصادق آدم حسب الله: the first word of a compound name, not حسب
    if verdict == _SOFT:
        nxt = wi.norms[k + 1] if k + 1 < len(wi) else ""
        return (not nxt) or is_medium(lex, nxt) or nxt in lex.time_words
    return bool(verdict) or _period(lex, wi, k)


def _period(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Words k, k+1 are a time adverbial of a period (الأسبوع الماضي، الشهر المقبل، السنة
    الفارطة: speaker_words.json period_nouns, period_adjectives), not part of a speaker:
    not العام after a title (office_period_nouns; الأمين العام المقبل: the office)."""
    n = strip_conj(wi.norms[k])
    if n not in speaker_word_list("period_nouns", lex) or k + 1 >= len(wi) or (
            wi.gap(k + 1).strip(" ")):
        return False
    if wi.norms[k + 1] not in speaker_word_list("period_adjectives", lex):
        return False
    return not (k > 0 and n in speaker_word_list("office_period_nouns", lex)
                and lex.is_title(wi.norms[k - 1]) and not wi.gap(k).strip(" "))


def _after_source(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k follows an unnamed-source noun, or one and its nisba adjective (مصدر مطلع،
    مصدر أمني مطلع), with nothing but spaces between."""
    j = k - 1
    if j > 0 and is_nisba(wi.norms[j]) and not wi.gap(j).strip(" "):
        j -= 1
    return not wi.gap(k).strip(" ") and strip_conj(wi.norms[j]) in lex.anonymous


def _office_adjective(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k, a definite medium noun (المقال "the article"), stands between an office's
    words and a person's first name with nothing but spaces around it: the adjective of
    the office (المقال "the dismissed"), not a medium."""
    n, m = wi.norms[k], lex.morph
    if not (n.startswith(m.article) and is_medium(lex, n)) or k + 1 >= len(wi):
        return False
    if wi.gap(k).strip(" ") or wi.gap(k + 1).strip(" "):
        return False
    prev, nxt = wi.norms[k - 1], wi.norms[k + 1]
    return (lex.is_title(prev) or prev.startswith(m.article)) and lex.is_first_name(nxt)


def _named_after(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k, a time word that is also a personal name (صباح), opens a name: it stands right
    after a title (الفنانة صباح، الشيخ صباح), is not definite (الأحد) and a word follows in
    the same phrase that is no time word, number, stop word or preposition (صباح الجزيري,
    not الوزير صباح اليوم، صباح 12، صباح في)."""
    j = k + 1
    if (j >= len(wi) or k == 0 or wi.gap(j).strip() or wi.norms[k].startswith(_ARTICLE)
            or not (not wi.gap(k).strip() and lex.is_title(wi.norms[k - 1])
                    or _apposed_first_name(lex, wi, k))):
        return False
    w = wi.norms[j]
    return not (w in lex.time_words or strip_conj(w) in lex.time_words or w.isdigit()
                or w in lex.soft_prep or w in lex.place_prepositions or lex.complementizer(w)
                or lex.cue(w) is not None or w in lex.hard_stop or lex.is_title(w))


def compound_name_part(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k, a stop word, opens a compound name with the word after it (حسب الله، دفع الله:
    speaker_words.json name_tails), nothing but a space around it: after a word of a
    personal name (الصادق آدم حسب الله) or right after a cue word (وأضاف حسب الله أن); or
    it is a particle of a European name (name_particles فان, folded like فإن) after a known
    first name and before a word without the article (مارك فان هوف; not X فان الشركة)."""
    if k == 0 or k + 1 >= len(wi) or wi.gap(k).strip(" ") or wi.gap(k + 1).strip(" "):
        return False
    prev, nxt = strip_conj(wi.norms[k - 1]), wi.norms[k + 1]
    if wi.norms[k] in speaker_word_list("name_particles", lex):
        return lex.is_first_name(prev) and not nxt.startswith(_ARTICLE)  # (مارك فان هوف)
    if nxt not in speaker_word_list("name_tails", lex):
        return False
    return prev in lex.person_names or lex.cue(prev) is not None


def _apposed_first_name(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k stands right after a comma and the word after it is a personal name without
    the article, or a known surname ending the phrase at a comma (رئيس الاتحاد، صباح كاظم
    العامري، إن: the name in apposition; not ، صباح الخميس، or ، صباح اليوم،)."""
    if wi.gap(k).strip(" ") not in COMMAS:
        return False
    nxt = wi.norms[k + 1]
    return (not nxt.startswith(_ARTICLE) and nxt not in lex.time_words and (
        lex.is_first_name(nxt) or k + 2 < len(wi) and wi.norms[k + 2] in lex.person_names)
        or nxt in lex.person_names and nxt not in lex.time_words and (
        k + 2 >= len(wi) or wi.gap(k + 2).strip(" ") in COMMAS))


def _surname_after_name(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k, a time word that is also a personal name (ماي), is a surname: it follows a
    word of a name (no article, title, time word, number or stop word: تيريزا ماي) with
    nothing but a space between, and ends the phrase (punctuation, a complementizer, a
    preposition, ل, or a time word after it unless the word is a part of the day that takes
    one (تيريزا ماي الخميس; not ناجي جلول صباح الثلاثاء, ماي 2017, ماي الماضي)."""
    n = wi.norms[k]
    if k == 0 or n.startswith(_ARTICLE) or wi.gap(k).strip(" "):
        return False
    prev = wi.norms[k - 1]
    if (prev.startswith(_ARTICLE) or lex.is_title(prev) or prev in lex.time_words
            or prev.isdigit() or _word_stops(lex, prev, k > 1) or len(prev) < 3):
        return False
    if k + 1 >= len(wi) or wi.gap(k + 1).strip(" "):
        return True
    w = wi.norms[k + 1]
    return lex.complementizer(w) or w in lex.soft_prep or w in lex.place_prepositions or (
        w.startswith(lex.morph.lam)) or w in lex.time_words and (
        n not in speaker_word_list("day_parts", lex))  # (تيريزا ماي الخميس; not X صباح اليوم)


def _word_stops(lex: Lexicon, n: str, has_prev: bool) -> int:
    """What the word alone says: 1 stops a phrase, 0 does not, _SOFT depends on the next."""
    if n in lex.hard_stop or strip_conj(n) in lex.time_words or n in lex.time_words or (
        len(n) <= 4 and strip_conj(n) in lex.hard_stop
    ):
        return 1
    if lex.cue(n) is not None and not lex.is_title(n):
        return 1
    if lex.complementizer(n):
        return 1
    if n in lex.soft_prep:
        return _SOFT
    if n.startswith(lex.morph.lam) and has_prev and is_medium(lex, n[1:]):
        return 1
    if is_medium(lex, n) and not lex.is_title(n):
        return 1
    return int(n.isdigit())


def speaker_word_list(key: str, lex: Lexicon) -> frozenset[str]:
    """A list of the speaker words of ``lex``, folded (correspondent_nouns, outlet_suffixes):
    ``lex.speaker_lists[key]``."""
    return lex.speaker_lists[key]


def is_addressee(lex: Lexicon, norm: str) -> bool:
    """للصحفيين، لرويترز، لوكالة: the medium or addressee after a speaker."""
    m = lex.morph
    if not norm.startswith(m.lam):  # (most words)
        return False
    if norm.startswith(m.lam_article) and m.article + norm[len(m.lam_article):] in lex.media:
        return True
    return norm[1:] in lex.media or noun_base(norm[1:]) in lex.medium


def ends_subject(lex: Lexicon, w: str, prev: str) -> bool:
    """Word w, after a subject's words (the last ``prev``), begins what follows the subject:
    a verbal noun that opens the verb's object (جدد الوالي محسن بن علي عدم وعده، أكد المسؤول
    أهمية استقطاب; speaker_words.json object_nouns), an adverbial (بالمناسبة، مجددا، تعليقا;
    adverbs_after_subject and the leading adverbials) or an accusative participle of manner
    (جاك لانغ مخاطبا سكان العالم; finders.json haal_patterns, not a listed name, nor a
    foreign name with a long vowel second, مُفعِل has a consonant there: ماروتا، ميستورا,
    nor a noun with the pronoun نا or ها: مراسلنا، مصادرها).
    Not inside a body's or an office's name (لجنة عدم الانحياز: after an indefinite title
    or body noun)."""
    memo = lex.memos.get("ends_subject")
    kind = memo.get(w) if memo is not None else None
    if kind is None:
        kind = lex.memo("ends_subject")[w] = _subject_end_kind(lex, w)
    if kind == _OBJECT_NOUN:
        return prev.startswith(_ARTICLE) or not (lex.is_title(prev) or lex.is_body(prev))
    return bool(kind)


_OBJECT_NOUN = 2  # ends a subject unless an indefinite title or body noun stands before it


def _subject_end_kind(lex: Lexicon, w: str) -> int:
    """What word w alone says for ``ends_subject``: 1 ends a subject, 0 does not,
    _OBJECT_NOUN depends on the word before it (memoised per lexicon)."""
    if w in speaker_word_list("adverbs_after_subject", lex) or w in lex.leading_adverbial:
        return 1
    if w in speaker_word_list("object_nouns", lex):
        return _OBJECT_NOUN
    return int(not w.startswith(_ARTICLE) and w not in lex.person_names and len(w) > 2
               and w[1] not in speaker_word_list("long_vowels", lex)
               and not w.endswith(tuple(speaker_word_list("pronoun_endings", lex)))
               and lex.haal.match(w) is not None and not haal_lookalike(lex, w, w))


def object_after_title(lex: Lexicon, words: Sequence[str]) -> bool:
    """The word after a one-word definite title (``words[0]``: المدير، الوزير) opens the
    verb's complement, no part of the title: a complement preposition (speaker_words.json
    complement_prepositions) before an indefinite noun that names no place, country or
    person (أشار المدير إلى صعوبة ...، أكد الوزير على ضرورة; not المشرف على المشروع, not
    المبعوث إلى سوريا), or a definite plural (object_plural_endings: ات) that is no title,
    nisba, body or name (ثمن الوزير النجاحات العسكرية)."""
    art = lex.morph.article
    if len(words) < 2 or not (words[0].startswith(art) and lex.is_title(words[0])):
        return False
    nxt = words[1]
    if nxt in speaker_word_list("complement_prepositions", lex):
        obj = words[2] if len(words) > 2 else ""
        return bool(obj) and not (
            obj.startswith(art) or obj in lex.countries or obj in lex.places
            or obj in lex.person_names or lex.is_body(obj) or lex.complementizer(obj))
    plurals = tuple(speaker_word_list("object_plural_endings", lex))
    return (nxt.startswith(art) and nxt.endswith(plurals) and not (
        lex.is_title(nxt) or is_nisba(nxt) or lex.is_body(nxt)
        or nxt[len(art):] in lex.person_names))
