"""Scare quotes or a mixed quote: leave-one-source-out cross-validation of the decision.

Usage: python bench/scare_cv.py [--eval DIR]

Every reported clause of the READ pool (dev.jsonl, dev2's tune half, compare_dev's documents,
the ANT silver batches, the read web-style synthetic batches) that holds quoted parts left
after the name and term filters is one instance.  Its label comes from the gold file: one
indirect quote over the whole clause (the marks are terms, scare quotes) or a mixed quote on
each part.  Two families of decisions are compared, each chosen on all sources but one and
scored on the one left out (sources: dev, tune, compare_dev, each ANT batch, each web batch):

- length: ``scare_terms`` with SCARE_WORDS = W (parts of at most W words, 10 more words);
- mid-term: the shipped ``scare_terms`` (W = 2) or ``mid_terms`` with its word limit, the
  words after the last part and the words outside the parts as parameters, the part's
  context (``term_context``) fixed.

Only counts and accuracies are printed.  Never give it a held-out file.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from devset import EVAL

import quotecheck
from quotecheck.engine import cues, reported
from quotecheck.engine.quoted import (
    construct_term,
    headed_term,
    interior_term,
    is_name_pair,
    name_opening_clause,
)

DATA = Path(__file__).resolve().parent / "data"
Instance = dict[str, object]


def _lines(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        yield from (json.loads(line) for line in fh if line.strip())


def pool(eval_dir: Path) -> Iterator[tuple[str, dict]]:
    """(source, document) of every read gold document."""
    yield from (("dev", d) for d in _lines(eval_dir / "dev.jsonl"))
    yield from (("tune", d) for d in _lines(eval_dir / "dev2.jsonl") if d.get("split") == "tune")
    for group in _lines(eval_dir / "compare_dev.jsonl"):
        yield from (("compare_dev", d) for d in group.get("docs", []))
    yield from (("ANT " + d["set"], d) for d in _lines(DATA / "ant_silver.jsonl"))
    yield from ((d["set"], d) for d in _lines(DATA / "web_synth.jsonl")
                if d.get("split") == "silver")


def _features(d, inner: list, a: int, b: int) -> dict[str, object]:
    """The figures the two families decide on, for one clause."""
    nws = [d.pair_words(p) for p in inner]
    return {
        "nw": max(nws), "inside": sum(nws),
        "words": d.word_after(b) - d.word_after(a),
        "after": d.word_after(b) - d.word_after(inner[-1].close + 1),
        "context": all(reported.term_context(d, p, a) for p in inner),
        "interior": all(interior_term(d, p, a, b) for p in inner),
        "scare": {w: _scare(d, inner, a, b, w) for w in range(6)},
    }


def _scare(d, inner: list, a: int, b: int, words: int) -> bool:
    saved = reported.SCARE_WORDS
    reported.SCARE_WORDS = words
    try:
        return reported.scare_terms(d, inner, a, b)
    finally:
        reported.SCARE_WORDS = saved


def _label(gold: list[dict], pairs: list) -> str | None:
    """'ind' when one gold indirect quote covers every part, 'mix' when each is a gold mixed
    or direct quote, else None."""
    kinds = []
    for p in pairs:
        kind = None
        for q in gold:
            if q["kind"] in ("mixed", "direct") and abs(q["start"] - p.open - 1) <= 2 and abs(
                    q["end"] - p.close) <= 2:
                kind = "mix"
            elif q["kind"] == "indirect" and q["start"] <= p.open and q["end"] >= p.close:
                kind = "ind"
            if kind:
                break
        kinds.append(kind)
    if all(k == "ind" for k in kinds):
        return "ind"
    return "mix" if all(k == "mix" for k in kinds) else None


def collect(eval_dir: Path) -> list[Instance]:
    """Every clause with quoted parts in the pool, with its features and gold label."""
    out: list[Instance] = []
    current: dict[str, object] = {}
    original = reported.add_clause

    def hooked(run, site, k, a, b) -> None:
        d = run.d
        inner = [p for p in d.pairs_between(a, b) if run.found.free(p, 2)
                 and not is_name_pair(d, p) and not name_opening_clause(d, p, a)
                 and not construct_term(d, p, a) and not headed_term(d, p, a)]
        key = (current["id"], a, b)
        if inner and key not in current["seen"]:
            current["seen"].add(key)
            label = _label(current["gold"], inner)
            if label is not None:
                out.append({"src": current["src"], "y": label, **_features(d, inner, a, b)})
        original(run, site, k, a, b)

    reported.add_clause = cues.add_clause = hooked
    try:
        for src, doc in pool(eval_dir):
            current.update(id=doc["id"], src=src, gold=doc["quotes"], seen=set())
            quotecheck.extract_rules(doc["text"])
    finally:
        reported.add_clause = cues.add_clause = original
    return out


Rule = Callable[[Instance], bool]


def families() -> dict[str, dict[tuple, Rule]]:
    """The candidate decisions of each family (True: one indirect clause)."""
    def length(w: int) -> Rule:
        return lambda r: r["interior"] or r["scare"][w]

    def mid(w: int, after: int, rest: int) -> Rule:
        return lambda r: r["interior"] or r["scare"][2] or (
            r["context"] and r["nw"] <= w and r["after"] >= after
            and r["words"] - r["inside"] >= rest)

    return {
        "length only": {(w,): length(w) for w in range(6)},
        "mid-clause term": {(w, af, rest): mid(w, af, rest) for w in range(2, 6)
                            for af in (1, 2, 3, 5, 8) for rest in (5, 10, 15)},
    }


def _score(rule: Rule, rows: list[Instance]) -> int:
    return sum(rule(r) == (r["y"] == "ind") for r in rows)


def loso(rows: list[Instance], fam: dict[tuple, Rule]) -> tuple[int, Counter]:
    """Held-out correct decisions over all sources, and the parameters each fold picked."""
    score = _score

    keys = list(fam)
    total, picks = 0, Counter()
    for src in sorted({r["src"] for r in rows}):
        train = [r for r in rows if r["src"] != src]
        best = max(keys, key=lambda k: (score(fam[k], train), -keys.index(k)))
        picks[best] += 1
        total += score(fam[best], [r for r in rows if r["src"] == src])
    return total, picks


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=EVAL, help="folder of the gold files")
    args = ap.parse_args(argv)
    rows = collect(args.eval)
    print("instances:", len(rows), dict(Counter(r["y"] for r in rows)))
    shipped = {"length only": (reported.SCARE_WORDS,),
               "mid-clause term": (reported.MID_TERM_WORDS, reported.MID_TERM_AFTER,
                                   reported.MID_TERM_REST)}
    for name, fam in families().items():
        total, picks = loso(rows, fam)
        print(f"{name}: LOSO {total}/{len(rows)} = {total / len(rows):.4f};"
              f" picked {picks.most_common(3)}")
        keys = list(fam)
        best = max(keys, key=lambda k: (_score(fam[k], rows), -keys.index(k)))
        print(f"  whole pool: best {best} {_score(fam[best], rows)}/{len(rows)};"
              f" shipped {shipped[name]} {_score(fam[shipped[name]], rows)}/{len(rows)}")


if __name__ == "__main__":
    main()
