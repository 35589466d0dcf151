"""Arabic word features for the quotecheck NER tok2vec.

Registered with spaCy as the architecture ``quotecheck.ArabicEmbed.v1``.
Every feature is computed from the token text at run time (so it does not
depend on the NORM stored in a DocBin or on the Language's lexical
attributes):

* the word itself (spaCy NORM, i.e. lowercased text),
* the orthographically folded word (``quotecheck.lang.ar.normalize``, strength ``NER_V1``:
  harakat and tatweel removed, alef / ya / ta-marbuta / hamza seats folded),
* the folded word with a leading clitic (و ف ب ل ك ال وال بال لل ...) stripped
  (the "stem"), its first two letters and its last two and three letters,
* the clitic that was stripped, and a coarse shape,
* a bag of character 3- and 4-grams of the stem (fastText-like, averaged).

Load-time requirement: this module must be imported before ``spacy.load``
of a pipeline whose config names ``quotecheck.ArabicEmbed.v1``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy
from murmurhash.mrmr import hash_unicode
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans as spacy_filter_spans
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    with_array,
)
from thinc.types import Floats2d, Ints2d

from quotecheck.lang.ar.normalize import NER_V1
from quotecheck.lang.ar.normalize import fold as fold_as

_CLITICS = ("وبال", "وكال", "وفال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
            "و", "ف", "ب", "ل", "ك")
N_WORD_FEATS = 8


def fold(text: str) -> str:
    """The features' folding: the frozen ``NER_V1`` strength of the one normalisation (the
    shipped model was trained on it; ``STANDARD`` would change its features)."""
    return fold_as(text, NER_V1)


def split_clitic(word: str) -> tuple[str, str]:
    """(clitic, stem) for a folded word; the stem keeps at least 2 letters
    (3 after a one-letter clitic)."""
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= (3 if len(c) == 1 else 2):
            return c, word[len(c):]
    return "", word


def _shape(word: str) -> str:
    if not word:
        return "empty"
    if word.isdigit():
        return "d"
    ch = word[0]
    if "\u0600" <= ch <= "\u06ff":
        kind = "ar"
    elif ch.isalpha():
        kind = "lat"
    elif ch.isdigit():
        kind = "dg"
    else:
        kind = "p" + ch
    return f"{kind}{min(len(word), 12)}"


@lru_cache(maxsize=20_000)  # bounded: a long stream must not grow memory without end
def word_features(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    f = fold(text.lower())
    clitic, stem = split_clitic(f)
    strs = (
        "F" + f,
        "S" + stem,
        "P" + stem[:2],
        "s" + stem[-2:],
        "x" + stem[-3:],
        "C" + clitic,
        "H" + _shape(stem),
    )
    feats = tuple(hash_unicode(s) & 0xFFFFFFFF for s in strs)
    padded = f"<{stem}>"
    grams = [padded[i : i + n] for n in (3, 4) for i in range(len(padded) - n + 1)]
    if not grams:
        grams = [padded]
    return feats, tuple(hash_unicode("g" + g) & 0xFFFFFFFF for g in grams)


_UNK = numpy.asarray([hash_unicode(f"<UNK-{i}>") & 0xFFFFFFFF for i in range(3)],
                     dtype="uint64")


def _word_ids(model: Model, docs: list[Doc], is_train: bool):
    out = []
    p_drop = model.attrs.get("word_dropout", 0.0)
    for doc in docs:
        arr = numpy.zeros((len(doc), N_WORD_FEATS), dtype="uint64")
        for i, tok in enumerate(doc):
            arr[i, 0] = tok.norm
            arr[i, 1:] = word_features(tok.text)[0]
        if is_train and p_drop > 0 and len(doc):
            # word dropout: hide the identity of some words (not their affixes,
            # clitic, shape or character n-grams) so that the model learns to
            # recognise names it has not memorised from their context.
            mask = numpy.random.random(len(doc)) < p_drop
            arr[mask, 0:3] = _UNK
        out.append(model.ops.asarray(arr, dtype="uint64"))
    return out, lambda d: []


def ArabicWordIds(word_dropout: float = 0.0) -> Model[list[Doc], list[Ints2d]]:
    return Model("arabic_word_ids", _word_ids, attrs={"word_dropout": word_dropout})


def _ngram_forward(model: Model, docs: list[Doc], is_train: bool):
    embed = model.layers[0]
    ids: list[int] = []
    lengths: list[int] = []
    doc_lens = []
    for doc in docs:
        doc_lens.append(len(doc))
        for tok in doc:
            grams = word_features(tok.text)[1]
            ids.extend(grams)
            lengths.append(len(grams))
    ids_a = model.ops.asarray(numpy.asarray(ids, dtype="uint64"), dtype="uint64")
    lens_a = model.ops.asarray1i(numpy.asarray(lengths, dtype="int32"))
    if len(ids) == 0:
        width = embed.get_dim("nO")
        return [model.ops.alloc2f(0, width) for _ in docs], lambda d: []
    vecs, bp_embed = embed(ids_a, is_train)
    summed = model.ops.reduce_mean(vecs, lens_a)
    splits = numpy.cumsum(doc_lens)[:-1]
    out = model.ops.xp.split(summed, splits)

    def backprop(d_out: list[Floats2d]):
        d_summed = model.ops.xp.vstack(d_out) if d_out else model.ops.alloc2f(0, summed.shape[1])
        bp_embed(model.ops.backprop_reduce_mean(model.ops.as_contig(d_summed), lens_a))
        return []

    return list(out), backprop


def _ngram_init(model: Model, X=None, Y=None):
    model.layers[0].initialize()


def CharNgramEmbed(width: int, rows: int, seed: int = 31) -> Model[list[Doc], list[Floats2d]]:
    return Model(
        "char_ngram_embed",
        _ngram_forward,
        init=_ngram_init,
        layers=[HashEmbed(nO=width, nV=rows, seed=seed, dropout=0.0)],
        dims={"nO": width},
    )


N_LEX = 10


def _lex_init(model: Model, X=None, Y=None):
    path = model.attrs.get("path")
    if not model.attrs.get("lex") and path and Path(path).exists():
        model.attrs["lex"] = json.loads(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=20_000)
def _fold_stem(text: str) -> tuple[str, str]:
    f = fold(text.lower())
    return f, split_clitic(f)[1]


def _lex_forward(model: Model, docs: list[Doc], is_train: bool):
    lex = model.attrs.get("lex") or {}
    zeros_w = [0.0] * 4
    zeros_s = [0.0] * 6
    out = []
    for doc in docs:
        rows = []
        for tok in doc:
            f, stem = _fold_stem(tok.text)
            rows.append(lex.get("w" + f, zeros_w) + lex.get("s" + stem, zeros_s))
        arr = numpy.asarray(rows, dtype="float32").reshape((len(doc), N_LEX)) / 255.0
        out.append(model.ops.asarray2f(arr))
    return out, lambda d: []


def LexiconFeatures(path: str) -> Model[list[Doc], list[Floats2d]]:
    """Dense distributional features of each word (see lexicon.py), read from
    ``path`` when the pipeline is initialised and saved inside the model."""
    return Model("lexicon_features", _lex_forward, init=_lex_init,
                 attrs={"path": path, "lex": {}}, dims={"nO": N_LEX})


def _embed(width: int, rows: list[int], ngram_rows: int, use_ngrams: bool, word_dropout: float,
           feat_width: int, lexicon_path: str, vectors: Model | None = None,
           vectors_width: int = 0) -> Model[list[Doc], list[Floats2d]]:
    """The layers of ArabicEmbed v1 (``vectors`` None) and v2 (a stem-vector table added)."""
    assert len(rows) == N_WORD_FEATS, f"rows needs {N_WORD_FEATS} values"
    fw = feat_width or width
    tables = [
        HashEmbed(nO=fw, nV=rows[i], column=i, seed=7 + i, dropout=0.0)
        for i in range(N_WORD_FEATS)
    ]
    words = chain(ArabicWordIds(word_dropout), with_array(concatenate(*tables)))
    n_parts = N_WORD_FEATS
    if use_ngrams:
        embed = concatenate(words, CharNgramEmbed(fw, ngram_rows))
        n_parts += 1
    else:
        embed = words
    n_in = fw * n_parts
    if lexicon_path:
        embed = concatenate(embed, LexiconFeatures(lexicon_path))
        n_in += N_LEX
    if vectors is not None:
        embed = concatenate(embed, vectors)
        n_in += vectors_width
    model = chain(
        embed,
        with_array(Maxout(width, nI=n_in, nP=3, dropout=0.0, normalize=True)),
    )
    model.set_dim("nO", width)
    return model


@registry.architectures("quotecheck.ArabicEmbed.v1")
def arabic_embed(
    width: int,
    rows: list[int],
    ngram_rows: int = 50000,
    use_ngrams: bool = True,
    word_dropout: float = 0.0,
    feat_width: int = 0,
    lexicon_path: str = "",
) -> Model[list[Doc], list[Floats2d]]:
    """Embed words with the Arabic features above; output width ``width``.

    ``word_dropout``: during training, the share of tokens whose word-identity
    features (word, folded word, stem) are replaced by an unknown-word symbol.
    ``feat_width``: width of each feature table (default: ``width``); a smaller
    value keeps the model small.
    ``lexicon_path``: JSON written by lexicon.py; when set, dense distributional
    word features are added (read at initialisation, stored in the model).
    """
    return _embed(width, rows, ngram_rows, use_ngrams, word_dropout, feat_width, lexicon_path)


# ---------------------------------------------------------------------------
# Experiment e8: static stem vectors (training/vectors.py); v1 above is unchanged
# ---------------------------------------------------------------------------

def _vec_init(model: Model, X=None, Y=None):
    path = model.attrs.get("path")
    if model.has_param("E"):
        return
    data = numpy.load(path)
    keys = [str(k) for k in data["keys"]]
    vecs = numpy.asarray(data["vectors"], dtype="float32")
    if vecs.shape[1] != model.get_dim("nO"):
        raise ValueError(f"{path}: vectors are {vecs.shape[1]}-d, expected {model.get_dim('nO')}")
    table = numpy.zeros((len(keys) + 1, vecs.shape[1]), dtype="float32")  # row 0: unknown
    table[1:] = vecs
    model.set_dim("nV", len(keys) + 1)
    model.set_param("E", model.ops.asarray2f(table))
    model.attrs["index"] = {k: i + 1 for i, k in enumerate(keys)}


def _vec_forward(model: Model, docs: list[Doc], is_train: bool):
    table = model.get_param("E")
    index = model.attrs["index"]
    p_drop = model.attrs.get("dropout", 0.0)
    out = []
    for doc in docs:
        rows = numpy.asarray([index.get(_fold_stem(t.text)[1], 0) for t in doc], dtype="int64")
        if is_train and p_drop > 0 and len(doc):
            rows[numpy.random.random(len(doc)) < p_drop] = 0
        out.append(table[model.ops.asarray(rows)])
    # the table is fixed (no gradient): only the layers after it learn
    return out, lambda d: []


def StemVectors(path: str, width: int, dropout: float = 0.0) -> Model[list[Doc], list[Floats2d]]:
    """Fixed word vectors of each token's folded, clitic-stripped stem (row 0,
    zeros, for stems not in the table), read from ``path`` (an .npz with
    ``keys`` and ``vectors``) at initialisation and saved inside the model."""
    return Model("stem_vectors", _vec_forward, init=_vec_init,
                 attrs={"path": path, "index": {}, "dropout": dropout},
                 dims={"nO": width, "nV": None}, params={"E": None})


@registry.architectures("quotecheck.ArabicEmbed.v2")
def arabic_embed_v2(
    width: int,
    rows: list[int],
    ngram_rows: int = 50000,
    use_ngrams: bool = True,
    word_dropout: float = 0.0,
    feat_width: int = 0,
    lexicon_path: str = "",
    vectors_path: str = "",
    vectors_width: int = 64,
    vectors_dropout: float = 0.0,
) -> Model[list[Doc], list[Floats2d]]:
    """``quotecheck.ArabicEmbed.v1`` plus, when ``vectors_path`` is set, a
    fixed table of static stem vectors (training/vectors.py, width
    ``vectors_width``) concatenated before the Maxout.  ``vectors_dropout``:
    during training, the share of tokens whose vector is replaced by the
    unknown (zero) row, drawn independently of ``word_dropout``."""
    vectors = (StemVectors(vectors_path, vectors_width, vectors_dropout) if vectors_path
               else None)
    return _embed(width, rows, ngram_rows, use_ngrams, word_dropout, feat_width, lexicon_path,
                  vectors, vectors_width)


# ---------------------------------------------------------------------------
# Document-level propagation of person names
# ---------------------------------------------------------------------------

def _stem(text: str) -> str:
    return split_clitic(fold(text.lower()))[1]


class EntityPropagator:
    """Tag later (and earlier) mentions of a name found elsewhere in the doc.

    News articles name a person in full once ("دونالد رامسفيلد") and then by
    surname ("رامسفيلد").  Any token outside an entity whose clitic-stripped
    form equals a token of a predicted entity of one of ``labels`` gets that
    label; runs of such tokens, and runs adjacent to an entity of the same
    label, become one entity.  Words that are mostly not names in the training
    data (``stop``) are never propagated.
    """

    def __init__(self, nlp, name: str, labels: list[str], min_len: int):
        self.name = name
        self.labels = list(labels)
        self.min_len = min_len
        self.stop: set = set()

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        if not ents:
            return doc
        names: dict = {}
        for e in ents:
            if e.label_ in self.labels:
                for t in e:
                    s = _stem(t.text)
                    if len(s) >= self.min_len and s not in self.stop:
                        names.setdefault(s, e.label_)
        if not names:
            return doc
        covered = set()
        for e in ents:
            covered.update(range(e.start, e.end))
        label_at = {}
        for t in doc:
            if t.i not in covered:
                lab = names.get(_stem(t.text))
                if lab is not None:
                    label_at[t.i] = lab
        if not label_at:
            return doc
        # build runs of new tokens, merged with adjacent entities of the same label
        by_start = {e.start: e for e in ents}
        by_end = {e.end: e for e in ents}
        new_ents = []
        removed = set()
        i = 0
        n = len(doc)
        while i < n:
            if i in label_at:
                lab = label_at[i]
                j = i
                while j + 1 < n and label_at.get(j + 1) == lab:
                    j += 1
                start, end = i, j + 1
                left = by_end.get(start)
                if left is not None and left.label_ == lab:
                    start = left.start
                    removed.add((left.start, left.end))
                right = by_start.get(end)
                if right is not None and right.label_ == lab:
                    end = right.end
                    removed.add((right.start, right.end))
                new_ents.append(doc[start:end])
                new_ents[-1].label_ = lab
                i = j + 1
            else:
                i += 1
        kept = [e for e in ents if (e.start, e.end) not in removed]
        spans = kept + [Span(doc, s.start, s.end, label=s.label_) for s in new_ents]
        doc.ents = spacy_filter_spans(spans)
        return doc

    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "stop.json").write_text(json.dumps(sorted(self.stop), ensure_ascii=False),
                                        encoding="utf-8")

    def from_disk(self, path, exclude=()):
        f = Path(path) / "stop.json"
        if f.exists():
            self.stop = set(json.loads(f.read_text(encoding="utf-8")))
        return self

    def learn_stop(self, docs, max_ratio: float = 1.0, min_o: int = 2) -> None:
        """Stop words: stems seen as O more than ``max_ratio`` x as an entity."""
        o_count: dict = {}
        e_count: dict = {}
        for doc in docs:
            for t in doc:
                s = _stem(t.text)
                if t.ent_type_ in self.labels:
                    e_count[s] = e_count.get(s, 0) + 1
                elif not t.ent_type_:
                    o_count[s] = o_count.get(s, 0) + 1
        self.stop = {s for s, o in o_count.items()
                     if o >= min_o and o > max_ratio * e_count.get(s, 0)}


@Language.factory(
    "quotecheck_ent_propagate",
    default_config={"labels": ["PERS"], "min_len": 3},
)
def make_ent_propagate(nlp, name: str, labels: list[str], min_len: int):
    return EntityPropagator(nlp, name, labels, min_len)
