"""A contrast word (لكن، ولكن، لكنه ...) right before the perfect of a verb of statement
ends the reported clause even with no comma and no complementizer after the verb: the
speaker's next act (engine/contrast_acts.py; particles.json ``contrast_act_openers``,
``contrast_act_lemmas``; round 8, qb9).  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def texts(text: str) -> list[str]:
    """The text of each quote, in order."""
    return [q.text for q in extract_quotes(text)]


def test_lakinnahu_before_an_assessment_with_a_noun_object() -> None:
    text = "وقال الخبير إن المدينة تملك موارد كبيرة من المياه لكنه رجح حدوث أزمة في الصيف."
    assert texts(text) == ["المدينة تملك موارد كبيرة من المياه"]


def test_bare_walakin_before_a_perfect_of_statement() -> None:
    text = "وأضاف أن القانون الجديد يعد مكسبا للعمال لأول مرة ولكن أكد ضرورة مراجعة بعض فصوله."
    assert texts(text) == ["القانون الجديد يعد مكسبا للعمال لأول مرة"]


def test_lakinnaha_before_a_pledge() -> None:
    text = "وقالت الشركة إن إجراءاتها صارمة بالفعل لكنها تعهدت بالتعاون مع المحققين."
    assert texts(text) == ["إجراءاتها صارمة بالفعل"]


def test_walakin_before_a_preposition_homograph_stays_in_the_clause() -> None:
    """The near miss: عبر after ولكن is the preposition "through", no verb: the clause goes on."""
    text = "وقال المحامي إن موكله سيواصل الدفاع عن حقوقه ولكن عبر القانون والقضاء."
    assert texts(text) == ["موكله سيواصل الدفاع عن حقوقه ولكن عبر القانون والقضاء"]


def test_lakinnahu_before_a_verb_of_acting_stays_in_the_clause() -> None:
    """The near miss: أصر (insisted) may be the clause's own subject acting: the clause goes on."""
    text = "وقال الوزير إن المدير كان بإمكانه المغادرة لكنه أصر على البقاء في مكتبه."
    assert texts(text) == ["المدير كان بإمكانه المغادرة لكنه أصر على البقاء في مكتبه"]
