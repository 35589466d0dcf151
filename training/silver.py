"""Self-training data from unannotated ANT articles.

Runs a trained pipeline over ANT, and writes
* ``silver.spacy``: sentences whose predicted entities are consistent with the
  corpus-wide behaviour of their words (no word that the model tags as an
  entity in most of its occurrences is left untagged in the sentence), and
* ``silver_names.json``: entity strings predicted at least ``--min-count``
  times with a consistent label, for the entity-swap augmenter.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_features  # noqa: E402,F401  (registers the custom tok2vec)

SENT_RE = re.compile(r"(?<=[.!?؟])\s+|\n+")


def sentences(path: Path, limit: int):
    n = 0
    for line in path.open(encoding="utf-8"):
        art = json.loads(line)
        for s in SENT_RE.split(art.get("text", "")):
            s = s.strip()
            if 5 <= len(s.split()) <= 80:
                yield s
                n += 1
                if limit and n >= limit:
                    return


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("--ant", type=Path, default=Path("/work/shared/data/ant/ant_v1.1.jsonl"))
    p.add_argument("--out", type=Path, default=Path(__file__).parent / "corpus")
    p.add_argument("--limit", type=int, default=40000, help="ANT sentences to tag")
    p.add_argument("--max-sents", type=int, default=2000)
    p.add_argument("--min-count", type=int, default=2)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    nlp = spacy.load(a.model)
    docs = list(nlp.pipe(sentences(a.ant, a.limit), batch_size=256))
    tok_total: Counter = Counter()
    tok_ent: Counter = Counter()
    ent_labels: dict = defaultdict(Counter)
    for doc in docs:
        for t in doc:
            tok_total[t.text] += 1
            if t.ent_type_:
                tok_ent[t.text] += 1
        for e in doc.ents:
            ent_labels[e.text][e.label_] += 1
    entlike = {w for w, n in tok_ent.items() if n / tok_total[w] >= 0.5 and tok_total[w] >= 2}
    keep = []
    for doc in docs:
        if not doc.ents:
            continue
        if any(t.text in entlike and not t.ent_type_ for t in doc):
            continue
        # entity labels must agree with the majority label of that string
        if any(ent_labels[e.text].most_common(1)[0][0] != e.label_ for e in doc.ents):
            continue
        keep.append(doc)
    random.Random(a.seed).shuffle(keep)
    keep = keep[: a.max_sents]
    a.out.mkdir(parents=True, exist_ok=True)
    DocBin(docs=keep, attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"]).to_disk(
        a.out / "silver.spacy")
    names: dict = defaultdict(list)
    for text, labels in ent_labels.items():
        label, n = labels.most_common(1)[0]
        if n >= a.min_count and n / sum(labels.values()) >= 0.8:
            names[label].append(text)
    (a.out / "silver_names.json").write_text(
        json.dumps({k: sorted(v) for k, v in names.items()}, ensure_ascii=False, indent=0),
        encoding="utf-8")
    print(f"{len(docs)} sentences, kept {len(keep)}; names:",
          {k: len(v) for k, v in names.items()})


if __name__ == "__main__":
    main()
