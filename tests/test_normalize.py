"""The one normalisation: strengths of folding, dropped characters, presentation forms, the
canonical form of a whole text, and the words the engine reads from it."""

from __future__ import annotations

import unicodedata

import pytest

from quotecheck import ner_features
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.normalize import (
    COMPARISON,
    NER_V1,
    STANDARD,
    canonical,
    fold,
    fold_letters,
    is_dropped,
    refold_at,
)

# Written for these tests.
SENTENCE = "قال الرئيس إن الحكومة ستواصل العمل"


def _presentation(text: str) -> str:
    """``text`` in isolated presentation forms, letter for letter (as some PDFs give it)."""
    out = []
    for ch in text:
        name = unicodedata.name(ch, "")
        try:
            out.append(unicodedata.lookup(name + " ISOLATED FORM"))
        except KeyError:
            out.append(ch)
    return "".join(out)


def test_standard_fold_unifies_letters_and_drops_marks() -> None:
    assert fold("أَحْمَد") == fold("احمد") == "احمد"
    assert fold("مدرسة") == "مدرسه" and fold("مصطفى") == "مصطفي"
    assert fold("قـــال") == "قال"
    # near miss: hamza seats stay in the standard strength (سئل is not سيل)
    assert fold("سئل") != fold("سيل") and fold("مؤتمر") != fold("موتمر")


@pytest.mark.parametrize("noise", ["\u061c", "\u00ad", "\u034f", "\ufe0f", "\u200d", "\u2066"])
def test_invisible_noise_is_dropped(noise: str) -> None:
    word = "الوزير"
    noisy = noise + word[:3] + noise + word[3:]
    assert fold(noisy) == fold(word)
    assert is_dropped(noise)
    assert not is_dropped("ا")  # near miss: a letter is never dropped


def test_presentation_forms_fold_to_their_letters() -> None:
    assert fold(_presentation("قال")) == "قال"
    assert fold("\ufefb") == "لا"  # the lam-alef ligature: two letters
    assert fold("\ufef7") == "لا"  # lam with alef-hamza: folded alef too
    assert fold("\ufe70") == ""  # an isolated haraka is a diacritic
    # near miss: Arabic punctuation in the block (ornate parentheses) is not a letter
    assert fold("\ufd3e") == "\ufd3e"


def test_comparison_strength_adds_hamza_digits_and_case() -> None:
    assert fold("سئل", COMPARISON) == fold("سيل", COMPARISON)
    assert fold("٢٠١٧ ۲۰۱۷ ٣٫٥٪", COMPARISON) == "2017 2017 3.5%"
    assert fold("AFP", COMPARISON) == "afp"
    assert fold("گوگل", COMPARISON) == "كوكل"
    # near miss: the standard strength keeps digits and case
    assert fold("٢٠١٧ AFP") == "٢٠١٧ AFP"


def test_ner_strength_is_the_shipped_models() -> None:
    """NER_V1 is frozen: harakat U+064B-U+0652, U+0610-U+061A, tatweel and superscript alef
    dropped; alef, ya, ta marbuta and hamza seats folded; nothing else."""
    assert fold("سُئِلَ", NER_V1) == "سيل" == ner_features.fold("سُئِلَ")
    assert fold("مؤتمرٌ", NER_V1) == "موتمر"
    # near misses: what the standard strength does and the frozen one does not
    for s in ("ی", "ک", "\u200c", "\u0653", "\ufefb", "\u061c"):
        assert fold(s, NER_V1) == s != fold(s)


def test_folding_a_text_in_two_parts_agrees_with_fold() -> None:
    word = "وأَكّـد"
    assert len(fold_letters(SENTENCE)) == len(SENTENCE)
    assert WordIndex(word).norms == [fold(word)] == [fold(fold_letters(word))]
    assert refold_at("قا\u00adل " + _presentation("من")) == [2, 5, 6]
    assert refold_at(SENTENCE) == []


def test_canonical_spaces_and_line_ends_one_for_one() -> None:
    for space in "\u2009\u2002\u202f\u3000\u205f\u00a0\u1680":
        t = "قال" + space + "الوزير"
        assert canonical(t) == "قال الوزير"
    for end in ("\r", "\u2028", "\u2029", "\x85"):
        assert canonical("سطر" + end + "سطر") == "سطر\nسطر"
    assert canonical("سطر\r\nسطر") == "سطر \nسطر"  # CR LF: one line end, not two
    assert canonical(SENTENCE) is SENTENCE


def test_canonical_reads_free_standing_controls_as_spaces() -> None:
    """A control that no letter or digit touches (after a colon, around a mark, before a line
    end) reads as a space; one inside or at the edge of a word stays (its word folds it)."""
    for ctrl in ("\u200f", "\u200b", "\u202c", "\ufeff", "\u2069", "\u061c", "\u200f\u200e"):
        t = "قال:" + ctrl + " «نعم»" + ctrl + ".\n"
        assert canonical(t) == "قال:" + " " * len(ctrl) + " «نعم»" + " " * len(ctrl) + ".\n"
        # near misses: inside a word, between a word and its punctuation
        for kept in ("قا" + ctrl + "ل", "قال" + ctrl + ":", "«" + ctrl + "قال", "12" + ctrl + "٪"):
            assert canonical(kept) is kept


def test_canonical_reads_a_bidi_boundary_between_digits_and_letters_as_a_space() -> None:
    """An isolate or a direction mark between a number and a word (a date glued to a title in a
    list of links) separates them; inside a number or a word it stays."""
    assert canonical("2025-08-26\u2069علي") == "2025-08-26 علي"
    assert canonical("الفصل\u200e2") == "الفصل 2"
    for kept in ("12\u200e.5", "12\u200f34", "قا\u200cل"):
        assert canonical(kept) is kept


def test_words_of_a_presentation_form_text_are_the_plain_words() -> None:
    text = _presentation(SENTENCE)
    wi, plain = WordIndex(text), WordIndex(SENTENCE)
    assert wi.norms == plain.norms
    assert wi.starts == plain.starts and wi.ends == plain.ends  # offsets into the original
    lig = "\ufefb\ufe91\ufeaa"  # لابد with a ligature: one character shorter, same word
    assert WordIndex(lig).norms == ["لابد"] and WordIndex(lig).ends == [3]


def test_words_with_noise_keep_their_offsets() -> None:
    text = "\u061cقال الو\u00adزير"
    wi = WordIndex(text)
    assert wi.norms == ["قال", "الوزير"]
    assert [text[a:b] for a, b in zip(wi.starts, wi.ends, strict=True)] == [
        "\u061cقال", "الو\u00adزير"]


def test_strengths_are_cached_apart() -> None:
    assert fold("AFP") == "AFP" and fold("AFP", COMPARISON) == "afp"
    assert fold("AFP", STANDARD) == "AFP"


def test_ner_strength_matches_the_trained_features_on_every_character() -> None:
    """The table the shipped model's features were computed with (quotecheck 0.x
    ner_features), on every BMP character: folding through NER_V1 changes none of them."""
    drop = dict.fromkeys([0x0640, 0x0670, *range(0x064B, 0x0653), *range(0x0610, 0x061B)])
    letters = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                             "ؤ": "و", "ئ": "ي"})
    bmp = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    assert [ner_features.fold(c) for c in bmp] == [c.translate(drop).translate(letters)
                                                   for c in bmp]
