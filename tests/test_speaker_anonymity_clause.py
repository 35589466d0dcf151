"""An anonymity clause (طلب عدم ذكر اسمه، مفضلا عدم ذكر اسمه) between a reporting verb's
subject and its clause: its quote's speaker is the reporting verb's, not the previous
speaker's (``engine.cue_speaker.anonymity_cue``).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck.engine.cue_speaker import anonymity_cue
from quotecheck.engine.evidence import Doc
from quotecheck.lang.ar.lexicon import lexicon

_BEFORE = 'قال الخبير سامي الهادي إن الذهب "مهم".\n'


def test_a_source_who_asked_not_to_be_named() -> None:
    text = _BEFORE + 'وقال مسؤول أمني، طلب عدم ذكر اسمه، إن الهجوم "كان منسقا".'
    assert _speakers(text)[-1] == "مسؤول أمني"


def test_one_of_a_group_who_preferred_not_to_be_named() -> None:
    text = _BEFORE + ('وقال أحد التجار الذين حضروا الجلسة، مفضلا عدم ذكر اسمه: "الأسعار'
                      ' ارتفعت".')
    assert _speakers(text)[-1] == "أحد التجار"


def test_a_relayed_source_who_preferred_not_to_be_named() -> None:
    text = _BEFORE + ('ونقلت "الراية" عن شقيق المريض، الذي فضل عدم ذكر اسمه، قوله إن أخاه'
                      ' "يتعافى".')
    assert _speakers(text)[-1] == "شقيق المريض"


def test_a_negated_cue_without_an_identity_noun_is_no_anonymity_clause() -> None:
    """The near miss: وانتقد النائب عدم ذكر الأسباب: ذكر with its own object, no identity
    noun after it."""
    d = Doc("وقال النائب سامي الهادي إن التقرير ناقص، وانتقد عدم ذكر الأسباب فيه.", lexicon())
    i = d.wi.norms.index("ذكر")
    assert anonymity_cue(d, i, i) is None
    d = Doc("وقال النائب سامي الهادي، طلب عدم ذكر اسمه، إن التقرير ناقص.", lexicon())
    i = d.wi.norms.index("ذكر")
    assert anonymity_cue(d, i, i) is not None
