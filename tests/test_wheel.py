"""The wheel ships the trained pipeline: installed outside the repo, extract_quotes uses it."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "ar_quotecheck"

pytestmark = pytest.mark.skipif(not (MODEL / "config.cfg").exists(),
                                reason="no trained pipeline in models/")

PROBE = r"""
import json, quotecheck
from quotecheck.pipeline import model_path
text = open(SEED, encoding="utf-8").read()
nlp = quotecheck.load("trained")
quotes = quotecheck.extract_quotes(text, nlp=nlp)
print(json.dumps({"file": quotecheck.__file__, "model": str(model_path()),
                  "pipes": nlp.pipe_names, "n": len(quotes),
                  "names": [q.speaker_name for q in quotes]}, ensure_ascii=False))
"""


def test_installed_wheel_uses_shipped_model(tmp_path):
    cmd = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "w"),
           str(ROOT)]
    built = subprocess.run(cmd, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (tmp_path / "w").glob("quotecheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "quotecheck/models/ar_quotecheck/config.cfg" in names
    assert "quotecheck/py.typed" in names and "quotecheck/spacy/component.py" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # a wheel is a zip laid out for site-packages
    seed = next((ROOT / "seeds").glob("000_*.txt"))
    out = subprocess.run(
        [sys.executable, "-c", f"SEED={str(seed)!r}\n" + PROBE],
        cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        check=True, capture_output=True, text=True,
    )
    info = json.loads(out.stdout.strip().splitlines()[-1])
    assert info["file"].startswith(str(site))
    assert info["model"].startswith(str(site))
    assert "ner" in info["pipes"] and "quotecheck" in info["pipes"]
    assert info["n"] == 9 and "جون كيري" in info["names"]
