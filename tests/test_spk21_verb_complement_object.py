"""The words right after a sentence's first verb that a later participle takes as its subject
are that verb's complement or object when they open with ب before an indefinite noun (وندد
بعدم صرف) or are a feminine body after a masculine verb (وطالب الوزارة): its subject is then
implicit, the antecedent (engine/before_cue.py ``participle_subject``).  Sentences written for
the test."""

from __future__ import annotations

import pytest
from extract_helpers import speakers_named

from quotecheck import extract_quotes


def test_a_ba_complement_is_no_subject() -> None:
    got = speakers_named('وقال الوزير سامي العلي إن المشروع تأخر. وندد بعدم صرف الاعتمادات '
                         'المالية، مؤكدا أن "الوضع لا يحتمل".')
    assert [name for _, name in got] == ["سامي العلي", "سامي العلي"]


def test_a_feminine_body_after_a_masculine_verb_is_its_object() -> None:
    got = speakers_named('وأكد النائب سامي العلي أن الملف مهمل. وطالب الوزارة بفتح تحقيق، قائلا '
                         'إن "المسؤولين معروفون".')
    assert [name for _, name in got] == ["سامي العلي", "سامي العلي"]


def test_a_feminine_verbs_body_is_its_subject() -> None:
    """Near miss: the verb agrees with the body after it: the subject."""
    got = speakers_named('وطالبت الوزارة بفتح تحقيق، قائلة إن "المسؤولين معروفون".')
    assert got == [("الوزارة", "الوزارة")]


def test_a_name_that_opens_with_ba_is_a_subject() -> None:
    """Near miss: a known first name opens with ب: the verb's subject."""
    got = speakers_named('وندد بشير العلي بالقرار، مؤكدا أن "الوضع لا يحتمل".')
    assert got[0][1] is not None and got[0][1].startswith("بشير")


@pytest.mark.parametrize(("text", "head"), [
    ("وطالب برلمانيون بفتح تحقيق عاجل، مؤكدين أن الوضع لا يحتمل التأجيل.", "برلمانيون"),
    ("وحذر باحثون من تفاقم الأزمة، مؤكدين أن الجفاف سيستمر.", "باحثون"),
])
def test_a_plural_subject_that_opens_with_ba_is_a_subject(text: str, head: str) -> None:
    """Near miss (review round 9 M1): an indefinite plural in the nominative ون whose own first
    letter is ب is the verb's subject, not a ب-complement (a noun after ب is genitive)."""
    got = speakers_named(text)
    assert got[0][1] is not None and got[0][1].startswith(head)


def test_the_text_cut_right_after_the_verb_and_its_complement() -> None:
    for text in ('وندد بعدم', 'وطالب الوزارة', 'وطالب الوزارة بفتح تحقيق، قائلا'):
        assert all(q.start <= q.end for q in extract_quotes(text))
