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
    from quotecheck.cli import main

    assert main(["compare"]) == 2
    assert "PATH" in capsys.readouterr().err


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


# -- clean failures, ids, options (issues 17 and 18) ---------------------------------------
def _main(*args: str) -> int:
    from quotecheck.cli import main

    return main(["compare", *args])


def test_missing_file_and_directory(tmp_path: Path, capsys) -> None:
    a = tmp_path / "a.txt"
    a.write_text(A, encoding="utf-8")
    assert _main(str(tmp_path / "nope.txt")) == 3
    assert _main(str(a), str(tmp_path / "nope.txt"), "-f", "json") == 3  # a still compared
    cap = capsys.readouterr()
    assert "nope.txt: no such file" in cap.err and "Traceback" not in cap.err
    assert [m["doc_id"] for st in json.loads(cap.out) for m in st["members"]] == ["a.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _main(str(empty)) == 4
    assert "no .txt files" in capsys.readouterr().err
    bad = tmp_path / "bad.txt"
    bad.write_bytes(A.encode("cp1256"))
    assert _main(str(bad), str(a)) == 3
    assert "not UTF-8" in capsys.readouterr().err
    assert _main(str(bad), str(a), "-e", "cp1256") == 0


def test_directories_compare_their_text_files(tmp_path: Path, capsys) -> None:
    d1, d2 = tmp_path / "outlet1", tmp_path / "outlet2"
    d1.mkdir()
    d2.mkdir()
    (d1 / "a.txt").write_text(A, encoding="utf-8")
    (d2 / "a.txt").write_text(A.replace("تقدما كبيرا", "تقدما صغيرا"), encoding="utf-8")
    (d2 / "b.TXT").write_text(A, encoding="utf-8")
    assert _main(str(d1), str(d2), "-f", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert {m["doc_id"] for st in data for m in st["members"]} == {
        "outlet1/a.txt", "outlet2/a.txt", "b.TXT"}


def test_ids_are_shortest_distinct_suffixes(tmp_path: Path, capsys) -> None:
    from quotecheck.cli_io import shortest_suffixes

    for d in ("x/d1", "x/d2", "y/d1"):
        (tmp_path / d).mkdir(parents=True)
    paths = [tmp_path / "x/d1/a.txt", tmp_path / "x/d2/a.txt", tmp_path / "y/d1/a.txt",
             tmp_path / "x/d1/b.txt"]
    for p in paths:
        p.write_text(A, encoding="utf-8")
    assert shortest_suffixes([str(p) for p in paths]) == \
        ["x/d1/a.txt", "d2/a.txt", "y/d1/a.txt", "b.txt"]
    assert shortest_suffixes([str(paths[3]), str(paths[3])]) == ["b.txt", "b.txt (2)"]
    assert _main(*(str(p) for p in paths[:3]), "-f", "json") == 0
    data = json.loads(capsys.readouterr().out)
    members = [m["doc_id"] for st in data for m in st["members"]]
    assert sorted(members) == ["d2/a.txt", "x/d1/a.txt", "y/d1/a.txt"]  # three sources


def test_input_torn_array_missing(tmp_path: Path, capsys) -> None:
    good = _write_batch(tmp_path)
    lines = good.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([lines[0], "[1, 2]", '"x"', '{"id": "e", "line": 3, "error": "x"}',
                              lines[1][:40]]), encoding="utf-8")
    assert _main("-i", str(bad), "-f", "json") == 1  # some lines could not be used
    cap = capsys.readouterr()
    assert "line 2: a JSON list" in cap.err and "line 3: a JSON str" in cap.err
    assert "line 4: extract failed" in cap.err and "line 5: not JSON" in cap.err
    assert "Traceback" not in cap.err
    assert [m["doc_id"] for st in json.loads(cap.out) for m in st["members"]] == ["a"]
    assert _main("-i", str(tmp_path / "nope.jsonl")) == 3
    assert _main("-i", str(tmp_path)) == 3
    assert _main("-i", str(tmp_path / "nope.jsonl"), "-i", str(good), "-f", "json") == 3
    cap = capsys.readouterr()
    assert "nope.jsonl: no such file" in cap.err and "is a directory" in cap.err
    assert len(json.loads(cap.out)) == 1  # the good input was still compared
    torn_only = tmp_path / "torn.jsonl"
    torn_only.write_text('{"id": 1, "te', encoding="utf-8")
    assert _main("-i", str(torn_only)) == 1


def test_ids_one_and_string_one_stay_apart(tmp_path: Path, capsys) -> None:
    path = _write_batch(tmp_path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows[0]["id"], rows[1]["id"] = 1, "1"
    two = tmp_path / "two.jsonl"
    two.write_text("\ufeff" + "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                   encoding="utf-8")
    assert _main("-i", str(two), "-f", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 1 and len(data[0]["members"]) == 2
    assert sorted(m["doc_id"] for m in data[0]["members"]) == ["1", "1#2"]
    # One id in two inputs: two sources too.
    assert _main("-i", str(path), "-i", str(path), "-f", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert {m["doc_id"] for st in data for m in st["members"]} == {"a", "b", "a#2", "b#2"}


def test_short_options_and_help(tmp_path: Path, capsys) -> None:
    from quotecheck.cli import build_parser

    path = _write_batch(tmp_path)
    out = tmp_path / "o.json"
    assert _main("-i", str(path), "-f", "json", "-o", str(out)) == 0
    assert json.loads(out.read_text(encoding="utf-8"))
    helptext = build_parser()._subparsers._group_actions[0].choices["compare"].format_help()
    assert "``" not in helptext and ":mod:" not in helptext
    assert "-f {table,json,html}, --format" in helptext and "right-to-left page" in helptext
    assert "exit codes" in helptext


def test_lone_surrogates_in_input(tmp_path: Path, capsys) -> None:
    """The output of extract on a text with a lone surrogate: every format writes."""
    path = tmp_path / "s.jsonl"
    text_a, text_b = A.replace("المياه", "الم\ud800ياه"), B.replace("المياه", "الم\ud800ياه")
    lines = [
        _batch_line("a", text_a, "حققنا تقدما كبيرا في ملف الم\ud800ياه مع الجيران", "direct",
                    "سامي الخطيب"),
        _batch_line("b", text_b, "حقق تقدما كبيرا في ملف الم\ud800ياه مع الجيران", "indirect",
                    "الخطيب"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    path.write_bytes("\n".join(json.dumps(json.loads(x)) for x in lines).encode("ascii"))
    for fmt in ("json", "html", "table"):
        out = tmp_path / f"o.{fmt}"
        assert _main("-i", str(path), "-f", fmt, "-o", str(out)) == 0
        page = out.read_bytes().decode("utf-8")  # strict
        assert "حقق" in page
    data = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert data[0]["members"][0]["quote"]["text"].count("\ud800") == 1
