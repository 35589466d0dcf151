"""A programme's guest (وقال ضيف "بوليتيكا" إن) is the person the report named before: the
mention stays as written, its name is that person's (``engine.naming``).  Sentences written
for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_the_guest_is_named_after_the_person_named_before() -> None:
    text = ('أكد السياسي سامي الهادي اليوم أن الحركة مسيطرة. وقال ضيف "بوليتيكا" إن'
            " الاقتصاد يتراجع.")
    quotes = extract_quotes(text)
    assert quotes[1].speaker.text == 'ضيف "بوليتيكا"'
    assert quotes[1].speaker_name == "سامي الهادي"


def test_a_person_inside_the_report_is_not_the_guest() -> None:
    """The near miss: رئيس الحكومة يوسف العلوي is named inside the first report, not as a
    speaker: the guest is the first speaker."""
    text = ("قال سامي الهادي الأمين العام للحزب إن رئيس الحكومة يوسف العلوي أعلن التقشف."
            ' واعتبر ضيف "بوليتيكا" أن الأزمة عميقة.')
    assert extract_quotes(text)[-1].speaker_name == "سامي الهادي"


def test_the_surname_al_dhaif_is_no_guest() -> None:
    """The near miss: الضيف alone is a surname (نبيل الضيف), no programme's guest."""
    text = "قال نبيل الضيف إن الوضع صعب. وأضاف الضيف أن الحل قريب."
    assert [q.speaker_name for q in extract_quotes(text)] == ["نبيل الضيف"] * 2
