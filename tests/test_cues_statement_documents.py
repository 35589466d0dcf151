"""A statement cue (جاء في، ورد في) before a document's noun (particles.json
``statement_documents``: تقرير، صحيفة، خبر، نسخة ...) quotes the document where the phrase
opens a clause; inside a clause (التحذير جاء في وثيقة، ما ورد في تقرير) it is no cue.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_report_noun_after_statement_cue() -> None:
    got = extract_quotes("وجاء في تقرير نشرته المنظمة اليوم أن عدد المساجين ارتفع بنسبة "
                         "كبيرة.")
    assert [(q.text, q.cue.text) for q in got] == [
        ("عدد المساجين ارتفع بنسبة كبيرة", "وجاء في")]


def test_newspaper_after_statement_cue() -> None:
    got = extract_quotes("ورد في صحيفة \"الأخبار\" المحلية أن الحكومة ستعلن عن إجراءات "
                         "جديدة.")
    assert [q.text for q in got] == ["الحكومة ستعلن عن إجراءات جديدة"]


def test_document_phrase_inside_a_clause_is_no_cue() -> None:
    """The near miss: جاء في وثيقة after its subject, inside another cue's clause."""
    got = extract_quotes("وعلق الوزير بأن التحذير جاء في وثيقة قديمة تضمنت معلومات خاطئة.")
    assert [(q.text, q.cue.text) for q in got] == [
        ("التحذير جاء في وثيقة قديمة تضمنت معلومات خاطئة", "وعلق")]


def test_relative_document_phrase_is_no_cue() -> None:
    """The near miss: ما ورد في تقرير, a relative clause inside a report."""
    got = extract_quotes("واعتبر المتحدث أن ما ورد في تقرير الموقع من اتهامات لا أساس له.")
    assert [q.cue.text for q in got] == ["واعتبر"]


def test_other_noun_after_statement_cue_is_no_cue() -> None:
    """The near miss: جاء في المرتبة (a rank), no document, before a colon."""
    got = extract_quotes("وجاء في المرتبة الثانية: فريق الجامعة بمجموع أربعين نقطة.")
    assert got == []
