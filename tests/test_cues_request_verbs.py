"""A verb of request that is no cue (particles.json ``request_finite_verbs`` and the
``request_participles_m/_f/_p``: داعيا، مطالبا، دعا،
طالبت، حث) a few words before the marks or the complementizer a cue's scan reaches makes
them the request's object: GUIDELINES.md counts no quote there. Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_marks_after_a_request_participle_are_no_quote() -> None:
    got = extract_quotes("وحذر الحزب من خطورة الانزلاق، داعيا رئيس الحكومة إلى \"الارتقاء "
                         "إلى مستوى المسؤولية الوطنية\".")
    assert got == []


def test_clause_after_a_request_is_no_quote() -> None:
    got = extract_quotes("وجدد الحزب مساندته للفلاحين، مطالبا بأن تتراجع الحكومة عن قرارها.")
    assert got == []


def test_surname_talib_is_no_request() -> None:
    """The near miss: طالب as a surname before the cue's complementizer."""
    got = extract_quotes("وأكد المدير الجهوي للتجارة فوزي طالب أن فرق المراقبة كثفت حملاتها.")
    assert [q.text for q in got] == ["فرق المراقبة كثفت حملاتها"]


def test_marks_of_the_cue_before_the_request_stay() -> None:
    """The near miss: the cue's own quote comes before the request."""
    got = extract_quotes("وقال الوزير: \"الوضع تحت السيطرة\"، داعيا المواطنين إلى الهدوء.")
    assert [q.text for q in got] == ["الوضع تحت السيطرة"]
