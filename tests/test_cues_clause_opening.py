"""A shadowed perfect that opens a clause (engine/licensed.py ``opens_report``): بين / بيّن
with or without its shadda, its subject long or set off by a comma.  Every sentence is
written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.kind, q.text, q.speaker_name, q.cue.text if q.cue else None)
            for q in extract_quotes(text)]


def test_bayyana_without_shadda_opening_a_sentence_reports() -> None:
    assert _quotes("وبين مدير المستشفى أن حالة المصابين مستقرة.") == [
        ("indirect", "حالة المصابين مستقرة", "مدير المستشفى", "وبين")]


def test_bayyana_after_a_verb_opener_reports() -> None:
    got = _quotes("وأكد الوزير أن الموسم ناجح. كما بين أن الأسعار ستنخفض قريبا.")
    assert got[-1][1] == "الأسعار ستنخفض قريبا" and got[-1][3] == "بين"


def test_bayyana_with_a_long_subject_and_a_comma_reports() -> None:
    got = _quotes("وبيّن رئيس الجمعية التونسية للفلاحين الشبان محمد العربي، أن الصابة وفيرة.")
    assert got == [("indirect", "الصابة وفيرة", "محمد العربي", "وبيّن")]


def test_bayna_of_a_pair_is_no_cue() -> None:
    """Near miss: بين ... وبين, the preposition's pair, before a complementizer."""
    assert _quotes("اندلع خلاف بينه وبين جاره، اليوم الجمعة، كاد أن يتحول إلى شجار.") == []


def test_bayna_inside_a_clause_is_no_cue() -> None:
    """Near miss: the preposition after a verb, with an unrelated أن later."""
    assert _quotes("ووقعت بين المشاركين إصابات كثيرة، بالإضافة إلى أن عشرة منهم غادروا.") == []


def test_abbara_before_its_preposition_and_a_mark_reports_a_mixed_quote() -> None:
    got = _quotes('وعبّر الحزب عن "تخوفه من العودة إلى مربع العنف" في بيان أصدره اليوم.')
    assert got == [("mixed", "تخوفه من العودة إلى مربع العنف", "الحزب", "وعبّر")]


def test_abbara_with_its_subject_and_adjuncts_before_the_preposition() -> None:
    got = _quotes('عبرت النقابة، اليوم الخميس، عن رفضها "كل أشكال التضييق على العمل النقابي".')
    assert got[0][1] == "كل أشكال التضييق على العمل النقابي" and got[0][3] == "عبرت"


def test_abra_via_is_no_cue() -> None:
    """Near miss: عبر the preposition (via), its object's marks a name."""
    assert _quotes('نشرت الوزارة عبر "تويتر" عن البعض من أسباب القرار.') == []


def test_abbara_without_marks_is_no_cue() -> None:
    """Near miss: عبّر عن + a plain noun object is no report."""
    assert _quotes("وعبر الوزير عن ارتياحه لنتائج الزيارة.") == []


def test_rajjaha_opening_its_clause_reports() -> None:
    got = _quotes("ورجح مدير المستشفى الجهوي بالقصرين أن يكون التسمم ناتجا عن مياه الشرب.")
    assert got == [("indirect", "يكون التسمم ناتجا عن مياه الشرب", "مدير المستشفى الجهوي بالقصرين",
                    "ورجح")]


def test_sharaha_opening_its_clause_reports() -> None:
    got = _quotes("وشرح رئيس البلدية أن الأشغال ستنطلق الأسبوع القادم.")
    assert got == [("indirect", "الأشغال ستنطلق الأسبوع القادم", "رئيس البلدية", "وشرح")]


def test_rajjaha_in_a_relative_clause_is_no_cue() -> None:
    """Near miss: التي رجح أن: a relative clause inside a report, no report of its own."""
    got = _quotes("وقال رئيس الحزب إن الإمضاءات التي رجح أن تكون مزورة ستحال على القضاء.")
    assert [q[3] for q in got] == ["وقال"]


def test_sharh_the_noun_is_no_cue() -> None:
    """Near miss: شرح the noun (an explanation) before an unrelated أن."""
    assert _quotes("وفي شرح مطول للقانون يتضح بعد أن قرأناه أنه معقد.") == []


def test_a_wish_after_the_cue_is_no_report() -> None:
    """cue_owners.py ``_wish``: أعرب عن أمله في أن ...: the object of a hope (GUIDELINES)."""
    assert _quotes("وأعرب الوزير عن أمله في أن يتم الاتفاق قريبا.") == []


def test_a_report_about_hope_is_still_a_report() -> None:
    """Near miss: قال إن الأمل في أن ... قائم: the complementizer إن comes first."""
    got = _quotes("وقال الوزير إن الأمل في أن يتم الاتفاق قائم.")
    assert got == [("indirect", "الأمل في أن يتم الاتفاق قائم", "الوزير", "وقال")]


def test_barrara_and_fassara_opening_their_clause_report() -> None:
    got = _quotes("وبرر المجلس قراره بأنه لا يمكن البث على هذه الترددات. "
                  "وفسرت المصادر الطبية أن سبب الوفاة لم يكن جرعة زائدة.")
    assert [(q[1], q[3]) for q in got] == [
        ("لا يمكن البث على هذه الترددات", "وبرر"),
        ("سبب الوفاة لم يكن جرعة زائدة", "وفسرت")]


def test_fassara_in_a_relative_clause_is_no_cue() -> None:
    """Near miss: وهو ما فسر ... أن: a relative clause, no report of its own."""
    assert _quotes("ارتفعت الأسعار وهو ما فسر أن الطلب كبير.") == []


def test_thammana_before_its_quoted_object_reports_a_quote() -> None:
    got = _quotes('وثمنت الوزارة "حسن تعاون الأطراف الليبية في الإفراج عن المحتجزين".')
    assert [(q[1], q[2], q[3]) for q in got] == [
        ("حسن تعاون الأطراف الليبية في الإفراج عن المحتجزين", "الوزارة", "وثمنت")]


def test_thaman_the_noun_opening_a_sentence_is_no_cue() -> None:
    """Near miss: ثمن (price) at a sentence start, written without the verb's shadda."""
    assert _quotes('ثمن "الخبز المدعم" لن يتغير هذه السنة.') == []
