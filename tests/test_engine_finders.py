"""The finders' words read from lang/ar/data (finders.json, phrases.jsonl, particles.json):
each rule with a sentence it must match and a near miss it must not."""

from __future__ import annotations

from quotecheck.engine import extract
from quotecheck.types import Quote


def _one(text: str) -> Quote:
    quotes = extract(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def _speaker(q: Quote) -> str | None:
    return q.speaker.text if q.speaker else None


# -- relay (particles.json relay, relay_not_sources; finders.json relay_verbs) ------------
def test_relay_source_speaks() -> None:
    q = _one("قالت الوكالة نقلا عن مصدر أمني إن الوضع مستقر في البلاد.")
    assert _speaker(q) == "مصدر أمني"
    q = _one("قالت الوكالة عن لسان المتحدث باسم الوزارة إن الوضع مستقر في البلاد.")
    assert _speaker(q) == "المتحدث باسم الوزارة"


def test_relay_near_miss_topic_not_source() -> None:
    q = _one("قالت الوكالة عن الوضع إنه مستقر في البلاد.")  # عن without لسان: a topic
    assert _speaker(q) == "الوكالة"


def test_relay_verb_source_after_its_preposition() -> None:
    assert _speaker(_one("ونقل عن الوزير قوله إن الوضع مستقر.")) == "الوزير"
    # near miss: another verb with عن after it keeps its subject
    assert _speaker(_one("وتحدث المدير عن الوزير قائلا إن الوضع مستقر.")) != "الوزير"


# -- source notes (phrases.jsonl post; finders.json clause_note_*) -------------------------
def test_source_note_after_a_quote() -> None:
    for note in ("حسب قوله", "على حد تعبيره", "بحسب زعمه"):
        q = _one(f'"لن نتراجع عن هذا القرار أبدا" {note}.')
        assert q.kind == "direct" and q.cue.text == note and q.speaker is None


def test_source_note_near_miss() -> None:
    assert extract('"لن نتراجع عن هذا القرار أبدا" حسب التقرير.') == []
    assert extract('"لن نتراجع عن هذا القرار أبدا" على حد سواء.') == []


def test_source_note_ends_a_clause() -> None:
    assert _one("قال الوزير إن الوضع مستقر حسب قوله في البلاد كلها.").text == "الوضع مستقر"
    near = _one("قال الوزير إن الوضع مستقر حسب التقارير في البلاد كلها.")
    assert near.text.endswith("في البلاد كلها")


# -- clause ends after a comma (after_comma_openers, haal_patterns) ------------------------
def test_haal_participle_ends_a_clause() -> None:
    for haal in ("مطالبا بتنفيذه فورا", "داعيا إلى تنفيذه فورا"):
        assert _one(f"أكد الوزير أن الاتفاق مهم جدا، {haal}.").text == "الاتفاق مهم جدا"


def test_haal_near_miss_clause_goes_on() -> None:
    q = _one("أكد الوزير أن الاتفاق مهم جدا، والحكومة ملتزمة بتنفيذه فورا.")
    assert q.text.endswith("ملتزمة بتنفيذه فورا")


def test_after_comma_opener_ends_a_clause() -> None:
    q = _one("أكد الوزير أن الاتفاق مهم جدا، وذلك خلال زيارته إلى المدينة.")
    assert q.text == "الاتفاق مهم جدا"


# -- joined reports (conj_clitics, contrast_particle) --------------------------------------
def test_joined_report_of_the_same_speaker() -> None:
    for joined in ("، غير أنه أكد", " وأكد"):
        quotes = extract(f"وأضاف الوزير أن الوضع مستقر{joined} أن الحذر واجب.")
        assert [q.text for q in quotes] == ["الوضع مستقر", "الحذر واجب"]
        assert all(_speaker(q) == "الوزير" for q in quotes)


def test_joined_report_near_miss_other_person() -> None:
    q = _one("وأضاف الوزير أن الجمعية اتصلت بالوزارة ونفت أنها تلقت ردا.")
    assert q.text.endswith("تلقت ردا")


# -- the cue's object (object_prepositions), conditionals, chained parts ------------------
def test_marks_after_a_preposition_are_mixed() -> None:
    assert _one('تحدث الوزير عن "الخطر الكبير على البلاد".').kind == "mixed"
    assert _one('قال الوزير "الخطر كبير على البلاد".').kind == "direct"


def test_conditional_in_is_no_complementizer() -> None:
    assert extract("قال الوزير إن لم تتدخل الحكومة فسيسوء الوضع.") == []
    assert _one("قال الوزير إن الحكومة لم تتدخل بعد.").text == "الحكومة لم تتدخل بعد"


def test_quoted_parts_chained_by_wa() -> None:
    texts = [q.text for q in extract('قال الوزير: "نحن هنا اليوم"، و"سنبقى هنا دائما".')]
    assert texts == ["نحن هنا اليوم", "سنبقى هنا دائما"]
    near = [q.text for q in extract('قال الوزير: "نحن هنا اليوم"، ثم "سنبقى هنا دائما".')]
    assert near == ["نحن هنا اليوم"]


def test_tail_cue_clause() -> None:
    q = _one("وتابع قائلا إن الوضع مستقر.")
    assert q.cue.text == "وتابع قائلا" and q.text == "الوضع مستقر"


# -- speakers before a cue (earlier_report, kana_forms, topic/subject particles) ----------
def test_subject_before_the_verb() -> None:
    cases = {
        "وكان الوزير قد أكد أن الوضع مستقر.": "الوزير",
        "أما الوزير فقال إن الوضع مستقر.": "الوزير",
        "لكن الوزارة أكدت أن الوضع مستقر.": "الوزارة",
    }
    for text, speaker in cases.items():
        assert _speaker(_one(text)) == speaker


def test_subject_before_the_verb_near_miss() -> None:
    assert _speaker(_one("في الصباح الباكر أكد أن الوضع مستقر.")) is None


def test_earlier_report_li_phrase() -> None:
    q = _one("وسبق للرئيس محمود عباس، أن أعلن أن المفاوضات متوقفة.")
    assert q.speaker_name == "محمود عباس"


def test_statement_issuer_li_phrase() -> None:
    assert _speaker(_one("وفي بيان لوزارة الداخلية، قالت إن الوضع مستقر.")) == "وزارة الداخلية"


def test_name_in_apposition_ends_before_fi() -> None:
    q = _one("قال وزير الخارجية، هشام شكيوات، في تصريح لمراسلة الوكالة إن الوضع مستقر.")
    assert q.speaker_name == "هشام شكيوات"


# -- headlines (list_openers) ----------------------------------------------------------
def test_headline_and_list_near_miss() -> None:
    q = _one("الوزير: الوضع مستقر في البلاد كلها.")
    assert q.headline and _speaker(q) == "الوزير"
    assert extract("ومن أهم الحاضرين: الوزير والسفير والمدير العام.") == []
