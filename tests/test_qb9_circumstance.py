"""After a comma, وذلك + a reason, purpose, means or time goes on with the reported clause
(engine/clause_circumstance.py; particles.json ``circumstance_openers``,
``circumstance_end_heads``; round 8, qb9); before the speech event's frame, a concession, a
source note or after a closing quotation mark it still ends it.  Sentences written for the
test."""

from __future__ import annotations

from quotecheck import extract_quotes


def texts(text: str) -> list[str]:
    """The text of each quote, in order."""
    return [q.text for q in extract_quotes(text)]


def test_reason_after_wadhalika_stays_in_the_clause() -> None:
    text = "وقال الوزير إن إنتاج القمح ارتفع هذا العام، وذلك بسبب الأمطار الغزيرة في الشمال."
    assert texts(text) == ["إنتاج القمح ارتفع هذا العام، وذلك بسبب الأمطار الغزيرة في الشمال"]


def test_purpose_after_wadhalika_stays_in_the_clause() -> None:
    text = "وأكدت الوزارة أنها ستفتح عشرة مراكز جديدة، وذلك قصد تقريب الخدمات من المواطنين."
    assert texts(text) == ["ستفتح عشرة مراكز جديدة، وذلك قصد تقريب الخدمات من المواطنين"]


def test_speech_event_after_wadhalika_ends_the_clause() -> None:
    """The near miss: وذلك خلال + the occasion of the statement is the narrator's frame."""
    text = "وقال الوزير إن إنتاج القمح ارتفع هذا العام، وذلك خلال ندوة صحفية بالعاصمة."
    assert texts(text) == ["إنتاج القمح ارتفع هذا العام"]


def test_concession_after_wadhalika_ends_the_clause() -> None:
    """The near miss: وذلك رغم + a fact set against the report is the narrator's."""
    text = "وقال المدرب إن حظوظ فريقه في اللقب تبقى ضعيفة، وذلك رغم الفوز الكبير أمس."
    assert texts(text) == ["حظوظ فريقه في اللقب تبقى ضعيفة"]


def test_after_a_closing_mark_wadhalika_ends_the_quote() -> None:
    """The near miss: after the speaker's marked words, وذلك بعد ... is the narrator's."""
    text = 'وقالت الشاهدة إن رجلا "تمكن من التقاط الطفل الرضيع"، وذلك بعد أن صرخت الأم طالبة النجدة.'
    assert texts(text) == ["تمكن من التقاط الطفل الرضيع"]
