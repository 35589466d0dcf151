"""A cue's scan for its trigger reaches SCAN_WORDS words of its own sentence; the words
inside a marked title it passes (an event's, an article's or a programme's name after
بعنوان، حول) cost no reach (round 8, qb9): ... على هامش ندوة بعنوان "<a long title>" أن
still reports the clause after أن.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes

#: A frame of 24 plain words between the cue's subject and the title.
FRAME = ("في تصريح لمراسل الإذاعة المحلية يوم الخميس على هامش إشرافه على ندوة "
         "الإطارات النقابية بالداخل والخارج التي انعقدت في مدينة سوسة بحضور عدد من "
         "النواب")
#: Sixteen words in marks: the title of the event.
TITLE = ("مهام المرشد الاجتماعي في ظل تطور الأولويات الوطنية وتعدد المتدخلين في مجال "
         "الإحاطة بالعائلات التونسية بالخارج")


def quotes(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each quote, in order."""
    return [(q.kind, q.text) for q in extract_quotes(text)]


def test_long_marked_title_in_the_frame_costs_no_reach() -> None:
    """The complementizer stands 40 words after the cue, 16 of them the title in marks."""
    text = f'وأضاف الوزير {FRAME} تحت عنوان "{TITLE}" أن الحكومة ستفتح حوارا مع النقابات قريبا.'
    assert quotes(text) == [("indirect", "الحكومة ستفتح حوارا مع النقابات قريبا")]


def test_the_same_words_unmarked_still_exhaust_the_reach() -> None:
    """The near miss: the title's words without marks are plain words of the frame, and the
    complementizer 40 words on is out of the cue's reach."""
    text = f"وأضاف الوزير {FRAME} تحت عنوان {TITLE} أن الحكومة ستفتح حوارا مع النقابات قريبا."
    assert quotes(text) == []
