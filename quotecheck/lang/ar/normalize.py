"""The one normalisation of Arabic text: folding, dropped characters, name keys, and the
one-for-one working form of a whole text.

``fold`` works on short strings (words, lexicon entries).  Its default strength,
``STANDARD``, is what the engine and the lexicon use; ``COMPARISON`` adds hamza carriers,
more Persian letters, digits and lower case (matching quotes across outlets); ``NER_V1`` is
frozen: the features of the shipped NER model depend on it (a retrained model may move to
``STANDARD``).  :func:`folding` builds other strengths from the same character sets.

A whole text is folded in two parts that keep offsets apart: ``fold_letters`` (letter for
letter, offsets unchanged) and, on the few words that ``refold_at`` shows to hold dropped
characters or presentation forms, ``fold`` itself.  ``canonical`` maps the spaces, line ends
and paragraph separators of a text to the ones the rules know, one character for one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quotecheck.lang.ar.punctuation import MARK_FORMS

# -- character sets -------------------------------------------------------------------------
#: Harakat, Quranic marks, superscript alef, tatweel: (first, last) code points.
DIACRITICS = ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED),
              (0x0640, 0x0640))
#: Zero-width and bidi controls, word joiner, byte order mark.
CONTROLS = ((0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2069), (0xFEFF, 0xFEFF))
#: Invisible noise of copied and converted text: Arabic letter mark, soft hyphen,
#: combining grapheme joiner, variation selectors (VS16...), Mongolian vowel separator,
#: deprecated format characters.
NOISE = ((0x061C, 0x061C), (0x00AD, 0x00AD), (0x034F, 0x034F), (0xFE00, 0xFE0F),
         (0x180E, 0x180E), (0x206A, 0x206F))
#: Alef with hamza or madda and alef wasla, alef maqsura, ta marbuta, and the Persian
#: letters that Arabic text uses for ya, kaf and ha.
LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
           "ۀ": "ه", "ھ": "ه"}
#: Hamza on ya and waw seats.
HAMZA = {"ئ": "ي", "ؤ": "و"}
#: Persian gaf, veh, peh (foreign names in some outlets).
PERSIAN = {"گ": "ك", "ڤ": "ف", "پ": "ب"}
#: Arabic-Indic and extended (Persian) digits to ASCII, a ``str.translate`` table.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: The digits, the Arabic decimal separator and the percent sign.
NUMERALS = {**{chr(a): chr(b) for a, b in DIGITS.items()}, "٫": ".", "٪": "%"}
#: Arabic presentation forms (text taken from PDFs): Forms-A and Forms-B.
PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))


def chars(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(c) for a, b in ranges for c in range(a, b + 1))


def _presentation_bases() -> dict[str, str]:
    """Each presentation-form letter or ligature -> its base letters (ﻻ -> لا, ﺏ -> ب);
    the isolated forms of harakat (ﹰ) -> the haraka.  Spaces in a decomposition dropped."""
    out = {}
    for ch in chars(PRESENTATION):
        d = unicodedata.decomposition(ch)
        if d.startswith("<") and unicodedata.category(ch).startswith("L"):
            base = "".join(chr(int(x, 16)) for x in d.split()[1:])
            out[ch] = base.replace(" ", "")
    return out


_PRESENTATION_BASES = _presentation_bases()


# -- strengths of folding -------------------------------------------------------------------
@dataclass(frozen=True)
class Folding:
    """One strength of folding: characters dropped, letters mapped, lower case or not."""

    name: str
    table: dict[int, str | None] = field(repr=False, compare=False)
    lower: bool = False

    def __call__(self, s: str) -> str:
        return (s.lower() if self.lower else s).translate(self.table)


def folding(name: str, *, drop: str, letters: dict[str, str], presentation: bool = False,
            lower: bool = False) -> Folding:
    """A strength of folding: ``drop`` removed, ``letters`` mapped, presentation forms to
    their folded base letters (when ``presentation``), lower case first (when ``lower``).
    ``name`` keys the cache of ``fold``: give each strength its own."""
    table: dict[int, str | None] = {ord(a): b for a, b in letters.items()}
    table.update(dict.fromkeys(map(ord, drop)))
    if presentation:
        for ch, base in _PRESENTATION_BASES.items():
            table[ord(ch)] = base.translate(table)
    return Folding(name, table, lower)


#: Characters every standard fold drops.
DROPPED = chars(DIACRITICS) + chars(CONTROLS) + chars(NOISE)
STANDARD = folding("standard", drop=DROPPED, letters=LETTERS, presentation=True)
COMPARISON = folding("comparison", drop=DROPPED, letters={**LETTERS, **HAMZA, **PERSIAN,
                                                           **NUMERALS},
                     presentation=True, lower=True)
#: Frozen: the shipped NER model's features (harakat U+064B-U+0652 only, no controls, no
#: Persian letters, no presentation forms; its callers lower-case first).  Do not change: a
#: new model can be trained on ``STANDARD``.
NER_V1 = folding("ner-v1",
                 drop="\u0640\u0670" + chars(((0x064B, 0x0652), (0x0610, 0x061A))),
                 letters={"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", **HAMZA})

# Folded forms of the strings seen so far, per strength.  Plain str -> str dicts: the
# garbage collector does not track them (an lru_cache keeps one tracked node per entry,
# which every full collection walks).
FOLDED: dict[str, str] = {}
FOLD_CACHE_SIZE = 200_000
_CACHES: dict[str, dict[str, str]] = {STANDARD.name: FOLDED}


def fold(s: str, how: Folding = STANDARD) -> str:
    """Fold one string (default ``STANDARD``: drop diacritics, tatweel, format controls and
    invisible noise; unify alef, ya, ta marbuta; presentation forms to base letters)."""
    cache = FOLDED if how is STANDARD else _CACHES.get(how.name)
    if cache is None:
        cache = _CACHES[how.name] = {}
    r = cache.get(s)
    if r is None:
        if len(cache) >= FOLD_CACHE_SIZE:
            cache.clear()  # bounded: an archive's vocabulary does not pile up
        r = cache[s] = how(s)
    return r


# -- a whole text, offsets kept -------------------------------------------------------------
def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


_DROP = re.compile(_char_class(DROPPED))
_REFOLD = re.compile(_char_class(DROPPED + "".join(_PRESENTATION_BASES)))
# The letter-for-letter part of the folding, as (from, to) pairs for ``str.replace``.
_LETTERS = tuple(LETTERS.items())


def fold_letters(s: str) -> str:
    """The letter-for-letter part of ``fold`` on a whole text (alef, ya, ta marbuta...):
    offsets unchanged.  A few C-level replaces of the whole text are much cheaper than
    folding its words one by one."""
    for a, b in _LETTERS:
        s = s.replace(a, b)
    return s


def refold_at(s: str) -> list[int]:
    """Offsets of the characters ``fold_letters`` leaves for ``fold`` (dropped characters and
    presentation forms): a word holding one is folded whole."""
    return [m.start() for m in _REFOLD.finditer(s)]


def is_dropped(ch: str) -> bool:
    """True for characters that folding removes."""
    return _DROP.match(ch) is not None


#: Spaces (Unicode Zs) other than the plain space.
SPACES = "\u00a0\u1680" + chars(((0x2000, 0x200A),)) + "\u202f\u205f\u3000"
#: Line ends other than ``\n``: line and paragraph separators, next line, vertical tab, form
#: feed, and a carriage return without a line feed after it.
LINE_ENDS = "\u2028\u2029\x85\x0b\x0c"
#: Invisible characters (the controls and the invisible noise) that ``canonical`` reads as
#: spaces where they stand at a word's outer edge: beside a space or a line end, at the
#: text's ends, between two characters that are not letters or digits (``:\u200f «``,
#: ``.\u202c\n``, `` \u200bword``), or between a digit and a letter (a bidi isolate or mark
#: where the direction changes: ``2025\u2069حقوقيون``).  Inside a word, or between a word and
#: its punctuation, they stay (the word holds them and its folded form drops them).
_INVISIBLE = frozenset(chars(CONTROLS) + chars(NOISE))
# One class, runs of it: a fast scan; what each run becomes is decided in ``_canon``.
_CANON_ANY = re.compile(_char_class(SPACES + LINE_ENDS + "\r" + "".join(sorted(_INVISIBLE))))
_CANON = re.compile(_CANON_ANY.pattern + "+")
_CANON_TO = {**dict.fromkeys(SPACES, " "), **dict.fromkeys(LINE_ENDS + "\r", "\n")}


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _canon(m: re.Match[str]) -> str:
    """A run of other spaces, line ends and invisible characters, one character for one."""
    s, text = m.group(), m.string
    a, b = m.span()
    if all(c in _INVISIBLE for c in s):  # invisible only: a space unless a word holds it
        prev = text[a - 1] if a else " "
        nxt = text[b] if b < len(text) else " "
        if (prev.isspace() or nxt.isspace()
                or not (_word_char(prev) or _word_char(nxt))
                or prev.isdigit() and nxt.isalpha() or prev.isalpha() and nxt.isdigit()):
            return " " * len(s)
        return s
    out = []  # (beside a space or a line end: every invisible character is a space)
    for k, c in enumerate(s):
        if c in _INVISIBLE:
            out.append(" ")
        elif c == "\r" and text.startswith("\n", a + k + 1):
            out.append(" ")  # (CR LF: the line ends at the LF, the CR reads as a space)
        else:
            out.append(_CANON_TO[c])
    return "".join(out)


_MARKS_ANY = re.compile(_char_class("".join(MARK_FORMS)))
_ANY = re.compile(_CANON_ANY.pattern[:-1] + "".join(re.escape(c) for c in MARK_FORMS) + "]")
_MARK_TABLE = str.maketrans(MARK_FORMS)
#: A single quotation mark written twice for a double one (''نص''): the pair reads as a
#: double mark and a zero-width space (which quotes and phrases are trimmed of), the space
#: on the side of the word it is glued to.
_DOUBLED = re.compile("''|‘‘|’’")


def _doubled(m: re.Match[str]) -> str:
    a = m.start()
    return "\u200b\"" if a and _word_char(m.string[a - 1]) else "\"\u200b"


_ORTHOGRAPHY = json.loads((Path(__file__).with_name("data") / "orthography.json")
                         .read_text(encoding="utf-8"))["maqsura_as_ya"]


def _words_re(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(f"(?<![^\\W\\d_])(?:{alternatives})(?![^\\W\\d_])")


_MAQSURA_SIGNALS = _words_re(_ORTHOGRAPHY["signals"])
_MAQSURA_RESTORE = _words_re(_ORTHOGRAPHY["restore"])


def maqsura_restored(text: str) -> str:
    """A text that types ي for final ى everywhere (no ى in it, and a word that only ى spells,
    حتى، إلى، متى, written with ي) with the preposition على written so again where it reads
    علي (data/orthography.json), one character for one; else ``text`` itself."""
    if "ى" in text or "ي" not in text or _MAQSURA_SIGNALS.search(text) is None:
        return text
    return _MAQSURA_RESTORE.sub(lambda m: m.group()[:-1] + "ى", text)


#: Letters of Persian keyboards that Arabic text types for ي ك ه (فی، الیوم، وأھم).  The text
#: the rules read has the Arabic letters; a final ی is ي or ى, and the rules that read a final
#: letter as written (علي the name, على the preposition) get على for the words that ``restore``
#: lists (علی، وعلی، فعلی), ي elsewhere.
KEYBOARD_LETTERS = {"ی": "ي", "ک": "ك", "ھ": "ه"}
_KEYBOARD_TABLE = str.maketrans(KEYBOARD_LETTERS)
_KEYBOARD_MAQSURA = _words_re([w[:-1] + "ی" for w in _ORTHOGRAPHY["restore"]])


def keyboard_letters(text: str) -> str:
    """``text`` with the Persian keyboard's ی ک ھ as the Arabic letters (علی as على), one
    character for one; ``text`` itself when it has none."""
    if "ی" not in text and "ک" not in text and "ھ" not in text:
        return text
    text = _KEYBOARD_MAQSURA.sub(lambda m: m.group()[:-1] + "ى", text)
    return text.translate(_KEYBOARD_TABLE)


def canonical(text: str) -> str:
    """``text`` with every space a plain space, every line end ``\\n`` (the CR of CR LF a
    space), every invisible control at a word's outer edge a space, every quotation mark in a
    form the rules know (``punctuation.MARK_FORMS``; a doubled single mark a double one),
    على restored in a text that types ي for ى (``maqsura_restored``) and the Persian
    keyboard's letters as Arabic ones (``keyboard_letters``), one character for one; ``text``
    itself when there is none to change."""
    doubled = "''" in text or "‘‘" in text or "’’" in text
    restored = keyboard_letters(maqsura_restored(text))
    if not doubled and restored is text and _ANY.search(text) is None:  # (most texts)
        return text
    out = _DOUBLED.sub(_doubled, restored) if doubled else restored
    out = _CANON.sub(_canon, out)
    if _MARKS_ANY.search(out) is not None:
        out = out.translate(_MARK_TABLE)
    return text if out == text else out


# -- names ----------------------------------------------------------------------------------
# Letters that transliterations of foreign names swap (سيرغي / سيرجي, كيري / كيرى after
# folding, غوتيريش / جوتيريش, ايرولت / إيرولت after folding).
_NAME_VARIANTS = str.maketrans({"غ": "ج", "ق": "ك", "ث": "ت", "ذ": "د", "ظ": "ض", "ؤ": "و",
                                "ئ": "ي", "ء": None, "و": None, "ي": None, "ا": None})


_NAME_KEYS: dict[str, str] = {}


def name_key(folded_word: str) -> str:
    """A spelling-insensitive key for a folded name word (long vowels and swapped letters)."""
    key = _NAME_KEYS.get(folded_word)
    if key is None:
        if len(_NAME_KEYS) >= FOLD_CACHE_SIZE:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[folded_word] = folded_word.translate(_NAME_VARIANTS) or folded_word
    return key
