"""Development figures in one table: rules only and the trained pipeline, side by side.

Usage: python bench/eval_dev.py [--eval DIR] [--markdown] [--only rules|trained]

Rows: dev.jsonl, dev2.jsonl's tune half, dev2.jsonl's check half, the quotes of the comparison
set (compare_dev.jsonl, its groups' documents; left out when its quotes are not in score.py's
format), the quotes of the second comparison set (compare_dev2.jsonl: 30 web articles no
extraction rule was written from, a held-out set for web text: scored, never read), the ANT
silver set the project annotated itself (bench/data/ant_silver.jsonl, one
annotator: a tuning set, not a held-out one) and its held-out twins (bench/data/ant_heldout.jsonl:
annotated the same way, never tuned on; one row per group of batches), and a battery of
web-style articles written for the project and annotated blind (bench/data/web_synth.jsonl:
batches read, and held-out batches in one row per round).
Columns: quote F1, speaker accuracy and end-to-end
F1 of ``score.py`` for each pipeline, and its speed in characters per second.  Only figures are
printed: crashes are counted, never listed, so nothing of the held-out check half is shown.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from devset import EVAL, load_scorer

import quotecheck

SILVER = Path(__file__).resolve().parent / "data" / "ant_silver.jsonl"
#: ANT articles annotated like the silver set but held out: no rule is written from them
#: (score them, never list their errors).
HELDOUT = Path(__file__).resolve().parent / "data" / "ant_heldout.jsonl"
#: Web-style articles written for the project and annotated blind: batches with split "silver"
#: were read (tuning), those with split "heldout" are scored only.
WEB_SYNTH = Path(__file__).resolve().parent / "data" / "web_synth.jsonl"
#: Rows of the held-out ANT batches: N, O (round 6, the "ANT held-out" row since then), T, V
#: (round 6) and Z, XA (round 7), scored only, and XB, XC, drawn in round 8 and fresh.
HELDOUT_ROWS = {
    "ANT held-out N-O": frozenset({"N", "O"}),
    "ANT held-out T, V, Z, XA": frozenset({"T", "V", "Z", "XA"}),
    "ANT held-out XB, XC (round 8)": frozenset({"XB", "XC"}),
    "ANT held-out XD (round 9)": frozenset({"XD"}),
}
#: Rows of the held-out web-style batches: SWB, SWD-SWF (round 7), SWI, SWJ (round 8), SWN
#: (round 9).
WEB_HELDOUT_ROWS = {
    "web-style synthetic (held out)": frozenset({"SWB", "SWD", "SWE", "SWF"}),
    "web-style synthetic (held out, round 8)": frozenset({"SWI", "SWJ"}),
    "web-style synthetic (held out, round 9)": frozenset({"SWN"}),
}
FIGURES = (("quote_f1", "quote F1"), ("speaker_acc", "speaker"), ("end_to_end_f1", "e2e F1"))
SCORED_KEYS = {"start", "end", "kind", "speaker_head"}


def _lines(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def comparison_docs(path: Path) -> list[dict] | None:
    """The documents of a comparison gold file, or None if its quotes lack score.py's fields."""
    if not path.exists():
        return None
    docs = [d for group in _lines(path) for d in group.get("docs", [])]
    quotes = [q for d in docs for q in d.get("quotes", [])]
    if not docs or not quotes or not all(SCORED_KEYS <= set(q) for q in quotes):
        return None
    return docs


def datasets(eval_dir: Path) -> dict[str, list[dict]]:
    """The scored sets, by row name (a missing file is left out)."""
    out: dict[str, list[dict]] = {}
    if (eval_dir / "dev.jsonl").exists():
        out["dev"] = list(_lines(eval_dir / "dev.jsonl"))
    if (eval_dir / "dev2.jsonl").exists():
        dev2 = list(_lines(eval_dir / "dev2.jsonl"))
        for half in ("tune", "check"):
            out[f"dev2 {half}"] = [d for d in dev2 if d.get("split") == half]
    compare = comparison_docs(eval_dir / "compare_dev.jsonl")
    if compare is not None:
        out["compare_dev quotes"] = compare
    compare2 = comparison_docs(eval_dir / "compare_dev2.jsonl")
    if compare2 is not None:
        out["compare_dev2 quotes (held out)"] = compare2
    if SILVER.exists():
        out["ANT silver"] = list(_lines(SILVER))
    if HELDOUT.exists():
        out.update(_by_set(list(_lines(HELDOUT)), HELDOUT_ROWS))
    if WEB_SYNTH.exists():
        synth = list(_lines(WEB_SYNTH))
        out["web-style synthetic, read"] = [d for d in synth if d.get("split") == "silver"]
        out.update(_by_set([d for d in synth if d.get("split") == "heldout"], WEB_HELDOUT_ROWS))
    return out


def _by_set(docs: list[dict], rows: dict[str, frozenset[str]]) -> dict[str, list[dict]]:
    """The held-out documents in one row per group of batches (``set``), so a batch drawn in a
    later round is scored apart from those every earlier round was measured on."""
    return {name: [d for d in docs if d.get("set") in sets] for name, sets in rows.items()}


def extractors(only: str | None) -> dict[str, Callable[[str], list]]:
    """Each pipeline as ``text -> quotes``: rules only (the engine on the text) and trained."""
    out: dict[str, Callable[[str], list]] = {}
    if only in (None, "rules"):
        out["rules only"] = quotecheck.extract_rules  # the default path: no spaCy Doc
    if only in (None, "trained"):
        try:
            trained = quotecheck.load("trained")
        except Exception as exc:  # no shipped model in this checkout
            print(f"note: no trained pipeline ({exc})")
        else:
            out["trained"] = lambda t: quotecheck.extract_quotes(t, nlp=trained)
    return out


def table(results: dict[str, dict[str, dict]], markdown: bool) -> str:
    """Rows per data set, columns per pipeline and figure."""
    names = list(next(iter(results.values()))) if results else []
    head = ["set", "docs"] + [f"{n}: {label}" for n in names for _, label in FIGURES]
    head += [f"{n}: chars/s" for n in names]
    rows = []
    for row, per in results.items():
        cells = [row, str(per[names[0]]["docs"])]
        cells += [f"{per[n][key]:.3f}" for n in names for key, _ in FIGURES]
        cells += [f"{per[n]['chars_per_s']:,}" for n in names]
        rows.append(cells)
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return "\n".join("  ".join(c.rjust(w) if i else c.ljust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True)))
                     for r in [head, *rows])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=EVAL, help="folder of the gold files")
    ap.add_argument("--markdown", action="store_true", help="a markdown table")
    ap.add_argument("--only", choices=["rules", "trained"], help="one pipeline")
    args = ap.parse_args(argv)
    sc = load_scorer(args.eval / "dev.jsonl")
    sets = datasets(args.eval)
    fns = extractors(args.only)
    results: dict[str, dict[str, dict]] = {row: {} for row in sets}
    for name, fn in fns.items():
        fn(next(iter(sets.values()))[0]["text"])  # warm-up: loading is not timed
        for row, docs in sets.items():
            r = sc.score(docs, fn)
            r["docs"] = len(docs)
            if r["errors"]:
                print(f"{name} / {row}: {len(r['errors'])} documents raised an error")
            results[row][name] = r
    print(table(results, args.markdown))


if __name__ == "__main__":
    main()
