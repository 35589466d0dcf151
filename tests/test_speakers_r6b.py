"""The discourse's current speaker (round 6b): every speech event with a subject, whether or
not it gave a quote, is an antecedent of the bare verbs after it (وأضاف، مضيفا، ويضيف قوله):
the untitled named subject of a cue that gave no quote, the subject of a verb whose object is
a speech-event noun (نشر X تغريدة، أصدرت X بيانا), a body's subject phrase that ends in its
seat (المكتب الجهوي للحزب بقفصة).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

LEAD = "قال وزير الصحة محمد العربي إن الوضع مستقر. "


def speaker_of(text: str, quote: str) -> str | None:
    """The speaker name of the quote whose text is ``quote``."""
    for q in extract_quotes(text):
        if q.text == quote:
            return q.speaker_name
    raise AssertionError(f"no quote {quote!r}")


def test_untitled_first_name_of_a_cue_without_quote_is_the_antecedent() -> None:
    text = LEAD + 'وتحدث هادي، للصحيفة عما حدث له في السجن. ويضيف قوله "لقد عشت أياما صعبة".'
    assert speaker_of(text, "لقد عشت أياما صعبة") == "هادي"


def test_full_name_of_a_cue_without_quote_ends_at_the_name() -> None:
    text = LEAD + 'وتحدث سامي الفهري للصحيفة عما حدث له في السجن. ويضيف قوله "لقد عشت أياما صعبة".'
    assert speaker_of(text, "لقد عشت أياما صعبة") == "سامي الفهري"


def test_a_verb_inside_a_sentence_is_no_speech_event() -> None:
    """The near miss: a verb with no comma or sentence start before it continues a clause."""
    text = LEAD + ('وتحدث مع الصحفيين عن الوضع وتحدث هادي معهم أيضا عن السجن. '
                   'ويضيف قوله "لقد عشت أياما صعبة".')
    assert speaker_of(text, "لقد عشت أياما صعبة") == "محمد العربي"


def test_a_noun_after_the_verb_is_no_name() -> None:
    """The near miss: وجود carries no و of a name (جود), it is the verb's object."""
    text = LEAD + "ولاحظ وجود أعطاب في المستشفى. وأضاف أن الأزمة خطيرة."
    assert speaker_of(text, "الأزمة خطيرة") == "محمد العربي"


def test_subject_of_a_speech_event_noun_is_the_antecedent() -> None:
    text = LEAD + "ونشر النائب سامي الفهري تغريدة على حسابه. وأضاف أن الأزمة خطيرة."
    assert speaker_of(text, "الأزمة خطيرة") == "سامي الفهري"


def test_body_that_issued_a_statement_is_the_antecedent() -> None:
    text = LEAD + "وأصدرت وزارة الفلاحة بيانا حول الأمطار. وأضافت أن الأزمة خطيرة."
    assert speaker_of(text, "الأزمة خطيرة") == "وزارة الفلاحة"


def test_statement_noun_after_a_preposition_has_no_subject() -> None:
    """The near miss: في بيان is where something was said, not a verb's object."""
    text = LEAD + "وجاء ذلك في بيان على موقع الوزارة. وأضاف أن الأزمة خطيرة."
    assert speaker_of(text, "الأزمة خطيرة") == "محمد العربي"


def test_other_object_nouns_are_no_speech_event() -> None:
    """The near miss: مقالا is no speech-event noun of the list."""
    text = LEAD + "ونشرت الصحيفة مقالا على موقعها. وأضاف أن الأزمة خطيرة."
    assert speaker_of(text, "الأزمة خطيرة") == "محمد العربي"


REQUEST = ('دعا المكتب الجهوي للحزب {seat}، الى فتح حوار جدي. '
           'وعبر، في بيان له، عن رفضه "الاجراءات التي اتخذتها الحكومة".')


def test_body_phrase_ending_in_its_seat_is_the_antecedent() -> None:
    text = LEAD + REQUEST.format(seat="بسيدي بوزيد")
    assert speaker_of(text, "الاجراءات التي اتخذتها الحكومة") == "المكتب الجهوي للحزب بسيدي بوزيد"


def test_body_phrase_with_another_b_word_is_no_antecedent() -> None:
    """The near miss: بسرعة is no place: the phrase is no body's subject."""
    text = LEAD + REQUEST.format(seat="بسرعة")
    assert speaker_of(text, "الاجراءات التي اتخذتها الحكومة") == "محمد العربي"


def test_unknown_surname_before_a_comma_ends_the_name() -> None:
    text = LEAD + ("وأعرب فيليب مورو، خلال لقاء مع الوزيرة، عن أمله في عودة السياح. "
                   "وقال إن تونس بلد آمن.")
    assert speaker_of(text, "تونس بلد آمن") == "فيليب مورو"


def test_a_prepositional_word_after_the_first_name_is_no_surname() -> None:
    """The near miss: للصحفيين (ل + noun) is the addressee, not the name's last word."""
    text = LEAD + ("وأعرب فيليب للصحفيين، خلال لقاء مع الوزيرة، عن أمله في عودة السياح. "
                   "وقال إن تونس بلد آمن.")
    assert speaker_of(text, "تونس بلد آمن") == "فيليب"


def test_a_promise_is_no_verb_of_issuing() -> None:
    """The near miss: جلسة is an event noun, but وعد issues nothing: no subject event."""
    text = LEAD + ("ووعد الوفد الحكومي أهالي الولاية بعقد جلسة عمل قريبا. "
                   "وأضاف أن الأزمة خطيرة.")
    assert speaker_of(text, "الأزمة خطيرة") == "محمد العربي"


STATEMENTS = ("وأضاف المنسق طارق الحداد أن التجاهل دليل على الاستخفاف معبرا عن غضبه من "
              "{noun} التي قال فيها إن المعتصمين من أصحاب السوابق.")


def test_relative_clause_of_a_statement_takes_its_owner() -> None:
    text = STATEMENTS.format(noun="تصريحات وزير التشغيل")
    assert speaker_of(text, "المعتصمين من أصحاب السوابق") == "وزير التشغيل"


def test_relative_clause_of_a_statement_with_a_pronoun_is_implicit() -> None:
    """The near miss: تصريحاته has no owner after it: the sentence's speaker goes on."""
    text = STATEMENTS.format(noun="تصريحاته")
    assert speaker_of(text, "المعتصمين من أصحاب السوابق") == "طارق الحداد"


def test_the_statement_owner_is_no_antecedent_after_its_clause() -> None:
    """The owner speaks in the relative clause only: the next bare verb keeps the sentence's
    speaker."""
    text = STATEMENTS.format(noun="تصريحات وزير التشغيل") + " وأضاف أن الحكومة تتجاهل المطالب."
    assert speaker_of(text, "الحكومة تتجاهل المطالب") == "طارق الحداد"


CULTURE = "قال وزير الثقافة محمد زين العابدين إن الفن مهم. {middle} وأضاف أن التكريم مهم."


def test_the_speaker_of_a_wish_is_the_antecedent() -> None:
    """A cue whose clause is a wish gives no quote, but its speaker spoke."""
    text = CULTURE.format(middle="وأعرب الموسيقي لطفي الغربي عن أمله في أن يعود المهرجان.")
    assert speaker_of(text, "التكريم مهم") == "لطفي الغربي"


def test_a_cue_without_a_declined_clause_keeps_the_speaker() -> None:
    """The near miss: no clause was declined (عن سعادته بالتكريم), the phrase is no name or
    office the engine trusts: the earlier speaker goes on."""
    text = CULTURE.format(middle="وأعرب الموسيقي لطفي الغربي عن سعادته بالتكريم.")
    assert speaker_of(text, "التكريم مهم") == "محمد زين العابدين"


def test_an_imperfect_cue_with_a_declined_clause_keeps_the_speaker() -> None:
    """The near miss: an imperfect (here, or inside a reported clause: أنها تتابع) leaves no
    event."""
    text = CULTURE.format(middle="ويعرب الموسيقي لطفي الغربي عن أمله في أن يعود المهرجان.")
    assert speaker_of(text, "التكريم مهم") == "محمد زين العابدين"


def test_a_finite_request_gives_no_quote_and_passes_its_speaker_on() -> None:
    text = ("قال وزير الثقافة محمد زين العابدين إن الفن مهم. وشدد الموسيقي لطفي الغربي على "
            "ضرورة أن يعود المهرجان. وأضاف أن التكريم مهم.")
    assert [q.text for q in extract_quotes(text)] == ["الفن مهم", "التكريم مهم"]
    assert speaker_of(text, "التكريم مهم") == "لطفي الغربي"


def test_a_finite_cue_with_its_complementizer_after_ala_reports() -> None:
    """The near miss: على أن right after the verb is a report, no demand."""
    text = "وشدد الموسيقي لطفي الغربي على أن المهرجان سيعود."
    assert [q.text for q in extract_quotes(text)] == ["المهرجان سيعود"]
