"""The default path (the rules on the text, no spaCy Doc) against spaCy's tokenizer alone.

    .venv/bin/python bench/bench_text_path.py [--articles 1000] [--rounds 5]

One run, three variants over the same ANT articles, interleaved round by round (so drifting
load on a shared machine hits them alike), best of the rounds, in words/s (whitespace words):

* ``tokenizer``: ``spacy.blank("ar").tokenizer`` alone (warm: from the second round on every
  chunk is in its cache, as the issue's 0.6-0.7x figure measured);
* ``text path``: ``quotecheck.extract_quotes(text)``, the default: the engine on the text;
* ``blank pipeline``: ``quotecheck.load("rules")`` (quote tokenizer + component) with
  ``nlp.pipe`` and ``quotes_from_doc``.

Ratios are the variant's throughput over the tokenizer's, from the same run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path

ANT = Path("/work/shared/data/ant/ant_v1.1.jsonl")


def articles(path: Path, n: int) -> list[str]:
    """The first ``n`` non-empty article texts."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in itertools.islice(fh, n * 2):
            text = json.loads(line).get("text") or ""
            if text.strip():
                out.append(text)
    return out[:n]


def variants(texts: list[str]) -> dict[str, Callable[[], object]]:
    """Each variant as a function over all of ``texts``."""
    import spacy

    import quotecheck

    tok = spacy.blank("ar").tokenizer
    nlp = quotecheck.load("rules")
    return {
        "tokenizer": lambda: [None for _ in tok.pipe(texts, batch_size=256)],
        "text path": lambda: [quotecheck.extract_quotes(t) for t in texts],
        "blank pipeline": lambda: [quotecheck.quotes_from_doc(d)
                                   for d in nlp.pipe(texts, batch_size=256)],
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ANT)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    texts = articles(args.corpus, args.articles)
    words = sum(len(t.split()) for t in texts)
    runs = variants(texts)
    best = {name: float("inf") for name in runs}
    for _ in range(args.rounds):
        for name, fn in runs.items():
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    print(f"{len(texts):,} articles, {words:,} words, best of {args.rounds} rounds")
    print(f"{'variant':<16}{'words/s':>12}{'x tokenizer':>14}")
    for name, secs in best.items():
        print(f"{name:<16}{words / secs:>12,.0f}{best['tokenizer'] / secs:>14.2f}")


if __name__ == "__main__":
    main()
