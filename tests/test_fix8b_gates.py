"""Near misses for round 8's gates that no other test noticed (review round 8 S3): each
pins the whole output (text, kind, speaker) of a sentence the gate decides.  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _out(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text)]


def _heads(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text) if q.headline]


# -- contrast_acts.contrast_act: only the perfect of a verb of statement ends the clause ---
def test_a_perfect_verb_after_a_contrast_word_ends_the_clause() -> None:
    assert _out("وقال الوزير إن الوضع صعب لكنه اعترف بصعوبة المرحلة.") == [
        ("الوضع صعب", "indirect", "الوزير")]


def test_an_imperfect_verb_after_a_contrast_word_keeps_the_clause() -> None:
    """The near miss: يعترف is the clause's own present, no next act of the speaker."""
    assert _out("وقال الوزير إن الوضع صعب لكنه يعترف بصعوبة المرحلة.") == [
        ("الوضع صعب لكنه يعترف بصعوبة المرحلة", "indirect", "الوزير")]


# -- cue_speaker._ba_institution: ب + an office noun is a place, a name with ب is not -----
def test_ba_and_an_institution_after_the_verb_is_no_subject() -> None:
    assert _out("وأكد بمجلس نواب الشعب أمس أن الحكومة ستتدخل.") == [
        ("الحكومة ستتدخل", "indirect", None)]


def test_a_name_that_opens_with_ba_stays_the_subject() -> None:
    """The near miss: باول is a name, though ب + اول reads as ب + a title."""
    assert _out("وأكد باول أن الاقتصاد سيتعافى قريبا.") == [
        ("الاقتصاد سيتعافى قريبا", "indirect", "باول")]


def test_a_body_that_opens_with_ba_stays_the_subject() -> None:
    """The near miss of the docstring: بلدية is a body noun itself."""
    assert _out("وأكد بلدية تونس أن الأشغال ستنتهي قريبا.") == [
        ("الأشغال ستنتهي قريبا", "indirect", "بلدية تونس")]


# -- addressed_outlet._acronym_addressee: a spelled letter needs another after it ---------
def test_la_and_spelled_letters_are_the_outlet_addressed() -> None:
    assert _out("وقالت لبي بي سي إن الأشغال ستنتهي قريبا.") == [
        ("الأشغال ستنتهي قريبا", "indirect", None)]


def test_la_and_one_spelled_letter_before_an_ordinary_word_stays_the_speaker() -> None:
    """The near miss: لبي reads as ل + بي, but an ordinary word follows, no second letter,
    so no acronym is spelled and the phrase stays the speaker."""
    assert _out("وقال لبي المدير إن الأشغال ستنتهي قريبا.") == [
        ("الأشغال ستنتهي قريبا", "indirect", "لبي المدير")]


# -- headline_leads.speaker_lead: a placed item speaks only when the text says it does -----
_FAIR = "معرض الكتاب بصفاقس : برنامج ثري ينتظر الزوار هذا العام"


def test_a_placed_item_lead_that_the_text_writes_as_a_subject_speaks() -> None:
    text = _FAIR + "\n\nوأعلن معرض الكتاب بصفاقس أن الدورة ستنطلق يوم السبت."
    assert _heads(text) == [("برنامج ثري ينتظر الزوار هذا العام", "direct",
                             "معرض الكتاب بصفاقس")]


def test_a_placed_item_lead_the_text_never_writes_as_a_subject_is_no_speaker() -> None:
    """The near miss: the body never has the fair say anything."""
    text = _FAIR + "\n\nوتنطلق الدورة يوم السبت في المدينة."
    assert _out(text) == []


# -- clause_circumstance.circumstance_goes_on: a closing mark before وذلك ends the clause -----
def test_wa_dhalika_and_a_time_goes_on_with_the_clause() -> None:
    assert _out("وقال المدير إن الأشغال ستنتهي قريبا، وذلك بعد أن تم توفير التمويل.") == [
        ("الأشغال ستنتهي قريبا، وذلك بعد أن تم توفير التمويل", "indirect", "المدير")]


def test_wa_dhalika_after_a_closing_mark_is_the_narrators() -> None:
    """The near miss: the marks close the words; ، وذلك بعد أن is the narrator's frame."""
    text = 'وقال المدير إن "الأشغال ستنتهي قريبا"، وذلك بعد أن زار الموقع رفقة الوالي.'
    assert _out(text) == [("الأشغال ستنتهي قريبا", "mixed", "المدير")]


def test_wa_dhalika_after_a_closing_mark_inside_a_clause_ends_it() -> None:
    """The near miss: a name in marks closes the clause's last words; after it ، وذلك بعد أن
    is the narrator's, as after a quotation."""
    text = "وأكد الوزير أن الأشغال ستنتهي ضمن مشروع «تونس الخضراء»، وذلك بعد أن تم توفير التمويل."
    assert _out(text) == [("الأشغال ستنتهي ضمن مشروع «تونس الخضراء»", "indirect", "الوزير")]
