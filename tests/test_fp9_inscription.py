"""Words written on a thing (لافتات كتب عليها "..."، قميصا كتب عليه "..."): a slogan or an
inscription, no quote (GUIDELINES.md: slogans in marks), round 9 (fp9):
``engine.inscription.inscribed``.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def quotes(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each quote, in order."""
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_slogan_on_a_banner_is_no_quote() -> None:
    assert quotes('ورفع المحتجون لافتات كتب عليها "الماء حق للجميع" أمام مقر الولاية.') == []
    assert quotes('ورفع المحتجون لافتة كُتب عليها: "لن نسكت بعد اليوم عن حقوقنا".') == []


def test_a_person_who_writes_still_reports() -> None:
    """The near miss: كتب with its subject and a medium, no على + pronoun."""
    got = quotes('وكتب الوزير على صفحته الرسمية: "سنواصل العمل من أجل الجميع".')
    assert got == [("direct", "سنواصل العمل من أجل الجميع")]


def test_she_wrote_on_it_still_reports() -> None:
    """The near miss: كتبت (she wrote) is a person's act, not the passive."""
    got = quotes('وعلقت الشابة على سيارتها ورقة كتبت عليها: "سائقة جديدة فابتعدوا عني".')
    assert got == [("direct", "سائقة جديدة فابتعدوا عني")]


def test_text_cut_right_after_the_trigger() -> None:
    for cut in ("ورفع المحتجون لافتات كتب", "ورفع المحتجون لافتات كتب عليها",
                'ورفع المحتجون لافتات كتب عليها "', "كتب"):
        assert quotes(cut) == []
