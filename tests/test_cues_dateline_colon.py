"""In a run of headlines on one line, a colon after a place name with no preposition before
it (... نابل : ...) is another headline's dateline, not the colon of an earlier headline's
verb; after في it may be the verb's colon. Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_dateline_colon_is_no_trigger() -> None:
    got = extract_quotes("وزارة الصحة تحذر من استهلاك الحليب غير المعقم نابل : إحباط تسلل "
                         "زورق في الميناء")
    assert all(q.cue is None or q.cue.text != "تحذر" for q in got)


def test_place_after_preposition_keeps_the_colon() -> None:
    """The near miss: في المهدية : the verb's place adverbial, its colon opens the quote."""
    got = extract_quotes("وزير العدل يعلق على احتجاجات المحامين في المهدية : اتخاذ القرارات "
                         "تحت الضغط انتهى")
    assert [q.text for q in got] == ["اتخاذ القرارات تحت الضغط انتهى"]
