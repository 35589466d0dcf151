"""What the ``extract`` and ``compare`` commands share: exit codes, clean errors, reading
documents (files, directories, stdin) and writing output that fails cleanly.

Exit codes (docs/batch.md lists them too):

====  ==========================================================================
0     all done
1     some records or documents failed (error lines written, the rest processed)
2     usage error (bad arguments, a --text-field no record has, a --resume that
      cannot be honoured, an output that is one of the inputs)
3     an input could not be read: missing, a directory, not in the encoding,
      standard input closed -- the other inputs were still processed
4     empty input: only whitespace, no records, a directory without .txt files
5     the output could not be written: standard output closed, no permission,
      an I/O error (the output is incomplete)
6     no space left on the device (the output is incomplete; --resume goes on)
130   interrupted (Ctrl-C)
====  ==========================================================================
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_EMPTY = 4
EXIT_OUTPUT = 5
EXIT_NOSPACE = 6
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = (
    "exit codes: 0 ok, 1 some records failed, 2 usage error, 3 unreadable input, "
    "4 empty input, 5 output not writable, 6 no space left on device, 130 interrupted"
)

_NOSPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class CLIError(Exception):
    """A problem reported as ``quotecheck: error: ...`` with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def err(msg: str) -> None:
    """``quotecheck: msg`` on stderr; silent when stderr is closed."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(f"quotecheck: {msg}\n")
        stream.flush()
    except (OSError, ValueError):
        pass


def isatty(stream: Any) -> bool:
    """Whether a stream is a terminal (False for None or a closed stream)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def check_encoding(name: str) -> str:
    """The codec's canonical name, or a usage error for an unknown encoding."""
    try:
        return codecs.lookup(name).name
    except LookupError as exc:
        raise CLIError(f"unknown encoding {name!r} (try utf-8 or cp1256)") from exc


def decode(data: bytes, where: str, encoding: str = "utf-8") -> str:
    """Bytes -> text; a leading BOM is dropped; an undecodable byte is an input error."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
        hint = " (try --encoding cp1256)" if label == "UTF-8" else ""
        raise CLIError(
            f"{where} is not {label} text (byte {exc.start}: "
            f"{data[exc.start:exc.start + 1]!r}){hint}",
            EXIT_INPUT,
        ) from exc
    return text[1:] if text.startswith("\ufeff") else text


# -- output ------------------------------------------------------------------------------
def output_error(exc: OSError, name: str) -> CLIError:
    """An OSError met while writing ``name`` as a clean error with its exit code."""
    if exc.errno in _NOSPACE:
        return CLIError(f"cannot write {name}: no space left on the device "
                        "(the output is incomplete)", EXIT_NOSPACE)
    if exc.errno == errno.EBADF:
        return CLIError(f"cannot write {name}: it is closed", EXIT_OUTPUT)
    return CLIError(f"cannot write {name}: {exc.strerror or exc} (the output is incomplete)",
                    EXIT_OUTPUT)


def silence_stdout() -> None:
    """Point fd 1 at /dev/null, so the interpreter's last flush of stdout cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


class Output:
    """A text output (a file or stdout) whose write errors become :class:`CLIError`."""

    def __init__(self, stream: IO[str], name: str, close: bool) -> None:
        self.stream = stream
        self.name = name
        self._close = close

    def write(self, s: str) -> None:
        try:
            self.stream.write(s)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._fail(exc) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._fail(exc) from None

    def close(self) -> None:
        """Flush and close (stdout is only flushed)."""
        try:
            self.stream.flush()
            if self._close:
                self.stream.close()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._fail(exc) from None

    def abandon(self) -> None:
        """Flush and close after a failure or an interruption, ignoring further errors."""
        try:
            self.stream.flush()
        except (OSError, ValueError):
            if not self._close:
                silence_stdout()
        if self._close:
            try:
                self.stream.close()
            except (OSError, ValueError):
                pass

    def _fail(self, exc: OSError) -> CLIError:
        if not self._close:
            silence_stdout()
        return output_error(exc, self.name)


def open_output(path: str | None, *, append: bool = False, newline: str | None = "\n",
                encoding: str = "utf-8") -> Output:
    """The output stream: FILE, or stdout when path is None or ``-`` (UTF-8)."""
    if path is None or path == "-":
        out = sys.stdout
        if out is None:
            raise CLIError("standard output is closed: give --output FILE", EXIT_OUTPUT)
        enc = (getattr(out, "encoding", None) or "").lower().replace("-", "")
        if enc != "utf8" and hasattr(out, "reconfigure"):
            try:
                out.reconfigure(encoding="utf-8")
            except (ValueError, io.UnsupportedOperation):
                pass
        return Output(out, "standard output", False)
    try:
        fh = open(path, "a" if append else "w", encoding=encoding, newline=newline)
    except OSError as exc:
        if exc.errno in _NOSPACE:
            raise output_error(exc, path) from None
        raise CLIError(f"cannot write {path}: {exc.strerror or exc}", EXIT_OUTPUT) from None
    return Output(fh, path, True)


def regular_output(path: str | None) -> os.stat_result | None:
    """The stat of an existing regular output file, else None (stdout, new, a device...)."""
    if path is None or path == "-":
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def refuse_same_file(output: str | None, inputs: list[str], what: str = "--output") -> None:
    """A usage error when the output is (a link to) one of the inputs; before any write.

    ``-`` among the inputs stands for standard input (``< FILE``).
    """
    out = regular_output(output)
    if out is None:
        return
    for name in inputs:
        try:
            if name == "-":
                if sys.stdin is None:
                    continue
                st = os.fstat(sys.stdin.fileno())
            else:
                st = os.stat(name)
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            continue
        if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            src = "standard input" if name == "-" else name
            raise CLIError(f"{what} {output} is the input ({src}): it would be overwritten; "
                           "write to another file")


# -- documents: files, directories, stdin --------------------------------------------------
@dataclass
class Doc:
    """One input document: its id (the path as given, ``-`` for stdin) and text or error."""

    id: str
    text: str | None
    error: str | None = None
    code: int = EXIT_OK


def read_stdin() -> bytes | str:
    """All of standard input; an input error when it is closed."""
    stdin = sys.stdin
    if stdin is None:
        raise CLIError("standard input is closed: give a FILE or pipe text in", EXIT_INPUT)
    if isatty(stdin):
        err("reading from standard input (end with Ctrl-D)")
    try:
        return stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
    except (OSError, ValueError) as exc:
        raise CLIError(f"cannot read standard input: {exc}", EXIT_INPUT) from None


def read_doc(path: Path, doc_id: str, encoding: str = "utf-8") -> Doc:
    """One file as a Doc (an unreadable one carries its error and exit code)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Doc(doc_id, None, f"{doc_id}: no such file", EXIT_INPUT)
    except IsADirectoryError:
        return Doc(doc_id, None, f"{doc_id}: is a directory", EXIT_INPUT)
    except OSError as exc:
        return Doc(doc_id, None, f"{doc_id}: cannot read ({exc.strerror or exc})", EXIT_INPUT)
    try:
        return Doc(doc_id, decode(data, doc_id, encoding))
    except CLIError as exc:
        return Doc(doc_id, None, str(exc), EXIT_INPUT)


def is_text_file(path: Path) -> bool:
    """A ``.txt`` file, the suffix in any case (``x.TXT`` too)."""
    return path.suffix.lower() == ".txt" and path.is_file()


def dir_files(path: Path, recursive: bool) -> tuple[list[Path], int]:
    """The ``.txt`` files of a directory (sorted) and how many subdirectories were not read."""
    if recursive:
        return sorted(f for f in path.rglob("*") if is_text_file(f)), 0
    entries = list(path.iterdir())
    return sorted(f for f in entries if is_text_file(f)), sum(1 for e in entries if e.is_dir())


def iter_docs(paths: list[str], *, recursive: bool = False,
              encoding: str = "utf-8") -> Iterator[Doc]:
    """The documents of PATHs (files, directories of .txt files, ``-``), stdin when none."""
    if not paths:
        data = read_stdin()
        if isinstance(data, str):
            yield Doc("-", data)
            return
        try:
            yield Doc("-", decode(data, "standard input", encoding))
        except CLIError as exc:
            yield Doc("-", None, str(exc), EXIT_INPUT)
        return
    for p in paths:
        path = Path(p)
        if p == "-":
            yield from iter_docs([], encoding=encoding)
        elif path.is_dir():
            try:
                files, subdirs = dir_files(path, recursive)
            except OSError as exc:
                yield Doc(p, None, f"{p}: cannot list ({exc.strerror or exc})", EXIT_INPUT)
                continue
            if subdirs:
                err(f"note: {p}: {subdirs} subdirector{'y' if subdirs == 1 else 'ies'} "
                    "not read (--recursive reads them)")
            if not files:
                yield Doc(p, None, f"{p}: no .txt files in this directory", EXIT_EMPTY)
            for f in files:
                yield read_doc(f, str(f), encoding)
        else:
            yield read_doc(path, p, encoding)


def shortest_suffixes(paths: list[str]) -> list[str]:
    """For each path the shortest tail of its absolute path that no other path shares.

    ``["d1/a.txt", "d2/a.txt", "b.txt"]`` -> ``["d1/a.txt", "d2/a.txt", "b.txt"]``; the
    same file given twice gets ``" (2)"``. ``-`` stays ``-``.
    """
    full = [os.path.abspath(p) if p != "-" else "-" for p in paths]
    distinct = list(dict.fromkeys(full))
    parts = [Path(p).parts if p != "-" else ("-",) for p in distinct]
    found: list[str | None] = [None] * len(distinct)
    k = 1
    while any(i is None for i in found):
        tails = ["/".join(ps[-k:]) for ps in parts]
        count: dict[str, int] = {}
        for t in tails:
            count[t] = count.get(t, 0) + 1
        for n, t in enumerate(tails):
            if found[n] is None and (count[t] == 1 or k >= len(parts[n])):
                found[n] = t.lstrip("/") or t
        k += 1
    short = dict(zip(distinct, found, strict=True))
    ids = [short[p] for p in full]
    return unique([i or "" for i in ids])


def unique(ids: list[str]) -> list[str]:
    """Ids made unique by appending `` (2)``, `` (3)``... to repeats."""
    seen: set[str] = set(ids)
    used: set[str] = set()
    out = []
    for i in ids:
        name, k = i, 1
        while name in used or (name != i and name in seen):
            k += 1
            name = f"{i} ({k})"
        used.add(name)
        out.append(name)
    return out
