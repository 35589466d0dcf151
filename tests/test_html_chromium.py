"""The HTML pages in headless Chromium: the live DOM and a screenshot of the right-to-left layout.

Skipped when chromium is not installed (.ci/run installs it with apt when it can).  The pages
and screenshots are left in artifacts/ to look at.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import numpy as np
import pytest
from test_html import TEXT, sample_statements, text_quotes

from quotecheck import extract_quotes
from quotecheck.comparison import compare
from quotecheck.render.html import render_compare_html, render_extract_html
from quotecheck.types import Quote

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
KIND_AR = {"direct": "مباشر", "mixed": "مختلط", "indirect": "غير مباشر"}

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def _chromium(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp}/profile", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# Runs in the page once it is laid out; writes what it measured into <pre id="probe">.
_PROBE = r"""<script>
window.addEventListener('load', function () {
  function rect(r) { return {l: r.left, r: r.right, t: r.top, b: r.bottom}; }
  var marks = Array.prototype.map.call(document.querySelectorAll('mark.q'), function (m) {
    var tag = m.querySelector('.tag');
    var walk = document.createTreeWalker(m, NodeFilter.SHOW_TEXT), node, end = null;
    while ((node = walk.nextNode())) {
      if (tag.contains(node) || !node.textContent.trim()) continue;
      end = node;
    }
    var last = null;
    if (end) {
      var s = end.textContent.replace(/\s+$/, '');
      var range = document.createRange();
      range.setStart(end, s.length - 1);
      range.setEnd(end, s.length);
      last = rect(range.getBoundingClientRect());
    }
    return {n: m.dataset.n, speaker: m.dataset.speaker, kind: m.dataset.kind,
            who: m.querySelector('.who').textContent, title: m.title,
            text: m.innerText, tag: rect(tag.getBoundingClientRect()), last: last};
  });
  var variants = Array.prototype.map.call(document.querySelectorAll('.variant'), function (v) {
    var q = v.querySelector('.vq');
    return {left: v.getBoundingClientRect().left, kind: q.dataset.kind, text: q.innerText,
            speaker: v.querySelector('.speaker').dataset.speaker,
            shown: v.checkVisibility ? v.checkVisibility() : v.getClientRects().length > 0};
  });
  var box = document.querySelector('.text');
  var h1 = document.querySelector('h1');
  var out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({
    dir: getComputedStyle(document.body).direction, marks: marks, variants: variants,
    text: box ? box.innerText : null, width: document.documentElement.clientWidth,
    box: box ? rect(box.getBoundingClientRect()) : null, h1: rect(h1.getBoundingClientRect())});
  document.body.appendChild(out);
});
</script>"""


def _probe(page: str, name: str, tmp: Path, size: str = "1100,900") -> dict:
    """Load ``page`` with the probe in Chromium and return what the probe measured."""
    path = tmp / f"{name}.html"
    path.write_text(page.replace("</body>", _PROBE + "</body>"), encoding="utf-8")
    res = _chromium(["--virtual-time-budget=3000", f"--window-size={size}", "--dump-dom",
                     path.as_uri()], tmp)
    found = re.search(r'<pre id="probe">(.*?)</pre>', res.stdout, re.S)
    assert found, (res.stdout[-500:], res.stderr[-500:])
    raw = found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    return json.loads(raw.replace("&amp;", "&"))


def _check_marks(data: dict, quotes: list[Quote]) -> None:
    """Every quote is marked with its speaker's name, its badge apart from its last word."""
    assert data["dir"] == "rtl"
    assert len(data["marks"]) == len(quotes)
    for m, q in zip(data["marks"], quotes, strict=True):
        name = q.speaker_name or (q.speaker.text if q.speaker else None)
        assert name and m["speaker"] == name and name in m["who"], m
        assert name in m["title"] and KIND_AR[q.kind] in m["title"]
        assert m["kind"] == q.kind
        # innerText (what a copy gives): the quote's words, a space, then the badge.
        assert re.match(re.escape(q.text) + r"\s+" + KIND_AR[q.kind], m["text"]), m["text"]
        tag, last = m["tag"], m["last"]
        assert last is not None
        if abs(tag["t"] - last["t"]) < 8:  # same line: the badge stands left of the last word
            assert tag["r"] <= last["l"] - 2, (tag, last)


def test_extract_page_dom(tmp_path: Path) -> None:
    quotes = text_quotes()
    data = _probe(render_extract_html(TEXT, quotes), "extract", tmp_path)
    _check_marks(data, quotes)
    flat = re.sub(r"\s+", " ", data["text"])
    assert "الرهائن مباشر" in flat and "الرهائنمباشر" not in flat


def test_seed_page_dom(seeds: dict[str, str], tmp_path: Path) -> None:
    text = seeds[next(k for k in seeds if k.startswith("000"))]
    quotes = extract_quotes(text)
    data = _probe(render_extract_html(text, [q.to_dict() for q in quotes]), "seed", tmp_path)
    _check_marks(data, quotes)


def test_compare_page_dom(tmp_path: Path) -> None:
    statements, docs = sample_statements()
    data = _probe(render_compare_html(statements), "compare", tmp_path)
    assert data["dir"] == "rtl"
    variants = data["variants"]
    assert len(variants) == 3
    assert variants[0]["left"] > variants[1]["left"] > variants[2]["left"]  # first on the right
    for v in variants:
        assert v["speaker"] == "سامي الخطيب"
        verbatim = v["text"].startswith("«") and v["text"].endswith("»")
        assert verbatim == (v["kind"] == "direct"), v


def test_single_source_statements_start_collapsed(tmp_path: Path) -> None:
    statements, _ = sample_statements()
    lone = compare({"only": {"text": TEXT, "quotes": text_quotes()[:1]}})
    data = _probe(render_compare_html([*lone, *statements]), "collapsed", tmp_path)
    shown = [v["shown"] for v in data["variants"]]
    assert shown == [True, True, True, False]


# -- screenshots -------------------------------------------------------------------------------


def read_png(path: Path) -> np.ndarray:
    """An 8-bit, non-interlaced RGB or RGBA PNG as an (h, w, 3) uint8 array."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        size = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + size]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + size
    assert header is not None
    w, h = int.from_bytes(header[:4], "big"), int.from_bytes(header[4:8], "big")
    depth, color, interlace = header[8], header[9], header[12]
    assert depth == 8 and color in (2, 6) and interlace == 0
    bpp = 3 if color == 2 else 4
    raw = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(h, w * bpp + 1)
    out = np.zeros((h, w * bpp), dtype=np.uint8)
    prev = np.zeros(w * bpp, dtype=np.int32)
    for y in range(h):
        f, line = raw[y, 0], raw[y, 1:].astype(np.int32)
        if f == 0:
            cur = line
        elif f == 1:  # Sub: a running sum per channel
            cur = np.cumsum(line.reshape(w, bpp), axis=0).reshape(-1) & 255
        elif f == 2:  # Up
            cur = (line + prev) & 255
        else:  # Average, Paeth: byte by byte
            cur = np.zeros_like(line)
            lp, pp = line.tolist(), prev.tolist()
            cl = [0] * len(lp)
            for i, v in enumerate(lp):
                a = cl[i - bpp] if i >= bpp else 0
                b = pp[i]
                if f == 3:
                    cl[i] = (v + ((a + b) >> 1)) & 255
                else:
                    c = pp[i - bpp] if i >= bpp else 0
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                    cl[i] = (v + pred) & 255
            cur = np.array(cl, dtype=np.int32)
        out[y] = cur
        prev = cur
    return out.reshape(h, w, bpp)[:, :, :3]


def ink_lines(img: np.ndarray, gap: int = 3, least: int = 5) -> list[tuple[int, int]]:
    """(leftmost, rightmost) dark pixel of each line of text.

    A line is a run of rows with dark pixels; runs less than ``gap`` blank rows apart are one
    line (dots under letters), runs under ``least`` rows tall are specks, not lines.
    """
    dark = img.max(axis=2) < 110
    ys = np.flatnonzero(dark.any(axis=1))
    runs: list[list[int]] = []
    for y in ys.tolist():
        if runs and y - runs[-1][1] <= gap:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    lines = []
    for y0, y1 in runs:
        if y1 - y0 + 1 < least:
            continue
        cols = np.flatnonzero(dark[y0 : y1 + 1].any(axis=0))
        lines.append((int(cols[0]), int(cols[-1])))
    return lines


def flush(lines: list[tuple[int, int]], slack: int = 30) -> tuple[int, int]:
    """How many lines end at the rightmost ink, and how many start at the leftmost ink."""
    right = max(r for _, r in lines)
    left = min(lo for lo, _ in lines)
    return (sum(r >= right - slack for _, r in lines), sum(lo <= left + slack for lo, _ in lines))


# Short paragraphs: under RTL each starts at the right edge and ends ragged on the left.
SHORT = "\n".join(TEXT.split(". ")) + "\nنهاية النص."


def _shot(page: str, name: str, tmp: Path, size: str = "900,700") -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    src = ARTIFACTS / f"test_{name}.html"
    src.write_text(page, encoding="utf-8")
    png = ARTIFACTS / f"test_{name}.png"
    if png.exists():
        png.unlink()
    _chromium([f"--window-size={size}", f"--screenshot={png}", src.as_uri()], tmp)
    assert png.exists() and png.stat().st_size > 1000
    return png


def _text_lines(page: str, name: str, tmp: Path) -> tuple[list[tuple[int, int]], dict]:
    """The ink lines of a screenshot of ``page`` inside its text box (located by the probe)."""
    size = "900,700"
    geo = _probe(page, f"{name}_geo", tmp, size)
    img = read_png(_shot(page, name, tmp, size))
    box = geo["box"]
    t, b, lo, r = int(box["t"]) + 3, int(box["b"]) - 3, int(box["l"]) + 3, int(box["r"]) - 3
    assert b <= img.shape[0], "the text box must fit in the screenshot"
    return [(x0 + lo, x1 + lo) for x0, x1 in ink_lines(img[t:b, lo:r])], geo


def test_screenshot_extract_page_is_right_to_left(tmp_path: Path) -> None:
    """Each line of the text starts at the box's right edge and ends ragged on the left."""
    page = render_extract_html(SHORT, extract_quotes(SHORT))
    lines, geo = _text_lines(page, "extract_html", tmp_path)
    assert len(lines) == len(SHORT.splitlines())
    right, left = flush(lines, slack=6)
    assert right == len(lines) and left < len(lines), lines
    assert max(r for _, r in lines) > geo["box"]["r"] - 40  # flush with the box's right edge
    # Control: the same page laid out left to right flips both, so the check can fail.
    lines_ltr, _ = _text_lines(page.replace('dir="rtl"', 'dir="ltr"'), "extract_ltr", tmp_path)
    right_ltr, left_ltr = flush(lines_ltr, slack=6)
    assert left_ltr == len(lines_ltr) and right_ltr < len(lines_ltr), lines_ltr


def test_screenshot_compare_page_is_right_to_left(tmp_path: Path) -> None:
    statements, _ = sample_statements()
    img = read_png(_shot(render_compare_html(statements), "compare_html", tmp_path, "1100,800"))
    lines = ink_lines(img)
    right, left = flush(lines, slack=40)
    assert right > left, (right, left, lines)
    # The title stands on the right half of the page.
    assert lines[0][0] > img.shape[1] / 2
