"""Speaker roles across the documents of a comparison: a role phrase (المتحدث باسم ...) goes to
the person its document names with that role, and a name after different role words links.

Sentences written for these tests."""

from __future__ import annotations

from quotecheck.comparison.speakers import SpeakerIndex
from quotecheck.types import Mention, Quote


def _q(text: str, start: int, speaker: str, name: str | None = None) -> Quote:
    """A quote of ``text`` at ``start`` whose speaker mention is ``speaker`` (resolved ``name``)."""
    body = "كلام"
    return Quote(
        text=body,
        start=start,
        end=start + len(body),
        kind="indirect",
        speaker=Mention(speaker, 0, len(speaker)),
        speaker_name=name or speaker,
    )


def _same_entity(quotes: list[Quote], text: str = "") -> bool:
    idx = SpeakerIndex()
    ids = idx.add_document(quotes, text)
    idx.link()
    return idx.key(ids[0]) == idx.key(ids[1])


NAMED = _q("", 0, "المتحدث باسم وزارة الصحة الأردنية سامي الفارس", "سامي الفارس")


def test_a_role_phrase_goes_to_the_person_named_with_that_role() -> None:
    # the named quote's speaker mention holds every word of the role phrase (وزارة between)
    assert _same_entity([NAMED, _q("", 10, "المتحدث باسم الصحة الأردنية")])
    assert _same_entity([NAMED, _q("", 10, "المتحدث الأردني")])
    # near miss: another ministry's spokesman
    assert not _same_entity([NAMED, _q("", 10, "المتحدث باسم الداخلية الأردنية")])


TEXT = (
    "صرح الناطق باسم وزارة الداخلية المصرية، خالد منصور، بأن الحملة مستمرة. "
    "وأضاف الناطق المصري أن الحملة ستتوسع."
)


def test_a_role_phrase_finds_the_name_after_the_role_in_its_text() -> None:
    named = _q(TEXT, 0, "منصور")
    role = _q(TEXT, 80, "الناطق المصري")
    assert _same_entity([named, role], TEXT)


def test_an_unnamed_role_takes_no_new_name_from_its_text() -> None:
    # near miss: what follows the role is a time phrase, and no speaker has that name
    text = "قال الناطق باسم وزارة الداخلية المصرية اليوم الخميس إن الحملة مستمرة."
    other = _q(text, 0, "وزير المالية كريم العلوي")
    role = _q(text, 40, "الناطق باسم الداخلية المصرية")
    assert not _same_entity([other, role], text)


def test_a_title_then_a_nationality_then_the_name() -> None:
    text = "وقال وزير الخارجية الفرنسي جان دوبون إن المحادثات جادة."
    named = _q(text, 0, "جان دوبون")
    title = _q(text, 30, "وزير الخارجية")
    assert _same_entity([named, title], text)
    # near miss: the title words stand before someone else's name
    text2 = "وقال وزير الخارجية الفرنسي جان دوبون إن المحادثات جادة."
    other = _q(text2, 0, "بيار مارتان")
    assert not _same_entity([other, _q(text2, 30, "وزير الدفاع")], text2)


def _linked(a: str, b: str) -> bool:
    idx = SpeakerIndex()
    [ia] = idx.add_document([_q("", 0, a)])
    [ib] = idx.add_document([_q("", 0, b)])
    idx.link()
    return idx.key(ia) == idx.key(ib)


def test_the_same_name_after_different_role_words_links_across_documents() -> None:
    assert _linked("المدرب سمير الحداد", "الناخب الوطني سمير الحداد")
    # near misses: another given name; a common last word is no surname
    assert not _linked("المدرب سمير الحداد", "الناخب الوطني كريم الحداد")
    assert not _linked("جامعة الدول العربية", "قمة الدول العربية")


def test_a_surname_joins_the_person_both_fuller_phrases_name() -> None:
    idx = SpeakerIndex()
    [a] = idx.add_document([_q("", 0, "المدرب سمير الحداد")])
    [b] = idx.add_document([_q("", 0, "الناخب الوطني سمير الحداد")])
    [c] = idx.add_document([_q("", 0, "الحداد")])
    idx.link()
    assert idx.key(a) == idx.key(b) == idx.key(c)


def test_a_role_two_people_hold_in_the_document_stays_unresolved() -> None:
    # near miss: two named quotes whose mentions both carry the role word وزير
    first = _q("", 0, "وزير الصحة سامي الفارس", "سامي الفارس")
    second = _q("", 10, "وزير المالية كريم العلوي", "كريم العلوي")
    idx = SpeakerIndex()
    ids = idx.add_document([first, second, _q("", 20, "الوزير")])
    idx.link()
    assert idx.key(ids[2]) not in (idx.key(ids[0]), idx.key(ids[1]))
    # with one holder the role goes to him
    assert _same_entity([first, _q("", 20, "الوزير")])
