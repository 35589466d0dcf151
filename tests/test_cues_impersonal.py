"""يعتقد right before its complementizer, with no subject between, is read as the passive
يُعتقد أن ("it is believed"): no speaker, no quote.  With a subject it reports a belief.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_it_is_believed_gives_no_quote() -> None:
    for text in ("ألقت الشرطة القبض على رجل يعتقد أنه على صلة بالهجوم.",
                 "وغرق المركب قبالة السواحل. ويعتقد أن عدد المفقودين تجاوز العشرين."):
        assert extract_quotes(text) == [], text


def test_a_believer_named_after_the_verb_reports() -> None:
    """The near miss: ويعتقد العلماء أن has its subject, a belief reported."""
    got = extract_quotes("ويعتقد العلماء أن الطين تشكل من رماد البركان.")
    assert [(q.text, q.speaker.text if q.speaker else None) for q in got] == [
        ("الطين تشكل من رماد البركان", "العلماء")]
