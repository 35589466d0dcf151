"""A short stretch in marks after a verb of saying names its speaker when the sentence's
complementizer follows further on (Iraqi style: وأضاف "عبد الرحيم" خلال ... أن).
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in extract_quotes(text)]


def test_a_quoted_name_with_a_long_adjunct_before_the_complementizer() -> None:
    text = ('وأضاف "سامي الهادي" خلال أشغال الندوة الوطنية الثالثة حول السياسات النقدية '
            "في ظل التحولات الاقتصادية العالمية بمدينة الحمامات، أن البنك يعمل على حماية "
            "الدينار.")
    got = _quotes(text)
    assert ("سامي الهادي", "direct") not in got
    assert ("البنك يعمل على حماية الدينار", "indirect") in got


def test_a_short_quote_without_a_complementizer_after_it_stays_a_quote() -> None:
    """The near miss: no complementizer follows in the sentence: the marks hold speech."""
    text = ('وأضاف "نحن جاهزون تماما" خلال أشغال الندوة الوطنية الثالثة حول السياسات '
            "النقدية في ظل التحولات الاقتصادية العالمية بمدينة الحمامات.")
    assert ("نحن جاهزون تماما", "direct") in _quotes(text)
