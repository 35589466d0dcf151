"""The names a document gives: the persons named in it (entities and speaker phrases), the
text each name key was first seen as, and the fullest name a shorter one stands for."""

from __future__ import annotations

from quotecheck.engine.entities import PERSON_LABELS
from quotecheck.engine.names.context import NameContext
from quotecheck.lang.ar.normalize import name_key

NameKey = tuple[str, ...]  # the folded words of a name

# An entity holding one of these is no clean name (a quote or markup caught in it).
_NOT_IN_NAMES = '"“”«»=<>'


class NameBook:
    """Person names seen in a document, the surface text of each key, and the fullest form
    of a name (سيرغي لافروف for لافروف).  ``fullest`` indexes the persons on its first
    call: note every person before asking."""

    def __init__(self) -> None:
        self.person_names: list[list[str]] = []  # folded word lists, in the order seen
        self.surface: dict[NameKey, str] = {}  # the first text seen for each key
        self._by_word: dict[str, list[tuple[NameKey, NameKey]]] = {}
        self._fullest_memo: dict[NameKey, NameKey] = {}
        self._read: set[NameKey] = set()  # names read after titles outside speaker phrases
        self._pinned: set[NameKey] = set()  # keys made their own fullest name (``pin``)
        # (offset, head title word, name): who holds which office where (الوزيرة -> the
        # latest وزيرة named before it)
        self.offices: list[tuple[int, str, NameKey]] = []

    def note_surface(self, key: NameKey, text: str) -> None:
        """Remember ``text`` for ``key`` unless an earlier text is known."""
        self.surface.setdefault(key, text)

    def add_person(self, key: NameKey) -> None:
        self._read.discard(key)  # (a speaker phrase's name stands whole)
        self.person_names.append(list(key))

    def add_found_person(self, key: NameKey) -> None:
        """A person's name found after a title while mentions are being named (the name set
        after the same title elsewhere, ``titles.TitleNames``): noted and indexed at once, so
        that a later surname (وأضافت الحوراني) stands for it (ربى الحوراني)."""
        if list(key) in self.person_names:
            return
        self.person_names.append(list(key))
        if not self._by_word:
            return  # (the index is built from person_names on the first ``fullest``)
        keys = tuple(map(name_key, key))
        for w in set(keys):
            self._by_word.setdefault(w, []).append((tuple(key), keys))
        self._fullest_memo = {k: v for k, v in self._fullest_memo.items()
                              if k in self._pinned or name_key(k[-1]) not in keys}

    def add_read_name(self, key: NameKey) -> None:
        """A name read after a title outside the speaker phrases (``harvest``): its words
        after the ones a shorter name matches may be no name (أوباما حارة), so it stands
        for the shorter one only up to them."""
        self.person_names.append(list(key))
        self._read.add(key)

    def pin(self, key: NameKey, text: str) -> None:
        """Make ``key`` its own fullest name, shown as ``text`` (a name cut from the title
        words that ran into a longer key: محمد الرابحي from حفظ صحة ... محمد الرابحي)."""
        self.surface[key] = text
        self._fullest_memo[key] = key
        self._pinned.add(key)

    def display(self, key: NameKey) -> str | None:
        """The text of the fullest name ``key`` stands for (or of ``key`` itself)."""
        return self.surface.get(self.fullest(key)) or self.surface.get(key)

    def fullest(self, key: NameKey) -> NameKey:
        """The longest person name holding ``key``'s words in order (ties: the earliest)."""
        hit = self._fullest_memo.get(key)
        if hit is None:
            hit = self._fullest_memo[key] = self._find_fullest(key)
        return hit

    def _find_fullest(self, key: NameKey) -> NameKey:
        if not self._by_word:
            for cand in self.person_names:
                keys = tuple(map(name_key, cand))
                for w in set(keys):
                    self._by_word.setdefault(w, []).append((tuple(cand), keys))
        short = list(map(name_key, key))
        matches = [c[: keys.index(short[-1]) + 1] if c in self._read else c
                   for c, keys in self._by_word.get(short[-1], ()) if _in_order(short, keys)]
        if not matches:
            return key
        longest = max(len(c) for c in matches)
        return next(c for c in matches if len(c) == longest)  # ties: the earliest spelling


def add_entity_names(ctx: NameContext, book: NameBook) -> None:
    """Note every PERS entity of the document as a person name, with its text."""
    wi, text = ctx.wi, ctx.text
    for a, b, label in ctx.entities:
        if label not in PERSON_LABELS or any(c in text[a:b] for c in _NOT_IN_NAMES):
            continue
        i = wi.first_at_or_after(a)
        j = wi.first_at_or_after(b)
        if j > i:
            key = tuple(wi.norms[i:j])
            book.note_surface(key, text[wi.starts[i] : wi.ends[j - 1]])
            book.add_person(key)


def _in_order(short: list[str], long: tuple[str, ...]) -> bool:
    """The name keys ``short`` occur in order inside ``long`` (سيرغي = سيرجي after name_key)."""
    it = iter(long)
    return all(x in it for x in short)
