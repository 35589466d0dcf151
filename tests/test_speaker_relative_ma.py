"""A cue that opens a relative clause on ما and carries the pronoun pointing back at it
(مما وصفها بـ"..."، ما اعتبره "...": "what he called") is said by the subject of the verb
that governs the clause (``engine.before_cue.relative_ma_clause``, ``_governing_subject``),
and a participle later in that sentence keeps it.  Sentences from ANT (Apache-2.0),
shortened, and written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_what_the_party_called_is_the_partys() -> None:
    text = ('حذر حزب العمال مما وصفها بـ "الحملة المنظمة" التي تستهدف في المدة الأخيرة الجبهة'
            ' الشعبية وقادتها، معتبرا أن "الحملة تخفي مقدمات لعمليات اغتيال او اعتداء قادم".')
    assert _speakers(text) == ["حزب العمال", "حزب العمال"]


def test_the_subject_ends_before_ma() -> None:
    text = 'واستنكر الوصيفي ما اعتبره "عدم التعامل الجدي مع هذه الاعتداءات".'
    assert _speakers(text) == ["الوصيفي"]


def test_an_adverb_after_the_verb_is_no_subject() -> None:
    """The near miss: وأكد تعقيبا على ما اعتبره: تعقيبا is an adverb, no speaker."""
    text = 'وأكد تعقيبا على ما اعتبره "سوء تفاهم مع الوزارة" أن الإصلاح ماض في طريقه.'
    assert _speakers(text) == [None]
