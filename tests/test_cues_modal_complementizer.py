"""A complementizer right after a modal verb (يمكن أن، يجب أن) is the modal's, not a verb of
saying's; a cut-off quote whose opening mark follows a sentence-initial verb of saying and
its speaker is that verb's direct quote.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_modal_complementizer_is_no_report() -> None:
    got = extract_quotes("وتعتبر السمنة واحدة من العوامل التي يمكن أن تزيد من خطر الإصابة بالمرض.")
    assert got == []


def test_report_complementizer_before_a_modal_still_opens_the_quote() -> None:
    """The near miss: the cue's own أن comes first; the modal stays inside its clause."""
    got = extract_quotes("وأكد الوزير أن الحكومة يمكن أن تراجع القرار قريبا.")
    assert [q.text for q in got] == ["الحكومة يمكن أن تراجع القرار قريبا"]


def test_cut_off_quote_after_a_cue_and_its_speaker() -> None:
    got = extract_quotes('وأوضح مدرب الفريق "التركيز على الأداء يجب أن يكون هدفنا الأول في كل '
                         'مباراة، إما أن نلعب بشجاعة أمام المنافس، ولا نخاف من الهجوم')
    assert [(q.kind, q.text.split()[0]) for q in got] == [("direct", "التركيز")]
