"""Print the development set's misses, false alarms and speaker errors (for tuning).

Usage: python bench/dev_errors.py [../shared/eval/dev.jsonl] [--only miss|fp|spk] [--split tune]
(also a comparison gold file, ../shared/eval/compare_dev.jsonl: its groups' documents)
Reads the dev set at run time; nothing of it is stored in the repo.

Documents with a "split" field (dev2.jsonl) are listed from the **tune** half only: the
"check" half is the held-out set, scored as a number (score.py --split check) and never read;
so are the documents of bench/data/ant_heldout.jsonl (split "heldout").
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from devset import DEFAULT, load_scorer

import quotecheck


def _docs(gold: Path) -> Iterator[dict]:
    """The annotated documents: one a line, or groups of them (the comparison set's format)."""
    for line in open(gold, encoding="utf-8"):
        rec = json.loads(line)
        yield from rec["docs"] if "docs" in rec else [rec]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(DEFAULT))
    ap.add_argument("--only", choices=["miss", "fp", "spk"])
    ap.add_argument("--split", choices=["tune", "silver"], default="tune",
                    help="documents with a split field: only this one (the check half is "
                    "held out and never listed)")
    a = ap.parse_args()
    sc = load_scorer(Path(a.gold))
    for doc in _docs(Path(a.gold)):
        if doc.get("split") in ("check", "heldout") or doc.get("split", a.split) != a.split:
            continue
        t = doc["text"]
        preds = quotecheck.extract_quotes(t)
        g = [sc.trim(t, q["start"], q["end"]) for q in doc["quotes"]]
        p = [sc.trim(t, q.start, q.end) for q in preds]
        used_g, used_p = {}, {}
        pairs = sorted(((sc.overlap(x, y), i, j) for i, x in enumerate(g)
                        for j, y in enumerate(p)), reverse=True)
        for ov, i, j in pairs:
            if ov >= 0.5 and i not in used_g and j not in used_p:
                used_g[i] = j
                used_p[j] = i

        def ctx(s, e, t=t):
            return (t[max(0, s - 50):s] + "[[" + t[s:e] + "]]" + t[e:e + 30]).replace("\n", "⏎")

        for i, q in enumerate(doc["quotes"]):
            if i not in used_g and a.only in (None, "miss"):
                print(f"MISS {doc['id']} {q['kind']} spk={q['speaker_head']}: {ctx(*g[i])}")
            elif i in used_g and a.only in (None, "spk"):
                pq = preds[used_g[i]]
                wanted = [w for w in (sc.norm(q["speaker_head"]), sc.norm(q.get("speaker_name")))
                          if w]
                got = sc.speaker_strings(pq)
                if not any(w in s for w in wanted for s in got):
                    print(f"SPK  {doc['id']} gold={q['speaker_head']}|{q.get('speaker_name')} "
                          f"got={pq.speaker.text if pq.speaker else None}|{pq.speaker_name} "
                          f"cue={pq.cue.text if pq.cue else None}: {ctx(*g[i])[:160]}")
        for j, q in enumerate(preds):
            if j not in used_p and a.only in (None, "fp"):
                print(f"FP   {doc['id']} {q.kind} spk={q.speaker.text if q.speaker else None}: "
                      f"{ctx(*p[j])[:220]}")


if __name__ == "__main__":
    main()
