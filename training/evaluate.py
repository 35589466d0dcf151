"""Evaluate a pipeline on a DocBin and print one markdown table row.

usage: python evaluate.py MODEL CORPUS.spacy [NAME]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).parent))
import ner_features  # noqa: E402,F401  (registers quotecheck.ArabicEmbed.v1)


def main() -> None:
    model, corpus = sys.argv[1], sys.argv[2]
    name = sys.argv[3] if len(sys.argv) > 3 else model
    nlp = spacy.load(model)
    gold = list(DocBin().from_disk(corpus).get_docs(nlp.vocab))
    t0 = time.time()
    preds = list(nlp.pipe((spacy.tokens.Doc(nlp.vocab, words=[t.text for t in d],
                                              spaces=[bool(t.whitespace_) for t in d])
                           for d in gold), batch_size=64))
    dt = time.time() - t0
    examples = [Example(p, g) for p, g in zip(preds, gold, strict=True)]
    scores = Scorer.score_spans(examples, "ents")
    per = scores["ents_per_type"]
    labels = ["PERS", "LOC", "ORG", "MISC"]
    row = f"| {name} | {scores['ents_f']:.3f} | " + " | ".join(
        f"{per.get(lab, {}).get('f', 0):.3f}" for lab in labels)
    pers = per.get("PERS", {"p": 0.0, "r": 0.0})
    row += (f" | P {scores['ents_p']:.3f} R {scores['ents_r']:.3f};"
            f" PERS P {pers['p']:.3f} R {pers['r']:.3f} |")
    print(row)
    out = Path(__file__).resolve().parent / "output" / f"scores_{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"scores": scores, "words_per_s": sum(len(d) for d in gold) / dt},
                              indent=1))


if __name__ == "__main__":
    main()
