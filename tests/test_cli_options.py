"""Batch-run options a journalist needs (issue 18): directories (no recursion unless asked,
``.TXT``), progress and summary, ``--encoding``, ``--format csv``, the table's width, the
backend choices.

The sentences are written for these tests.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

import quotecheck
from quotecheck import extract_quotes
from quotecheck.cli import EXIT_INPUT, EXIT_OK, EXIT_PARTIAL, build_parser, main
from quotecheck.render.table import render_table
from quotecheck.types import Mention, Quote

QUOTE = 'قال مدير المستشفى: "سنستقبل المرضى في الجناح الجديد".'
OTHER = "وأكد المحافظ أن الطريق سيفتح أمام السيارات الأسبوع المقبل."
PLAIN = "نشرة الطقس: سماء صافية ورياح خفيفة."


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _tree(tmp_path: Path) -> Path:
    d = tmp_path / "news"
    (d / "2019" / "jan").mkdir(parents=True)
    (d / "a.txt").write_text(QUOTE, encoding="utf-8")
    (d / "B.TXT").write_text(OTHER, encoding="utf-8")
    (d / "c.Txt").write_text(PLAIN, encoding="utf-8")
    (d / "notes.md").write_text(QUOTE, encoding="utf-8")
    (d / "2019" / "d.txt").write_text(QUOTE, encoding="utf-8")
    (d / "2019" / "jan" / "e.TXT").write_text(OTHER, encoding="utf-8")
    return d


def test_directory_case_and_recursion(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = _tree(tmp_path)
    assert main(["extract", str(d), "-f", "jsonl", "--backend", "rules"]) == EXIT_OK
    cap = capsys.readouterr()
    assert sorted(Path(r["id"]).name for r in _jsonl(cap.out)) == ["B.TXT", "a.txt", "c.Txt"]
    assert "not read (--recursive" in cap.err
    rules = quotecheck.load(rules_only=True)
    n = sum(len(extract_quotes(t, nlp=rules)) for t in (QUOTE, OTHER, PLAIN))
    assert f"3 documents, {n} quotes, 0 failed" in cap.err
    for flag in ("--recursive", "-r"):
        assert main(["extract", str(d), "-f", "jsonl", flag, "--backend", "rules"]) == EXIT_OK
        cap = capsys.readouterr()
        names = [Path(r["id"]).name for r in _jsonl(cap.out)]
        assert sorted(names) == ["B.TXT", "a.txt", "c.Txt", "d.txt", "e.TXT"]
        assert "5 documents" in cap.err and "--recursive" not in cap.err


def test_directory_progress_and_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    d = _tree(tmp_path)
    assert main(["extract", str(d), "-f", "jsonl", "--progress", "--backend", "rules"]) == 0
    err = capsys.readouterr().err
    assert "/3 [" in err and "doc/s" in err and "3 documents" in err
    assert main(["extract", str(d), "-f", "jsonl", "-q", "--backend", "rules"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "documents" not in err and "/3 [" not in err


def test_encoding_cp1256(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "old.txt"
    f.write_bytes(QUOTE.encode("cp1256"))
    assert main(["extract", str(f), "-f", "jsonl"]) == EXIT_INPUT
    assert "--encoding cp1256" in capsys.readouterr().err  # the hint
    for flag in ("--encoding", "-e"):
        assert main(["extract", str(f), "-f", "jsonl", flag, "cp1256"]) == EXIT_OK
        (rec,) = _jsonl(capsys.readouterr().out)
        assert rec["text"] == QUOTE
        assert rec["quotes"] == [q.to_dict() for q in extract_quotes(QUOTE)]
    src, out = tmp_path / "old.jsonl", tmp_path / "o.jsonl"
    src.write_bytes(json.dumps({"id": "x", "text": QUOTE}, ensure_ascii=False)
                    .encode("cp1256") + b"\n")
    assert main(["extract", "-i", str(src), "-o", str(out), "-e", "windows-1256"]) == EXIT_OK
    assert _jsonl(out.read_text(encoding="utf-8"))[0]["text"] == QUOTE
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(OTHER.encode("cp1256"))))
    assert main(["extract", "-f", "jsonl", "-e", "cp1256"]) == EXIT_OK
    assert _jsonl(capsys.readouterr().out)[0]["text"] == OTHER


def _csv(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: spreadsheets show Arabic
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_documents(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text(QUOTE + "\n" + OTHER, encoding="utf-8")
    b.write_text('قالت الوزيرة: "الميزانية، كما قلنا، ستزيد".', encoding="utf-8")
    c.write_text(PLAIN, encoding="utf-8")
    out = tmp_path / "q.csv"
    assert main(["extract", str(a), str(b), str(c), "-f", "csv", "-o", str(out)]) == EXIT_OK
    raw = out.read_bytes()
    assert b"\r\n" in raw and raw.count(b"\xef\xbb\xbf") == 1
    rows = _csv(raw)
    expected = [(str(p), q) for p in (a, b, c)
                for q in extract_quotes(p.read_text(encoding="utf-8"))]
    assert len(rows) == len(expected) >= 3  # c.txt has no quote: no row
    for row, (path, q) in zip(rows, expected, strict=True):
        assert row["id"] == path and row["text"] == q.text and row["kind"] == q.kind
        assert (int(row["start"]), int(row["end"])) == (q.start, q.end)
        assert row["speaker_name"] == (q.speaker_name or "")
        assert row["headline"] in ("true", "false") and row["error"] == ""
    assert [r["quote"] for r in rows if r["id"] == str(a)] == ["1", "2"]


def test_csv_stream(tmp_path: Path) -> None:
    src, out = tmp_path / "c.jsonl", tmp_path / "q.csv"
    src.write_text(json.dumps({"id": 7, "text": QUOTE}, ensure_ascii=False) + "\n"
                   + json.dumps({"text": OTHER}, ensure_ascii=False) + "\n{torn\n",
                   encoding="utf-8")
    assert main(["extract", "-i", str(src), "-f", "csv", "-o", str(out), "-q"]) == EXIT_PARTIAL
    rows = _csv(out.read_bytes())
    assert [(r["id"], r["line"]) for r in rows] == [("7", "1"), ("", "2"), ("", "3")]
    assert rows[0]["text"] and "not JSON" in rows[2]["error"] and rows[2]["text"] == ""


def _long_quote() -> Quote:
    speaker = "وزير الخارجية الأسبق في الحكومة الانتقالية السابقة للبلاد"
    return Quote("نص", 80, 82, "direct", cue=Mention("قال", 0, 3),
                 speaker=Mention(speaker, 4, 4 + len(speaker)), speaker_name="سامي الخطيب")


def test_table_uses_the_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    q = _long_quote()
    wide = render_table([q], width=200)
    assert q.speaker.text in wide and "…" not in wide
    for width in (80, 100):
        narrow = render_table([q], width=width)
        assert q.speaker.text not in narrow and "…" in narrow
        assert all(len(line) <= width for line in narrow.splitlines())
    monkeypatch.setenv("COLUMNS", "200")
    assert q.speaker.text in render_table([q])
    monkeypatch.setenv("COLUMNS", "90")
    assert q.speaker.text not in render_table([q])


def test_table_command_uses_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    speaker = "وزير الخارجية الأسبق في الحكومة الانتقالية السابقة للبلاد سامي الخطيب"
    f = tmp_path / "long.txt"
    f.write_text(f'قال {speaker}: "سنواصل العمل من أجل السلام في المنطقة كلها".',
                 encoding="utf-8")
    (q,) = extract_quotes(f.read_text(encoding="utf-8"))
    assert q.speaker is not None and len(q.speaker.text) > 40
    out = tmp_path / "table.txt"
    for columns, whole in (("200", True), ("80", False)):
        monkeypatch.setenv("COLUMNS", columns)
        assert main(["extract", str(f), "-q"]) == EXIT_OK
        assert (q.speaker.text in capsys.readouterr().out) is whole
        assert main(["extract", str(f), "-q", "-o", str(out)]) == EXIT_OK
        assert (q.speaker.text in out.read_text(encoding="utf-8")) is whole


def test_backend_help_names_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    ex = build_parser()._subparsers._group_actions[0].choices["extract"]
    helptext = ex.format_help()
    for word in ("rules", "trained", "pipeline", "no model"):
        assert word in helptext
    assert "exit codes" in helptext and "6 no space" in helptext


def test_html_page_names_its_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """When the renderer takes ``source=``, each page shows its file's path."""
    from quotecheck.cli import _takes_source

    render = pytest.importorskip("quotecheck.render.html").render_extract_html
    f, g = tmp_path / "first-file.txt", tmp_path / "second-file.txt"
    f.write_text(QUOTE, encoding="utf-8")
    g.write_text(OTHER, encoding="utf-8")
    outdir = tmp_path / "pages"
    assert main(["extract", str(f), str(g), "-f", "html", "--output-dir", str(outdir)]) == 0
    pages = {p.name: p.read_text(encoding="utf-8") for p in outdir.iterdir()}
    assert sorted(pages) == ["first-file.html", "second-file.html"]
    named = _takes_source(render)
    assert ("first-file.txt" in pages["first-file.html"]) is named
    assert "first-file.txt" not in pages["second-file.html"]
