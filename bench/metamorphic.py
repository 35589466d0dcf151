"""Metamorphic test of the engine: the surface conventions of other outlets, one at a time.

    .venv/bin/python bench/metamorphic.py [--only NAME,...] [--examples N] [--markdown]

Each transform rewrites a text the way some outlet writes it (quotation-mark styles, Arabic or
Latin punctuation, Persian letters, tatweel, diacritics, invisible and bidi characters, other
spaces, CR LF, Eastern digits, ellipses, a space before a colon...) and keeps a map of offsets
between the two texts.  For each transform, on dev.jsonl, dev2's tune half, the ANT silver set
and the seeds:

(a) divergences: the engine's quotes on the transformed text, mapped back to the original,
    against its quotes on the original: quotes lost or gained, boundaries moved (trimmed as
    score.py trims), speakers changed, kinds changed;
(b) scores: ``score.py``'s scorer on the transformed text against the gold mapped with it (its
    speaker strings transformed alike, as the outlet would write them).

dev2's check half is scored as figures only (``--check``): none of its text is printed.
``--examples N`` prints N divergences per transform (dev, tune, silver and seeds only).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from devset import EVAL, load_scorer

import quotecheck
from quotecheck.lang.ar.normalize import CONTROLS, NOISE

ROOT = Path(__file__).resolve().parent.parent
SILVER = ROOT / "bench" / "data" / "ant_silver.jsonl"
SEEDS = ROOT / "seeds"

Edit = tuple[int, int, str]  # replace text[start:end] with the string (start == end: insert)


# -- transforms ----------------------------------------------------------------------------
def subs(pattern: str, repl: str | Callable[[re.Match[str]], str], flags: int = 0
         ) -> Callable[[str], list[Edit]]:
    """Edits that replace each match of ``pattern`` (lookarounds keep a match small)."""
    rx = re.compile(pattern, flags)

    def edits(text: str) -> list[Edit]:
        return [(m.start(), m.end(), repl(m) if callable(repl) else m.expand(repl))
                for m in rx.finditer(text)]
    return edits


def chars(table: dict[str, str]) -> Callable[[str], list[Edit]]:
    """One character for another (a ``str.translate``-like table)."""
    rx = "[" + re.escape("".join(table)) + "]"
    return subs(rx, lambda m: table[m.group()])


_OPEN_BEFORE = set(" \t\n\r([{:،,؛;-–—/") | {""}
_CLOSE_AFTER = set(" \t\n\r)]}.،,؛;:!?؟-–—/") | {""}
_DOUBLES = '"“”„‟″«»'
_PROCLITICS = "وفبلك"


def _directions(text: str) -> dict[int, bool]:
    """Offset of each double quotation mark -> True where it opens a quote: guillemets say
    it; other marks by the characters around them (a proclitic glued before it: و"نص"),
    else by turns on their line."""
    out: dict[int, bool] = {}
    pending = False
    line = -1
    for m in re.finditer(f"[{_DOUBLES}\n]", text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            pending = False
            line = i
            continue
        prev = text[i - 1] if i > line + 1 else ""
        prev2 = text[i - 2] if i > line + 2 else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if prev == "=" or nxt == ">":
            continue  # (markup scraped with the text: alt="...", no outlet's style)
        if ch in "«»":
            opens = ch == "«"
        elif nxt in _CLOSE_AFTER and not nxt.isspace() and nxt:
            opens = False  # (a comma or full stop after it: "نص "، ثم)
        elif nxt and not nxt.isspace() and (
                prev in _OPEN_BEFORE or prev in _PROCLITICS and prev2 in _OPEN_BEFORE):
            opens = True
        elif prev and not prev.isspace() and nxt in _CLOSE_AFTER:
            opens = False
        else:
            opens = not pending
        pending = opens
        out[i] = opens
    return out


def restyle(opening: str, closing: str) -> Callable[[str], list[Edit]]:
    """Every double quotation mark (straight, curly, low, guillemet) in one style."""
    def edits(text: str) -> list[Edit]:
        out = []
        for i, opens in _directions(text).items():
            new = opening if opens else closing
            if new != text[i]:
                out.append((i, i + 1, new))
        return out
    return edits


def spaced_marks(text: str) -> list[Edit]:
    """A space inside each quotation mark: ``" text "``, ``« text »``."""
    out = []
    for i, opens in _directions(text).items():
        if opens:
            if i + 1 < len(text) and text[i + 1] not in " \n":
                out.append((i + 1, i + 1, " "))
        elif i and text[i - 1] not in " \n":
            out.append((i, i, " "))
    return out


def glued_marks(text: str, after_colon: bool = True, after_word: bool = True,
                closing: bool = True) -> list[Edit]:
    """No space between a colon or a word and an opening mark, nor between a closing mark and
    the word after it: ``قال:"نص"في`` (marks with a space inside them, ``" نص "``, as they
    are: an outlet glues its marks or spaces them, not both)."""
    out = []
    for i, opens in _directions(text).items():
        if opens and text[i + 1 : i + 2] not in (" ", ""):  # (a spaced mark " نص stays)
            j = i
            while j > 0 and text[j - 1] == " ":
                j -= 1
            if j < i and j > 0 and (after_word and text[j - 1].isalpha()
                                    or after_colon and text[j - 1] == ":"):
                out.append((j, i, ""))
        elif closing and i and text[i - 1] != " ":
            k = i + 1
            while k < len(text) and text[k] == " ":
                k += 1
            if k > i + 1 and k < len(text) and text[k].isalpha():
                out.append((i + 1, k, ""))
    return out


def _every(n: int, pattern: str, edit: Callable[[re.Match[str]], list[Edit]]
           ) -> Callable[[str], list[Edit]]:
    """``edit`` on every n-th match of ``pattern``."""
    rx = re.compile(pattern)

    def edits(text: str) -> list[Edit]:
        return [e for k, m in enumerate(rx.finditer(text)) if k % n == 0 for e in edit(m)]
    return edits


_JOINING = "بتثجحخسشصضطظعغفقكلمنهيئ"  # letters that join to the next one (tatweel after)
_ARABIC_WORD = "[\u0621-\u064a]{4,}"


def _tatweel(m: re.Match[str]) -> list[Edit]:
    w = m.group()
    k = next((j for j in range(1, len(w) - 1) if w[j] in _JOINING), None)
    return [] if k is None else [(m.start() + k, m.start() + k + 1, w[k] + "\u0640")]


def _vocalise(m: re.Match[str]) -> list[Edit]:
    marks = "\u064e\u0650\u0651\u064f"
    return [(m.start() + j, m.start() + j + 1, c + marks[j % 4])
            for j, c in enumerate(m.group())]


def _zwnj(m: re.Match[str]) -> list[Edit]:
    return [(m.start() + 2, m.start() + 2, "\u200c")]


def _lines_in(text: str, before: str, after: str) -> list[Edit]:
    out = []
    for m in re.finditer(r"[^\r\n]+", text):
        out += [(m.start(), m.start(), before), (m.end(), m.end(), after)]
    return out


_DIGIT_TABLE = dict(zip("0123456789", "٠١٢٣٤٥٦٧٨٩", strict=True))
_PERSIAN_DIGITS = dict(zip("0123456789", "۰۱۲۳۴۵۶۷۸۹", strict=True))
_PUNCT_MARKS = "[.،,:؛;!؟?\"“”«»]"


@dataclass(frozen=True)
class Transform:
    name: str
    what: str
    edits: Callable[[str], list[Edit]]


TRANSFORMS = [
    Transform("curly", "double marks as “ ”", restyle("“", "”")),
    Transform("guillemets", "double marks as « »", restyle("«", "»")),
    Transform("straight", 'double marks as "', restyle('"', '"')),
    Transform("low-high", "double marks as „ “", restyle("„", "“")),
    Transform("two-apostrophes", "double marks as ''", restyle("''", "''")),
    Transform("single-curly", "double marks as ‘ ’", restyle("‘", "’")),
    Transform("spaced-marks", 'a space inside the marks: " text "', spaced_marks),
    Transform("glued-marks", 'no space around the marks: قال:"..."في', glued_marks),
    Transform("glued-colon", 'no space between a colon and its mark: قال:"..."',
              lambda t: glued_marks(t, after_word=False, closing=False)),
    Transform("glued-word", 'no space between a word and an opening mark: قال"..."',
              lambda t: glued_marks(t, after_colon=False, closing=False)),
    Transform("glued-close", 'no space after a closing mark: "..."في',
              lambda t: glued_marks(t, after_colon=False, after_word=False)),
    Transform("punct-inside", 'closing mark then comma/stop moved: "، -> ،"',
              subs(f"([{_DOUBLES}])([،,.])(?![.])", r"\2\1")),
    Transform("punct-outside", 'comma/stop then closing mark moved: ،" -> "،',
              subs(f"([،,.])([{_DOUBLES}])(?=[ \n]|$)", r"\2\1")),
    Transform("latin-punct", "، ؛ ؟ as , ; ?", chars({"،": ",", "؛": ";", "؟": "?"})),
    Transform("arabic-punct", ", ; ? as ، ؛ ؟ (not between digits)",
              subs(r"(?<!\d)[,;?]|[,;?](?!\d)", lambda m: {",": "،", ";": "؛", "?": "؟"}[
                  m.group()])),
    Transform("persian-letters", "ي ى ك as ی ک", chars({"ي": "ی", "ى": "ی", "ك": "ک"})),
    Transform("final-maqsura", "word-final ي as ى", subs(r"ي(?![\u0621-\u064a])", "ى")),
    Transform("no-hamza", "أ إ آ as ا", chars({"أ": "ا", "إ": "ا", "آ": "ا"})),
    Transform("ta-as-ha", "ة as ه", chars({"ة": "ه"})),
    Transform("maqsura-as-ya", "ى as ي", chars({"ى": "ي"})),
    Transform("tatweel", "tatweel in every 4th long word", _every(4, _ARABIC_WORD, _tatweel)),
    Transform("diacritics", "harakat on every 5th word", _every(5, _ARABIC_WORD, _vocalise)),
    Transform("zwnj", "U+200C inside every 3rd word", _every(3, _ARABIC_WORD, _zwnj)),
    Transform("zwsp", "U+200B after every space", subs(r"(?<= )", "\u200b")),
    Transform("rlm", "U+200F after each run of punctuation and marks",
              subs(f"(?<={_PUNCT_MARKS})(?!{_PUNCT_MARKS})", "\u200f")),
    Transform("bidi-embed", "each line in U+202B ... U+202C",
              lambda t: _lines_in(t, "\u202b", "\u202c")),
    Transform("isolates", "digits and Latin runs in U+2066 ... U+2069",
              subs(r"[0-9A-Za-z](?:[0-9A-Za-z.,%:/-]*[0-9A-Za-z%])?", "\u2066\\g<0>\u2069")),
    Transform("bom", "U+FEFF at the start and at each line start",
              subs(r"(?m)^(?=.)", "\ufeff")),
    Transform("nbsp", "every space as U+00A0", chars({" ": "\u00a0"})),
    Transform("nnbsp-punct", "U+202F before : ؛ ! ؟ and inside « »",
              subs(r"(?<=[^\d\s]) ?(?=[:؛!؟»])|(?<=«) ?", "\u202f")),
    Transform("crlf", "line ends as CR LF", chars({"\n": "\r\n"})),
    Transform("indic-digits", "digits as ٠-٩", chars(_DIGIT_TABLE)),
    Transform("persian-digits", "digits as ۰-۹", chars(_PERSIAN_DIGITS)),
    Transform("ellipsis-char", "... as …", subs(r"\.\.\.", "…")),
    Transform("ellipsis-dots", "… as ...", chars({"…": "..."})),
    Transform("space-colon", "a space before each colon (not 10:30)",
              subs(r"(?<=[^\s\d]):|(?<=\d):(?!\d)", " :")),
    Transform("tight-colon", '" : " as ": "', subs(r" +:", ":")),
    Transform("double-spaces", "every space doubled", chars({" ": "  "})),
    Transform("tight-comma", "no space after a comma: الوزير،إن", subs(r"(?<=[،,]) +(?=\w)", "")),
    Transform("spaced-comma", "a space before a comma: الوزير ، إن",
              subs(r"(?<=[^\s\d])(?=[،,] )", " ")),
    Transform("tight-stop", "no space after a full stop: النفس.وفي",
              subs(r"(?<=[^\d.]\.) +(?=[^\W\d])", "")),
    Transform("en-dash", "a hyphen between spaces as –", subs(r"(?<= )-(?= )", "–")),
    Transform("em-dash", "a hyphen between spaces as —", subs(r"(?<= )-(?= )", "—")),
    Transform("arabic-percent", "% as ٪, a decimal point between digits as ٫",
              subs(r"%|(?<=\d)\.(?=\d)", lambda m: "٪" if m.group() == "%" else "٫")),
]


# -- applying a transform with its offset maps --------------------------------------------
@dataclass
class Mapped:
    """A transformed text and its offset maps (``fwd_*``: old -> new, ``back_*``: new -> old;
    ``*_start`` for a span's start, ``*_end`` for its end)."""

    text: str
    fwd_start: list[int]
    fwd_end: list[int]
    back_start: list[int]
    back_end: list[int]


def apply(text: str, edits: list[Edit]) -> Mapped:
    """The text with non-overlapping ``edits`` applied (later overlapping ones dropped).  An
    old span keeps exactly its characters (an insertion at its edge falls outside it); a new
    span maps back to the old characters it covers (``back_end`` is read at a span's last
    character: the old end after it)."""
    out: list[str] = []
    fs = [0] * (len(text) + 1)
    fe = [0] * (len(text) + 1)
    bs: list[int] = []
    be: list[int] = []
    pos = n = 0
    for a, b, s in [*sorted(set(edits)), (len(text), len(text), "")]:
        if a < pos:
            continue
        for i in range(pos, a):  # kept characters
            fs[i] = n
            fe[i + 1] = n + 1
            n += 1
        bs.extend(range(pos, a))
        be.extend(range(pos + 1, a + 1))
        out.append(text[pos:a])
        for i in range(a, b):
            fs[i] = n
            fe[i + 1] = n + len(s)
        bs.extend([a] * len(s))
        be.extend([b if b > a else a] * len(s))
        out.append(s)
        n += len(s)
        pos = b
    fs[len(text)] = n
    fe[0] = fs[0]
    return Mapped("".join(out), fs, fe, bs + [len(text)], be + [len(text)])


def transform_string(t: Transform, s: str | None) -> str | None:
    return None if s is None else apply(s, t.edits(s)).text


# -- comparing two outputs -------------------------------------------------------------------
def trim(text: str, s: int, e: int, edge: str) -> tuple[int, int]:
    while s < e and (text[s] in edge or text[s].isspace() or _invisible(text[s])):
        s += 1
    while e > s and (text[e - 1] in edge or text[e - 1].isspace() or _invisible(text[e - 1])):
        e -= 1
    return s, e


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cf", "Mn") or ch == "\u0640"


@dataclass
class Q:
    span: tuple[int, int]
    speaker: tuple[int, int] | None
    kind: str


def quotes_back(quotes: list, text: str, m: Mapped | None, edge: str) -> list[Q]:
    """The engine's quotes as spans of the original ``text`` (trimmed)."""
    out = []
    for q in quotes:
        s, e = q.start, q.end
        sp = None if q.speaker is None else (q.speaker.start, q.speaker.end)
        if m is not None:
            s, e = m.back_start[s], m.back_end[e - 1] if e > s else m.back_start[s]
            if sp is not None:
                sp = (m.back_start[sp[0]], m.back_end[sp[1] - 1])
        out.append(Q(trim(text, s, e, edge),
                     None if sp is None else trim(text, *sp, edge), q.kind))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    i = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    u = max(a[1], b[1]) - min(a[0], b[0])
    return i / u if u else 0.0


def diverge(orig: list[Q], new: list[Q]) -> Iterator[tuple[str, Q | None, Q | None]]:
    """(kind of divergence, original quote, transformed quote) for each difference."""
    pairs = sorted(((_overlap(a.span, b.span), i, j) for i, a in enumerate(orig)
                    for j, b in enumerate(new)), reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    for ov, i, j in pairs:
        if ov < 0.5 or i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        a, b = orig[i], new[j]
        if a.span != b.span:
            yield "bounds", a, b
        if a.speaker != b.speaker:
            yield "speaker", a, b
        if a.kind != b.kind:
            yield "kind", a, b
    for i, a in enumerate(orig):
        if i not in used_a:
            yield "lost", a, None
    for j, b in enumerate(new):
        if j not in used_b:
            yield "gained", None, b


# -- data -----------------------------------------------------------------------------------
def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def datasets(check: bool) -> dict[str, list[dict]]:
    """Gold sets by name; the seeds have no gold (divergences only)."""
    out: dict[str, list[dict]] = {}
    if (EVAL / "dev.jsonl").exists():
        out["dev"] = _jsonl(EVAL / "dev.jsonl")
    if (EVAL / "dev2.jsonl").exists():
        dev2 = _jsonl(EVAL / "dev2.jsonl")
        out["tune"] = [d for d in dev2 if d.get("split") == "tune"]
        if check:
            out["check"] = [d for d in dev2 if d.get("split") == "check"]
    if SILVER.exists():
        out["silver"] = _jsonl(SILVER)
    out["seeds"] = [{"id": p.name, "text": p.read_text(encoding="utf-8"), "quotes": None}
                    for p in sorted(SEEDS.glob("*.txt"))]
    return out


def _carried(doc: dict, g: dict, t: Transform, m: Mapped, key: str) -> str | None:
    """A gold speaker string as the transformed text writes it: cut from the transformed text
    where the string occurs in the original one (in the speaker span, else anywhere), else
    transformed on its own."""
    s = g.get(key)
    if not s:
        return s
    text = doc["text"]
    sp = g.get("speaker") or {}
    a = -1
    if sp:
        a = text.find(s, sp["start"], sp["end"])
    if a < 0:
        a = text.find(s)
    if a < 0:
        return transform_string(t, s)
    return m.text[m.fwd_start[a] : m.fwd_end[a + len(s)]]


def mapped_gold(doc: dict, t: Transform, m: Mapped) -> dict:
    """The document transformed, its gold quotes' offsets and speaker strings with it."""
    quotes = []
    for g in doc["quotes"]:
        q = dict(g, start=m.fwd_start[g["start"]], end=m.fwd_end[g["end"]])
        q["speaker_head"] = _carried(doc, g, t, m, "speaker_head") or ""
        q["speaker_name"] = _carried(doc, g, t, m, "speaker_name")
        quotes.append(q)
    return dict(doc, text=m.text, quotes=quotes)


# -- the run --------------------------------------------------------------------------------
KINDS = ("lost", "gained", "bounds", "speaker", "kind")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="comma-separated transform names")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--check", action="store_true", help="score the check half (figures only)")
    ap.add_argument("--no-score", action="store_true", help="divergences only")
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args()
    scorer = load_scorer(EVAL / "dev.jsonl")
    edge = scorer.EDGE
    sets = datasets(a.check)
    transforms = [t for t in TRANSFORMS if not a.only or t.name in a.only.split(",")]
    extract = quotecheck.extract_quotes
    scored_fn = _visible(extract)
    base: dict[str, list[list[Q]]] = {}
    for name, docs in sets.items():
        if name != "check":
            base[name] = [quotes_back(extract(d["text"]), d["text"], None, edge) for d in docs]
    scored = [n for n in sets if n != "seeds"]
    rows = []
    if not a.no_score:
        rows.append(("(none)", {n: scorer.score(_visible_gold(sets[n]), scored_fn)
                                for n in scored}, None, 0))
    for t in transforms:
        counts = dict.fromkeys(KINDS, 0)
        changed_docs = 0
        examples: list[str] = []
        scores = {}
        for name, docs in sets.items():
            golds = []
            for k, d in enumerate(docs):
                text = d["text"]
                m = apply(text, t.edits(text))
                if d["quotes"] is not None and not a.no_score:
                    golds.append(mapped_gold(d, t, m))
                if name == "check":
                    continue
                if m.text == text:
                    continue
                changed_docs += 1
                new = quotes_back(extract(m.text), text, m, edge)
                for kind, qa, qb in diverge(base[name][k], new):
                    counts[kind] += 1
                    if len(examples) < a.examples:
                        examples.append(_example(kind, text, qa, qb, d["id"]))
            if golds:
                scores[name] = scorer.score(_visible_gold(golds), scored_fn)
        rows.append((t.name, scores, counts, changed_docs))
        if examples:
            print(f"## {t.name}: {t.what}")
            print("\n".join(examples), flush=True)
    _report(rows, scored, transforms, a.markdown)


#: The invisible characters the package's one normalisation drops (normalize.CONTROLS and the
#: soft hyphen and Arabic letter mark of NOISE), read from it rather than listed again.
_CF = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in (*CONTROLS, *NOISE[:2])) + "]")


def _visible(extract: Callable[[str], list]) -> Callable[[str], list[dict]]:
    """``extract`` with the invisible characters (format controls) left out of its speaker
    strings: score.py's comparison of speakers folds diacritics but not those."""
    def run(text: str) -> list[dict]:
        out = []
        for q in extract(text):
            sp = None if q.speaker is None else {"text": _CF.sub("", q.speaker.text)}
            out.append({"start": q.start, "end": q.end, "kind": q.kind, "speaker": sp,
                        "speaker_name": _CF.sub("", q.speaker_name or "")})
        return out
    return run


def _visible_gold(docs: list[dict]) -> list[dict]:
    """The gold speaker strings without format controls (as ``_visible``)."""
    return [dict(d, quotes=[dict(g, speaker_head=_CF.sub("", g.get("speaker_head") or ""),
                                 speaker_name=_CF.sub("", g.get("speaker_name") or ""))
                            for g in d["quotes"]]) for d in docs]


def _example(kind: str, text: str, a: Q | None, b: Q | None, doc_id: str) -> str:
    def show(q: Q | None) -> str:
        if q is None:
            return "-"
        sp = "" if q.speaker is None else f" [{text[q.speaker[0]:q.speaker[1]]}]"
        return f"{q.kind} «{text[q.span[0]:q.span[1]][:90]}»{sp}"
    return f"  {kind:7} {doc_id}: {show(a)}  =>  {show(b)}"


def _report(rows: list, scored: list[str], transforms: list[Transform], md: bool) -> None:
    what = {t.name: t.what for t in transforms}
    head = ["transform", "docs", *KINDS, *(f"{n} F1/spk/e2e" for n in scored)]
    lines = []
    for name, scores, counts, docs in rows:
        cells = [name, str(docs) if counts else "", *(
            str(counts[k]) if counts else "" for k in KINDS)]
        for n in scored:
            s = scores.get(n)
            cells.append("" if s is None else
                         f"{s['quote_f1']:.3f}/{s['speaker_acc']:.3f}/{s['end_to_end_f1']:.3f}")
        lines.append(cells)
    if md:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for c in lines:
            print("| " + " | ".join(c) + " |")
    else:
        widths = [max(len(r[i]) for r in [head, *lines]) for i in range(len(head))]
        for c in [head, *lines]:
            print("  ".join(x.ljust(w) for x, w in zip(c, widths, strict=True)))
    total = {k: sum(r[2][k] for r in rows if r[2]) for k in KINDS}
    print("total divergences:", total, file=sys.stderr)
    for name in what:
        print(f"  {name}: {what[name]}", file=sys.stderr)


if __name__ == "__main__":
    main()
