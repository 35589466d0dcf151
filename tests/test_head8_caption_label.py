"""A photo caption's label (``صورة:``، ``الصورة:``; labels.txt, beside its plural صور) is page
furniture before a colon, no speaker.  Sentences written for the test."""

from __future__ import annotations

from quotecheck import extract_quotes


def _heads(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text) if q.headline]


_TEXT = ("وزير الثقافة: الدورة القادمة ستكون استثنائية بكل المقاييس\n\n"
         "افتتحت مساء أمس فعاليات المهرجان الدولي بحضور وزير الثقافة.\n"
         "{label}: من حفلات الدورة السابقة (أرشيف)\n"
         "ويستمر المهرجان أسبوعا كاملا.")


def test_a_photo_captions_label_is_no_speaker() -> None:
    """The title's headline stays; the caption line gives none."""
    want = [("الدورة القادمة ستكون استثنائية بكل المقاييس", "وزير الثقافة")]
    assert _heads(_TEXT.format(label="صورة")) == want
    assert _heads(_TEXT.format(label="الصورة")) == want


def test_a_word_of_the_same_root_that_names_a_speaker_still_speaks() -> None:
    """The near miss: المصور (the photographer) is a role noun of no label list; his words
    in a caption line after his role are a headline."""
    got = _heads("المصور الصحفي: كانت الليلة الأجمل في تاريخ المهرجان\n\nنص.")
    assert got == [("كانت الليلة الأجمل في تاريخ المهرجان", "المصور الصحفي")]
