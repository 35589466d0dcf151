"""A sentence that opens with a speaker's phrase, then a comment set off by commas, then the
bare verb: the phrase is the verb's subject (``engine.before_cue.parenthetical_subject``).
Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

from quotecheck.engine.before_cue import parenthetical_subject
from quotecheck.engine.evidence import Doc
from quotecheck.lang.ar.lexicon import lexicon

_BEFORE = 'وقال مدير السوق سامي الهادي إن الحركة "عادت".\n'


def test_a_name_a_comment_and_the_verb() -> None:
    text = _BEFORE + ("الحاج عبد الكريم محمد العلي، صائغ يبلغ من العمر 70 عاما، قال وهو يرتب"
                      ' محله: "ورثت هذا المحل عن أبي".')
    assert _speakers(text)[-1] == "الحاج عبد الكريم محمد العلي"


def test_a_comment_with_a_name_in_marks() -> None:
    text = _BEFORE + ('خالد سامي الجندي، الشريك في صندوق "أفق" الذي قاد الجولة، قال إن'
                      ' الفريق "قوي".')
    assert _speakers(text)[-1] == "خالد سامي الجندي"


def test_a_title_and_a_name_set_off_before_the_verb() -> None:
    text = _BEFORE + ("رئيسة قسم الرعاية، الدكتورة مريم عبد الملك، أشارت إلى أن المريض"
                      ' "سيحتاج إلى برنامج".')
    assert _speakers(text)[-1] == "رئيسة قسم الرعاية، الدكتورة مريم عبد الملك"


def _paren(text: str) -> str | None:
    d = Doc(text, lexicon())
    i = len(d.wi) - 1
    while d.lex.cue(d.wi.norms[i]) is None:
        i -= 1
    sp = parenthetical_subject(d, 0, i, d.lex.cue(d.wi.norms[i]))
    return None if sp is None else " ".join(d.wi.norms[sp.first : sp.last + 1])


def test_the_rule_reads_the_phrase_before_the_comment() -> None:
    assert _paren("خالد سامي الجندي، الشريك في الصندوق، قال") == "خالد سامي الجندي"


def test_a_comment_holding_a_quotation_gives_no_subject() -> None:
    """The near miss: the comment quotes the phrase (a complementizer, a long quotation)."""
    assert _paren('خالد الجندي، الذي رأى أن "السوق صعبة جدا ومعقدة اليوم"، أكد') is None
