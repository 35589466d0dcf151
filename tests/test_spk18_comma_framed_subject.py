"""A leading phrase set off by a comma (من جانبه، في المقابل، وخلال الجلسة ...،) before a
sentence's verb, whatever the verb: its subject is the antecedent of the bare verbs of the
same sentence (``engine.names.earlier.comma_framed_verb``), when it holds a known name or is one word or a
body's phrase; a surname alone with an aside after it (الكبيسي، الذي ...) is such a
subject.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_FIRST = ("وأكد المدرب خالد الصالح أن الفريق جاهز، مشيرا إلى أن الحارس يوسف الكبيسي"
          " كان حاسما. ")


def _mentions(text: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in extract_quotes(text)]


def test_after_a_leading_phrase_a_surname_with_an_aside_takes_the_bare_verb() -> None:
    text = _FIRST + ('من جانبه، أهدى الكبيسي، الذي تصدى لعدة كرات، الفوز إلى الجماهير،'
                     ' وقال: "الجمهور كان رائعا".')
    assert _mentions(text)[-1] == "الكبيسي"


def test_after_a_leading_phrase_a_body_takes_the_bare_verb() -> None:
    text = _FIRST + ('من جهتها، رفضت وزارة الرياضة، في بيان، هذه الاتهامات، وقالت إنها "لا أساس'
                     ' لها".')
    assert _mentions(text)[-1] == "وزارة الرياضة"


def test_a_leading_phrase_before_an_object_keeps_the_earlier_speaker() -> None:
    """Near miss: after the leading phrase the verb's subject is the speaker before (a
    pronoun); الملعب is its object, no person, and the bare verb keeps the coach."""
    text = _FIRST + ('من جانبه، غادر الملعب، الذي امتلأ بالجماهير، مبكرا، وقال: "الجمهور'
                     ' كان رائعا".')
    assert _mentions(text)[-1] == "المدرب خالد الصالح"


def test_a_sentence_that_opens_with_a_noun_reads_no_frame() -> None:
    """Near miss: no leading preposition or adverbial opens the sentence, so its comma
    frames nothing; the bare verb keeps the coach."""
    text = _FIRST + 'الفوز، الذي أهداه الكبيسي للجماهير، كان مستحقا، وقال: "الجمهور كان رائعا".'
    assert _mentions(text)[-1] == "المدرب خالد الصالح"
