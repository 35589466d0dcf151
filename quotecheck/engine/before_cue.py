"""The speaker before a cue: the subject of its sentence (وكان الجبير قد أكد، ميقاتي لفت),
a statement's issuer (في بيان لوزارة الداخلية، قالت), or the subject before a participle."""

from __future__ import annotations

from quotecheck.engine.evidence import COMMAS, PHRASE_END, Doc, after_first_letter
from quotecheck.engine.speakers import SpeakerSpan, is_medium, phrase_after, stops_phrase
from quotecheck.lang.ar.lexicon import CueForm
from quotecheck.lang.ar.morphology import strip_conj


def speaker_before(d: Doc, i: int, form: CueForm | None,
                   last_start: int | None) -> SpeakerSpan | None:
    """``وكان الجبير قد أكد``, ``ميقاتي لفت``, or the subject before a participle
    (``last_start``: where the latest candidate of the finder starts)."""
    wi, lex = d.wi, d.lex
    s = d.sentence_start(i)
    label = False
    for j in range(i - 1, s, -1):
        if ":" in wi.gap(j):  # عاجل : وزير ليبي يؤكد: a label before the subject
            s, label = j, True
            break
    if s >= i:
        return None
    in_sentence = last_start is not None and last_start >= wi.starts[s]
    if form is not None and form.form == "participle":
        return None if in_sentence else participle_subject(d, s, i)
    if (in_sentence and last_start < wi.starts[i]
            and (wi.norms[i - 1] in lex.conj_clitics or wi.norms[i][0] in lex.conj_clitics
                 and wi.norms[i] not in lex.cues)):
        return None  # وقال إن ... وأضاف أن: a verb joined after a report in the sentence
    i = before_seat(d, s, i)  # المرصد ... ومقره لندن أعلن: the phrase before ومقره
    issuer = statement_issuer(d, s, i)
    if issuer is not None:
        return issuer
    return sentence_subject(d, s, i, form, label)


def sentence_subject(d: Doc, s: int, i: int, form: CueForm | None,
                     label: bool) -> SpeakerSpan | None:
    """The subject between a sentence's start (word s) and its verb (word i)."""
    wi, lex = d.wi, d.lex
    first = strip_conj(wi.norms[s])
    if (first == lex.earlier_report and s + 2 < i and wi.norms[s + 1].startswith(lex.prep_li)
            and len(wi.norms[s + 1]) > 2 and lex.complementizer(wi.norms[i - 1])):
        # وسبق للرئيس محمود عباس، أن أعلن: the ل-phrase before أن is the speaker
        sp = issuer_phrase(d, s + 1, i - 1)
        if sp is not None and sp.last == i - 2:
            skip = 0 if wi.norms[s + 1].startswith(lex.li_article) else 1
            return SpeakerSpan(sp.first, sp.last, skip=skip)
    if first in lex.kana_forms or first in lex.topic_particles:
        return phrase_after(lex, wi, s + 1, i)  # وكان الجبير قد أكد، أما الوزير فقال
    # فإن المجلس يهدد، لكن الوزارة أكدت: a subject right after a particle, before the verb.
    for j in range(i - 1, max(s, i - 6) - 1, -1):
        if strip_conj(wi.norms[j]) in lex.subject_particles and j < i - 1:
            sp = phrase_after(lex, wi, j + 1, i)
            if sp is not None and sp.first == j + 1 and sp.last == i - 1:
                return sp
            break
    sp = conjoined_subject(d, s, i, form)
    if sp is not None:
        return sp
    if i - s <= 6:
        sp = phrase_after(lex, wi, s, i, after_label=label)
        if sp is not None and sp.last >= i - 1 and sp.first == s:
            return sp
    return None


def participle_subject(d: Doc, s: int, i: int) -> SpeakerSpan | None:
    """وتوجه سريع إلى المملكة قائلا: the subject of the sentence's first verb."""
    wi, lex = d.wi, d.lex
    if wi.norms[s] in lex.conj_clitics and s + 1 < i:
        s += 1  # و استبعد الدكتور ...: a conjunction written apart from its verb
    s0, s = s, after_leading_phrase(d, s, i)
    if not lex.is_title(wi.norms[s]) and i - s <= 14:
        sp = phrase_after(lex, wi, s + 1, i)
        if sp is not None and sp.last - sp.first < 8 and (
            s == s0 or sp.last - sp.first < 2
            or any(lex.is_title(w) for w in wi.norms[sp.first : sp.last + 1])
        ):  # (after a leading phrase, no untitled run: نفى أوباما اتهامات ترامب)
            return sp
    return None


def before_seat(d: Doc, s: int, i: int) -> int:
    """Where a body's seat in apposition begins just before the verb at word i
    (المرصد السوري لحقوق الإنسان ومقره لندن أعلن); else ``i``."""
    wi = d.wi
    for k in range(i - 2, max(s, i - 4) - 1, -1):
        if wi.norms[k] in d.lex.seat_words:
            if all(PHRASE_END.isdisjoint(wi.gap(x)) for x in range(k, i)):
                return k
            break
    return i


def after_leading_phrase(d: Doc, s: int, i: int) -> int:
    """The first word after a leading prepositional phrase set off by a comma (وفي سياق
    متصل، تحدث الحرشاني ... مشيرا): where the sentence's verb stands; else ``s``."""
    wi, lex = d.wi, d.lex
    w = wi.norms[s]
    if w not in lex.leading_prepositions and not (
        w[:1] in lex.conj_clitics and w[1:] in lex.leading_prepositions
    ):
        return s
    for j in range(s + 1, min(s + 6, i)):
        if not PHRASE_END.isdisjoint(wi.gap(j)):
            return s
        if not COMMAS.isdisjoint(wi.gap(j)):
            return j
        if lex.cue(wi.norms[j]) is not None or lex.is_title(wi.norms[j]):
            return s  # و استبعد الدكتور ...، أن: a verb and its subject, no leading phrase
    return s


def conjoined_subject(d: Doc, s: int, i: int, form: CueForm | None) -> SpeakerSpan | None:
    """``والدبيبة يقول إن`` / ``، والوزير أكد أن``: a new clause whose subject, joined by
    و, stands right before a bare verb; the mention leaves the conjunction out.  After a
    plain noun (وسط الزغاريد والضحكات قال) the و may join two nouns instead, so there it
    takes a title (والوزير), a comma before it, or an imperfect verb (والدبيبة يقول)."""
    wi, lex = d.wi, d.lex
    if wi.norms[i] not in lex.cues:
        return None  # ويقول، وأكد: the verb carries the conjunction, not its subject
    for j in range(i - 1, max(s, i - 4) - 1, -1):
        if not PHRASE_END.isdisjoint(wi.gap(j + 1)) or not COMMAS.isdisjoint(wi.gap(j + 1)):
            return None
        w = wi.norms[j]
        if w[0] in lex.chain_joiners and len(w) > 4 and w not in lex.titles and (
            w not in lex.cue_lookup and w not in lex.conjunction_lookalikes
        ) and (w[1:].startswith(lex.article) or lex.is_title(w[1:])):
            if w[1:] in lex.relative_pronouns or not (
                lex.is_title(w[1:]) or j == s or not COMMAS.isdisjoint(wi.gap(j))
                or (form is not None and form.form == "imperfect")
            ):
                return None  # والذي أكد: a relative clause; الزغاريد والضحكات قال
            sp = phrase_after(lex, wi, j, i)
            if sp is None or sp.first != j or sp.last != i - 1:
                return None
            raw = wi.text[wi.starts[j] : wi.ends[j]]
            return SpeakerSpan(j, i - 1, after_first_letter(raw))  # وَالوزير: no و
        if stops_phrase(lex, wi, j):
            return None
    return None


def statement_issuer(d: Doc, s: int, i: int) -> SpeakerSpan | None:
    """``وفي بيان لوزارة الداخلية، قالت إن`` / ``في بلاغ صادر عن الوزارة، أكدت``: a verb
    without a subject after a statement issued by someone earlier in its sentence."""
    wi, lex = d.wi, d.lex
    for j in range(i - 1, s - 1, -1):
        w = strip_conj(wi.norms[j])
        if j < i - 1 and lex.cue(wi.norms[j]) is not None and not lex.is_title(wi.norms[j]):
            return None  # another report's verb: the statement is not this cue's
        if w not in lex.statement_words:
            continue
        start, skip = _issuer_start(d, j, i, w)
        if start is None:
            continue
        if start >= i or is_medium(lex, wi.norms[start][1 if skip else 0 :]):
            return None
        sp = phrase_after(lex, wi, start, i) if not skip else issuer_phrase(d, start, i)
        if sp is None or sp.last >= i:
            return None
        return SpeakerSpan(sp.first, sp.last, skip, issuer=True)
    return None


def _issuer_start(d: Doc, j: int, i: int, w: str) -> tuple[int | None, int]:
    """Where the issuer of the statement word j (folded ``w``) begins, and the characters
    its mention leaves out (the ل of لوزارة); (None, 0) when it names none."""
    wi, lex = d.wi, d.lex
    for words in lex.issued_by:
        if tuple(strip_conj(x) for x in wi.norms[j : j + len(words)]) == words:
            return j + len(words), 0
    if w in lex.statement_nouns and j + 1 < i:
        nxt = wi.norms[j + 1]
        if (nxt.startswith(lex.prep_li) and not nxt.startswith(lex.li_article) and len(nxt) > 3
                and COMMAS.isdisjoint(wi.gap(j + 1))):
            raw = wi.text[wi.starts[j + 1] : wi.ends[j + 1]]
            return j + 1, after_first_letter(raw)  # لِوزارة: the preposition and its vowel
    return None, 0


def issuer_phrase(d: Doc, start: int, i: int) -> SpeakerSpan | None:
    """The phrase of a ل-prefixed issuer (لرئاسة الجمهورية التونسية): its first word read
    without the preposition, then the words that follow it up to the comma."""
    wi = d.wi
    last = start
    for k in range(start + 1, i):
        if not PHRASE_END.isdisjoint(wi.gap(k)) or not COMMAS.isdisjoint(wi.gap(k)):
            break
        if stops_phrase(d.lex, wi, k):
            break
        last = k
    return SpeakerSpan(start, last)
