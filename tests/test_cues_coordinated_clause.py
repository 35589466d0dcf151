"""و + a complementizer after a cue's noun object: the object and the clause are coordinated
objects of the cue, and the clause is reported (أكد على أهمية المشروع ... وأنه سيوفر ...);
not after a word that takes the complementizer itself (خاصة وأن، مع العلم وأنه، لا سيما
وأنها).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _texts(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text)]


def test_clause_after_noun_object_is_reported() -> None:
    got = _texts("أكد الوزير على أهمية المشروع للجهة وأنه سيوفر مئات فرص العمل.")
    assert got == [("سيوفر مئات فرص العمل", "indirect", "الوزير")]


def test_confession_object_and_clause() -> None:
    got = _texts("وبسماع المظنون فيه اعترف بسرقته للمصوغ وأنه باعه لشخص آخر في العاصمة.")
    assert got == [("باعه لشخص آخر في العاصمة", "indirect", "المظنون فيه")]


def test_especially_since_is_no_coordination() -> None:
    """The near miss: خاصة وأن "especially since" takes its own clause."""
    got = _texts("وأكد المدير ضرورة تسريع الأشغال خاصة وأن الموسم السياحي قد اقترب.")
    assert got == []


def test_noting_that_is_no_coordination() -> None:
    """The near miss: مع العلم وأنه "noting that" takes its own clause."""
    got = _texts("وأعلنت الوزارة إيقاف المتهم مع العلم وأنه كان محل تفتيش منذ أشهر.")
    assert got == []


def test_a_complementizer_owner_before_wa_is_no_coordination() -> None:
    """The near miss of ``complementizer_owners`` in cue_owners.coordinated: علما وأنه "noting
    that" takes its own clause (compare the first test, the same sentence without علما)."""
    got = _texts("أكد الوزير على أهمية المشروع للجهة علما وأنه سيوفر مئات فرص العمل.")
    assert got == []
