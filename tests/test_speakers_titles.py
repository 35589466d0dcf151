"""Title and name linking inside a speaker phrase.  Each rule: a sentence it must match and a
near miss it must not.  Sentences are written for these tests; none comes from the
development sets."""

from __future__ import annotations

import pytest

from quotecheck import extract_quotes


def test_earlier_title_phrase_starts_at_an_office_word_with_waw() -> None:
    """وزير is an office word, not و + زير: the antecedent phrase starts at it."""
    text = ("استقبل وزير الخارجية خالد الهاشمي السفير الياباني.\n"
            'وأضاف: "العلاقات بين البلدين متينة وتاريخية".')
    (q,) = extract_quotes(text, nlp=None)
    assert q.speaker is not None and q.speaker.text.startswith("وزير الخارجية")
    assert q.speaker_name == "خالد الهاشمي"
    near = 'وأضاف: "العلاقات بين البلدين متينة وتاريخية".'
    assert [x.speaker for x in extract_quotes(near, nlp=None)] == [None]


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text, nlp=None)]


CASES = [
    ("a title, its في complement, then the person's name",
     "أكد وزير الداخلية في الحكومة المؤقتة كمال الفاسي أن الوضع مستقر.", ["كمال الفاسي"],
     "قال وزير الداخلية في مؤتمر صحفي إن الوضع مستقر.", ["وزير الداخلية"]),
    ("a definite في complement is no name",
     "قال وزير الداخلية في حكومة تصريف الأعمال سمير العابد إن الوضع مستقر.", ["سمير العابد"],
     "قال وزير الداخلية في الحكومة الجديدة إن الوضع مستقر.", ["وزير الداخلية"]),
    ("a body with a place in its في complement keeps its phrase",
     "أكد وزير النقل في حكومة الوحدة خالد المنصوري أن الطريق مفتوحة.", ["خالد المنصوري"],
     "وقالت هيئة الإسعاف في مدينة بنغازي إن الحادث خلف جرحى.", ["هيئة الإسعاف"]),
    ("ب + a place after a body noun is no name; the name in apposition after the comma",
     "وقال عضو النقابة الأساسية للتعليم الثانوي بحي النصر، منير السالمي في تصريح للإذاعة إن"
     " الإضراب قائم.", ["منير السالمي"],
     "وقال رئيس النقابة بشير القاسمي إن الإضراب قائم.", ["بشير القاسمي"]),
    ("a two-word ب place after a body, then the name",
     "وأكد عضو الجمعية الجهوية بدوار الخضراء، سامي الحداد، أن الموسم جيد.", ["سامي الحداد"],
     "وأكد رئيس الجمعية بسام الحداد أن الموسم جيد.", ["بسام الحداد"]),
    ("a profession before a name is title material",
     "وقال المخرج التونسي سامي الفهري إن الفيلم جاهز للعرض.", ["سامي الفهري"],
     "وقال المخرج إن الفيلم جاهز للعرض.", ["المخرج"]),
    ("an honorific before a name is title material",
     "وأكد معالي سالم المري وزير الطاقة أن الإنتاج مستقر.", ["سالم المري"],
     "وأكد معالي الوزير أن الإنتاج مستقر.", ["معالي الوزير"]),
    ("a ب word right after an office word is a name, not a place",
     "وقال عضو الجمعية الجهوية بدوار الخضراء، سامي الحداد، إن الموسم جيد.", ["سامي الحداد"],
     "وأفاد الناطق باسم وزارة الدفاع العقيد بلقاسم الحمدي أن الوضع هادئ.", ["بلقاسم الحمدي"]),
    ("a title-only speaker takes the name set before the same title in apposition",
     "التقى نجيب ميقاتي، رئيس الوزراء اللبناني، بالسفير الفرنسي أمس.\nوقال رئيس الوزراء إن"
     " الحكومة ماضية في الإصلاحات.", ["نجيب ميقاتي"],
     "وزار الوفد المدينة، رئيس الوزراء في استقباله.\nوقال رئيس الوزراء إن الحكومة ماضية في"
     " الإصلاحات.", ["رئيس الوزراء"]),
    ("the name in apposition is the one after a title before it, also later in the text",
     "وقال وزير الطاقة إن الإنتاج سيرتفع.\nوأكد الأمير عبد العزيز بن سلمان، وزير الطاقة، أن"
     " الأسواق مستقرة.", ["عبد العزيز بن سلمان", "عبد العزيز بن سلمان"],
     "وقال وزير الطاقة إن الإنتاج سيرتفع.\nوأكد مسؤول في الوزارة، وزير الطاقة السابق، أن"
     " الأسواق مستقرة.", ["وزير الطاقة", "مسؤول"]),
    ("a medium phrase (في مقال، في مداخلة) after the name ends the speaker phrase",
     "وكتب المرزوقي في مقال نشره على موقعه أن الوضع خطير.", ["المرزوقي"],
     "وقال وزير الداخلية في الحكومة المؤقتة كمال الفاسي إن الوضع مستقر.", ["كمال الفاسي"]),
]


@pytest.mark.parametrize(("rule", "text", "want", "near", "near_want"), CASES,
                         ids=[c[0] for c in CASES])
def test_title_name(rule: str, text: str, want: list, near: str, near_want: list) -> None:
    assert _names(text) == want, rule
    assert _names(near) == near_want, rule


def test_body_noun_after_a_full_name_is_the_object() -> None:
    """An indefinite body noun after a title and a full name opens the verb's object; after a
    title of the person (مدير) it is the title's complement."""
    text = ("طالبت المتحدثة باسم رئيس الوزراء الكندي جاستن ترودو قناة إخبارية أمريكية بسحب"
            " التغريدة، وقالت إن الخبر كاذب.")
    (q,) = extract_quotes(text, nlp=None)
    assert q.speaker is not None
    assert q.speaker.text == "المتحدثة باسم رئيس الوزراء الكندي جاستن ترودو"
    (near,) = extract_quotes("وقال سامي العلي مدير شركة النور إن الأرباح ارتفعت.", nlp=None)
    assert near.speaker is not None and near.speaker.text == "سامي العلي مدير شركة النور"
