"""Steps of a speaker phrase that read past its punctuation: a body's parenthetical name,
quotation marks around a name (a person's, a body's, a nickname), a title's في complement
before the name, and a body's ل complement; ``engine.speakers._phrase_last`` takes them.
Split from ``engine.speakers``, which re-exports ``named_later``."""

from __future__ import annotations

from quotecheck.engine.names.part import name_part
from quotecheck.engine.phrase_stops import is_medium, speaker_word_list, stops_phrase
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import is_nisba, strip_conj
from quotecheck.lang.ar.punctuation import COMMAS, SENTENCE_ENDS

# The speaker phrase's own sets (evidence.py's COLON_QUOTE, PHRASE_END are other sets)
COLON_QUOTE = frozenset(':"“”«»„')
QUOTE_CHARS = frozenset('"“”«»„')
PHRASE_END = frozenset(':"“”«»„\n()') | SENTENCE_ENDS
MARK_GAP = ' "“”«»„'  # a gap of quotation marks and spaces only
PAREN_OPEN, _PAREN_CLOSE = "(", ")"
_PAREN_WORDS = 3  # words of a body's parenthetical name or acronym at most


def parenthetical_step(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int,
                       limit: int, gap: str) -> tuple[int, int, bool] | None:
    """A short parenthesis right after a body's or an office's words, before any person's
    name (صندوق الأمم المتحدة للطفولة (اليونيسف) أن، رئيس جامعة المعلومات (منظمة الأعراف)
    قيس سلامي): the body's other name, read through; the phrase goes on after it.  None for
    any other parenthesis (an age, a date: X (48 سنة))."""
    if gap.strip(" ") != PAREN_OPEN or not gap.startswith(" ") or name_part(
            lex, wi.norms[start : last + 1], strict=True) is not None:
        return None  # (لـ(وات): the addressee's preposition glued to the mark)
    if not any(lex.is_body(strip_conj(w)) or lex.is_body(w) for w in wi.norms[start : last + 1]):
        return None
    for j in range(k + 1, min(k + 1 + _PAREN_WORDS, limit + 1)):
        g = wi.gap(j) if j < len(wi) else ""
        if _PAREN_CLOSE in g:
            if any(w.isdigit() for w in wi.norms[k:j]):
                return None
            closing = g.strip(" ")
            if closing != _PAREN_CLOSE:
                # (منظمة الأمم المتحدة للطفولة (يونيسف)، الخميس، من أن: a comma after it
                # ends the phrase at the body's other name)
                rest = closing.removeprefix(_PAREN_CLOSE).strip(" ")
                return (j - 1, j, False) if (
                    closing.startswith(_PAREN_CLOSE) and rest and set(rest) <= COMMAS) else None
            if j < limit and not (stops_phrase(lex, wi, j) or lex.complementizer(wi.norms[j])
                                  or wi.norms[j] in lex.soft_prep):
                return j, j + 1, True  # (... (منظمة الأعراف) قيس سلامي: the name after it)
            return j - 1, j, False
        if g.strip(" "):
            return None
    return None


_PLACE_WORDS = 3  # words between a body's في and its parenthetical name at most


def place_then_paren(lex: Lexicon, wi: WordIndex, k: int, limit: int) -> bool:
    """Word k, a place preposition after a body's words, opens a complement of one to three
    words that a short parenthesis follows (مكتب تنسيق أعمال الحكومة في المناطق (كوغات)):
    the body's name goes on through it to its other name, no adverbial.  Not when a stop
    word, a digit, a medium noun or punctuation comes first (في تصريح (وات)، في بلاغ
    (أرشيف)، في حادث (71 عاما))."""
    for j in range(k + 1, min(k + 1 + _PLACE_WORDS, limit)):
        g = wi.gap(j)
        if g.strip(" ") == PAREN_OPEN and j > k + 1:
            return _short_parenthesis(wi, j, limit)
        if g.strip(" ") or stops_phrase(lex, wi, j) or wi.norms[j].isdigit() or is_medium(
                lex, wi.norms[j]) or wi.norms[j] in lex.statement_nouns:
            return False  # (الجمعية في بلاغ (أرشيف): a medium, the adverbial)
    return False


def _short_parenthesis(wi: WordIndex, j: int, limit: int) -> bool:
    """Words from j on are one to three words closed by a parenthesis, no digit among them."""
    for e in range(j + 1, min(j + 1 + _PAREN_WORDS, limit + 1)):
        g = wi.gap(e) if e < len(wi) else ""
        if _PAREN_CLOSE in g:
            return g.lstrip(" ").startswith(_PAREN_CLOSE) and not any(
                w.isdigit() for w in wi.norms[j:e])
        if g.strip(" "):
            return False
    return False


def quoted_step(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int, limit: int,
                gap: str) -> tuple[int, int, bool] | None:
    """Quotation marks before word k that a phrase reads through: (its new last word, the
    next word, whether it goes on), or None when they decide nothing.  ``gap``: the text
    before word k, holding a colon or a mark."""
    marks_only = gap.strip(MARK_GAP) == "" and not QUOTE_CHARS.isdisjoint(gap)
    if (marks_only and name_part(lex, wi.norms[start : last + 1], strict=True) is None
            and not stops_phrase(lex, wi, k)):
        return k, k + 1, True  # رئيس الوزراء التونسي ” الحبيب الصيد ”: a name in marks
    if marks_only and quoted_person(lex, wi, start, last, k, limit):
        return k, k + 1, True  # مدير المهرجان "نجيب عياد"، الناقدة" بروين حبيب"
    if not COLON_QUOTE.isdisjoint(gap) and nickname(wi, k, limit):
        # محمد حمدان دقلو "حميدتي"; صحيفة "الغارديان" البريطانية: a named body goes on
        return k, k + 1, _closes_quoted_name(lex, wi, start, k)
    if marks_only:
        if _names_a_body(lex, wi.norms[last]) and k > last:
            j = after_quoted_name(wi, k, limit)
            if j > k:  # موقع "سكاي نيوز": the quoted name of the body
                return j - 1, j, True
        if _closes_quoted_name(lex, wi, start, last) and _goes_on(lex, wi, start, k):
            # المتحدث باسم حركة "حماس" فوزي برهوم، صحيفة "الغارديان" البريطانية
            return k, k + 1, True
        if wi.norms[k] in lex.place_prepositions and complement_then_name(
                lex, wi, start, k, limit):
            return k, k + 1, True  # مبعوثة الجوهرة "اف ام" إلى تطاوين هاجر النوالي أن
    return None


def quoted_person(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int,
                  limit: int) -> bool:
    """Words k.. are a person's full name in quotation marks after a title or a noun of
    role (مدير أيام قرطاج السينمائية "نجيب عياد"، الناقدة والإعلامية" بروين حبيب"): two or
    three words before the closing mark, no other punctuation, opening with a known first
    name, or after a role word (الإعلامية) with no article, title or body among them and a
    known name word.  Not in a phrase that holds a first name already (فتحي الحاج عامر ربان
    مركب "محمد عمر": the boat's name), nor after a body, with ب/ل too (بمنظمة "أنا يقظ"), a
    medium, a naming noun (موقع "سكاي نيوز"، شبكة "روسيا اليوم") or a guest noun (ضيف
    "صباح الورد"), nor with a time word among them."""
    before = strip_conj(wi.norms[last])
    if (any(lex.is_first_name(w) or lex.is_first_name(strip_conj(w))
            for w in wi.norms[start : last + 1])
            or lex.is_body(before) or (before[:1] in (lex.morph.ba, lex.morph.lam)
                                       and lex.is_body(before[1:]))
            or is_medium(lex, before) or _names_a_body(lex, before)
            or before in speaker_word_list("guest_nouns", lex)):
        return False
    j = after_quoted_name(wi, k, limit)
    if not (k + 2 <= j <= k + 3 and all(not wi.gap(x).strip(" ") for x in range(k + 1, j))):
        return False
    words = wi.norms[k:j]
    if any(w in lex.time_words for w in words):
        return False
    if lex.is_first_name(words[0]):
        return True
    return lex.is_title(before) and all(
        not w.startswith(lex.morph.article) and not lex.is_title(w) and not lex.is_body(w)
        for w in words) and any(w in lex.person_names for w in words)


def body_complement(lex: Lexicon, norms: list[str], start: int, last: int) -> bool:
    """Words start..last end in a body's noun after a title or in its definite adjective,
    with no person's name yet (رئيس النقابة، النقابة الوطنية): a ل-word after them is the
    body's complement (للصحفيين، للإعلام: ل and the article), not the verb's addressee
    (وقال الوزير للصحفيين، وقالت الوزارة للصحفيين; an outlet without the article after any
    phrase: متحدث باسم الشركة لموقع X)."""
    words = norms[start : last + 1]
    tail = strip_conj(words[-1])
    if not (lex.is_body(tail) or tail.startswith(lex.morph.article) and not is_medium(lex, tail)):
        return False
    body = next((x for x in range(len(words) - 1, -1, -1) if lex.is_body(strip_conj(words[x]))
                 or lex.is_body(words[x])), None)
    if body is None or not (body > 0 or len(words) > 1):
        return False  # (وقالت الوزارة للصحفيين: the body alone speaks, to the journalists)
    art = lex.morph.article
    return all(w.startswith(art) for w in words[body + 1 :]) and (
        name_part(lex, words, strict=True) is None)


COMPLEMENT_WORDS = 4  # words of a title's في complement before the name
NAME_WORDS = 3


def complement_then_name(lex: Lexicon, wi: WordIndex, start: int, k: int, limit: int) -> bool:
    """After a title, word k (في) opens the title's complement and a person's name ends the
    phrase (وزير الصحة في الحكومة المؤقتة كمال الفاسي أن): a short complement without
    punctuation, then two or three words before the complementizer (or the phrase's end), the
    first not definite, one known as a personal name, none a place.  A person's title only,
    not a body (هيئة الإسعاف في لندن).  Not an adverbial (وزير
    الداخلية في مؤتمر صحفي) nor a definite complement (في الحكومة الجديدة)."""
    norms, m = wi.norms, lex.morph
    if not lex.is_title(norms[start]) or lex.is_body(norms[start]) or k + 1 >= limit or (
            is_medium(lex, norms[k + 1])):
        return False
    end = k + 1
    while end < limit and not lex.complementizer(norms[end]):
        if not PHRASE_END.isdisjoint(wi.gap(end)) or not COMMAS.isdisjoint(wi.gap(end)):
            return False
        end += 1
        if end - k > COMPLEMENT_WORDS + NAME_WORDS:
            return False
    for j in range(max(k + 2, end - NAME_WORDS), end):
        if not norms[j].startswith(m.article) and not lex.is_title(norms[j]):
            return end - j >= 2 and (any(w in lex.person_names for w in norms[j:end])
                                     or named_later(lex, wi, j, end)) and not any(
                w in lex.countries for w in norms[j:end])  # (في لندن: a place)
    return False


def named_later(lex: Lexicon, wi: WordIndex, i: int, j: int) -> bool:
    """The last word of words i..j-1 (a name the lists need not know) stands again later in
    the text as the bare subject of a cue (... سوبا راو إن، ثم وأضاف راو): the book of
    names, evidence that the words are a person's name."""
    last = wi.norms[j - 1]
    if last.startswith(lex.morph.article) or len(last) < 3:
        return False
    return any(wi.norms[x] == last and lex.cue(wi.norms[x - 1]) is not None
               and wi.gap(x).strip(" ") == "" for x in range(j + 1, len(wi)))


def _closes_quoted_name(lex: Lexicon, wi: WordIndex, start: int, last: int) -> bool:
    """Words start..last end in a short quoted name after an indefinite naming noun (حركة
    "حماس"; after المنظمة the quoted words are no name of it)."""
    for x in range(last, max(start, last - 3), -1):
        if not QUOTE_CHARS.isdisjoint(wi.gap(x)):
            return strip_conj(wi.norms[x - 1]) in lex.name_nouns
    return False


def _goes_on(lex: Lexicon, wi: WordIndex, start: int, k: int) -> bool:
    """After a body's quoted name, word k continues the phrase: an adjective of the body
    (صحيفة "الغارديان" البريطانية), or a person's name after a title (المتحدث باسم حركة
    "حماس" فوزي برهوم) -- not an object (موقع "بلومبيرغ" ملخص التقرير)."""
    w = wi.norms[k]
    if (stops_phrase(lex, wi, k) or w in lex.soft_prep or w.startswith(lex.morph.lam)
            or w in lex.time_words):
        return False
    if is_nisba(w):
        return True
    titled = any(lex.is_title(x) and x not in lex.name_nouns for x in wi.norms[start:k])
    return titled and not w.startswith(lex.morph.article) and not lex.is_title(w)


def _names_a_body(lex: Lexicon, norm: str) -> bool:
    """A noun that a body's quoted name follows: a naming noun (موقع "سكاي نيوز") or the
    head of a name (معهد "امرود كنسلتينغ"; name_heads.txt), bare."""
    w = strip_conj(norm)
    return w in lex.name_nouns or w in lex.name_heads


def after_quoted_name(wi: WordIndex, k: int, limit: int) -> int:
    """The first word after a short quoted name opening before word k (k if none closes
    within four words)."""
    for j in range(k + 1, min(k + 5, limit + 1, len(wi) + 1)):
        if not QUOTE_CHARS.isdisjoint(wi.gap(j)):
            return j
    return k


def nickname(wi: WordIndex, k: int, limit: int) -> bool:
    """One word in quotation marks right after a name."""
    gap = wi.gap(k)
    if ":" in gap or sum(c in '"“”«»„' for c in gap) != 1:
        return False
    after = wi.gap(k + 1) if k + 1 <= len(wi) else ""
    return sum(c in '"“”«»„' for c in after) >= 1
