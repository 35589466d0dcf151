"""A title whose body has a name of its own, then the office holder's name set off by commas
(عميد كلية العلوم بجندوبة، سامي الهادي، اليوم أنه; مدير معهد "X"، نبيل Y إن), and surnames
that read like ب + the article (بالعم، بالحاج) once the document has named the person
(``engine.cue_speaker.apposed_name``, ``engine.speakers.phrase_after``).  Sentences written
for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def test_the_name_after_a_named_body_is_the_office_holder() -> None:
    text = ("أكد عميد كلية العلوم القانونية بجندوبة، سامي الهادي، اليوم الاثنين أنه تمت"
            " الإحاطة بالطالب.")
    assert _names(text) == ["سامي الهادي"]


def test_a_segment_without_a_known_first_name_is_no_name() -> None:
    """The near miss: after a body's name the segment set off by commas is a place, not a
    person (no known first name opens it)."""
    text = "أكد مدير مستشفى الرابطة بتونس، المنطقة الشمالية، أمس أن الوضع مستقر."
    assert [q.speaker.text for q in extract_quotes(text)] == ["مدير مستشفى الرابطة بتونس"]


def test_a_person_named_in_the_phrase_takes_no_second_name() -> None:
    """The near miss: the phrase names its person already (علي العريض); a name later in
    the sentence belongs to someone else."""
    text = ("قال نائب رئيس الحركة، علي العريض في تعليقه على إقالة وزيرة المالية، لمياء"
            " الزريبي، إن القرار سيادي.")
    assert _names(text) == ["علي العريض"]


def test_the_quoted_name_of_an_institute_then_the_person() -> None:
    text = ('قال مدير معهد "أمل للدراسات"، نبيل بالعم إن الاستطلاع دقيق. وقال بالعم إن'
            " النتائج ستنشر غدا.")
    assert _names(text) == ["نبيل بالعم", "نبيل بالعم"]


def test_a_surname_with_ba_after_its_first_name_was_given() -> None:
    text = ("وقال رئيس الجمعية سمير بالحاج إن الوضع صعب. وأضاف بالحاج أن الحل قريب.")
    assert [q.speaker.text for q in extract_quotes(text)][1] == "بالحاج"


def test_a_prepositional_phrase_is_no_surname() -> None:
    """The near miss: بالتنسيق after the verb is a prepositional phrase (no person was
    named with it): the speaker is the earlier one."""
    text = ("وقال رئيس الجمعية سمير بالحاج إن الوضع صعب. وأضاف بالتنسيق مع الوزارة أن الحل"
            " قريب.")
    assert _names(text) == ["سمير بالحاج", "سمير بالحاج"]


def test_an_adjective_of_the_office_is_no_part_of_the_name() -> None:
    text = "أكد وزير الوظيفة العمومية المقال سامي الهادي أن الحكومة لم تستشره."
    assert _names(text) == ["سامي الهادي"]


def test_a_definite_first_name_stays_in_the_name() -> None:
    """The near miss: الطاهر opens the name (طاهر is a personal name), no adjective."""
    text = "قال رئيس الجمعية الطاهر محمد الهمامي إن الوضع صعب."
    assert _names(text) == ["الطاهر محمد الهمامي"]


def test_a_title_later_takes_the_name_after_a_nisba_and_an_honorific() -> None:
    text = ("أكد وزير المالية السعودي الأمير عبد العزيز بن فهد أن السوق مستقرة. وأضاف وزير"
            " المالية أن الإنتاج سيرتفع.")
    assert _names(text) == ["عبد العزيز بن فهد"] * 2


def test_a_place_after_the_nisba_is_no_name() -> None:
    """The near miss: بتونس after السفير الألماني is the post, no name."""
    text = ("التقى السفير الألماني بتونس وفدا من الجمعية. وقال السفير إن التعاون مهم.")
    assert _names(text) == ["السفير"]


def test_a_title_word_after_a_name_joiner_is_part_of_the_name() -> None:
    text = "وقال الوزير سامي بن الشيخ إن الوضع صعب. وأضاف بن الشيخ أن الحل قريب."
    assert _names(text) == ["سامي بن الشيخ"] * 2


def test_a_title_word_after_a_name_still_ends_it() -> None:
    """The near miss: without a joiner before it, الشيخ opens another title."""
    text = "وقال سامي العلوي الشيخ الجليل إن الحل قريب."
    assert _names(text) == ["سامي العلوي"]


def test_the_object_after_the_name_found_for_a_title_is_dropped() -> None:
    text = ("التقى رئيس الوزراء سامي شياع العلوي وفدا أمريكيا. وقال رئيس الوزراء إن العراق"
            " يرفض التدخل.")
    assert _names(text)[-1] == "سامي شياع العلوي"


def test_a_name_in_alef_after_the_title_stays() -> None:
    """The near miss: رضا is a personal name in alef, no object."""
    text = ("التقى الوزير سامي العلوي رضا وفدا أمريكيا. وقال الوزير إن العراق يرفض التدخل.")
    assert _names(text)[-1] == "سامي العلوي رضا"


def test_the_head_of_the_body_points_back_to_its_holder() -> None:
    text = ("وأكد رئيس مجلس النواب، سامي العلوي، أن الانتخابات ستجرى. وقال رئيس المجلس إن"
            " القانون جاهز.")
    assert _names(text) == ["سامي العلوي"] * 2


def test_the_head_of_another_body_is_not_linked() -> None:
    """The near miss: رئيس الجمعية is not the holder of رئيس مجلس النواب."""
    text = ("وأكد رئيس مجلس النواب، سامي العلوي، أن الانتخابات ستجرى. وقال رئيس الجمعية إن"
            " القانون جاهز.")
    assert _names(text) == ["سامي العلوي", "رئيس الجمعية"]
