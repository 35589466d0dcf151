"""An attribution after a quote led by كما ("as") or by هذا ما + a verb with the object pronoun
makes the marks a direct quote of the verb's subject; كما + a verb with its own complementizer
is the speaker's next report ("also"), and a name in marks is no quote.  Sentences written for
the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_kama_qala_after_the_marks_attributes_them() -> None:
    got = extract_quotes('"لن نتراجع عن قرارنا مهما كانت الضغوط"، كما قال وزير الخارجية أحمد '
                         'سالم أمس.')
    assert [(q.kind, q.text) for q in got] == [("direct", "لن نتراجع عن قرارنا مهما كانت الضغوط")]
    assert "أحمد سالم" in got[0].speaker.text


def test_hadha_ma_qalahu_after_the_marks_attributes_them() -> None:
    got = extract_quotes('"سنواصل الإصلاحات حتى النهاية"، هذا ما قاله رئيس الوزراء أمام البرلمان.')
    assert [(q.kind, q.cue.text) for q in got] == [("direct", "قاله")]
    assert "رئيس الوزراء" in got[0].speaker.text


def test_kama_with_its_own_complementizer_reports_its_clause() -> None:
    """The near miss: كما أكد أن after the marks is "also confirmed that": its own clause."""
    got = extract_quotes('"سنواصل الإصلاحات حتى النهاية"، كما أكد الوزير أن الحكومة ملتزمة '
                         'بتعهداتها.')
    assert [q.text for q in got] == ["الحكومة ملتزمة بتعهداتها"]


def test_a_name_in_marks_before_kama_is_no_quote() -> None:
    """The near miss: a body's name in marks, كما أعلن سابقا ("as announced earlier")."""
    got = extract_quotes('وتم تغيير اسم الجبهة من "جبهة الإنقاذ الوطني" كما أعلن سابقا إلى اسم آخر.')
    assert got == []
