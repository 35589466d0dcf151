"""Batch extraction: many texts, one model load per process, results in input order.

``extract_quotes_batch`` streams: it reads its input iterator lazily and keeps at most
``2 * n_process`` batches in flight, so memory stays flat over any number of texts.

The backends:

* ``"rules"`` -- the rule engine on each text itself (``quotecheck.extract_rules``): no model,
  no spaCy Doc; the same output as ``extract_quotes(text)``, the default;
* ``"trained"`` -- the trained NER pipeline shipped with quotecheck (``load("trained")``) once
  per process, then ``nlp.pipe`` and ``quotecheck.quotes_from_doc``;
* ``"pipeline"`` -- the same with ``quotecheck.load(model)`` for a pipeline directory
  ``model``, or the trained pipeline when no model is given.

Texts longer than one Doc should hold (``longdoc.one_doc_limit``: the pipeline's ``max_length``,
or 20,000 characters when a neural NER runs) go through ``extract_quotes(text, nlp)``, which
cuts them at paragraph boundaries with exact offsets.

``backend="auto"`` picks ``"pipeline"`` when a ``model`` is given and ``"rules"`` otherwise;
the default backend is the single line ``DEFAULT_BACKEND`` below.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from quotecheck.types import Quote

DEFAULT_BACKEND = "auto"
DEFAULT_BATCH_SIZE = 64
BACKENDS = ("auto", "rules", "pipeline", "trained")

__all__ = [
    "BACKENDS",
    "DEFAULT_BATCH_SIZE",
    "BatchError",
    "extract_quotes_batch",
    "get_processor",
    "resolve_backend",
]


class BatchError(Exception):
    """One input that failed; yielded in its place when ``errors="return"``."""

    def __init__(self, index: int, error: BaseException | str) -> None:
        self.index = index
        self.kind = type(error).__name__ if isinstance(error, BaseException) else "Error"
        self.message = str(error)
        super().__init__(f"input {index}: {self.kind}: {self.message}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_error, (self.index, self.kind, self.message))


def _rebuild_error(index: int, kind: str, message: str) -> BatchError:
    err = BatchError(index, message)
    err.kind = kind
    err.args = (f"input {index}: {kind}: {message}",)
    return err


def resolve_backend(backend: str = DEFAULT_BACKEND, model: str | None = None) -> str:
    """``"auto"`` -> ``"pipeline"`` when a model directory is given, else ``"rules"``."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
    if backend != "auto":
        return backend
    return "pipeline" if model is not None else "rules"


# -- per-process state -------------------------------------------------------------------
Processor = Callable[[list[str]], list[list[Quote]]]
_PROCESSORS: dict[tuple[str, str | None], Processor] = {}
LOADS = 0  # pipelines loaded in this process (tests check "once per worker")


def get_processor(backend: str = DEFAULT_BACKEND, model: str | None = None) -> Processor:
    """A function ``texts -> [quotes per text]``, its model loaded once in this process."""
    backend = resolve_backend(backend, model)
    key = (backend, None if model is None else str(model))
    proc = _PROCESSORS.get(key)
    if proc is None:
        proc = _make_processor(*key)
        _PROCESSORS[key] = proc
    return proc


def _check_texts(texts: list[Any]) -> list[str]:
    """The texts as plain ``str`` (a ``str`` subclass such as ``numpy.str_`` is text too)."""
    out = []
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"extract_quotes expects str, got {type(t).__name__}")
        out.append(t if type(t) is str else str.__str__(t))
    return out


def _trained(quotecheck: Any, model: str | None) -> Any:
    """The shipped trained pipeline (or ``model``), whatever ``load()`` does by default."""
    if model is not None:
        return quotecheck.load(model)
    from quotecheck import pipeline as pl

    find = getattr(pl, "model_path", None)
    path = find() if find is not None else None
    if path is None:
        try:
            return quotecheck.load("trained")
        except Exception as exc:
            raise RuntimeError(
                "backend 'trained': no trained pipeline is installed (use backend 'rules')"
            ) from exc
    return quotecheck.load(path)


def _make_processor(backend: str, model: str | None) -> Processor:
    global LOADS
    import quotecheck

    LOADS += 1
    if backend == "rules":
        def plain(texts: list[str]) -> list[list[Quote]]:
            return [quotecheck.extract_rules(t) for t in _check_texts(texts)]

        return plain

    if backend == "pipeline" and model is not None:
        nlp = quotecheck.load(model)
    else:
        nlp = _trained(quotecheck, model)

    from quotecheck.longdoc import needs_cleaning, one_doc_limit

    def pipeline(texts: list[str]) -> list[list[Quote]]:
        texts = _check_texts(texts)
        out: list[list[Quote] | None] = [None] * len(texts)
        limit = one_doc_limit(nlp)
        short = [k for k, t in enumerate(texts)
                 if t.strip() and len(t) <= limit and not needs_cleaning(t)]
        # A memory zone frees the strings and tokenizer cache entries that a batch adds, so a
        # long stream keeps memory flat (the Quotes hold plain strings and outlive the Docs).
        with nlp.memory_zone():
            for k, doc in zip(short, nlp.pipe([texts[k] for k in short]), strict=True):
                out[k] = quotecheck.quotes_from_doc(doc)
            for k, t in enumerate(texts):
                if out[k] is None:  # empty, long (cut in pieces) or with text spaCy cannot take
                    out[k] = quotecheck.extract_quotes(t, nlp=nlp)
        return out  # type: ignore[return-value]

    return pipeline


def _run_batch(
    backend: str, model: str | None, start: int, texts: list[Any], errors: str,
    html: bool = False,
) -> list[list[Quote] | BatchError]:
    """Process one batch; on failure retry text by text so one bad input fails alone."""
    proc = get_processor(backend, model)
    if html:
        from quotecheck.htmlmask import html_batches

        proc = _checked(html_batches(proc))
    try:
        return list(proc(texts))
    except Exception:
        if errors == "raise" and len(texts) == 1:
            raise
    out: list[list[Quote] | BatchError] = []
    for k, t in enumerate(texts):
        try:
            out.extend(proc([t]))
        except Exception as exc:
            if errors == "raise":
                raise
            out.append(BatchError(start + k, exc))
    return out


def _checked(proc: Processor) -> Processor:
    """``proc`` with its texts checked (and ``str`` subclasses made ``str``) first."""
    return lambda texts: proc(_check_texts(texts))


def _init_worker(backend: str, model: str | None) -> None:
    """Pool initializer: load the model once in each worker process."""
    get_processor(backend, model)


def _worker_batch(
    args: tuple[str, str | None, int, list[Any], str, bool],
) -> list[list[Quote] | BatchError]:
    return _run_batch(*args)


def _batches(texts: Iterable[Any], size: int) -> Iterator[tuple[int, list[Any]]]:
    batch: list[Any] = []
    start = 0
    for i, t in enumerate(texts):
        if not batch:
            start = i
        batch.append(t)
        if len(batch) >= size:
            yield start, batch
            batch = []
    if batch:
        yield start, batch


def _mp_context() -> multiprocessing.context.BaseContext:
    method = os.environ.get("QUOTECHECK_MP_START")
    if method:
        return multiprocessing.get_context(method)
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def extract_quotes_batch(
    texts: Iterable[str],
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    *,
    backend: str = DEFAULT_BACKEND,
    model: str | None = None,
    errors: str = "raise",
    html: bool = False,
) -> Iterator[list[Quote] | BatchError]:
    """Yield the quotes of each text (a ``list[Quote]``), in input order, streaming.

    The result for each text equals ``extract_quotes(text)`` (backend ``"auto"``/
    ``"pipeline"``: ``quotecheck.load(model)``; ``"rules"``: the blank Arabic pipeline;
    ``"trained"``: the shipped trained pipeline).  A ``str`` subclass (``numpy.str_``) is
    text.  ``n_process > 1`` runs a process pool whose workers load the model once each
    (``n_process=-1``: one per CPU).  ``errors="raise"`` re-raises the first failure
    (``TypeError`` for a non-text); ``errors="return"`` yields a :class:`BatchError` in
    place of each failed input and goes on.  One ``str`` or ``bytes`` instead of an
    iterable of texts is a ``TypeError`` at once.  ``html=True`` reads each text as HTML, as
    ``extract_quotes(text, html=True)`` does (docs/html_input.md).
    """
    if isinstance(texts, str | bytes | bytearray | memoryview):
        raise TypeError(
            f"extract_quotes_batch expects an iterable of texts, not one "
            f"{type(texts).__name__}: pass [text]"
        )
    if errors not in ("raise", "return"):
        raise ValueError("errors must be 'raise' or 'return'")
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process < 1:
        raise ValueError("n_process must be >= 1 or -1")
    model = None if model is None else str(model)
    backend = resolve_backend(backend, model)
    return _generate(texts, n_process, batch_size, backend, model, errors, html)


def _generate(
    texts: Iterable[Any],
    n_process: int,
    batch_size: int,
    backend: str,
    model: str | None,
    errors: str,
    html: bool = False,
) -> Iterator[list[Quote] | BatchError]:
    if n_process == 1:
        for start, batch in _batches(texts, batch_size):
            yield from _run_batch(backend, model, start, batch, errors, html)
        return
    pool = ProcessPoolExecutor(
        n_process, mp_context=_mp_context(), initializer=_init_worker, initargs=(backend, model)
    )
    pending: deque[Future] = deque()
    try:
        window = 2 * n_process
        for start, batch in _batches(texts, batch_size):
            pending.append(pool.submit(_worker_batch, (backend, model, start, batch, errors, html)))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
