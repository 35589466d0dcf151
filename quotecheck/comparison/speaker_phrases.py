"""Speaker phrases: reduce them to name words, match two of them, resolve a role or a bare
unnamed source inside its document (the entities across documents: ``speaker_index``).

A speaker phrase is reduced to its name words (title and role words left out, clitics stripped).
Inside a document a surname alone or a title-only phrase (وزير الخارجية الأمريكي) goes to the
fuller mention it belongs to; across documents names match word by word, allowing
transliteration variants (a consonant skeleton: سيرغي = سيرجي, جياني = جاني).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from quotecheck.comparison import lexicon
from quotecheck.comparison.entities import entity_key, entity_words, name_key
from quotecheck.comparison.numbers import number_value
from quotecheck.comparison.text import (
    Token,
    skeleton,
    stem,
    strip_article,
    strip_clitics,
    tokens,
)
from quotecheck.types import Quote


@cache
def _titles_bare() -> frozenset[str]:
    return frozenset(strip_clitics(w) for w in lexicon.titles()) | lexicon.titles()


def is_title(norm: str) -> bool:
    """Whether a folded word is a title / role word (feminine forms included: السورية)."""
    bare = strip_clitics(norm)
    t = _titles_bare()
    return norm in t or bare in t or (bare.endswith("ه") and bare[:-1] in t)


@cache
def anonymous_heads() -> frozenset[str]:
    words = lexicon.anonymous()
    return frozenset(stem(w) for w in words) | words


@dataclass(frozen=True)
class SpeakerForm:
    """A speaker phrase reduced for matching."""

    raw: str
    words: tuple[str, ...]  # every content word (stems), titles included
    names: tuple[str, ...]  # name words (clitic-stripped folded forms), titles left out
    anonymous: bool

    @property
    def empty(self) -> bool:
        return not self.words


def speaker_form(raw: str | None) -> SpeakerForm:
    """Reduce a speaker phrase (``وزير الخارجية الأمريكي جون كيري``) to its words and name words."""
    raw = raw or ""
    words, names = [], []
    stop = lexicon.stopwords()
    toks = _expand_acronyms(tokens(raw))
    if len(toks) > 1 and strip_clitics(toks[0].norm) in _statement_words():
        toks = toks[1:]  # بلاغ لوزارة الشؤون الخارجية: the ministry
    joins = lexicon.name_joins()
    k = 0
    while k < len(toks):
        t = toks[k]
        k += 1
        if t.norm in stop or t.stem in stop or number_value(t) is not None:
            continue  # function words; counts (3 مسؤولين = ثلاثة مسؤولين = مسؤولون)
        if strip_clitics(t.norm) in joins and k < len(toks):
            # عبد العزيز = عبدالعزيز: a name written in two words or one
            joined = name_word(t.norm) + toks[k].norm
            k += 1
            words.append(stem(joined))
            names.append(joined)
            continue
        words.append(t.stem)
        if not is_title(t.norm):
            names.append(name_word(t.norm))
    anonymous = bool(words) and words[0] in anonymous_heads()
    return SpeakerForm(raw, tuple(words), tuple(names), anonymous)


def _expand_acronyms(toks: list[Token]) -> list[Token]:
    """An organisation's acronym (فيفا، الناتو) replaced by the words of its full name
    (الاتحاد الدولي لكرة القدم), a word the phrase already has just before it not repeated
    (لحلف الناتو = حلف شمال الأطلسي)."""
    table = lexicon.acronyms()
    out: list[Token] = []
    for t in toks:
        full = table.get(t.norm) or table.get(strip_clitics(t.norm))
        if full is None:
            out.append(t)
            continue
        for u in tokens(full):
            if not (out and out[-1].stem == u.stem):
                out.append(u)
    return out


@lru_cache(maxsize=100_000)
def name_word(norm: str) -> str:
    """A folded name word without its clitics; a single letter that would leave an unknown
    word stays (كتشالي, not ك + تشالي: names are mostly unseen in the background corpus)."""
    bare = strip_clitics(norm)
    if len(bare) == len(norm) - 1 and not norm.startswith("ال"):
        if max(lexicon.doc_freq(bare), lexicon.doc_freq("ال" + bare)) == 0:
            return norm
    return bare


def _word_match(a: str, b: str, loose: bool = False) -> bool:
    if a == b or stem(a) == stem(b):
        return True
    ka, kb = skeleton(a), skeleton(b)
    return len(ka) >= (2 if loose else 3) and ka == kb


def name_words_match(a: str, b: str) -> bool:
    """Whether two name words are one word (the same stem or consonant skeleton)."""
    return _word_match(a, b)


def _all_in(small: Sequence[str], big: Sequence[str], loose: bool = False) -> bool:
    return all(any(_word_match(s, b, loose) for b in big) for s in small)


def same_speaker(a: SpeakerForm, b: SpeakerForm) -> bool:
    """Whether two speaker phrases name the same speaker (in or across documents)."""
    if a.empty or b.empty:
        return False
    if a.anonymous or b.anonymous:
        if a.anonymous != b.anonymous:
            return False
        small, big = sorted((a.words, b.words), key=len)
        return _word_match(small[0], big[0]) and _all_in(small, big)
    na, nb = a.names or a.words, b.names or b.words
    small, big = sorted((na, nb), key=len)
    if len(small) == 1:
        # a single name word is a surname (last word) or the whole of a one-word name
        return _word_match(small[0], big[-1]) or (len(big) == 1 and _word_match(small[0], big[0]))
    if not _word_match(small[0], big[0]) and not _word_match(small[-1], big[-1]):
        return False
    # once the surname agrees, the other words may be looser transliterations (جياني / جاني)
    return _all_in(small, big, loose=_word_match(small[-1], big[-1]))


GENERIC_DF = 0.05  # a one-word speaker more common than this in ANT is a common word


def generic_phrase(form: SpeakerForm) -> bool:
    """A one-word phrase that is a common word (وزارة، الصحيفة، سوسة): no cross-document hub."""
    words = form.names or form.words
    if len(words) != 1:
        return False
    return _common(words[0])


def _common(word: str, share: float = GENERIC_DF) -> bool:
    """Whether a name word is a common word of the background corpus: in more than ``share``
    of its articles (الوطني; with ``NAME_DF``, العربية or الدول too)."""
    df = max(lexicon.doc_freq(word), lexicon.doc_freq("ال" + word))
    return df > share * lexicon.article_count()


NAME_DF = 0.01  # a given name and surname that link whatever precedes them are rarer than this


MAX_NAME_WORDS = 5  # a longer "name" is a phrase, not a name: it links inside its document only


def cross_doc_match(a: SpeakerForm, b: SpeakerForm) -> bool:
    """``same_speaker`` for two multi-word phrases of two documents, stricter: both the first
    and the last name words agree (or one phrase holds the other's words in order), and
    phrases too long to be names link nothing."""
    wa, wb = a.names or a.words, b.names or b.words
    if len(wa) > MAX_NAME_WORDS or len(wb) > MAX_NAME_WORDS:
        # long phrases (an institution's full name) link only when nearly the same words
        share_a = sum(any(_word_match(x, y) for y in wb) for x in wa) / len(wa)
        share_b = sum(any(_word_match(y, x) for x in wa) for y in wb) / len(wb)
        return min(share_a, share_b) >= 0.8
    if a.anonymous or b.anonymous:
        return same_speaker(a, b)
    small, big = sorted((wa, wb), key=len)
    if len(small) >= 2 and not any(_common(w, NAME_DF) for w in small[-2:]):
        # the same given name and surname after different leading words, roles that the
        # title list lacks (المدرب سمير الحداد / الناخب الوطني سمير الحداد)
        if _word_match(small[-1], big[-1]) and _word_match(small[-2], big[-2]):
            return True
    # the shorter phrase's words in order inside the longer one: وليد الركراكي in
    # وليد الركراكي مدرب المنتخب المغربي
    n = len(small)
    for k in range(len(big) - n + 1):
        window = big[k : k + n]
        last = _word_match(small[-1], window[-1])
        if last and _word_match(small[0], window[0], loose=True):
            if _all_in(small, window, loose=True):
                return True
    return False


def first_name_match(a: SpeakerForm, b: SpeakerForm) -> bool:
    """Whether a one-word name ``a`` (الأمير عبدالعزيز) is the first name of a fuller name
    ``b`` (عبدالعزيز بن سلمان): people named by their first name alone carry an honorific
    before it (الأمير، الشيخ) or a patronymic chain in the full name (X بن Y); the word is
    rare (no common given name such as محمد) and is not ``b``'s surname (``same_speaker``
    reads a surname)."""
    wa, wb = a.names, b.names
    if a.anonymous or b.anonymous or len(wa) != 1 or len(wb) < 2 or len(wb) > MAX_NAME_WORDS:
        return False
    if _common(wa[0], NAME_DF) or _word_match(wa[0], wb[-1]):
        return False
    honorific, patronym = _first_name_words()
    titled = bool(honorific & set(a.words))
    # the word is one of b's given names (not its last word): the one after its title words
    # when a carries an honorific, or any one that a patronym follows (X بن Y)
    return any(
        _word_match(wa[0], w) and (titled or wb[k + 1] in patronym)
        for k, w in enumerate(wb[:-1])
    )


STRAY_DF = 3  # a last word the background vocabulary knows (it keeps words of 3+ articles)


def without_stray_word(form: SpeakerForm) -> SpeakerForm | None:
    """The phrase without its last word when that word may be a common noun run into the
    name (نفى الأمير عبدالعزيز التقارير: the object of the verb): a word with the article
    that the background corpus knows (in at least ``STRAY_DF`` articles), after at least one
    other name word; None when the phrase does not end so."""
    if form.anonymous or len(form.names) < 2:
        return None
    toks = tokens(form.raw)
    if len(toks) < 2:
        return None
    last = toks[-1]
    bare = strip_article(last.norm)
    if bare == last.norm or name_word(last.norm) != form.names[-1]:
        return None  # no article, or the last word is not the last name word
    if max(lexicon.doc_freq(last.norm), lexicon.doc_freq(bare)) < STRAY_DF:
        return None
    if is_place(bare):
        return None  # a nisba (السعودي) is no stray noun
    return speaker_form(form.raw[: last.start].rstrip())


def one_word_match(a: SpeakerForm, b: SpeakerForm) -> bool:
    """A one-word phrase ``a`` (a surname, a one-word name) against a phrase ``b``."""
    if generic_phrase(a):
        return False
    wa, wb = a.names or a.words, b.names or b.words
    if len(wb) > MAX_NAME_WORDS:
        return False
    if len(wb) == 1:
        return wa[0] == wb[0] or _word_match(wa[0], wb[0])
    return _word_match(wa[0], wb[-1])


ROLE_GAP = 3  # words a role phrase may skip inside a longer title (المتحدث [باسم وزارة] ...)


def resolve_role(
    form: SpeakerForm,
    others: list[SpeakerForm],
    text: str,
    mentions: Sequence[tuple[SpeakerForm, SpeakerForm]] = (),
    novel: bool = True,
) -> SpeakerForm:
    """A title-only or role phrase (``الرئيس التونسي``, ``المتحدث باسم الصحة``) → the fuller
    mention in its document: a named phrase holding its words, the one person whose quotes'
    speaker mentions (``mentions``: mention form, name form) hold them, or its words (in
    order, a few other words between them) in the text followed by a name: the name of a
    speaker in ``others``, or (``novel``) a name of two or more words that no speaker of the
    document has.
    """
    want = set(form.words)
    for o in others:
        if o.names and want <= set(o.words):
            return o
    holders = {o.names: o for mention, o in mentions if want <= set(mention.words)}
    if len(holders) == 1:  # one person named with that role (two: the role is ambiguous)
        return next(iter(holders.values()))
    if text and form.words:
        for cand in _titled_names(tuple(form.words), text):
            if _medium(cand):
                continue  # مصدر مطلع لوكالة رويترز: the medium it spoke to, not its name
            for o in others:
                if same_speaker(cand, o):
                    return o
            if novel and len(cand.names) >= 2 and _name_like(cand):
                return cand
    return form


def _medium(form: SpeakerForm) -> bool:
    """Whether a phrase starts with a medium (لوكالة فرانس برس، لرويترز)."""
    toks = tokens(form.raw)
    return bool(toks) and strip_clitics(toks[0].norm) in media_words()


def _name_like(form: SpeakerForm) -> bool:
    """Whether a phrase found after a title may be a person's name: not an unnamed head, a
    medium (لوكالة فرانس برس) or a time phrase (اليوم الخميس)."""
    if form.anonymous or _medium(form):
        return False
    times = lexicon.time_words()
    return not any(t.norm in times or strip_clitics(t.norm) in times for t in tokens(form.raw))


def _titled_names(words: tuple[str, ...], text: str) -> list[SpeakerForm]:
    """Names that follow the title ``words`` in ``text``: the words in order, at most
    ``ROLE_GAP`` other words between them and no punctuation (وزير الخارجية الأمريكي جون كيري;
    المتحدث الأردني in المتحدث باسم وزارة الصحة الأردنية سامي الفارس), then a name of one to
    three words (title words right after the last title word are skipped)."""
    toks = _doc_tokens(text)
    stems = [t.stem for t in toks]
    stop = lexicon.stopwords()
    out = []
    for i, st in enumerate(stems):
        if st != words[0]:
            continue
        k, last, gaps = 1, i, 0
        while k < len(words) and last + 1 < len(toks):
            nxt = last + 1
            if _PUNCT_BETWEEN.search(text, toks[last].end, toks[nxt].start):
                break
            if stems[nxt] == words[k]:
                k += 1
            elif gaps < ROLE_GAP:
                gaps += 1
            else:
                break
            last = nxt
        if k < len(words):
            continue
        j = last + 1
        while j < len(toks) and j <= last + 2 and is_title(toks[j].norm):
            if _HARD_PUNCT.search(text, toks[j - 1].end, toks[j].start):
                break
            j += 1
        name = []
        for t in toks[j : j + 3]:
            if is_title(t.norm) or t.norm in stop:
                break
            gap = text[(name[-1].end if name else toks[j - 1].end) : t.start]
            if name and _HARD_PUNCT.search(gap):
                break
            if not name and _PUNCT_BETWEEN.search(gap) and not _SOFT_GAP.fullmatch(gap):
                break
            name.append(t)
        if name:
            out.append(speaker_form(text[name[0].start : name[-1].end]))
    return out


@lru_cache(maxsize=100_000)
def is_place(word: str) -> bool:
    """Whether a speaker word names a country or place (the nisba of وزارة الخارجية المغربية)."""
    return entity_key(word, entity_words(), set()) is not None


@lru_cache(maxsize=64)
def _doc_tokens(text: str) -> list:
    return tokens(text)


@cache
def _statement_words() -> frozenset[str]:
    words = lexicon.statement_words()
    return words | frozenset(strip_clitics(w) for w in words)


@cache
def _first_name_words() -> tuple[frozenset[str], frozenset[str]]:
    """(honorific stems, patronym words) of ``lexicon.first_name_words``."""
    honorific, patronym = lexicon.first_name_words()
    return frozenset(stem(w) for w in honorific) | honorific, patronym


@cache
def media_words() -> frozenset[str]:
    words = lexicon.media()
    return words | frozenset(strip_clitics(w) for w in words)


_PUNCT_BETWEEN = regex.compile(r"[\p{P}\n]")
_HARD_PUNCT = regex.compile(r"[.,،:;؛!?؟()\n]")
_SOFT_GAP = regex.compile(r"[\s،,\"«»“”„'‘’]*")
ANON_MAX_WORDS = 4


def expand_anonymous(form: SpeakerForm, text: str, before: int) -> SpeakerForm:
    """A bare unnamed speaker (``المصدر``) → the fuller phrase of its first mention in the
    document (``مصدر بوزارة الخارجية السورية``), read up to the next punctuation."""
    toks = _doc_tokens(text)
    head = form.words[0]
    stop = lexicon.stopwords()
    for k, t in enumerate(toks):
        if t.start >= before:
            break
        if t.stem != head and stem(strip_clitics(t.norm)) != head:
            continue
        end = k
        media = media_words()
        for m in range(k + 1, min(len(toks), k + 1 + ANON_MAX_WORDS)):
            if _PUNCT_BETWEEN.search(text, toks[m - 1].end, toks[m].start):
                break
            bare = strip_clitics(toks[m].norm)
            if bare in media or toks[m].norm in media:
                break
            end = m
        while end > k and (toks[end].norm in stop or toks[end].stem in stop):
            end -= 1
        if end > k:
            cand = speaker_form(text[t.start : toks[end].end])
            if cand.anonymous and len(cand.words) >= 2:
                return cand
    return form


def quote_speaker(q: Quote) -> str | None:
    """The speaker phrase of a quote: its resolved name, else its mention text."""
    if q.speaker_name:
        return q.speaker_name
    if q.speaker is not None:
        return q.speaker.text
    return None


_PUNCT = regex.compile(r"^[\p{P}\s]++|(?<![\p{P}\s])[\p{P}\s]++$")


def clean_name(raw: str) -> str:
    return _PUNCT.sub("", raw)


@lru_cache(maxsize=20_000)
def folded_name_words(raw: str | None) -> frozenset[str]:
    """The name words of a speaker phrase, for recognising the speaker inside quote text (the
    ``entity`` flag): folded, the article stripped (``name_key``), leaving out title and role
    words (وزير، الخارجية، التركية), the head of an unnamed source (مسؤولين، مصدر), function
    words, counts and common words of the background corpus (وزارة): a quote that says
    «الوزارة» or «مسؤولين» names no one."""
    out = set()
    stop = lexicon.stopwords()
    for t in tokens(raw or ""):
        if is_title(t.norm) or t.norm in stop or t.stem in stop or number_value(t) is not None:
            continue
        if t.stem in anonymous_heads() or strip_clitics(t.norm) in anonymous_heads():
            continue
        key = name_key(t.norm)
        if len(key) > 2 and not _common(key, NAME_DF):
            out.add(key)
    return frozenset(out)

