"""Regenerate the golden output that ``tests/test_golden.py`` pins.

The inputs are all in the repository: the five seeds, the 299 ANT articles of
``tests/fixtures/ant_sample.jsonl`` and ``tests/fixtures/ant_golden.jsonl`` (300 more ANT
articles, chosen once by ``--pick`` with a fixed seed from ``../shared/data/ant``).  The
output holds every field of every quote (``Quote.to_dict()``) for the rules-only pipeline on
all of them, and for the trained pipeline on the seeds and the first 40 sample articles.

    python tests/golden/make_golden.py            # rewrite tests/golden/expected.jsonl
    python tests/golden/make_golden.py --pick     # re-pick ant_golden.jsonl (needs ../shared)

A change that alters this output on purpose regenerates the file in the same commit and says
why in its message.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED = HERE / "expected.jsonl"
PICKED = FIXTURES / "ant_golden.jsonl"
TRAINED_ANT = 40


def inputs() -> Iterator[tuple[str, str, bool]]:
    """(id, text, also run the trained pipeline) for every golden input, in a fixed order."""
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seed/{p.name}", p.read_text(encoding="utf-8"), True
    for n, line in enumerate((FIXTURES / "ant_sample.jsonl").read_text(encoding="utf-8").splitlines()):
        rec = json.loads(line)
        yield f"ant_sample/{rec['id']}", rec["text"], n < TRAINED_ANT
    for line in PICKED.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        yield f"ant_golden/{rec['id']}", rec["text"], False


def outputs() -> Iterator[dict]:
    """One record per (input, backend): its id, backend and every quote's full dict."""
    import quotecheck
    from quotecheck import extract_quotes

    rules = quotecheck.load(rules_only=True)
    trained = None
    for doc_id, text, also_trained in inputs():
        yield {"id": doc_id, "backend": "rules",
               "quotes": [q.to_dict() for q in extract_quotes(text, nlp=rules)]}
        if also_trained:
            if trained is None:
                trained = quotecheck.load("trained")
            yield {"id": doc_id, "backend": "trained",
                   "quotes": [q.to_dict() for q in extract_quotes(text, nlp=trained)]}


def pick(n: int = 300, seed: int = 20261205) -> None:
    """Choose ``n`` ANT articles under 6,000 characters that the sample does not hold."""
    taken = {json.loads(x)["id"] for x in (FIXTURES / "ant_sample.jsonl").read_text().splitlines()}
    src = ROOT.parent / "shared" / "data" / "ant" / "ant_v1.1.jsonl"
    pool = []
    for line in src.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] not in taken and len(rec["text"]) < 6000:
            pool.append({"id": rec["id"], "title": rec.get("title", ""), "text": rec["text"]})
    chosen = random.Random(seed).sample(pool, n)
    with PICKED.open("w", encoding="utf-8") as f:
        for rec in chosen:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pick", action="store_true", help="re-pick the extra ANT articles first")
    args = ap.parse_args()
    if args.pick:
        pick()
    with EXPECTED.open("w", encoding="utf-8") as f:
        for rec in outputs():
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {EXPECTED.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
