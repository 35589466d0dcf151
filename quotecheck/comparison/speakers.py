"""Speaker linking: resolve each quote's speaker inside its document, then across documents.

A speaker phrase is reduced to its name words (title and role words left out, clitics stripped).
Inside a document a surname alone or a title-only phrase (وزير الخارجية الأمريكي) goes to the
fuller mention it belongs to; across documents names match word by word, allowing
transliteration variants (a consonant skeleton: سيرغي = سيرجي, جياني = جاني).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from quotecheck.comparison import lexicon
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
    words = lexicon._folded("anonymous.txt")
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
    for t in tokens(raw):
        if t.norm in stop or t.stem in stop:
            continue
        words.append(t.stem)
        if not is_title(t.norm):
            names.append(strip_clitics(t.norm))
    anonymous = bool(words) and words[0] in _anonymous()
    return SpeakerForm(raw, tuple(words), tuple(names), anonymous)


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


def _resolve_title_only(form: SpeakerForm, others: list[SpeakerForm], text: str) -> SpeakerForm:
    """A title-only phrase (``الرئيس التونسي``) → the fuller mention in its document."""
    want = set(form.words)
    for o in others:
        if o.names and want <= set(o.words):
            return o
    # look in the text: the title words followed by a name (وزير الخارجية الأمريكي جون كيري)
    if text and form.words:
        toks = tokens(text)
        n = len(form.words)
        stems = [t.stem for t in toks]
        for i in range(len(toks) - n):
            if stems[i : i + n] == list(form.words):
                tail = [
                    t
                    for t in toks[i + n : i + n + 3]
                    if not is_title(t.norm) and t.norm not in lexicon.stopwords()
                ]
                if tail and any(
                    same_speaker(speaker_form(t.text), o) for o in others for t in tail[:1]
                ):
                    for o in others:
                        if same_speaker(speaker_form(tail[0].text), o):
                            return o
    return form


def _is_place(word: str) -> bool:
    """Whether a speaker word names a country or place (the nisba of وزارة الخارجية المغربية)."""
    from quotecheck.comparison.flags import _entity_key, _entity_words

    return _entity_key(word, _entity_words(), set()) is not None


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

    def _add(self, form: SpeakerForm) -> int:
        key = (self._ndocs, " ".join(form.words))
        if key in self._by_raw:
            return self._by_raw[key]
        i = len(self._forms)
        self._forms.append(form)
        self._parent.append(i)
        self._doc.append(self._ndocs)
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
        resolved = []
        for f in forms:
            if not f.empty and not f.names and not f.anonymous:
                f = _resolve_title_only(f, named, text)
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
        self._ndocs += 1
        return ids

    def link(self, window: int = 300) -> None:
        """Link speakers across documents (named speakers by name, unnamed ones by phrase).

        Phrases are blocked by the skeletons of their first and last name words, so that an
        archive of thousands of documents compares only phrases that could match.
        """
        buckets: dict[str, list[int]] = {}
        for i, f in enumerate(self._forms):
            if f.anonymous and len(f.words) < 2:
                continue  # a bare المصدر is resolved inside its own document only
            words = f.names or f.words
            for w in {words[0], words[-1]}:
                buckets.setdefault(skeleton(w) or w, []).append(i)
        for ids in buckets.values():
            for a, i in enumerate(ids):
                fi = self._forms[i]
                for j in ids[a + 1 : a + 1 + window]:
                    if self._doc[i] == self._doc[j] or self._find(i) == self._find(j):
                        continue
                    if same_speaker(fi, self._forms[j]):
                        self._union(i, j)

    def key(self, i: int | None) -> int | None:
        """The entity id of a speaker id."""
        return None if i is None else self._find(i)

    def related(self, a: int | None, b: int | None) -> bool:
        """Whether two speaker entities share a name word (a country and its ministry)."""
        if a is None or b is None:
            return False
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return True
        return bool(self._skeletons(ra) & self._skeletons(rb))

    def _skeletons(self, root: int) -> set[str]:
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
        best = None
        for j in self._members(self._find(i)):
            f = self._forms[j]
            score = (len(f.names), len(f.raw))
            if best is None or score > best[0]:
                best = (score, f.raw)
        return _clean_name(best[1]) if best else None


_PUNCT = regex.compile(r"^[\p{P}\s]+|[\p{P}\s]+$")


def _clean_name(raw: str) -> str:
    return _PUNCT.sub("", raw)


def folded_name_words(raw: str | None) -> set[str]:
    """Clitic-stripped folded words of a name, for recognising it inside quote text."""
    return {strip_clitics(fold(w)) for w in (raw or "").split() if len(w) > 2}
