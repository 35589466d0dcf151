"""Two-part titles ``NEWS.. وX: STATEMENT``: the lead joined by و after ``..`` is the second
party (engine/headline_joined.py): an unnamed source, a short name in marks, or one word
that the text writes after an institution's noun speaks; a noun of findings (الحصيلة،
التفاصيل) or a topic's word there is no speaker.  Sentences written for the test."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes

_BODY = "\n\nوأعلنت السلطات المحلية فتح تحقيق في ملابسات الحادث."
_SERVICE = "\n\nوقال الناطق باسم جهاز الإسعاف والطوارئ إن الفرق تدخلت بسرعة."


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text) if q.headline]


@pytest.mark.parametrize("text,quote,speaker", [
    ("صفاقس: حجز طن من السجائر المهربة في ميناء المدينة.. ومصدر: الشحنة قادمة من الخارج"
     + _BODY, "الشحنة قادمة من الخارج", "مصدر"),
    ("مدنين: أمطار غزيرة تغمر الطرقات.. والإسعاف: 4 قتلى و9 جرحى" + _SERVICE,
     "4 قتلى و9 جرحى", "الإسعاف"),
    ("السوق البلدية تفتح أبوابها من جديد.. والإسعاف: نقل 3 مصابين إلى المستشفى" + _SERVICE,
     "نقل 3 مصابين إلى المستشفى", "الإسعاف"),
    ("مهرجان الشعر يختتم دورته العاشرة.. و\"الهيئة\": 70 شاعرا من 12 بلدا" + _BODY,
     "70 شاعرا من 12 بلدا", "الهيئة"),
])
def test_the_joined_lead_of_a_two_part_title_speaks(text: str, quote: str,
                                                    speaker: str) -> None:
    assert (quote, speaker) in _heads(text)


@pytest.mark.parametrize("text", [
    "مدنين: أمطار غزيرة تغمر الطرقات.. والحصيلة: 4 قتلى و9 جرحى" + _SERVICE,
    "صفاقس: حجز طن من السجائر المهربة.. والتفاصيل: الشحنة قادمة من الخارج" + _BODY,
    "مدنين: أمطار غزيرة تغمر الطرقات.. والإسعاف: 4 قتلى و9 جرحى" + _BODY,
    "مصدر: وكالة تونس إفريقيا للأنباء" + _BODY,
])
def test_a_noun_of_findings_or_an_unvouched_word_is_no_speaker(text: str) -> None:
    """The near misses: a tally or details after و; a word the text never writes after an
    institution's noun; the page label مصدر: with no و."""
    assert _heads(text) == []  # (no headline quote: no mark keeps one without a speaker)
