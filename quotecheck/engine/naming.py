"""Speaker mentions, implicit speakers and canonical names of a document.

The pieces live in ``quotecheck.engine.names``; ``Namer`` runs them over the candidates the
finders made: every speaker phrase is named first (so the fullest name is known), then each
quote gets its speaker's mention and name, an implicit quote the previous speaker's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from quotecheck.engine.before_cue import verb_person
from quotecheck.engine.candidates import Cand
from quotecheck.engine.entities import Entity
from quotecheck.engine.entities import entities_from as _entities_from  # old name, kept
from quotecheck.engine.evidence import Doc, has_name
from quotecheck.engine.names.agreement import agrees, phrase_gender
from quotecheck.engine.names.anaphor import (
    is_framing,
    is_guest,
    is_statement_anaphor,
    issuer_events,
    refers_back,
    source_note_events,
)
from quotecheck.engine.names.book import NameBook, NameKey, add_entity_names
from quotecheck.engine.names.context import NameContext
from quotecheck.engine.names.current import note_verb_subject
from quotecheck.engine.names.earlier import (
    statement_verb_events,
    title_mention_before,
    verb_subject_events,
)
from quotecheck.engine.names.event_subject import event_noun_events, event_subject
from quotecheck.engine.names.harvest import add_titled_names, note_office
from quotecheck.engine.names.phrase import name_of
from quotecheck.engine.names.plural import plural_group_before
from quotecheck.engine.names.resolve import Resolved, resolve
from quotecheck.engine.names.same_source import named_source_before, same_source, source_before
from quotecheck.engine.names.titles import TitleNames
from quotecheck.engine.speakers import SpeakerSpan, is_name_ali, speaker_word_list
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import is_nisba, strip_conj
from quotecheck.types import Mention, Quote

__all__ = ["Namer", "_Namer", "_entities_from"]

Event = tuple[int, SpeakerSpan]  # (offset, speaker): a speaker that later quotes may take
_AGREE_BACK = 6  # events a bare verb looks back for a speaker of its gender
_NOTED_NAME = 4  # words of a person's name read from a source note at most
_PARTICIPLE = "participle"  # CueForm.form of a participle cue (مضيفا، مشيرة)
_PLURAL = "p"  # verb_person of a plural verb (وأكدوا، مضيفين)
_GENDERS = frozenset({"m", "f"})  # verb_person of a singular verb


class Namer:
    """Speaker mentions, implicit speakers and canonical names for one document."""

    def __init__(self, d: Doc, lex: Lexicon, entities: Sequence[Entity],
                 starts: list[int]) -> None:
        self.ctx = NameContext(d, lex, entities, starts)
        self.book = NameBook()
        self.titles = TitleNames(self.ctx, self.book)
        self.keys: dict[tuple[int, int], NameKey | None] = {}  # name key of each phrase
        self._quoted_at: set[int] = set()  # cue offsets of the quotes with their own speaker

    def quotes(self, cands: list[Cand], events: list[Event]) -> list[Quote]:
        """The quotes of the candidates (in their order), speakers resolved and named;
        ``events`` are speakers without a quote of their own (a cue before a paragraph)."""
        add_entity_names(self.ctx, self.book)
        add_titled_names(self.ctx, self.book)
        notes = source_note_events(self.ctx, lambda sp: True)  # (filtered where used)
        self._add_noted_persons(notes)
        spans = _quote_spans(cands)
        back = {id(c) for c in cands if c.speaker is not None and not c.implicit
                and (refers_back(self.ctx, c.speaker, _cue_pos(c))
                     or self._in_earlier_quote(spans, c))}
        events = [e for e in events if not refers_back(self.ctx, e[1], e[0])
                  and not self._reported(spans, e)]
        for sp in [c.speaker for c in cands if c.speaker is not None] + [e[1] for e in events]:
            if (sp.first, sp.last) not in self.keys:
                key = self.keys[(sp.first, sp.last)] = name_of(self.ctx, self.book, sp)
                if key is not None:
                    self.book.add_person(key)
                    note_office(self.ctx, self.book, sp, key)
        taken = {e[0] for e in events} | {_cue_pos(c) for c in cands}
        wi = self.ctx.wi
        implicit = [wi.first_at_or_after(c.cue[0]) for c in cands
                    if c.cue and (c.speaker is None or c.implicit)]
        events = events + [e for e in verb_subject_events(self.ctx.lex, wi, self._name_of,
                                                           implicit, self._known)
                           if e[0] not in taken and not self._reported(spans, e)]
        # (a verb's subject without a quote; not a verb inside a quote: reported speech)
        seen = taken | {e[0] for e in events}
        upto = max((max(c.start, _cue_pos(c)) for c in cands if c.speaker is None or c.implicit
                    or id(c) in back or same_source(self.ctx.lex, wi, c.speaker)
                    or is_guest(self.ctx.lex, wi, c.speaker)), default=0)
        events = events + [e for e in statement_verb_events(self.ctx.lex, wi, self._name_of,
                                                             self._known, upto)
                           if e[0] not in seen and not self._reported(spans, e)]
        # (دعا الحزب ...: an antecedent further on)
        seen = seen | {e[0] for e in events}
        events = events + [e for e in event_noun_events(self.ctx.lex, wi, len(wi))
                           if e[0] not in seen and not self._reported(spans, e)]
        # (نشر النائب تغريدة: the speaker of a speech event that gave no quote)
        events = sorted(events + [e for e in notes if self._is_source(e[1])]
                        + [(_cue_pos(c), c.speaker) for c in cands
                                  if c.speaker is not None and not c.implicit
                                  and not c.speaker.issuer and id(c) not in back],
                        key=lambda e: e[0])
        issued = sorted(events + issuer_events(self.ctx), key=lambda e: e[0])
        ante = self._antecedents([c for c in cands if id(c) in back], events, issued)
        self._quoted_at = {_cue_pos(c) for c in cands if c.speaker is not None
                           and not c.implicit}
        return [self._quote(c, *self._guest(c, events, *self._same_source(
                    c, events, *self._resolved(c, events, ante.get(id(c)), id(c) in back))))
                for c in cands]

    def _guest(self, c: Cand, events: list[Event], resolved: Resolved | None,
               from_antecedent: bool) -> tuple[Resolved | None, bool]:
        """وقال ضيف "بوليتيكا" إن: the mention as written, named after the latest explicit
        speaker of a quote before it whose phrase holds a name (the guest the report
        introduced: أكد السياسي محمود البارودي ... وقال ضيف "بوليتيكا"; not a subject read
        inside a report, الشاهد أعلن)."""
        lex, wi = self.ctx.lex, self.ctx.wi
        if (resolved is None or c.speaker is None or c.implicit or from_antecedent
                or not is_guest(lex, wi, c.speaker)):
            return resolved, from_antecedent
        pos = _cue_pos(c)
        for at, sp in reversed(events):
            if at >= pos or at not in self._quoted_at or is_guest(lex, wi, sp) or not has_name(
                    lex, wi.norms[sp.first : sp.last + 1]):
                continue
            name = self._resolve(sp)[1]
            return (resolved[0], name, resolved[2]) if name else resolved, from_antecedent
        return resolved, from_antecedent

    def _same_source(self, c: Cand, events: list[Event], resolved: Resolved | None,
                     from_antecedent: bool) -> tuple[Resolved | None, bool]:
        """وأضاف ذات المصدر: the mention as written, named after the unnamed source given
        before (its name; anonymous)."""
        lex, wi = self.ctx.lex, self.ctx.wi
        if (resolved is None or c.speaker is None or c.implicit or from_antecedent
                or not same_source(lex, wi, c.speaker)):
            return resolved, from_antecedent
        sp = source_before(lex, wi, events, _cue_pos(c), c.speaker)
        if sp is not None:
            return (resolved[0], self._resolve(sp)[1], True), from_antecedent
        sp = named_source_before(lex, wi, events, _cue_pos(c), c.speaker)
        if sp is None:
            return resolved, from_antecedent
        name = self._resolve(sp)
        return (resolved[0], name[1], name[2]), from_antecedent

    def _antecedents(self, back: list[Cand], events: list[Event],
                     issued: list[Event]) -> dict[int, SpeakerSpan | None]:
        """The antecedent of each candidate whose phrase points back, in text order; each
        found one becomes an event there, so the bare verbs after it (وأفاد البلاغ ...،
        مضيفا) take it too.  ``events`` and ``issued`` grow in place."""
        out: dict[int, SpeakerSpan | None] = {}
        for c in sorted(back, key=_cue_pos):
            pos = min(c.start, c.cue[0]) if c.cue else c.start
            statement = is_statement_anaphor(self.ctx.lex, self.ctx.wi, c.speaker)
            pool = issued if statement else events
            j = bisect_left([e[0] for e in pool], pos) - 1
            sp = pool[j][1] if j >= 0 else title_mention_before(
                self.ctx.lex, self.ctx.wi, pos, self._name_of, self._known)
            out[id(c)] = sp
            if sp is None and is_framing(self.ctx.lex, self.ctx.wi, c.speaker):
                continue  # (وفي مجلس النواب، قال: no speaker at all)
            here = (_cue_pos(c), sp if sp is not None else c.speaker)  # (none: the phrase)
            for lst in (events, issued):
                lst.insert(bisect_left([e[0] for e in lst], here[0]), here)
        return out

    def _resolved(self, c: Cand, events: list[Event], antecedent: SpeakerSpan | None,
                  back: bool = False) -> tuple[Resolved | None, bool]:
        """A candidate's speaker: its own, else (a phrase that points back: معاليه، البلاغ)
        its antecedent, else (an implicit one) the last speaker before it, else the last
        title + name phrase before it; and whether it was resolved so."""
        if c.speaker is not None and not c.implicit:
            if antecedent is not None:
                return self._resolve(antecedent), True
            if back and is_framing(self.ctx.lex, self.ctx.wi, c.speaker):
                return None, False  # a framing phrase and no antecedent: no speaker
            return self._resolve(c.speaker), False
        if c.cue:  # (أصدر البيت الأبيض بيانا ... قال فيه: the event's subject)
            sp = event_subject(self.ctx.lex, self.ctx.wi,
                               self.ctx.wi.first_at_or_after(c.cue[0]))
            if sp is not None:  # (an antecedent of the bare verbs after it, مشددا)
                at = _cue_pos(c)
                events.insert(bisect_left([e[0] for e in events], at), (at, sp))
                return self._resolve(sp), True
        pos = min(c.start, c.cue[0]) if c.cue else c.start
        j = self._agreeing(c, events, bisect_left([e[0] for e in events], pos) - 1)
        group = self._plural_group(c, events, j)
        if group is not None:  # (وعبر بعض الأهالي عن ...، وأكدوا أن: the group)
            at = _cue_pos(c)
            events.insert(bisect_left([e[0] for e in events], at), (at, group))
            return self._resolve(group), True
        sp = events[j][1] if j >= 0 else title_mention_before(
            self.ctx.lex, self.ctx.wi, pos, self._name_of, self._known)
        return (None if sp is None else self._resolve(sp)), sp is not None

    def _plural_group(self, c: Cand, events: list[Event], j: int) -> SpeakerSpan | None:
        """A plural bare cue whose nearest agreeing speaker (event ``j``) is none or names
        one person: the group of persons the text made a subject since that speaker
        (``names.plural.plural_group_before``), if any."""
        if c.cue is None:
            return None
        wi, lex = self.ctx.wi, self.ctx.lex
        k = wi.first_at_or_after(c.cue[0])
        if verb_person(lex, wi.norms[k]) != _PLURAL:
            return None
        stop = -1
        if j >= 0:
            if agrees(lex, wi, wi.norms[k], events[j][1]):
                return None
            stop = wi.first_at_or_after(events[j][0])
        return plural_group_before(lex, wi, k, stop)

    def _agreeing(self, c: Cand, events: list[Event], j: int) -> int:
        """The latest event at or before ``j`` whose speaker agrees with the bare cue of
        ``c`` in gender (وأضافت after a man's quote: the woman quoted before him), a few
        events back at most; ``j`` when none does or ``c`` has no cue."""
        if j < 0 or c.cue is None:
            return j
        wi, lex = self.ctx.wi, self.ctx.lex
        cue_word = wi.norms[wi.first_at_or_after(c.cue[0])]
        for k in range(j, max(-1, j - _AGREE_BACK), -1):
            if agrees(lex, wi, cue_word, events[k][1]) and self._verb_agrees(cue_word, events[k]):
                return k
        return j

    def _verb_agrees(self, cue_word: str, event: Event) -> bool:
        """The event's own verb, right before its subject (وقالت نوران X، وذكر الجهيناوي),
        has the bare cue's gender, or says none: a name's gender is its verb's."""
        wi, lex = self.ctx.wi, self.ctx.lex
        at, sp = event
        v = wi.first_at_or_after(at)
        if v + 1 != sp.first or phrase_gender(lex, wi, sp) is not None:
            return True
        mine, theirs = verb_person(lex, cue_word), verb_person(lex, wi.norms[v])
        return mine not in _GENDERS or theirs not in _GENDERS or mine == theirs

    def _in_earlier_quote(self, spans: list[tuple[int, int]], c: Cand) -> bool:
        """The candidate's speaker phrase starts inside a quote found before its cue
        ("المشكلة ليست تقنية"، يقول النائب X، مضيفا أن: the participle's phrase read back
        into the quote): words of another's speech, no speaker; the cue takes the speaker
        before it, like a phrase that points back.  Only a participle's (a verb's subject
        may stand in a reported clause before it: أورد الموقع أن الخاطفين قالا إنهما), and
        not the antecedent of a relative pronoun right before the cue (X الذي أكد)."""
        assert c.speaker is not None
        if c.cue_form is None or c.cue_form.form != _PARTICIPLE:
            return False  # (أن خاطفي الطائرة قالا إنهما: a verb's subject in the clause)
        wi = self.ctx.wi
        at, pos = wi.starts[c.speaker.first], _cue_pos(c)
        j = bisect_left(spans, (at + 1,)) - 1
        if not (j >= 0 and spans[j][0] <= at < spans[j][1] <= pos):
            return False
        k = wi.first_at_or_after(pos)  # (حمادي الأديب الذي أكد: the person the quote names)
        return not (0 < k < len(wi) and wi.norms[k - 1] in self.ctx.lex.relative_persons)

    def _reported(self, spans: list[tuple[int, int]], event: Event) -> bool:
        """An event is part of the reported speech of a quote: its offset falls inside one
        of the quote ``spans`` (ولفت نظر الحكومة، تعهد شخصيا بالملف inside an indirect
        clause), its subject no antecedent of the bare verbs after the quote.  Not a
        relative clause's verb whose speaker is the pronoun's antecedent (حمادي الأديب الذي
        أكد: a new speaker the quote introduces; not الإحصائيات التي أعلنت عنها X)."""
        pos, sp = event
        if not _inside(spans, pos):
            return False
        wi = self.ctx.wi
        k = wi.first_at_or_after(pos)
        return not (0 < k < len(wi) and wi.norms[k - 1] in self.ctx.lex.relative_persons
                    and sp.last == k - 2)

    def _is_source(self, sp: SpeakerSpan) -> bool:
        """A phrase that can be a source: an unnamed source (مصدر أمني) or a body (وزارة
        الصحة); not any noun (وفق القانون), nor a medium that relays (حسب وكالة رويترز: the
        agency reports what someone else said, it is no antecedent of his next verb)."""
        lex, w = self.ctx.lex, self.ctx.wi.norms[sp.first]
        if strip_conj(w) in lex.media or w in lex.media:
            return False
        return strip_conj(w) in lex.anonymous or w in lex.anonymous or lex.is_body(w) or (
            _office_or_kin(lex, w)) or self._names_person(sp) or note_verb_subject(
            lex, self.ctx.wi, sp)

    def _names_person(self, sp: SpeakerSpan) -> bool:
        """A source note's phrase opens with a person's name: a known first name and a word
        after it, no punctuation between, that is a known name or no definite noun (وفق ما
        أكده علي عبيد، حسب ما أفاد به سامي بن خالد رئيس الفرقة); not a noun that a name
        list holds (حسب عمر السيارة، وفق تعبيره)."""
        lex, wi = self.ctx.lex, self.ctx.wi
        k = sp.first
        return k < sp.last and (lex.is_first_name(strip_conj(wi.norms[k]))
                                or is_name_ali(lex, wi, k)) and (
            not wi.gap(k + 1).strip(" ")) and (wi.norms[k + 1] in lex.person_names
                                               or not wi.norms[k + 1].startswith(
                                                   lex.morph.article))

    def _add_noted_persons(self, notes: list[Event]) -> None:
        """Note the persons a source note names (وفق ما أكده سفيان السليطي الناطق باسم
        المحكمة): a run of two to four words from a known first name, within the first three
        words of the note's phrase, up to a title, a body or a preposition (for the fullest
        name of a surname given later; no antecedent is made of them)."""
        lex, wi = self.ctx.lex, self.ctx.wi
        for _, sp in notes:
            a = next((k for k in range(sp.first, min(sp.last, sp.first + 2) + 1)
                      if wi.norms[k] in lex.person_names), None)
            if a is None:
                continue
            b = a
            while (b + 1 <= sp.last and b + 1 - a < _NOTED_NAME and not wi.gap(b + 1).strip(" ")
                   and not (lex.is_title(wi.norms[b + 1]) or lex.is_body(wi.norms[b + 1])
                            or wi.norms[b + 1] in lex.soft_prep
                            or wi.norms[b + 1] in speaker_word_list("roles_after_name", lex))):
                if b > a and wi.norms[b].startswith(lex.morph.article) and (
                        wi.norms[b - 1] not in speaker_word_list("name_joiners", lex)):
                    break  # (زبير اليحياوي لسان الدفاع: an ال surname ends it; عبد الجليل X)
                b += 1
            if b > a:
                key = tuple(wi.norms[a : b + 1])
                self.book.note_surface(key, self.ctx.text[wi.starts[a] : wi.ends[b]])
                self.book.add_person(key)

    def _known(self, sp: SpeakerSpan) -> bool:
        """The phrase is a short form of a longer person's name noted in the document
        (كرشود after عياد كرشود)."""
        key = self._name_of(sp) or tuple(self.ctx.wi.norms[sp.first : sp.last + 1])
        return len(self.book.fullest(key)) > len(key)  # (a surname like a nisba: the words)

    def _name_of(self, sp: SpeakerSpan) -> NameKey | None:
        return name_of(self.ctx, self.book, sp)

    def _resolve(self, sp: SpeakerSpan) -> Resolved:
        span = (sp.first, sp.last)
        if span not in self.keys:
            self.keys[span] = name_of(self.ctx, self.book, sp)
        return resolve(self.ctx, self.book, self.titles, sp, self.keys[span])

    def _quote(self, c: Cand, resolved: Resolved | None, from_antecedent: bool) -> Quote:
        text = self.ctx.text
        mention, name, anonymous = resolved if resolved else (None, None, False)
        cue = Mention(text[c.cue[0] : c.cue[1]], c.cue[0], c.cue[1]) if c.cue else None
        return Quote(
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
            truncated=c.pair is not None and c.pair.truncated,
            speaker_resolved=from_antecedent and mention is not None,
        )


def _office_or_kin(lex: Lexicon, w: str) -> bool:
    """A source note's phrase headed by an office of titles.txt (وفق ما أكده المعتمد الأول)
    or a kinship noun (حسب ما أكده زوج خالة الضحية): a person who speaks, an antecedent of
    the bare verbs after the note; not a nisba or country (which is_title also reads)."""
    bare = strip_conj(w)
    return (w in lex.titles or bare in lex.titles or lex.morph.article + bare in lex.titles
            or bare in speaker_word_list("kinship_nouns", lex)) and not is_nisba(bare)


def _quote_spans(cands: list[Cand]) -> list[tuple[int, int]]:
    """The (start, end) offsets of the candidates' quotes, in text order."""
    return sorted((c.start, c.end) for c in cands)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Offset ``pos`` falls inside one of the quote ``spans`` (in text order), at its first
    character too (a direct quote that opens with its own verb of statement: "أكد الرئيس
    أن ...", whose subject is no antecedent of the bare verbs after the quote)."""
    j = bisect_left(spans, (pos + 1,)) - 1
    return j >= 0 and spans[j][0] <= pos < spans[j][1]


def _cue_pos(c: Cand) -> int:
    return c.cue[0] if c.cue else c.start


_Namer = Namer  # the name the extractor imports
