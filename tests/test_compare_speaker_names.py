"""Speaker names inside a document of a comparison: a common noun run into a name (the object
of the cue verb: «نفى الأمير خالد الشائعات») is left out, and a first name alone after an
honorific, or of a patronymic chain, is the person its document names in full.

Sentences written for these tests."""

from __future__ import annotations

from quotecheck.comparison.speaker_phrases import (
    first_name_match,
    speaker_form,
    without_stray_word,
)
from quotecheck.comparison.speakers import SpeakerIndex, same_speaker
from quotecheck.types import Mention, Quote


def _q(start: int, speaker: str) -> Quote:
    body = "كلام"
    return Quote(
        text=body,
        start=start,
        end=start + len(body),
        kind="indirect",
        speaker=Mention(speaker, 0, len(speaker)),
        speaker_name=speaker,
    )


def _same_entity(*speakers: str) -> bool:
    idx = SpeakerIndex()
    ids = idx.add_document([_q(10 * k, s) for k, s in enumerate(speakers)], "")
    idx.link()
    return idx.key(ids[0]) == idx.key(ids[-1])


def test_a_stray_common_noun_after_a_name_is_left_out() -> None:
    assert without_stray_word(speaker_form("الأمير خالد الشائعات")) == speaker_form(
        "الأمير خالد"
    )
    # near misses: a surname without the article, a nisba of a place
    assert without_stray_word(speaker_form("الأمير خالد منصور")) is None
    assert without_stray_word(speaker_form("الوزير خالد المصري")) is None
    assert _same_entity("وزير النفط الأمير خالد بن فهد", "الأمير خالد الشائعات")


def test_a_full_name_that_fits_nobody_else_is_kept_whole() -> None:
    # بشار الأسد names no one else of the document; his first name alone (no honorific,
    # no patronymic chain) does not make him بشار الجعفري
    assert not _same_entity("المندوب بشار الجعفري", "بشار الأسد")


def test_a_first_name_after_an_honorific_or_of_a_patronymic_chain() -> None:
    full = speaker_form("وزير النفط الأمير خالد بن فهد")
    assert first_name_match(speaker_form("الأمير خالد"), full)
    assert first_name_match(speaker_form("خالد"), full)  # the full name is a chain X بن Y
    assert first_name_match(speaker_form("الشيخ منصور"), speaker_form("منصور الحارثي"))
    # near misses: no honorific and no chain; a common given name; the surname
    assert not first_name_match(speaker_form("منصور"), speaker_form("منصور الحارثي"))
    assert not first_name_match(speaker_form("الشيخ محمد"), speaker_form("محمد بن راشد"))
    assert not first_name_match(speaker_form("الأمير فهد"), full)
    assert _same_entity("وزير النفط الأمير خالد بن فهد", "الأمير خالد")
    assert not _same_entity("وزير النفط الأمير خالد بن فهد", "الأمير فيصل")


def _entities(text: str, *quotes: tuple[int, str]) -> list[int | None]:
    idx = SpeakerIndex()
    ids = idx.add_document([_q(start, s) for start, s in quotes], text)
    idx.link()
    return [idx.key(i) for i in ids]


def test_an_unnamed_source_is_not_the_medium_it_spoke_to() -> None:
    text = "وقال ثلاثة مسؤولين محليين ومصدر مطلع لوكالة رويترز إن المفاوضات تعثرت."
    agency, source = _entities(
        text, (0, "وكالة رويترز"), (60, "ثلاثة مسؤولين محليين ومصدر مطلع")
    )
    assert agency != source
    # near miss: a role followed by the name of a speaker of the document is that speaker
    text = "وقال المتحدث باسم وزارة النقل خالد منصور إن المفاوضات تعثرت."
    named, role = _entities(text, (0, "خالد منصور"), (60, "المتحدث باسم وزارة النقل"))
    assert named == role


def test_latin_acronyms_read_as_the_organisation() -> None:
    who = speaker_form("منظمة الصحة العالمية")
    assert same_speaker(speaker_form("الـOMS"), who)
    assert same_speaker(speaker_form("WHO"), who)
    # near miss: another organisation's acronym
    assert not same_speaker(speaker_form("FAO"), who)


def _related(a: Quote, b: Quote) -> bool:
    idx = SpeakerIndex()
    ia = idx.add_document([a], "")
    ib = idx.add_document([b], "")
    idx.link()
    return idx.related(idx.key(ia[0]), idx.key(ib[0]))


def _named(mention: str, name: str) -> Quote:
    q = _q(0, mention)
    return Quote(
        text=q.text, start=q.start, end=q.end, kind=q.kind, speaker=q.speaker, speaker_name=name
    )


def test_an_institution_and_the_person_introduced_as_its_head_are_related() -> None:
    head = _named("المدير العام لمنظمة الأغذية والزراعة شو دونيو", "شو دونيو")
    assert _related(head, _q(0, "منظمة الأغذية والزراعة"))
    assert _related(head, _q(0, "FAO"))
    # near misses: another organisation; the head named without his organisation
    assert not _related(head, _q(0, "منظمة العفو الدولية"))
    assert not _related(_named("شو دونيو", "شو دونيو"), _q(0, "منظمة الأغذية والزراعة"))
