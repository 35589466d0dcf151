"""A long fuzz run of extract_quotes (hypothesis): prints the example count and failures.

    .venv/bin/python bench/fuzz.py                     # 20,000 examples, default pipeline
    .venv/bin/python bench/fuzz.py -n 50000 --rules    # rules only (blank Arabic pipeline)

Invariants: TypeError for non-text, [] for whitespace, exact offsets for quotes, cues and
speakers, quotes ordered and non-overlapping, JSON-ready, the same result twice; invisible
characters (bidi controls, zero-width, tatweel, Arabic letter mark, soft hyphen, VS16, CGJ)
inserted into known sentences, other Unicode spaces for their spaces and presentation forms
for their letters change no visible quote.  Optionally (``--ant``) real ANT articles with
hostile characters sprinkled in.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
import unicodedata
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Arabic letter mark, soft hyphen, VS16, combining grapheme joiner (issue 17).
NOISE = "\u061c\u00ad\ufe0f\u034f"
INVISIBLE = BIDI + NOISE + "\u200b\u200c\u200d\u2060\ufeff\u0640"
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
MARKS = '"“”„«»‹›\'‘’「」『』《》〈〉'
# Unicode Zs spaces and line ends other than space and \n: the rules read them as those.
SPACES = "\u00a0\u1680\u2000\u2002\u2007\u2009\u200a\u202f\u205f\u3000"
LINE_ENDS = "\r\u2028\u2029\x85"
HOSTILE = INVISIBLE + DIACRITICS + MARKS + SPACES + LINE_ENDS + "\x00\n\t٠١٢٣۴۵:،.؟!-•ﻻﺍﻟ"
PIECES = [
    "قال", "قالت", "وأكد", "أن", "إن", "الوزير", "الرئيس", "محمد", "بن", "علي", "الحكومة",
    "مضيفا", "قائلا", "بحسب", "وفق", "نقلا", "عن", "مصدر", "وأضاف", "مؤكدا", "حسب", "قوله",
    "وزير", "الخارجية", "التونسي", "المتحدث", "باسم", "الوزارة", ":", "،", ".", ",", "؟",
    "!", "\n", "\n\n", "\r\n", " ", "-", "•", "(", ")", "…", "2017", "٢٠١٧", "۲۰۱۷", "12.5",
    "%", "AFP", "\x00", "\t", "؛", *MARKS, *INVISIBLE, *DIACRITICS, *SPACES, *LINE_ENDS,
    "ﻗﺎﻝ", "ﺍﻟﻮﺯﻳﺮ", "ﻻ",
]
BASE = [
    'قال وزير الخارجية: "سنواصل العمل من أجل السلام في المنطقة".',
    "وأكد الرئيس أن الحكومة ستعمل على تحسين الأوضاع الاقتصادية قريبا.",
    "وقالت المتحدثة باسم الوزارة إن «المفاوضات ستستأنف الأسبوع المقبل» في جنيف.",
    "وأشار المدير إلى أن الشركة حققت أرباحا بلغت 12.5 مليون دينار، مضيفا أن «النتائج جيدة».",
]
ANT = Path("/work/shared/data/ant/ant_v1.1.jsonl")
DATA = Path(__file__).resolve().parent.parent / "quotecheck" / "lang" / "ar" / "data"
# Punctuation and marks between lexicon words: the rules look for them around names and titles.
GLUE = [" ", " ", " ", "، ", ". ", ": ", "\n", '"', "«", "»", " - ", "(", ")", "؟ "]
# Each Arabic letter's isolated presentation form (ﻕ for ق): NFKC gives the letter back.
FORMS = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFE80, 0xFEFD)
         if unicodedata.decomposition(chr(c)).startswith("<isolated>")}


def lexicon_words(limit: int = 4000) -> list[str]:
    """Words of the package's own word lists (cues, titles, first names, nisbas, places, media,
    time words...): text made of them reaches the rules that plain pieces never wake."""
    words: set[str] = set()
    for path in sorted(DATA.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            words.update(w for w in line.split() if w)
    with (DATA / "cues.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                entry = json.loads(line)
                for key in ("lemma", "perfect", "imperfect", "participle", "passive"):
                    forms = entry.get(key) or []
                    for form in [forms] if isinstance(forms, str) else forms:
                        words.update(form.split() + ["و" + form, form + "ا"])
    return sorted(words)[:: max(1, len(words) // limit)]


class Runner:
    """Counts examples and collects (not raises) the first failures of each property."""

    def __init__(self, extract: Callable[[str], list]) -> None:
        self.extract = extract
        self.count = 0
        self.failures: list[tuple[str, str, str]] = []

    def check(self, text: str) -> list:
        from quotecheck.types import KINDS

        self.count += 1
        quotes = self.extract(text)
        assert self.extract(text) == quotes, "not deterministic"
        prev = 0
        for q in quotes:
            assert q.kind in KINDS
            assert 0 <= q.start < q.end <= len(text), (q.start, q.end)
            assert text[q.start : q.end] == q.text, "quote offsets"
            assert q.start >= prev, "overlap"
            prev = q.end
            for m in (q.cue, q.speaker):
                if m is not None:
                    assert text[m.start : m.end] == m.text, "mention offsets"
            json.dumps(q.to_dict(), ensure_ascii=False)
        return quotes

    def visible(self, text: str) -> list[tuple[str, str]]:
        """Kind and text of each quote, noise removed, forms, spaces and line ends plain."""
        table = {ord(c): None for c in INVISIBLE + DIACRITICS}
        table.update({ord(c): " " for c in SPACES} | {ord(c): "\n" for c in LINE_ENDS})
        return [(q.kind, unicodedata.normalize("NFKC", q.text.translate(table)).strip())
                for q in self.check(text)]

    def run(self, name: str, prop: Callable[[], None]) -> None:
        before = self.count
        t0 = time.perf_counter()
        try:
            prop()
            status = "ok"
        except Exception as exc:  # hypothesis re-raises the shrunk failing example
            status = "FAIL"
            self.failures.append((name, f"{type(exc).__name__}: {exc}",
                                  traceback.format_exc(limit=3)[-1500:]))
        print(f"  {name:32s} {self.count - before:7d} examples  {time.perf_counter() - t0:7.1f}s"
              f"  {status}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--examples", type=int, default=20_000, help="total (about)")
    ap.add_argument("--rules", action="store_true", help="rules only (blank pipeline)")
    ap.add_argument("--ant", action="store_true", help="also mutate real ANT articles")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_speed import _register_model_code

    _register_model_code()
    import quotecheck

    nlp = quotecheck.load(rules_only=True) if args.rules else None
    runner = Runner(lambda t: quotecheck.extract_quotes(t, nlp=nlp))
    share = max(args.examples // 6, 10)

    def cfg(n: int) -> settings:
        return settings(max_examples=n, deadline=None, database=None, derandomize=False,
                        suppress_health_check=list(HealthCheck))

    @cfg(share // 4)
    @given(st.one_of(st.none(), st.integers(), st.binary(), st.floats(),
                     st.lists(st.text(max_size=4), max_size=3)))
    def non_text(value: object) -> None:
        runner.count += 1
        try:
            quotecheck.extract_quotes(value)  # type: ignore[arg-type]
        except TypeError:
            return
        raise AssertionError(f"no TypeError for {value!r}")

    @cfg(share // 4)
    @given(st.text(alphabet=" \t\n\r\u00a0\u2028\u2029\u3000\x0b\x0c", max_size=300))
    def whitespace(text: str) -> None:
        runner.count += 1
        assert quotecheck.extract_quotes(text) == []

    @cfg(share * 2)
    @given(st.lists(st.sampled_from(PIECES), max_size=120).map(" ".join))
    def pieces_spaced(text: str) -> None:
        runner.check(text)

    @cfg(share)
    @given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
    def pieces_tight(text: str) -> None:
        runner.check(text)

    @cfg(share)
    @given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
    def any_unicode(text: str) -> None:
        runner.check(text)

    lex_words = lexicon_words()

    @cfg(share)
    @given(st.lists(st.tuples(st.sampled_from(lex_words + PIECES[:30]), st.sampled_from(GLUE)),
                    max_size=60).map(lambda ws: "".join(w + g for w, g in ws)))
    def lexicon_text(text: str) -> None:
        runner.check(text)
        runner.check(text.rstrip())  # (the text ending right on a word: the CI crash of 12-05)

    clean: dict[str, list[tuple[str, str]]] = {}

    @cfg(share)
    @given(st.sampled_from(BASE),
           st.lists(st.tuples(st.integers(0, 200), st.sampled_from(INVISIBLE)), max_size=8))
    def invisible(base: str, inserts: list[tuple[int, str]]) -> None:
        text = base
        for pos, ch in sorted(inserts, reverse=True):
            pos = min(pos, len(text))
            text = text[:pos] + ch + text[pos:]
        if base not in clean:
            clean[base] = runner.visible(base)
        assert runner.visible(text) == clean[base], "invisible characters"

    @cfg(share)
    @given(st.sampled_from(BASE), st.data())
    def spaces_and_forms(base: str, data: st.DataObject) -> None:
        """Other spaces for the spaces, presentation forms for some letters."""
        chars = list(base)
        for i, c in enumerate(chars):
            if c == " ":
                chars[i] = data.draw(st.sampled_from(" " + SPACES))
            elif c in FORMS and data.draw(st.booleans()):
                chars[i] = FORMS[c]
        if base not in clean:
            clean[base] = runner.visible(base)
        assert runner.visible("".join(chars)) == clean[base], "spaces and forms"

    print(f"fuzzing extract_quotes ({'rules only' if args.rules else 'default pipeline'}), "
          f"about {args.examples:,} examples")
    for name, prop in [("non-text -> TypeError", non_text), ("whitespace -> []", whitespace),
                       ("hostile pieces, spaced", pieces_spaced),
                       ("hostile pieces, no spaces", pieces_tight),
                       ("lexicon words and glue", lexicon_text),
                       ("any unicode", any_unicode), ("invisible characters", invisible),
                       ("spaces, presentation forms", spaces_and_forms)]:
        runner.run(name, prop)

    if args.ant and ANT.exists():
        rng = random.Random(args.seed)

        def ant() -> None:
            with ANT.open(encoding="utf-8") as fh:
                for line, _ in zip(fh, range(share), strict=False):
                    text = json.loads(line)["text"]
                    chars = list(text)
                    for _ in range(max(1, len(chars) // 50)):
                        chars.insert(rng.randrange(len(chars) + 1), rng.choice(HOSTILE))
                    runner.check("".join(chars))

        runner.run("ANT articles + hostile chars", ant)

        def ant_cut() -> None:
            """Every article cut at random points: a text may end in the middle of anything."""
            with ANT.open(encoding="utf-8") as fh:
                for line, _ in zip(fh, range(share // 4), strict=False):
                    text = json.loads(line)["text"]
                    for _ in range(4):
                        a = rng.randrange(len(text) + 1)
                        runner.check(text[: rng.randrange(a, len(text) + 1)][a // 3 :])

        runner.run("ANT articles cut anywhere", ant_cut)

    print(f"\n{runner.count:,} examples, {len(runner.failures)} failing properties")
    for name, msg, tb in runner.failures:
        print(f"\n--- {name}: {msg}\n{tb}")
    return 1 if runner.failures else 0


if __name__ == "__main__":
    sys.exit(main())
