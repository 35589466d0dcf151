"""The ``compare`` subcommand, through an argparse parser built here."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from quotecheck.comparison.cli import register, run
from quotecheck.types import Quote

A = "قال الوزير سامي الخطيب: «حققنا تقدما كبيرا في ملف المياه مع الجيران». "
B = "وأكد الخطيب أنه حقق تقدما كبيرا في ملف المياه مع الجيران."


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="quotecheck")
    sub = ap.add_subparsers(dest="command", required=True)
    register(sub)
    return ap


def _batch_line(doc_id: str, text: str, quote: str, kind: str, speaker: str) -> str:
    start = text.index(quote)
    q = Quote(quote, start, start + len(quote), kind, speaker_name=speaker)
    return json.dumps({"id": doc_id, "text": text, "quotes": [q.to_dict()]}, ensure_ascii=False)


def _write_batch(tmp_path: Path) -> Path:
    path = tmp_path / "quotes.jsonl"
    lines = [
        _batch_line("a", A, "حققنا تقدما كبيرا في ملف المياه مع الجيران", "direct", "سامي الخطيب"),
        _batch_line("b", B, "حقق تقدما كبيرا في ملف المياه مع الجيران", "indirect", "الخطيب"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_register_adds_compare_subcommand() -> None:
    args = _parser().parse_args(["compare", "x.txt", "y.txt", "--format", "json"])
    assert args.files == ["x.txt", "y.txt"] and args.format == "json"
    assert args.func is run


def test_input_jsonl_json_output(tmp_path: Path, capsys) -> None:
    path = _write_batch(tmp_path)
    args = _parser().parse_args(["compare", "--input", str(path), "--format", "json"])
    assert run(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 1
    assert [m["doc_id"] for m in data[0]["members"]] == ["a", "b"]
    assert data[0]["pairs"][0]["flags"] == ["kind"]


def test_table_and_html_to_file(tmp_path: Path, capsys) -> None:
    path = _write_batch(tmp_path)
    assert run(_parser().parse_args(["compare", "--input", str(path)])) == 0
    table = capsys.readouterr().out
    assert "[1]" in table and "kind" in table and "a (direct)" in table
    out = tmp_path / "page.html"
    args = _parser().parse_args(
        ["compare", "--input", str(path), "--format", "html", "-o", str(out)]
    )
    assert run(args) == 0
    page = out.read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and "حققنا" in page


def test_no_input_is_an_error(capsys) -> None:
    assert run(_parser().parse_args(["compare"])) == 2
    assert "FILE" in capsys.readouterr().err


def test_text_files_are_extracted(tmp_path: Path, capsys) -> None:
    """FILE arguments go through quotecheck.extract_quotes (skipped if no extractor loads)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(
        'وقال الوزير سامي الخطيب: "حققنا تقدما كبيرا في ملف المياه مع الجيران".\n', encoding="utf-8"
    )
    b.write_text('وقال الخطيب: "حققنا تقدما كبيرا في ملف المياه مع الجيران".\n', encoding="utf-8")
    try:
        from quotecheck import extract_quotes

        extract_quotes(a.read_text(encoding="utf-8"))
    except Exception as ex:  # the extractor is another package's concern
        pytest.skip(f"no extractor: {type(ex).__name__}")
    args = _parser().parse_args(["compare", str(a), str(b), "--format", "json"])
    assert run(args) == 0
    data = json.loads(capsys.readouterr().out)
    docs = {m["doc_id"] for st in data for m in st["members"]}
    assert docs <= {"a.txt", "b.txt"}
