"""The subject after أن/إن/لكن and before its verb where the phrase reader stops short:
an unnamed source or an office in the accusative (غير أن مصدرا أمنيا قال، لكن متحدثا
عسكريا كان قد قال), or a speaker's phrase with a modifier that holds a preposition (غير
أن مصادر مطلعة على اللقاءات قالت).  engine/particle_subject.py, asked by
engine/before_cue.sentence_subject.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

_BEFORE = 'وقال الوزير سامي العلي إن الوضع "صعب جدا". '


def _last_speaker(text: str) -> str | None:
    q = extract_quotes(_BEFORE + text)[-1]
    return q.speaker.text if q.speaker else None


def test_an_accusative_unnamed_source_after_ghayr_anna() -> None:
    got = _last_speaker('غير أن مصدرا دبلوماسيا قال إن نواكشوط "تنتظر اعتذارا رسميا".')
    assert got == "مصدرا دبلوماسيا"


def test_an_accusative_office_before_kana_qad() -> None:
    got = _last_speaker('لكن متحدثا عسكريا كان قد قال إن الاعتقالات "تتم وفق القانون".')
    assert got == "متحدثا عسكريا"


def test_a_modifier_with_a_preposition_before_the_verb() -> None:
    got = _last_speaker('غير أن مصادر دبلوماسية مطلعة على اللقاءات قالت إن الموفد'
                        ' "لم يحمل مبادرة جديدة".')
    assert got is not None and got.startswith("مصادر دبلوماسية")


def test_a_clause_with_a_comma_before_the_verb_is_no_subject() -> None:
    """Near miss: one comma after the phrase (no closed aside): the earlier speaker stays."""
    got = _last_speaker('لكن الوزير رفض الطلب، ثم قال إن الوضع "مستقر تماما".')
    assert got == "الوزير سامي العلي"


def test_no_subject_across_a_quotation_mark() -> None:
    """Near miss: the verb stands inside a quotation opened after the phrase (a reported
    verb of the quote, not the particle's): the earlier speaker stays."""
    got = _last_speaker('وجاء في الحكم أن الحكومة "لم تشر إلى أي دليل يفيد بأن أي أجنبي قد'
                        ' ارتكب هجوما إرهابيا في الولايات المتحدة".')
    assert got == "الوزير سامي العلي"


def test_an_aside_of_anonymity_before_the_verb() -> None:
    got = _last_speaker('غير أن مصدرا طبيا في المستشفى، طلب عدم ذكر اسمه، قال إن "الشحنة'
                        ' الأخيرة وزعت".')
    assert got == "مصدرا طبيا"


def test_an_aside_with_a_cue_and_no_anonymity() -> None:
    """Near miss: the aside holds a cue word (أكد) and states no anonymity: no subject read
    across it, the earlier speaker stays."""
    got = _last_speaker('غير أن مصدرا طبيا في المستشفى، أكد الخبر للوزارة، قال إن "الشحنة'
                        ' الأخيرة وزعت".')
    assert got == "الوزير سامي العلي"
