"""A sentence that opens with a verb and a bare surname (وأبرز الحفيان ...) names the person
given in full before (فيصل الحفيان): the surname is the subject, the antecedent of the bare
verbs after it, though it has no title (``engine.names.earlier._first_verb_subject`` with the
Namer's ``_known``).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_OPENING = ("أشرف كاتب الدولة المكلف بالتجارة، فيصل الحفيان على تدشين المعرض بحضور والي"
            " الجهة عادل الخبثاني. ")


def test_a_known_surname_after_the_verb_is_the_antecedent() -> None:
    text = _OPENING + ("وأبرز الحفيان، في تصريح للإذاعة، الإضافة الكبيرة للمعرض. وأشار إلى أن"
                       " الكلفة تجاوزت المليون دينار.")
    quotes = extract_quotes(text)
    assert [(q.speaker.text, q.speaker_name) for q in quotes] == [("الحفيان", "فيصل الحفيان")]


def test_a_noun_that_names_no_one_is_no_antecedent() -> None:
    """The near miss: الحضور is given after no first name, so it is no antecedent (nor is
    the governor named after بحضور, a complement: names.earlier._subject_slot)."""
    text = _OPENING + ("وأبرز الحضور، في تصريح للإذاعة، الإضافة الكبيرة للمعرض. وأشار إلى أن"
                       " الكلفة تجاوزت المليون دينار.")
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker_name) for q in quotes] == [("الكلفة تجاوزت المليون دينار", None)]
