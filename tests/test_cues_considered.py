"""An imperfect of اعتبر far from any complementizer or mark is the passive "is considered":
no quote; with its trigger near it (ويعتبر الخبير أن) it reports.  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_is_considered_with_a_far_trigger_is_no_quote() -> None:
    got = extract_quotes("ويعتبر المطار ثاني أكبر قاعدة عسكرية في البلاد وقد كان من المتوقع أن "
                         "يستقبل طائرات جديدة هذا العام.")
    assert got == []


def test_considers_with_a_near_complementizer_reports() -> None:
    """The near miss: the subject and the complementizer right after the verb."""
    got = extract_quotes("ويعتبر الخبير الاقتصادي أن الأزمة ستطول أكثر من المتوقع.")
    assert [q.text for q in got] == ["الأزمة ستطول أكثر من المتوقع"]
