"""Speaker mentions, implicit speakers and canonical names of a document."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from quotecheck.engine.entities import PERSON_LABELS
from quotecheck.engine.entities import entities_from as _entities_from
from quotecheck.engine.evidence import (
    _COMMA_SPLIT,
    _COMMAS,
    _NAME_END,
    _NAME_END_COMMA,
    _QUOTE_CHARS,
    Entity,
    _Cand,
    _close_mark,
    _conj_spellings,
    _Doc,
    _gap_has_text,
    _has_name,
)
from quotecheck.engine.speakers import (
    SpeakerSpan,
    is_addressee,
    is_medium,
    is_nisba,
    name_part,
    phrase_after,
    stops_phrase,
    strip_conj,
)
from quotecheck.find.positions import WordPositions
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import without_article
from quotecheck.lang.ar.normalize import fold, name_key
from quotecheck.types import Mention, Quote


class _Namer:
    """Speaker mentions, implicit speakers and canonical names for a document."""

    def __init__(self, d: _Doc, lex: Lexicon, entities: Sequence[Entity],
                 starts: list[int]) -> None:
        self.d, self.lex, self.entities, self.entity_starts = d, lex, entities, starts
        self.wi = d.wi
        self.person_names: list[list[str]] = []  # folded token lists of names seen
        self.by_word: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self.surface: dict[tuple[str, ...], str] = {}
        self._title_memo: dict[tuple[str, ...], tuple[str, ...] | None] = {}
        self._word_positions: WordPositions | None = None
        self._fullest_memo: dict[tuple[str, ...], tuple[str, ...]] = {}

    def _mention(self, sp: SpeakerSpan) -> Mention:
        a = self.wi.starts[sp.first] + sp.skip
        b = self.wi.ends[sp.last]
        b = _close_mark(self.d.text, a, b)
        return Mention(self.d.text[a:b], a, b)

    def _name_of(self, sp: SpeakerSpan) -> tuple[str, ...] | None:
        if (sp.skip and sp.issuer) or self._body_phrase(sp):
            return None  # a body (وزارة الثقافة، لوزارة الداخلية): its phrase is its name
        norms = self._norms(sp.first, sp.last + 1, sp)
        part = name_part(self.lex, norms)
        rule = None
        if part is not None and part[1] > part[0]:
            rule = (sp.first + part[0], sp.first + part[1])
        cut = next((j for j in range(sp.last, sp.first, -1)
                    if not _COMMAS.isdisjoint(self.wi.gap(j))), None)
        if cut is not None:  # وزير ... لجنة الطوارئ، هشام شكيوات: the name in apposition
            tail = name_part(self.lex, self.wi.norms[cut : sp.last + 1], strict=True)
            if tail is not None and tail[1] > tail[0] and not _has_name(
                self.lex, norms[: cut - sp.first]
            ) and not self.wi.norms[cut + tail[0]].startswith(self.lex.morph.article):
                rule = (cut + tail[0], cut + tail[1])
        ent = self._person_entity(sp)
        # Snap to a PERS entity when the rules found no name, or the entity holds it and more.
        if ent is not None and (rule is None or (ent[0] <= rule[0] and ent[1] >= rule[1])):
            rule = ent
        if rule is None:
            return None
        i, j = rule
        if rule != ent and self.lex.is_body(self.wi.norms[i]):
            return None  # وزارة الداخلية الفرنسية: a body, its phrase is its name
        if rule != ent and self._in_quoted_name(i, sp):
            # مراسل "الجوهرة أف أم": the rest of a quoted name is no person's name; one may
            # follow it (المتحدث باسم حركة "حماس" فوزي برهوم)
            while i < j and self.d.inside_pair(self.wi.starts[i]):
                i += 1
            if i >= j or self.wi.norms[i].startswith(self.lex.morph.article):
                return None
        key = tuple(self._norms(i, j, sp))
        lead = sp.skip if i == sp.first else 0
        a = self.wi.starts[i] + lead
        self.surface.setdefault(key, self.d.text[a : _close_mark(self.d.text, a,
                                                                 self.wi.ends[j - 1])])
        return key

    def _norms(self, i: int, j: int, sp: SpeakerSpan) -> list[str]:
        """Folded words i..j-1 of a phrase, its first word without a skipped conjunction."""
        norms = self.wi.norms[i:j]
        if sp.skip and i == sp.first and norms:
            norms[0] = strip_conj(norms[0])
        return norms

    def _body_phrase(self, sp: SpeakerSpan) -> bool:
        """The phrase begins with the head noun of an institution (وزارة، منظمة العفو) or of a
        statement (بيان الخارجية، بلاغ لوزارة الداخلية): the phrase is its own name."""
        w = self.wi.norms[sp.first]
        return self.lex.is_body(w) or w in self.lex.statement_nouns

    def _in_quoted_name(self, i: int, sp: SpeakerSpan) -> bool:
        """Word i of a phrase lies in the quoted name of a body after an indefinite naming
        noun (مراسل "الجوهرة أف أم", حركة "حماس"), not in a person's name quoted after a
        title (المتحدث باسم المنظمة "فلان")."""
        d, wi = self.d, self.wi
        if not d.inside_pair(wi.starts[i]) or d.inside_pair(wi.starts[sp.first]):
            return False
        k = next((x for x in range(i, sp.first, -1) if not _QUOTE_CHARS.isdisjoint(wi.gap(x))),
                 None)
        return k is not None and strip_conj(wi.norms[k - 1]) in self.lex.name_nouns

    def _person_entity(self, sp: SpeakerSpan) -> tuple[int, int] | None:
        """Word range of the last PERS entity inside a speaker phrase."""
        a = self.wi.starts[sp.first]
        b = self.wi.ends[sp.last]
        best = None
        for ea, eb, label in _entities_from(self.entities, self.entity_starts, a, b):
            if label in PERSON_LABELS and eb <= b:
                i, j = self.wi.first_at_or_after(ea), self.wi.first_at_or_after(eb)
                if j > i and not all(self.lex.is_title(w) for w in self.wi.norms[i:j]):
                    best = (i, j)  # (an entity of title words only, وزير ليبي، is no name)
        return best

    def _entity_names(self) -> None:
        for a, b, label in self.entities:
            if label not in PERSON_LABELS or any(
                c in self.d.text[a:b] for c in '"“”«»=<>'
            ):
                continue
            i = self.wi.first_at_or_after(a)
            j = self.wi.first_at_or_after(b)
            if j > i:
                key = tuple(self.wi.norms[i:j])
                self.surface.setdefault(key, self.d.text[self.wi.starts[i]:
                                                         self.wi.ends[j - 1]])
                self.person_names.append(list(key))

    def _title_name(self, sp: SpeakerSpan) -> tuple[str, ...] | None:
        """A title-only speaker (وزير الخارجية الأمريكي): the name that follows it elsewhere."""
        words = self.wi.norms[sp.first : sp.last + 1]
        title = [strip_conj(w) for w in words]
        if not any(w in self.lex.titles for w in title + words):  # (وزيرة strips to زيرة)
            return None  # الولايات المتحدة: a country or body, no person's name to find
        memo_key = tuple(title)
        if memo_key not in self._title_memo:
            self._title_memo[memo_key] = self._find_title_name(title)
        return self._title_memo[memo_key]

    def _find_title_name(self, title: list[str]) -> tuple[str, ...] | None:
        norms = self.wi.norms
        m = len(title)
        if m == 0:
            return None
        for s in self._positions(title[0]):
            if s + m > len(norms) or [strip_conj(w) for w in norms[s : s + m]] != title:
                continue
            j = self._past_joined_portfolios(s + m)
            e = j
            while e < len(norms) and e - j < 4:
                gap = self.wi.gap(e)
                if e > j and not _NAME_END_COMMA.isdisjoint(gap):
                    break
                if e == j and not _NAME_END.isdisjoint(gap):
                    break
                w = norms[e]
                if (stops_phrase(self.lex, self.wi, e) or self.lex.is_title(w)
                        or w in self.lex.soft_prep or (e == j and is_nisba(w))
                        or w in self.lex.apposed_roles or w.startswith(self.lex.morph.lam)
                        or (e - j >= 2 and w.startswith(self.lex.morph.ba_article))
                        or self.lex.accusative(self.wi.text[self.wi.starts[e] : self.wi.ends[e]],
                                               w)):
                    break
                e += 1
            if e > j:
                key = tuple(norms[j:e])
                self.surface.setdefault(key, self.d.text[self.wi.starts[j]:
                                                         self.wi.ends[e - 1]])
                return key
        return None

    def _past_joined_portfolios(self, j: int) -> int:
        """The first word after the nouns joined to a title at word j (وزير الفلاحة
        والموارد المائية والصيد البحري سمير الطيب; الصناعة و الطاقة), each with at most one
        definite adjective (a nisba, or any definite word not followed by another one),
        and a بال- complement first: where the name after the title begins."""
        norms, n, m = self.wi.norms, len(self.wi.norms), self.lex.morph
        if j < n and norms[j].startswith(m.ba_article) and _COMMAS.isdisjoint(self.wi.gap(j)):
            j += 1  # (المدير الجهوي بالشابة أحمد بنور: a place; بالاستقالة: no name after)
        while j < n and _COMMAS.isdisjoint(self.wi.gap(j)):
            w = norms[j]
            if (w.startswith(m.conjunction_article) and len(w) > 4
                    and w not in self.lex.conjunction_lookalikes):
                j += 1
            elif (w.startswith(m.conjunction) and len(w) > 3 and j + 1 < n
                  and norms[j + 1].startswith(m.article)
                  and w not in self.lex.conjunction_lookalikes
                  and _COMMAS.isdisjoint(self.wi.gap(j + 1))):
                j += 2  # (والحوكمة ومقاومة الفساد: a joined noun in construct)
            elif w == m.conjunction and j + 1 < n and norms[j + 1].startswith(m.article):
                j += 2
            else:
                break
            if (j < n and norms[j].startswith(m.article) and _COMMAS.isdisjoint(self.wi.gap(j))
                    and (is_nisba(norms[j]) or j + 1 >= n
                         or not norms[j + 1].startswith(m.article))):
                j += 1  # (المائية، البحري، المتجددة: the joined noun's adjective; not the
                #          الحبيب of الحبيب الصيد)
        return j

    def _positions(self, word: str) -> Iterator[int]:
        """Ascending indices of the words w with strip_conj(w) == word, found lazily."""
        if self._word_positions is None:
            self._word_positions = WordPositions(self.wi.norms, strip_conj, _conj_spellings)
        return self._word_positions.of(word)

    def _title_mention_before(self, pos: int) -> SpeakerSpan | None:
        """With no earlier speaker: the last 'title + name' phrase before ``pos``."""
        wi, lex = self.wi, self.lex
        k = wi.last_before(pos)
        stop = max(-1, k - 400)  # bounded look-back keeps the pass linear
        best = None
        while k > stop and best is None:
            w = strip_conj(wi.norms[k])
            if w in lex.titles and (k == 0 or strip_conj(wi.norms[k - 1]) not in lex.titles):
                starts = [k]
                if self._modifies_previous(k):
                    # الوضع الإقليمي: an adjective; وزير الشؤون الخارجية: read from the head
                    # title when there is one, else this is no speaker phrase
                    h = self._phrase_head(k)
                    starts = [h, k] if h is not None else []
                for a in starts:
                    sp = phrase_after(lex, wi, a, min(len(wi), a + 16))
                    if sp is not None and self._name_of(sp) is not None:
                        best = sp
                        break
            k -= 1
        return best

    def _phrase_head(self, k: int) -> int | None:
        """The title word heading the definite noun phrase that word k ends
        (وزير الشؤون الخارجية -> وزير), if any, a few words back."""
        wi, lex = self.wi, self.lex
        j = k - 1
        while j >= 0 and k - j <= 5 and not _gap_has_text(wi, j + 1):
            w = strip_conj(wi.norms[j])
            if lex.is_title(wi.norms[j]):
                return j  # (وزيرة السياحة السابقة: the feminine title too)
            if not w.startswith(lex.morph.article):
                return None
            j -= 1
        return None

    def _modifies_previous(self, k: int) -> bool:
        """Word k is an adjective of the definite noun before it (الوضع الإقليمي، القرار
        الدولي): title material, but not the start of a speaker phrase."""
        if k == 0 or _gap_has_text(self.wi, k):
            return False
        prev = strip_conj(self.wi.norms[k - 1])
        article = self.lex.morph.article
        return self.wi.norms[k].startswith(article) and prev.startswith(article) and (
            not self.lex.is_title(prev) and prev not in self.lex.time_words
        )

    def _fullest(self, key: tuple[str, ...]) -> tuple[str, ...]:
        hit = self._fullest_memo.get(key)
        if hit is None:
            hit = self._fullest_memo[key] = self._find_fullest(key)
        return hit

    def _find_fullest(self, key: tuple[str, ...]) -> tuple[str, ...]:
        if not self.by_word:
            for cand in self.person_names:
                keys = tuple(map(name_key, cand))
                for w in set(keys):
                    self.by_word.setdefault(w, []).append((tuple(cand), keys))
        short = list(map(name_key, key))
        matches = [c for c, keys in self.by_word.get(short[-1], ()) if _in_order(short, keys)]
        if not matches:
            return key
        longest = max(len(c) for c in matches)
        return next(c for c in matches if len(c) == longest)  # ties: the earliest spelling

    def _resolve(self, sp: SpeakerSpan, key: tuple[str, ...] | None):
        mention = self._mention(sp)
        first = strip_conj(self.wi.norms[sp.first])
        anonymous = first in self.lex.anonymous and (key is None or key[0] in self.lex.anonymous)
        if anonymous:
            return mention, mention.text, True  # مصدر مسؤول: the head noun phrase is the name
        if key is None and not self._body_phrase(sp):
            key = self._title_name(sp)  # (a body, وزارة الداخلية, is named by its phrase)
        if key is not None:
            name = self.surface.get(self._fullest(key)) or self.surface.get(key)
        else:
            name = self._issuer_name(sp) or mention.text
        return mention, self._name_in_apposition(name), anonymous

    def _name_in_apposition(self, name: str | None) -> str | None:
        """A name made of comma-separated parts (آفاق تونس، ياسين ابراهيم; مبروك كورشيد، كاتب;
        فرانسيس، بابا الفاتيكان): the last part that looks like a person's name, else the
        first; the whole when neither does."""
        if not name or not _COMMAS.intersection(name):
            return name
        parts = [p.strip(" \t\n\u00a0") for p in _COMMA_SPLIT.split(name)]
        parts = [p for p in parts if p]
        if len(parts) > 1:
            for part, least in ((parts[-1], 2), (parts[0], 1)):
                if self._person_like(part, least):
                    return part
        return name

    def _person_like(self, part: str, least: int) -> bool:
        """``least`` to five words, none a title, an unnamed-source noun, a country or a
        medium, and no preposition or stop word first: what a person's name looks like."""
        words = [fold(w) for w in part.split()]
        if not least <= len(words) <= 5 or any(not w for w in words):
            return False
        lex, m = self.lex, self.lex.morph
        first = strip_conj(words[0])
        if (first in lex.hard_stop or first in lex.soft_prep or first in lex.comp_prefix
                or words[0].startswith((m.lam_article, m.ba_article)) or lex.complementizer(first)
                or is_addressee(lex, words[0]) or first in lex.not_before_cue
                or len(words) > 1 and words[0].startswith(m.article)
                and words[1].startswith(m.lam)):
            return False  # (ما اعتبرته; المالكة لتطبيق واتساب: an adjective and its complement)
        for w in words:
            bare = without_article(w)
            for x in (w, bare, bare[:-1] if bare.endswith(m.closed_ta) else bare):
                if x in lex.titles or x in lex.anonymous or x in lex.countries:
                    return False
            if is_medium(lex, w):
                return False
        return True

    def _issuer_name(self, sp: SpeakerSpan) -> str | None:
        """The issuer in a statement phrase: بيان السفارة السعودية -> السفارة السعودية, بلاغ
        لوزارة الداخلية -> وزارة الداخلية, بيان صادر عن السلطات المصرية -> السلطات المصرية."""
        wi, lex, m = self.wi, self.lex, self.lex.morph
        if wi.norms[sp.first] not in lex.statement_nouns or sp.last <= sp.first:
            return None
        k = next((sp.first + len(p) for p in lex.issued_by
                  if tuple(wi.norms[sp.first : sp.first + len(p)]) == p), None)
        if k is None:
            k = sp.first + 1
            while k <= sp.last and not wi.norms[k].startswith((m.article, m.lam)):
                k += 1  # (بلاغ إعلامي لرئاسة الجمهورية)
        if k > sp.last:
            return None
        a, b = wi.starts[k], _close_mark(self.d.text, wi.starts[k], wi.ends[sp.last])
        text = self.d.text[a:b]
        w = wi.norms[k]
        if w.startswith(m.lam_article):
            return m.alef + text[1:]  # للشرطة -> الشرطة
        if w.startswith(m.lam) and not w.startswith(m.article):
            return text[1:]  # لوزارة -> وزارة
        return text

    def quotes(self, cands: list[_Cand], events: list[tuple[int, SpeakerSpan]]) -> list[Quote]:
        self._entity_names()
        keys: dict[tuple[int, int], tuple[str, ...] | None] = {}
        for sp in [c.speaker for c in cands if c.speaker is not None] + [e[1] for e in events]:
            if (sp.first, sp.last) not in keys:
                key = self._name_of(sp)
                keys[(sp.first, sp.last)] = key
                if key is not None:
                    self.person_names.append(list(key))
        events = sorted(events + [(c.cue[0] if c.cue else c.start, c.speaker) for c in cands
                                  if c.speaker is not None and not c.implicit
                                  and not c.speaker.issuer],
                        key=lambda e: e[0])
        event_pos = [e[0] for e in events]
        out: list[Quote] = []
        text = self.d.text
        for c in cands:
            resolved = None
            if c.speaker is not None and not c.implicit:
                resolved = self._resolve(c.speaker, keys[(c.speaker.first, c.speaker.last)])
            else:
                pos = min(c.start, c.cue[0]) if c.cue else c.start
                j = bisect_left(event_pos, pos) - 1
                sp = events[j][1] if j >= 0 else self._title_mention_before(pos)
                if sp is not None:
                    if (sp.first, sp.last) not in keys:
                        keys[(sp.first, sp.last)] = self._name_of(sp)
                    resolved = self._resolve(sp, keys[(sp.first, sp.last)])
            mention, name, anonymous = resolved if resolved else (None, None, False)
            cue = Mention(text[c.cue[0] : c.cue[1]], c.cue[0], c.cue[1]) if c.cue else None
            out.append(
                Quote(
                    text=text[c.start : c.end],
                    start=c.start,
                    end=c.end,
                    kind=c.kind,
                    cue=cue,
                    speaker=mention,
                    speaker_name=name,
                    cue_lemma=c.cue_form.lemma if c.cue_form else None,
                    stance=c.cue_form.stance if c.cue_form else None,
                    anonymous=anonymous,
                    headline=c.headline,
                    speaker_resolved=c.implicit and mention is not None,
                )
            )
        return out


def _in_order(short: list[str], long: tuple[str, ...]) -> bool:
    """The name keys ``short`` occur in order inside ``long`` (سيرغي = سيرجي after name_key)."""
    it = iter(long)
    return all(x in it for x in short)
