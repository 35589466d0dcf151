"""genitive_institution: a headline lead of two or three words that the text writes again after
ل within two words after an institution's noun (``الهلال الأخضر :`` ... ``الجمعية الوطنية
للهلال الأخضر``) is that body's short name, a speaker; the same words after ل following a
noun of no institution (``الحملة الثانية للهلال الأخضر``) stay a topic.  Sentences written
for the test."""

from __future__ import annotations

from extract_helpers import headlines as _headlines

_TITLE = "الهلال الأخضر: بدء توزيع المساعدات على العائلات المتضررة من الفيضانات"
_STATEMENT = "بدء توزيع المساعدات على العائلات المتضررة من الفيضانات"


def test_the_lead_named_after_an_institutions_noun_speaks() -> None:
    got = _headlines(_TITLE + "\n\nبدأت الجمعية الوطنية للهلال الأخضر صباح اليوم توزيع "
                     "المساعدات في القرى المتضررة.")
    assert got == [(_STATEMENT, "الهلال الأخضر")]


def test_the_lead_after_another_noun_stays_a_topic() -> None:
    """The near miss: ل after a noun that heads no institution."""
    got = _headlines(_TITLE + "\n\nانطلقت الحملة الثانية للهلال الأخضر صباح اليوم في القرى "
                     "المتضررة.")
    assert got == []


def test_the_text_cut_right_after_the_name() -> None:
    got = _headlines(_TITLE + "\n\nبدأت الجمعية الوطنية للهلال الأخضر")
    assert got == [(_STATEMENT, "الهلال الأخضر")]
    assert _headlines(_TITLE + "\n\nبدأت الجمعية الوطنية للهلال") == []
