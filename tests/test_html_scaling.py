"""The HTML renderers grow linearly with the quotes: operation counts, not timings.

Offsets are given as an ``int`` subclass that counts every comparison made with it, so an
overlap check of each quote against every other (what made 10,000 quotes take 23 s) shows up
as a count that grows 16-fold for 4 times the quotes.  Timings live in bench/bench_html.py.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from quotecheck.render.html import render_compare_html, render_extract_html
from quotecheck.types import Mention, Quote

COUNT = [0]


class CountingInt(int):
    """An int that counts the comparisons it takes part in."""

    def _count(self) -> None:
        COUNT[0] += 1

    def __lt__(self, other: Any) -> bool:
        self._count()
        return int(self) < other

    def __le__(self, other: Any) -> bool:
        self._count()
        return int(self) <= other

    def __gt__(self, other: Any) -> bool:
        self._count()
        return int(self) > other

    def __ge__(self, other: Any) -> bool:
        self._count()
        return int(self) >= other

    def __eq__(self, other: Any) -> bool:
        self._count()
        return int(self) == other

    def __ne__(self, other: Any) -> bool:
        self._count()
        return int(self) != other

    __hash__ = int.__hash__


def _c(n: int) -> CountingInt:
    return CountingInt(n)


def synthetic(n: int, shuffle: bool = False) -> tuple[str, list[Quote]]:
    """``n`` sentences ``وقال الوزير رقم k: «...»`` with their quotes (counting offsets)."""
    parts, quotes, pos = [], [], 0
    for k in range(n):
        cue, spk = "وقال", f"الوزير رقم {k}"
        body = f"سنواصل العمل في الملف {k} حتى النهاية"
        pre = f"{cue} {spk}: «"
        s = pos + len(pre)
        quotes.append(
            Quote(
                body, _c(s), _c(s + len(body)), ("direct", "mixed", "indirect")[k % 3],
                cue=Mention(cue, _c(pos), _c(pos + len(cue))),
                speaker=Mention(spk, _c(pos + len(cue) + 1), _c(pos + len(cue) + 1 + len(spk))),
                speaker_name=spk, stance="neutral",
            )
        )
        sentence = f"{pre}{body}». "
        parts.append(sentence)
        pos += len(sentence)
    if shuffle:
        random.Random(n).shuffle(quotes)
    return "".join(parts), quotes


def _extract_ops(n: int, shuffle: bool) -> tuple[int, str]:
    text, quotes = synthetic(n, shuffle)
    COUNT[0] = 0
    page = render_extract_html(text, quotes)
    return COUNT[0], page


@pytest.mark.parametrize("shuffle", [False, True])
def test_extract_page_comparisons_grow_linearly(shuffle: bool) -> None:
    small, page_small = _extract_ops(300, shuffle)
    large, page_large = _extract_ops(1200, shuffle)
    assert small > 0
    # Linear: 4x; sorting shuffled input: 4 * log(1200)/log(300) ~ 5x; pairwise: 16x.
    assert large / small < 6.5, (small, large)
    assert page_large.count("<mark class=\"q ") == 1200
    assert page_small.count("<mark class=\"q ") == 300


def test_extract_page_structure_scales_with_the_quotes() -> None:
    """One mark, one tag, one table row and one cue per quote; the page grows ~4x for 4x."""
    _, small = _extract_ops(250, False)
    _, large = _extract_ops(1000, False)
    for page, n in ((small, 250), (large, 1000)):
        assert page.count('<span class="tag">') == n
        assert page.count('<tr id="r') == n
        assert page.count('data-role="cue"') == n
        assert page.count('data-role="speaker"') == n
    assert 3.5 < len(large) / len(small) < 4.5


def _statements(n: int) -> list[dict]:
    """``n`` two-source statements in the ``to_dict()`` form, diff spans as counting ints."""
    out = []
    for k in range(n):
        a = f"سنواصل العمل في الملف {k} حتى النهاية"
        b = f"سنواصل العمل في القضية {k} حتى النهاية"
        qa = {"text": a, "start": _c(10), "end": _c(10 + len(a)), "kind": "direct",
              "speaker_name": f"الوزير {k}"}
        qb = {"text": b, "start": _c(20), "end": _c(20 + len(b)), "kind": "indirect",
              "speaker_name": f"الوزير {k}"}
        w = a.index("الملف")
        diff = [{"op": "replace", "a": "الملف", "b": "القضية",
                 "a_span": [_c(10 + w), _c(10 + w + 5)], "b_span": [_c(20 + w), _c(20 + w + 6)]}]
        ma, mb = {"doc_id": "a", "quote": qa}, {"doc_id": "b", "quote": qb}
        out.append({"speaker_name": f"الوزير {k}", "members": [ma, mb],
                    "pairs": [{"a": ma, "b": mb, "flags": ["wording"], "diff": diff}]})
    return out


def test_compare_page_comparisons_grow_linearly() -> None:
    counts = []
    for n in (300, 1200):
        st = _statements(n)
        COUNT[0] = 0
        page = render_compare_html(st)
        counts.append(COUNT[0])
        assert page.count('<section class="st"') == n
        assert page.count("<ins ") == n and page.count("<del ") == n
    assert counts[0] > 0 and counts[1] / counts[0] < 6.5, counts
