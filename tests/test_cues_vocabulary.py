"""Reporting verbs and forms mined from ANT (a word before أن that no known cue explained):
لاحظ، ذكّر، the participles of توقّع، رجّح، استبعد، ألمح، أفاد، and the unambiguous
perfects of بيّن.  Each sentence is written for the test; each rule has a near miss."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.kind, q.text, q.speaker_name, q.cue.text if q.cue else None)
            for q in extract_quotes(text)]


@pytest.mark.parametrize("cue", ["ملاحظا", "مذكرا", "متوقعا", "مرجحا", "مستبعدا", "ملمحا"])
def test_participles_continue_a_report(cue: str) -> None:
    got = _quotes(f"وأكد المدير أن العمل متواصل، {cue} أن النتائج ستعلن غدا.")
    assert got == [("indirect", "العمل متواصل", "المدير", "وأكد"),
                   ("indirect", "النتائج ستعلن غدا", "المدير", cue)]


@pytest.mark.parametrize("cue", ["مفيدا بأن", "مذكرة بأن"])
def test_licensed_participles_before_their_complementizer(cue: str) -> None:
    got = _quotes(f"وقالت المديرة إن الوضع صعب، {cue} الحكومة وعدت بالإصلاح.")
    assert [q[1] for q in got] == ["الوضع صعب", "الحكومة وعدت بالإصلاح"]
    assert got[1][2] == "المديرة"


@pytest.mark.parametrize("text", [
    "ووقع الطرفان مذكرة تفاهم في الغرض.",  # مذكرة: a memorandum
    "وقد يكون الدواء مفيدا في علاج المرض، ويمكن أن يخفف الألم.",  # مفيدا: useful
    'وتابع الجمهور مسلسل "أولاد مفيدة" يحتوي على مشاهد عنيفة.',  # a closing mark
    "وكانت حالة الاكتظاظ متوقعة لأن المواطنين تأخروا.",  # لأن: because
    "ملاحظة : الصورة توضيحية",  # ملاحظة: a note, no cue
])
def test_homographs_of_the_new_forms_give_no_quote(text: str) -> None:
    assert _quotes(text) == []


def test_lahaza_reports() -> None:
    assert _quotes("ولاحظت الوزيرة أن الإقبال كان ضعيفا هذا العام.") == [
        ("indirect", "الإقبال كان ضعيفا هذا العام", "الوزيرة", "ولاحظت")]


def test_bayyanat_needs_no_shadda_but_bayna_does() -> None:
    assert _quotes("وبينت الوزيرة أن الموسم السياحي ناجح.") == [
        ("indirect", "الموسم السياحي ناجح", "الوزيرة", "وبينت")]
    assert _quotes("وقع الاتفاق بين الوزيرة والنقابة وبين أن الحوار مستمر.") == []
