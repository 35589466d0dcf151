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


def test_title_only_mention_links_to_a_joined_compound_name() -> None:
    """عبدالعزيز written as one word opens the name after the title (names.full_name
    ``joined_name``), so the later title-only mention links to it."""
    text = ('أكد وزير النفط السعودي الأمير عبدالعزيز بن سلمان أن "السوق مستقرة". '
            'وأضاف وزير النفط أن "الأسعار ستبقى مرتفعة".')
    assert _names(text) == ["عبدالعزيز بن سلمان", "عبدالعزيز بن سلمان"]


def test_a_joined_word_without_the_article_is_no_name() -> None:
    """The near miss: a joiner glued to an indefinite word (عبدكم) is no compound name; no
    one is named after the title, which is shown."""
    text = ('أكد وزير النفط السعودي عبدكم أن "السوق مستقرة". '
            'وأضاف وزير النفط أن "الأسعار ستبقى مرتفعة".')
    assert _names(text)[-1] == "وزير النفط"


def test_title_with_a_preposition_shows_the_title() -> None:
    """باسم and ل/ب + a noun belong to the title too (متحدث باسم الشرطة)."""
    assert _names('وقال متحدث باسم الشرطة إن "التحقيق متواصل".') == ["متحدث باسم الشرطة"]


def test_title_with_a_preposition_and_a_name_keeps_the_name() -> None:
    """The near miss: a name after the prepositional complement is the person's."""
    text = 'وقال متحدث باسم الشرطة محمد العلي إن "التحقيق متواصل".'
    assert _names(text) == ["محمد العلي"]
