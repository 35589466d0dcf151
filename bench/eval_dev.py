"""Development-set figures: rules only and with the shipped trained pipeline, side by side.

Usage: python bench/eval_dev.py [../shared/eval/dev.jsonl]
Runs ../shared/eval/score.py's scoring on both configurations and prints a table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from devset import DEFAULT, load_scorer

import quotecheck
from quotecheck.pipeline import model_path

KEYS = ["quote_p", "quote_r", "quote_f1", "exact_boundaries", "speaker_acc", "end_to_end_f1",
        "headline_recall", "chars_per_s"]



def main() -> None:
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    sc = load_scorer(gold)
    docs = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
    configs = {"rules only": quotecheck.load(rules_only=True)}
    if model_path() is not None:
        configs["trained pipeline"] = quotecheck.load()
    results = {}
    for name, nlp in configs.items():
        quotecheck.extract_quotes(docs[0]["text"], nlp=nlp)  # warm-up
        results[name] = sc.score(docs, lambda t, nlp=nlp: quotecheck.extract_quotes(t, nlp=nlp))
    names = list(results)
    print(f"{'figure':<20}" + "".join(f"{n:>20}" for n in names))
    for k in KEYS:
        print(f"{k:<20}" + "".join(f"{str(results[n][k]):>20}" for n in names))
    for n in names:
        if results[n]["errors"]:
            print(n, "errors:", results[n]["errors"])


if __name__ == "__main__":
    main()
