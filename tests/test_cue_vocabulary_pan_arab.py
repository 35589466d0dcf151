"""Reporting verbs and forms of pan-Arab news prose added from the style battery of round 4
(bench/style_battery_src.txt): the participles of صرّح، اعترف، أجاب، نبّه، ذكر، the continuation
verb استرسل, the perfects استبعد، لمّح، ذهب إلى أن، جزم, the belief verb يؤمن بأن, object pronouns
on أخبر and طمأن, and the addressee pronoun after ل (لنا، له، لهم).  Every sentence is written
for the test; every form has a near miss (its homograph) that must give no quote."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.kind, q.text, q.speaker_name, q.cue.text if q.cue else None)
            for q in extract_quotes(text)]


@pytest.mark.parametrize("cue", ["مصرحا بأن", "معترفا بأن", "مجيبا بأن", "منبها إلى أن",
                                 "ذاكرا أن", "جازما بأن"])
def test_participles_continue_a_report(cue: str) -> None:
    got = _quotes(f"وقال المدير إن العمل متواصل، {cue} النتائج ستعلن غدا.")
    assert got == [("indirect", "العمل متواصل", "المدير", "وقال"),
                   ("indirect", "النتائج ستعلن غدا", "المدير", cue.split()[0])]


@pytest.mark.parametrize("text", [
    "ويمنع دخول الأشخاص غير المصرح لهم إلى الموقع.",  # مصرح: authorized
    "وهذه الشهادة معترف بها دوليا وأن الطلبة يمكنهم العمل بها.",  # recognized
    "ويعمل المكتب بصفة مسترسلة طيلة أيام الأسبوع.",  # continuous
    "وتبقى ذاكرة المدينة القديمة شاهدة على أن الحي بني قبل قرون.",  # memory
    "ورفض الوزير رفضا جازما كل الاتهامات.",  # decisive
])
def test_homographs_of_the_participles_give_no_quote(text: str) -> None:
    assert _quotes(text) == []


def test_istarsala_continues_a_direct_quote() -> None:
    text = 'وقال الوزير إن المرحلة صعبة. واسترسل: "لكننا سنتجاوزها معا".'
    assert _quotes(text)[1] == ("direct", "لكننا سنتجاوزها معا", "الوزير", "واسترسل")


@pytest.mark.parametrize("text, cue", [
    ("واستبعد الوزير أن تعود الأزمة من جديد.", "واستبعد"),
    ("ولمّح الرئيس إلى أن التعديل الوزاري قريب.", "ولمّح"),
    ("وذهب النائب إلى أن الحكومة فقدت شرعيتها.", "وذهب"),
    ("وجزم الوزير بأن الانتخابات ستجري في موعدها.", "وجزم"),
    ("ويؤمن الخبير بأن الحل سياسي.", "ويؤمن"),
])
def test_perfects_and_imperfects_of_statement(text: str, cue: str) -> None:
    got = _quotes(text)
    assert len(got) == 1 and got[0][0] == "indirect" and got[0][3] == cue


@pytest.mark.parametrize("text", [
    "واستبعد المدرب اللاعب من القائمة بسبب الإصابة.",  # excluded
    "ولمح الحارس شخصا يتسلل إلى المستودع.",  # glimpsed
    "وذهب الوفد إلى القاهرة للمشاركة في المفاوضات.",  # went
    "ويؤمن المكتب خدمات الدفع طيلة أيام الأسبوع.",  # secures
])
def test_homographs_of_the_new_verbs_give_no_quote(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize("text, cue, speaker", [
    ("وطمأنهم المحافظ بأن الوضع تحت السيطرة.", "وطمأنهم", "المحافظ"),
    ("وكان الضابط قد أخبرهم بأنهم غير متورطين في أي مشكلة.", "أخبرهم", "الضابط"),
])
def test_verbs_with_an_object_pronoun(text: str, cue: str, speaker: str) -> None:
    got = _quotes(text)
    assert [(q[3], q[2]) for q in got] == [(cue, speaker)]


def test_the_noun_tamaana_is_no_cue() -> None:
    # طمأنة (reassurance) folds like طمأنه (he reassured him): no suffix ه on طمأن
    assert _quotes("وكان الهدف من اللقاء طمأنة الأهالي أن المياه ستعود.") == []


@pytest.mark.parametrize("text, speaker", [
    ("وقال لنا أحد السكان إن المياه انقطعت منذ أيام.", "أحد السكان"),
    ("وأكد لهم المحافظ أن الملف سيحل قريبا.", "المحافظ"),
    ("ويقول لنا صاحب المحل إن الزبائن قلوا.", "صاحب المحل"),
])
def test_an_addressee_pronoun_is_not_the_speaker(text: str, speaker: str) -> None:
    assert [q[2] for q in _quotes(text)] == [speaker]


def test_a_name_after_a_cue_is_still_the_speaker() -> None:
    # near miss of the addressee pronouns: a speaker whose name begins like one stays whole
    assert [q[2] for q in _quotes("وقال هاني المصري إن المفاوضات متعثرة.")] == ["هاني المصري"]


@pytest.mark.parametrize("text, speaker", [
    ("وحذر المركز الوطني للأرصاد من أن الرياح قد تتسبب في تدني الرؤية.", "المركز الوطني للأرصاد"),
    ("وحذرت جمعية حماية المستهلك من أن الأسعار سترتفع.", "جمعية حماية المستهلك"),
])
def test_the_phrase_after_hadhdhara_is_its_subject(text: str, speaker: str) -> None:
    # حذّر من أن: its object is optional and mostly absent, so it is no object_first verb
    assert [q[2] for q in _quotes(text)] == [speaker]


def test_a_warning_with_a_noun_object_is_no_quote() -> None:
    assert _quotes("وحذرت الولايات المتحدة الكويت من احتمال تعرضها لهجوم.") == []


@pytest.mark.parametrize("text", [
    "وأجمع المشاركون على أن الحل سياسي.",
    "وأجمع المشاركون في الندوة على أن الحل سياسي.",
])
def test_ajmaa_reports_a_group_consensus(text: str) -> None:
    assert _quotes(text) == [("indirect", "الحل سياسي", "المشاركون", "وأجمع")]


def test_ajmaa_the_adjective_is_no_cue() -> None:
    # أجمع 'all, entire' after a noun, with no complementizer after it
    assert _quotes("وأدان العالم أجمع الهجوم الإرهابي على المدرسة.") == []


@pytest.mark.parametrize("note", ["على حد وصفه", "على حد تقديره", "على حد علمه", "حسب وصفه"])
def test_a_source_note_after_the_clause_ends_it(note: str) -> None:
    got = _quotes(f"وقال الوزير إن القرار خطوة تاريخية، {note}.")
    assert got == [("indirect", "القرار خطوة تاريخية", "الوزير", "وقال")]


def test_ala_hadd_sawa_is_no_note() -> None:
    # على حد سواء ('alike') is no source note: the clause goes on
    got = _quotes("وأكدت الوزيرة أن الإصلاح يشمل المدن والأرياف على حد سواء.")
    assert [q[1] for q in got] == ["الإصلاح يشمل المدن والأرياف على حد سواء"]


@pytest.mark.parametrize("outlet", ["لهسبريس", "لشفق نيوز", "للسومرية نيوز", "لرووداو", "لعكاظ"])
def test_a_web_outlet_after_the_speaker_is_the_addressee(outlet: str) -> None:
    got = _quotes(f"وقال وزير الصحة خالد الجابري {outlet} إن المستشفيات جاهزة.")
    assert [q[2] for q in got] == ["خالد الجابري"]


def test_an_outlet_named_by_a_common_word_stays_in_a_title() -> None:
    # الشرق is left out of media.txt: للشرق الأوسط belongs to the envoy's title
    got = _quotes("وقال المبعوث الأمريكي للشرق الأوسط ستيف ويتكوف إن المفاوضات مستمرة.")
    assert [q[2] for q in got] == ["ستيف ويتكوف"]
