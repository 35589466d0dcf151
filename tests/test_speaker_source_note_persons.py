"""A source note headed by an office or a kinship noun (وفق ما أكده المعتمد الأول، حسب ما
أكده زوج خالة الضحية) names a person who speaks: an antecedent of the bare verbs after it
(``naming._office_or_kin``); its phrase ends at a comma unless a name or a title follows
(``names.anaphor._cut_at_comma``), and a ب-phrase after a title is never the title's name
(``names.titles._ba_phrase``).  Sentences written for the test, after ANT."""

from __future__ import annotations

from quotecheck import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.speaker_name)
            for q in extract_quotes(text)]


def test_a_relative_in_a_source_note_is_the_next_speaker() -> None:
    text = ("وأكد الشاب أنه تعرض للضرب وفق ما أكده زوج خالة الضحية. وأكد في السياق ذاته أن"
            " عائلته راسلت وزير الداخلية.")
    assert [sp for sp, _ in _speakers(text)] == ["الشاب", "زوج خالة الضحية"]


def test_an_office_in_a_source_note_is_the_next_speaker() -> None:
    text = "تم حجز البضاعة وفق ما أكده المعتمد الأول بالجهة. وأضاف أن الأبحاث متواصلة."
    assert [sp for sp, _ in _speakers(text)] == ["المعتمد الأول بالجهة"]


def test_the_note_ends_at_its_comma_and_the_office_keeps_its_holder() -> None:
    text = ("قال وزير الصناعة زكرياء حمد إن الشركة تعاني. وتعلقت أسباب ارتفاع المديونية، وفق"
            " الوزير، بصعوبة اعتماد استراتيجية تجارية. وشدد على أن السوق الموازية تتوسع.")
    assert _speakers(text)[-1] == ("الوزير", "زكرياء حمد")


def test_a_report_in_a_source_note_names_no_speaker() -> None:
    """The near miss: التقرير السنوي is no person and no body."""
    text = "ارتفعت الأسعار وفق ما أكده التقرير السنوي. وأضاف أن الأبحاث متواصلة."
    assert _speakers(text) == [(None, None)]
