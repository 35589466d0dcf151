"""The Arabic data files (data/): where they are, how a list or a JSON file is read, folded."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from quotecheck.lang.ar.normalize import fold

DATA = Path(__file__).with_name("data")


def lines(name: str) -> list[str]:
    """The entries of a one-word-a-line file of data/ (blank lines and # comments left out)."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_json(name: str) -> Any:
    """A JSON file of data/, parsed."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def json_lines(name: str) -> list[dict]:
    """The records of a JSON-lines file of data/ (blank lines and # comments left out)."""
    return [json.loads(line) for line in lines(name)]


def fold_all(words: Iterable[str]) -> set[str]:
    """Words of a data list, folded."""
    return {fold(w) for w in words}


def fold_phrases(raw: Iterable[str]) -> list[tuple[str, ...]]:
    """Phrases of a data list, each folded and split into its words."""
    return [tuple(fold(p).split()) for p in raw]


def folded_lines(name: str) -> set[str]:
    """The entries of a one-word-a-line data file, folded."""
    return fold_all(lines(name))
