"""The speaker entities of one comparison: phrases registered per document, resolved inside it,
then linked across documents (``SpeakerIndex``).

Parts, one job each: ``_Phrases`` keeps the phrases and their entities (union-find);
``_document_forms`` resolves a document's speaker phrases inside it; ``_link_across`` links the
fullest phrase of each speaker across documents; ``SpeakerIndex`` answers the clustering's
questions about entities (same, related, vague, agreeing, their name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from quotecheck.comparison.speaker_phrases import (
    SpeakerForm,
    anonymous_heads,
    clean_name,
    cross_doc_match,
    expand_anonymous,
    first_name_match,
    generic_phrase,
    is_place,
    media_words,
    name_words_match,
    one_word_match,
    quote_speaker,
    resolve_role,
    same_speaker,
    speaker_form,
    without_stray_word,
)
from quotecheck.comparison.text import skeleton, stem, strip_clitics, tokens
from quotecheck.types import Quote

TITLE_TEXT_DOCS = 20  # a title is looked for in the texts of comparisons this small only


class _Phrases:
    """The registered speaker phrases (per document) and the entities they form."""

    def __init__(self) -> None:
        self.forms: list[SpeakerForm] = []
        self.doc: list[int] = []  # the document of each phrase
        self.primary: list[bool] = []  # the fullest phrase of its speaker inside its document
        self.title: list[bool] = []  # a title-only phrase its document does not resolve
        self.texts: list[str] = []  # the text of each document
        self.mentions: dict[int, list[SpeakerForm]] = {}  # the speaker mentions of a phrase
        self.version = 0  # changes with every phrase added and every link
        self._parent: list[int] = []
        self._by_key: dict[tuple[int, str], int] = {}
        self._groups: tuple[int, dict[int, list[int]]] = (-1, {})

    @property
    def ndocs(self) -> int:
        return len(self.texts)

    def find(self, i: int) -> int:
        """The entity (root phrase) of phrase ``i``."""
        while self._parent[i] != i:
            self._parent[i] = self._parent[self._parent[i]]
            i = self._parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        """Make phrases ``i`` and ``j`` one entity."""
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self._parent[max(ri, rj)] = min(ri, rj)
            self.version += 1

    def add(self, form: SpeakerForm) -> int:
        """The id of a phrase of the current document (one id per phrase words)."""
        key = (self.ndocs, " ".join(form.words))
        if key in self._by_key:
            return self._by_key[key]
        i = len(self.forms)
        self.forms.append(form)
        self._parent.append(i)
        self.doc.append(self.ndocs)
        self.primary.append(True)
        self.title.append(bool(form.words) and not form.names and not form.anonymous)
        self._by_key[key] = i
        self.version += 1
        return i

    def members(self, root: int) -> list[int]:
        """The phrases of an entity."""
        if self._groups[0] != self.version:
            groups: dict[int, list[int]] = {}
            for j in range(len(self.forms)):
                groups.setdefault(self.find(j), []).append(j)
            self._groups = (self.version, groups)
        return self._groups[1].get(root, [root])

    def all_titles(self, root: int) -> bool:
        """Whether every phrase of an entity is a title nobody named."""
        return all(self.title[j] for j in self.members(root))


def _quote_form(q: Quote) -> SpeakerForm:
    """The speaker phrase of a quote (its resolved name, else its mention), reduced."""
    f = speaker_form(quote_speaker(q))
    if f.empty and q.speaker is not None:
        f = speaker_form(q.speaker.text)
    return f


def _document_forms(quotes: Sequence[Quote], text: str) -> list[SpeakerForm]:
    """Each quote's speaker phrase, resolved inside its document: a title-only phrase to the
    person it names, a bare unnamed source to its fuller first mention, an unnamed role to the
    person the document names with it."""
    forms = [_quote_form(q) for q in quotes]
    named = [f for f in forms if f.names and not f.anonymous]
    # the speaker mention of a named quote (المتحدث باسم الصحة سامي الفارس) tells
    # which roles that person holds
    mentions = [
        (speaker_form(q.speaker.text), f)
        for q, f in zip(quotes, forms, strict=True)
        if f.names and not f.anonymous and q.speaker is not None
    ]
    forms = [_trim_stray(f, named) for f in forms]
    named = [f for f in forms if f.names and not f.anonymous]
    resolved = []
    for q, f in zip(quotes, forms, strict=True):
        if not f.empty and not f.names and not f.anonymous:
            # unresolved: tried across documents
            f = resolve_role(f, named, text, mentions)
        elif f.anonymous:
            if len(f.words) < 2 and text:
                f = expand_anonymous(f, text, q.start)
            if len(f.words) >= 2:
                # an unnamed role that its document names (المتحدث باسم الصحة ...)
                f = resolve_role(f, named, text, mentions, novel=False)
        resolved.append(f)
    return resolved


def _trim_stray(f: SpeakerForm, named: Sequence[SpeakerForm]) -> SpeakerForm:
    """A name that ends in a stray common noun (الأمير عبدالعزيز التقارير) → the name without
    it, when that shorter name is someone its document names (عبدالعزيز بن سلمان) and the
    full phrase is no one's."""
    short = without_stray_word(f)
    if short is None or short.empty:
        return f
    others = [g for g in named if g.names != f.names]
    if any(same_speaker(f, g) for g in others):
        return f
    if any(same_speaker(short, g) or first_name_match(short, g) for g in others):
        return short
    return f


def _register(ph: _Phrases, forms: Sequence[SpeakerForm]) -> list[int | None]:
    """Add one document's resolved phrases, link them inside it and mark the fullest phrase
    of each speaker (the one that links across documents); a speaker id per phrase."""
    ids: list[int | None] = []
    local: list[int] = []
    for f in forms:
        if f.empty:
            ids.append(None)
            continue
        i = ph.add(f)
        for j in local:
            if same_speaker(f, ph.forms[j]):
                ph.union(i, j)
        local.append(i)
        ids.append(i)
    _link_first_names(ph, local)
    best: dict[int, int] = {}
    for i in local:
        r = ph.find(i)
        f = ph.forms[i]
        if r not in best or (len(f.names), len(f.words)) > (
            len(ph.forms[best[r]].names),
            len(ph.forms[best[r]].words),
        ):
            best[r] = i
    for i in local:
        ph.primary[i] = best[ph.find(i)] == i
    return ids


def _link_first_names(ph: _Phrases, local: list[int]) -> None:
    """Inside one document, a one-word name (الأمير عبدالعزيز) joins the one fuller name of
    the document that starts with it (عبدالعزيز بن سلمان); none when several do."""
    # (before the documents are linked, an entity of a local phrase holds local phrases only)
    full = {ph.find(j) for j in local if len(ph.forms[j].names) >= 2}
    for i in local:
        f = ph.forms[i]
        if len(f.names) != 1 or ph.find(i) in full:
            continue
        roots = {ph.find(j) for j in local if first_name_match(f, ph.forms[j])}
        if len(roots) == 1:
            ph.union(i, roots.pop())


def _blocks(ph: _Phrases) -> tuple[dict[str, list[int]], list[int]]:
    """The phrases that link across documents, blocked by the skeletons of their first and last
    name words, and the one-word phrases among them."""
    buckets: dict[str, list[int]] = {}
    singles: list[int] = []
    for i, f in enumerate(ph.forms):
        if (f.anonymous and len(f.words) < 2) or not ph.primary[i] or ph.title[i]:
            continue  # a bare المصدر, a surname or title alias: resolved in its document
        words = f.words if f.anonymous else (f.names or f.words)
        if len(words) == 1:
            singles.append(i)
        for w in {words[0], words[-1]}:
            buckets.setdefault(skeleton(w) or w, []).append(i)
    return buckets, singles


def _link_across(ph: _Phrases, window: int) -> None:
    """Link speakers across documents: phrases of several words first, then one-word phrases
    (the same word everywhere; else the one entity it fits), then unresolved titles."""
    buckets, singles = _blocks(ph)
    single_set = set(singles)
    for ids in buckets.values():
        multi = [i for i in ids if i not in single_set]
        for a, i in enumerate(multi):
            fi = ph.forms[i]
            for j in multi[a + 1 : a + 1 + window]:
                if ph.doc[i] == ph.doc[j] or ph.find(i) == ph.find(j):
                    continue
                if cross_doc_match(fi, ph.forms[j]):
                    ph.union(i, j)
    _link_same_word(ph, singles)
    _link_singles(ph, singles, buckets, window)
    _link_titles(ph)


def _link_same_word(ph: _Phrases, singles: list[int]) -> None:
    """The same one-word name in several documents is one speaker (unless a common word)."""
    same_word: dict[str, int] = {}
    for i in singles:
        fi = ph.forms[i]
        w = (fi.names or fi.words)[0]
        if generic_phrase(fi):
            continue
        if w in same_word:
            ph.union(i, same_word[w])
        else:
            same_word[w] = i


def _link_singles(
    ph: _Phrases, singles: list[int], buckets: dict[str, list[int]], window: int
) -> None:
    """A one-word phrase (a surname alone) joins the one entity it matches, none when several."""
    for i in singles:
        fi = ph.forms[i]
        words = fi.names or fi.words
        roots = set()
        for j in buckets.get(skeleton(words[0]) or words[0], [])[:window]:
            if ph.find(j) == ph.find(i) or ph.doc[j] == ph.doc[i]:
                continue
            if one_word_match(fi, ph.forms[j]):
                roots.add(ph.find(j))
        if len(roots) == 1:
            ph.union(i, roots.pop())


def _link_titles(ph: _Phrases) -> None:
    """A title-only phrase that its document does not resolve (المتحدث باسم الخارجية) joins
    the one person that another document names with that title: a phrase of that document
    holding the title's words, or (in a comparison of at most ``TITLE_TEXT_DOCS`` documents)
    the title followed by a name in its text."""
    titles = [i for i in range(len(ph.forms)) if ph.title[i]]
    if not titles:
        return
    named: dict[int, bool] = {}
    by_word: dict[str, set[int]] = {}
    for j, g in enumerate(ph.forms):
        if not ph.title[j]:
            named[ph.find(j)] = True
            if g.names and not g.anonymous:
                for w in g.words:
                    by_word.setdefault(w, set()).add(j)
    for i in titles:
        f = ph.forms[i]
        if named.get(ph.find(i)):
            continue  # resolved inside its document
        sets = [by_word.get(w, set()) for w in set(f.words)]
        found = set.intersection(*sets) if sets else set()
        roots = {ph.find(j) for j in found if ph.doc[j] != ph.doc[i]}
        if not roots and ph.ndocs <= TITLE_TEXT_DOCS:
            roots = _title_in_texts(ph, i)
        if len(roots) == 1:
            ph.union(i, roots.pop())


def _title_in_texts(ph: _Phrases, i: int) -> set[int]:
    """The entities of other documents whose text names someone with title ``i``'s words."""
    f = ph.forms[i]
    roots = set()
    for d, text in enumerate(ph.texts):
        if d == ph.doc[i] or not text:
            continue
        found = resolve_role(f, [], text)
        if not found.names:
            continue
        for j, g in enumerate(ph.forms):
            if ph.doc[j] == d and not ph.title[j] and same_speaker(found, g):
                roots.add(ph.find(j))
    return roots


def _entity_skeletons(ph: _Phrases, root: int) -> set[str]:
    """Consonant skeletons of an entity's name and place words (not unnamed heads)."""
    out = set()
    for j in ph.members(root):
        f = ph.forms[j]
        words = list(f.names or f.words) + [w for w in f.words if is_place(w)]
        for w in words:
            if stem(w) not in anonymous_heads() and w not in anonymous_heads():
                k = skeleton(w)
                if len(k) >= 3:
                    out.add(k)
    return out


def _named_in_mentions(ph: _Phrases, a: int, b: int) -> bool:
    """Whether a name of entity ``a`` of two or more words (منظمة الصحة العالمية) is carried
    whole by a speaker mention of entity ``b`` (المدير العام لمنظمة الصحة تيدروس):
    an institution and the person introduced as its head, spokesman or member."""
    held = [
        m.names for j in ph.members(b) for m in ph.mentions.get(j, ()) if len(m.names) >= 3
    ]
    if not held:
        return False
    for j in ph.members(a):
        names = ph.forms[j].names
        if len(names) >= 2 and any(
            all(any(name_words_match(n, w) for w in words) for n in names) for words in held
        ):
            return True
    return False


def _entity_name(ph: _Phrases, root: int) -> str | None:
    """The fullest phrase of an entity (most name words, then longest), cleaned."""
    best = None
    for j in ph.members(root):
        f = ph.forms[j]
        score = (len(f.names), len(f.raw))
        if best is None or score > best[0]:
            best = (score, f.raw)
    return clean_name(best[1]) if best else None


class SpeakerIndex:
    """Speaker entities across the documents of one comparison (union-find over phrases)."""

    def __init__(self) -> None:
        self._ph = _Phrases()
        self._memo: dict[str, dict[int, object]] = {}
        self._memo_version = -1

    def add_document(self, quotes: Sequence[Quote], text: str = "") -> list[int | None]:
        """Register a document's quotes; return a speaker id per quote (None: no speaker)."""
        ids = _register(self._ph, _document_forms(quotes, text))
        for q, i in zip(quotes, ids, strict=True):
            if i is not None and q.speaker is not None:
                self._ph.mentions.setdefault(i, []).append(speaker_form(q.speaker.text))
        self._ph.texts.append(text)
        return ids

    def link(self, window: int = 300) -> None:
        """Link speakers across documents (named speakers by name, unnamed ones by phrase).

        Only the fullest phrase of each speaker in a document takes part (surname and title
        aliases were resolved inside it).  Phrases of several words link first, blocked by the
        skeletons of their first and last name words; then a one-word phrase (a surname alone)
        joins the one entity it matches, and none when it matches several (no hubs).
        """
        _link_across(self._ph, window)

    def key(self, i: int | None) -> int | None:
        """The entity id of a speaker id (None: no speaker)."""
        return None if i is None else self._ph.find(i)

    def related(self, a: int | None, b: int | None) -> bool:
        """Whether two speaker entities share a name word (a country and its ministry), or
        nothing tells them apart (``agree``)."""
        if a is None or b is None:
            return False
        ph = self._ph
        ra, rb = ph.find(a), ph.find(b)
        if ra == rb or ph.all_titles(ra) or ph.all_titles(rb) or self.agree(ra, rb):
            return True  # a title nobody names may be anyone: its quotes link as unknown ones
        if _named_in_mentions(ph, ra, rb) or _named_in_mentions(ph, rb, ra):
            return True  # an institution and the person its document introduces as its head
        return bool(self._cached("skel", ra, _entity_skeletons)
                    & self._cached("skel", rb, _entity_skeletons))

    def vague(self, a: int | None) -> bool:
        """Whether a speaker entity names nobody in particular: every phrase of it is a bare
        unnamed head (مصادر، مسؤول) or starts with a medium (وكالة رويترز، وسائل إعلام)."""
        if a is None:
            return False
        media = media_words()
        for i in self._ph.members(self._ph.find(a)):
            f = self._ph.forms[i]
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
        ph = self._ph
        ra, rb = ph.find(a), ph.find(b)
        if ra == rb:
            return True
        if ph.all_titles(ra) or ph.all_titles(rb):
            return True  # a title nobody names: nothing tells it apart (as an unknown speaker)
        both = ph.members(ra) + ph.members(rb)
        if not any(ph.forms[i].anonymous and len(ph.forms[i].words) < 2 for i in both):
            return False
        return any(
            same_speaker(ph.forms[i], ph.forms[j])
            for i in ph.members(ra)
            for j in ph.members(rb)
        )

    def name(self, i: int | None) -> str | None:
        """The fullest name of an entity (most name words, then longest phrase)."""
        if i is None:
            return None
        return self._cached("name", self._ph.find(i), _entity_name)

    def _cached(self, kind: str, root: int, compute: Callable[[_Phrases, int], object]) -> Any:
        """``compute(phrases, root)``, remembered until a phrase is added or linked."""
        if self._memo_version != self._ph.version:
            self._memo, self._memo_version = {}, self._ph.version
        table = self._memo.setdefault(kind, {})
        if root not in table:
            table[root] = compute(self._ph, root)
        return table[root]
