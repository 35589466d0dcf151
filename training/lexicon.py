"""Distributional word statistics from unannotated text (ANT), for the NER.

For each folded word seen at least twice in ANT ("w" + word): log frequency,
seen flag, share preceded by a title or speech verb, pronoun-suffix forms; and
for each clitic-stripped, folded stem ("s" + stem):
  0 log frequency (scaled), 1 seen flag,
  2 share of occurrences with the article (ال, وال, بال ...),
  3 share with a one-letter clitic (و ف ب ل ك),
  4 share preceded by a title or a speech verb (الرئيس, السيد, قال ...),
  5 how often the stem also occurs with a pronoun suffix (ه ها هم ...), log-scaled.
Names rarely take the article or pronoun suffixes and often follow titles; the
features carry this to words the annotated corpus never saw.  Only ANT is used
(not ANERcorp), so train and test words are covered alike.

usage: python lexicon.py [--ant PATH] [--out corpus/lexicon.json]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_features import fold, split_clitic  # noqa: E402

TITLES = {fold(w) for w in (
    "الرئيس السيد السيدة الوزير وزير الشيخ الدكتور د. الملك الأمير الأميرة المدرب اللاعب "
    "النائب الزعيم الجنرال العقيد اللواء الرئيسة الفنان الفنانة الكاتب الشاعر المطرب "
    "الناطق رئيس المدير الأستاذ الإمام البابا القاضي المخرج الممثل الممثلة "
    "قال وقال أكد وأكد أضاف وأضاف صرح وصرح أوضح وأوضح أعلن وأعلن ذكر وذكر "
    "قالت وقالت أكدت وأضافت").split()}
SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ك")
ARTICLE = {"ال", "وال", "بال", "كال", "فال", "لل", "ولل", "فلل", "وبال", "وكال", "وفال", "فبال"}
PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--ant", type=Path, default=Path("/work/shared/data/ant/ant_v1.1.jsonl"))
    p.add_argument("--out", type=Path, default=Path(__file__).parent / "corpus" / "lexicon.json")
    p.add_argument("--min-count", type=int, default=2)
    a = p.parse_args()
    n = Counter()
    nw = Counter()
    tw = Counter()
    art = Counter()
    one = Counter()
    title = Counter()
    for line in a.ant.open(encoding="utf-8"):
        d = json.loads(line)
        prev = ""
        for raw in (d.get("title", "") + " . " + d.get("text", "")).split():
            w = PUNCT.sub("", fold(raw.lower()))
            if not w:
                prev = ""
                continue
            clitic, stem = split_clitic(w)
            nw[w] += 1
            if prev in TITLES:
                tw[w] += 1
            n[stem] += 1
            if clitic in ARTICLE:
                art[stem] += 1
            elif clitic:
                one[stem] += 1
            if prev in TITLES:
                title[stem] += 1
            prev = w
    lex = {}
    for stem, c in n.items():
        if c < a.min_count:
            continue
        suff = sum(n.get(stem + s, 0) for s in SUFFIXES)
        lex["s" + stem] = [
            round(min(math.log1p(c) / 10.0, 1.0), 3),
            1.0,
            round(art[stem] / c, 3),
            round(one[stem] / c, 3),
            round(title[stem] / c, 3),
            round(min(math.log1p(suff) / math.log1p(c + 1), 1.0), 3),
        ]
    for w, c in nw.items():
        if c < a.min_count:
            continue
        suff = sum(nw.get(w + s, 0) for s in SUFFIXES)
        lex["w" + w] = [
            round(min(math.log1p(c) / 10.0, 1.0), 3),
            1.0,
            round(tw[w] / c, 3),
            round(min(math.log1p(suff) / math.log1p(c + 1), 1.0), 3),
        ]
    a.out.parent.mkdir(parents=True, exist_ok=True)
    # values in [0, 1], stored as integers 0..255 (small inside the model)
    lex = {k: [int(round(x * 255)) for x in v] for k, v in lex.items()}
    a.out.write_text(json.dumps(lex, ensure_ascii=False), encoding="utf-8")
    print(f"{len(lex)} stems -> {a.out}")


if __name__ == "__main__":
    main()
