"""على أن after a cue that does not govern على is a proviso, "provided that", no report
(تعهدت النقابة بالتقدم بمشروع، على أن تنتهي ...); after شدد، أكد or بالتأكيد it reports.
Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def test_proviso_after_pledge_is_no_quote() -> None:
    got = extract_quotes("وتعهدت النقابة العامة بالتقدم بمشروع خلال أسبوعين، على أن تنتهي "
                         "المناقشات موفى الشهر القادم.")
    assert got == []


def test_proviso_after_announcement_is_no_quote() -> None:
    got = extract_quotes("وأعلنت الوزارة عن فتح باب الترشح، على أن يكون آخر أجل يوم الجمعة.")
    assert got == []


def test_governed_ala_reports() -> None:
    """The near miss: شدد governs على, its complementizer opens the report."""
    got = extract_quotes("وشدد الوزير، خلال الندوة، على أن الدولة ستدعم الفلاحين الصغار.")
    assert [(q.text, q.cue.text) for q in got] == [("الدولة ستدعم الفلاحين الصغار", "وشدد")]


def test_governing_noun_reports() -> None:
    """The near miss: بالتأكيد governs على after a verb that does not (ختم)."""
    got = extract_quotes("وختم المدير بالتأكيد على أن الموسم كان ناجحا.")
    assert [q.text for q in got] == ["الموسم كان ناجحا"]


def test_name_ali_is_no_proviso() -> None:
    """The near miss: the name علي, which folds like على, before the complementizer."""
    got = extract_quotes("وأوضح المدير الجهوي فرج علي أن الحافلات الجديدة ستصل قريبا.")
    assert [q.text for q in got] == ["الحافلات الجديدة ستصل قريبا"]
