"""CSV output guards against formula injection: a text cell that a spreadsheet would run as
a formula gets a leading apostrophe; ordinary Arabic text and numbers are left alone."""

from __future__ import annotations

import csv
import io

from quotecheck.render import csvout
from quotecheck.types import Mention, Quote


def _rows(text: str, speaker: str) -> list[dict[str, str]]:
    q = Quote(text=text, start=10, end=10 + len(text), kind="direct",
              cue=Mention("قال", 0, 3), speaker=Mention(speaker, 4, 4 + len(speaker)),
              speaker_name=speaker)
    out = csvout.header() + csvout.quote_rows("doc-1", [q])
    return list(csv.DictReader(io.StringIO(out.lstrip(csvout.BOM))))


def test_formula_cells_are_defused() -> None:
    row = _rows('=HYPERLINK("http://x")', "@الوزير")[0]
    assert row["text"] == '\'=HYPERLINK("http://x")'
    assert row["speaker"] == "'@الوزير"
    assert row["start"] == "10"  # numbers are not text cells


def test_plain_arabic_cells_unchanged() -> None:
    row = _rows("الوضع مستقر - والأسعار ثابتة", "الوزير")[0]
    assert row["text"] == "الوضع مستقر - والأسعار ثابتة"  # a dash inside is harmless
    assert row["speaker"] == "الوزير"
