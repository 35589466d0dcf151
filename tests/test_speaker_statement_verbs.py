"""A sentence that opens with a verb of statement which gave no quote (دعا، طالب، ثمن; a
reporting verb with a nominal object; after كما too) leaves its speaker-like subject as the
antecedent of the bare verbs of the sentences after it
(``engine.names.earlier.statement_verb_events``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes

_FIRST = "قال رئيس الجمعية سامي العياري إن الموسم كان جيدا. "


def test_the_subject_of_a_call_is_the_next_sentence_s_speaker() -> None:
    text = _FIRST + ("ودعا الحزب، صباح اليوم، إلى مراجعة القرار. واعتبر أن القرار يضر"
                     " بالفلاحين.")
    assert _speakers(text) == ["رئيس الجمعية سامي العياري", "الحزب"]


def test_after_kama_and_a_feminine_verb() -> None:
    text = _FIRST + ("كما طالبت الهيئة الوطنية للمحامين، في بيان لها، بمراجعة القرار."
                     " وأضافت أن القرار يضر بالمحامين.")
    assert _speakers(text)[-1] == "الهيئة الوطنية للمحامين"


def test_a_surname_subject_of_a_statement_verb() -> None:
    text = ("قال وزير الخارجية خميس الجهيناوي إن اللقاء كان مثمرا. وثمن الجهيناوي، قرار"
            " الحكومة رفع القيود. وأشار إلى أن التعاون سيتواصل.")
    quotes = extract_quotes(text)
    assert (quotes[-1].speaker.text, quotes[-1].speaker_name) == ("الجهيناوي",
                                                                  "خميس الجهيناوي")


def test_a_verb_of_no_statement_leaves_the_earlier_speaker() -> None:
    """The near miss: نظم (organised) is no verb of statement: its subject is no
    antecedent."""
    text = _FIRST + ("ونظم الحزب، صباح اليوم، ندوة حول القرار. واعتبر أن القرار يضر"
                     " بالفلاحين.")
    assert _speakers(text) == ["رئيس الجمعية سامي العياري"] * 2
