"""A title-only speaker (وزير الخارجية الأمريكي) linked to the name that follows the same
title elsewhere in the document (وزير الخارجية الأمريكي جون كيري), or precedes it in
apposition (جون كيري، وزير الخارجية الأمريكي)."""

from __future__ import annotations

from collections.abc import Iterator

from quotecheck.engine.evidence import COMMAS, NAME_END, NAME_END_COMMA
from quotecheck.engine.names.after_title import LEADS, NAME_WORDS, name_after_title
from quotecheck.engine.names.apposed import name_before_comma
from quotecheck.engine.names.book import NameBook, NameKey
from quotecheck.engine.names.context import NameContext
from quotecheck.engine.names.full_name import joined_name
from quotecheck.engine.phrase_stops import object_after_title
from quotecheck.engine.speakers import SpeakerSpan, ends_subject, stops_phrase
from quotecheck.find.positions import WordPositions
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import conj_spellings, is_nisba, strip_conj


class TitleNames:
    """Names after titles in one document: each title looked up once (memo), its
    occurrences found lazily (``WordPositions``)."""

    def __init__(self, ctx: NameContext, book: NameBook) -> None:
        self.ctx, self.book = ctx, book
        self._memo: dict[NameKey, NameKey | None] = {}
        self._word_positions: WordPositions | None = None
        self.apposed: set[NameKey] = set()  # names that ``name_after_title`` vouched for

    def name_for(self, sp: SpeakerSpan) -> NameKey | None:
        """A title-only speaker phrase: the name that follows the same title first in the
        document (its text noted in the book); None for a country or body."""
        lex = self.ctx.lex
        words = self.ctx.wi.norms[sp.first : sp.last + 1]
        title = [strip_conj(w) for w in words]
        role = not any(w in lex.titles for w in title + words)  # (وزيرة strips to زيرة)
        if role and not _role_title(lex, title):
            return None  # الولايات المتحدة: a country or body, no person's name to find
        memo_key = tuple(title)
        if memo_key not in self._memo:
            self._memo[memo_key] = self._find(title, role)
        return self._memo[memo_key]

    def _find(self, title: list[str], role: bool = False) -> NameKey | None:
        """The name after the first occurrence of ``title`` that has one; after a role
        (مدرب الفريق: ``_role_title``) only one with the evidence of ``name_after_title``."""
        ctx = self.ctx
        wi, norms, m = ctx.wi, ctx.wi.norms, len(title)
        if m == 0:
            return None
        for s in self._positions(title[0]):
            if s + m > len(norms) or [strip_conj(w) for w in norms[s : s + m]] != title:
                continue
            j = past_qualifiers(ctx.lex, wi, past_joined_portfolios(ctx.lex, wi, s + m))
            e = j if role else _name_end(ctx.lex, wi, j)
            apposed = None
            if e <= j and not _after_preposition(ctx.lex, wi, s):
                apposed = name_after_title(ctx.lex, wi, j)  # (TITLE، NAME،)
                j, e = apposed or (j, e)
            if e <= j and not role:  # no name after the title: one before it (NAME، TITLE)
                j, e = name_before_comma(ctx.lex, wi, s) or s, s
            if e > j:
                key = tuple(norms[j:e])
                self.book.note_surface(key, ctx.text[wi.starts[j] : wi.ends[e - 1]])
                if apposed:
                    self.apposed.add(key)
                    self.book.add_found_person(key)
                return key
        return None

    def _positions(self, word: str) -> Iterator[int]:
        """Ascending indices of the words w with strip_conj(w) == word, found lazily."""
        if self._word_positions is None:
            self._word_positions = WordPositions(self.ctx.wi.norms, strip_conj, conj_spellings)
        return self._word_positions.of(word)


def _role_title(lex: Lexicon, title: list[str]) -> bool:
    """A title phrase headed by a sports role, indefinite (مدرب الفريق، لاعب النادي:
    speaker_words.json role_titles) or a profession (عالمة المناخ), which titles.txt leaves
    out: its holder is named only with the evidence of ``name_after_title``."""
    return len(title) > 1 and title[0] in role_heads(lex)


def role_heads(lex: Lexicon) -> frozenset[str]:
    """The indefinite heads titles.txt leaves out whose holder is named only with the
    evidence of ``name_after_title``: sports roles (مدرب، لاعب) and professions (عالمة
    المناخ، كبير الباحثين، أستاذ القانون: speaker_words.json profession_titles)."""
    return lex.speaker_lists["role_titles"] | lex.speaker_lists["profession_titles"]


def _after_preposition(lex: Lexicon, wi: WordIndex, s: int) -> bool:
    """The title at word s is a preposition's object (عضو لجنة الدفاع في البرلمان الليبي،
    X: the name after the comma is the member's, not the parliament's)."""
    if s == 0:
        return False
    prev = strip_conj(wi.norms[s - 1])
    return prev in lex.soft_prep or prev in lex.leading_prepositions


def past_qualifiers(lex: Lexicon, wi: WordIndex, j: int) -> int:
    """The first word after the nisba adjectives and honorific titles that follow a title at
    word j (وزير المالية السعودي الأمير عبد العزيز بن فهد: the name after السعودي
    الأمير), with nothing but spaces between; j itself when no known first name
    (person_names.txt) or name joiner (عبد، أبو) follows them (السفير الألماني بتونس)."""
    norms, k = wi.norms, j
    while (k < len(norms) and k - j < LEADS and not wi.gap(k).strip(" ")
           and norms[k].startswith(lex.morph.article)
           and (is_nisba(norms[k]) or lex.is_title(norms[k]))):
        k += 1
    if k == j or k >= len(norms) or wi.gap(k).strip(" ") or not (
            norms[k] in lex.person_names or joined_name(lex, norms[k])
            or norms[k] in lex.speaker_lists["name_joiners"]) or stops_phrase(lex, wi, k):
        return j
    return k


def _name_end(lex: Lexicon, wi: WordIndex, j: int) -> int:
    """The end of the name starting at word j after a title (j itself when none does): a few
    words up to punctuation, a stop word, a title, a preposition, كان or an accusative."""
    norms, m = wi.norms, lex.morph
    e = j
    while e < len(norms) and e - j < NAME_WORDS:
        gap = wi.gap(e)
        if e > j and not NAME_END_COMMA.isdisjoint(gap):
            break
        if e == j and not NAME_END.isdisjoint(gap):
            break
        w = norms[e]
        if (stops_phrase(lex, wi, e) or lex.is_title(w) and not (
                e > j and norms[e - 1] in lex.speaker_lists["name_joiners"])
                or w in lex.soft_prep or (e == j and is_nisba(w))
                or w in lex.apposed_roles or w.startswith(m.lam) or w in lex.object_openers
                or w in lex.kana_forms  # (، كان صرح: the verb after the name, no name)
                or (e - j >= 2 and w.startswith(m.ba_article))
                or (e == j and _ba_phrase(lex, w))  # (وفق الوزير، بصعوبة ...: no name)
                or (e == j and j > 0 and object_after_title(lex, norms[j - 1 : j + 2]))
                or (e > 0 and ends_subject(lex, w, norms[e - 1]))  # الوزير مجددا، ضرورة
                or _bare_accusative_after_name(lex, w, e - j)
                or lex.accusative(wi.text[wi.starts[e] : wi.ends[e]], w)):
            break
        e += 1
    return e


def _ba_phrase(lex: Lexicon, w: str) -> bool:
    """Word w opens a ب-phrase, no name: ب + a word, not a known name nor a surname's
    opening (بوغنجة، بلحاج، بن: speaker_words.json surname_ba_openings)."""
    m = lex.morph
    return (w[:1] == m.ba and len(w) > 3 and w not in lex.person_names
            and w[1:] not in lex.person_names
            and not w.startswith(tuple(lex.speaker_lists["surname_ba_openings"])))


def _bare_accusative_after_name(lex: Lexicon, w: str, words: int) -> bool:
    """Word w, after two words of a name, is an indefinite accusative without its tanween
    written (التقى رئيس الوزراء محمد شياع السوداني وفدا): the verb's object, not the name's
    (not a name in alef, رضا; not a pronoun suffix, ها/نا)."""
    m = lex.morph
    return (words >= 2 and len(w) >= 4 and w.endswith(m.alef) and not w.startswith(m.article)
            and not w.endswith(tuple(lex.speaker_lists["pronoun_endings"]))
            and w not in lex.person_names)


def past_joined_portfolios(lex: Lexicon, wi: WordIndex, j: int) -> int:
    """The first word after the nouns joined to a title at word j (وزير الفلاحة
    والموارد المائية والصيد البحري سمير الطيب; الصناعة و الطاقة), each with at most one
    definite adjective (a nisba, or any definite word not followed by another one),
    and a بال- complement first: where the name after the title begins."""
    norms, n, m = wi.norms, len(wi.norms), lex.morph
    if j < n and norms[j].startswith(m.ba_article) and COMMAS.isdisjoint(wi.gap(j)):
        j += 1  # (المدير الجهوي بالشابة أحمد بنور: a place; بالاستقالة: no name after)
    while j < n and COMMAS.isdisjoint(wi.gap(j)):
        w = norms[j]
        if (w.startswith(m.conjunction_article) and len(w) > 4
                and w not in lex.conjunction_lookalikes):
            j += 1
        elif (w.startswith(m.conjunction) and len(w) > 3 and j + 1 < n
              and norms[j + 1].startswith(m.article)
              and w not in lex.conjunction_lookalikes
              and COMMAS.isdisjoint(wi.gap(j + 1))):
            j += 2  # (والحوكمة ومقاومة الفساد: a joined noun in construct)
        elif w == m.conjunction and j + 1 < n and norms[j + 1].startswith(m.article):
            j += 2
        else:
            break
        if (j < n and norms[j].startswith(m.article) and COMMAS.isdisjoint(wi.gap(j))
                and (is_nisba(norms[j]) or j + 1 >= n or not norms[j + 1].startswith(m.article))):
            j += 1  # (المائية، البحري، المتجددة: the joined noun's adjective; not the
            #          الحبيب of الحبيب الصيد)
    return j
