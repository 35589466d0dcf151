"""A cue whose speaker phrase was read back into a quote found before it (a participle after
an attribution that follows the quote: "..."، يقول النائب X، مضيفا أن) takes the speaker
before it, as a phrase that points back does (``engine.naming.Namer._in_earlier_quote``).
Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named

from quotecheck import extract_quotes


def test_a_participle_after_an_attribution_that_follows_the_quote() -> None:
    text = ('وقال النائب سليم فؤاد مراد إن الأزمة مستمرة.\n"المشكلة ليست تقنية بل سياسية"،'
            ' يقول النائب مراد، مضيفا أن "الحل يبدأ بمحاسبة المعتدين".')
    got = speakers_named(text)
    assert got[-1][1] == "سليم فؤاد مراد"
    assert "ليست" not in (got[-1][0] or "")


def test_a_relative_clause_inside_an_earlier_quote_keeps_its_speaker() -> None:
    """Near miss: the person a reported clause names, then الذي قال: a new speaker the
    quote introduces, the relative pronoun's antecedent, not the speaker before."""
    text = ('وأكدت الوزيرة سامية الوسلاتي أن الهيئة زارت المنزل، وأشادت بجهود المدير خالد'
            ' الصالح الذي أكد في مداخلة له أن "العمل متواصل".')
    assert speakers_named(text)[-1][1] == "خالد الصالح"


def test_a_verb_whose_subject_stands_in_the_reported_clause_keeps_it() -> None:
    """Near miss: a finite verb after its subject inside the clause reported before (أن
    الخاطفين قالا إنهما): the subject speaks, not the site that relays it."""
    text = ('وأورد موقع "الأخبار" أن الخاطفين قالا إنهما "من مجموعة مسلحة"، مضيفين أنهما'
            ' يطالبان بالإفراج عن رفاقهما.')
    got = {q.cue.text: q.speaker.text if q.speaker else None
           for q in extract_quotes(text) if q.cue is not None}
    assert got["قالا"] == "الخاطفين"
