"""The surface conventions of other outlets change no quote: sentences written for these tests
give the same quotes (kind, folded text, folded speaker) under each variant, with exact offsets
into the text as given; near misses where the variant must not change the reading."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from quotecheck import Quote, extract_quotes
from quotecheck.find.wrapping import is_hard_wrapped
from quotecheck.lang.ar.normalize import COMPARISON, canonical, fold

# Written for these tests.
TEXT = (
    'قال وزير الخارجية سامي الحداد في 12 مدينة: "سنواصل العمل من أجل السلام في المنطقة".\n'
    'وأضاف الحداد أن "المفاوضات ستستأنف الأسبوع المقبل"، مؤكدا أن الحكومة لن تتراجع عن '
    "موقفها.\n"
    'وقالت الناطقة باسم الوزارة ليلى العابد لـ"إذاعة المدينة" إن "الطريق سيفتح غدا أمام '
    'المسافرين".\n'
)
# A list of statements after a colon (each bullet a quote).
LIST = ("قال وزير الخارجية كمال الهادي:\n\n  • الحكومة لن تتراجع عن الإصلاحات الاقتصادية\n"
        "  • المفاوضات مع الشركاء ستستأنف الأسبوع المقبل\n")


def _marks(opening: str, closing: str) -> Callable[[str], str]:
    """Double marks in one style: the first of each line's pairs opens (clean text)."""
    def apply(text: str) -> str:
        out = []
        for line in text.split("\n"):
            k = 0

            def turn(_: re.Match[str]) -> str:
                nonlocal k
                k += 1
                return opening if k % 2 else closing
            out.append(re.sub('"', turn, line))
        return "\n".join(out)
    return apply


def _spaced(text: str) -> str:
    """A space inside each mark: ``" نص "``."""
    k = 0

    def turn(_: re.Match[str]) -> str:
        nonlocal k
        k += 1
        return '" ' if k % 2 else ' "'
    return re.sub('"', turn, text)


def _lines(before: str, after: str) -> Callable[[str], str]:
    return lambda t: "\n".join(before + ln + after if ln else ln for ln in t.split("\n"))


VARIANTS: dict[str, Callable[[str], str]] = {
    "curly": _marks("“", "”"),
    "curly reversed": _marks("”", "“"),
    "guillemets": _marks("«", "»"),
    "low-high": _marks("„", "“"),
    "two apostrophes": _marks("''", "''"),
    "two curly apostrophes": _marks("‘‘", "’’"),
    "high reversed and double prime": _marks("‟", "″"),
    "single guillemets": _marks("‹", "›"),
    "corner brackets": _marks("「", "」"),
    "spaced marks": _spaced,
    "latin comma": lambda t: t.replace("،", ","),
    "colon glued to the mark": lambda t: t.replace(': "', ':"'),
    "comma inside the marks": lambda t: t.replace('"،', '،"'),
    "no space after a comma": lambda t: t.replace("، ", "،"),
    "space before a comma": lambda t: t.replace("، ", " ، "),
    "persian letters": lambda t: t.translate(str.maketrans("يىك", "ییک")),
    "tatweel": lambda t: t.replace("المفاوضات", "المفـاوضات").replace("قال ", "قـال "),
    "diacritics": lambda t: t.replace("سنواصل", "سَنُوَاصِلُ").replace("وأضاف", "وَأَضَافَ"),
    "no hamza": lambda t: t.translate(str.maketrans("أإآ", "ااا")),
    "rlm after punctuation": lambda t: re.sub('([:،."])', "\\1\u200f", t),
    "zero width space after spaces": lambda t: t.replace(" ", " \u200b"),
    "byte order mark at line starts": _lines("\ufeff", ""),
    "bidi embedding per line": _lines("\u202b", "\u202c"),
    "isolated digits": lambda t: t.replace("12", "\u206612\u2069"),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "narrow no-break space before colon": lambda t: t.replace(":", "\u202f:"),
    "cr lf": lambda t: t.replace("\n", "\r\n"),
    "indic digits": lambda t: t.replace("12", "١٢"),
    "persian digits": lambda t: t.replace("12", "۱۲"),
    "space before colon": lambda t: t.replace(":", " :"),
    "double spaces": lambda t: t.replace(" ", "  "),
}

_PLAIN_MARKS = str.maketrans(dict.fromkeys("“”«»„", '"'))
_EDGE = " \"'.,،:;؛!?؟"


def _plain(s: str | None) -> str | None:
    """A string folded across the variants: letters, digits, controls, marks, spaces."""
    if s is None:
        return None
    s = fold(s, COMPARISON).translate(_PLAIN_MARKS)
    return " ".join(s.split()).strip(_EDGE)


def _reading(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = extract_quotes(text)
    for q in quotes:
        _exact(text, q)
    return [(q.kind, _plain(q.text), _plain(q.speaker.text if q.speaker else None))
            for q in quotes]


def _exact(text: str, q: Quote) -> None:
    assert text[q.start : q.end] == q.text
    for m in (q.cue, q.speaker):
        assert m is None or text[m.start : m.end] == m.text


def test_the_texts_have_quotes_of_every_kind() -> None:
    kinds = [k for k, _, _ in _reading(TEXT)]
    assert len(kinds) >= 4 and {"direct", "mixed"} <= set(kinds)
    assert len(_reading(LIST)) == 2


CASES = [pytest.param(name, text, id=f"{tid}-{name}") for tid, text in (("text", TEXT),
                                                                        ("list", LIST))
         for name in VARIANTS if VARIANTS[name](text) != text]


@pytest.mark.parametrize(("name", "text"), CASES)
def test_a_variant_reads_the_same(name: str, text: str) -> None:
    assert _reading(VARIANTS[name](text)) == _reading(text)


@pytest.mark.parametrize("name", list(VARIANTS))
def test_a_variant_names_the_same_speakers(name: str) -> None:
    variant = VARIANTS[name](TEXT)
    names = [_plain(q.speaker_name) for q in extract_quotes(TEXT)]
    assert [_plain(q.speaker_name) for q in extract_quotes(variant)] == names
    assert all(n is None or "  " not in n for n in names)


# -- the direction of a mark with spaces around it -------------------------------------------
def _direct(text: str) -> list[str]:
    return [_plain(q.text) for q in extract_quotes(text) if q.kind == "direct"]


def test_a_spaced_mark_after_a_lone_proclitic_opens() -> None:
    text = 'وقال المدير كمال الهادي إن " الخطة جاهزة " و" التنفيذ يبدأ غدا في كل الولايات ".\n'
    assert "التنفيذ يبدا غدا في كل الولايات" in [_plain(q.text) for q in extract_quotes(text)]


def test_a_spaced_mark_before_a_full_stop_closes() -> None:
    text = ('وقال المدير كمال الهادي: " سنعود إلى طاولة الحوار قريبا ". ثم غادر القاعة '
            'دون أن يضيف " أي تفاصيل أخرى " للصحفيين.\n')
    assert _direct(text)[0] == "سنعود الي طاوله الحوار قريبا"


def test_near_miss_an_apostrophe_alone_is_no_double_mark() -> None:
    """A doubled apostrophe is one mark; a single one inside a word (a transliteration) or a
    lone one opens nothing that a doubled one closes."""
    text = "وقال المدرب كمال الهادي إن فريق دي'ماريا ''سيلعب من أجل الفوز في كل المباريات''.\n"
    assert [_plain(q.text) for q in extract_quotes(text) if q.kind != "indirect"] == [
        "سيلعب من اجل الفوز في كل المباريات"]
    single = text.replace("''", "'", 1)  # a lone mark and a doubled one: no pair
    assert [q.kind for q in extract_quotes(single)] == ["indirect"]


def test_the_rules_read_every_mark_in_a_form_they_know() -> None:
    """The working text writes the marks of other outlets as " « »; offsets stay those of the
    text as given."""
    text = 'قال الوزير: „نص“ و‹أ› و「ب」 و″ج″ و\'\'د\'\'.'
    work = canonical(text)
    assert len(work) == len(text)
    assert set(work) & set("„‹›「」″") == set() and work.count("«") == 2
    assert work.count('"') == 5 and "\u200b" in work
    # near misses: a single apostrophe, or a single curly one, is no double mark
    for kept in ("دي'ماريا", "Qur’an", "‘نص’"):
        assert canonical(kept) is kept


def test_near_miss_a_mark_after_a_comma_still_opens() -> None:
    """A comma before a mark with a space after it is no sentence end: the speaker's phrase
    closes there and the quote opens."""
    text = 'قال المدير العام للشركة، كمال الهادي،" لن نغلق المصنع هذا العام ولا العام المقبل".\n'
    assert _direct(text) == ["لن نغلق المصنع هذا العام ولا العام المقبل"]


def test_near_miss_a_control_inside_a_word_is_no_space() -> None:
    """A zero-width non-joiner inside the speaker's name keeps the name one word."""
    text = TEXT.replace("الحداد في", "الحد\u200cاد في")
    assert _reading(text) == _reading(TEXT)
    q = extract_quotes(text)[0]
    assert "\u200c" in q.speaker.text


# -- hard-wrapped text: a colon standing alone is no word -------------------------------------
LINES = ["قال الوزير كمال الهادي في مؤتمر صحفي عقده اليوم بالعاصمة",
         "إن الحكومة ستواصل العمل من أجل تحسين الأوضاع الاقتصادية",
         "في كل الولايات خلال الأشهر المقبلة دون أي استثناء.",
         "وأضاف الهادي أن المفاوضات مع الشركاء ستستأنف قريبا.",
         "كلمات دلالية: وزير الخارجية",
         "اقرأ أيضا"]


def test_a_space_before_a_colon_makes_no_prose_line() -> None:
    text = "\n".join(LINES)
    assert not is_hard_wrapped(text)
    assert not is_hard_wrapped(text.replace(":", " :"))
    # near miss: a line of five words is prose, its colon or not
    longer = text.replace("كلمات دلالية:", "كلمات دلالية جديدة:")
    assert is_hard_wrapped(longer) and is_hard_wrapped(longer.replace(":", " :"))


# -- a text that types ي for final ى ------------------------------------------------------------
STANDARD = ("أكد وزير المالية كمال الهادي في مؤتمر صحفي أن الحكومة عازمة على مواصلة الإصلاحات حتى "
            "نهاية العام.\nوشدد على أن الاقتصاد قادر على النمو في السنوات المقبلة.\n")


def test_a_text_typing_ya_for_maqsura_reads_its_preposition() -> None:
    """وشدد علي أن ...: in a text that writes no ى and spells حتى as حتي, علي is the
    preposition, not the name (the speaker stays the minister)."""
    typed = STANDARD.replace("ى", "ي")
    assert _reading(typed) == _reading(STANDARD)
    assert canonical(typed).count("على") == 3 and len(canonical(typed)) == len(typed)


def test_near_miss_the_name_ali_in_a_text_that_writes_maqsura() -> None:
    """A text that writes ى (إلى) keeps علي as written: the name."""
    text = ("قال علي الهادي، رئيس النقابة، إن الإضراب سيستمر إلى نهاية الأسبوع.\n"
            "وأضاف علي الهادي أن المفاوضات متوقفة.\n")
    assert canonical(text) is text
    assert [_plain(q.speaker_name) for q in extract_quotes(text)] == ["علي الهادي"] * 2
    # nor a text with no ى and no word that only ى spells (حتى، إلى، متى): no sign of the
    # convention
    plain = text.replace("إلى", "في")
    assert canonical(plain) is plain


def test_persian_keyboard_letters_read_as_arabic_names_kept_as_written() -> None:
    """ی ک ھ read as ي ك ه (a nisba surname ends in ي), علی as the preposition على; the
    speaker's name keeps the letters the text writes."""
    text = STANDARD.translate(str.maketrans("يىكه", "ییکھ"))
    work = canonical(text)
    assert fold(work) == fold(STANDARD) and work.count("على") == STANDARD.count("على")
    assert not set(work) & set("یکھ")
    assert _reading(text) == _reading(STANDARD)
    assert {q.speaker_name for q in extract_quotes(text)} == {"کمال الھادی"}
    # near miss: the Arabic letters themselves are left as they are
    assert canonical(STANDARD) is STANDARD
