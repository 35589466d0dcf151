"""A source note naming a medium (حسب وكالة رويترز) is no antecedent: the agency relays what
someone said, so the bare verb after it keeps the last speaker; a body named in a source note
(حسب وزارة الخارجية) still is one (near miss)."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_medium_in_a_source_note_is_no_antecedent() -> None:
    text = ("وقال الرئيس السوري أحمد الحمدان إن المفاوضات مستمرة، حسب وكالة رويترز. "
            "وأضاف أن الاتفاق قريب.")
    assert [q.speaker_name for q in extract_quotes(text)] == ["أحمد الحمدان", "أحمد الحمدان"]


def test_body_in_a_source_note_is_an_antecedent() -> None:
    text = "وقال المتحدث إن المفاوضات مستمرة، حسب وزارة الخارجية. وأضاف أن الاتفاق قريب."
    assert [q.speaker_name for q in extract_quotes(text)][-1] == "وزارة الخارجية"


def test_participle_after_a_foreign_name_keeps_it() -> None:
    """A participle's phrase with a name no list knows (إنفانتينو) is the speaker; it does
    not point back to the previous speaker."""
    text = ("وقال رئيس الاتحاد الدولي سامي الكعبي إن البطولة ناجحة. "
            "وتوجه إنفانتينو إلى الصحفيين قائلا: «اليوم أشعر بالفخر».")
    assert extract_quotes(text)[-1].speaker.text.startswith("إنفانتينو")
