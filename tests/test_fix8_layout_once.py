"""The interview layout (engine/headline_interview.py layout) is read once per document,
not again for each cue word or answer label (review round 8 M1: a quadratic scan).
Sentences written for the test."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes
from quotecheck.engine import headline_interview


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]


@pytest.mark.parametrize("unit,found", [
    ("* قال المدرب إن الفريق جاهز للمباراة المقبلة\n", "الفريق جاهز للمباراة المقبلة"),
    ("ج: لأن التمويل لم يصل بعد وقد طالبنا به.\n", None),
])
def test_the_layout_is_read_once_per_document(monkeypatch: pytest.MonkeyPatch, unit: str,
                                              found: str | None) -> None:
    """Every cue word and answer label asks the layout: a long text reads it once per
    document (it was once read again for each, a quadratic scan), and the output holds."""
    calls: list[int] = []
    read = headline_interview._read_layout

    def counted(d: headline_interview.Doc) -> headline_interview.Layout:
        calls.append(len(d.text))
        return read(d)

    monkeypatch.setattr(headline_interview, "_read_layout", counted)
    got = _quotes(unit * 400)
    assert 1 <= len(calls) <= 2  # (the text, and its canonical form when that differs)
    if found is None:
        assert got == []  # (answer labels without a question label: no interview)
    else:
        assert len(got) == 400 and {t for t, _ in got} == {found}
        assert {sp for _, sp in got} == {"المدرب"}  # (a bulleted list is no interview)
