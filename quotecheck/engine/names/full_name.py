"""A person's full name from its first name on: one walker for the speaker rules (the
subject of a cue, an antecedent's name, the holder of an office named after its title)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import is_nisba, strip_conj

_NAME_WORDS = 5  # words of a full name at most


def name_word(lex: Lexicon, w: str) -> bool:
    """A word that goes on a person's name after its first name: a known name (not
    definite) or a nisba surname (سامي الفهري)."""
    return (w in lex.person_names and not w.startswith(lex.morph.article)) or is_nisba(w)


def joined_name(lex: Lexicon, w: str) -> bool:
    """A compound first name written as one word: a name joiner of three letters or more
    glued to a definite noun (عبدالعزيز، عبدالرحمن، أبوالقاسم), which person_names.txt,
    holding only the parts (عبد العزيز), lacks."""
    art = lex.morph.article
    return any(w.startswith(j) and w[len(j):].startswith(art) and len(w) - len(j) > len(art) + 1
               for j in lex.speaker_lists["name_joiners"] if len(j) > 2)


def opens_name(lex: Lexicon, w: str) -> bool:
    """A known first name (``Lexicon.is_first_name``) or a joined compound one."""
    return lex.is_first_name(w) or joined_name(lex, w)


def full_name_end(lex: Lexicon, norms: Sequence[str], k: int, limit: int,
                  spaced: Callable[[int], bool] = lambda j: True) -> int:
    """The end (exclusive) of the person's name whose first word is ``norms[k]``: the words
    after it that are a known name, a nisba surname, or a joiner (بن، عبد، أبو) with the
    word it joins (أحمد ابراهيم، سامي العياري، عمر بن مسعود، نور الدين بن علي), each with
    nothing but a space before it (``spaced``); five words at most, never past ``limit``."""
    joiners = lex.speaker_lists["name_joiners"]
    end = k + 1
    stop = min(limit, len(norms), k + _NAME_WORDS)
    while end < stop and spaced(end):
        w = norms[end]
        if w in joiners and end + 1 < stop and spaced(end + 1):
            end += 2
        elif name_word(lex, w):
            end += 1
        else:
            break
    return end


def not_a_person(lex: Lexicon, words: Sequence[str]) -> bool:
    """Name-like words that name no person: a title, a country or a country's nisba among
    them (بافاريا الألماني، مدريد الإسباني: the list of names holds places too), or a place."""
    art = lex.morph.article
    return " ".join(words) in lex.places or any(
        w in lex.countries or lex.is_title(w) or w in lex.country_nisba
        or w.startswith(art) and w[len(art):] in lex.country_nisba for w in words)


def person_after_titles(lex: Lexicon, words: Sequence[str], at_least: int = 2) -> int | None:
    """Where a person's full name starts in a name read from a title phrase, when office
    words run into it (تكنولوجيات الاتصال والاقتصاد الرقمي أنور معروف -> 4): a known first
    name after ``at_least`` words or more, none of them a first name or a kinship noun
    (والدة التلميذ مالك بن حمودة names the mother), whose full name (two words or more,
    ``full_name_end``) ends the words; None when there is none."""
    kin = lex.speaker_lists["kinship_nouns"] | lex.speaker_lists["kinship_prefixes"]
    joiners = lex.speaker_lists["name_joiners"]
    n = len(words)
    for p in range(at_least, n - 1):
        w, prev = words[p], words[p - 1]
        if any(lex.is_first_name(x) or x in kin for x in words[:p]):
            return None
        if lex.is_first_name(w) and strip_conj(prev) in lex.speaker_lists["kunya_heads"]:
            # جارة العائلة أم خالد الرفاعي: the kunya (أم، أبو) opens the name
            ok = p - 1 >= at_least and full_name_end(lex, words, p, n) == n
            return p - 1 if ok and not not_a_person(lex, words[p:]) else None
        if not lex.is_first_name(w) or prev in lex.person_names or prev in joiners or (
                p == 1 and _definite_name(lex, prev)):
            continue  # (الطاهر محمد الهمامي: a definite first name opens the name)
        if full_name_end(lex, words, p, n) == n and not not_a_person(lex, words[p:]):
            return p
        return None
    return None


def _definite_name(lex: Lexicon, w: str) -> bool:
    """A personal name with the article (الطاهر: طاهر is a name)."""
    art = lex.morph.article
    return w.startswith(art) and w[len(art):] in lex.person_names


__all__ = [
    "full_name_end", "joined_name", "name_word", "not_a_person", "opens_name",
    "person_after_titles",
]
