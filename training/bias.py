"""Recall knob for spaCy's transition-based NER: shift the output bias.

The NER's output layer scores the transition moves (B-/I-/L-/U-<label>, O).
Lowering the bias of the O move and raising B-/U- of a label makes the greedy
decoder open more entities (more recall, less precision).  The shift is
chosen on the DEV split and written into the weights, so the pipeline still
loads with plain spaCy.

usage: python bias.py MODEL DEV.spacy OUT_MODEL [--grid ...]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_features  # noqa: E402,F401

LABELS = ["PERS", "LOC", "ORG", "MISC"]


def upper_bias(ner):
    for node in ner.model.walk():
        if node.name == "linear" and node.has_param("b"):
            if node.get_param("b").shape[0] == ner.moves.n_moves:
                return node
    raise RuntimeError("no output layer found")


def score(nlp, gold):
    preds = list(nlp.pipe(Doc(nlp.vocab, words=[t.text for t in g],
                              spaces=[bool(t.whitespace_) for t in g]) for g in gold))
    return Scorer.score_spans([Example(p, g) for p, g in zip(preds, gold, strict=True)], "ents")


def apply(ner, node, b0, o_shift, label_shift):
    b = b0.copy()
    for i in range(ner.moves.n_moves):
        name = ner.moves.get_class_name(i)  # output column i scores move i
        if name == "O":
            b[i] -= o_shift
        elif name[:2] in ("B-", "U-"):
            b[i] += label_shift.get(name[2:], 0.0)
    node.set_param("b", b)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("dev")
    p.add_argument("out", nargs="?")
    p.add_argument("--o-grid", default="0,0.5,1,1.5,2,3")
    p.add_argument("--pers-grid", default="0,0.5,1,2")
    a = p.parse_args()
    nlp = spacy.load(a.model)
    ner = nlp.get_pipe("ner")
    node = upper_bias(ner)
    b0 = node.get_param("b").copy()
    gold = list(DocBin().from_disk(a.dev).get_docs(nlp.vocab))
    best = (-1.0, 0.0, 0.0)
    for o, pers in itertools.product(map(float, a.o_grid.split(",")),
                                     map(float, a.pers_grid.split(","))):
        apply(ner, node, b0, o, {"PERS": pers})
        s = score(nlp, gold)
        per = s["ents_per_type"]["PERS"]
        print(f"O-{o} PERS+{pers}: F {s['ents_f']:.3f} P {s['ents_p']:.3f} R {s['ents_r']:.3f}"
              f" PERS F {per['f']:.3f} P {per['p']:.3f} R {per['r']:.3f}", flush=True)
        if s["ents_f"] > best[0]:
            best = (s["ents_f"], o, pers)
    print("best on dev:", best)
    if a.out:
        apply(ner, node, b0, best[1], {"PERS": best[2]})
        nlp.to_disk(a.out)
        print("saved", a.out)


if __name__ == "__main__":
    main()
