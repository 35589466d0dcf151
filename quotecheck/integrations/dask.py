"""Dask: quotes over a bag or a dataframe, the pipeline loaded once per worker process.

Install with ``pip install "quotecheck[dask]"``.  Each worker keeps one pipeline in a
module-level cache (:func:`quotecheck.batch.get_processor`), so a partition costs only its
texts, never a model load::

    import dask.bag as db
    from quotecheck.integrations.dask import extract_bag

    bag = db.read_text("corpus-*.jsonl").map(json.loads)
    quotes = extract_bag(bag, text_field="text", id_field="id")   # bag of records
    quotes.map(json.dumps).to_textfiles("quotes-*.jsonl")

    df = dd.read_parquet("articles.parquet")
    out = extract_dataframe(df, text_column="text")               # adds a "quotes" column
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from quotecheck.batch import DEFAULT_BACKEND, DEFAULT_BATCH_SIZE, get_processor
from quotecheck.render.jsonout import finite
from quotecheck.types import Quote

__all__ = [
    "extract_bag",
    "extract_dataframe",
    "quotes_partition",
    "records_partition",
    "dataframe_partition",
]


def _text(value: Any) -> str:
    """A cell as text: missing values (None, NaN, ``pd.NA``) are empty; ``str`` subclasses
    (``numpy.str_``) are text."""
    if isinstance(value, str):
        return value
    if value is None or _is_missing(value):
        return ""
    return str(value)


def _is_missing(value: Any) -> bool:
    try:
        return bool(value != value) or type(value).__name__ in ("NAType", "NaTType")
    except (TypeError, ValueError):  # pd.NA != pd.NA is NA, whose bool() raises
        return True


def _id(value: Any) -> Any:
    """An id that JSON can write: a missing one (None, NaN, ``pd.NA``) is None, a numpy
    scalar a Python number."""
    if value is None or isinstance(value, str):
        return value if type(value) is str or value is None else str.__str__(value)
    if _is_missing(value):
        return None
    if getattr(value, "ndim", None) == 0 and hasattr(value, "item"):
        value = value.item()
    return finite(value)


def _quotes(texts: list[str], backend: str, model: str | None,
            batch_size: int) -> list[list[Quote]]:
    proc = get_processor(backend, model)  # loaded once per worker process, then cached
    out: list[list[Quote]] = []
    for k in range(0, len(texts), batch_size):
        out.extend(proc(texts[k : k + batch_size]))
    return out


def quotes_partition(
    texts: Iterable[str],
    backend: str = DEFAULT_BACKEND,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[list[dict[str, Any]]]:
    """One partition of texts -> for each text the list of its quote dicts."""
    return [[q.to_dict() for q in qs]
            for qs in _quotes([_text(t) for t in texts], backend, model, batch_size)]


def records_partition(
    records: Iterable[dict[str, Any]],
    text_field: str = "text",
    id_field: str | None = "id",
    keep_text: bool = False,
    backend: str = DEFAULT_BACKEND,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[dict[str, Any]]:
    """One partition of dict records -> ``{"id", ["text"], "quotes"}`` records."""
    records = list(records)
    texts = [_text(r[text_field]) for r in records]
    out = []
    for r, qs in zip(records, _quotes(texts, backend, model, batch_size), strict=True):
        rec: dict[str, Any] = {}
        if id_field is not None:
            rec["id"] = _id(r.get(id_field))
        if keep_text:
            rec["text"] = _text(r[text_field])
        rec["quotes"] = [q.to_dict() for q in qs]
        out.append(rec)
    return out


def extract_bag(
    bag: Any,
    text_field: str | None = "text",
    id_field: str | None = "id",
    keep_text: bool = False,
    backend: str = DEFAULT_BACKEND,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Any:
    """A ``dask.bag.Bag`` of texts (``text_field=None``) or of dict records -> quotes.

    Texts give a bag of quote-dict lists; records give a bag of
    ``{"id": ..., "quotes": [...]}`` records (``keep_text=True`` adds ``"text"``).
    """
    if text_field is None:
        return bag.map_partitions(quotes_partition, backend=backend, model=model,
                                  batch_size=batch_size)
    return bag.map_partitions(records_partition, text_field=text_field, id_field=id_field,
                              keep_text=keep_text, backend=backend, model=model,
                              batch_size=batch_size)


def dataframe_partition(
    pdf: Any,
    text_column: str = "text",
    column: str = "quotes",
    as_json: bool = True,
    backend: str = DEFAULT_BACKEND,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Any:
    """One pandas partition -> a copy with ``column`` (quotes, JSON text by default)
    and ``n_quotes`` added."""
    texts = [_text(t) for t in pdf[text_column].tolist()]
    quotes = [[q.to_dict() for q in qs] for qs in _quotes(texts, backend, model, batch_size)]
    out = pdf.copy()
    if as_json:
        out[column] = [json.dumps(qs, ensure_ascii=False) for qs in quotes]
    else:
        import pandas as pd

        out[column] = pd.Series(quotes, index=pdf.index, dtype=object)
    out["n_quotes"] = [len(qs) for qs in quotes]
    return out


def extract_dataframe(
    df: Any,
    text_column: str = "text",
    column: str = "quotes",
    as_json: bool = True,
    backend: str = DEFAULT_BACKEND,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Any:
    """A ``dask.dataframe.DataFrame`` -> the same with ``column`` and ``n_quotes`` added.

    ``as_json=True`` (default) stores each row's quotes as a JSON string (Parquet-ready);
    ``as_json=False`` stores Python lists of quote dicts (object column).
    """
    import pandas as pd

    meta = df._meta.copy()
    meta[column] = pd.Series([], dtype=object if not as_json else "string")
    meta["n_quotes"] = pd.Series([], dtype="int64")

    def part(pdf: Any) -> Any:
        out = dataframe_partition(pdf, text_column, column, as_json, backend, model, batch_size)
        if as_json:
            out[column] = out[column].astype("string")
        out["n_quotes"] = out["n_quotes"].astype("int64")
        return out

    return df.map_partitions(part, meta=meta)
