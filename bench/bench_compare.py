"""Benchmark: archive grouping (``quotecheck.comparison.group_archive``) over ANT articles.

    python bench/bench_compare.py [--ant PATH] [--sizes 1000 2000 4000 8000] [--cache PATH]

Quotes are extracted once with ``quotecheck.extract_quotes_batch`` (or ``extract_quotes``) for the
largest sample and cached as batch JSONL (``{"id", "text", "quotes"}`` lines, default
``artifacts/ant_quotes.jsonl``); grouping is then timed, for each size N, on the first N
articles by publication time (an archive that grows in time; ``--seed S``: a random sample
instead), with each article's publication time as its date (quotes of articles more than 7 days
apart are not grouped).
It prints, per size, the quotes, candidate pairs, statements, seconds, and the ratios of time
and pairs to the previous size (close to 2 for doubling sizes means close to linear).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotecheck.comparison.archive import candidate_pairs  # noqa: E402
from quotecheck.comparison.claims import Params, cluster, reweight  # noqa: E402
from quotecheck.comparison.core import as_documents, build_claims, build_statements  # noqa: E402
from quotecheck.comparison.dates import document_date  # noqa: E402
from quotecheck.comparison.speakers import SpeakerIndex  # noqa: E402

DEFAULT_ANT = Path("/work/shared/data/ant/ant_v1.1.jsonl")


def load_articles(path: Path, seed: int | None = None) -> list[dict]:
    """All ANT articles (id, title + text, time): in time order (``seed`` None: the first N are
    an archive that grows in time, at a constant rate of news), or shuffled with ``seed``."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            text = (art.get("title") or "").strip()
            text = f"{text}\n{art['text']}" if text else art["text"]
            out.append({"id": art["id"], "text": text, "time": art.get("time") or ""})
    for a in out:
        d = document_date(a["time"], 100) if a["time"] else None
        a["day"] = d.isoformat() if d else ""
    if seed is None:
        out.sort(key=lambda a: (a["day"], a["id"]))
    else:
        random.Random(seed).shuffle(out)
    return out


def sample(articles: list[dict], n: int) -> list[dict]:
    """The first ``n`` articles of the list, in time order (as an archive is read)."""
    return sorted(articles[:n], key=lambda a: (a["day"], a["id"]))


def _extract(texts: list[str], backend: str) -> list:
    """Quotes of each text (``extract_quotes_batch``; the rules backend if no model loads)."""
    from quotecheck.batch import extract_quotes_batch

    try:
        return list(extract_quotes_batch(texts, backend=backend, errors="return"))
    except Exception as ex:  # a model that does not load: measure with the rule engine
        if backend == "rules":
            raise
        print(f"backend {backend!r} failed ({type(ex).__name__}); using the rules backend")
        return list(extract_quotes_batch(texts, backend="rules", errors="return"))


def extract_cached(articles: list[dict], cache: Path, backend: str = "auto") -> list[dict]:
    """Batch-extraction rows for the articles, read from / written to ``cache``."""
    rows: dict[str, dict] = {}
    if cache.exists():
        with open(cache, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    rows[row["id"]] = row
    todo = [a for a in articles if a["id"] not in rows]
    if todo:
        t0 = time.perf_counter()
        results = _extract([a["text"] for a in todo], backend)
        cache.parent.mkdir(parents=True, exist_ok=True)
        with open(cache, "a", encoding="utf-8") as out:
            for art, quotes in zip(todo, results, strict=True):
                qs = [q.to_dict() for q in quotes] if isinstance(quotes, list) else []
                row = {"id": art["id"], "text": art["text"], "quotes": qs}
                rows[art["id"]] = row
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"extracted {len(todo)} articles in {time.perf_counter() - t0:.1f}s", flush=True)
    return [rows[a["id"]] for a in articles]


def run_size(rows: list[dict]) -> dict:
    """Time the grouping of one archive; return its figures."""
    t0 = time.perf_counter()
    docs = as_documents(
        [(r["id"], {"text": r["text"], "quotes": r["quotes"], "date": r.get("date")}) for r in rows]
    )
    speakers = SpeakerIndex()
    claims, where = build_claims(docs, speakers, Params())
    p = Params()
    reweight(claims, p.batch_alpha)
    t1 = time.perf_counter()
    pairs = candidate_pairs(claims, vague=speakers.vague if p.vague_related else None)
    groups = cluster(
        claims, candidates=pairs, params=p, related=speakers.related, vague=speakers.vague
    )
    statements = build_statements(docs, groups, where, [c.speaker for c in claims], speakers)
    t2 = time.perf_counter()
    return {
        "articles": len(rows),
        "quotes": len(claims),
        "pairs": len(pairs),
        "statements": len(statements),
        "multi_source": sum(len(s.doc_ids) > 1 for s in statements),
        "prepare_s": t1 - t0,
        "group_s": t2 - t1,
        "total_s": t2 - t0,
    }


def dev_figures(gold: Path) -> dict:
    """Cluster and flag scores on a comparison gold file (compare_score.py), grouping the GOLD
    quotes of each document (a perfect extractor) and, end to end, the extracted ones."""
    sys.path.insert(0, str(gold.parent))
    from compare_score import score  # the project's scorer, next to the gold file

    from quotecheck.comparison import compare

    groups = [json.loads(line) for line in open(gold, encoding="utf-8") if line.strip()]
    docs = {d["id"]: d for g in groups for d in g["docs"]}

    def with_gold(texts: dict) -> list:
        return compare({i: {"text": docs[i]["text"], "quotes": docs[i]["quotes"]} for i in texts})

    return {"gold_quotes": score(groups, with_gold), "end_to_end": score(groups, compare)}


def main() -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--ant", type=Path, default=DEFAULT_ANT)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    ap.add_argument("--cache", type=Path, default=ROOT / "artifacts" / "ant_quotes.jsonl")
    ap.add_argument("--backend", default="auto", help="extraction backend (auto, pipeline, rules)")
    ap.add_argument(
        "--seed",
        type=int,
        default=-1,
        help="-1 (default): the archive grows in time, the first N articles by date; "
        "else a seeded random sample of N articles (denser in time as N grows)",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument(
        "--dev",
        type=Path,
        metavar="GOLD.jsonl",
        help="instead: score a comparison gold file (e.g. /work/shared/eval/compare_dev.jsonl) "
        "with gold quotes and end to end",
    )
    a = ap.parse_args()
    if a.dev:
        for mode, r in dev_figures(a.dev).items():
            keys = ("cluster_pair_p", "cluster_pair_r", "cluster_pair_f1", "flag_f1")
            print(mode, {k: r[k] for k in keys}, r["flag_f1_by_flag"])
        return 0
    articles = load_articles(a.ant, None if a.seed < 0 else a.seed)
    rows = {r["id"]: r for r in extract_cached(articles[: max(a.sizes)], a.cache, a.backend)}
    print(
        f"{'articles':>8} {'quotes':>7} {'pairs':>8} {'stmts':>7} {'multi':>6} "
        f"{'prep s':>7} {'group s':>8} {'total s':>8} {'x time':>7} {'x pairs':>7}"
    )
    prev = None
    results = []
    for n in sorted(a.sizes):
        r = run_size([{**rows[art["id"]], "date": art["day"]} for art in sample(articles, n)])
        results.append(r)
        xt = f"{r['total_s'] / prev['total_s']:.2f}" if prev else "-"
        xp = f"{r['pairs'] / prev['pairs']:.2f}" if prev and prev["pairs"] else "-"
        print(
            f"{r['articles']:>8} {r['quotes']:>7} {r['pairs']:>8} {r['statements']:>7} "
            f"{r['multi_source']:>6} {r['prepare_s']:>7.2f} {r['group_s']:>8.2f} "
            f"{r['total_s']:>8.2f} {xt:>7} {xp:>7}",
            flush=True,
        )
        prev = r
    if a.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
