"""The engine's full output on a fixed sample is pinned (tests/golden/make_golden.py).

Seeds, 599 ANT articles (rules only) and a trained-pipeline slice: every field of every quote.
A change that alters it on purpose regenerates ``tests/golden/expected.jsonl`` in the same
commit and says why.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "golden"
_spec = importlib.util.spec_from_file_location("make_golden", HERE / "make_golden.py")
make_golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_golden)


def _expected() -> dict[tuple[str, str], list[dict]]:
    out = {}
    for line in (HERE / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out[(rec["id"], rec["backend"])] = rec["quotes"]
    return out


def test_golden_output_is_unchanged() -> None:
    expected = _expected()
    got = {(r["id"], r["backend"]): r["quotes"] for r in make_golden.outputs()}
    assert set(got) == set(expected), "the golden inputs changed: rerun make_golden.py"
    assert sum(len(v) for v in expected.values()) > 1000
    changed = [k for k in expected if json.loads(json.dumps(got[k])) != expected[k]]
    if changed:
        k = changed[0]
        first = next((i for i, (a, b) in enumerate(zip(got[k], expected[k], strict=False))
                      if a != b), min(len(got[k]), len(expected[k])))
        pytest.fail(
            f"{len(changed)} of {len(expected)} golden records changed, first {k}: quote {first}\n"
            f"got      {got[k][first] if first < len(got[k]) else None}\n"
            f"expected {expected[k][first] if first < len(expected[k]) else None}\n"
            "If intended, rerun tests/golden/make_golden.py and say why in the commit."
        )
