"""``quotecheck compare``: compare the quotes of several documents from the command line.

quotecheck compare a.txt b.txt --format table|json|html [-o OUT]
quotecheck compare --input quotes.jsonl          # batch-extractor output lines
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from quotecheck.comparison.model import FLAGS, Statement


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``compare`` subcommand to an argparse subparsers object; return its parser."""
    p = subparsers.add_parser(
        "compare",
        help="group the quotes of several documents into statements and flag differences",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="text files (the id is the file name)")
    p.add_argument(
        "--input",
        action="append",
        default=[],
        metavar="QUOTES.jsonl",
        help='batch output, one {"id", "text", "quotes"[, "date"]} a line (no re-extraction)',
    )
    p.add_argument("--format", choices=("table", "json", "html"), default="table")
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    p.add_argument(
        "--all", action="store_true", help="table: list statements carried by one source too"
    )
    p.set_defaults(func=run)
    return p


def _read_inputs(args: argparse.Namespace) -> list[tuple[str, Any]]:
    docs: list[tuple[str, Any]] = []
    for path in args.files:
        docs.append((Path(path).name, Path(path).read_text(encoding="utf-8")))
    for path in args.input:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if not line.strip():
                    continue
                row = json.loads(line)
                doc_id = str(row.get("id", f"{Path(path).name}:{n}"))
                doc = {"text": row.get("text", ""), "quotes": row.get("quotes")}
                if row.get("date") or row.get("time"):
                    doc["date"] = row.get("date") or row.get("time")
                docs.append((doc_id, doc))
    return docs


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


def run(args: argparse.Namespace) -> int:
    """Run the compare subcommand; return the exit status."""
    from quotecheck.comparison.core import compare

    docs = _read_inputs(args)
    if not docs:
        print("quotecheck compare: give FILE... or --input QUOTES.jsonl", file=sys.stderr)
        return 2
    statements = compare(docs)
    if args.format == "json":
        out = json.dumps([s.to_dict() for s in statements], ensure_ascii=False, indent=1) + "\n"
    elif args.format == "html":
        from quotecheck.render.html import render_compare_html

        out = render_compare_html(statements)
    else:
        out = format_table(statements, args.all)
    if args.output:
        Path(args.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m quotecheck.comparison.cli FILE...``."""
    ap = argparse.ArgumentParser(prog="quotecheck")
    sub = ap.add_subparsers(dest="command", required=True)
    register(sub)
    args = ap.parse_args(["compare", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
