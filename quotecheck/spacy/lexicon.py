"""Lexicon overrides of a pipeline: words added to the shipped Arabic lists, per component.

An override is a JSON-ready dict, e.g. ``{"titles": ["المفوض"], "media": ["قناة المثال"],
"cues": [{"lemma": "غرد", "stance": "neutral", "perfect": ["غرد"]}], "not_cues": ["..."]}``.
Word lists are added to (folded like the shipped data); ``cues`` entries take the format of
``lang/ar/data/cues.jsonl`` and are inflected the same way; ``not_cues`` removes cue forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from quotecheck.lang.ar.lexicon import CueForm, Lexicon, inflect, lexicon, looks_participle
from quotecheck.lang.ar.normalize import fold

#: Override key -> the Lexicon attribute (a set of folded words) it adds to.
WORD_LISTS = {
    "titles": "titles",
    "media": "media",
    "anonymous": "anonymous",
    "labels": "labels",
    "countries": "countries",
    "time_words": "time_words",
    "name_nouns": "name_nouns",
    "name_heads": "name_heads",
    "body_nouns": "body_nouns",
}
CUE_KINDS = ("perfect", "imperfect", "participle", "passive", "extra")
STANCES = ("neutral", "assertive", "doubtful", "denial")
KEYS = frozenset(WORD_LISTS) | {"cues", "not_cues"}


def validate(overrides: Mapping[str, Any]) -> dict[str, Any]:
    """A checked, JSON-ready copy of ``overrides`` (ValueError names what is wrong)."""
    if not isinstance(overrides, Mapping):
        raise ValueError(f"lexicon overrides must be a dict, got {type(overrides).__name__}")
    unknown = set(overrides) - KEYS
    if unknown:
        raise ValueError(f"unknown lexicon keys {sorted(unknown)}; known: {sorted(KEYS)}")
    out: dict[str, Any] = {}
    for key, value in overrides.items():
        if key == "cues":
            out[key] = [_check_cue(e) for e in value]
        else:
            if isinstance(value, str) or not all(isinstance(w, str) for w in value):
                raise ValueError(f"lexicon key {key!r} takes a list of words")
            out[key] = list(value)
    return out


def _check_cue(entry: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(entry, Mapping) or not entry.get("lemma"):
        raise ValueError(f"a cue entry needs a 'lemma': {entry!r}")
    if entry.get("stance", "neutral") not in STANCES:
        raise ValueError(f"cue stance must be one of {STANCES}: {entry!r}")
    if not any(entry.get(k) for k in CUE_KINDS):
        raise ValueError(f"a cue entry needs forms under one of {CUE_KINDS}: {entry!r}")
    return dict(entry)


def merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with the lists of ``extra`` appended (entries already there are kept once)."""
    out = {k: list(v) for k, v in base.items()}
    for key, value in validate(extra).items():
        have = out.setdefault(key, [])
        have += [v for v in value if v not in have]
    return out


def build(overrides: Mapping[str, Any]) -> Lexicon:
    """The shipped lexicon when there are no overrides, else a fresh one with them applied."""
    overrides = validate(overrides)
    if not any(overrides.values()):
        return lexicon()
    lex = Lexicon()
    for key, attr in WORD_LISTS.items():
        getattr(lex, attr).update(fold(w) for w in overrides.get(key, ()))
    for entry in overrides.get("cues", ()):
        _add_cue(lex, entry)
    for word in overrides.get("not_cues", ()):
        lex.cues.pop(fold(word), None)
    lex.build_cue_lookup()  # the clitic-prefixed lookup table, derived from lex.cues
    return lex


def _add_cue(lex: Lexicon, entry: Mapping[str, Any]) -> None:
    """Inflect one cues.jsonl-style entry into ``lex.cues`` (as the loader does)."""
    stance = entry.get("stance", "neutral")
    for kind in CUE_KINDS:
        for surface in entry.get(kind, ()):
            for form, person in inflect(kind, fold(surface)):
                if kind in ("perfect", "imperfect", "participle") and person:
                    lex.person.setdefault(form, person)
                name = "participle" if kind == "extra" and looks_participle(form) else kind
                lex.cues.setdefault(form, CueForm(entry["lemma"], stance, name))
