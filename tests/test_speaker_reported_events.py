"""A verb inside a quote's reported clause is part of the reported speech: its subject is
no antecedent of the bare verbs after the quote (``engine.naming.Namer._reported``), except
a relative clause's verb (X الذي أكد), which introduces a new speaker.  Sentences from ANT
(Apache-2.0), shortened."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck import extract_quotes


def test_a_verb_inside_the_clause_gives_no_antecedent() -> None:
    """ولفت نظر الحكومة stands inside the indirect clause: واضاف قوله goes back to the
    speaker of the clause, not to نظر الحكومة."""
    text = ("وأوضح الجهيناوي أن التنسيق يمكن من الاطلاع على خلفيات الملفات المطروحة ومن شأنه"
            " أن يسهم في إثراء السياسة الوطنية وتقديم المقترحات ولفت نظر الحكومة لتحريك بعض"
            " الملفات ومعالجتها من زوايا مختلفة. واضاف قوله \" لسنا ضد أي تحرك دبلوماسي خارجي"
            " لكن نؤكد على التنسيق.. فكل تحرك وتوزيع أدوار مرحب به\"")
    assert _speakers(text) == ["الجهيناوي", "الجهيناوي"]


def test_a_verb_of_the_clause_before_a_bare_cue() -> None:
    """تعهد شخصيا بالملف inside the clause of مشيرا: the bare أكد after it keeps the speaker
    of the report."""
    text = ("قال زوج خالة الضحية إن الشاب تعرض للضرب. وأكد أن عائلته راسلت وزير الداخلية في"
            " هذا الخصوص مشيرا إلى أن وزير الداخلية تعهد شخصيا بالملف وقام بتكليف لجنة"
            " يرأسها المتفقد العام للأمن الوطني. و أكد أن اعوان الامن المتهمين مثلوا أمام"
            " التحقيق.")
    assert _speakers(text) == ["زوج خالة الضحية"] * 4


def test_a_relative_clause_inside_the_quote_still_gives_the_next_speaker() -> None:
    """The near miss: حمادي الأديب الذي أكد inside the woman's clause is a new speaker, and
    the masculine وأوضح after it is his."""
    text = ("و أوضحت الوسلاتي أن الهيئة اتصلت بالسلط الجهوية وأوّلهم معتمد القلعة الصغرى"
            " المكُلّف مؤقتا بخطة المعتمد بالنيابة في القلعة الكبرى حمادي الأديب الذي أكد في"
            " مداخلة له في بوليتيكا أن الهيئة تقوم بدور هام وأنه تفاعل مع وضعية العائلة."
            " وأوضح أن المنزل تمّت معاينته منذ سنوات.")
    quotes = extract_quotes(text)
    assert quotes[-1].speaker_name == "حمادي الأديب"


def test_a_relative_clause_whose_subject_follows_its_verb_stays_reported() -> None:
    """الإحصائيات التي أعلنت عنها السلطات inside the clause: the relative pronoun's
    antecedent is no speaker and the subject after the verb is reported, so وأكدت keeps
    the woman who speaks."""
    text = ("وبيّنت بدري أن الإحصائيات التي أعلنت عنها السلطات العمومية تبين ارتفاع نسب"
            " المشاركة مقارنة بالاستحقاقات السابقة. وأكدت أن السلطات وفرت كل الظروف لحث"
            " المواطنين على المشاركة.")
    assert _speakers(text) == ["بدري", "بدري"]
