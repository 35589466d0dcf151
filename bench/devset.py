"""Where the development set lives, and its scorer loaded as a module (for bench scripts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DEFAULT = EVAL / "dev.jsonl"


def load_scorer(gold: Path):
    """``score.py`` beside the gold file, else the shared one."""
    path = gold.parent / "score.py"
    if not path.exists():
        path = EVAL / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
