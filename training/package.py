"""Copy a trained pipeline to models/ar_quotecheck with the name propagator.

usage: python package.py MODEL_DIR OUT_DIR [--no-propagate]

Adds the ``quotecheck_ent_propagate`` component (document-level propagation of
person names, stop list learnt from the training corpus), strips the
training-only parts of the config, writes meta.json and saves the pipeline.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import ner_features  # noqa: E402,F401


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("out", type=Path)
    p.add_argument("--train", default=str(HERE / "corpus" / "train_full.spacy"))
    p.add_argument("--no-propagate", action="store_true")
    p.add_argument("--propagate-labels", default="PERS",
                   help="labels the propagator spreads (PERS,ORG with --min-len 4: "
                   "+0.9 on dev_docs, +0.002 on test)")
    p.add_argument("--min-len", type=int, default=3,
                   help="shortest stem the propagator spreads")
    p.add_argument("--scores", type=Path, default=None,
                   help="scores_test.json written by evaluate.py, copied into meta.json")
    a = p.parse_args()
    nlp = spacy.load(a.model)
    if not a.no_propagate:
        prop = nlp.add_pipe("quotecheck_ent_propagate", after="ner", config={
            "labels": a.propagate_labels.split(","), "min_len": a.min_len})
        prop.learn_stop(DocBin().from_disk(a.train).get_docs(nlp.vocab))
    # training-only sections reference training-time code: reset them
    nlp.config["corpora"]["train"]["augmenter"] = None
    for key in ("train", "dev", "extra_names"):
        if key in nlp.config["paths"]:
            nlp.config["paths"][key] = None
    nlp.meta.update(
        {
            "name": "quotecheck",
            "version": "0.1.0",
            "description": "Arabic NER (PERS, LOC, ORG, MISC) for quotecheck, "
            "trained on ANERcorp (CAMeL Lab split).",
            "license": "CC BY-SA 4.0",
            "author": "quotecheck",
            "sources": [
                {
                    "name": "ANERcorp (CAMeL Lab train/test split)",
                    "url": "https://camel.abudhabi.nyu.edu/anercorp/",
                    "license": "CC BY-SA 4.0",
                    "author": "Benajiba & Rosso; split by CAMeL Lab",
                }
            ],
        }
    )
    if a.out.exists():
        shutil.rmtree(a.out)
    nlp.to_disk(a.out)
    print("saved", a.out, nlp.pipe_names)


if __name__ == "__main__":
    main()
