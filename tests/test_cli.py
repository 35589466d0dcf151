"""The quotecheck command line: formats, exit codes, JSONL streaming, failures, --resume.

The sentences are written for these tests.
"""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck import extract_quotes
from quotecheck.cli import EXIT_EMPTY, EXIT_INPUT, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main

QUOTE = 'قال وزير الخارجية: "سنواصل العمل من أجل السلام في المنطقة".'
INDIRECT = "وأكد الرئيس أن الحكومة ستعمل على تحسين الأوضاع الاقتصادية قريبا."
GUILLEMETS = "وقالت المتحدثة باسم الوزارة إن «المفاوضات ستستأنف الأسبوع المقبل» في جنيف."


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _check_record(rec: dict) -> None:
    for q in rec["quotes"]:
        assert rec["text"][q["start"] : q["end"]] == q["text"]


# -- documents -------------------------------------------------------------------------
def test_table_from_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    assert main(["extract", str(f)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "direct" in out and "سنواصل العمل" in out and "kind" in out


def test_json_and_jsonl_stdin(monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    text = f"{QUOTE}\n{INDIRECT}\n"
    _stdin(monkeypatch, text.encode())
    assert main(["extract", "--format", "json"]) == EXIT_OK
    docs = json.loads(capsys.readouterr().out)
    assert isinstance(docs, list) and len(docs) == 1
    assert docs[0]["id"] == "-" and docs[0]["text"] == text
    assert docs[0]["quotes"] == [q.to_dict() for q in extract_quotes(text)]
    _check_record(docs[0])

    _stdin(monkeypatch, text.encode())
    assert main(["extract", "-f", "jsonl", "--no-text"]) == EXIT_OK
    (rec,) = _jsonl(capsys.readouterr().out)
    assert "text" not in rec and len(rec["quotes"]) == len(docs[0]["quotes"])


def test_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(INDIRECT, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(QUOTE, encoding="utf-8")
    (tmp_path / "notes.md").write_text(QUOTE, encoding="utf-8")
    assert main(["extract", str(tmp_path), "-f", "jsonl", "-n", "2"]) == EXIT_OK
    cap = capsys.readouterr()
    assert [Path(r["id"]).name for r in _jsonl(cap.out)] == ["b.txt"]  # no recursion
    assert "1 subdirectory not read (--recursive" in cap.err
    assert main(["extract", str(tmp_path), "-f", "jsonl", "-n", "2", "--recursive"]) == EXIT_OK
    recs = _jsonl(capsys.readouterr().out)
    assert [Path(r["id"]).name for r in recs] == ["b.txt", "a.txt"]
    for r in recs:
        _check_record(r)
        assert r["quotes"]


def test_windows_line_ends_and_bom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "w.txt"
    f.write_bytes(b"\xef\xbb\xbf" + f"{INDIRECT}\r\n{QUOTE}\r\n".encode())
    assert main(["extract", str(f), "-f", "json"]) == EXIT_OK
    (doc,) = json.loads(capsys.readouterr().out)
    assert doc["text"].startswith("وأكد") and "\r\n" in doc["text"]
    _check_record(doc)
    assert len(doc["quotes"]) == 2


def test_output_file(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["extract", str(f), "-f", "json", "-o", str(out)]) == EXIT_OK
    assert json.loads(out.read_text(encoding="utf-8"))[0]["quotes"]


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "a.txt"
    good.write_text(QUOTE, encoding="utf-8")
    assert main(["extract", str(tmp_path / "nope.txt"), str(good), "-f", "jsonl"]) == EXIT_INPUT
    cap = capsys.readouterr()
    assert "nope.txt: no such file" in cap.err
    assert len(_jsonl(cap.out)) == 1  # the readable file is still processed


def test_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "cp1256.txt"
    f.write_bytes("قال الوزير".encode("cp1256"))
    assert main(["extract", str(f)]) == EXIT_INPUT
    assert "not UTF-8" in capsys.readouterr().err


def test_empty_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, b" \n\t\n")
    assert main(["extract"]) == EXIT_EMPTY
    assert "empty" in capsys.readouterr().err
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    assert main(["extract", str(tmp_path / "e.txt")]) == EXIT_EMPTY
    empty_dir = tmp_path / "d"
    empty_dir.mkdir()
    assert main(["extract", str(empty_dir)]) == EXIT_EMPTY
    assert "no .txt files" in capsys.readouterr().err


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    assert main(["extract", "--format", "xml"]) == EXIT_USAGE
    assert main(["extract", "--input", "x.jsonl", "y.txt"]) == EXIT_USAGE
    assert main(["extract", "--input", "x.jsonl", "-f", "table"]) == EXIT_USAGE
    assert main(["extract", "--input", "x.jsonl", "--resume"]) == EXIT_USAGE
    assert main(["extract", "--batch-size", "0", "--input", "x.jsonl"]) == EXIT_USAGE
    assert main(["--version"]) == EXIT_OK
    capsys.readouterr()


def test_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    rc = main(["extract", str(f), "-f", "html"])
    cap = capsys.readouterr()
    if importlib.util.find_spec("quotecheck.render.html") is None:
        assert rc == EXIT_USAGE and "render_extract_html" in cap.err
        return
    assert rc == EXIT_OK and "<" in cap.out and "سنواصل" in cap.out
    g = tmp_path / "b.txt"
    g.write_text(INDIRECT, encoding="utf-8")
    assert main(["extract", str(f), str(g), "-f", "html"]) == EXIT_USAGE
    outdir = tmp_path / "html"
    assert main(["extract", str(f), str(g), "-f", "html", "--output-dir", str(outdir)]) == 0
    assert sorted(p.name for p in outdir.iterdir()) == ["a.html", "b.html"]


def test_compare_registered_when_present(capsys: pytest.CaptureFixture[str]) -> None:
    if importlib.util.find_spec("quotecheck.comparison.cli") is None:
        pytest.skip("quotecheck.comparison.cli is not there")
    assert main(["compare", "--help"]) == EXIT_OK
    assert "usage" in capsys.readouterr().out


# -- JSONL streaming -------------------------------------------------------------------
def _corpus(path: Path, n: int = 30) -> list[dict]:
    texts = [QUOTE, INDIRECT, GUILLEMETS, "نص بلا اقتباس."]
    recs = [{"id": f"d{k}", "text": texts[k % len(texts)], "extra": k} for k in range(n)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                    encoding="utf-8")
    return recs


def test_stream_one_line_per_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    recs = _corpus(src)
    assert main(["extract", "--input", str(src), "--output", str(out), "-b", "4"]) == EXIT_OK
    got = _jsonl(out.read_text(encoding="utf-8"))
    assert [g["id"] for g in got] == [r["id"] for r in recs]
    for g, r in zip(got, recs, strict=True):
        assert g["text"] == r["text"]
        assert g["quotes"] == [q.to_dict() for q in extract_quotes(r["text"])]
    err = capsys.readouterr().err
    assert "30 records" in err and "\r" not in err  # no progress bar: stderr is no terminal


def test_stream_two_processes_same_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _corpus(src, 40)
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert main(["extract", "-i", str(src), "-o", str(one), "-q"]) == EXIT_OK
    assert main(["extract", "-i", str(src), "-o", str(two), "-q", "-n", "2", "-b", "3"]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_stream_failures_isolated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [
        json.dumps({"id": "a", "text": QUOTE}, ensure_ascii=False).encode(),
        b"{not json",
        json.dumps({"id": "c", "body": QUOTE}).encode(),
        json.dumps({"id": "d", "text": 17}).encode(),
        b"\xff\xfe broken",
        b"[1, 2]",
        b"",
        json.dumps({"id": "h", "text": INDIRECT}, ensure_ascii=False).encode(),
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    for n in ("1", "2"):
        assert main(["extract", "-i", str(src), "-o", str(out), "-n", n, "-b", "2"]) == \
            EXIT_PARTIAL
        got = _jsonl(out.read_text(encoding="utf-8"))
        assert len(got) == 7  # the blank line is no record
        assert [g["id"] for g in got] == ["a", None, "c", "d", None, None, "h"]
        assert [g.get("line") for g in got] == [None, 2, 3, 4, 5, 6, None]
        assert [("error" in g) for g in got] == [False, True, True, True, True, True, False]
        assert got[1]["line"] == 2 and "not JSON" in got[1]["error"]
        assert "'text'" in got[2]["error"] and "int" in got[3]["error"]
        assert got[0]["quotes"] and got[6]["quotes"]
        assert "5 failed" in capsys.readouterr().err


def test_stream_text_and_id_fields(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"doc": 7, "body": QUOTE}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    assert main(["extract", "-i", str(src), "-o", str(out), "--text-field", "body",
                 "--id-field", "doc", "--no-text"]) == EXIT_OK
    (rec,) = _jsonl(out.read_text(encoding="utf-8"))
    assert rec["id"] == 7 and "text" not in rec and rec["quotes"]


def test_stream_stdin_to_stdout(monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    data = json.dumps({"id": 1, "text": QUOTE}, ensure_ascii=False).encode() + b"\n"
    _stdin(monkeypatch, data)
    assert main(["extract", "--input", "-"]) == EXIT_OK
    (rec,) = _jsonl(capsys.readouterr().out)
    assert rec["id"] == 1 and rec["quotes"]


def test_stream_missing_and_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-i", str(tmp_path / "nope.jsonl")]) == EXIT_INPUT
    empty = tmp_path / "e.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    assert main(["extract", "-i", str(empty), "-o", str(tmp_path / "o.jsonl")]) == EXIT_EMPTY
    assert "no such file" in capsys.readouterr().err


def test_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    recs = _corpus(src, 20)
    full = tmp_path / "full.jsonl"
    assert main(["extract", "-i", str(src), "-o", str(full), "-q"]) == EXIT_OK
    full_lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    # An interrupted run: 8 lines written, the 9th torn in the middle.
    out.write_text("".join(full_lines[:8]) + full_lines[8][:25], encoding="utf-8")
    assert main(["extract", "-i", str(src), "-o", str(out), "--resume"]) == EXIT_OK
    assert "8 skipped" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "".join(full_lines)
    # Nothing left to do: the file stays as it is.
    assert main(["extract", "-i", str(src), "-o", str(out), "--resume", "-q"]) == EXIT_OK
    got = _jsonl(out.read_text(encoding="utf-8"))
    assert [g["id"] for g in got] == [r["id"] for r in recs]


def test_lone_surrogates_stay_valid_utf8(tmp_path: Path) -> None:
    """A JSON input with a lone surrogate: the output is valid UTF-8 whatever happens.

    (Whether the engine itself copes with lone surrogates is tested in test_hostile.py.)
    """
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = QUOTE.replace("العمل", "الع\ud800مل") + " \udfff"
    src.write_text(json.dumps({"id": "s", "text": text}) + "\n", encoding="ascii")
    rc = main(["extract", "-i", str(src), "-o", str(out), "-q"])
    raw = out.read_bytes()
    (rec,) = _jsonl(raw.decode("utf-8"))  # strict decoding: raises if not valid UTF-8
    assert rec["id"] == "s"
    if rc == EXIT_OK:
        assert rec["text"] == text
        _check_record(rec)
    else:
        assert rc == EXIT_PARTIAL and "error" in rec


def test_jsonl_writer_escapes_surrogates() -> None:
    from quotecheck.render.jsonout import dumps, dumps_line, record
    from quotecheck.types import Mention, Quote

    text = "قال: \"أ\ud800ب ج\" \udfff"
    q = Quote(text=text[6:11], start=6, end=11, kind="direct", cue=Mention("قال", 0, 3))
    line = dumps_line(record("x", text, [q]))
    assert line.endswith("\n") and line.count("\n") == 1
    line.encode("utf-8")  # strict
    back = json.loads(line)
    assert back["text"] == text and back["quotes"][0]["text"] == text[6:11]
    assert "قال" in line  # Arabic stays readable
    assert json.loads(dumps([record("x", text, [q])], indent=2))[0]["text"] == text


def test_console_script_module() -> None:
    r = subprocess.run([sys.executable, "-m", "quotecheck.cli", "extract", "-f", "jsonl"],
                       input=QUOTE.encode(), capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    (rec,) = _jsonl(r.stdout.decode("utf-8"))
    assert rec["quotes"][0]["kind"] == "direct"
