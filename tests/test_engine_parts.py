"""The engine's parts: candidates and their resolution, finders given their state
explicitly, the language Protocol, and the shape of the finder modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import quotecheck.engine as engine
from quotecheck.engine.after_quote import find_after_quote
from quotecheck.engine.candidates import Cand, claimed_pairs, pair_cand, resolve
from quotecheck.engine.cue_speaker import CueSpeakers
from quotecheck.engine.cues import cue_site, find_cue_quotes, scan_trigger
from quotecheck.engine.evidence import Doc
from quotecheck.engine.headlines import find_headlines
from quotecheck.find.marks import MarkPair
from quotecheck.lang.ar.lexicon import lexicon
from quotecheck.lang.base import Language

ENGINE = Path(engine.__file__).parent
FINDERS = [p for p in ENGINE.glob("*.py") if p.name != "naming.py"]
#: Every module of the engine and the finders of find/: no Arabic literal in any of them.
ENGINE_CODE = [*ENGINE.rglob("*.py"), *(ENGINE.parent / "find").glob("*.py")]
_ARABIC = re.compile("[\u0621-\u064a]")


def _doc(text: str) -> Doc:
    return Doc(text, lexicon())


def test_lexicon_answers_the_language_protocol() -> None:
    assert isinstance(lexicon(), Language)
    assert not isinstance(object(), Language)


def test_resolve_keeps_the_higher_priority_then_the_longer() -> None:
    clause = Cand(0, 30, "indirect", prio=1)
    marks = Cand(5, 20, "direct", prio=2)
    later = Cand(40, 50, "indirect", prio=1)
    assert resolve([clause, marks, later]) == [marks, later]
    short, long_ = Cand(0, 10, "direct", prio=2), Cand(0, 20, "direct", prio=2)
    assert resolve([short, long_]) == [long_]


def test_pair_cand_leaves_the_marks_out_and_claims_by_its_pair() -> None:
    d = _doc('قال: " نص قصير "')
    c = pair_cand(d.text, d.pairs[0], "direct")
    assert d.text[c.start : c.end] == "نص قصير"
    assert claimed_pairs([c]) == {d.pairs[0].open}
    assert pair_cand("« . »", MarkPair(0, 4), "direct") is None  # nothing but punctuation


def test_after_quote_finder_skips_the_pairs_it_is_told_are_claimed() -> None:
    d = _doc('"لن نتراجع عن هذا القرار أبدا" قال الوزير.')
    found = find_after_quote(d, set())
    assert len(found) == 1 and found[0].speaker is not None
    assert find_after_quote(d, {d.pairs[0].open}) == []


def test_cue_finder_claims_its_pair_before_the_after_quote_finder() -> None:
    d = _doc('قال المدير: "لن نتراجع عن هذا القرار أبدا" قال الوزير.')
    speakers = CueSpeakers(d, (), [])
    cues = find_cue_quotes(d, speakers)
    assert [c.kind for c in cues] == ["direct"]
    assert find_after_quote(d, claimed_pairs(cues)) == []
    assert speakers.events  # the cue's speaker is an antecedent for later bare verbs


def test_headline_finder_returns_its_events() -> None:
    d = _doc("الوزير: الوضع مستقر في البلاد كلها.\nنص آخر بلا قول.")
    cands, events = find_headlines(d)
    assert len(cands) == 1 and events == [(0, cands[0].speaker)]
    assert find_headlines(_doc("نص بلا نقطتين فيه أبدا.")) == ([], [])


def test_cue_site_and_trigger() -> None:
    d = _doc("وتابع قائلا إن الوضع مستقر.")
    i = d.wi.norms.index("وتابع")
    site = cue_site(d, i, lexicon().cue("وتابع"))
    assert site.last == i + 1 and site.tail
    kind, k, _ = scan_trigger(d, site)
    assert kind == "comp" and d.wi.norms[k] == "ان"
    d = _doc("وتابع الوزير حديثه عن الوضع.")
    site = cue_site(d, 0, lexicon().cue("وتابع"))
    assert site.last == 0 and not site.tail
    assert scan_trigger(d, site)[0] is None  # no trigger: the scan stops at the end


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """String constants of a module that are no docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_no_arabic_word_in_the_finders_code() -> None:
    assert len(FINDERS) >= 10 and len(ENGINE_CODE) > len(FINDERS) + 10
    found = [(p.name, line, s) for p in ENGINE_CODE for line, s in _code_strings(p)
             if _ARABIC.search(s)]
    assert found == []
    assert _ARABIC.search("حسب") and not _ARABIC.search("،؛؟")  # the test's own near miss


def test_finder_units_stay_small() -> None:
    sizes = {}
    for p in FINDERS:
        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(n, ast.FunctionDef | ast.ClassDef):
                sizes[(p.name, n.name)] = (n.end_lineno - n.lineno + 1, isinstance(n, ast.ClassDef))
    assert len(sizes) > 40
    too_long = {k: v for k, (v, cls) in sizes.items() if v > (250 if cls else 80)}
    assert too_long == {}


def test_private_names_do_not_cross_finder_modules() -> None:
    crossing = []
    for p in FINDERS:
        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("quotecheck"):
                crossing += [(p.name, a.name) for a in n.names if a.name.startswith("_")]
    assert crossing == []
