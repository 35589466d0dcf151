"""A complementizer right after a word that takes it itself (particles.json
``complementizer_owners``: من شأنه أن "is likely to", باعتبار أن "since", علما أن "noting
that") is no trigger of the cue before it: its clause belongs to that word. Sentences written
for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_likely_to_is_no_report() -> None:
    got = extract_quotes("وأعلن الوزير عن برنامج جديد للتشغيل من شأنه أن يحد من بطالة "
                         "الشباب في الجهات الداخلية.")
    assert got == []


def test_since_is_no_report() -> None:
    got = extract_quotes("وأكد النواب ضرورة تشديد العقوبات على المهربين باعتبار أن التهريب "
                         "يضر بالاقتصاد.")
    assert got == []


def test_noting_that_after_waw_is_no_report() -> None:
    got = extract_quotes("وأعلنت الجامعة عن فتح باب الترشح للمسابقة، علما و أن آخر أجل "
                         "لتقديم الملفات هو يوم الجمعة.")
    assert got == []


def test_cue_complementizer_reports() -> None:
    """The near miss: the complementizer after the cue itself opens the report."""
    got = extract_quotes("وأعلن الوزير أن البرنامج الجديد من شأنه الحد من بطالة الشباب.")
    assert [(q.text, q.cue.text) for q in got] == [
        ("البرنامج الجديد من شأنه الحد من بطالة الشباب", "وأعلن")]


def test_owner_noun_without_complementizer_stays_in_clause() -> None:
    """The near miss: علما inside a report after its complementizer stays in the clause."""
    got = extract_quotes("وأكد المدير أن التسجيل مفتوح علما بالشروط المعلنة سابقا.")
    assert [q.text for q in got] == ["التسجيل مفتوح علما بالشروط المعلنة سابقا"]


def test_impersonal_predicate_is_no_report() -> None:
    """من المنتظر أن، يبدو أن: an impersonal predicate inside the cue's object phrase."""
    got = extract_quotes("وأشار الوزير إلى تواصل الاجتماعات مع الوفد الذي كان من المنتظر أن "
                         "يزور العاصمة الشهر الماضي.")
    assert got == []


def test_suspected_with_preposition_is_no_report() -> None:
    """يشتبه في أنه: the passive 'is suspected', its في between."""
    got = extract_quotes("وأعلنت النيابة عن إيقاف شاب يشتبه في أنه خطط لاعتداء.")
    assert got == []


def test_question_keeps_its_possibility_clause() -> None:
    """The near miss: من الممكن is no owner; a question's content stays a quote."""
    got = extract_quotes("وتساءل النائب عما إذا كان من الممكن أن تقبل الحكومة هذا الطلب.")
    assert [q.text for q in got] == ["تقبل الحكومة هذا الطلب"]
