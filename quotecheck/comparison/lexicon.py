"""Loaders for the comparison's Arabic word lists.

The comparison's own lists live in ``quotecheck/lang/ar/data/comparison/`` (described in its
README).  Titles, media and unnamed-source heads are the engine's lists
(``quotecheck/lang/ar/data/``) plus the comparison-only supplement of the same name.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from quotecheck.comparison.folding import fold, strip_marks
from quotecheck.lang.ar import datafiles
from quotecheck.lang.ar.lexicon import DATA as ENGINE_DATA

DATA = ENGINE_DATA / "comparison"
# lists shared with the engine: the engine's file, then the comparison's supplement
SHARED_LISTS = ("titles.txt", "media.txt", "anonymous.txt")

# Particles that a single-letter clitic may be glued to (لقد، فقد، ولا ...).
_PARTICLES = frozenset({"قد", "لا", "لم", "لن", "ما", "ان", "كي"})


def lines(name: str) -> list[str]:
    """The entries of a data file (comments and blank lines left out); for the lists shared
    with the engine, the engine's entries then the comparison's supplement."""
    own = datafiles.lines(f"{DATA.name}/{name}")
    return datafiles.lines(name) + own if name in SHARED_LISTS else own


def folded(name: str) -> frozenset[str]:
    """The folded entries of a data file."""
    return frozenset(fold(w) for w in lines(name))


@cache
def particles() -> frozenset[str]:
    """Short particles that clitics attach to."""
    return _PARTICLES


@cache
def stopwords() -> frozenset[str]:
    """Function words (folded) left out of claim matching."""
    return folded("stopwords.txt")


@cache
def negations() -> frozenset[str]:
    """Negation words (folded)."""
    return folded("negation.txt")


@cache
def media() -> frozenset[str]:
    """Media and addressee words (folded) where an unnamed speaker's phrase stops."""
    return folded("media.txt")


@cache
def anonymous() -> frozenset[str]:
    """Head nouns (folded) of unnamed speakers."""
    return folded("anonymous.txt")


@cache
def statement_words() -> frozenset[str]:
    """Words (folded) for a written statement (بلاغ، بيان)."""
    return folded("statement_words.txt")


@cache
def name_joins() -> frozenset[str]:
    """Name words written apart or joined to the next word (عبد العزيز = عبدالعزيز)."""
    return folded("name_joins.txt")


@cache
def acronyms() -> dict[str, str]:
    """Organisation acronyms (folded) and their full names (فيفا → الاتحاد الدولي لكرة القدم)."""
    out = {}
    for line in lines("acronyms.tsv"):
        short, full = line.split("\t")
        out[fold(short.strip())] = full.strip()
    return out


@cache
def titles() -> frozenset[str]:
    """Title and role words (folded) ignored when comparing speaker names."""
    return folded("titles.txt")


@cache
def time_words() -> frozenset[str]:
    """Date and time words (folded) for the number flag."""
    return folded("time_words.txt")


@cache
def time_units() -> frozenset[str]:
    """Time units (يوم، عام) that name the number or time word right after them (folded)."""
    return folded("time_units.txt")


@cache
def time_relatives() -> dict[str, str]:
    """Words after a time word that say which one it is (الماضي → past, المقبل → next)."""
    out = {}
    for line in lines("time_relatives.tsv"):
        kind, _, word = line.partition("\t")
        out[fold(word.strip())] = kind.strip()
    return out


@cache
def month_names() -> dict[tuple[str, ...], int]:
    """Month names (folded word sequences: مارس، اذار، كانون الاول) → month number."""
    out = {}
    for line in lines("months.tsv"):
        name, _, number = line.partition("\t")
        out[tuple(fold(name.strip()).split())] = int(number)
    return out


@cache
def time_heads() -> frozenset[str]:
    """Words that make a time only before a time word or a number (نهاية العام)."""
    return folded("time_heads.txt")


@cache
def percent_words() -> tuple[tuple[str, ...], ...]:
    """Percent phrases after a number (في المئة، بالمئة) as folded word sequences, longest first."""
    seqs = {tuple(fold(w).split()) for w in lines("percent.txt")}
    return tuple(sorted(seqs, key=len, reverse=True))


@cache
def intensifiers() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Hedge / intensifier entries: (single folded words, multi-word folded sequences)."""
    single, multi = set(), []
    for entry in lines("intensifiers.txt"):
        words = tuple(fold(entry).split())
        if len(words) == 1:
            single.add(words[0])
        else:
            multi.append(words)
    return frozenset(single), tuple(sorted(multi, key=len, reverse=True))


@cache
def numbers() -> dict[str, str]:
    """Number words (folded) → normalised value string."""
    out = {}
    for line in lines("numbers.tsv"):
        word, _, value = line.partition("\t")
        out[fold(word.strip())] = value.strip()
    return out


@cache
def negation_contrasts() -> frozenset[str]:
    """Contrast words (بل) that a negation before them in the sentence carries onto what
    follows them (folded)."""
    return folded("negation_contrast.txt")


@cache
def first_name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that let a first name alone name one person: (honorific titles before it,
    patronym words after it in the full name), folded."""
    honorific, patronym = set(), set()
    for line in lines("first_names.tsv"):
        kind, _, word = line.partition("\t")
        (honorific if kind.strip() == "honorific" else patronym).add(fold(word.strip()))
    return frozenset(honorific), frozenset(patronym)


@cache
def number_lookalikes() -> frozenset[str]:
    """Words as written (diacritics removed, hamza kept) that fold into a number word but
    are none (وأحد "and one of" → واحد "one")."""
    return frozenset(strip_marks(w) for w in lines("number_lookalikes.txt"))


@cache
def round_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a fraction next to them a competition round (دور الربع، ربع النهائي):
    (words before the fraction, words after it), folded."""
    before, after = set(), set()
    for line in lines("round_words.txt"):
        side, _, word = line.partition("\t")
        (before if side.strip() == "before" else after).add(fold(word.strip()))
    return frozenset(before), frozenset(after)


GAZETTEER_MAX_DF = 0.02


@cache
def places() -> frozenset[str]:
    """The hand-written countries, regions, capitals and organisations (entities.txt, folded):
    the names whose nisba adjectives (الجزائرية → الجزائر) the ``entity`` flag reads."""
    return folded("entities.txt")


@cache
def gazetteer() -> frozenset[str]:
    """Name words (folded, clitics stripped) of persons, places and organisations.

    ANERcorp words that are also common words of the ANT corpus (in more than 2% of its
    articles: المدينة، حسن) are left out; the hand-written entities.txt is kept whole.
    """
    n, _ = _vocab()
    limit = GAZETTEER_MAX_DF * n
    auto = {w for w in lines("gazetteer.txt") if max(doc_freq(w), doc_freq("ال" + w)) <= limit}
    return frozenset(auto) | frozenset(fold(w) for w in lines("entities.txt"))


def _read_df(path: Path) -> tuple[int, dict[str, int]]:
    if not path.exists():
        return 1, {}
    n, df = 1, {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.rstrip("\n").partition("\t")
            if word == "#articles":
                n = int(count)
            elif count:
                df[word] = int(count)
    return n, df


@cache
def _vocab() -> tuple[int, dict[str, int]]:
    return _read_df(DATA / "vocab.tsv")


@cache
def _stems() -> tuple[int, dict[str, int]]:
    return _read_df(DATA / "stems.tsv")


def article_count() -> int:
    """The number of background (ANT) articles the document frequencies count."""
    return _vocab()[0]


def doc_freq(norm: str) -> int:
    """Background document frequency of a folded form (0 if unseen)."""
    return _vocab()[1].get(norm, 0)


def prefer_stripped(word: str, rest: str, rare: bool = False) -> bool:
    """Whether a leading single-letter clitic of ``word`` should be stripped to give ``rest``.

    The background vocabulary decides: strip when ``rest`` is attested at least a quarter as often
    as the whole form (وقال → قال, but وزير stays), or when the whole form is unseen (and
    ``rest`` long enough), unless the clitic is one seldom glued to a noun (``rare``: ف، ك),
    where an unseen word is more likely a name or a new term (كورونا، فيدان) and stays whole
    unless ``rest`` is attested.
    """
    df = _vocab()[1]
    if not df:
        return True
    whole, part = df.get(word, 0), df.get(rest, 0)
    if whole == 0:
        return part > 0 or (len(rest) >= 4 and not rare)
    return part * 4 >= whole


@cache
def synonym_lines() -> tuple[tuple[str, ...], ...]:
    """The hand-written near-synonym groups (folded words), one tuple a group."""
    return tuple(tuple(fold(w) for w in line.split()) for line in lines("synonyms.txt"))


@lru_cache(maxsize=200_000)
def idf(key: str) -> float:
    """Background inverse document frequency of a stem key (smoothed; unseen words weigh most)."""
    n, df = _stems()
    return math.log((n + 1) / (df.get(key, 0) + 1)) + 1.0


# caches built from these lists elsewhere (paraphrase's synonym index) register their clearing
RELOAD_HOOKS: list[Callable[[], None]] = []


def reload() -> None:
    """Forget the loaded lists (after a data file was rebuilt)."""
    for f in (
        particles,
        stopwords,
        negations,
        media,
        anonymous,
        statement_words,
        titles,
        time_words,
        intensifiers,
        numbers,
        gazetteer,
        synonym_lines,
        _vocab,
        _stems,
        idf,
    ):
        f.cache_clear()
    for hook in RELOAD_HOOKS:
        hook()
