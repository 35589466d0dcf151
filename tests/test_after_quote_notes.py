"""Marks inside a sentence with no verb of saying before them, followed by a relative source
note with a verb of statement (حسبما أكده X، وفق ما أفاد به X), are a mixed quote of the
note's source; a note with no verb (وفق مدير المهرجان), a note with no speaker (وفق ما جاء في
القانون) or a clause that already has its verb of saying give none of their own.  Sentences
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_hasabama_akkadahu_after_mid_sentence_marks_is_a_mixed_quote() -> None:
    got = extract_quotes('ويهدف الاجتماع إلى "مواصلة المشاورات حول الوضع السياسي"، حسبما اكده '
                         'الناطق باسم الوزارة محمد العربي.')
    assert [(q.kind, q.text) for q in got] == [("mixed", "مواصلة المشاورات حول الوضع السياسي")]
    assert got[0].speaker.text == "الناطق باسم الوزارة محمد العربي"
    assert got[0].cue.text == "حسبما اكده"


def test_wifqa_ma_afada_bihi_after_mid_sentence_marks_is_a_mixed_quote() -> None:
    got = extract_quotes('ويهدف المهرجان إلى "تشجيع المواهب الشابة على الرسم والتعبير الحر" وفق '
                         'ما أفاد به مدير المهرجان سامي بن علي.')
    assert [q.kind for q in got] == ["mixed"]
    assert "سامي بن علي" in got[0].speaker.text


def test_a_note_without_a_verb_of_statement_gives_no_quote() -> None:
    """The near miss: وفق + a noun phrase (no relative verb) after mid-sentence marks."""
    got = extract_quotes('ويهدف المهرجان إلى "تشجيع المواهب الشابة على الرسم والتعبير الحر" وفق '
                         'مدير المهرجان سامي بن علي.')
    assert got == []


def test_a_note_whose_source_is_no_speaker_gives_no_quote() -> None:
    """The near miss: وفق ما جاء في القانون (a text, not a person or body)."""
    got = extract_quotes('ويهدف المهرجان إلى "تشجيع المواهب الشابة على الرسم والتعبير الحر" وفق '
                         'ما جاء في القانون الأساسي.')
    assert got == []


def test_a_clause_with_its_own_verb_of_saying_keeps_its_speaker() -> None:
    """The near miss: the marks stand in a clause reported by وقال: the note adds no quote."""
    got = extract_quotes('وقال المدير إن المهرجان يهدف إلى "تشجيع المواهب الشابة على الرسم '
                         'والتعبير الحر" وفق ما أفاد به مدير المهرجان سامي بن علي.')
    assert all(q.speaker is not None and q.speaker.text == "المدير" for q in got)
    assert [q.cue.text for q in got] == ["وقال"]


def test_time_words_between_the_note_verb_and_its_source() -> None:
    got = extract_quotes('وسيمكن اللقاء الوزراء من "مواصلة المشاورات حول الوضع السياسي" حسبما '
                         'أكده اليوم الأحد الناطق باسم الوزارة محمد العربي.')
    assert [(q.kind, q.cue.text) for q in got] == [("mixed", "حسبما أكده")]
    assert got[0].speaker.text == "الناطق باسم الوزارة محمد العربي"


def test_wifqa_ma_jaa_fi_bayan_li_names_the_issuer() -> None:
    """A relative note with a statement cue (جاء في + a statement noun) whose issuer it names."""
    got = extract_quotes('واحتج الأساتذة على "انفراد الوزير بالشأن التربوي وسعيه إلى خصخصة '
                         'القطاع"، وفق ما جاء في بيان للنقابة.')
    assert [(q.kind, q.cue.text) for q in got] == [("mixed", "وفق ما جاء")]
    assert (got[0].speaker.text, got[0].speaker_name) == ("بيان للنقابة", "النقابة")


def test_a_statement_note_with_no_issuer_gives_no_quote() -> None:
    """The near misses: a bare البيان names no issuer; القانون is no statement noun."""
    for note in ("وفق ما جاء في البيان.", "وفق ما جاء في القانون الأساسي للنقابة."):
        got = extract_quotes('واحتج الأساتذة على "انفراد الوزير بالشأن التربوي وسعيه إلى خصخصة '
                             'القطاع"، ' + note)
        assert got == []


def test_ala_hadd_qawlihim_after_mid_sentence_marks_is_mixed() -> None:
    """على حد قولهم after marks inside a sentence: a mixed quote (part of the sentence)."""
    got = extract_quotes('وطالب المحتجون الحكومة بالتدخل لإنقاذ "المؤسسة التي تعاني من صعوبات '
                         'مالية كبيرة"، على حد قولهم.')
    assert [(q.kind, q.cue.text) for q in got] == [("mixed", "على حد قولهم")]


def test_ala_hadd_qawlihim_after_marks_opening_the_sentence_is_direct() -> None:
    """The near miss: the marks open their sentence, a direct quote."""
    got = extract_quotes('"سنواصل الإضراب إلى حين تحقيق مطالبنا"، على حد قولهم.')
    assert [(q.kind, q.cue.text) for q in got] == [("direct", "على حد قولهم")]
