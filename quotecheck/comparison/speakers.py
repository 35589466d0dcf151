"""Speaker linking: resolve each quote's speaker inside its document, then across documents.

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
from quotecheck.comparison.entities import entity_key, entity_words
from quotecheck.comparison.numbers import number_value
from quotecheck.comparison.text import fold, skeleton, stem, strip_clitics, tokens
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
def _anonymous() -> frozenset[str]:
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
    toks = tokens(raw)
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
    anonymous = bool(words) and words[0] in _anonymous()
    return SpeakerForm(raw, tuple(words), tuple(names), anonymous)


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


TITLE_TEXT_DOCS = 20  # a title is looked for in the texts of comparisons this small only
GENERIC_DF = 0.05  # a one-word speaker more common than this in ANT is a common word


def _generic(form: SpeakerForm) -> bool:
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


def _cross_doc_match(a: SpeakerForm, b: SpeakerForm) -> bool:
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


def _one_word_match(a: SpeakerForm, b: SpeakerForm) -> bool:
    """A one-word phrase ``a`` (a surname, a one-word name) against a phrase ``b``."""
    if _generic(a):
        return False
    wa, wb = a.names or a.words, b.names or b.words
    if len(wb) > MAX_NAME_WORDS:
        return False
    if len(wb) == 1:
        return wa[0] == wb[0] or _word_match(wa[0], wb[0])
    return _word_match(wa[0], wb[-1])


ROLE_GAP = 3  # words a role phrase may skip inside a longer title (المتحدث [باسم وزارة] ...)


def _resolve_title_only(
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
            for o in others:
                if same_speaker(cand, o):
                    return o
            if novel and len(cand.names) >= 2 and _name_like(cand):
                return cand
    return form


def _name_like(form: SpeakerForm) -> bool:
    """Whether a phrase found after a title may be a person's name: not an unnamed head, a
    medium (لوكالة فرانس برس) or a time phrase (اليوم الخميس)."""
    if form.anonymous:
        return False
    times = lexicon.time_words()
    toks = tokens(form.raw)
    if toks and strip_clitics(toks[0].norm) in _media():
        return False
    return not any(t.norm in times or strip_clitics(t.norm) in times for t in toks)


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
def _is_place(word: str) -> bool:
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
def _media() -> frozenset[str]:
    words = lexicon.media()
    return words | frozenset(strip_clitics(w) for w in words)


_PUNCT_BETWEEN = regex.compile(r"[\p{P}\n]")
_HARD_PUNCT = regex.compile(r"[.,،:;؛!?؟()\n]")
_SOFT_GAP = regex.compile(r"[\s،,\"«»“”„'‘’]*")
ANON_MAX_WORDS = 4


def _expand_anonymous(form: SpeakerForm, text: str, before: int) -> SpeakerForm:
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
        media = _media()
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


class SpeakerIndex:
    """Speaker entities across the documents of one comparison (union-find over phrases)."""

    def __init__(self) -> None:
        self._forms: list[SpeakerForm] = []
        self._parent: list[int] = []
        self._by_raw: dict[tuple[int, str], int] = {}
        self._doc: list[int] = []
        self._primary: list[bool] = []  # the fullest phrase of its speaker inside its document
        self._title: list[bool] = []  # a title-only phrase its document does not resolve
        self._texts: list[str] = []
        self._ndocs = 0

    def _find(self, i: int) -> int:
        while self._parent[i] != i:
            self._parent[i] = self._parent[self._parent[i]]
            i = self._parent[i]
        return i

    def _union(self, i: int, j: int) -> None:
        ri, rj = self._find(i), self._find(j)
        if ri != rj:
            self._parent[max(ri, rj)] = min(ri, rj)
            self._groups_n = -1  # the cached groups, skeletons and names are stale
            self._skel_cache = None
            self._name_cache = None

    def _add(self, form: SpeakerForm) -> int:
        key = (self._ndocs, " ".join(form.words))
        if key in self._by_raw:
            return self._by_raw[key]
        i = len(self._forms)
        self._forms.append(form)
        self._parent.append(i)
        self._doc.append(self._ndocs)
        self._primary.append(True)
        self._title.append(bool(form.words) and not form.names and not form.anonymous)
        self._by_raw[key] = i
        return i

    def add_document(self, quotes: Sequence[Quote], text: str = "") -> list[int | None]:
        """Register a document's quotes; return a speaker id per quote (None: no speaker)."""
        forms = []
        for q in quotes:
            f = speaker_form(quote_speaker(q))
            if f.empty and q.speaker is not None:
                f = speaker_form(q.speaker.text)
            forms.append(f)
        named = [f for f in forms if f.names and not f.anonymous]
        # the speaker mention of a named quote (المتحدث باسم الصحة سامي الفارس) tells
        # which roles that person holds
        mentions = [
            (speaker_form(q.speaker.text), f)
            for q, f in zip(quotes, forms, strict=True)
            if f.names and not f.anonymous and q.speaker is not None
        ]
        resolved = []
        for q, f in zip(quotes, forms, strict=True):
            if not f.empty and not f.names and not f.anonymous:
                # unresolved: tried across documents
                f = _resolve_title_only(f, named, text, mentions)
            elif f.anonymous:
                if len(f.words) < 2 and text:
                    f = _expand_anonymous(f, text, q.start)
                if len(f.words) >= 2:
                    # an unnamed role that its document names (المتحدث باسم الصحة ...)
                    f = _resolve_title_only(f, named, text, mentions, novel=False)
            resolved.append(f)
        ids: list[int | None] = []
        local: list[int] = []
        for f in resolved:
            if f.empty:
                ids.append(None)
                continue
            i = self._add(f)
            for j in local:
                if same_speaker(f, self._forms[j]):
                    self._union(i, j)
            local.append(i)
            ids.append(i)
        # inside the document, only the fullest phrase of each speaker links across documents
        best: dict[int, int] = {}
        for i in local:
            r = self._find(i)
            f = self._forms[i]
            if r not in best or (len(f.names), len(f.words)) > (
                len(self._forms[best[r]].names),
                len(self._forms[best[r]].words),
            ):
                best[r] = i
        for i in local:
            self._primary[i] = best[self._find(i)] == i
        self._ndocs += 1
        self._texts.append(text)
        return ids

    def link(self, window: int = 300) -> None:
        """Link speakers across documents (named speakers by name, unnamed ones by phrase).

        Only the fullest phrase of each speaker in a document takes part (surname and title
        aliases were resolved inside it).  Phrases of several words link first, blocked by the
        skeletons of their first and last name words; then a one-word phrase (a surname alone)
        joins the one entity it matches, and none when it matches several (no hubs).
        """
        buckets: dict[str, list[int]] = {}
        singles: list[int] = []  # one-word phrases
        for i, f in enumerate(self._forms):
            if (f.anonymous and len(f.words) < 2) or not self._primary[i] or self._title[i]:
                continue  # a bare المصدر, a surname or title alias: resolved in its document
            words = f.words if f.anonymous else (f.names or f.words)
            if len(words) == 1:
                singles.append(i)
            for w in {words[0], words[-1]}:
                buckets.setdefault(skeleton(w) or w, []).append(i)
        single_set = set(singles)
        for ids in buckets.values():
            multi = [i for i in ids if i not in single_set]
            for a, i in enumerate(multi):
                fi = self._forms[i]
                for j in multi[a + 1 : a + 1 + window]:
                    if self._doc[i] == self._doc[j] or self._find(i) == self._find(j):
                        continue
                    if _cross_doc_match(fi, self._forms[j]):
                        self._union(i, j)
        # the same one-word name in several documents is one speaker (unless a common word)
        same_word: dict[str, int] = {}
        for i in singles:
            fi = self._forms[i]
            w = (fi.names or fi.words)[0]
            if _generic(fi):
                continue
            if w in same_word:
                self._union(i, same_word[w])
            else:
                same_word[w] = i
        for i in singles:
            fi = self._forms[i]
            words = fi.names or fi.words
            roots = set()
            for j in buckets.get(skeleton(words[0]) or words[0], [])[:window]:
                if self._find(j) == self._find(i) or self._doc[j] == self._doc[i]:
                    continue
                if _one_word_match(fi, self._forms[j]):
                    roots.add(self._find(j))
            if len(roots) == 1:
                self._union(i, roots.pop())
        self._link_titles()

    def _link_titles(self) -> None:
        """A title-only phrase that its document does not resolve (المتحدث باسم الخارجية)
        joins the one person that another document names with that title: a phrase of that
        document holding the title's words, or (in a comparison of at most
        ``TITLE_TEXT_DOCS`` documents) the title followed by a name in its text."""
        titles = [i for i in range(len(self._forms)) if self._title[i]]
        if not titles:
            return
        named: dict[int, bool] = {}
        by_word: dict[str, set[int]] = {}
        for j, g in enumerate(self._forms):
            if not self._title[j]:
                named[self._find(j)] = True
                if g.names and not g.anonymous:
                    for w in g.words:
                        by_word.setdefault(w, set()).add(j)
        for i in titles:
            f = self._forms[i]
            if named.get(self._find(i)):
                continue  # resolved inside its document
            sets = [by_word.get(w, set()) for w in set(f.words)]
            found = set.intersection(*sets) if sets else set()
            roots = {self._find(j) for j in found if self._doc[j] != self._doc[i]}
            if not roots and len(self._texts) <= TITLE_TEXT_DOCS:
                roots = self._title_in_texts(i)
            if len(roots) == 1:
                self._union(i, roots.pop())

    def _title_in_texts(self, i: int) -> set[int]:
        """The entities of other documents whose text names someone with title ``i``'s words."""
        f = self._forms[i]
        roots = set()
        for d, text in enumerate(self._texts):
            if d == self._doc[i] or not text:
                continue
            found = _resolve_title_only(f, [], text)
            if not found.names:
                continue
            for j, g in enumerate(self._forms):
                if self._doc[j] == d and not self._title[j] and same_speaker(found, g):
                    roots.add(self._find(j))
        return roots

    def _all_titles(self, root: int) -> bool:
        return all(self._title[j] for j in self._members(root))

    def key(self, i: int | None) -> int | None:
        """The entity id of a speaker id (None: no speaker)."""
        return None if i is None else self._find(i)

    def related(self, a: int | None, b: int | None) -> bool:
        """Whether two speaker entities share a name word (a country and its ministry), or
        nothing tells them apart (``agree``)."""
        if a is None or b is None:
            return False
        ra, rb = self._find(a), self._find(b)
        if ra == rb or self._all_titles(ra) or self._all_titles(rb) or self.agree(ra, rb):
            return True  # a title nobody names may be anyone: its quotes link as unknown ones
        return bool(self._skeletons(ra) & self._skeletons(rb))

    def vague(self, a: int | None) -> bool:
        """Whether a speaker entity names nobody in particular: every phrase of it is a bare
        unnamed head (مصادر، مسؤول) or starts with a medium (وكالة رويترز، وسائل إعلام)."""
        if a is None:
            return False
        media = _media()
        for i in self._members(self._find(a)):
            f = self._forms[i]
            bare = f.anonymous and len(f.words) < 2
            toks = tokens(f.raw)
            if not bare and not (toks and strip_clitics(toks[0].norm) in media):
                return False
        return True

    def agree(self, a: int | None, b: int | None) -> bool:
        """Whether two speaker entities may be one speaker: one is unknown, they are linked,
        or one is a bare unnamed head (مسؤول، مصادر) that the other's phrase carries (such
        heads are not linked across documents, yet nothing says they differ)."""
        if a is None or b is None:
            return True
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return True
        if self._all_titles(ra) or self._all_titles(rb):
            return True  # a title nobody names: nothing tells it apart (as an unknown speaker)
        vague = [self._forms[i] for i in self._members(ra) + self._members(rb)]
        if not any(f.anonymous and len(f.words) < 2 for f in vague):
            return False
        return any(
            same_speaker(self._forms[i], self._forms[j])
            for i in self._members(ra)
            for j in self._members(rb)
        )

    def _skeletons(self, root: int) -> set[str]:
        cache = getattr(self, "_skel_cache", None)
        if cache is None or cache[0] != len(self._forms):
            cache = (len(self._forms), {})
            self._skel_cache = cache
        if root in cache[1]:
            return cache[1][root]
        out = self._compute_skeletons(root)
        cache[1][root] = out
        return out

    def _compute_skeletons(self, root: int) -> set[str]:
        out = set()
        for j in self._members(root):
            f = self._forms[j]
            words = list(f.names or f.words) + [w for w in f.words if _is_place(w)]
            for w in words:
                if stem(w) not in _anonymous() and w not in _anonymous():
                    k = skeleton(w)
                    if len(k) >= 3:
                        out.add(k)
        return out

    def _members(self, root: int) -> list[int]:
        if getattr(self, "_groups_n", -1) != len(self._forms):
            groups: dict[int, list[int]] = {}
            for j in range(len(self._forms)):
                groups.setdefault(self._find(j), []).append(j)
            self._groups, self._groups_n = groups, len(self._forms)
        return self._groups.get(root, [root])

    def name(self, i: int | None) -> str | None:
        """The fullest name of an entity (most name words, then longest phrase)."""
        if i is None:
            return None
        root = self._find(i)
        cache = getattr(self, "_name_cache", None)
        if cache is None or cache[0] != len(self._forms):
            cache = (len(self._forms), {})
            self._name_cache = cache
        if root not in cache[1]:
            cache[1][root] = self._compute_name(root)
        return cache[1][root]

    def _compute_name(self, root: int) -> str | None:
        best = None
        for j in self._members(root):
            f = self._forms[j]
            score = (len(f.names), len(f.raw))
            if best is None or score > best[0]:
                best = (score, f.raw)
        return _clean_name(best[1]) if best else None


_PUNCT = regex.compile(r"^[\p{P}\s]++|(?<![\p{P}\s])[\p{P}\s]++$")


def _clean_name(raw: str) -> str:
    return _PUNCT.sub("", raw)


def folded_name_words(raw: str | None) -> set[str]:
    """Clitic-stripped folded words of a name, for recognising it inside quote text."""
    return {name_word(fold(w)) for w in (raw or "").split() if len(w) > 2}
