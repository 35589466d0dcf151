"""Title lines whose quote comes first (``“...” – SPEAKER``, ``“...”.. SPEAKER verb``) or
stands in marks after an office phrase without a colon (``المدير الفني "..."``).
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker.text if q.speaker else None, q.headline)
            for q in extract_quotes(text)]


def test_a_quote_then_an_en_dash_and_its_speaker() -> None:
    got = _quotes("“لم نعد نملك شيئا” – سكان القرى المنكوبة في الجنوب\n\nنص الخبر.")
    assert got == [("لم نعد نملك شيئا", "سكان القرى المنكوبة في الجنوب", True)]


def test_a_quote_then_two_full_stops_and_the_clause_of_its_speaker() -> None:
    got = _quotes("“بيتي صار ترابا”.. شيخ في القرية يروي ما جرى\n\nنص الخبر.")
    assert len(got) == 1 and got[0][0] == "بيتي صار ترابا" and got[0][2]
    assert got[0][1].startswith("شيخ")


def test_a_quote_in_mid_sentence_before_two_full_stops_is_no_title() -> None:
    """The near miss: the marks do not open the line."""
    got = _quotes("وسط الركام والغبار “بيتي صار ترابا”.. شيخ في القرية يروي ما جرى")
    assert all(t != "بيتي صار ترابا" for t, _, _ in got)


def test_a_particle_after_the_two_full_stops_is_no_speaker() -> None:
    """The near miss: the clause after the ``..`` opens with a particle (لو), no noun."""
    got = _quotes("“الصبر مفتاح الفرج”.. لو صبرنا قليلا لتغير كل شيء\n\nنص الخبر.")
    assert got == []


def test_an_office_phrase_then_a_quote_in_marks() -> None:
    got = _quotes('المدير الفني للنادي "المباراة القادمة محطة مهمة قبل التصفيات"\nنص الخبر.')
    assert got == [("المباراة القادمة محطة مهمة قبل التصفيات", "المدير الفني للنادي", True)]


def test_a_verb_before_the_marks_makes_no_marked_headline() -> None:
    """The near misses: a title with a verb before its marks, a name in marks after a
    title noun."""
    assert _quotes('المدير الفني يرد على "المشككين في قدرات اللاعبين الشبان"') == []
    assert _quotes('مهرجان "ليالي المدينة القديمة للموسيقى"') == []


def test_a_title_speaker_is_no_antecedent_of_a_later_bare_verb() -> None:
    text = ("“لم نعد نملك شيئا” – سكان القرى المنكوبة في الجنوب\n"
            "ومن بينهم الصحفية ليلى الهمامي التي فرت مع عائلتها.\n"
            "وقالت: “تركنا كل شيء وراءنا في القرية”.\n")
    got = _quotes(text)
    assert got[0] == ("لم نعد نملك شيئا", "سكان القرى المنكوبة في الجنوب", True)
    assert got[1][0] == "تركنا كل شيء وراءنا في القرية"
    assert got[1][1] != "سكان القرى المنكوبة في الجنوب"


def test_a_verb_of_saying_after_the_dash_is_the_cue() -> None:
    """The near miss of the dash form: a verb of saying after the dash is no part of the
    speaker's name."""
    got = [(q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
           for q in extract_quotes('"الوضع تحت السيطرة تماما ولا داعي للقلق" - قال وزير الداخلية.')]
    assert got == [("الوضع تحت السيطرة تماما ولا داعي للقلق", "وزير الداخلية", "قال")]
