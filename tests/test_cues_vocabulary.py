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


# -- a quoted adjunct before the complementizer (engine/cues.py: comp_right_after) ----------

@pytest.mark.parametrize("text", [
    'وقال ضيف البرنامج على "الإذاعة الوطنية" إنه لا توجد دراسة حول الموضوع.',
    'وأضاف الوزير خلال ندوة حول "إصلاح منظومة الحماية الاجتماعية: من الإحاطة إلى الحقوق"، '
    'أن الحكومة تعمل على الإصلاح.',
])
def test_a_quoted_adjunct_right_before_the_complementizer_is_no_quote(text: str) -> None:
    got = _quotes(text)
    assert [q[0] for q in got] == ["indirect"]
    assert got[0][1] in ("لا توجد دراسة حول الموضوع", "الحكومة تعمل على الإصلاح")


def test_a_quote_followed_by_because_stays_the_quote() -> None:
    got = _quotes('وقالت المديرة "يبدو منطقيا أن التأجيل صعب" لأن اللجنة ستجتمع غدا.')
    assert [(q[0], q[1]) for q in got] == [("direct", "يبدو منطقيا أن التأجيل صعب")]


def test_a_quoted_object_without_a_complementizer_stays_mixed() -> None:
    got = _quotes('وأكد المدير على "ضرورة احترام القانون" في كل الحالات.')
    assert [(q[0], q[1]) for q in got] == [("mixed", "ضرورة احترام القانون")]


# -- statement cues: وجاء في البيان، ورد في نص البلاغ (engine/licensed.py) -----------------

def test_jaa_fi_balagh_quotes_the_issuer() -> None:
    got = _quotes("وجاء في بلاغ لوزارة الدفاع أن وحدات الجيش أوقفت عنصرين.")
    assert got == [("indirect", "وحدات الجيش أوقفت عنصرين", "وزارة الدفاع", "وجاء في")]


def test_jaa_fi_the_statement_points_back_to_its_issuer() -> None:
    got = _quotes("أصدرت وزارة الصحة بلاغا حول الحملة.\nوجاء في نص البلاغ أن التلقيح مجاني.")
    assert got == [("indirect", "التلقيح مجاني", "وزارة الصحة", "وجاء في نص")]


def test_warada_fi_the_statement_before_a_colon() -> None:
    got = _quotes('وقال رئيس النادي إن الفريق جاهز.\nوورد في البيان: "نرفض هذه القرارات".')
    assert got[1][:2] == ("direct", "نرفض هذه القرارات")
    assert got[1][3] == "وورد في"


@pytest.mark.parametrize("text", [
    "وجاء في المرتبة الثانية الفريق الأولمبي.",
    # (وجاء في تقرير الخبراء أن ... is a report's statement since round 6: the silver gold
    # quotes جاء في تقرير / ورد في التقرير; see test_cues_statement_documents.py)
])
def test_jaa_fi_without_a_statement_noun_is_no_cue(text: str) -> None:
    assert [q[3] for q in _quotes(text)] == []


# -- a relay by the outlet: علمت X من مصادر أن (cues.jsonl licensed "relay") ---------------

@pytest.mark.parametrize("text,source", [
    ("وعلمت الإذاعة من مصادر قضائية أن المتهم أحيل على التحقيق.", "مصادر قضائية"),
    ('علمت "الإذاعة الوطنية" من مصدر أمني موثوق، أن الحرس أوقف المشتبه به.',
     "مصدر أمني موثوق"),
])
def test_alima_min_relays_its_source(text: str, source: str) -> None:
    got = _quotes(text)
    assert [(q[0], q[2]) for q in got] == [("indirect", source)]


@pytest.mark.parametrize("text", [
    "ورفع المحتجون العلم من أعلى المبنى ثم غادروا المكان.",
    "علمت الإذاعة أنه من المنتظر أن يعود اللاعب للتمارين.",  # no source before أنه
])
def test_alima_without_a_relayed_source_is_no_cue(text: str) -> None:
    assert _quotes(text) == []


# -- forms the morphology derives, licensed: duals, the ل of purpose (lexicon.rare_inflections)

@pytest.mark.parametrize("text,cue", [
    ("التقى الوزيران بالصحفيين وقالا إن الاتفاق سيوقع قريبا.", "وقالا"),
    ("وحضرت المديرتان الاجتماع وأكدتا أن المشروع متواصل.", "وأكدتا"),
    ("واتصل المحامي بالإذاعة ليؤكد أن موكله بريء.", "ليؤكد"),
])
def test_derived_forms_report_before_their_complementizer(text: str, cue: str) -> None:
    got = _quotes(text)
    assert [(q[0], q[3]) for q in got] == [("indirect", cue)]


@pytest.mark.parametrize("text", [
    "وقالا في الندوة كلاما كثيرا عن المشروع.",  # no complementizer after the dual
    "وقطع الرئيس وعدا للناخبين في حملته.",  # وعدا: a promise (masdar)
    "ونقلا عن الوكالة فإن الوضع هادئ.",  # نقلا عن: the relay phrase, no dual
    "انطلقت الحملة، علما أن التسجيل مجاني.",  # علما أن: a note, no dual of علم
])
def test_derived_forms_without_their_quote_are_no_cue(text: str) -> None:
    assert [q[3] for q in _quotes(text)] == []


def test_names_in_a_row_of_adjuncts_before_the_complementizer() -> None:
    got = _quotes('وأوضح لـ "الإذاعة الوطنية" في برنامج "صباح الخير" أن القانون لا يتضمن أي '
                  "استثناء.")
    assert [(q[0], q[1]) for q in got] == [("indirect", "القانون لا يتضمن أي استثناء")]


@pytest.mark.parametrize("text,quoted", [
    ('وحذر الوزير من "عواقب وخيمة" إن لم تتوقف الاعتداءات.', "عواقب وخيمة"),  # conditional
    ('وشدد على "ضرورة الحوار" مشيرا إلى أن الأزمة ستنتهي.', "ضرورة الحوار"),  # another cue
])
def test_a_short_pair_before_a_conditional_or_another_cue_stays_the_quote(
        text: str, quoted: str) -> None:
    assert _quotes(text)[0][:2] == ("mixed", quoted)


def test_a_quoted_name_before_a_long_adjunct_and_its_complementizer() -> None:
    got = _quotes('وأضاف "سامي" خلال فعاليات الجلسة الثانية للندوة الدولية حول السياسات المالية '
                  "في ظل التطورات العالمية بالمعرض الاقتصادي الدولي 2023، أن البنك يعمل على "
                  "عدة محاور.")
    assert [(q[0], q[1]) for q in got] == [("indirect", "البنك يعمل على عدة محاور")]


# -- بالقول after a verb that is no cue (licensed.tail_cue_sites) -----------------------------

@pytest.mark.parametrize("text,kind,quoted,speaker", [
    ("واكتفى الوزير بالقول إن الملف قيد الدرس.", "indirect", "الملف قيد الدرس", "الوزير"),
    ('وختم المدرب حديثه بالقول: "سننتصر في النهاية".', "direct", "سننتصر في النهاية",
     "المدرب"),
])
def test_bilqawl_after_a_verb_that_is_no_cue(text: str, kind: str, quoted: str,
                                             speaker: str) -> None:
    assert [q[:3] for q in _quotes(text)] == [(kind, quoted, speaker)]


def test_bilqawl_without_its_quote_is_no_cue() -> None:
    assert _quotes("وأعرب الوزير عن سعادته بالقول المأثور في المناسبة.") == []


def test_bilqawl_joined_to_its_verb_gives_one_quote() -> None:
    got = _quotes("وأضاف المدير بالقول إن الفريق جاهز.")
    assert [(q[0], q[1]) for q in got] == [("indirect", "الفريق جاهز")]


def test_jaa_fi_a_statement_of_a_named_body() -> None:
    got = _quotes("وجاء في بيان وزارة الداخلية أن الوضع تحت السيطرة.")
    assert got == [("indirect", "الوضع تحت السيطرة", "وزارة الداخلية", "وجاء في بيان")]


def test_jaa_fi_a_statement_and_a_verb_names_no_issuer() -> None:
    got = _quotes("وجاء في بيان نشر على الموقع أن الوضع تحت السيطرة.")
    assert [(q[1], q[2]) for q in got] == [("الوضع تحت السيطرة", None)]
