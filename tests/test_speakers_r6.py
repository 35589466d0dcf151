"""Round 6 speaker mechanisms (sentences written for these tests).

- A clause whose verb of statement follows a leading adverbial (بدوره أكد X، من ناحية أخرى
  أشار X، بشكل قاطع نفت الوزارة) gives its subject to the participles and bare verbs after
  it, as a sentence that opens with the verb does (``before_cue.framed_verb``).
- A surname that is a first name too (مرزوق) is the person the document named in full when
  the document gave it as the last word of that name (``names.earlier._surname``).
- A phrase that opens with a preposition fused with ما (عما إذا)، ل/ب with only a pronoun
  (لكم) or ب before a noun with a possessive pronoun (بشهادته) is no speaker
  (``speakers.prepositional_head``).
"""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes

_FIRST = "قال رئيس الحزب محسن مرزوق إن الوضع صعب. "


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_a_verb_after_a_leading_adverbial_gives_its_subject_to_a_participle() -> None:
    text = ("قال مدير المستشفى إن الأجهزة معطلة. "
            "بدوره أكد وزير الصحة محمد الطاهر هذه الصعوبات مشيرا إلى أن الظروف غير ملائمة.")
    assert _speakers(text)[-1] == "وزير الصحة محمد الطاهر"


def test_a_prepositional_adverbial_before_the_verb_is_no_speaker() -> None:
    text = ("قال مدير المستشفى إن الأجهزة معطلة. من ناحية أخرى أشار وزير الصحة محمد الطاهر"
            " إلى أهمية الثقافة مؤكدا أن الثقافة مهمة.")
    assert _speakers(text)[-1] == "وزير الصحة محمد الطاهر"


def test_a_leading_adverbial_then_no_verb_of_statement_leaves_the_earlier_speaker() -> None:
    """The near miss: the clause's verb (سافر) is no verb of statement."""
    text = ("قال مدير المستشفى إن الأجهزة معطلة. من ناحية أخرى سافر وزير الصحة محمد الطاهر"
            " إلى الخارج. وأضاف أن الثقافة مهمة.")
    assert _speakers(text)[-1] == "مدير المستشفى"


def test_a_surname_that_is_a_first_name_too_is_the_person_named_before() -> None:
    text = ("قال رئيس الحزب محسن مرزوق إن الوضع صعب. وقال الوزير سامي العياري إن الحل قريب."
            " من ناحية أخرى أشار مرزوق إلى أهمية الثقافة. وأضاف أن الثقافة مهمة.")
    assert _names(text)[-1] == "محسن مرزوق"


def test_a_first_name_inside_a_longer_name_is_no_surname() -> None:
    """The near miss: محمد stands before another word of its name (محسن محمد الطرابلسي), so
    the bare محمد after the verb is no antecedent, and وأضاف keeps the latest speaker."""
    text = ("قال رئيس الحزب محسن محمد الطرابلسي إن الوضع صعب. وقال الوزير سامي العياري إن"
            " الحل قريب. من ناحية أخرى أشار محمد إلى أهمية الثقافة. وأضاف أن الثقافة مهمة.")
    assert _names(text)[-1] == "سامي العياري"


def test_a_preposition_fused_with_ma_is_no_speaker() -> None:
    text = ("قال الرئيس السوري بشار الأسد إن الوضع صعب. وتساءل عما إذا كان من الممكن أن"
            " تقبل باريس زيارة وفد سوري.")
    assert _speakers(text)[-1] == "الرئيس السوري بشار الأسد"


def test_a_preposition_with_a_pronoun_is_no_speaker() -> None:
    text = 'وتقول المدربة دائما: "لا تدعوا أحدا يقول لكم إنكم عاجزون".'
    assert "لكم" not in _speakers(text)


def test_a_ba_noun_with_a_possessive_is_no_speaker_but_a_partitive_is() -> None:
    text = ("أوقف الأمن الحارس. واعترف بجريمته أمام المحققين مؤكدا أنه كان وحيدا. "
            "وقال بعضهم إن الحادث مؤسف.")
    speakers = _speakers(text)
    assert "بجريمته" not in speakers and speakers[-1] == "بعضهم"


def test_a_full_name_without_title_is_the_antecedent_of_the_next_verbs() -> None:
    text = ("قال رئيس النقابة سامي العياري إن الوضع صعب. بدوره أكد أحمد ابراهيم هذه الصعوبات"
            " واصفا الوضع بالكارثي. وقال إن ظروف العمل غير ملائمة.")
    assert _speakers(text)[-1] == "أحمد ابراهيم"


def test_a_first_name_before_a_common_noun_is_no_full_name() -> None:
    """The near miss: حسن التصرف (good conduct) is the verb's object, no person."""
    text = ("قال رئيس النقابة سامي العياري إن الوضع صعب. وأكد حسن التصرف في الأزمة."
            " وقال إن ظروف العمل غير ملائمة.")
    assert _speakers(text)[-1] == "رئيس النقابة سامي العياري"


def test_a_full_name_ends_before_the_verbs_object() -> None:
    text = "رفض ناجي جلول الرد على المطالبة.\nوأكد في تصريح أنه لا خلاف له مع النقابات."
    assert _speakers(text)[-1] == "ناجي جلول"


def test_words_before_a_verb_with_its_conjunction_are_no_subject_of_it() -> None:
    text = ("قالت رئيسة الهيئة سهام بن سدرين إن العمل متواصل. جلسات استماع علنية وأشارت إلى"
            " أن الجلسات ستبث مباشرة.")
    assert _speakers(text)[-1] != "جلسات استماع علنية"


def test_a_subject_before_a_bare_verb_is_still_read() -> None:
    """The near miss: the verb carries no conjunction (الوزيرة أكدت أن): its subject stands
    before it."""
    text = "قال المدير إن العمل متواصل. والوزيرة أكدت أن الجلسات ستبث مباشرة."
    assert _speakers(text)[-1] == "الوزيرة"


def test_a_verb_after_the_particle_qad_gives_its_subject_to_the_next_verbs() -> None:
    text = ("قال المدير إن العمل متواصل. وقد أكد وزير الصحة محمد الطاهر هذه الصعوبات."
            " وأضاف أن الظروف غير ملائمة.")
    assert _speakers(text)[-1] == "وزير الصحة محمد الطاهر"


def test_qad_before_a_verb_of_no_statement_gives_no_antecedent() -> None:
    """The near miss: وقد سافر (no verb of statement) leaves the earlier speaker."""
    text = ("قال المدير إن العمل متواصل. وقد سافر وزير الصحة محمد الطاهر إلى الخارج."
            " وأضاف أن الظروف غير ملائمة.")
    assert _speakers(text)[-1] == "المدير"


def test_a_long_subject_after_an_particle_before_qad_and_the_verb() -> None:
    text = ("أوضح سفيان طوبال أنه لا يوجد تجميد. يذكر أن النائب عن كتلة نداء تونس، الطاهر"
            " بطيخ، كان صرح في وقت سابق اليوم بأن 16 نائبا تقدموا بطلب.")
    quotes = extract_quotes(text)
    assert quotes[-1].speaker_name == "الطاهر بطيخ"


def test_a_long_subject_after_an_particle_needs_a_speaker_head() -> None:
    """The near miss: a long phrase after أن headed by no title, body, source or first name
    (الأمطار الغزيرة) is not read as the subject before قد and the verb."""
    text = "قال المدير إن العمل متواصل. ويذكر أن الأمطار الغزيرة قد أكدت أن البنية التحتية هشة."
    assert not any(s and s.startswith("الأمطار") for s in _speakers(text))


def test_a_definite_l_word_after_a_body_is_its_complement() -> None:
    text = "وقال رئيس النقابة الوطنية للصحفيين التونسيين ناجي البغوري إن الوضع صعب."
    assert extract_quotes(text)[0].speaker_name == "ناجي البغوري"


def test_the_journalists_after_a_title_or_a_lone_body_are_the_addressee() -> None:
    """The near miss: after a bare title or a body alone, للصحفيين is whom the words were
    said to; an outlet without the article (لموقع) is one after any phrase."""
    assert _speakers("وقال الوزير للصحفيين إن الوضع صعب.") == ["الوزير"]
    assert _speakers("وقالت الوزارة للصحفيين إن الوضع صعب.") == ["الوزارة"]
    assert _speakers("وذكر متحدث باسم النقابة لموقع إخباري أن الوضع صعب.") == [
        "متحدث باسم النقابة"]


def test_a_bodys_parenthetical_name_is_read_through() -> None:
    text = "وأكد صندوق الأمم المتحدة للطفولة (اليونيسف) أن قصفا جويا استهدف المدرسة."
    assert _speakers(text) == ["صندوق الأمم المتحدة للطفولة (اليونيسف)"]  # its bracket closed
    text = ("وأشار رئيس جامعة المعلومات والاتصال (منظمة الاعراف) قيس سلامي، إلى أن القطاع"
            " عرف تطورا.")
    assert extract_quotes(text)[0].speaker_name == "قيس سلامي"


def test_an_age_in_parentheses_after_a_person_is_not_read_through() -> None:
    """The near miss: (24 سنة) after الشاب is no body's name; nor a mark glued to لـ."""
    assert _speakers("وقال الشاب (24 سنة) إن الشرطة اعتدت عليه.") == ["الشاب"]
    assert "وات" not in _speakers("وقالت الهيئة الوطنية ل(وات) إن الشرطة اعتدت عليه.")[0]


def test_a_correspondent_after_a_quoted_outlet_and_a_place() -> None:
    text = ('أكدت مبعوثة الجوهرة "اف ام" إلى تطاوين هاجر النوالي أن المعتصمين سيواصلون'
            " اعتصامهم.")
    assert "هاجر النوالي" in _speakers(text)[0]


def test_a_place_after_a_quoted_outlet_with_no_name_ends_the_phrase() -> None:
    """The near miss: في القاعة then the complementizer, no person's name: the place is an
    adverbial of the verb."""
    text = 'أكدت مبعوثة الجوهرة "اف ام" في القاعة أن المعتصمين سيواصلون اعتصامهم.'
    assert _speakers(text) == ['مبعوثة الجوهرة "اف ام"']
