"""Two full stops (..) inside an open quotation, or before a closing bracket, are a pause, not
a sentence end: the direct quote runs on past them (``find.words``).  Between sentences of the
narrative they still end one.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes
from quotecheck.find.words import WordIndex


def _breaks(text: str) -> list[str]:
    wi = WordIndex(text)
    return [w.text for i, w in enumerate(wi.words) if wi.sentence_break_before(i)]


def test_pause_inside_an_open_quote_is_no_break() -> None:
    assert _breaks('وقال المدرب: "سنلعب بقوة..لم لا.. فالفوز ممكن"') == []
    assert _breaks("وقال المدرب: «سنلعب بقوة.. فالفوز ممكن»") == []


def test_unclosed_quote_runs_past_its_pauses() -> None:
    """After a stray closing mark, an unclosed quote after a colon is not cut at its pauses."""
    text = ('وأكد المدرب أن الفوز صعب". وأضاف المدرب للصحفيين: "قد نفوز..لم لا.. رغم الغيابات '
            "الكثيرة في صفوف الفريق .")
    qs = extract_quotes(text)
    assert [text[q.start:q.end] for q in qs if q.kind == "direct"] == [
        "قد نفوز..لم لا.. رغم الغيابات الكثيرة في صفوف الفريق"]


def test_an_opening_mark_after_a_stray_closing_one_is_open() -> None:
    """A mark with a letter after it and none before it opens, whatever the parity."""
    assert _breaks('الأمر انتهى". وأضاف: "سنفوز..لم لا') == ["وأضاف"]


def test_pause_before_a_closing_bracket_is_no_break() -> None:
    assert _breaks("أنواع العنف (النفسي والمادي..) منتشرة") == []


def test_pause_between_narrative_sentences_breaks() -> None:
    """The near misses: no mark open, or the quote already closed, before the dots."""
    assert _breaks("انتهت المباراة بالتعادل.. وغادر الجمهور الملعب") == ["وغادر"]
    assert _breaks('وقال: "انتهى الأمر" وغادر القاعة.. ثم عاد') == ["ثم"]


def test_an_open_quote_is_read_whatever_its_mark_style() -> None:
    """A spaced mark after a colon, and single curly marks, open as a plain mark does."""
    assert _breaks('الأمر انتهى". وأضاف: " سنفوز..لم لا') == ["وأضاف"]
    assert _breaks("وأضاف: ‘سنفوز..لم لا") == []
