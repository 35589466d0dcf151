"""Speaker phrases that point back to someone named before (honorific pronouns, a definite
statement noun, a phrase read from inside an earlier quotation) and cue nouns that are no
speaker.  Each rule: a sentence it must match and a near miss it must not.  Sentences are
written for these tests; none comes from the development sets."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes
from quotecheck.engine.names.anaphor import is_honorific
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import lexicon


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text, nlp=None)]


CASES = [
    ("an honorific with a pronoun is the person named before",
     "استقبل وزير الخارجية خالد الهاشمي السفير الياباني. وأكد معاليه أن العلاقات متينة.",
     ["خالد الهاشمي"],
     "وعبر اللاعب عن سعادته بالفوز.", []),
    ("a definite statement noun is the issuer of the statement named before",
     "وأفاد بلاغ صادر عن وزارة الصحة بأن الحملة تنطلق غدا. وأضاف البلاغ أن التلقيح مجاني.",
     [None, "وزارة الصحة"],
     "وأضاف البلاغ أن التلقيح مجاني.", ["البلاغ"]),
    ("a plural medium noun with a pronoun (تصريحاته) is no speaker",
     'وقال الرئيس: "سنواصل الإصلاحات".\nوختم تصريحاته: "لا رجوع إلى الوراء".',
     ["الرئيس", "الرئيس"],
     "وزير الصحة: لا إصابات جديدة اليوم", ["وزير الصحة"]),
    ("a phrase inside an earlier quotation in guillemets is no speaker",
     "قال وزير النفط سامي العلي إن الإنتاج مستقر.\n\nوحول الأسعار، بيّن: «ما زالت هناك بعض"
     " المشاكل العالقة مع الشركاء»، مضيفا: «نحن بصدد حلها قريبا مع الجانب الآخر».",
     ["سامي العلي", "سامي العلي", "سامي العلي"],  # بيّن (with its shadda) is a cue too
     "قال وزير النفط سامي العلي إن الإنتاج مستقر.\n\nوحول الأسعار، أوضح المتحدث باسم"
     " الشركة «نبيل» أن المشاكل عالقة، مضيفا أن الحل قريب.",
     ["سامي العلي", "نبيل", "نبيل"]),
    ("the bare verb after a statement noun takes the statement's issuer too",
     "أعلنت الحكومة خطة جديدة للتلقيح، وفق بلاغ صادر عن وزارة الصحة. وأفاد البلاغ بأن"
     " الحملة تنطلق غدا، مضيفا أن التلقيح مجاني.", ["وزارة الصحة", "وزارة الصحة"],
     "وأفاد البلاغ بأن الحملة تنطلق غدا، مضيفا أن التلقيح مجاني.", ["البلاغ", "البلاغ"]),
    ("a name, a comma, then a title is the antecedent of a bare verb",
     "ونزح آلاف السكان نحو الشمال.\nومن بينهم سلمى داود، الصحفية التي غادرت بلدتها مع"
     " أسرتها يوم الأحد.\nوقالت: \"تركنا كل شيء خلفنا ولم نحمل سوى الأوراق\".", ["سلمى داود"],
     "ونزح آلاف السكان نحو الشمال، المنطقة التي تعتبر آمنة.\nوقالت: \"تركنا كل شيء خلفنا"
     " ولم نحمل سوى الأوراق\".", [None]),
    ("a verb with و opening a later line before a colon goes on with the last speaker",
     'وقال المدرب: "سنلعب للفوز في كل المباريات".\nوواصل: "الفريق جاهز بدنيا وذهنيا'
     ' للمواجهة".', ["المدرب", "المدرب"],
     'وقال المدرب: "سنلعب للفوز في كل المباريات".\nوزير الصحة: "الوضع تحت السيطرة تماما".',
     ["المدرب", "وزير الصحة"]),
    ("a known name with و opening a line before a colon stays the speaker",
     'وقال المدرب: "سنلعب للفوز في كل المباريات".\nوليد: "سنفوز في النهاية بلا شك".',
     ["المدرب", "وليد"],
     'وقال المدرب: "سنلعب للفوز في كل المباريات".\nوائل: "الجمهور يستحق الفوز".',
     ["المدرب", "وائل"]),
    ("the titled subject of a sentence's first verb is the antecedent of a bare verb",
     "سارعت المطربة اللبنانية ريم حداد إلى الاعتذار من الجمهور، وقالت إن الأمر سوء تفاهم.",
     ["ريم حداد"],
     "ارتفعت أسعار الخضر بشكل كبير، وقالت إن الوضع مؤقت.", [None]),
    ("a body's phrase after the first verb is the antecedent; not when the object runs on",
     "دعت الهيئة الوطنية للانتخابات، في بيان مساء أمس، الناخبين إلى التسجيل، وقالت إن"
     " الآجال قريبة.", ["الهيئة الوطنية للانتخابات"],
     "دعا الحزب كل القوى الوطنية إلى الحوار، وقال إن البلاد في أزمة.", [None]),
    ("a source note names the speaker of the bare verb after it",
     "جرى حجز كمية كبيرة من السلع، وفق ما أفاد به مصدر أمني. وأضاف أن الأبحاث متواصلة.",
     ["مصدر أمني"],
     "جرى حجز كمية كبيرة من السلع وفق القانون. وأضاف أن الأبحاث متواصلة.", [None]),
    ("a body in a source note names the speaker of the bare verb after it",
     "ارتفع عدد المصابين إلى عشرين، حسب وزارة الصحة. وأضافت أن الوضع تحت السيطرة.",
     ["وزارة الصحة"],
     "ارتفع عدد المصابين إلى عشرين، حسب الأرقام الرسمية. وأضافت أن الوضع تحت السيطرة.",
     [None]),
    ("a statement noun in the accusative (بيانا) is the verb's object, closing the subject",
     "أصدرت الجامعة التونسية لكرة القدم بيانا أكدت فيه أن المباراة ستقام في موعدها.",
     ["الجامعة التونسية لكرة القدم"],
     "أصدرت الجامعة التونسية لكرة القدم قرارات جديدة، وأكدت أن المباراة ستقام في موعدها.",
     [None]),
    ("a phrase opened by a preposition frames the report: the last speaker goes on",
     "وقال الوزير سامي العلي إن الأسعار مستقرة.\nوعن الأسعار في الأسواق الشعبية قال: \"لا"
     " أحد ينتظر سعرا أقل من هذا\".", ["سامي العلي", "سامي العلي"],
     'على سالم الحداد: "الإصلاحات مستمرة رغم كل الصعوبات"', ["على سالم الحداد"]),
    ("the subject of 'issued a statement' (بلاغا) is the issuer a later البلاغ ذاته points to",
     "أصدرت وزارة العدل اليوم الجمعة بلاغا توضح فيه ملابسات القضية. وأضاف البلاغ ذاته أن"
     " التحقيق متواصل.", ["وزارة العدل"],
     "أصدرت المحكمة حكما نهائيا في القضية. وأضاف البلاغ ذاته أن التحقيق متواصل.",
     ["البلاغ ذاته"]),
]


@pytest.mark.parametrize(("rule", "text", "want", "near", "near_want"), CASES,
                         ids=[c[0] for c in CASES])
def test_points_back(rule: str, text: str, want: list, near: str, near_want: list) -> None:
    got = _names(text)
    assert len(got) == len(want), rule
    # (None: a speaker another mechanism decides, not this rule)
    assert [g for g, w in zip(got, want, strict=True) if w is not None] == [w for w in want if w], rule
    assert _names(near) == near_want, rule


def test_framing_phrase_without_antecedent_is_no_speaker() -> None:
    """وفي مجلس النواب، قال with no speaker before it: no speaker, not the framing phrase."""
    (q,) = extract_quotes('وفي مجلس النواب التونسي، قال: "لا أحد ينتظر سعرا أقل من هذا".',
                          nlp=None)
    assert q.speaker is None and q.speaker_name is None
    (near,) = extract_quotes('وفي تصريح للإذاعة، قال الوزير: "لا أحد ينتظر سعرا أقل من هذا".',
                             nlp=None)
    assert near.speaker is not None and near.speaker.text == "الوزير"


def test_framing_headline_lead_is_no_speaker() -> None:
    """A headline lead opened by a preposition (خلال زيارته ...: "...") is no speaker: the last
    speaker goes on, or none; على + a name before a colon stays a speaker."""
    text = 'قال الرئيس سامي العلي إن البلاد تتقدم.\nخلال زيارته للمعرض الدولي: "سنواصل البناء معا"'
    assert [q.speaker_name for q in extract_quotes(text, nlp=None)] == ["سامي العلي"] * 2
    (alone,) = extract_quotes('خلال زيارته للمعرض الدولي: "سنواصل البناء معا"', nlp=None)
    assert alone.speaker is None
    (near,) = extract_quotes('على سالم الحداد: "الإصلاحات مستمرة رغم كل الصعوبات"', nlp=None)
    assert near.speaker_name == "على سالم الحداد"


def test_participle_phrase_without_a_speaker_word_points_back() -> None:
    """A participle's speaker read before it that holds no title, body, source or known name
    (وجهة نظر بلاتيني, read inside the quotation) points back to the last speaker (ANT,
    Apache-2.0); a phrase with a title in it (الأمير) is kept."""
    tail = '، مضيفا "لماذا على رئيس فيفا أن يتحمل كل اللوم والتهم والمسؤولية".'
    text = 'وكشف بلاتر "بعد الغذاء الشهير بين ساركوزي وأمير قطر.. تغيّرت وجهة نظر بلاتيني"' + tail
    assert [q.speaker_name for q in extract_quotes(text, nlp=None)] == ["بلاتر", "بلاتر"]
    # near miss: a phrase with a title before the participle, outside any quotation, is kept
    # (a phrase inside the quotation is never a speaker at all since the earlier-quote guard)
    near = ('وكشف بلاتر "بعد الغذاء الشهير بين ساركوزي وأمير قطر تغيرت الأمور". وتحدث الأمير'
            ' علي بن الحسين عن الانتخابات' + tail)
    last = extract_quotes(near, nlp=None)[-1]
    assert last.speaker.text.startswith("الأمير") and last.speaker_name != "بلاتر"


def test_first_verb_may_be_a_cue_without_a_quote() -> None:
    """أكد X سعادته ... وأشار إلى أن: the subject of a first cue verb that has no quote of its
    own is the antecedent; a subject without a title or name is not (ارتفاع الأسعار)."""
    text = "أكد السويسري مارك فيبر مدرب الفريق سعادته بالفوز وأشار إلى أن اللقب ما زال بعيدا."
    (q,) = extract_quotes(text, nlp=None)
    assert q.speaker is not None and q.speaker.text == "السويسري مارك فيبر مدرب الفريق"
    (near,) = extract_quotes("أكد ارتفاع الأسعار تراجع الطلب وأشار إلى أن الأزمة مستمرة.",
                             nlp=None)
    assert near.speaker is None


def test_ma_after_a_name_opens_the_object() -> None:
    """نفى المدير X ما تم تداوله: ما after the name opens the verb's object; ما يلي after the
    cue's own speaker phrase leaves it whole."""
    text = "نفى مدير المعهد سامي الحداد ما تم تداوله عن إغلاق المؤسسة، وأكد أن الدروس متواصلة."
    (q,) = extract_quotes(text, nlp=None)
    assert q.speaker is not None and q.speaker.text == "مدير المعهد سامي الحداد"
    near = 'وقال مدير المعهد سامي الحداد ما يلي: "الدروس متواصلة في كل الأقسام".'
    (n,) = extract_quotes(near, nlp=None)
    assert n.speaker is not None and n.speaker.text == "مدير المعهد سامي الحداد"


def test_definite_statement_subject_is_the_issuer_whatever_its_gender() -> None:
    """وأضاف البيان (the verb agrees with البيان, not with the feminine issuer): the issuer of
    the statement named before, not an earlier man whose gender the verb would match."""
    text = ('قال وزير الصحة سامي الخطيب إن الوضع "صعب جدا". وأكدت النقابة في بيان أن'
            ' الإضراب "سيستمر". وأضاف البيان أن "الحكومة تتحمل المسؤولية".')
    assert _names(text) == ["سامي الخطيب", "النقابة", "النقابة"]


def test_a_statement_noun_with_words_of_its_own_is_no_anaphor() -> None:
    """The near miss: البيان الختامي is a statement of its own, not the one named before."""
    text = ('قال وزير الصحة سامي الخطيب إن الوضع "صعب جدا". وأكدت النقابة في بيان أن'
            ' الإضراب "سيستمر". وأضاف البيان الختامي أن "الحكومة تتحمل المسؤولية".')
    assert _names(text)[-1] != "النقابة"


def test_an_issuer_after_time_words_and_before_a_comma() -> None:
    """بيان صادر اليوم الجمعة عن X، ...: time words before عن, the issuer ends at the comma."""
    text = ("استنكرت تونس في بيان صادر اليوم الجمعة عن وزارة الشؤون الخارجية، الاعتداءات"
            ' على المدنيين.\nوجاء في البيان أن هذه الممارسات "تنتهك القانون الدولي".')
    assert _names(text) == ["وزارة الشؤون الخارجية"]


def test_about_after_a_comma_names_no_issuer() -> None:
    """The near miss: في بلاغ صادر اليوم، عن انقطاع ...: عن after a comma is "about"."""
    text = ("تعلم الإدارة العامة للحرس الوطني في بلاغ صادر اليوم، عن انقطاع حركة المرور"
            ' بالطريق الجهوية.\nوجاء في البلاغ أنه "يمكن المرور عبر الطريق السيارة".')
    assert "انقطاع" not in (_names(text)[-1] or "")


def test_an_honorific_starting_with_fa_points_back() -> None:
    """فخامته: its ف is part of the word, no conjunction to strip."""
    text = ('وقال فخامة الرئيس عبدي نور حاشي إن الملايين "يواجهون نقصا حادا".\n'
            'وأضاف فخامته: "لقد رأيت بعيني ما يحدث".')
    assert _names(text) == ["عبدي نور حاشي", "عبدي نور حاشي"]


def test_an_honorific_subject_is_no_antecedent_of_a_later_one() -> None:
    """وتجول سموه في ...: that subject points back itself; the antecedent of the later
    سموه is the person named before it."""
    text = ("استقبل الأمير سلطان بن ناصر وفدا من رجال الأعمال.\nوتجول سموه في أجنحة المعرض،"
            ' واستمع إلى شرح عن المشاريع.\nوأكد سموه أن المنطقة "تشهد نهضة".')
    assert extract_quotes(text, nlp=None)[-1].speaker.text.startswith("الأمير سلطان")


def test_a_gated_honorific_before_a_complementizer_points_back() -> None:
    text = ('قال الوزير سالم بن علي الهاشمي إن الموسم "ناجح".\n'
            "وأوضح سعادته أن البلدية عززت فرق النظافة.")
    assert extract_quotes(text, nlp=None)[-1].speaker.text.startswith("الوزير سالم")


def test_a_gated_honorific_as_an_object_is_no_speaker_phrase() -> None:
    """The near miss: أكد سعادته بالفوز ("his happiness"): no honorific."""
    lex = lexicon()
    wi = WordIndex("وأكد سعادته بالفوز في المباراة.")
    k = wi.norms.index("سعادته")
    assert not is_honorific(lex, wi, SpeakerSpan(k, k))
