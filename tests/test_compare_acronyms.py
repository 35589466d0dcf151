"""An organisation's acronym in a speaker phrase stands for its full name (acronyms.tsv): the
head of FIFA given by the acronym in one outlet is the person another names with the full title.

Sentences and names written for these tests."""

from __future__ import annotations

from quotecheck.comparison.speakers import SpeakerIndex, speaker_form
from quotecheck.types import Mention, Quote


def _q(speaker: str) -> Quote:
    body = "كلام"
    return Quote(
        text=body, start=0, end=len(body), kind="direct",
        speaker=Mention(speaker, 0, len(speaker)), speaker_name=speaker,
    )


def _linked(a: str, b: str) -> bool:
    idx = SpeakerIndex()
    [ia] = idx.add_document([_q(a)])
    [ib] = idx.add_document([_q(b)])
    idx.link()
    return idx.key(ia) == idx.key(ib)


def test_an_acronym_reads_as_the_full_name() -> None:
    assert speaker_form("رئيس الفيفا").words == speaker_form("رئيس الاتحاد الدولي لكرة القدم").words
    # the word before the acronym is not repeated: لحلف الناتو = لحلف شمال الأطلسي
    assert speaker_form("الأمين العام لحلف الناتو").words == speaker_form(
        "الأمين العام لحلف شمال الأطلسي"
    ).words
    assert not speaker_form("رئيس فيفا").names  # a title, not a person named فيفا


def test_the_head_given_by_acronym_links_to_the_named_head() -> None:
    assert _linked("رئيس فيفا", "كريم الورتاني رئيس الاتحاد الدولي لكرة القدم")


def test_the_head_of_another_body_does_not_link() -> None:
    # near miss: the European body's head, not the international one's
    assert not _linked("رئيس فيفا", "كريم الورتاني رئيس الاتحاد الأوروبي لكرة القدم")
    # a word that only looks like an acronym's letters is no acronym (كافي: not كاف)
    assert speaker_form("وزير الكافي").names == ("كافي",)
