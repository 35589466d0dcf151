"""compare() input handling (issue 17) and the shape of the comparison package (issue 15)."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest

from quotecheck.comparison import compare
from quotecheck.comparison.core import as_documents

TEXT = 'قال وزير النقل: "سنفتح خطا جديدا للقطار بين المدينتين في الربيع المقبل".'
OTHER = 'وقال وزير النقل إن الحكومة "ستفتح خطا جديدا للقطار بين المدينتين" في الربيع.'
PACKAGE = Path(__file__).resolve().parents[1] / "quotecheck" / "comparison"


def test_ids_that_read_the_same_are_refused() -> None:
    with pytest.raises(ValueError, match="'1'"):
        compare({1: TEXT, "1": OTHER})
    with pytest.raises(ValueError, match="'a'"):
        compare([("a", TEXT), ("a", OTHER)])


def test_distinct_ids_keep_two_sources() -> None:
    docs = as_documents({1: {"text": TEXT, "quotes": []}, "2": {"text": OTHER, "quotes": []}})
    assert [d.doc_id for d in docs] == ["1", "2"]


@pytest.mark.parametrize("value", [b"x", bytearray(b"x"), 5, None, 2.5])
def test_non_text_values_raise_a_clear_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="document 'a'"):
        compare({"a": value})


def test_a_bad_quote_list_raises_a_clear_type_error() -> None:
    with pytest.raises(TypeError, match="quote"):
        compare({"a": {"text": TEXT, "quotes": [1, 2]}})
    with pytest.raises(TypeError, match="pairs"):
        compare("a string")


class Text(str):
    """A str subclass, as pandas and numpy hand out."""


@pytest.mark.parametrize("kind", [np.str_, Text])
def test_str_subclasses_are_texts(kind: type) -> None:
    plain = compare({"a": TEXT, "b": OTHER})
    sub = compare({kind("a"): kind(TEXT), "b": {"text": kind(OTHER)}})
    assert [s.to_dict() for s in sub] == [s.to_dict() for s in plain]
    assert all(type(m.quote.text) is str for s in sub for m in s.members)


def _function_imports(tree: ast.AST) -> list[int]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out += [n.lineno for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom))]
    return out


def _package_modules() -> list[Path]:
    # cli.py defers its render import on purpose (the HTML renderer is optional)
    return [p for p in sorted(PACKAGE.glob("*.py")) if p.name != "cli.py"]


def test_no_imports_hidden_in_functions() -> None:
    hidden = {p.name: _function_imports(ast.parse(p.read_text())) for p in _package_modules()}
    assert {k: v for k, v in hidden.items() if v} == {}


def test_no_private_names_across_modules() -> None:
    crossing = []
    for p in _package_modules():
        tree = ast.parse(p.read_text())
        modules = {
            a.asname or a.name
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom)
            for a in n.names
        }
        for n in ast.walk(tree):
            if isinstance(n, ast.ImportFrom):
                crossing += [
                    f"{p.name}: {a.name}"
                    for a in n.names
                    if a.name.startswith("_") and a.name != "__future__"
                ]
            elif (
                isinstance(n, ast.Attribute)
                and n.attr.startswith("_")
                and not n.attr.startswith("__")
                and isinstance(n.value, ast.Name)
                and n.value.id in modules
            ):
                crossing.append(f"{p.name}: {n.value.id}.{n.attr}")
    assert crossing == []


def test_no_upward_import_from_the_top_package() -> None:
    for p in _package_modules():
        tree = ast.parse(p.read_text())
        tops = [
            n.lineno
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom) and n.module == "quotecheck"
        ]
        assert tops == [], p.name
