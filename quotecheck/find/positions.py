"""Where a word occurs in a document, found lazily and in linear time overall."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import accumulate

#: Characters of the joined words scanned at a time: a query that is answered near the
#: start of a long document does not pay for the rest of it.
WINDOW = 1 << 16
#: Past this many document-lengths of scanning (a long document with many distinct
#: queries), one pass indexes every word, so the total cost stays linear in the length.
INDEX_AFTER = 64


class WordPositions:
    """Indices of the words equal to one of a few spellings, in document order.

    ``norms`` are the document's words (no word holds a space).  ``key`` maps a word to the
    form queries are made in (a conjunction stripped, say); ``spellings(q)`` gives the words
    that can have key ``q``: the query itself and the query behind one-letter prefixes.
    The words are joined by spaces once and ``query + " "`` is found with ``str.find``
    window by window, as far as the caller reads; the characters before each hit tell
    which spelling (if any) it ends.
    """

    def __init__(self, norms: list[str], key: Callable[[str], str],
                 spellings: Callable[[str], set[str]]) -> None:
        self.norms, self.key, self.spellings = norms, key, spellings
        self._joined: str | None = None
        self._lens: list[int] = []  # total length of the words before each word
        self._lazy: dict[str, _Lazy] = {}
        self._index: dict[str, list[int]] | None = None
        self.scanned = 0  # characters scanned, all queries together

    def of(self, word: str) -> Iterator[int]:
        """Ascending indices k with key(norms[k]) == word."""
        if not word or " " in word:
            return iter(())
        if self._index is not None:
            return iter(self._index.get(word, ()))
        lazy = self._lazy.get(word)
        if lazy is None:
            if self._joined is None:  # " w0 w1 ... wn "
                self._joined = " " + " ".join(self.norms) + " "
                self._lens = list(accumulate(map(len, self.norms), initial=0))
            lazy = self._lazy[word] = _Lazy(self, word, self.spellings(word))
        return iter(lazy)

    def over_budget(self) -> bool:
        return self._joined is not None and self.scanned > INDEX_AFTER * len(self._joined)

    def build_index(self) -> None:
        """Index every word once (answers all later queries without scanning)."""
        by_norm: dict[str, list[int]] = {}
        for k, w in enumerate(self.norms):
            by_norm.setdefault(w, []).append(k)
        index: dict[str, list[int]] = {}
        for w, ks in by_norm.items():  # (key once per distinct word)
            index.setdefault(self.key(w), []).extend(ks)
        for ks in index.values():
            ks.sort()
        self._index = index
        self._lazy.clear()


class _Lazy:
    """The positions of one query, extended a window at a time."""

    __slots__ = ("owner", "word", "needle", "prefixes", "found", "done")

    def __init__(self, owner: WordPositions, word: str, spellings: set[str]) -> None:
        self.owner, self.word = owner, word
        self.needle = word + " "
        self.prefixes = {f[: -len(word)] for f in spellings
                         if f.endswith(word) and owner.key(f) == word}
        if any(len(p) > 1 for p in self.prefixes):
            raise ValueError("spellings may add at most one letter before the query")
        self.found: list[int] = []
        self.done = 1 if self.prefixes else -1  # joined text scanned up to here; -1: all

    def __iter__(self) -> Iterator[int]:
        owner = self.owner
        i = 0
        while True:
            while i >= len(self.found):
                if self.done < 0:
                    return
                if owner._index is None and owner.over_budget():
                    owner.build_index()
                if owner._index is not None:  # the index answers from here on
                    last = self.found[-1] if self.found else -1
                    self.found.extend(k for k in owner._index.get(self.word, ()) if k > last)
                    self.done = -1
                    continue
                self._scan()
            yield self.found[i]
            i += 1

    def _scan(self) -> None:
        """Hits of the needle starting in [done, done + WINDOW) of the joined words."""
        owner = self.owner
        joined, lens = owner._joined, owner._lens
        assert joined is not None
        a = self.done
        b = min(a + WINDOW, len(joined))
        needle, prefixes = self.needle, self.prefixes
        end = b + len(needle) - 1  # a needle starting before b may end after it
        hits: list[int] = []
        p = joined.find(needle, a, end)
        while p >= 0:
            if joined[p - 1] == " " and "" in prefixes:
                hits.append(p)
            elif joined[p - 2] == " " and joined[p - 1] in prefixes:
                hits.append(p - 1)
            p = joined.find(needle, p + len(needle) - 1, end)
        # the word whose leading space is at h - 1: lens[k] + k == h - 1
        n = len(lens)
        self.found.extend(bisect_left(range(n), h - 1, key=lambda k: lens[k] + k)
                          for h in hits)
        owner.scanned += b - a
        self.done = -1 if b >= len(joined) else b
