"""A quote opening a sentence, attributed after its marks by a lead of manner (هكذا، بهذه
الكلمات): the subject of the verb after the lead is its speaker (engine/after_manner.py;
finders.json ``after_quote_manner_*``; round 8, qb10).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def found(text: str) -> list[tuple[str, str, str | None]]:
    """Kind, text and speaker text of each quote, in order."""
    return [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]


def test_words_lead_with_a_verb_that_is_no_cue() -> None:
    text = ("تونس - مراسلنا\n«لن نغادر هذه الأرض مهما كانت الظروف والضغوط»، بهذه الكلمات "
            "افتتح رئيس الجمعية سامي الورغي اللقاء مع السكان.")
    assert found(text) == [("direct", "لن نغادر هذه الأرض مهما كانت الظروف والضغوط",
                            "رئيس الجمعية سامي الورغي")]


def test_hakadha_lead_with_an_imperfect() -> None:
    text = ("\"الأسعار ارتفعت كثيرا ولم نعد نقدر على شراء الخضر\"، هكذا تقول منى السعيدي، "
            "وهي موظفة في البلدية.")
    got = found(text)
    assert [(k, t) for k, t, _ in got] == [
        ("direct", "الأسعار ارتفعت كثيرا ولم نعد نقدر على شراء الخضر")]
    assert got[0][2] is not None and "منى السعيدي" in got[0][2]


def test_marks_inside_a_sentence_before_hakadha_are_no_quote() -> None:
    """The near miss: a name in marks ends a sentence's object; هكذا points to the sentence."""
    text = ("وصل الوفد صباح اليوم إلى منتجع \"النخيل الذهبي الكبير\" هكذا وصف المدير العام "
            "للشركة الزيارة.")
    assert found(text) == []
