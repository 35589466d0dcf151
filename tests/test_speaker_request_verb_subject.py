"""The subject of a verb of request or praise (دعا، طالب، ثمن) read for a later participle
ends before the verb's complement: إلى, a ب-prefixed verbal noun or a comma
(``engine.before_cue._before_request_object``).  Sentences written for the test, after
ANT JA-localNews-2236 and JA-localNews-4414."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_the_subject_ends_before_ila() -> None:
    text = "ودعا النقابي إلى احترام الاتفاق في أقرب الآجال، معتبرا أن التأخير سيوتر المناخ."
    assert _speakers(text) == ["النقابي"]


def test_the_subject_ends_before_a_ba_verbal_noun() -> None:
    text = ("وطالب ابن عم الشهيد بإنتداب أبناء المنطقة في الجيش الوطني مؤكدا أنهم مستعدون"
            " للدفاع عن الوطن.")
    assert _speakers(text) == ["ابن عم الشهيد"]


def test_a_surname_in_ba_is_kept() -> None:
    """The near miss: بوغنجة opens with ب but is a surname (بو), not a verbal noun."""
    text = "ودعا الوزير سامي بوغنجة إلى الهدوء مؤكدا أن الوضع تحت السيطرة."
    assert _speakers(text) == ["الوزير سامي بوغنجة"]
