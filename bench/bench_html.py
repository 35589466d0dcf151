"""Benchmark: the HTML renderers on 2,500 vs 10,000 quotes (linear means ~4x the time).

    python bench/bench_html.py [--sizes 2500 10000] [--rounds 5] [--limit 5.5]
    python bench/bench_html.py --shots docs/        # the README screenshots, via chromium

Three inputs, each rendered at every size (best of ``--rounds`` interleaved rounds, each
after a ``gc.collect()``, as the machine's load moves timings by 2x):

* ``extract/synthetic``: one text of N sentences ``وقال الوزير رقم k: «...»``, one quote each;
* ``extract/seeds``: the seeds' texts, with the quotes ``extract_quotes`` finds in them, repeated
  (offsets shifted) until N quotes: resolved speakers, shared and nested mentions as they come;
* ``compare``: N two-source statements in the ``to_dict()`` form with a word diff each.

It prints the seconds per size and the ratio of the largest to the smallest size against the
ratio of sizes; PASS when the time ratio is at most ``--limit`` times the size ratio / 4 (4x the
quotes may take 5.5x the time: sorting, and a busy machine).  Exit code 1 on a FAIL.  The test
suite checks the same by counting comparisons (tests/test_html_scaling.py), without timing.

``--shots DIR`` writes DIR/extract_html.png (seed 000, cut before its list of related links)
and DIR/compare_html.png (seeds 000 and 001 compared) with headless chromium.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotecheck.render.html import render_compare_html, render_extract_html  # noqa: E402
from quotecheck.types import Mention, Quote  # noqa: E402

SEEDS = ROOT / "seeds"


def synthetic(n: int) -> tuple[str, list[Quote]]:
    """``n`` sentences, one direct/mixed/indirect quote each, with cue and speaker."""
    parts, quotes, pos = [], [], 0
    for k in range(n):
        cue, spk = "وقال", f"الوزير رقم {k}"
        body = f"سنواصل العمل في الملف {k} حتى النهاية"
        pre = f"{cue} {spk}: «"
        s = pos + len(pre)
        quotes.append(
            Quote(
                body, s, s + len(body), ("direct", "mixed", "indirect")[k % 3],
                cue=Mention(cue, pos, pos + len(cue)),
                speaker=Mention(spk, pos + len(cue) + 1, pos + len(cue) + 1 + len(spk)),
                speaker_name=spk, stance="neutral",
            )
        )
        sentence = f"{pre}{body}». "
        parts.append(sentence)
        pos += len(sentence)
    return "".join(parts), quotes


def _shift(d: dict[str, Any] | None, by: int) -> dict[str, Any] | None:
    return None if d is None else {**d, "start": d["start"] + by, "end": d["end"] + by}


def from_seeds(n: int) -> tuple[str, list[dict[str, Any]]]:
    """The seeds' texts and quotes (``to_dict()``), repeated until ``n`` quotes."""
    from quotecheck import extract_quotes

    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        docs.append((text, [q.to_dict() for q in extract_quotes(text)]))
    parts: list[str] = []
    quotes: list[dict[str, Any]] = []
    pos = 0
    while len(quotes) < n:
        for text, qs in docs:
            for q in qs:
                if len(quotes) < n:
                    quotes.append(
                        {**q, "start": q["start"] + pos, "end": q["end"] + pos,
                         "cue": _shift(q["cue"], pos), "speaker": _shift(q["speaker"], pos)}
                    )
            parts.append(text + "\n\n")
            pos += len(text) + 2
    return "".join(parts), quotes


def statements(n: int) -> list[dict[str, Any]]:
    """``n`` two-source statements (``to_dict()`` form), each with a one-word diff."""
    out = []
    for k in range(n):
        a = f"سنواصل العمل في الملف {k} حتى النهاية"
        b = f"سنواصل العمل في القضية {k} حتى النهاية"
        w = a.index("الملف")
        ma = {"doc_id": f"a{k}", "quote": {"text": a, "start": 10, "end": 10 + len(a),
                                           "kind": "direct", "speaker_name": f"الوزير {k}"}}
        mb = {"doc_id": f"b{k}", "quote": {"text": b, "start": 20, "end": 20 + len(b),
                                           "kind": "indirect", "speaker_name": f"الوزير {k}"}}
        diff = [{"op": "replace", "a": "الملف", "b": "القضية", "a_span": [10 + w, 15 + w],
                 "b_span": [20 + w, 26 + w]}]
        out.append({"speaker_name": f"الوزير {k}", "members": [ma, mb],
                    "pairs": [{"a": ma, "b": mb, "flags": ["wording"], "diff": diff}]})
    return out


def best_of(rounds: int, calls: list[Callable[[], Any]]) -> list[float]:
    """The best time of each call over ``rounds`` interleaved rounds (a collection first)."""
    best = [float("inf")] * len(calls)
    for _ in range(rounds):
        for i, fn in enumerate(calls):
            gc.collect()
            t0 = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - t0)
    return best


def _case(name: str, n: int) -> Callable[[], Any]:
    """A call that renders case ``name`` at size ``n`` (its input made beforehand)."""
    if name == "compare":
        st = statements(n)
        return lambda: render_compare_html(st)
    text, quotes = synthetic(n) if name == "extract/synthetic" else from_seeds(n)
    return lambda: render_extract_html(text, quotes)


def run_bench(sizes: list[int], rounds: int, limit: float) -> int:
    failed = 0
    growth = sizes[-1] / sizes[0]
    allowed = limit * growth / 4
    for name in ("extract/synthetic", "extract/seeds", "compare"):
        times = best_of(rounds, [_case(name, n) for n in sizes])
        cells = "  ".join(f"{n:>6} quotes {t:7.3f} s" for n, t in zip(sizes, times, strict=True))
        ratio = times[-1] / times[0]
        ok = ratio <= allowed
        failed += not ok
        print(f"{name:<18} {cells}  ratio {ratio:5.2f} for {growth:g}x "
              f"(limit {allowed:.2f})  {'PASS' if ok else 'FAIL'}")
    return 1 if failed else 0


def shots(outdir: Path) -> int:
    """Screenshots of the two pages on the seeds, as the README shows them."""
    from quotecheck import compare, extract_quotes

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed", file=sys.stderr)
        return 1
    seeds = sorted(SEEDS.glob("*.txt"))
    t0, t1 = (p.read_text(encoding="utf-8") for p in seeds[:2])
    t0 = t0.split("\nمقالات ذات صلة")[0]
    pages = {
        "extract_html": (render_extract_html(t0, extract_quotes(t0), source="seeds/000"), 1500),
        "compare_html": (render_compare_html(compare({"seeds/000": t0, "seeds/001": t1})), 1080),
    }
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (page, height) in pages.items():
            src = Path(tmp) / f"{name}.html"
            src.write_text(page, encoding="utf-8")
            png = outdir / f"{name}.png"
            subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 f"--user-data-dir={tmp}/profile", f"--window-size=1100,{height}",
                 f"--screenshot={png}", src.as_uri()],
                capture_output=True, timeout=120, check=False,
            )
            print(png, png.stat().st_size if png.exists() else "missing")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2500, 10000])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--limit", type=float, default=5.5,
                    help="largest time ratio allowed for 4x the quotes (scaled to --sizes)")
    ap.add_argument("--shots", type=Path, metavar="DIR", help="write the README screenshots")
    args = ap.parse_args(argv)
    if args.shots:
        return shots(args.shots)
    return run_bench(sorted(args.sizes), args.rounds, args.limit)


if __name__ == "__main__":
    sys.exit(main())
