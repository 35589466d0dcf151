"""HTML pages for comparisons and extractions, checked in headless Chromium where it exists."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from quotecheck.comparison import compare
from quotecheck.render.html import render_compare_html, render_extract_html
from quotecheck.types import Mention, Quote

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _doc(prefix: str, quote: str, suffix: str, kind: str, speaker: str) -> dict:
    text = prefix + quote + suffix
    start = len(prefix)
    sp = text.index(speaker.split()[-1])
    q = Quote(
        quote,
        start,
        start + len(quote),
        kind,
        cue=Mention(prefix.split()[0], 0, len(prefix.split()[0])),
        speaker=Mention(speaker.split()[-1], sp, sp + len(speaker.split()[-1])),
        speaker_name=speaker,
    )
    return {"text": text, "quotes": [q]}


def sample_statements():
    """Three sources of one statement, with differing words, and a <script> to be escaped."""
    docs = {
        "outlet-a": _doc(
            "قال الوزير سامي الخطيب: «",
            "حققنا تقدما طفيفا في ملف المياه مع الجيران",
            "».",
            "direct",
            "سامي الخطيب",
        ),
        "outlet-b": _doc(
            "وأكد الخطيب أنه ",
            "حقق تقدما محدودا جدا في ملف المياه مع الجيران",
            ".",
            "indirect",
            "سامي الخطيب",
        ),
        "outlet-<c>": _doc(
            "وقال الخطيب: «",
            "لم نحقق تقدما في ملف المياه مع الجيران <script>alert(1)</script>",
            "».",
            "direct",
            "سامي الخطيب",
        ),
    }
    return compare(docs), docs


def test_compare_page_escapes_and_carries_everything() -> None:
    statements, _ = sample_statements()
    page = render_compare_html(statements)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in page
    assert "<script" not in page and "&lt;/script" in page
    assert "outlet-&lt;c&gt;" in page
    assert "http://" not in page and "https://" not in page
    for st in statements:
        for p in st.pairs:
            for f in p.flags:
                assert f'data-flag="{f}"' in page
    assert "<ins" in page and "<del" in page


def test_extract_page_marks_quotes_cues_and_speakers() -> None:
    _, docs = sample_statements()
    doc = docs["outlet-a"]
    page = render_extract_html(doc["text"], doc["quotes"])
    assert 'data-kind="direct"' in page
    assert 'data-role="cue"' in page and 'data-role="speaker"' in page
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    page2 = render_extract_html("<b>نص</b>", [])
    assert "&lt;b&gt;" in page2


_PROBE = """<script>
window.addEventListener('load', function () {
  var v = document.querySelectorAll('.variant');
  var r = Array.prototype.map.call(v, function (e) { return e.getBoundingClientRect().left; });
  var out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({dir: getComputedStyle(document.body).direction, lefts: r});
  document.body.appendChild(out);
});
</script>"""


def _chromium(args: list[str], tmp: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp}/profile", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_pages_in_headless_chromium() -> None:
    statements, docs = sample_statements()
    page = render_compare_html(statements)
    extract = render_extract_html(docs["outlet-a"]["text"], docs["outlet-a"]["quotes"])
    ARTIFACTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.html"
        probe.write_text(page.replace("</body>", _PROBE + "</body>"), encoding="utf-8")
        dom = _chromium(["--virtual-time-budget=3000", "--dump-dom", probe.as_uri()], tmp).stdout
        for st in statements:
            for m in st.members:
                assert m.doc_id.replace("<", "&lt;").replace(">", "&gt;") in dom
            for p in st.pairs:
                for f in p.flags:
                    assert f'data-flag="{f}"' in dom
        found = re.search(r'<pre id="probe">(.*?)</pre>', dom)
        assert found, dom[-500:]
        probe_data = json.loads(found.group(1).replace("&quot;", '"'))
        assert probe_data["dir"] == "rtl"
        lefts = probe_data["lefts"]
        assert len(lefts) == 3
        assert lefts[0] > lefts[1]  # the first variant stands on the right
        for name, html in (("compare", page), ("extract", extract)):
            path = Path(tmp) / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            shot = ARTIFACTS / f"test_{name}_html.png"
            if shot.exists():
                shot.unlink()
            _chromium(["--window-size=1100,800", f"--screenshot={shot}", path.as_uri()], tmp)
            assert shot.exists() and shot.stat().st_size > 1000
