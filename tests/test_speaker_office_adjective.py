"""A definite medium noun between an office's words and a person's first name is the
office's adjective, not a medium: المقال "the dismissed" in وزير الخارجية المقال سامي
العياري (``engine.phrase_stops._office_adjective``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_the_dismissed_minister_keeps_his_name() -> None:
    text = "قال وزير الخارجية المقال سامي العياري إن الوضع مستقر."
    assert _speakers(text) == ["وزير الخارجية المقال سامي العياري"]


def test_the_article_stays_a_medium() -> None:
    """The near miss: في المقال (in the article), no first name after it: the phrase ends
    before it."""
    text = "وكتب الوزير في المقال إن الوضع مستقر."
    assert _speakers(text) == ["الوزير"]


def test_the_article_before_a_title_stays_a_medium() -> None:
    """The near miss: المقال before a title (no first name): a medium."""
    text = "قال وزير الخارجية المقال الوزير إن الوضع مستقر."
    assert _speakers(text) == ["وزير الخارجية"]
