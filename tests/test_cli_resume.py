"""JSONL batch runs lose nothing: --resume by position with repeated ids, error lines not
repeated, ids that never collide, strict JSON, a BOM on any line, a wrong --text-field
(issues 17 and 18).

The sentences are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main

TEXTS = [
    'قال رئيس النادي: "سنبني ملعبا جديدا في الصيف".',
    "وأوضح المدرب أن الفريق سيستعد جيدا للمباراة.",
    "خبر قصير بلا أي اقتباس.",
]


def _write(path: Path, recs: list, raw_lines: dict[int, bytes] | None = None) -> None:
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in recs]
    for k, raw in (raw_lines or {}).items():
        lines.insert(k, raw)
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def _strict_lines(path: Path) -> list[dict]:
    def no_constant(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    return [json.loads(line, parse_constant=no_constant)
            for line in path.read_text(encoding="utf-8").splitlines()]


def _extract(*args: str) -> int:
    return main(["extract", "--backend", "rules", "-q", "-b", "7", *args])


def _crash_and_resume(tmp_path: Path, recs: list, cut: int, torn: int = 30,
                      raw_lines: dict[int, bytes] | None = None) -> tuple[bytes, bytes, int]:
    src, full, part = tmp_path / "in.jsonl", tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    _write(src, recs, raw_lines)
    rc_full = _extract("-i", str(src), "-o", str(full))
    lines = full.read_bytes().splitlines(keepends=True)
    part.write_bytes(b"".join(lines[:cut]) + (lines[cut][:torn] if cut < len(lines) else b""))
    rc = _extract("-i", str(src), "-o", str(part), "--resume")
    assert rc == rc_full
    return full.read_bytes(), part.read_bytes(), len(lines)


def test_resume_with_repeated_ids(tmp_path: Path) -> None:
    """1,500 records with ids i % 750, cut at 900 lines: the resumed output is the full one."""
    recs = [{"id": i % 750, "text": TEXTS[i % 3]} for i in range(1500)]
    full, part, n = _crash_and_resume(tmp_path, recs, 900)
    assert n == 1500 and part == full


@pytest.mark.parametrize("cut", [0, 1, 5, 11])
def test_resume_all_ids_equal_or_missing(tmp_path: Path, cut: int) -> None:
    same = [{"id": "x", "text": TEXTS[i % 3]} for i in range(12)]
    full, part, _ = _crash_and_resume(tmp_path, same, cut)
    assert part == full
    none = [{"text": TEXTS[i % 3]} for i in range(12)]
    full, part, _ = _crash_and_resume(tmp_path, none, cut, torn=3)
    assert part == full


def test_resume_does_not_repeat_error_lines(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    recs = [{"id": i, "text": TEXTS[i % 3]} if i % 4 else {"id": i, "body": "x"}
            for i in range(10)]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, recs, {5: b"{torn", 8: b"[1, 2]"})
    assert _extract("-i", str(src), "-o", str(out)) == EXIT_PARTIAL
    first = out.read_bytes()
    assert len(first.splitlines()) == 12
    for _ in range(2):  # two more resumes: nothing is appended; the failures still count
        assert main(["extract", "--backend", "rules", "-i", str(src), "-o", str(out),
                     "--resume"]) == EXIT_PARTIAL
        assert "0 records, 0 quotes, 0 failed, 12 skipped (already done, 5 of them failed)" \
            in capsys.readouterr().err
        assert out.read_bytes() == first
    # Cut inside the error lines, then resume: the same file again.
    out.write_bytes(b"".join(first.splitlines(keepends=True)[:6]))
    assert _extract("-i", str(src), "-o", str(out), "--resume") == EXIT_PARTIAL
    assert out.read_bytes() == first


def test_resume_refuses_another_inputs_output(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    src, other, out = tmp_path / "in.jsonl", tmp_path / "other.jsonl", tmp_path / "out.jsonl"
    _write(src, [{"id": i, "text": TEXTS[i % 3]} for i in range(6)])
    _write(other, [{"id": i + 1, "text": TEXTS[i % 3]} for i in range(6)])
    assert _extract("-i", str(other), "-o", str(out)) == EXIT_OK
    before = out.read_bytes()
    assert _extract("-i", str(src), "-o", str(out), "--resume") == EXIT_USAGE
    assert "cannot resume" in capsys.readouterr().err and out.read_bytes() == before
    short = tmp_path / "short.jsonl"
    _write(short, [{"id": i + 1, "text": TEXTS[i % 3]} for i in range(3)])
    assert _extract("-i", str(short), "-o", str(out), "--resume") == EXIT_USAGE
    assert "more lines than the input" in capsys.readouterr().err
    assert out.read_bytes() == before
    junk = tmp_path / "junk.jsonl"
    junk.write_text("not json\n", encoding="utf-8")
    assert _extract("-i", str(src), "-o", str(junk), "--resume") == EXIT_USAGE
    assert junk.read_text(encoding="utf-8") == "not json\n"


def test_ids_never_collide(tmp_path: Path) -> None:
    """A record without an id (or with null/NaN) is written with id null and its line."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(
        b'{"id": 2, "text": "\xd9\x86\xd8\xb5"}\n'
        b'{"text": "\xd9\x86\xd8\xb5"}\n'
        b'{"id": null, "text": "\xd9\x86\xd8\xb5"}\n'
        b'{"id": NaN, "text": "\xd9\x86\xd8\xb5"}\n'
        b'{"id": [1, Infinity], "text": "\xd9\x86\xd8\xb5"}\n'
        b'{"id": -Infinity}\n'
    )
    assert _extract("-i", str(src), "-o", str(out)) == EXIT_PARTIAL
    got = _strict_lines(out)  # strict JSON: no NaN, no Infinity
    assert [g["id"] for g in got] == [2, None, None, None, [1, None], None]
    assert [g.get("line") for g in got] == [None, 2, 3, 4, None, 6]
    assert "error" in got[5]
    assert len({(json.dumps(g["id"]), g.get("line")) for g in got}) == len(got)


def test_bom_on_a_later_line(tmp_path: Path) -> None:
    """``cat a.jsonl b.jsonl`` with BOMs: every record is read."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    bom = b"\xef\xbb\xbf"
    a = json.dumps({"id": "a", "text": TEXTS[0]}, ensure_ascii=False).encode()
    b = json.dumps({"id": "b", "text": TEXTS[1]}, ensure_ascii=False).encode()
    src.write_bytes(bom + a + b"\n" + bom + b + b"\r\n" + bom + b"\n" + bom + a + b"\n")
    assert _extract("-i", str(src), "-o", str(out)) == EXIT_OK
    got = _strict_lines(out)
    assert [g["id"] for g in got] == ["a", "b", "a"]
    assert all("error" not in g for g in got) and got[0]["quotes"]


def test_wrong_text_field_stops_at_once(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, [{"id": i, "body": TEXTS[i % 3], "title": "t"} for i in range(500)])
    assert _extract("-i", str(src), "-o", str(out)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "'text'" in err and "'body'" in err and "'title'" in err and "--text-field" in err
    assert not out.exists()  # stopped before the output was opened
    # A single record, and records from stdin, stop the same way.
    one = tmp_path / "one.jsonl"
    _write(one, [{"id": 1, "content": TEXTS[0]}])
    assert _extract("-i", str(one), "-o", str(out)) == EXIT_USAGE
    assert "'content'" in capsys.readouterr().err
    # The right field runs; a few records without it are ordinary failures.
    assert _extract("-i", str(src), "-o", str(out), "--text-field", "body") == EXIT_OK
    mixed = tmp_path / "mixed.jsonl"
    _write(mixed, [{"id": 0, "body": "x"}] + [{"id": i, "text": TEXTS[0]} for i in range(1, 4)])
    assert _extract("-i", str(mixed), "-o", str(out)) == EXIT_PARTIAL
    assert len(_strict_lines(out)) == 4


def test_missing_id_field_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, [{"doc": i, "text": TEXTS[0]} for i in range(3)])
    assert main(["extract", "--backend", "rules", "-i", str(src), "-o", str(out)]) == EXIT_OK
    assert "no record among the first 3 has the field 'id'" in capsys.readouterr().err
    assert [g["line"] for g in _strict_lines(out)] == [1, 2, 3]
