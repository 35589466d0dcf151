"""A small quote made of a story's topic words fits unrelated quotes equally well: it stays
alone instead of gluing them into one statement.  Sentences written for these tests."""

from __future__ import annotations

from quotecheck.comparison.claims import Claim, Params, build_claim, cluster

B0 = "الفريق الأزرق سيفوز بالبطولة هذا الموسم بفضل صلابة المدافعين"
B1 = "الفريق الأزرق يحتاج إلى ملعب جديد وتمويل إضافي من البلدية"


def _claims(small: str) -> list[Claim]:
    texts = [(0, small), (1, B0), (1, B1)]
    return [
        build_claim(doc, k, text, 0, len(text), speaker=7)
        for k, (doc, text) in enumerate(texts)
    ]


def _groups(small: str, hub_keys: int) -> list[list[int]]:
    return cluster(_claims(small), params=Params(hub_keys=hub_keys))


def test_a_tied_small_quote_does_not_glue_two_statements() -> None:
    small = "الفريق الأزرق قوي"
    assert [0, 1, 2] in _groups(small, hub_keys=0)  # glued without the rule
    assert sorted(map(sorted, _groups(small, hub_keys=3))) == [[0], [1], [2]]


def test_a_small_quote_with_one_best_partner_still_links() -> None:
    # near miss: سيفوز tells which statement it belongs to, so the rule leaves it be
    small = "الفريق الأزرق سيفوز"
    groups = _groups(small, hub_keys=3)
    assert groups == _groups(small, hub_keys=0)
    assert any({0, 1} <= set(g) for g in groups)
