"""Arabic clitics and affixes (data/morphology.json): the one conjunction stripper, noun
bases without a possessive suffix, nisba adjectives.

The affixes are folded once at import; the functions below are hot (every word of a
document), so they read module constants.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from quotecheck.lang.ar.normalize import fold

_FILE = Path(__file__).with_name("data") / "morphology.json"


@dataclass(frozen=True)
class Morphology:
    """The affixes of data/morphology.json, folded."""

    conjunction_clitics: frozenset[str]  # و، ف: stripped from a word of four letters or more
    conjunction: str  # و alone, or before a definite noun (والوزير)
    article: str  # ال
    lam: str  # ل: the preposition, attached or alone (لـ"الميادين")
    preposition_clitics: frozenset[str]  # ل، ب
    lam_article: str  # لل: ل + ال as written (للشرطة)
    ba_article: str  # بال
    ba: str  # ب: the preposition of place after a body's title (بدوار هيشر)
    conjunction_article: str  # وال
    possessive_suffixes: tuple[str, ...]  # longest first
    pronoun_object_suffixes: tuple[str, ...]  # ها، هم، هما (raw)
    feminine_possessive_suffixes: tuple[str, ...]  # ته، تها ... (raw)
    open_ta: str  # ت: a ta marbuta before a suffix (كلمته)
    closed_ta: str  # ة folded: ه
    nisba_endings: tuple[str, ...]
    dual_perfect_suffixes: tuple[str, ...]  # قالا، قالتا (3rd-person duals of the perfect)
    purpose_prefix: str  # ل of purpose before an imperfect: ليؤكد أن
    alef: str
    ya: str  # ي as written: علي the name, not على (folded alike)


@lru_cache(maxsize=1)
def morphology() -> Morphology:
    """The affixes, loaded and folded once per process."""
    raw = json.loads(_FILE.read_text(encoding="utf-8"))

    def one(key: str) -> str:
        return fold(raw[key])

    def many(key: str) -> tuple[str, ...]:
        return tuple(fold(w) for w in raw[key])

    return Morphology(
        conjunction_clitics=frozenset(many("conjunction_clitics")),
        conjunction=one("conjunction"),
        article=one("article"),
        lam=one("lam"),
        preposition_clitics=frozenset(many("preposition_clitics")),
        lam_article=one("lam_article"),
        ba_article=one("ba_article"),
        ba=one("ba"),
        conjunction_article=one("conjunction_article"),
        possessive_suffixes=tuple(sorted(many("possessive_suffixes"), key=len, reverse=True)),
        pronoun_object_suffixes=tuple(raw["pronoun_object_suffixes"]),
        feminine_possessive_suffixes=tuple(raw["feminine_possessive_suffixes"]),
        open_ta=one("open_ta"),
        closed_ta=one("closed_ta"),
        nisba_endings=many("nisba_endings"),
        dual_perfect_suffixes=many("dual_perfect_suffixes"),
        purpose_prefix=one("purpose_prefix"),
        alef=raw["alef"],
        ya=raw["ya"],
    )


_M = morphology()
_CONJ = _M.conjunction_clitics
_ARTICLE = _M.article
_NISBA_ENDINGS = _M.nisba_endings
_POSSESSIVE = _M.possessive_suffixes


def strip_conj(norm: str) -> str:
    """A folded word without a leading و/ف conjunction (words of four letters or more)."""
    return norm[1:] if len(norm) > 3 and norm[0] in _CONJ else norm


def conj_spellings(word: str) -> set[str]:
    """The words that strip_conj can turn into ``word``."""
    return {word} | {c + word for c in _CONJ}


def is_nisba(norm: str) -> bool:
    """Definite relational adjective (الأمريكي، الفلسطينية): title material before a name."""
    return norm.startswith(_ARTICLE) and len(norm) >= 6 and norm.endswith(_NISBA_ENDINGS)


def strip_possessive(norm: str) -> str:
    """A folded word without its (longest) possessive suffix, if it has one."""
    return next((norm[: -len(s)] for s in _POSSESSIVE if norm.endswith(s)), norm)


def noun_base(norm: str) -> str:
    """A noun without a possessive suffix, a ت before it read as a ta marbuta: كلمته -> كلمه,
    حسابها -> حساب (a plural's ت too: تصريحاته -> تصريحاه)."""
    for suf in _POSSESSIVE:
        if norm.endswith(suf) and len(norm) - len(suf) >= 3:
            stem = norm[: -len(suf)]
            return stem[:-1] + _M.closed_ta if stem.endswith(_M.open_ta) else stem
    return norm


def without_article(norm: str) -> str:
    """A folded word without its definite article (الوزير -> وزير)."""
    return norm[len(_ARTICLE):] if norm.startswith(_ARTICLE) else norm
