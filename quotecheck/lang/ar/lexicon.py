"""The Arabic lexicon: the data files (cues, phrases, particles, titles ...) as lookup tables.

``Lexicon`` holds the tables and answers the questions of ``quotecheck.lang.base.Language``;
each family of data files has its loader:

- ``lexicon_cues``: reporting verbs (cues.jsonl), plain and licensed cue forms;
- ``lexicon_particles``: function words (particles.json) and phrases (phrases.jsonl);
- ``lexicon_words``: one-word lists (titles, places, labels ...), speaker words and the
  headline-lead words (headline_leads.json);
- ``lexicon_finders``: the finders' words and affixes (finders.json, morphology.json).

``CueForm``, ``inflect`` and ``looks_participle`` (cueforms.py) and ``DATA`` stay importable
from here.
"""

from __future__ import annotations

from functools import lru_cache

from quotecheck.lang.ar import cueforms
from quotecheck.lang.ar.cueforms import CueForm, inflect, looks_participle, rare_inflections
from quotecheck.lang.ar.datafiles import DATA, read_json
from quotecheck.lang.ar.lexicon_cues import load_cues, load_licensed_cues
from quotecheck.lang.ar.lexicon_finders import load_finder_words
from quotecheck.lang.ar.lexicon_particles import load_particles, load_phrases
from quotecheck.lang.ar.lexicon_words import (
    load_headline_leads,
    load_speaker_words,
    load_word_lists,
)
from quotecheck.lang.ar.morphology import strip_conj

__all__ = [
    "DATA", "MEMO_SIZE", "CueForm", "Lexicon", "inflect", "lexicon", "looks_participle",
    "rare_inflections", "strip_article_clitic",
]

MEMO_SIZE = 100_000


class Lexicon:
    """All Arabic lookup tables the engine needs, folded once (the loaders, in the order
    they depend on each other, fill its attributes)."""

    def __init__(self) -> None:
        rare = load_cues(self)
        load_phrases(self)
        particles = read_json("particles.json")
        load_particles(self, particles)
        load_licensed_cues(self, particles["licensed_cues"], rare)
        load_word_lists(self)
        self.build_cue_lookup()
        self._memos: dict[str, dict] = {}
        #: The per-word caches by name, for a look-up without a call (``memos.get(name)``);
        #: a miss goes through ``memo``, which bounds them.
        self.memos = self._memos
        self._title_memo: dict[str, bool] = self.memo("is_title")
        self._body_memo: dict[str, bool] = self.memo("is_body")  # (emptied, never replaced)
        load_speaker_words(self)
        load_finder_words(self)  # (after the speaker words: it reads self.morph)
        load_headline_leads(self)

    def cue(self, folded_word: str) -> CueForm | None:
        """The cue form of a folded word, trying it bare and without a و/ف clitic."""
        return self.cue_lookup.get(folded_word)

    def build_cue_lookup(self) -> None:
        """Derive ``cue_lookup`` (each cue form also after a و/ف clitic) from ``cues``."""
        self.cue_lookup = cueforms.with_clitics(self.cues)

    def accusative(self, raw_word: str, folded_word: str) -> bool:
        """An indefinite accusative (تشدداً، كبيراً): a final alef with the tanween, whatever
        format characters stand between them."""
        return folded_word.endswith("ا") and any(t in raw_word for t in self.accusative_tanween)

    def is_body(self, folded_word: str) -> bool:
        """Head noun of an institution, bare, definite or after و/ف (وزارة، والوزارة)."""
        hit = self._body_memo.get(folded_word)
        if hit is None:
            hit = self.memo("is_body")[folded_word] = self._is_body(folded_word)
        return hit

    def _is_body(self, folded_word: str) -> bool:
        w = folded_word
        for _ in range(2):
            if w in self.body_nouns or (w.startswith("ال") and w[2:] in self.body_nouns):
                return True
            if len(w) < 4 or w[0] not in "وف":
                return False
            w = w[1:]
        return False

    def complementizer(self, folded_word: str) -> bool:
        """True for إن/أن/بأن with or without an attached pronoun (إنه، أننا ...)."""
        return folded_word in self.comp_forms

    def is_title(self, folded_word: str) -> bool:
        """Office or honorific word, or a nisba adjective (الأمريكي، الفلسطينية)."""
        hit = self._title_memo.get(folded_word)
        if hit is None:
            hit = self.memo("is_title")[folded_word] = self._is_title(folded_word)
        return hit

    def is_first_name(self, folded_word: str) -> bool:
        """A known personal name (person_names.txt), not definite: محمد، سوزان (not الحبيب,
        which may be a noun or a surname); a name whose first letters fold like the article
        (ألفة -> الفه, إلياس: speaker_words.json alef_lam_names) is no definite word."""
        return folded_word in self.person_names and (
            not folded_word.startswith(self.article)
            or folded_word in self.speaker_lists["alef_lam_names"])

    def memo(self, name: str) -> dict:
        """A per-word cache for facts derived from this lexicon (bounded: emptied when it
        reaches MEMO_SIZE, so an archive's vocabulary does not pile up)."""
        memo = self._memos.setdefault(name, {})
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        return memo

    def _is_title(self, folded_word: str) -> bool:
        w = strip_article_clitic(folded_word)
        if folded_word in self.titles or w in self.titles or folded_word in self.countries:
            return True
        if folded_word in self.country_nisba:
            return True  # وزير ليبي، مسؤول أمريكي: an indefinite nisba of a country
        if "ال" + w in self.titles or (w.startswith("ال") and w[2:] in self.titles):
            return True  # قوات / القوات
        for suf in ("ه", "ها", "هم"):  # باسمه، باسمها
            if folded_word.endswith(suf) and folded_word[: -len(suf)] in self.titles:
                return True
        return False


# The one conjunction stripper lives in morphology.py; the old name stays importable.
strip_article_clitic = strip_conj


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The Arabic lexicon, loaded once per process."""
    return Lexicon()
