"""The CLI when its streams fail: closed stdin/stdout/stderr, a full disk, an output that is
the input, --resume on something that is not a file.  Each gives a clean message (no
traceback) and its own exit code (issue 17).

The sentences are written for these tests.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.cli import (
    EXIT_INPUT,
    EXIT_NOSPACE,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_PARTIAL,
    EXIT_USAGE,
    main,
)

QUOTE = 'قال المتحدث باسم البلدية: "سنفتح الحديقة العامة يوم الجمعة".'
FULL = Path("/dev/full")
needs_full = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full here")


def _corpus(path: Path, n: int = 3) -> None:
    path.write_text("".join(json.dumps({"id": k, "text": QUOTE}, ensure_ascii=False) + "\n"
                            for k in range(n)), encoding="utf-8")


def _run(args: list[str], close: tuple[int, ...] = (), stdout: object = None,
         stdin: object = None) -> subprocess.CompletedProcess:
    """The console script in a child whose file descriptors ``close`` are closed."""
    def pre() -> None:
        for fd in close:
            os.close(fd)

    return subprocess.run([sys.executable, "-m", "quotecheck.cli", *args],
                          stdin=stdin if stdin is not None else subprocess.DEVNULL,
                          stdout=stdout if stdout is not None else subprocess.PIPE,
                          stderr=subprocess.PIPE, preexec_fn=pre, timeout=120)


# -- real closed descriptors (child processes) ---------------------------------------------
def test_closed_stdin_child(tmp_path: Path) -> None:
    for args in (["extract", "--backend", "rules"], ["extract", "-i", "-", "--backend", "rules"]):
        r = _run(args, close=(0,))
        err = r.stderr.decode()
        assert r.returncode == EXIT_INPUT, err
        assert "standard input is closed" in err and "Traceback" not in err


def test_closed_stdout_child(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    src = tmp_path / "c.jsonl"
    _corpus(src)
    for args in (["extract", str(f)], ["extract", str(f), "-f", "json"],
                 ["extract", "-i", str(src)], ["compare", str(f), str(f)]):
        r = _run([*args, "--backend", "rules"] if args[0] == "extract" else args, close=(1,))
        err = r.stderr.decode()
        assert r.returncode == EXIT_OUTPUT, (args, err)
        assert "standard output is closed" in err and "Traceback" not in err


def test_closed_stderr_child(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    r = _run(["extract", str(f), "-f", "jsonl", "--backend", "rules"], close=(2,))
    assert r.returncode == EXIT_OK and json.loads(r.stdout)["quotes"]
    r = _run(["extract", str(tmp_path / "nope.txt")], close=(2,))
    assert r.returncode == EXIT_INPUT


@needs_full
def test_full_disk_child(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    with FULL.open("wb") as full:
        r = _run(["extract", str(f), "--backend", "rules"], stdout=full)
    err = r.stderr.decode()
    assert r.returncode == EXIT_NOSPACE, err
    assert "no space left" in err and "Traceback" not in err and "Exception" not in err


# -- the same in process ------------------------------------------------------------------
@needs_full
def test_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    src = tmp_path / "c.jsonl"
    _corpus(src, 200)
    for args in ([str(f)], [str(f), "-f", "json"], [str(f), "-f", "csv"],
                 ["-i", str(src)], ["-i", str(src), "-f", "csv"]):
        assert main(["extract", *args, "-o", str(FULL), "--backend", "rules"]) == EXIT_NOSPACE
        err = capsys.readouterr().err
        assert "no space left on the device" in err
    assert main(["compare", str(f), str(f), "-o", str(FULL)]) == EXIT_NOSPACE


@needs_full
def test_resume_on_a_device_does_not_read_it(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """/dev/full reads as endless zeros: --resume must refuse it, not read it forever."""
    src = tmp_path / "c.jsonl"
    _corpus(src)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for out in (str(FULL), os.devnull, str(fifo), str(tmp_path)):
        assert main(["extract", "-i", str(src), "-o", out, "--resume"]) == EXIT_USAGE
        assert "regular file" in capsys.readouterr().err


def test_closed_streams_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["extract"]) == EXIT_INPUT
    assert main(["extract", "-", str(f)]) == EXIT_INPUT
    assert main(["extract", "-i", "-"]) == EXIT_INPUT
    assert "standard input is closed" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["extract", str(f), "--backend", "rules"]) == EXIT_OUTPUT
    assert "standard output is closed" in capsys.readouterr().err
    # An output written to a file is fine without stdout.
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(f), "-f", "jsonl", "-o", str(out), "-q"]) == EXIT_OK
    assert json.loads(out.read_text(encoding="utf-8"))["quotes"]


def test_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    assert main(["extract", str(f), "-o", str(tmp_path / "no" / "dir" / "o.txt")]) == \
        EXIT_OUTPUT
    assert main(["extract", str(f), "-o", str(tmp_path)]) == EXIT_OUTPUT  # a directory
    assert "cannot write" in capsys.readouterr().err


# -- the output must never be one of the inputs --------------------------------------------
def test_output_same_as_input_refused_before_any_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    x = tmp_path / "x.jsonl"
    _corpus(x)
    with x.open("ab") as fh:
        fh.write(b'{"id": 99, "text": "torn')  # a last line without its end
    before = x.read_bytes()
    link = tmp_path / "link.jsonl"
    os.link(x, link)
    for args in (["-i", str(x), "-o", str(x), "--resume"], ["-i", str(x), "-o", str(x)],
                 ["-i", str(x), "-o", str(link), "--resume"]):
        assert main(["extract", *args]) == EXIT_USAGE
        assert "is the input" in capsys.readouterr().err
        assert x.read_bytes() == before
    # --input - --output X < X
    with x.open("rb") as raw:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
        assert main(["extract", "-i", "-", "-o", str(x)]) == EXIT_USAGE
        assert main(["extract", "-o", str(x)]) == EXIT_USAGE
    assert x.read_bytes() == before
    t = tmp_path / "a.txt"
    t.write_text(QUOTE, encoding="utf-8")
    assert main(["extract", str(t), "-o", str(t)]) == EXIT_USAGE
    assert main(["extract", str(tmp_path), "-o", str(t), "-f", "jsonl"]) == EXIT_USAGE
    assert main(["compare", str(t), str(x), "-o", str(t)]) == EXIT_USAGE
    assert t.read_text(encoding="utf-8") == QUOTE


def test_usage_errors_have_no_traceback(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    assert main(["extract", str(f), "--encoding", "klingon"]) == EXIT_USAGE
    assert main(["extract", "-i", str(f), "-f", "table"]) == EXIT_USAGE
    assert main(["extract", "-i", str(f), "-o", str(tmp_path / "o"), "-f", "csv",
                 "--resume"]) == EXIT_USAGE
    assert main(["extract", "-i", str(f), "--encoding", "utf-16"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "unknown encoding" in err and "utf-16" in err and "Traceback" not in err


def test_partial_is_only_for_failed_records(tmp_path: Path) -> None:
    """Exit 1 means some records failed, nothing else."""
    src, out = tmp_path / "c.jsonl", tmp_path / "o.jsonl"
    src.write_text(json.dumps({"id": 1, "text": QUOTE}, ensure_ascii=False) + "\n{torn\n",
                   encoding="utf-8")
    assert main(["extract", "-i", str(src), "-o", str(out), "-q"]) == EXIT_PARTIAL
