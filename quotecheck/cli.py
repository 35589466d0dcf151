"""The ``quotecheck`` command line: ``extract`` (files, directories, stdin, JSONL corpora)
and ``compare`` (when :mod:`quotecheck.comparison.cli` is present).

Exit codes: 0 all done; 1 some records failed (error lines written, the run went on);
2 usage error (bad arguments, an output format that is not available); 3 an input could
not be read (missing, not a file, not UTF-8) -- the other inputs were still processed;
4 the input was empty (nothing but whitespace, or a directory without ``.txt`` files).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from quotecheck.batch import BACKENDS, DEFAULT_BACKEND, DEFAULT_BATCH_SIZE, BatchError
from quotecheck.types import Quote

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_EMPTY = 4

FORMATS = ("table", "json", "jsonl", "html")


class CLIError(Exception):
    """A problem reported as ``quotecheck: error: ...`` with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def _err(msg: str) -> None:
    print(f"quotecheck: {msg}", file=sys.stderr)


# -- parser ------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with ``compare`` added when the comparison module is present."""
    from quotecheck import __version__

    parser = argparse.ArgumentParser(
        prog="quotecheck",
        description="Find quotations, their reporting cues and speakers in Arabic news text.",
    )
    parser.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract quotes from files, directories, stdin or a JSONL corpus",
        description=(
            "Extract quotes. With PATHs (files, or directories of .txt files) or stdin, one "
            "document per file. With --input, stream a JSONL corpus: one output line per "
            "input record."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "exit codes: 0 ok, 1 some records failed, 2 usage error, "
            "3 unreadable input, 4 empty input"
        ),
    )
    ex.add_argument("paths", nargs="*", metavar="PATH", help="text files or directories")
    ex.add_argument(
        "-f", "--format", choices=FORMATS, default=None,
        help="output format (default: table for PATHs/stdin, jsonl with --input)",
    )
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ex.add_argument(
        "--output-dir", metavar="DIR", help="html: one FILE.html per document in DIR"
    )
    ex.add_argument("-i", "--input", metavar="JSONL", help="JSONL corpus to stream ('-': stdin)")
    ex.add_argument("--text-field", default="text", help="record field with the text [text]")
    ex.add_argument("--id-field", default="id", help="record field with the id [id]")
    ex.add_argument(
        "--resume", action="store_true", help="skip ids already written to --output"
    )
    ex.add_argument("--no-text", action="store_true", help="leave the text out of records")
    ex.add_argument(
        "-n", "--n-process", type=int, default=1, metavar="N",
        help="worker processes (-1: one per CPU) [1]",
    )
    ex.add_argument(
        "-b", "--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
        help=f"texts per batch [{DEFAULT_BATCH_SIZE}]",
    )
    ex.add_argument(
        "--backend", choices=BACKENDS, default=DEFAULT_BACKEND,
        help=f"rules (no model), pipeline (quotecheck.load()), auto [{DEFAULT_BACKEND}]",
    )
    ex.add_argument("--model", metavar="DIR", help="a spaCy pipeline directory to load")
    prog = ex.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None,
                      help="always show a progress bar on stderr")
    prog.add_argument("--no-progress", dest="progress", action="store_false",
                      help="never show a progress bar")
    ex.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    ex.set_defaults(func=run_extract)

    _register_compare(sub)
    return parser


def _register_compare(sub: argparse._SubParsersAction) -> None:
    """Add ``compare`` from quotecheck.comparison.cli; silently absent if that is missing."""
    try:
        from quotecheck.comparison import cli as compare_cli
    except ModuleNotFoundError as exc:
        if exc.name in ("quotecheck.comparison", "quotecheck.comparison.cli"):
            return
        _err(f"warning: compare is unavailable ({exc})")
        return
    except Exception as exc:  # a broken module must not break extract
        _err(f"warning: compare is unavailable ({type(exc).__name__}: {exc})")
        return
    register = getattr(compare_cli, "register", None)
    if register is None:
        return
    before = set(sub.choices)
    result = register(sub)
    run = getattr(compare_cli, "run", None)
    added = [sub.choices[name] for name in sub.choices if name not in before]
    if isinstance(result, argparse.ArgumentParser) and result not in added:
        added.append(result)
    for p in added:
        if p.get_default("func") is None and run is not None:
            p.set_defaults(func=run)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``quotecheck`` console script; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(func(args) or 0)
    except CLIError as exc:
        _err(f"error: {exc}")
        return exc.code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as Unix tools do.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return EXIT_OK


# -- output streams ----------------------------------------------------------------------
def _open_output(path: str | None, append: bool = False) -> tuple[IO[str], bool]:
    """A UTF-8 text stream for the output (stdout when path is None); (stream, close_it)."""
    if path is None or path == "-":
        out = sys.stdout
        enc = (getattr(out, "encoding", None) or "").lower().replace("-", "")
        if enc != "utf8" and hasattr(out, "reconfigure"):
            try:
                out.reconfigure(encoding="utf-8")
            except (ValueError, io.UnsupportedOperation):
                pass
        return out, False
    try:
        return open(path, "a" if append else "w", encoding="utf-8", newline="\n"), True
    except OSError as exc:
        raise CLIError(f"cannot write {path}: {exc.strerror or exc}", EXIT_INPUT) from exc


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _want_progress(args: argparse.Namespace) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    return _isatty(sys.stderr)


def _check_common(args: argparse.Namespace) -> None:
    if args.batch_size < 1:
        raise CLIError("--batch-size must be at least 1")
    if args.n_process == 0 or args.n_process < -1:
        raise CLIError("--n-process must be at least 1 (or -1 for one per CPU)")


def run_extract(args: argparse.Namespace) -> int:
    """``quotecheck extract``."""
    _check_common(args)
    if args.input is not None:
        if args.paths:
            raise CLIError("give PATHs or --input JSONL, not both")
        fmt = args.format or "jsonl"
        if fmt != "jsonl":
            raise CLIError("--input streams JSONL: use --format jsonl (the default)")
        return _run_stream(args)
    if args.resume:
        raise CLIError("--resume works with --input JSONL and --output FILE")
    return _run_documents(args, args.format or "table")


# -- documents: files, directories, stdin ------------------------------------------------
@dataclass
class _Doc:
    id: str
    text: str | None
    error: str | None = None
    code: int = EXIT_OK


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CLIError(
            f"{where} is not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})",
            EXIT_INPUT,
        ) from exc


def _read_doc(path: Path, doc_id: str) -> _Doc:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _Doc(doc_id, None, f"{doc_id}: no such file", EXIT_INPUT)
    except IsADirectoryError:
        return _Doc(doc_id, None, f"{doc_id}: is a directory", EXIT_INPUT)
    except OSError as exc:
        return _Doc(doc_id, None, f"{doc_id}: cannot read ({exc.strerror or exc})", EXIT_INPUT)
    try:
        return _Doc(doc_id, _decode(data, doc_id))
    except CLIError as exc:
        return _Doc(doc_id, None, str(exc), EXIT_INPUT)


def _iter_docs(paths: list[str]) -> Iterator[_Doc]:
    if not paths:
        if _isatty(sys.stdin):
            _err("reading from standard input (end with Ctrl-D)")
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
        if isinstance(data, str):
            yield _Doc("-", data)
            return
        try:
            yield _Doc("-", _decode(data, "standard input"))
        except CLIError as exc:
            yield _Doc("-", None, str(exc), EXIT_INPUT)
        return
    for p in paths:
        path = Path(p)
        if p == "-":
            yield from _iter_docs([])
        elif path.is_dir():
            files = sorted(f for f in path.rglob("*.txt") if f.is_file())
            if not files:
                yield _Doc(p, None, f"{p}: no .txt files in this directory", EXIT_EMPTY)
            for f in files:
                yield _read_doc(f, str(f))
        else:
            yield _read_doc(path, p)


def _run_documents(args: argparse.Namespace, fmt: str) -> int:
    from quotecheck.batch import extract_quotes_batch

    render_html = _html_renderer() if fmt == "html" else None
    if args.output_dir and fmt != "html":
        raise CLIError("--output-dir is for --format html")
    docs = list(_iter_docs(args.paths))
    readable = [d for d in docs if d.text is not None]
    for d in docs:
        if d.error:
            _err(f"error: {d.error}")
    unreadable = any(d.code == EXIT_INPUT for d in docs)
    nonempty = [d for d in readable if d.text.strip()]
    for d in readable:
        if not d.text.strip():
            _err(f"warning: {d.id if d.id != '-' else 'standard input'} is empty")
    if not nonempty:
        if unreadable:
            return EXIT_INPUT
        _err("error: empty input: no text to read")
        return EXIT_EMPTY
    if fmt == "html" and len(readable) > 1 and not args.output_dir:
        raise CLIError("--format html writes one page per document: give --output-dir DIR")

    results: list[list[Quote] | BatchError] = list(
        extract_quotes_batch(
            [d.text for d in readable], n_process=args.n_process,
            batch_size=args.batch_size, backend=args.backend, model=args.model, errors="return",
        )
    )
    failed = 0
    for d, r in zip(readable, results, strict=True):
        if isinstance(r, BatchError):
            _err(f"error: {d.id}: {r.kind}: {r.message}")
            failed += 1
    ok = [(d, r) for d, r in zip(readable, results, strict=True) if not isinstance(r, BatchError)]
    text_of = (lambda d: None) if args.no_text else (lambda d: d.text)

    if fmt == "html":
        assert render_html is not None
        _write_html(args, ok, render_html)
    else:
        out, close = _open_output(args.output)
        try:
            _write_docs(out, fmt, ok, text_of)
            out.flush()
        finally:
            if close:
                out.close()
    if unreadable:
        return EXIT_INPUT
    return EXIT_PARTIAL if failed else EXIT_OK


def _write_docs(out: IO[str], fmt: str, ok: list, text_of: Any) -> None:
    from quotecheck.render.jsonout import dumps, dumps_line, record

    if fmt == "jsonl":
        for d, quotes in ok:
            out.write(dumps_line(record(d.id, text_of(d), quotes)))
    elif fmt == "json":
        out.write(dumps([record(d.id, text_of(d), q) for d, q in ok], indent=2) + "\n")
    else:
        from quotecheck.render.table import render_table

        width = None
        if out is not sys.stdout:
            width = 120
        for k, (d, quotes) in enumerate(ok):
            if k:
                out.write("\n")
            title = d.id if d.id != "-" else "stdin"
            out.write(_safe(render_table(quotes, title=title, width=width)))


def _safe(s: str) -> str:
    return s.encode("utf-8", "replace").decode("utf-8")


def _html_renderer() -> Any:
    try:
        from quotecheck.render.html import render_extract_html
    except ImportError as exc:
        raise CLIError(
            "--format html needs quotecheck.render.html.render_extract_html, "
            f"which is not available here ({exc})",
            EXIT_USAGE,
        ) from exc
    return render_extract_html


def _write_html(args: argparse.Namespace, ok: list, render_html: Any) -> None:
    if args.output_dir:
        outdir = Path(args.output_dir)
        outdir.mkdir(parents=True, exist_ok=True)
        used: set[str] = set()
        for d, quotes in ok:
            stem = Path(d.id).stem if d.id != "-" else "stdin"
            name, k = stem, 1
            while name in used:
                k += 1
                name = f"{stem}-{k}"
            used.add(name)
            (outdir / f"{name}.html").write_text(
                _safe(render_html(d.text, quotes)), encoding="utf-8"
            )
        return
    out, close = _open_output(args.output)
    try:
        for d, quotes in ok:
            out.write(_safe(render_html(d.text, quotes)))
        out.flush()
    finally:
        if close:
            out.close()


# -- JSONL streaming ---------------------------------------------------------------------
@dataclass
class _Rec:
    line: int
    id: Any
    text: str | None
    error: str | None = None


def _id_key(doc_id: Any) -> str:
    return json.dumps(doc_id, sort_keys=True, ensure_ascii=True)


def _done_ids(path: str) -> set[str]:
    """Ids with a successful line in an earlier output; a torn last line is cut off."""
    done: set[str] = set()
    try:
        fh = open(path, "rb+")
    except FileNotFoundError:
        return done
    except OSError as exc:
        raise CLIError(f"cannot resume from {path}: {exc.strerror or exc}", EXIT_INPUT) from exc
    with fh:
        good_end = 0
        pos = 0
        for raw in fh:
            pos += len(raw)
            if not raw.endswith(b"\n"):
                break  # torn write from an interrupted run
            good_end = pos
            try:
                rec = json.loads(raw)
            except ValueError:
                continue
            if isinstance(rec, dict) and "id" in rec and "error" not in rec:
                done.add(_id_key(rec["id"]))
        if good_end < pos:
            fh.truncate(good_end)
    return done


def _iter_records(fh: IO[bytes], args: argparse.Namespace, progress: Any) -> Iterator[_Rec]:
    for n, raw in enumerate(fh, 1):
        if progress is not None:
            progress.update(len(raw))
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield _Rec(n, n, None, f"line {n} is not UTF-8 (byte {exc.start})")
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield _Rec(n, n, None, f"line {n} is not JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            yield _Rec(n, n, None, f"line {n} is not a JSON object")
            continue
        doc_id = obj.get(args.id_field, n)
        text = obj.get(args.text_field)
        if text is None:
            yield _Rec(n, doc_id, None, f"no {args.text_field!r} field")
        elif not isinstance(text, str):
            yield _Rec(n, doc_id, None, f"{args.text_field!r} is {type(text).__name__}, not text")
        else:
            yield _Rec(n, doc_id, text)


def _progress_bar(total: int | None, enabled: bool) -> Any:
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked later
    return tqdm(total=total, unit="B", unit_scale=True, file=sys.stderr, dynamic_ncols=True,
                desc="quotecheck", leave=False)


def _run_stream(args: argparse.Namespace) -> int:
    from quotecheck.batch import extract_quotes_batch
    from quotecheck.render.jsonout import dumps_line, error_record, record

    if args.resume and not args.output:
        raise CLIError("--resume needs --output FILE (the file to resume)")
    if args.input == "-":
        fh: IO[bytes] = sys.stdin.buffer
        total = None
        close_in = False
    else:
        try:
            fh = open(args.input, "rb")
        except FileNotFoundError as exc:
            raise CLIError(f"{args.input}: no such file", EXIT_INPUT) from exc
        except IsADirectoryError as exc:
            raise CLIError(f"{args.input}: is a directory", EXIT_INPUT) from exc
        except OSError as exc:
            raise CLIError(f"{args.input}: cannot read ({exc.strerror or exc})",
                           EXIT_INPUT) from exc
        close_in = True
        try:
            total = os.fstat(fh.fileno()).st_size
        except OSError:
            total = None
    done = _done_ids(args.output) if args.resume else set()
    if args.output and args.input != "-" and os.path.exists(args.output):
        if os.path.samefile(args.output, args.input):
            raise CLIError("--output must not be the --input file")
    out, close_out = _open_output(args.output, append=args.resume)
    progress = _progress_bar(total, _want_progress(args))
    counts = {"records": 0, "quotes": 0, "failed": 0, "skipped": 0}
    # Records travel beside their texts: the batch generator reads texts lazily, in order,
    # so this queue holds at most the records in flight.
    side: deque[_Rec] = deque()

    def texts() -> Iterator[str]:
        for rec in _iter_records(fh, args, progress):
            if rec.error is None and done and _id_key(rec.id) in done:
                counts["skipped"] += 1
                continue
            side.append(rec)
            yield rec.text if rec.error is None else ""

    try:
        results = extract_quotes_batch(
            texts(), n_process=args.n_process, batch_size=args.batch_size,
            backend=args.backend, model=args.model, errors="return",
        )
        for k, res in enumerate(results):
            rec = side.popleft()
            counts["records"] += 1
            if rec.error is not None:
                counts["failed"] += 1
                out.write(dumps_line(error_record(rec.id, rec.line, rec.error)))
            elif isinstance(res, BatchError):
                counts["failed"] += 1
                msg = f"{res.kind}: {res.message}"
                out.write(dumps_line(error_record(rec.id, rec.line, msg)))
            else:
                counts["quotes"] += len(res)
                text = None if args.no_text else rec.text
                out.write(dumps_line(record(rec.id, text, res)))
            if k % max(args.batch_size, 1) == 0:
                out.flush()
                if progress is not None:
                    progress.set_postfix(records=counts["records"], failed=counts["failed"],
                                         refresh=False)
        out.flush()
    finally:
        if progress is not None:
            progress.close()
        if close_out:
            out.close()
        if close_in:
            fh.close()
    if not args.quiet:
        extra = f", {counts['skipped']} skipped (already done)" if args.resume else ""
        _err(f"{counts['records']} records, {counts['quotes']} quotes, "
             f"{counts['failed']} failed{extra}")
    if counts["records"] == 0 and counts["skipped"] == 0:
        _err("error: empty input: no records")
        return EXIT_EMPTY
    return EXIT_PARTIAL if counts["failed"] else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
