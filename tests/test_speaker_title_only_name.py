"""A title-only mention (an indefinite office word and its definite complement) shows the
person named after the same title before it, else the phrase itself, never the last word of
the title (``engine.names.resolve``).  Sentences written for the test, the second after ANT
JA-localNews-4489 (مدير المشروع)."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_title_only_mention_links_to_the_named_holder() -> None:
    text = ('أكد وزير النفط السعودي الأمير فيصل بن سلمان أن "السوق مستقرة". '
            'وأضاف وزير النفط أن "الأسعار ستبقى مرتفعة".')
    assert _names(text) == ["فيصل بن سلمان", "فيصل بن سلمان"]


def test_title_only_mention_without_holder_shows_the_title() -> None:
    """The near miss: no one is named after this title; the office's complement (النفط)
    is no name, the whole title is shown."""
    text = ('أكد وزير الخارجية الأمير فيصل بن سلمان أن "السوق مستقرة". '
            'وأضاف وزير النفط أن "الأسعار ستبقى مرتفعة".')
    assert _names(text) == ["فيصل بن سلمان", "وزير النفط"]


def test_title_with_a_surname_keeps_the_surname() -> None:
    """The near miss of the fallback: a definite word that is a personal name (الطاهر)
    after the office and its complement is the person's surname, not the office's."""
    text = 'وقال مدير المشروع الطاهر إن "المشروع سيكتمل قريبا".'
    assert _names(text) == ["الطاهر"]


def test_bare_title_only_mention_shows_the_title() -> None:
    text = 'وقال مدير المشروع إن "المشروع سيكتمل قريبا".'
    assert _names(text) == ["مدير المشروع"]
