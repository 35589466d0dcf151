"""The ``quotecheck`` command line: ``extract`` (files, directories, stdin, JSONL corpora)
and ``compare`` (when :mod:`quotecheck.comparison.cli` is present).

Exit codes (:mod:`quotecheck.cli_io`, docs/batch.md): 0 all done; 1 some records failed (error
lines written, the run went on); 2 usage error; 3 an input could not be read (missing, not a
file, not in the encoding, stdin closed) -- the other inputs were still processed; 4 the input
was empty; 5 the output could not be written (stdout closed, no permission); 6 no space left
on the device; 130 interrupted.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path
from typing import Any

from quotecheck.batch import BACKENDS, DEFAULT_BACKEND, DEFAULT_BATCH_SIZE, BatchError
from quotecheck.cli_io import (
    EXIT_CODES_HELP,
    EXIT_EMPTY,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_NOSPACE,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_PARTIAL,
    EXIT_USAGE,
    CLIError,
    Doc,
    Output,
    check_encoding,
    err,
    isatty,
    iter_docs,
    open_output,
    output_error,
    refuse_same_file,
    silence_stdout,
)
from quotecheck.htmlmask import HtmlText, map_quotes

__all__ = [
    "EXIT_EMPTY", "EXIT_INPUT", "EXIT_INTERRUPTED", "EXIT_NOSPACE", "EXIT_OK", "EXIT_OUTPUT",
    "EXIT_PARTIAL", "EXIT_USAGE", "FORMATS", "CLIError", "build_parser", "main",
]

FORMATS = ("table", "json", "jsonl", "csv", "html")
#: PATHs read as HTML unless ``--no-html``.
HTML_SUFFIXES = (".html", ".htm")

BACKEND_HELP = (
    "rules: the rule engine on the text, no model (fast, the default's choice); trained: the "
    "trained NER pipeline shipped with quotecheck; pipeline: the pipeline in --model DIR (the "
    f"trained one without --model); auto: pipeline with --model, else rules [{DEFAULT_BACKEND}]"
)


def _err(msg: str) -> None:
    err(msg)


# -- parser ------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with ``compare`` added when the comparison module is present."""
    from quotecheck import __version__

    parser = argparse.ArgumentParser(
        prog="quotecheck",
        description="Find quotations, their reporting cues and speakers in Arabic news text.",
        epilog=EXIT_CODES_HELP,
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
        epilog=EXIT_CODES_HELP,
    )
    ex.add_argument("paths", nargs="*", metavar="PATH",
                    help="text files, or directories: their .txt files (any case)")
    ex.add_argument(
        "-f", "--format", choices=FORMATS, default=None,
        help="output format: table, json, jsonl, csv (one row per quote, UTF-8 with BOM) "
             "or html (default: table for PATHs/stdin, jsonl with --input)",
    )
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ex.add_argument(
        "--output-dir", metavar="DIR", help="html: one FILE.html per document in DIR"
    )
    ex.add_argument("-i", "--input", metavar="JSONL", help="JSONL corpus to stream ('-': stdin)")
    ex.add_argument("-r", "--recursive", action="store_true",
                    help="read the .txt files in subdirectories of a directory too")
    ex.add_argument("-e", "--encoding", default="utf-8", metavar="ENC",
                    help="encoding of the input files, e.g. cp1256 [utf-8]")
    ex.add_argument("--text-field", default="text", help="record field with the text [text]")
    ex.add_argument("--id-field", default="id", help="record field with the id [id]")
    ex.add_argument(
        "--resume", action="store_true",
        help="continue an interrupted --input run: skip the records whose lines are "
             "already in --output (by position)",
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
    ex.add_argument("--backend", choices=BACKENDS, default=DEFAULT_BACKEND, help=BACKEND_HELP)
    ex.add_argument("--model", metavar="DIR", help="a spaCy pipeline directory to load")
    ex.add_argument(
        "--html", action=argparse.BooleanOptionalAction, default=None,
        help="read the texts as HTML: tags out, entities decoded, offsets into the markup "
             "(docs/html_input.md) [on for PATHs ending .html/.htm, else off]",
    )
    add_progress_options(ex)
    ex.set_defaults(func=run_extract)

    _register_compare(sub)
    return parser


def add_progress_options(p: argparse.ArgumentParser) -> None:
    """``--progress`` / ``--no-progress`` and ``-q``."""
    prog = p.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None,
                      help="always show a progress bar on stderr")
    prog.add_argument("--no-progress", dest="progress", action="store_false",
                      help="never show a progress bar")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")


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
        if sys.stderr is not None:
            parser.print_help(sys.stderr)
        return EXIT_USAGE
    return run_command(func, args)


def run_command(func: Any, args: argparse.Namespace) -> int:
    """Run a subcommand; every expected failure becomes a message and an exit code."""
    try:
        return int(func(args) or 0)
    except CLIError as exc:
        _err(f"error: {exc}")
        return exc.code
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as Unix tools do.
        silence_stdout()
        return EXIT_OK
    except OSError as exc:  # a write that no Output wrapped (e.g. a progress bar's)
        if exc.errno == errno.EPIPE:
            silence_stdout()
            return EXIT_OK
        failure = output_error(exc, getattr(exc, "filename", None) or "the output")
        _err(f"error: {failure}")
        return failure.code


# -- extract ------------------------------------------------------------------------------
def want_progress(args: argparse.Namespace) -> bool:
    """A progress bar: as asked, else when stderr is a terminal."""
    if args.progress is not None:
        return bool(args.progress)
    return isatty(sys.stderr)


def _check_common(args: argparse.Namespace) -> None:
    if args.batch_size < 1:
        raise CLIError("--batch-size must be at least 1")
    if args.n_process == 0 or args.n_process < -1:
        raise CLIError("--n-process must be at least 1 (or -1 for one per CPU)")
    args.encoding = check_encoding(args.encoding)


def run_extract(args: argparse.Namespace) -> int:
    """``quotecheck extract``."""
    _check_common(args)
    if args.input is not None:
        from quotecheck.cli_stream import run_stream

        if args.paths:
            raise CLIError("give PATHs or --input JSONL, not both")
        return run_stream(args, args.format or "jsonl", want_progress(args))
    if args.resume:
        raise CLIError("--resume works with --input JSONL and --output FILE")
    return _run_documents(args, args.format or "table")


def _run_documents(args: argparse.Namespace, fmt: str) -> int:
    from quotecheck.batch import extract_quotes_batch

    render_html = _html_renderer() if fmt == "html" else None
    if args.output_dir and fmt != "html":
        raise CLIError("--output-dir is for --format html")
    docs = list(iter_docs(args.paths, recursive=args.recursive, encoding=args.encoding))
    for d in docs:
        if d.error:
            _err(f"error: {d.error}")
    unreadable = sum(1 for d in docs if d.code == EXIT_INPUT)
    readable = [d for d in docs if d.text is not None]
    for d in readable:
        if not d.text.strip():
            _err(f"warning: {d.id if d.id != '-' else 'standard input'} is empty")
    if not any(d.text.strip() for d in readable):
        if unreadable:
            return EXIT_INPUT
        _err("error: empty input: no text to read")
        return EXIT_EMPTY
    if fmt == "html" and len(readable) > 1 and not args.output_dir:
        raise CLIError("--format html writes one page per document: give --output-dir DIR")
    if args.output:
        refuse_same_file(args.output, [d.id for d in docs if d.text is not None])

    out = None if args.output_dir else open_output(
        args.output, newline="" if fmt == "csv" else "\n")
    progress = _doc_progress(len(readable), want_progress(args))
    counts = {"docs": 0, "quotes": 0, "failed": 0}
    pages = _html_pages(args, readable)
    if getattr(args, "html", None) is None:
        from quotecheck.htmlmask import looks_like_html

        for k, d in enumerate(readable):
            if k not in pages and looks_like_html(d.text):
                _err(f"note: {d.id}: looks like HTML; --html reads it as HTML (--no-html: quiet)")
    try:
        results = extract_quotes_batch(
            [pages[k].text if k in pages else d.text for k, d in enumerate(readable)],
            n_process=args.n_process,
            batch_size=args.batch_size, backend=args.backend, model=args.model, errors="return",
        )
        sink = _DocSink(args, fmt, out, render_html)
        for k, (d, r) in enumerate(zip(readable, results, strict=True)):
            if k in pages and not isinstance(r, BatchError):
                r = map_quotes(r, pages[k])
            counts["docs"] += 1
            if progress is not None:
                progress.update(1)
            if isinstance(r, BatchError):
                _err(f"error: {d.id}: {r.kind}: {r.message}")
                counts["failed"] += 1
                continue
            counts["quotes"] += len(r)
            sink.add(d, r)
        sink.finish()
        if out is not None:
            out.close()
    except BaseException:
        if out is not None:
            out.abandon()
        raise
    finally:
        if progress is not None:
            progress.close()
    if not args.quiet:
        n = counts["docs"]
        bad = f", {unreadable} unreadable" if unreadable else ""
        q = counts["quotes"]
        _err(f"{n} document{'s' if n != 1 else ''}, {q} quote{'s' if q != 1 else ''}, "
             f"{counts['failed']} failed{bad}")
    if unreadable:
        return EXIT_INPUT
    return EXIT_PARTIAL if counts["failed"] else EXIT_OK


def _html_pages(args: argparse.Namespace, docs: list[Doc]) -> dict[int, HtmlText]:
    """The documents read as HTML (``--html``, or a PATH ending .html/.htm without
    ``--no-html``), by position, with their readable text."""
    from quotecheck.htmlmask import read_html

    flag = getattr(args, "html", None)
    if flag is False:
        return {}
    return {k: read_html(d.text) for k, d in enumerate(docs)
            if flag or d.id.lower().endswith(HTML_SUFFIXES)}


def _doc_progress(total: int, enabled: bool) -> Any:
    from quotecheck.cli_stream import progress_bar

    return progress_bar(total, enabled, unit="doc")


class _DocSink:
    """Writes documents' results as they come (json: at the end, one list)."""

    def __init__(self, args: argparse.Namespace, fmt: str, out: Output | None,
                 render_html: Any) -> None:
        self.args, self.fmt, self.out, self.render_html = args, fmt, out, render_html
        self.records: list[dict] = []
        self.n = 0
        self.used: set[str] = set()
        if fmt == "csv" and out is not None:
            from quotecheck.render.csvout import header

            out.write(header())

    def add(self, d: Doc, quotes: list) -> None:
        from quotecheck.render import csvout
        from quotecheck.render.jsonout import dumps_line, record

        text = None if self.args.no_text else d.text
        out = self.out
        if self.fmt == "html":
            self._html(d, quotes)
        elif out is None:
            return
        elif self.fmt == "jsonl":
            out.write(dumps_line(record(d.id, text, quotes)))
        elif self.fmt == "json":
            self.records.append(record(d.id, text, quotes))
        elif self.fmt == "csv":
            out.write(csvout.quote_rows(d.id, quotes))
        else:
            from quotecheck.render.table import render_table

            # The terminal's width (COLUMNS when set); 120 columns in a file without COLUMNS.
            width = None if out.stream is sys.stdout or os.environ.get("COLUMNS") else 120
            title = d.id if d.id != "-" else "stdin"
            out.write(("\n" if self.n else "") + _safe(render_table(quotes, title=title,
                                                                     width=width)))
        self.n += 1

    def _html(self, d: Doc, quotes: list) -> None:
        source = "stdin" if d.id == "-" else d.id
        if _takes_source(self.render_html):  # render_extract_html(..., source=) shows the id
            page = _safe(self.render_html(d.text, quotes, source=source))
        else:
            page = _safe(self.render_html(d.text, quotes))
        if self.out is not None:
            self.out.write(page)
            return
        outdir = Path(self.args.output_dir)
        stem = Path(d.id).stem if d.id != "-" else "stdin"
        name, k = stem, 1
        while name in self.used:
            k += 1
            name = f"{stem}-{k}"
        self.used.add(name)
        target = outdir / f"{name}.html"
        try:
            outdir.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
        except OSError as exc:
            raise output_error(exc, str(target)) from None

    def finish(self) -> None:
        if self.fmt == "json" and self.out is not None:
            from quotecheck.render.jsonout import dumps

            self.out.write(dumps(self.records, indent=2) + "\n")


def _takes_source(render: Any) -> bool:
    import inspect

    try:
        return "source" in inspect.signature(render).parameters
    except (TypeError, ValueError):
        return False


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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
