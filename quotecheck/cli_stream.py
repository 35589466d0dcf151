"""``quotecheck extract --input CORPUS.jsonl``: stream a JSONL corpus, one output line per
input record, in input order, with ``--resume`` after a crash.

Semantics (docs/batch.md, "Streaming a JSONL corpus"):

* Output line k belongs to input record k (records are the non-blank input lines).
  A record whose id is missing, ``null`` or NaN is written with ``"id": null`` and its
  input ``"line"``, so it never takes another record's id.
* ``--resume`` continues by *position*: the complete lines already in the output stand for
  the first records of the input, which are skipped; the output must be this input's (the ids
  are checked line by line), a torn last line is cut off, and nothing else is changed.  Failed
  records keep their one error line (they are not retried); repeated ids are ordinary records.
  A resumed run writes exactly what a clean run would have written.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import IO, Any

from quotecheck.batch import BatchError
from quotecheck.cli_io import (
    EXIT_EMPTY,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_PARTIAL,
    CLIError,
    Output,
    err,
    open_output,
    refuse_same_file,
    regular_output,
)
from quotecheck.render.jsonout import finite

PROBE = 20  # records looked at before the run starts: a --text-field none of them has stops it


@dataclass
class Rec:
    """One input record: its line, its id as written (None when it has none), text or error."""

    line: int
    id: Any
    has_id: bool
    text: str | None
    error: str | None = None
    fields: tuple[str, ...] | None = None


def clean_id(value: Any) -> tuple[Any, bool]:
    """(id as written, whether the record has one): missing, null and NaN ids are none."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None, False
    return finite(value), True


def id_key(doc_id: Any) -> str:
    """A canonical text of an id (``1`` and ``"1"`` differ)."""
    return json.dumps(finite(doc_id), sort_keys=True, ensure_ascii=True)


def iter_records(fh: IO[bytes], args: argparse.Namespace, progress: Any) -> Iterator[Rec]:
    """The records of a JSONL stream; a BOM at the start of any line is dropped."""
    for n, raw in enumerate(fh, 1):
        if progress is not None:
            progress.update(len(raw))
        try:
            line = raw.decode(args.encoding)
        except UnicodeDecodeError as exc:
            yield Rec(n, None, False, None, f"line {n} is not {args.encoding} (byte {exc.start})")
            continue
        if line.startswith("\ufeff"):
            line = line[1:]  # cat a.jsonl b.jsonl: b's BOM starts a later line
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield Rec(n, None, False, None, f"line {n} is not JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            kind = {list: "a list", str: "a string"}.get(type(obj), "no object")
            yield Rec(n, None, False, None, f"line {n} is {kind}, not a JSON object")
            continue
        doc_id, has_id = clean_id(obj.get(args.id_field))
        text = obj.get(args.text_field)
        fields = tuple(obj)
        if args.text_field not in obj:
            yield Rec(n, doc_id, has_id, None, f"no {args.text_field!r} field", fields)
        elif not isinstance(text, str):
            kind = "null" if text is None else type(text).__name__
            yield Rec(n, doc_id, has_id, None, f"{args.text_field!r} is {kind}, not text",
                      fields)
        else:
            yield Rec(n, doc_id, has_id, text, None, fields)


def check_fields(head: list[Rec], args: argparse.Namespace) -> None:
    """Stop before any work when none of the first records has the text field."""
    objects = [r for r in head if r.fields is not None]
    if not objects:
        return
    if not any(args.text_field in r.fields for r in objects):
        seen = Counter(f for r in objects for f in r.fields)
        names = ", ".join(repr(f) for f, _ in seen.most_common(12)) or "none"
        raise CLIError(
            f"no record among the first {len(objects)} has the field {args.text_field!r}; "
            f"the fields there are: {names}; choose one with --text-field"
        )
    if not any(args.id_field in r.fields for r in objects):
        err(f"warning: no record among the first {len(objects)} has the field "
            f"{args.id_field!r}; records are written with \"id\": null and their \"line\"")


class Resume:
    """The output of an interrupted run, read line by line against the input's records."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.fh: IO[bytes] | None = None
        self.good_end = 0
        self.lines = 0
        self.failed = 0  # error lines among the lines kept
        if os.path.exists(path):
            try:
                self.fh = open(path, "rb")
            except OSError as exc:
                raise CLIError(f"cannot resume from {path}: {exc.strerror or exc}",
                               EXIT_INPUT) from None

    @property
    def active(self) -> bool:
        return self.fh is not None

    def skip(self, rec: Rec) -> bool:
        """Whether ``rec`` already has its line; checks that the line is for this record."""
        if self.fh is None:
            return False
        raw = self.fh.readline()
        if not raw.endswith(b"\n"):  # the end, or a line torn by the interruption
            self.finish()
            return False
        self.lines += 1
        try:
            out = json.loads(raw)
        except ValueError:
            out = None
        if not isinstance(out, dict) or "id" not in out:
            self._refuse(f"line {self.lines} of {self.path} is not a quotecheck output line")
        same = id_key(out["id"]) == id_key(rec.id) and (rec.has_id or out.get("line") == rec.line)
        if not same:
            shown = json.dumps(out["id"], ensure_ascii=False)
            want = json.dumps(rec.id, ensure_ascii=False)
            self._refuse(f"line {self.lines} of {self.path} has id {shown}, but input "
                         f"record {self.lines} (line {rec.line}) has id {want}")
        self.good_end += len(raw)
        self.failed += "error" in out
        return True

    def _refuse(self, why: str) -> None:
        self.close()
        raise CLIError(f"cannot resume: {why}. --resume continues the output of the same "
                       "input (one line per record, in order); write to a new file instead")

    def finish(self) -> None:
        """The input has gone past the output: cut a torn last line, stop reading."""
        if self.fh is None:
            return
        self.close()
        if os.path.getsize(self.path) > self.good_end:
            with open(self.path, "rb+") as fh:
                fh.truncate(self.good_end)

    def at_input_end(self) -> None:
        """The input ended while skipping: more complete output lines than records is wrong."""
        if self.fh is None:
            return
        raw = self.fh.readline()
        if raw.endswith(b"\n"):
            self._refuse(f"{self.path} has more lines than the input has records")
        self.finish()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


def progress_bar(total: int | None, enabled: bool, unit: str = "B") -> Any:
    if not enabled or sys.stderr is None:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked later
    return tqdm(total=total, unit=unit, unit_scale=unit == "B", file=sys.stderr,
                dynamic_ncols=True, desc="quotecheck", leave=False)


def _open_input(path: str) -> tuple[IO[bytes], int | None, bool]:
    if path == "-":
        if sys.stdin is None:
            raise CLIError("standard input is closed: pipe the corpus in or give --input FILE",
                           EXIT_INPUT)
        return sys.stdin.buffer, None, False
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        raise CLIError(f"{path}: no such file", EXIT_INPUT) from None
    except IsADirectoryError:
        raise CLIError(f"{path}: is a directory", EXIT_INPUT) from None
    except OSError as exc:
        raise CLIError(f"{path}: cannot read ({exc.strerror or exc})", EXIT_INPUT) from None
    try:
        total: int | None = os.fstat(fh.fileno()).st_size or None
    except OSError:
        total = None
    return fh, total, True


class _Writer:
    """Output lines for records, as JSONL or CSV."""

    def __init__(self, out: Output, fmt: str, no_text: bool, fresh: bool) -> None:
        from quotecheck.render import csvout

        self.out, self.fmt, self.no_text = out, fmt, no_text
        if fmt == "csv" and fresh:
            out.write(csvout.header(with_line=True))

    def ok(self, rec: Rec, quotes: list) -> None:
        from quotecheck.render import csvout
        from quotecheck.render.jsonout import dumps_line, record

        if self.fmt == "csv":
            self.out.write(csvout.quote_rows(rec.id, quotes, rec.line, with_line=True))
            return
        text = None if self.no_text else rec.text
        line = None if rec.has_id else rec.line
        self.out.write(dumps_line(record(rec.id, text, quotes, line=line)))

    def failed(self, rec: Rec, message: str) -> None:
        from quotecheck.render import csvout
        from quotecheck.render.jsonout import dumps_line, error_record

        if self.fmt == "csv":
            self.out.write(csvout.error_rows(rec.id, message, rec.line, with_line=True))
        else:
            self.out.write(dumps_line(error_record(rec.id, rec.line, message)))


def _check(args: argparse.Namespace, fmt: str) -> None:
    if fmt not in ("jsonl", "csv"):
        raise CLIError("--input streams records: use --format jsonl (the default) or csv")
    if args.resume:
        if not args.output or args.output == "-":
            raise CLIError("--resume needs --output FILE (the file to resume)")
        if fmt != "jsonl":
            raise CLIError("--resume works with --format jsonl")
        if os.path.exists(args.output) and regular_output(args.output) is None:
            raise CLIError(f"--resume needs --output to be a regular file; {args.output} "
                           "is not (a device, a pipe or a directory)")
    if "\n".encode(args.encoding, "ignore") != b"\n":
        raise CLIError(f"--input reads lines: --encoding {args.encoding} is not supported "
                       "(use an ASCII-compatible encoding such as utf-8 or cp1256)")


def run_stream(args: argparse.Namespace, fmt: str, want_progress: bool) -> int:
    """``extract --input``: see the module docstring; returns the exit code."""
    from quotecheck.batch import extract_quotes_batch

    _check(args, fmt)
    if args.output:
        refuse_same_file(args.output, [args.input])
    fh, total, close_in = _open_input(args.input)
    out: Output | None = None
    resume: Resume | None = None
    progress = None
    try:
        progress = progress_bar(total, want_progress)
        records = iter_records(fh, args, progress)
        head = list(islice(records, PROBE))
        check_fields(head, args)
        resume = Resume(args.output) if args.resume else None
        fresh = resume is None or not resume.active or os.path.getsize(args.output) == 0
        out = open_output(args.output, append=not fresh,
                          newline="" if fmt == "csv" else "\n")
        writer = _Writer(out, fmt, args.no_text, fresh)
        counts = _run(chain(head, records), args, resume, writer, out, progress,
                      extract_quotes_batch)
        out.close()
    except BaseException:
        if out is not None:
            out.abandon()
        raise
    finally:
        if resume is not None:
            resume.close()
        if progress is not None:
            progress.close()
        if close_in:
            fh.close()
    failed_before = resume.failed if resume is not None else 0
    if not args.quiet:
        extra = ""
        if args.resume:
            extra = f", {counts['skipped']} skipped (already done"
            extra += f", {failed_before} of them failed)" if failed_before else ")"
        err(f"{counts['records']} records, {counts['quotes']} quotes, "
            f"{counts['failed']} failed{extra}")
    if counts["records"] == 0 and counts["skipped"] == 0:
        err("error: empty input: no records")
        return EXIT_EMPTY
    return EXIT_PARTIAL if counts["failed"] or failed_before else EXIT_OK


def _run(records: Iterator[Rec], args: argparse.Namespace, resume: Resume | None,
         writer: _Writer, out: Output, progress: Any, batch: Any) -> dict[str, int]:
    counts = {"records": 0, "quotes": 0, "failed": 0, "skipped": 0}
    # Records travel beside their texts: the batch generator reads texts lazily, in order,
    # so this queue holds at most the records in flight.
    side: deque[Rec] = deque()

    def texts() -> Iterator[str]:
        for rec in records:
            if resume is not None and resume.active and resume.skip(rec):
                counts["skipped"] += 1
                continue
            side.append(rec)
            yield rec.text if rec.error is None else ""
        if resume is not None:
            resume.at_input_end()

    results = batch(texts(), n_process=args.n_process, batch_size=args.batch_size,
                    backend=args.backend, model=args.model, errors="return",
                    html=bool(getattr(args, "html", False)))
    for k, res in enumerate(results):
        rec = side.popleft()
        counts["records"] += 1
        if rec.error is not None:
            counts["failed"] += 1
            writer.failed(rec, rec.error)
        elif isinstance(res, BatchError):
            counts["failed"] += 1
            writer.failed(rec, f"{res.kind}: {res.message}")
        else:
            counts["quotes"] += len(res)
            writer.ok(rec, res)
        if k % max(args.batch_size, 1) == 0:
            out.flush()
            if progress is not None:
                progress.set_postfix(records=counts["records"], failed=counts["failed"],
                                     refresh=False)
    return counts


__all__ = ["PROBE", "Rec", "Resume", "check_fields", "clean_id", "id_key", "iter_records",
           "run_stream"]
