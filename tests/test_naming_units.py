"""The pieces of the naming (quotecheck.engine.names), one job each, on words and names
written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.engine.names.book import NameBook
from quotecheck.engine.names.display import name_in_apposition, person_like
from quotecheck.engine.names.earlier import title_mention_before
from quotecheck.engine.names.part import name_part
from quotecheck.engine.names.titles import past_joined_portfolios
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import lexicon
from quotecheck.lang.ar.normalize import fold

LEX = lexicon()


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


def test_fullest_name_holds_the_short_one_in_order() -> None:
    book = NameBook()
    for name in ("سيرغي لافروف", "جون كيري"):
        book.add_person(_key(name))
        book.note_surface(_key(name), name)
    assert book.fullest(_key("لافروف")) == _key("سيرغي لافروف")
    assert book.display(_key("لافروف")) == "سيرغي لافروف"
    assert book.fullest(_key("سيرجي لافروف")) == _key("سيرغي لافروف")  # a spelling variant
    assert book.fullest(_key("لافروف سيرغي")) == _key("لافروف سيرغي")  # not in order
    assert book.fullest(_key("بلينكن")) == _key("بلينكن")


def test_fullest_name_ties_go_to_the_earliest() -> None:
    book = NameBook()
    for name in ("محمد علي", "أحمد علي", "محمد علي حسن"):
        book.add_person(_key(name))
    assert book.fullest(_key("علي")) == _key("محمد علي حسن")
    short = NameBook()
    for name in ("محمد علي", "أحمد علي"):
        short.add_person(_key(name))
    assert short.fullest(_key("علي")) == _key("محمد علي")


def test_first_surface_is_kept() -> None:
    book = NameBook()
    book.note_surface(_key("جون كيري"), "جون كيري")
    book.note_surface(_key("جون كيري"), "جون كيري،")
    assert book.display(_key("جون كيري")) == "جون كيري"


@pytest.mark.parametrize(("name", "shown"), [
    ("آفاق تونس، ياسين ابراهيم", "ياسين ابراهيم"),  # the last part is a person's name
    ("مبروك كورشيد، كاتب", "مبروك كورشيد"),  # else the first
    ("وزارة الخارجية، الوزير", "وزارة الخارجية، الوزير"),  # neither: the whole
    ("جون كيري", "جون كيري"),  # no comma
])
def test_name_in_apposition(name: str, shown: str) -> None:
    assert name_in_apposition(LEX, name) == shown


@pytest.mark.parametrize(("part", "least", "ok"), [
    ("ياسين ابراهيم", 2, True),
    ("ياسين", 2, False),  # fewer words than asked
    ("الوزير الجديد", 1, False),  # a title
    ("في بيان", 1, False),  # a preposition first
    ("مصدر مطلع", 1, False),  # an unnamed source
    ("تصريحات صحفية", 1, False),  # a medium noun
])
def test_person_like(part: str, least: int, ok: bool) -> None:
    assert person_like(LEX, part, least) is ok


def test_name_part_strips_titles_and_nisba() -> None:
    norms = fold("وزير الخارجية الأمريكي جون كيري").split()
    assert name_part(LEX, norms) == (3, 5)
    assert name_part(LEX, fold("وزير الخارجية").split()) is None  # a title only


def test_name_part_strict_keeps_a_final_definite_noun_in_the_title() -> None:
    norms = fold("رئيس الجمهورية").split()
    assert name_part(LEX, norms, strict=True) is None
    assert name_part(LEX, fold("رئيس الجمهورية قيس").split(), strict=True) == (2, 3)


def _wi(text: str) -> WordIndex:
    return WordIndex(text)


def test_past_joined_portfolios() -> None:
    wi = _wi("وزير الفلاحة والموارد المائية والصيد البحري سمير الطيب")
    assert wi.norms[past_joined_portfolios(LEX, wi, 2)] == fold("سمير")
    near = _wi("وزير الفلاحة سمير الطيب")
    assert past_joined_portfolios(LEX, near, 2) == 2  # nothing joined: the name starts here


def test_past_joined_portfolios_stops_at_a_comma() -> None:
    wi = _wi("وزير الفلاحة، والموارد المائية")
    assert past_joined_portfolios(LEX, wi, 2) == 2


def _name_of_rules(wi: WordIndex):
    def name_of(sp: SpeakerSpan):
        part = name_part(LEX, wi.norms[sp.first : sp.last + 1])
        return None if part is None or part[1] <= part[0] else ("name",)
    return name_of


def test_title_mention_before_reads_from_the_head_title() -> None:
    text = "التقى وزير الشؤون الخارجية سامي حداد بالسفير في مكتبه. وأضاف"
    wi = _wi(text)
    sp = title_mention_before(LEX, wi, text.index("وأضاف"), _name_of_rules(wi))
    assert sp is not None and wi.norms[sp.first] == fold("وزير")
    assert fold("حداد") in wi.norms[sp.first : sp.last + 1]


def test_title_mention_before_needs_a_name() -> None:
    text = "اجتمع وزير الشؤون الخارجية. وأضاف"
    wi = _wi(text)
    assert title_mention_before(LEX, wi, text.index("وأضاف"), _name_of_rules(wi)) is None
