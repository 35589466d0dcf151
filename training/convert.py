"""Convert ANERcorp (CAMeL Lab split) to spaCy DocBin files.

One token and its BIO tag a line, blank line between sentences.  The train
file is split sequentially into train / dev (the last ``--dev-frac`` of its
sentences), mirroring how the CAMeL Lab test split was carved out, so that
early stopping never looks at the test split.

Tokens keep spaCy's default Arabic NORM (the lowercased text): the custom
features of the model are computed from the token text at run time (see
``ner_features.py``), so nothing depends on the NORM stored in the DocBin.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        word, tag = line.rsplit(" ", 1) if " " in line.strip() else (line.strip(), "O")
        word = word.strip() or "_"
        tag = tag.strip()
        if tag != "O" and tag[:2] not in ("B-", "I-"):
            tag = "O"
        cur.append((word, tag))
    if cur:
        sents.append(cur)
    return sents


def to_docs(nlp, sents, n_sents: int = 1) -> list[Doc]:
    docs = []
    for i in range(0, len(sents), n_sents):
        group = sents[i : i + n_sents]
        words = [w for s in group for w, _ in s]
        tags = [t for s in group for _, t in s]
        sent_starts = [j == 0 for s in group for j in range(len(s))]
        doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
        docs.append(doc)
    return docs


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", type=Path, default=Path("/work/shared/data/anercorp"))
    p.add_argument("--out", type=Path, default=Path(__file__).parent / "corpus")
    p.add_argument("--dev-frac", type=float, default=0.1)
    p.add_argument("--test-n-sents", type=int, default=10,
                   help="sentences per doc in the extra dev_docs / test_docs (document context)")
    a = p.parse_args()
    nlp = spacy.blank("ar")
    a.out.mkdir(parents=True, exist_ok=True)
    train = read_conll(a.data / "ANERCorp_CamelLab_train.txt")
    test = read_conll(a.data / "ANERCorp_CamelLab_test.txt")
    n_dev = int(len(train) * a.dev_frac)
    splits = {
        "train": to_docs(nlp, train[:-n_dev]),
        "dev": to_docs(nlp, train[-n_dev:]),
        "dev_docs": to_docs(nlp, train[-n_dev:], a.test_n_sents),
        "train_full": to_docs(nlp, train),
        "test": to_docs(nlp, test),
        "test_docs": to_docs(nlp, test, a.test_n_sents),
    }
    for name, docs in splits.items():
        DocBin(docs=docs, store_user_data=False).to_disk(a.out / f"{name}.spacy")
        n_ents = sum(len(d.ents) for d in docs)
        print(f"{name}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens, {n_ents} entities")


if __name__ == "__main__":
    main()
