"""Training-time data augmentation for the NER (not needed at load time).

``quotecheck.entity_swap.v1``: for a share of the training sentences, yield an
extra copy in which entity mentions are replaced by other mentions of the same
label, drawn from the training corpus (and optionally from a JSON list of
silver names mined from unannotated text).  The model then sees familiar
contexts around names it has not memorised, which is what unseen test names
look like.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry


def _pool_from_docbin(path: str, nlp) -> dict[str, list[tuple[str, ...]]]:
    pool: dict[str, set] = {}
    vocab = nlp.vocab if nlp is not None else spacy.blank("ar").vocab
    p = Path(path)
    files = sorted(p.glob("**/*.spacy")) if p.is_dir() else [p]
    for f in files:
        for doc in DocBin().from_disk(f).get_docs(vocab):
            for ent in doc.ents:
                pool.setdefault(ent.label_, set()).add(tuple(t.text for t in ent))
    return {k: sorted(v) for k, v in pool.items()}


@registry.augmenters("quotecheck.entity_swap.v1")
def create_entity_swap(
    corpus_path: str,
    prob: float = 0.5,
    swap_prob: float = 0.8,
    extra_names: str | None = None,
    extra_weight: float = 0.5,
) -> Callable[[spacy.Language, Example], Iterator[Example]]:
    state: dict[str, object] = {}

    def pools(nlp):
        if "pool" not in state:
            pool = _pool_from_docbin(corpus_path, nlp)
            extra: dict[str, list[tuple[str, ...]]] = {}
            if extra_names:
                data = json.loads(Path(extra_names).read_text(encoding="utf-8"))
                for label, names in data.items():
                    extra[label] = [tuple(n.split()) for n in names]
            state["pool"], state["extra"] = pool, extra
        return state["pool"], state["extra"]

    def augment(nlp, example: Example) -> Iterator[Example]:
        yield example
        ref = example.reference
        if not ref.ents or random.random() >= prob:
            return
        pool, extra = pools(nlp)
        words: list[str] = []
        spaces: list[bool] = []
        ents: list[tuple[int, int, str]] = []
        i = 0
        ent_starts = {e.start: e for e in ref.ents}
        while i < len(ref):
            ent = ent_starts.get(i)
            if ent is not None:
                label = ent.label_
                new: tuple[str, ...] = tuple(t.text for t in ent)
                if random.random() < swap_prob:
                    choices = pool.get(label, [])
                    if extra.get(label) and random.random() < extra_weight:
                        choices = extra[label]
                    if choices:
                        new = random.choice(choices)
                start = len(words)
                words.extend(new)
                spaces.extend([True] * len(new))
                ents.append((start, len(words), label))
                i = ent.end
            else:
                words.append(ref[i].text)
                spaces.append(bool(ref[i].whitespace_))
                i += 1
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab)
                    for s, e, lab in ents]
        yield Example(Doc(nlp.vocab, words=words, spaces=spaces), doc)

    return augment
