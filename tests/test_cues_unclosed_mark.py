"""An opening quotation mark right after a cue that never closes (وتابع "...) opens a direct
quote that runs to the clause's end, as after ``قال: "``.  Not when the mark opens the
speaker's name and a complementizer after a comma follows (وقال "المكتب ... في بيان، إن),
nor after a verb of describing (بما وصفه "...).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_unclosed_mark_after_a_continuation_verb() -> None:
    got = extract_quotes("وقال المدرب إن الفريق لعب جيدا. وتابع \"سنعود أقوى في المباراة القادمة "
                         "ولن نستسلم أبدا. وفي سياق آخر أعلن النادي عن تعاقد جديد.")
    assert [(q.kind, q.text) for q in got] == [
        ("indirect", "الفريق لعب جيدا"), ("direct", "سنعود أقوى في المباراة القادمة ولن نستسلم أبدا")]


def test_unclosed_mark_after_a_verb_of_describing_is_no_quote() -> None:
    """The near miss: بما وصفه "...: the mark opens the description's term, which the
    describing verb names (described_as), no speech of the speaker's own."""
    assert extract_quotes("وندد النائب بما وصفه \"سياسة التجويع التي تنتهجها الحكومة منذ أشهر.") == []


def test_unclosed_mark_after_a_participle() -> None:
    got = extract_quotes("وانتقد النائب قرار الحكومة قائلا \" لا يمكن أن نقبل بهذا القرار.")
    assert [(q.kind, q.text) for q in got] == [("direct", "لا يمكن أن نقبل بهذا القرار")]


def test_a_marked_speaker_before_the_complementizer_is_no_quote() -> None:
    """The near miss: the unclosed mark opens the body's name; the report follows إن."""
    got = extract_quotes("وقال \"المكتب الوطني للإحصاء في بيان صحافي، إن عدد العاطلين ارتفع.")
    assert [(q.kind, q.text) for q in got] == [("indirect", "عدد العاطلين ارتفع")]


def test_a_closed_pair_is_unchanged() -> None:
    """The near miss: with its closing mark the pair is the quote, as before."""
    got = extract_quotes("وتابع \"سنعود أقوى\" ثم غادر القاعة.")
    assert [(q.kind, q.text) for q in got] == [("direct", "سنعود أقوى")]


def test_unclosed_mark_glued_to_the_cue() -> None:
    """وأضافت" قررت ...: the mark glued to the cue, a space after it, closing no pair."""
    got = extract_quotes("أعلنت النائبة انسحابها من الكتلة. وأضافت\" قررت تجميد عضويتي في انتظار "
                         "توضيح موقف الحزب.")
    assert [(q.kind, q.text) for q in got] == [
        ("direct", "قررت تجميد عضويتي في انتظار توضيح موقف الحزب")]


def test_a_glued_mark_that_closes_a_pair_is_no_opener() -> None:
    """The near miss: the mark after وقال closes the pair opened before it."""
    got = extract_quotes("ووصف النائب الخطة بأنها \"فاشلة تماما وقال\" إن الحكومة ستسقط قريبا.")
    assert [(q.kind, q.text) for q in got] == [
        ("mixed", "فاشلة تماما وقال"), ("indirect", "الحكومة ستسقط قريبا")]


def test_unclosed_mark_after_the_speaker() -> None:
    """وأضافت قعلول" لا ...: the unclosed mark a word or two after the cue, past its speaker."""
    got = extract_quotes("ندوة حول الأمن\n\nوتحدثت الخبيرة عن الوضع. وأضافت قعلول\" لا للتدخل "
                         "الأجنبي في ليبيا ولا للحلول المسقطة.")
    assert [(q.kind, q.text) for q in got] == [
        ("direct", "لا للتدخل الأجنبي في ليبيا ولا للحلول المسقطة")]
    # the near miss: the same sentence on the title line (the first) opens nothing
    assert extract_quotes("وأضافت قعلول\" لا للتدخل الأجنبي في ليبيا ولا للحلول المسقطة.") == []
    got = extract_quotes("عنوان\n\nوأعرب الرئيس عن \"خالص تعازيه للضحايا وللشعب الروسي.")
    assert [(q.kind, q.text) for q in got] == [("mixed", "خالص تعازيه للضحايا وللشعب الروسي")]


def test_marks_of_a_name_or_a_medium_after_the_cue_open_no_quote() -> None:
    """Near misses: the mark closes a name before its complementizer, or opens the medium's name
    after ل; the report is the clause after the complementizer, as before."""
    got = extract_quotes("عنوان\n\nوأكدت مجموعة مبروك\" أن الاستثمار تونسي بالكامل.")
    assert [(q.kind, q.text) for q in got] == [("indirect", "الاستثمار تونسي بالكامل")]
    got = extract_quotes("عنوان\n\nوأكد مصدر للجوهرة \"اف ام أن الأمتعة عادت على متن الطائرة.")
    assert [(q.kind, q.text) for q in got] == [("indirect", "الأمتعة عادت على متن الطائرة")]
