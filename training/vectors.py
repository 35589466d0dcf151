"""Static word vectors for experiment e8 (training only; gensim is not a package dependency).

Learns skip-gram word2vec vectors on the unannotated ANT articles plus the
*train* text of ANERcorp (never the test file), over the same units the NER
features use: each token is folded (``fold``) and its leading clitic stripped
(``split_clitic``), so ``والرئيس`` and ``الرئيس`` share the vector of ``رئيس``.
Keeps the ``--rows`` most frequent stems, L2-normalised, as float32, and writes
``OUT.npz`` with ``keys`` (the stems) and ``vectors`` (rows x dim), read by
``quotecheck.ArabicEmbed.v2`` (``vectors_path``) when the pipeline is initialised.

usage: python vectors.py --ant ANT.jsonl --anercorp TRAIN.txt --out corpus/vectors.npz
       (install first: .venv/bin/pip install gensim)
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

import numpy
from ner_features import fold, split_clitic

_TOKEN = re.compile(r"\w+|[^\w\s]")


def stems(tokens: list[str]) -> list[str]:
    return [split_clitic(fold(t.lower()))[1] for t in tokens]


def read_sentences(ant: Path, anercorp: Path) -> list[list[str]]:
    sents: list[list[str]] = []
    with ant.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            for para in text.split("\n"):
                toks = _TOKEN.findall(para)
                if toks:
                    sents.append(stems(toks))
    # ANERcorp (CAMeL split) train file: "word label" per line, blank line between sentences
    cur: list[str] = []
    for line in anercorp.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(stems(cur))
            cur = []
        else:
            cur.append(parts[0])
    if cur:
        sents.append(stems(cur))
    return sents


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ant", type=Path, required=True)
    ap.add_argument("--anercorp", type=Path, required=True, help="the TRAIN file only")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--rows", type=int, default=16000)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    assert "test" not in args.anercorp.name.lower(), "never the test split"

    from gensim.models import Word2Vec  # training-only dependency

    t0 = time.time()
    sents = read_sentences(args.ant, args.anercorp)
    n_tok = sum(len(s) for s in sents)
    print(f"{len(sents)} sentences, {n_tok} tokens ({time.time() - t0:.0f} s)")
    model = Word2Vec(sentences=sents, vector_size=args.dim, window=args.window,
                     min_count=args.min_count, sg=1, negative=5, epochs=args.epochs,
                     workers=1, seed=args.seed, sample=1e-4)
    print(f"word2vec: {len(model.wv)} stems with count >= {args.min_count}"
          f" ({time.time() - t0:.0f} s)")
    counts = Counter({w: model.wv.get_vecattr(w, "count") for w in model.wv.index_to_key})
    keys = [w for w, _ in counts.most_common(args.rows)]
    vecs = numpy.asarray([model.wv[w] for w in keys], dtype="float32")
    vecs /= numpy.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    args.out.parent.mkdir(parents=True, exist_ok=True)
    numpy.savez(args.out, keys=numpy.asarray(keys), vectors=vecs)
    print(f"wrote {args.out}: {vecs.shape[0]} x {vecs.shape[1]},"
          f" {vecs.nbytes / 1e6:.1f} MB float32 ({time.time() - t0:.0f} s)")
    for probe in ("محمد", "رئيس", "تونس", "بوش"):
        if probe in model.wv:
            print(probe, " ".join(w for w, _ in model.wv.most_similar(probe, topn=8)))


if __name__ == "__main__":
    main()
