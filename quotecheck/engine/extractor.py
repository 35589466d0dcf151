"""The finders: cues and their clauses, quotation marks, headlines, attributions after a
quote, then overlap resolution."""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.engine.evidence import (
    _COLON_QUOTE,
    _COMMAS,
    _MARKS_COLON,
    _PHRASE_END,
    _SCAN_WORDS,
    _SEGMENT_END,
    Entity,
    _after_first_letter,
    _Cand,
    _colon_before,
    _Doc,
    _has_name,
    _latin,
    _skip_space,
    _statement_complement,
    _trim,
    _trim_marks,
)
from quotecheck.engine.naming import _entities_from, _Namer
from quotecheck.find.marks import ALL_MARKS, MarkPair
from quotecheck.lang.ar.lexicon import CueForm, Lexicon
from quotecheck.speakers import (
    SpeakerSpan,
    is_medium,
    phrase_after,
    stops_phrase,
    strip_conj,
)
from quotecheck.types import Quote


class _Extractor:
    def __init__(self, text: str, entities: Sequence[Entity], lex: Lexicon) -> None:
        self.d = _Doc(text, lex)
        self.lex = lex
        self.text = text
        self.entities = sorted(entities)
        self.entity_starts = [e[0] for e in self.entities]
        self.cands: list[_Cand] = []
        self.claimed: set[int] = set()  # opening offsets of pairs used by a quote
        self.cue_speakers: dict[int, SpeakerSpan | None] = {}
        self.events: list[tuple[int, SpeakerSpan]] = []  # speaker mentions, for implicit ones

    # -- helpers --------------------------------------------------------------------
    def _pair_cand(self, p: MarkPair, kind: str, **kw) -> _Cand | None:
        a, b = _trim(self.text, p.open + 1, p.close)
        if a >= b:
            return None
        self.claimed.add(p.open)
        return _Cand(a, b, kind, pair=p, prio=2, **kw)

    def _accepted_pair(self, p: MarkPair, min_words: int = 2) -> bool:
        return self.d.pair_words(p) >= min_words and p.open not in self.claimed

    # -- cues -----------------------------------------------------------------------
    def run_cues(self) -> None:
        wi, lex = self.d.wi, self.lex
        get = lex.cue_lookup.get
        norms = wi.norms
        for i in self.d.hot[:-1]:  # every cue word is hot (the last index is len)
            w = norms[i]
            form = get(w)
            if form is None:
                continue
            if lex.is_title(w) or (
                i > 0 and norms[i - 1] in lex.not_before_cue and not self.d.breaks[i]
                and w not in lex.described_as
            ):
                continue  # مما يشير إلى أن: a relative clause, not a report (مما وصفه بـ is)
            self._cue(i, form)

    def _cue(self, i: int, form: CueForm) -> None:
        d, wi, lex = self.d, self.d.wi, self.lex
        n = len(wi)
        cue_last = i
        tail = False
        if i + 1 < n and not d.breaks[i + 1] and wi.norms[i + 1] in lex.cue_tails:
            if _COLON_QUOTE.isdisjoint(wi.gap(i + 1)):
                cue_last = i + 1
                tail = True
        if wi.norms[i] in ("قائلا", "قائله"):
            tail = True
        cue = (wi.starts[i], wi.ends[cue_last])
        k = cue_last + 1
        trigger = None
        fallback = None
        while k <= n and k - cue_last <= _SCAN_WORDS:
            h = d.next_hot(k)
            if h != k:  # the words before h are plain: the scan passes them
                if h - cue_last > _SCAN_WORDS:
                    k = cue_last + _SCAN_WORDS + 1
                    break
                k = h
            a, b = wi.gap_span(k)
            p = d.pair_in(a, b)
            if p is not None and p.close < b:
                p = None  # an empty pair inside the gap: nothing to skip
            if p is not None:
                short = (d.pair_words(p) <= 3 and not _colon_before(self.text, p.open, a)
                         ) or self._titled_pair(p)
                before = wi.norms[k - 1] if k - 1 > cue_last else ""
                near = d.pair_words(p) >= 2 and not self._is_name_pair(p) and (
                    k - cue_last <= 2
                    or (k - cue_last <= 6 and before in ("من", "علي", "عن", "الي", "ب"))
                )
                if short and not near:
                    # A name in marks («أدرعي», "سكاى نيوز"): go on, keep it as a fallback.
                    if (fallback is None and d.pair_words(p) >= 2 and not self._is_name_pair(p)
                            and self._colon_after_pair(p)):
                        fallback = ("mark", k, p)
                    k = d.word_after(p.close + 1)
                    if k >= n or d.breaks[k] and not self._colon_after_pair(p):
                        break
                    continue
                trigger = ("mark", k, p)
                break
            gap = wi.gap(k)
            if ":" in gap or "：" in gap:
                trigger = ("colon", k, None)
                break
            if k == n or d.breaks[k]:
                break
            w = wi.norms[k]
            prev = wi.norms[k - 1]
            if lex.complementizer(w) and not (k - 1 > cue_last and prev in lex.not_after) and not (
                w == "ان" and k + 1 < n and wi.norms[k + 1] in ("لم", "كان")
            ):
                trigger = ("comp", k, None)
                break
            if k > cue_last + 0 and lex.cue(w) is not None and not lex.is_title(w) and k != i:
                break
            k += 1
        if trigger is None:
            trigger = fallback
        self._cue_speaker(i, cue_last, trigger[1] if trigger else k, form)
        if trigger is None:
            if tail and cue_last + 1 < n and not d.breaks[cue_last + 1]:
                start = wi.starts[cue_last + 1]
                end = d.clause_end(cue_last + 1, i)
                self._add_clause(start, end, cue, form, i, cue_last, cue_last + 1)
            else:
                self._parenthetical(i, cue_last, cue, form)
            return
        kind, k, p = trigger
        if kind == "mark":
            if not self._accepted_pair(p, 2):
                return
            qkind = "direct"
            region_last = k - 1
            prev_norm = wi.norms[region_last] if region_last > cue_last else ""
            if prev_norm in ("علي", "عن", "الي", "ب", "من") or (
                prev_norm.startswith("ب") and len(prev_norm) > 4 and region_last > cue_last
                and not lex.is_title(prev_norm)
            ) or (
                region_last > cue_last and prev_norm in lex.object_nouns
            ) or (region_last > cue_last and self._embedded_pair(p, prev_norm, wi.gap_span(k)[0])):
                qkind = "mixed"
            elif region_last == cue_last and not tail:
                first = d.word_after(p.open)
                if first < n and wi.norms[first].startswith("ال") and form.form != "imperfect":
                    qkind = "mixed"
            c = self._pair_cand(p, qkind, cue=cue, cue_form=form)
            if c:
                self._speaker_for(c, i, cue_last, k)
                self.cands.append(c)
                self._chain_after(c, p)
            return
        if kind == "colon":
            colon_pos = self.text.find(":", *wi.gap_span(k))
            if colon_pos < 0:
                colon_pos = self.text.find("：", *wi.gap_span(k))
            nxt = _skip_space(self.text, colon_pos + 1)
            p2 = d.pair_in(colon_pos, nxt + 1)
            if p2 is not None and self._accepted_pair(p2, 1):
                c = self._pair_cand(p2, "direct", cue=cue, cue_form=form)
                if c:
                    self._speaker_for(c, i, cue_last, k)
                    self.cands.append(c)
                    self._chain_after(c, p2)
                return
            if k >= n:
                return
            if nxt < len(self.text) and self.text[nxt] in ALL_MARKS and p2 is None:
                # An opening mark that never closes: the quote runs to the clause end.
                end = d.clause_end(k, i)
                c = _Cand(*_trim_marks(self.text, nxt + 1, end), "direct", cue=cue,
                          cue_form=form, prio=1)
                if c.end > c.start:
                    self._speaker_for(c, i, cue_last, k)
                    self.cands.append(c)
                return
            if self._bullets(colon_pos, cue, form, i, cue_last, k):
                return
            start_word = k
            if lex.complementizer(wi.norms[k]):
                start_word = k + 1
            if start_word >= n or (d.breaks[start_word] and start_word != k):
                return
            end = d.clause_end(start_word, i)
            self._add_clause(wi.starts[start_word], end, cue, form, i, cue_last, k)
            return
        # complementizer
        start_word = k + 1
        if start_word >= n:
            return
        end = d.clause_end(start_word, i)
        self._add_clause(wi.gap_span(start_word)[0], end, cue, form, i, cue_last, k)

    def _embedded_pair(self, p: MarkPair, prev_norm: str, gap_start: int) -> bool:
        """Marks inside the cue's object phrase (يأسف للقرار الأحادي "..." للسلطات، وصف
        الأسباب "بالمبررات ..."): no colon before them, and they open with a preposition
        and article, or follow a definite word and the sentence goes on right after them."""
        d, wi = self.d, self.d.wi
        if _colon_before(self.text, p.open, gap_start) or self.lex.is_title(prev_norm):
            return False
        first = d.word_after(p.open)
        if first < len(wi) and wi.norms[first].startswith(("بال", "لل")):
            return True
        j = d.word_after(p.close + 1)
        return (prev_norm.startswith(("ال", "لل")) and j < len(wi) and not d.breaks[j]
                and not self.text[p.close + 1 : wi.starts[j]].strip()
                and self.lex.cue(wi.norms[j]) is None)

    def _parenthetical(self, i: int, cue_last: int, cue, form: CueForm) -> None:
        """``من جانبها، يضيف البلاغ، ستظل ...``: a cue and its speaker set off by commas near
        the start of a sentence; the rest of the clause is the reported speech."""
        d, wi = self.d, self.d.wi
        n = len(wi)
        if form.lemma not in self.lex.parenthetical_cues or i == 0 or d.breaks[i] or not any(
            c in wi.gap(i) for c in ",،"
        ):
            return
        if i - d.sentence_start(i) > 4:
            return
        for k in range(cue_last + 2, min(n, cue_last + 7)):
            gap = wi.gap(k)
            if d.breaks[k] or not _MARKS_COLON.isdisjoint(gap):
                return
            if not _COMMAS.isdisjoint(gap):
                if wi.norms[k] in self.lex.relative_pronouns or wi.norms[k] in self.lex.soft_prep:
                    return  # قال الوزير، الذي ترأس الوفد، / في بيان، : not the reported speech
                self._forget_speaker(i)  # the scan looked past the comma; the phrase ends there
                sp = self._cue_speaker(i, cue_last, k, form)
                statement = k == cue_last + 2 and is_medium(self.lex, wi.norms[cue_last + 1])
                if sp is None and not statement or sp is not None and sp.last >= k:
                    return  # (يضيف البيان، : the statement's author, found as for وأضاف)
                self._add_clause(wi.starts[k], d.clause_end(k, i), cue, form, i, cue_last, k)
                return

    def _colon_after_pair(self, p: MarkPair) -> bool:
        return self.text[p.close + 1 : p.close + 3].strip().startswith(":")

    def _add_clause(self, a: int, b: int, cue, form, i: int, cue_last: int, k: int) -> None:
        """A reported clause: mixed quotes for its quoted parts, else one indirect quote."""
        d = self.d
        inner = [p for p in d.pairs_between(a, b) if self._accepted_pair(p, 2)]
        inner = [p for p in inner if not self._is_name_pair(p)
                 and not self._name_opening_clause(p, a)]
        if inner:
            for p in inner:
                c = self._pair_cand(p, "mixed", cue=cue, cue_form=form)
                if c:
                    self._speaker_for(c, i, cue_last, k)
                    self.cands.append(c)
            j = self._coordinated_clause(inner[-1].close, b)
            if j is not None:  # "...", وأن واشنطن لا تضغط ...: a second reported clause
                self._add_clause(d.wi.gap_span(j)[0], b, cue, form, i, cue_last, k)
            return
        a, b = _trim(self.text, a, b)
        if b - a < 2 or d.wi.first_at_or_after(b) - d.wi.first_at_or_after(a) < 2:
            p = d.pair_in(a, a + 1)  # وصف الاتفاق بأنه «ضرورة»: the clause is one quoted word
            if p is None or p.close not in (b - 1, b) or p.close - p.open < 3:
                return
            a, b = p.open + 1, p.close  # marks excluded, as for every quote
        c = _Cand(a, b, "indirect", cue=cue, cue_form=form, prio=1)
        self._speaker_for(c, i, cue_last, k)
        self.cands.append(c)

    def _coordinated_clause(self, a: int, b: int) -> int | None:
        """The first word after ``، وأن`` in [a, b): a coordinated complement clause."""
        wi = self.d.wi
        for j in range(wi.first_at_or_after(a), wi.first_at_or_after(b) - 1):
            w = wi.norms[j]
            if w[:1] == "و" and self.lex.complementizer(w[1:]) and any(
                c in wi.gap(j) for c in ",،"
            ):
                return j + 1
        return None

    def _name_opening_clause(self, p: MarkPair, a: int) -> bool:
        """“إعلان نيويورك” يمهد ...: a short quoted name as the subject of the clause."""
        if self.d.pair_words(p) > 3 or self.text[a : p.open].strip():
            return False
        first = strip_conj(self.d.wi.norms[self.d.word_after(p.open)])
        return (first[2:] if first.startswith("ال") else first) in self.lex.name_nouns

    def _titled_pair(self, p: MarkPair) -> bool:
        """تحت عنوان "المجتمع المدني ومكافحة الفساد": the title of an event or a work (up
        to 12 words) after a title noun, not a quote."""
        d, wi = self.d, self.d.wi
        k = d.word_after(p.open) - 1
        return (0 <= k and wi.ends[k] <= p.open and d.pair_words(p) <= 12
                and strip_conj(wi.norms[k]) in self.lex.title_nouns
                and _COLON_QUOTE.isdisjoint(self.text[wi.ends[k] : p.open].replace(
                    self.text[p.open], "")))

    def _is_name_pair(self, p: MarkPair) -> bool:
        """A short quoted stretch that names something: digits or Latin, or after قناة، عملية ..."""
        d, wi, lex = self.d, self.d.wi, self.lex
        nw = d.pair_words(p)
        if self._titled_pair(p):
            return True
        if nw > 3:
            return False
        if nw <= 1:
            return True
        inner = self.text[p.open + 1 : p.close]
        first = wi.norms[d.word_after(p.open)]
        if first in ("حسب", "بحسب", "وفق") or first == "علي" and "حد" in inner:
            return True  # "حسب زعمه": an attribution note in marks
        if any(ch.isdigit() or "a" <= ch.lower() <= "z" for ch in inner):
            return True
        if strip_conj(first) in lex.name_heads:
            return True  # "مقهى لينت"، "أبو يوسف البلجيكي": a place or a person named
        k = d.word_after(p.open) - 1
        if k >= 0 and wi.ends[k] <= p.open:
            w = strip_conj(wi.norms[k])
            w = w[2:] if w.startswith("ال") else w
            if w in lex.name_nouns or w[1:] in lex.name_nouns and w[0] in "بل":
                return True
        return False

    def _chain_after(self, c: _Cand, p: MarkPair) -> None:
        """``"...", و"..."``: a second quoted part joined by و continues the same quote kind."""
        d = self.d
        while True:
            q = d.pair_in(p.close + 1, p.close + 8)
            if q is None:
                return
            between = self.text[p.close + 1 : q.open].strip(" \u00a0,،")
            if between not in ("و",) or not self._accepted_pair(q, 2):
                return
            c2 = self._pair_cand(q, c.kind, cue=c.cue, cue_form=c.cue_form)
            if c2 is None:
                return
            c2.speaker, c2.implicit = c.speaker, c.implicit
            c2.extra = dict(c.extra)
            self.cands.append(c2)
            p = q

    def _bullets(self, colon_pos: int, cue, form, i: int, cue_last: int, k: int) -> bool:
        """``قال X:`` followed by bulleted lines: each bullet is an indirect quote."""
        text = self.text
        line_end = text.find("\n", colon_pos)
        if line_end < 0 or text[colon_pos + 1 : line_end].strip():
            return False
        pos = line_end
        found = False
        while pos < len(text):
            j = _skip_space(text, pos)
            if j >= len(text) or text[j] not in self.lex.bullets:
                break
            e = text.find("\n", j)
            e = len(text) if e < 0 else e
            a, b = _trim(text, j + 1, e)
            if b > a:
                c = _Cand(a, b, "indirect", cue=cue, cue_form=form, prio=1)
                self._speaker_for(c, i, cue_last, k)
                if c.speaker is not None or c.implicit:
                    self.cands.append(c)
                    found = True
            pos = e
        return found

    # -- speakers around a cue --------------------------------------------------------
    def _speaker_for(self, c: _Cand, i: int, cue_last: int, k: int) -> None:
        sp = self._cue_speaker(i, cue_last, k, c.cue_form)
        c.speaker = sp
        c.implicit = sp is None

    def _cue_speaker(self, i: int, cue_last: int, k: int,
                     form: CueForm | None) -> SpeakerSpan | None:
        """The explicit speaker of the cue at word i (memoised; also a coreference event)."""
        if i in self.cue_speakers:
            return self.cue_speakers[i]
        wi, lex = self.d.wi, self.lex
        limit = min(k, len(wi))
        sp = None
        participle = form is not None and form.form == "participle"
        # Relay: قالت الوكالة نقلا عن مصدر أمني -> the relayed source.
        for j in range(cue_last + 1, limit - 1):
            if wi.norms[j] in ("نقلا", "نقلاً") and wi.norms[j + 1] == "عن":
                if j + 2 < limit and wi.norms[j + 2] in lex.relay_not_sources:
                    break  # نقلا عن معلومات لأجهزة مخابرات: information, not a source
                sp = phrase_after(lex, wi, j + 2, limit)
                break
        if sp is None and form is not None and form.lemma == "نقل":
            for j in range(cue_last + 1, limit):
                if wi.norms[j] == "عن":
                    sp = phrase_after(lex, wi, j + 1, limit)
                    break
        if sp is None and cue_last + 1 < limit and not participle:
            sp = phrase_after(lex, wi, cue_last + 1, limit)
            if sp is not None and form is not None and form.lemma in lex.object_first and not any(
                strip_conj(w) in lex.titles for w in wi.norms[sp.first : sp.last + 1]
            ):
                sp = None  # اتهم روسيا بـ: the object, not the speaker
        if sp is None and cue_last + 1 < limit and not participle:
            sp = self._statement_subject(cue_last + 1, limit)
        if sp is not None:
            sp = self._apposed_name(sp, limit) or sp
        if sp is None:
            sp = self._speaker_before(i, form)
        self.cue_speakers[i] = sp
        if sp is not None and not sp.issuer and self._strong_speaker(sp):
            # (an issuer read from في بيان لـX is this verb's speaker only: the bare verbs
            # after it relay the person the statement quotes, the earlier antecedent)
            self.events.append((self.d.wi.starts[i], sp))
        return sp

    def _statement_subject(self, k: int, limit: int) -> SpeakerSpan | None:
        """وأكد بيان الخارجية المغربية أن، بلاغ لوزارة الداخلية، بيان صادر عن ...: an indefinite
        statement noun right after the verb with the issuer in its complement is the subject
        (the phrase is the speaker).  A bare or definite one (وأضاف البيان) points back to an
        issuer named before, and البيان الوضع is a subject and its object."""
        wi = self.d.wi
        if not _COLON_QUOTE.isdisjoint(wi.gap(k)) or wi.norms[k] not in self.lex.statement_nouns:
            return None
        for issued in self.lex.issued_by:  # بيان صادر عن وزارة الخارجية: up to the issuer's end
            m = len(issued)
            if tuple(wi.norms[k : k + m]) == issued:
                issuer = phrase_after(self.lex, wi, k + m, limit)
                if issuer is not None and issuer.first == k + m:
                    return SpeakerSpan(k, issuer.last)
        last = k
        while (last + 1 < limit and last - k < 5 and _SEGMENT_END.isdisjoint(wi.gap(last + 1))
               and _statement_complement(wi.norms[last + 1], first=last == k)
               and wi.norms[last + 1] not in self.lex.soft_prep
               and wi.norms[last + 1] not in self.lex.comp_prefix
               and not stops_phrase(self.lex, wi, last + 1)):
            last += 1
        return SpeakerSpan(k, last) if last > k else None

    def _apposed_name(self, sp: SpeakerSpan, limit: int) -> SpeakerSpan | None:
        """``قال وزير ... في الحكومة المعينة من قبل البرلمان، هشام شكيوات، الثلاثاء، إن``: a
        title phrase without a name, then the name set off by commas before the clause."""
        wi, lex = self.d.wi, self.lex
        if _has_name(lex, wi.norms[sp.first : sp.last + 1]):
            return None
        j = sp.last + 1
        while j < limit and j - sp.last <= 12:
            if not _PHRASE_END.isdisjoint(wi.gap(j)):
                return None
            if _COMMAS.isdisjoint(wi.gap(j)):
                j += 1
                continue
            e = j
            while e + 1 < limit and _SEGMENT_END.isdisjoint(wi.gap(e + 1)):
                e += 1
            # The name may also end where an adverbial or an addressee begins (، أحمد
            # الكلبوسي في تصريح لمراسلة ...), not only at a comma.
            cut = next((x for x in range(j + 2, e + 1) if self._ends_apposed_name(x)), None)
            if cut is not None and not any(lex.is_title(w) and not lex.is_body(w)
                                           for w in wi.norms[sp.first : sp.last + 1]):
                cut = None  # (only after a person's title: المجلس، ... وضع إطار is no name)
            if cut is not None:
                e = cut - 1
            seg = range(j, e + 1)
            if len(seg) <= 4 and not wi.norms[j].startswith("ال") and not any(
                stops_phrase(lex, wi, x) or lex.is_title(wi.norms[x]) or is_medium(lex, wi.norms[x])
                or wi.norms[x] in lex.soft_prep for x in seg
            ) and (e + 1 >= limit or not _COMMAS.isdisjoint(wi.gap(e + 1)) or cut is not None):
                return SpeakerSpan(sp.first, e)
            j = e + 1
        return None

    def _ends_apposed_name(self, x: int) -> bool:
        """Word x opens what follows a name: في, a ل-addressee or medium, a time word."""
        w = self.d.wi.norms[x]
        return w in ("في", "خلال") or w.startswith("ل") or w in self.lex.time_words

    def _forget_speaker(self, i: int) -> None:
        """Drop the memoised speaker of the cue at word i (and its coreference event)."""
        if self.cue_speakers.pop(i, None) is not None:
            pos = self.d.wi.starts[i]
            self.events = [e for e in self.events if e[0] != pos]

    def _strong_speaker(self, sp: SpeakerSpan) -> bool:
        """A phrase with a title or an unnamed-source noun (a safe antecedent for وأضاف)."""
        norms = [strip_conj(w) for w in self.d.wi.norms[sp.first : sp.last + 1]]
        return any(w in self.lex.titles or w in self.lex.anonymous for w in norms) or any(
            self._entity_at(sp)
        )

    def _entity_at(self, sp: SpeakerSpan):
        """PERS/ORG entities starting in the first words of a phrase."""
        a = self.d.wi.starts[sp.first]
        b = self.d.wi.ends[min(sp.last, sp.first + 2)]
        return (1 for e in _entities_from(self.entities, self.entity_starts, a, b)
                if e[2] in ("PERS", "PER", "ORG"))

    def _speaker_before(self, i: int, form: CueForm | None) -> SpeakerSpan | None:
        """``وكان الجبير قد أكد``, ``ميقاتي لفت``, or the subject before a participle."""
        d, wi, lex = self.d, self.d.wi, self.lex
        s = d.sentence_start(i)
        label = False
        for j in range(i - 1, s, -1):
            if ":" in wi.gap(j):  # عاجل : وزير ليبي يؤكد: a label before the subject
                s, label = j, True
                break
        if s >= i:
            return None
        first = strip_conj(wi.norms[s])
        participle = form is not None and form.form == "participle"
        if (not participle and self.cands and self.cands[-1].start >= wi.starts[s]
                and self.cands[-1].start < wi.starts[i]
                and (wi.norms[i - 1] in ("و", "ف") or wi.norms[i][0] in "وف"
                     and wi.norms[i] not in lex.cues)):
            return None  # وقال إن ... وأضاف أن: a verb joined after a report in the sentence
        if not participle:
            i = self._before_seat(s, i)  # المرصد ... ومقره لندن أعلن: the phrase before ومقره
            issuer = self._statement_issuer(s, i)
            if issuer is not None:
                return issuer
        if participle:
            # وتوجه سريع إلى المملكة قائلا: the subject of the sentence's first verb.
            if self.cands and self.cands[-1].start >= wi.starts[s]:
                return None
            if wi.norms[s] in ("و", "ف") and s + 1 < i:
                s += 1  # و استبعد الدكتور ...: a conjunction written apart from its verb
            s0, s = s, self._after_leading_phrase(s, i)
            if not lex.is_title(wi.norms[s]) and i - s <= 14:
                sp = phrase_after(lex, wi, s + 1, i)
                if sp is not None and self._looks_named(sp) and (
                    s == s0 or sp.last - sp.first < 2
                    or any(lex.is_title(w) for w in wi.norms[sp.first : sp.last + 1])
                ):  # (after a leading phrase, no untitled run: نفى أوباما اتهامات ترامب)
                    return sp
            return None
        if (first == "سبق" and s + 2 < i and wi.norms[s + 1].startswith("ل")
                and len(wi.norms[s + 1]) > 2 and lex.complementizer(wi.norms[i - 1])):
            # وسبق للرئيس محمود عباس، أن أعلن: the ل-phrase before أن is the speaker
            sp = self._issuer_phrase(s + 1, i - 1)
            if sp is not None and sp.last == i - 2:
                return SpeakerSpan(sp.first, sp.last, skip=0 if wi.norms[s + 1].startswith("لل")
                                   else 1)
        if first in ("كان", "كانت", "وكان", "وكانت"):
            sp = phrase_after(lex, wi, s + 1, i)
            if sp is not None:
                return sp
            return None
        if first in ("اما",):
            return phrase_after(lex, wi, s + 1, i)
        # فإن المجلس يهدد، لكن الوزارة أكدت: a subject right after a particle, before the verb.
        for j in range(i - 1, max(s, i - 6) - 1, -1):
            if strip_conj(wi.norms[j]) in ("فان", "ان", "لكن", "بينما", "فيما") and j < i - 1:
                sp = phrase_after(lex, wi, j + 1, i)
                if sp is not None and sp.first == j + 1 and sp.last == i - 1:
                    return sp
                break
        sp = self._conjoined_subject(s, i, form)
        if sp is not None:
            return sp
        if i - s <= 6:
            sp = phrase_after(lex, wi, s, i, after_label=label)
            if sp is not None and sp.last >= i - 1 and sp.first == s:
                return sp
        return None

    def _before_seat(self, s: int, i: int) -> int:
        """Where a body's seat in apposition begins just before the verb at word i
        (المرصد السوري لحقوق الإنسان ومقره لندن أعلن); else ``i``."""
        wi = self.d.wi
        for k in range(i - 2, max(s, i - 4) - 1, -1):
            if wi.norms[k] in self.lex.seat_words:
                if all(_PHRASE_END.isdisjoint(wi.gap(x)) for x in range(k, i)):
                    return k
                break
        return i

    def _after_leading_phrase(self, s: int, i: int) -> int:
        """The first word after a leading prepositional phrase set off by a comma (وفي سياق
        متصل، تحدث الحرشاني ... مشيرا): where the sentence's verb stands; else ``s``."""
        wi, lex = self.d.wi, self.lex
        w = wi.norms[s]
        if w not in lex.leading_prepositions and not (
            w[:1] in "وف" and w[1:] in lex.leading_prepositions
        ):
            return s
        for j in range(s + 1, min(s + 6, i)):
            if not _PHRASE_END.isdisjoint(wi.gap(j)):
                return s
            if not _COMMAS.isdisjoint(wi.gap(j)):
                return j
            if lex.cue(wi.norms[j]) is not None or lex.is_title(wi.norms[j]):
                return s  # و استبعد الدكتور ...، أن: a verb and its subject, no leading phrase
        return s

    def _conjoined_subject(self, s: int, i: int, form: CueForm | None) -> SpeakerSpan | None:
        """``والدبيبة يقول إن`` / ``، والوزير أكد أن``: a new clause whose subject, joined by
        و, stands right before a bare verb; the mention leaves the conjunction out.  After a
        plain noun (وسط الزغاريد والضحكات قال) the و may join two nouns instead, so there it
        takes a title (والوزير), a comma before it, or an imperfect verb (والدبيبة يقول)."""
        wi, lex = self.d.wi, self.lex
        if wi.norms[i] not in lex.cues:
            return None  # ويقول، وأكد: the verb carries the conjunction, not its subject
        for j in range(i - 1, max(s, i - 4) - 1, -1):
            if not _PHRASE_END.isdisjoint(wi.gap(j + 1)) or not _COMMAS.isdisjoint(wi.gap(j + 1)):
                return None
            w = wi.norms[j]
            if w[0] == "و" and len(w) > 4 and w not in lex.titles and (
                w not in lex.cue_lookup and w not in lex.conjunction_lookalikes
            ) and (w[1:].startswith("ال") or lex.is_title(w[1:])):
                if w[1:] in lex.relative_pronouns or not (
                    lex.is_title(w[1:]) or j == s or not _COMMAS.isdisjoint(wi.gap(j))
                    or (form is not None and form.form == "imperfect")
                ):
                    return None  # والذي أكد: a relative clause; الزغاريد والضحكات قال
                sp = phrase_after(lex, wi, j, i)
                if sp is None or sp.first != j or sp.last != i - 1:
                    return None
                raw = wi.text[wi.starts[j] : wi.ends[j]]
                return SpeakerSpan(j, i - 1, _after_first_letter(raw))  # وَالوزير: no و
            if stops_phrase(lex, wi, j):
                return None
        return None

    def _statement_issuer(self, s: int, i: int) -> SpeakerSpan | None:
        """``وفي بيان لوزارة الداخلية، قالت إن`` / ``في بلاغ صادر عن الوزارة، أكدت``: a verb
        without a subject after a statement issued by someone earlier in its sentence."""
        wi, lex = self.d.wi, self.lex
        for j in range(i - 1, s - 1, -1):
            w = strip_conj(wi.norms[j])
            if j < i - 1 and lex.cue(wi.norms[j]) is not None and not lex.is_title(wi.norms[j]):
                return None  # another report's verb: the statement is not this cue's
            if w not in lex.statement_words:
                continue
            start, skip = None, 0
            for words in lex.issued_by:
                if tuple(strip_conj(x) for x in wi.norms[j : j + len(words)]) == words:
                    start = j + len(words)
                    break
            if start is None and w in lex.statement_nouns and j + 1 < i:
                nxt = wi.norms[j + 1]
                if (nxt.startswith("ل") and not nxt.startswith("لل") and len(nxt) > 3
                        and _COMMAS.isdisjoint(wi.gap(j + 1))):
                    start = j + 1
                    raw = wi.text[wi.starts[j + 1] : wi.ends[j + 1]]
                    skip = _after_first_letter(raw)  # لِوزارة: the preposition and its vowel
            if start is None:
                continue
            if start >= i or is_medium(lex, wi.norms[start][1 if skip else 0 :]):
                return None
            sp = phrase_after(lex, wi, start, i) if not skip else self._issuer_phrase(start, i)
            if sp is None or sp.last >= i:
                return None
            return SpeakerSpan(sp.first, sp.last, skip, issuer=True)
        return None

    def _issuer_phrase(self, start: int, i: int) -> SpeakerSpan | None:
        """The phrase of a ل-prefixed issuer (لرئاسة الجمهورية التونسية): its first word read
        without the preposition, then the words that follow it up to the comma."""
        wi = self.d.wi
        last = start
        for k in range(start + 1, i):
            if not _PHRASE_END.isdisjoint(wi.gap(k)) or not _COMMAS.isdisjoint(wi.gap(k)):
                break
            if stops_phrase(self.lex, wi, k):
                break
            last = k
        return SpeakerSpan(start, last)

    def _looks_named(self, sp: SpeakerSpan) -> bool:
        norms = self.d.wi.norms[sp.first : sp.last + 1]
        return len(norms) <= 8

    # -- headlines ----------------------------------------------------------------------
    def run_headlines(self) -> None:
        text = self.text
        pos = 0
        while pos <= len(text):
            e = text.find("\n", pos)
            e = len(text) if e < 0 else e
            self._headline(pos, e)
            pos = e + 1

    def _headline(self, a: int, b: int) -> None:
        text, d, wi, lex = self.text, self.d, self.d.wi, self.lex
        line = text[a:b]
        colon = -1
        for ch in ":：":
            j = line.find(ch)
            if j >= 0 and (colon < 0 or j < colon):
                colon = j
        if colon <= 0 or colon > 80:
            return
        ws = wi.first_at_or_after(a)
        we = wi.first_at_or_after(a + colon)
        if not 1 <= we - ws <= 7:
            return
        head = wi.norms[ws:we]
        head_text = " ".join(head)
        if any(ch.isdigit() for ch in text[a : a + colon]) or any(
            c in text[a : a + colon] for c in '"“”«»<>=/@#|'
        ):
            return
        if head_text in lex.labels or head[0] in lex.labels or strip_conj(head[0]) in lex.labels:
            return
        if any(lex.cue(w) is not None and not lex.is_title(w) for w in head):
            return
        if any(lex.complementizer(w) for w in head) or head[0] in lex.time_words:
            return
        if head[0] in ("في", "من") or (
            head[0][:1] in "وف" and head[0][1:] in lex.leading_prepositions
        ):
            # وفي ما يلي البرنامج: ...، ومن أهم الحاضرين: ...: a list, no speaker (a bare
            # على may be the name علي: على عبد العال: ...)
            return
        if any(_latin(w) for w in wi.words[ws:we]):
            return
        ca, cb = _trim(text, a + colon + 1, b)
        if cb <= ca:
            return
        body_words = wi.first_at_or_after(cb) - wi.first_at_or_after(ca)
        if body_words < 3:
            return
        first_body = wi.first_at_or_after(ca)
        if first_body < len(wi) and wi.norms[first_body] in lex.time_words:
            return  # مقابلات المستوى الأول : الأربعاء 17 ماي ...: a schedule, not a statement
        sp = phrase_after(lex, wi, ws, we) if we - ws > 1 else None
        if sp is None or sp.first != ws:
            sp = SpeakerSpan(ws, we - 1)
        p = d.pair_in(ca, ca + 1)
        if p is not None and _trim(text, p.close + 1, cb)[0] >= cb:
            c = self._pair_cand(p, "direct", headline=True)
            if c is None:
                return
        else:
            ca, cb = _trim_marks(text, ca, cb)
            if cb <= ca:
                return
            c = _Cand(ca, cb, "direct", headline=True, prio=0)
        c.speaker = sp
        self.cands.append(c)
        self.events.append((a, sp))

    # -- quotes attributed after the marks -------------------------------------------
    def run_unclaimed(self) -> None:
        d, wi, lex, text = self.d, self.d.wi, self.lex, self.text
        n = len(wi)
        for p in d.pairs:
            if p.open in self.claimed or d.pair_words(p) < 3:
                continue
            k = d.word_after(p.close + 1)
            if k >= n:
                continue
            gap = text[p.close + 1 : wi.starts[k]]
            if "\n" in gap or "." in gap or ":" in gap:
                if "-" in gap and "\n" not in gap:
                    self._dash_speaker(p, k)
                continue
            w = wi.norms[k]
            on_account = w == "علي" and k + 1 < n and wi.norms[k + 1] == "حد"
            if w in ("حسب", "بحسب", "وفق") or on_account:
                j = k + 1 if w != "علي" else k + 2
                if j < n and (wi.norms[j].startswith("قول") or wi.norms[j].startswith("تعبير")
                              or wi.norms[j].startswith("زعم")):
                    c = self._pair_cand(p, "direct", cue=(wi.starts[k], wi.ends[j]))
                    if c:
                        c.implicit = True
                        self.cands.append(c)
                continue
            form = lex.cue(w)
            if form is not None and form.form in ("perfect", "imperfect") and not lex.is_title(w):
                sp = phrase_after(lex, wi, k + 1, min(n, k + 12))
                c = self._pair_cand(p, "direct", cue=(wi.starts[k], wi.ends[k]),
                                    cue_form=form)
                if c:
                    c.speaker = sp
                    c.implicit = sp is None
                    self.cands.append(c)

    def _dash_speaker(self, p: MarkPair, k: int) -> None:
        wi = self.d.wi
        e = self.text.find("\n", p.close)
        e = len(self.text) if e < 0 else e
        last = wi.first_at_or_after(e) - 1
        if not 1 <= last - k + 1 <= 8:
            return
        c = self._pair_cand(p, "direct")
        if c:
            c.speaker = SpeakerSpan(k, last)
            self.cands.append(c)

    # -- assembly -----------------------------------------------------------------------
    def resolve(self) -> list[_Cand]:
        cands = sorted(self.cands, key=lambda c: (c.start, -c.prio, -(c.end - c.start)))
        out: list[_Cand] = []
        for c in cands:
            if out and c.start < out[-1].end:
                prev = out[-1]
                if c.prio > prev.prio:
                    out[-1] = c
                continue
            out.append(c)
        # A later higher-priority candidate may overlap the one that replaced an earlier one.
        final: list[_Cand] = []
        for c in out:
            if final and c.start < final[-1].end:
                continue
            final.append(c)
        return final

    def build(self) -> list[Quote]:
        self.run_cues()
        self.run_headlines()
        self.run_unclaimed()
        cands = self.resolve()
        return _Namer(self.d, self.lex, self.entities, self.entity_starts).quotes(cands,
                                                                                 self.events)
