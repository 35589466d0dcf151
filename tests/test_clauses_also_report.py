"""كما ("also") before a verb of statement in the clause speaker's person, with no subject of its
own, starts that speaker's next report inside a reported clause; كما قال X ("as X said") and a
verb with its own subject do not.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_kama_with_the_same_speaker_starts_a_report() -> None:
    got = extract_quotes("وقال الطالب إنه بدأ الإضراب منذ أسبوعين وهدد بالانتحار كما أكد أنه "
                         "تعرض لسوء معاملة من طرف الإدارة.")
    assert [(q.text, q.cue.text) for q in got] == [
        ("بدأ الإضراب منذ أسبوعين وهدد بالانتحار", "وقال"),
        ("تعرض لسوء معاملة من طرف الإدارة", "أكد"),
    ]


def test_kama_as_said_stays_in_the_clause() -> None:
    """The near miss: كما قالوا المحللون بأنه is "as the analysts said", no new report."""
    got = extract_quotes("وأكد المحافظ أن الأزمة ستستمر لوقت طويل كما قال المحللون بأنه لا يوجد "
                         "انفراج قريب.")
    assert [q.cue.text for q in got] == ["وأكد"]


def test_kama_with_its_own_subject_stays_in_the_clause() -> None:
    """The near miss: a verb with its own subject after كما is the report the statement relays."""
    got = extract_quotes("وأكدت الوزارة أنه تم إيقاف ثلاثة أشخاص كما اعترف جميعهم بأنهم نقلوا "
                         "البضاعة.")
    assert [q.cue.text for q in got] == ["وأكدت"]
