"""The words and affixes the finders (quotecheck/engine/) ask about: data/finders.json, the
affixes of data/morphology.json, and what the phrases (phrases.jsonl) give the finders."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotecheck.lang.ar.datafiles import read_json
from quotecheck.lang.ar.normalize import fold

if TYPE_CHECKING:
    from quotecheck.lang.ar.lexicon import Lexicon


def load_finder_words(lex: Lexicon) -> None:
    """The words and affixes the finders ask about (see data/README.md); reads ``lex.morph``,
    ``lex.relay``, ``lex.phrases`` and the cue lookup, so it is loaded last."""
    raw = read_json("finders.json")
    # every list but the patterns is an attribute of the same name, folded (a frozenset):
    # clause_note_heads, after_comma_openers, object_prepositions, conditional_next, ...
    for key, value in raw.items():
        if isinstance(value, list) and key != "haal_patterns":
            setattr(lex, key, frozenset(fold(w) for w in value))
    # على as written: folded it is the name علي (فرج علي أن), which no proviso follows
    lex.proviso_written = frozenset(raw["proviso_prepositions"])
    _load_affixes(lex, raw)
    # مطالبا، داعيا: the shapes of an accusative active participle (haal)
    lex.haal = re.compile("|".join(f"(?:{p})" for p in raw["haal_patterns"]))
    lex.conditional = fold(raw["conditional"])
    lex.relay_first = frozenset(p[0] for p in lex.relay if p)  # نقلا عن
    lex.relay_verbs = {fold(k): fold(v) for k, v in raw["relay_verbs"].items()}
    lex.earlier_report = fold(raw["earlier_report"])
    lex.contrast_particle = fold(raw["contrast_particle"])
    _load_tails(lex)
    _load_accounts(lex)


def _load_affixes(lex: Lexicon, raw: dict) -> None:
    """The clitics, the article and the prepositions written on the next word."""
    m = lex.morph  # the affixes of data/morphology.json, shared with the namer
    lex.conj_clitics = tuple(sorted(m.conjunction_clitics))  # و، ف
    lex.article = m.article
    lex.prep_li = m.lam
    lex.prep_bi = fold(raw["prep_bi"])
    lex.li_article = m.lam_article  # للجيش: ل + ال, its alef dropped
    lex.bi_article = m.ba_article  # بالمبررات
    lex.fem_ending = m.closed_ta


def _load_tails(lex: Lexicon) -> None:
    """وتابع قائلا: the one-word tails that are themselves the cue, and the verbless ones."""
    lex.tail_cues = frozenset(p[0] for p in lex.phrases["tail"] if len(p) == 1)
    # واكتفى بالقول إن: a tail that is no cue form stands for the verb of saying after a
    # verb that is no cue (a licensed cue of قال, its speaker the sentence's subject)
    lex.verbless_tails = frozenset(w for w in lex.tail_cues if lex.cue(w) is None)
    lex.tail_cue_form = next((lex.cue(w) for w in sorted(lex.tail_cues)
                              if lex.cue(w) is not None), None)  # (قائلا: قال's)
    if lex.tail_cue_form is None:
        lex.verbless_tails = frozenset()  # (no tail names the verb of saying)


def _load_accounts(lex: Lexicon) -> None:
    """على حد قوله، حسب تعبيره: the words before the noun, and the noun without its pronoun."""
    posts = lex.phrases["post"]
    lex.account_heads = sorted({p[:-1] for p in posts if len(p) > 1})
    lex.account_rest = {}  # علي -> [(حد,)]
    for head in lex.account_heads:
        lex.account_rest.setdefault(head[0], []).append(head[1:])
    lex.account_nouns = tuple(sorted({without_pronoun(lex.pron_suffix, p[-1]) for p in posts}))


def without_pronoun(suffixes: list[str], w: str) -> str:
    """A folded word without its pronoun suffix (قولها -> قول), the longest suffix first."""
    for suf in suffixes:
        if w.endswith(suf) and len(w) > len(suf) + 1:
            return w[: -len(suf)]
    return w
