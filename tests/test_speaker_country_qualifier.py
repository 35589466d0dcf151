"""في and a country after a speaker phrase qualify it (المؤسسة الوطنية للنفط في ليبيا), no
adverbial (``engine.speakers._country_qualifier``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_country_right_before_the_complementizer_belongs_to_the_phrase() -> None:
    assert _speakers("وقالت المؤسسة الوطنية للنفط في ليبيا إنها لن تستأنف العمليات.") == [
        "المؤسسة الوطنية للنفط في ليبيا"]


def test_a_country_then_a_name_belongs_to_the_phrase() -> None:
    assert _speakers("وقال ممثل البنك العالمي في تونس عبد الله ساي إن النمو سيتحسن.") == [
        "ممثل البنك العالمي في تونس عبد الله ساي"]


def test_a_country_then_more_words_is_an_adverbial() -> None:
    """The near miss: في + a country + other words frames the report."""
    assert _speakers("وقال كيري في تونس خلال زيارته إن المحادثات متقدمة.") == ["كيري"]
