"""After a comma, a feminine participle of a haal's shape in a clause whose cue is a feminine
singular verb is the speaker's next act and ends the reported clause, as the masculine haal
does (engine/clause_haal.py; particles.json ``feminine_haal``; round 9, qb12).  Sentences
written for the test, in the shape of ANT's (، مستغربة صمت ...، مجددة عزمها على ...)."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def texts(text: str) -> list[str]:
    """The text of each quote, in order."""
    return [q.text for q in extract_quotes(text)]


def test_a_feminine_haal_after_a_comma_ends_the_clause() -> None:
    text = ("وأضافت النقابة أنها اتصلت بكل الأطراف المعنية بالملف، مستغربة صمت الوزارة "
            "وعدم ردها على المراسلات.")
    assert texts(text) == ["اتصلت بكل الأطراف المعنية بالملف"]


def test_a_feminine_haal_with_its_possessive_object_ends_the_clause() -> None:
    text = ("وأكدت الجمعية أنها تتابع الخطب في كل المساجد بانتظام، مجددة عزمها على "
            "مواصلة عملها.")
    assert texts(text) == ["تتابع الخطب في كل المساجد بانتظام"]


def test_a_masculine_cue_keeps_a_feminine_participle_in_the_clause() -> None:
    """The near miss: the cue is masculine, so the participle agrees with the clause's own
    feminine subject (the prices), not with the speaker."""
    text = "وقال الوزير إن الأسعار ارتفعت هذا الشهر، مسجلة زيادة بخمسة بالمائة."
    assert texts(text) == ["الأسعار ارتفعت هذا الشهر، مسجلة زيادة بخمسة بالمائة"]


@pytest.mark.parametrize("tail", [
    "مخزنة في براميل بلاستيكية",  # a state: a preposition of place follows
    "مسروقة منذ أيام",  # a passive participle مفعولة
    "مقارنة بالعام الماضي",  # the verbal noun مفاعلة
])
def test_a_state_passive_or_verbal_noun_stays_in_the_clause(tail: str) -> None:
    """Near misses under a feminine cue: no act of the speaker."""
    text = f"وأوضحت الوزارة أن الأعوان حجزوا كمية كبيرة من المواد، {tail}."
    assert texts(text) == [f"الأعوان حجزوا كمية كبيرة من المواد، {tail}"]


def test_a_participle_that_opens_its_own_quote_stays() -> None:
    """The near miss: a participle before a quotation mark opens a quote of its own that no
    cue reads (مضيفة قولها "..."): the clause is not cut before it, so the marked words
    stay the police's quote (cut there, nothing would claim them)."""
    text = ('وقالت الشرطة إن التحقيق الأولي لم يكتمل بعد، مضيفة قولها "لا يوجد أي مؤشر '
            'على عمل إرهابي".')
    assert "لا يوجد أي مؤشر على عمل إرهابي" in texts(text)


@pytest.mark.parametrize("cut", ["، مستغربة", "، مستغربة ", "، مستغربة صمت"])
def test_the_text_ends_right_after_the_participle(cut: str) -> None:
    """No index past the text's end: the clause keeps what it has."""
    text = "وأضافت النقابة أنها اتصلت بكل الأطراف المعنية بالملف" + cut
    got = texts(text)
    assert got and got[0].startswith("اتصلت بكل الأطراف المعنية بالملف")
