"""``quotecheck compare``: compare the quotes of several documents from the command line.

Inputs are text files (or directories of .txt files), whose quotes are extracted, and/or the
JSONL output of ``quotecheck extract`` (``--input``), used as it is.  Errors, exit codes and
the short options are those of ``extract`` (:mod:`quotecheck.cli_io`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from quotecheck.cli_io import (
    EXIT_CODES_HELP,
    EXIT_EMPTY,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    CLIError,
    check_encoding,
    err,
    iter_docs,
    open_output,
    refuse_same_file,
    shortest_suffixes,
)
from quotecheck.comparison.model import FLAGS, Statement

DESCRIPTION = """\
Group the quotes of several documents into statements (who said what, in which sources)
and flag how the sources differ (negation, number, entity, intensifier, kind, speaker,
wording).

examples:
  quotecheck compare a.txt b.txt                       a table in the terminal
  quotecheck compare outlet1/ outlet2/ -f html -o page.html
  quotecheck compare -i quotes.jsonl -f json           the output of quotecheck extract

A file's id is the shortest tail of its path that tells it from the other files
(d1/a.txt and d2/a.txt stay apart); a JSONL record's id is its "id" field."""


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``compare`` subcommand to an argparse subparsers object; return its parser."""
    p = subparsers.add_parser(
        "compare",
        help="group the quotes of several documents into statements and flag differences",
        description=DESCRIPTION,
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="PATH",
                   help="text files, or directories: their .txt files (any case)")
    p.add_argument(
        "-i", "--input", action="append", default=[], metavar="QUOTES.jsonl",
        help='output of "quotecheck extract": one {"id", "text", "quotes"[, "date"]} a line '
             "(no re-extraction); may be repeated",
    )
    p.add_argument(
        "-f", "--format", choices=("table", "json", "html"), default="table",
        help="table: one block per statement (terminal); json: the statements with their "
             "members, pairs, flags and diffs; html: a standalone right-to-left page [table]",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("-r", "--recursive", action="store_true",
                   help="read the .txt files in subdirectories of a directory too")
    p.add_argument("-e", "--encoding", default="utf-8", metavar="ENC",
                   help="encoding of the text files and --input, e.g. cp1256 [utf-8]")
    p.add_argument(
        "--all", action="store_true", help="table: list statements carried by one source too"
    )
    p.set_defaults(func=run)
    return p


class _Inputs:
    """The documents to compare, and what went wrong reading them."""

    def __init__(self) -> None:
        self.docs: list[tuple[str, Any]] = []
        self.paths: list[str] = []
        self.unreadable = 0
        self.skipped = 0


def _read_files(args: argparse.Namespace, got: _Inputs) -> None:
    docs = list(iter_docs(args.files, recursive=args.recursive, encoding=args.encoding))
    for d in docs:
        if d.error:
            err(f"error: {d.error}")
            got.unreadable += d.code == EXIT_INPUT
    ok = [d for d in docs if d.text is not None]
    got.paths.extend(d.id for d in ok)
    for doc_id, d in zip(shortest_suffixes([d.id for d in ok]), ok, strict=True):
        got.docs.append((doc_id, d.text))


def _skip(got: _Inputs, where: str, why: str) -> None:
    err(f"warning: {where}: {why}; skipped")
    got.skipped += 1


def _read_jsonl(path: str, encoding: str, got: _Inputs) -> None:
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        err(f"error: {path}: no such file")
    except IsADirectoryError:
        err(f"error: {path}: is a directory")
    except OSError as exc:
        err(f"error: {path}: cannot read ({exc.strerror or exc})")
    else:
        with fh:
            for n, raw in enumerate(fh, 1):
                _read_line(raw, n, path, encoding, got)
        return
    got.unreadable += 1


def _read_line(raw: bytes, n: int, path: str, encoding: str, got: _Inputs) -> None:
    where = f"{path} line {n}"
    try:
        line = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        return _skip(got, where, f"not {encoding} (byte {exc.start})")
    line = line.removeprefix("\ufeff")
    if not line.strip():
        return None
    try:
        row = json.loads(line)
    except (ValueError, RecursionError):
        return _skip(got, where, "not JSON (a torn line?)")
    if not isinstance(row, dict):
        return _skip(got, where, f"a JSON {type(row).__name__}, not an object")
    if "error" in row and not row.get("quotes"):
        return _skip(got, where, f"extract failed on this record ({row['error']})")
    quotes = row.get("quotes")
    text = row.get("text")
    if quotes is not None and not isinstance(quotes, list):
        return _skip(got, where, '"quotes" is not a list')
    if text is not None and not isinstance(text, str):
        return _skip(got, where, '"text" is not text')
    if quotes is None and not text:
        return _skip(got, where, 'no "quotes" and no "text"')
    doc: dict[str, Any] = {"text": text or "", "quotes": quotes}
    if row.get("date") or row.get("time"):
        doc["date"] = row.get("date") or row.get("time")
    got.docs.append((_record_id(row, path, n), doc))
    return None


def _record_id(row: dict, path: str, n: int) -> str:
    doc_id = row.get("id")
    if doc_id is None or (isinstance(doc_id, float) and doc_id != doc_id):
        return f"{Path(path).name}:{row.get('line', n)}"
    return doc_id if isinstance(doc_id, str) else json.dumps(doc_id, ensure_ascii=False)


def _unique_ids(docs: list[tuple[str, Any]], n_files: int) -> list[tuple[str, Any]]:
    """Ids made distinct: a repeat (``1`` and ``"1"``, or one id in two inputs) gets ``#k``."""
    seen: dict[str, int] = {}
    taken = {d for d, _ in docs}
    out = []
    for k, (doc_id, value) in enumerate(docs):
        name = doc_id
        if doc_id in seen:
            count = seen[doc_id]
            while name in taken:
                count += 1
                name = f"{doc_id}#{count}"
            seen[doc_id] = count
            taken.add(name)
            if k >= n_files:
                err(f"warning: id {doc_id!r} repeats; the later record is {name!r}")
        else:
            seen[doc_id] = 1
        out.append((name, value))
    return out


def format_table(statements: list[Statement], show_all: bool = False) -> str:
    """A plain-text table: one block per statement, one line per source."""
    lines = []
    n = 0
    for st in statements:
        if len(st.members) < 2 and not show_all:
            continue
        n += 1
        flags = sorted(st.flags, key=FLAGS.index)
        lines.append(
            f"[{n}] {st.speaker_name or '?'} — {len(st.doc_ids)} source(s)"
            + (f"  flags: {', '.join(flags)}" if flags else "")
        )
        pair_flags = {id(p.b): p.flags for p in st.pairs}
        for m in st.members:
            f = pair_flags.get(id(m))
            mark = "" if f is None else ("  = " if not f else "  ≠ " + ",".join(sorted(f)))
            lines.append(f"    {m.doc_id} ({m.quote.kind}): {m.quote.text}{mark}")
    if not lines:
        lines.append("no statement carried by more than one quote")
    return "\n".join(lines) + "\n"


def _render(statements: list[Statement], args: argparse.Namespace) -> str:
    from quotecheck.render.jsonout import dumps

    if args.format == "json":
        return dumps([s.to_dict() for s in statements], indent=1) + "\n"
    if args.format == "html":
        from quotecheck.render.html import render_compare_html

        out = render_compare_html(statements)
    else:
        out = format_table(statements, args.all)
    return out.encode("utf-8", "replace").decode("utf-8")  # lone surrogates: "?"


def run(args: argparse.Namespace) -> int:
    """Run the compare subcommand; return the exit status."""
    from quotecheck.comparison.core import compare

    if not args.files and not args.input:
        raise CLIError("give PATH... (text files or directories) or --input QUOTES.jsonl")
    args.encoding = check_encoding(args.encoding)
    got = _Inputs()
    if args.files:
        _read_files(args, got)
    n_files = len(got.docs)
    for path in args.input:
        _read_jsonl(path, args.encoding, got)
    if args.output:
        refuse_same_file(args.output, [*got.paths, *args.input])
    if not got.docs:
        if got.unreadable:
            return EXIT_INPUT
        if got.skipped:
            err("error: no record could be used")
            return EXIT_PARTIAL
        err("error: empty input: no document to compare")
        return EXIT_EMPTY
    out = open_output(args.output)
    try:
        out.write(_render(compare(_unique_ids(got.docs, n_files)), args))
        out.close()
    except BaseException:
        out.abandon()
        raise
    if got.unreadable:
        return EXIT_INPUT
    return EXIT_PARTIAL if got.skipped else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m quotecheck.comparison.cli FILE...``."""
    from quotecheck.cli import run_command

    ap = argparse.ArgumentParser(prog="quotecheck")
    sub = ap.add_subparsers(dest="command", required=True)
    register(sub)
    try:
        args = ap.parse_args(["compare", *(sys.argv[1:] if argv is None else argv)])
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    return run_command(args.func, args)


if __name__ == "__main__":
    raise SystemExit(main())
