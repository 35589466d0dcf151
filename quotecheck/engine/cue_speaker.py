"""The explicit speaker of a reporting cue: after the verb (its subject, a relayed source,
a statement and its issuer, a name in apposition) or, failing that, before it."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from quotecheck.engine.addressed_outlet import past_outlet_name
from quotecheck.engine.apposition import apposed_person
from quotecheck.engine.before_cue import issuer_phrase, speaker_before, verb_person
from quotecheck.engine.candidates import CueSite
from quotecheck.engine.contrast_speaker import contrast_opener
from quotecheck.engine.cue_apposed_name import apposed_name as apposed_name
from quotecheck.engine.cue_apposed_name import ends_apposed_name as ends_apposed_name
from quotecheck.engine.cue_object import (
    attention_object,
    fronted_subject,
    object_before_complement,
)
from quotecheck.engine.entities import ORG_LABELS, PERSON_LABELS, entities_from
from quotecheck.engine.evidence import (
    COLON_QUOTE,
    COMMAS,
    PHRASE_END,
    SEGMENT_END,
    Doc,
    Entity,
    after_first_letter,
    statement_complement,
)
from quotecheck.engine.names.current import (
    named_subject,
    opens_sentence,
    relative_person,
    statement_possessor,
)
from quotecheck.engine.phrase_stops import object_after_title
from quotecheck.engine.quoted import NAME_PAIR_WORDS
from quotecheck.engine.speakers import (
    SpeakerSpan,
    cue_with_object,
    is_addressee,
    phrase_after,
    speaker_head,
    speaker_word_list,
    stops_phrase,
)
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import CueForm, Lexicon
from quotecheck.lang.ar.morphology import strip_conj, strip_possessive

_NAMED = PERSON_LABELS | ORG_LABELS  # entities that make a speaker a safe antecedent


class CueSpeakers:
    """Speakers of the cues of one document, memoised per cue word, and the coreference
    events (offset, speaker) that strong speakers leave for implicit ones."""

    def __init__(self, d: Doc, entities: Sequence[Entity], entity_starts: list[int]) -> None:
        self.d = d
        self.entities, self.entity_starts = entities, entity_starts
        self.memo: dict[int, SpeakerSpan | None] = {}
        self.events: list[tuple[int, SpeakerSpan]] = []

    def find(self, site: CueSite, k: int, last_start: int | None,
             quoted: AbstractSet[int] = frozenset()) -> SpeakerSpan | None:
        """The explicit speaker of the cue at ``site`` whose trigger is word k
        (``last_start``: where the finder's latest candidate starts; ``quoted``: the opening
        offsets of the pairs already taken as quotes, whose words are no speaker)."""
        if site.i in self.memo:
            return self.memo[site.i]
        sp = self._read(site, k, last_start)
        if sp is not None and quoted_elsewhere(self.d, sp, site.i, quoted):
            sp = None
        self.memo[site.i] = sp
        named = None if sp is None or sp.issuer or self._strong(sp) else named_subject(
            self.d, site, sp)
        if sp is not None and not sp.issuer and self._strong(sp) or named is not None:
            # (an issuer read from في بيان لـX is this verb's speaker only: the bare verbs
            # after it relay the person the statement quotes, the earlier antecedent)
            self.events.append((self.d.wi.starts[site.i], named or sp))
        return sp

    def spoke(self, site: CueSite) -> None:
        """The perfect cue at ``site`` gave no quote on purpose (its clause or marks are a
        request, a wish: شدد X على ضرورة أن، أعرب X عن أمله في أن): its speaker still spoke, an
        antecedent of the bare verbs after it as a quote's speaker is, whatever its phrase
        holds."""
        sp = self.memo.get(site.i)
        pos = self.d.wi.starts[site.i]
        if site.form.form != "perfect":
            return  # (أنها تتابع باهتمام: an imperfect inside a reported clause, no event)
        if sp is not None and not sp.issuer and all(e[0] != pos for e in self.events):
            self.events.append((pos, sp))

    def _read(self, site: CueSite, k: int, last_start: int | None) -> SpeakerSpan | None:
        """The speaker after the cue, an interrogation's subject, a relative pronoun's
        antecedent, or the subject before the cue."""
        masked = anonymity_cue(self.d, site.i, site.last)
        if masked is not None:
            return masked  # (قال X، طلب عدم ذكر اسمه، إن: the speaker of قال)
        contrast = contrast_opener(self.d, site.i)
        if contrast == "pronoun":
            return None  # (لكنه أكد أن: a bare verb, its speaker the antecedent)
        sp = speaker_after(self.d, site.last, min(k, len(self.d.wi.norms)), site.form,
                           opens_sentence(self.d, site.i))
        if sp is not None and contrast is None:
            sp = fronted_subject(self.d, site, sp, last_start) or sp  # (X، رأى الأمور)
        frame = None
        if sp is None or self.d.wi.norms[sp.first].startswith(self.d.lex.morph.ba):
            frame = interrogation_frame(self.d, site.i)  # (not: وبالتحري معهما صرح أحدهما)
        if frame is not None:
            sp = frame.speaker  # وبالتحري مع المظنون فيه، أفاد أنه: the one questioned
        elif sp is None and contrast is None:  # (لكن أكد أن: not the clause before لكن)
            sp = statement_possessor(self.d, site.i) or relative_antecedent(
                self.d, site.i) or past_auxiliary(self.d, speaker_before(
                    self.d, site.i, site.form, last_start))
        return sp

    def forget(self, i: int) -> None:
        """Drop the memoised speaker of the cue at word i (and its coreference event)."""
        if self.memo.pop(i, None) is not None:
            pos = self.d.wi.starts[i]
            self.events = [e for e in self.events if e[0] != pos]

    def _strong(self, sp: SpeakerSpan) -> bool:
        """A phrase with a title or an unnamed-source noun (a safe antecedent for وأضاف)."""
        lex = self.d.lex
        norms = [strip_conj(w) for w in self.d.wi.norms[sp.first : sp.last + 1]]
        return any(w in lex.titles or w in lex.anonymous for w in norms) or any(
            self._entity_at(sp)
        )

    def _entity_at(self, sp: SpeakerSpan):
        """Person or organisation entities starting in the first words of a phrase."""
        a = self.d.wi.starts[sp.first]
        b = self.d.wi.ends[min(sp.last, sp.first + 2)]
        return (1 for e in entities_from(self.entities, self.entity_starts, a, b)
                if e[2] in _NAMED)


_ANONYMITY_BACK = 30  # words from an anonymity clause back to the verb it qualifies at most


def anonymity_cue(d: Doc, i: int, last: int) -> SpeakerSpan | None:
    """The cue word i of an anonymity clause (طلب عدم ذكر اسمه، مشترطا عدم ذكر اسمه: a
    negating noun before it, speaker_words.json anonymity_negators, and an identity noun
    after it) says nothing itself: its quote's speaker is the one of the reporting verb the
    clause qualifies, the nearest cue before it in its sentence (وقال أحد المعدنين، طلب عدم
    ذكر اسمه، إن -> أحد المعدنين); None for any other cue, or when no such verb stands."""
    wi, lex = d.wi, d.lex
    if i < 2 or last + 1 >= len(wi) or strip_conj(wi.norms[i - 1]) not in speaker_word_list(
            "anonymity_negators", lex) or wi.norms[last + 1] not in speaker_word_list(
            "identity_nouns", lex):
        return None
    s = d.sentence_start(i)
    for j in range(i - 3, max(s, i - _ANONYMITY_BACK) - 1, -1):
        form = lex.cue(wi.norms[j])
        if form is None or form.form not in ("perfect", "imperfect"):
            continue
        end = next((x for x in range(j + 1, i) if not COMMAS.isdisjoint(wi.gap(x))), i - 2)
        sp = speaker_after(d, j, end, form, opens_sentence(d, j))
        return sp if sp is not None else speaker_before(d, j, form, None)
    return None


def past_auxiliary(d: Doc, sp: SpeakerSpan | None) -> SpeakerSpan | None:
    """A subject read before the cue that opens with a verb of going on (ومضى يقول، وراح
    يؤكد، وعاد الوزير ليؤكد: speaker_words.json auxiliary_verbs) is the words after that
    verb; none when it is the verb alone (the speaker is implicit)."""
    if sp is None or strip_conj(d.wi.norms[sp.first]) not in speaker_word_list(
            "auxiliary_verbs", d.lex):
        return sp
    return SpeakerSpan(sp.first + 1, sp.last) if sp.last > sp.first else None


_ANTECEDENT_WORDS = 10  # words of a relative pronoun's antecedent phrase at most


def relative_antecedent(d: Doc, i: int) -> SpeakerSpan | None:
    """The cue at word i opens a relative clause (مدير الدورة جمال بن حسين الذي أكد أن،
    رياض جعيدان، الذي أكد أنه): its speaker is the phrase the relative pronoun
    (speaker_words.json relative_pronouns) follows, the longest that ends right before it
    (a comma between them allowed) and is headed by a body or an unnamed source, or holds
    a known first name after a title or as its head; none when no such phrase (الصورة التي
    أكدت، قائد الطائرة الذي قال: no speaker read here)."""
    wi, lex = d.wi, d.lex
    r = i - 1
    person = relative_person(lex, wi.norms[r]) if r >= 1 else None
    if person is None or person != verb_person(lex, wi.norms[i]):
        return None  # (لحركة نداء تونس، التي قال إنها: the pronoun is the verb's object)
    if not PHRASE_END.isdisjoint("".join(c for c in wi.gap(r) if c not in COMMAS)) or (
            wi.gap(i).strip(" ")):
        return None
    end = r - 1
    s = d.sentence_start(i)
    for k in range(max(s, end - _ANTECEDENT_WORDS), end + 1):
        sp = phrase_after(lex, wi, k, r)
        if sp is None or sp.first != k or sp.last != end:
            continue
        if k > s and wi.gap(k).strip(" ") == "" and lex.is_title(wi.norms[k - 1]):
            continue  # (الكاتب العام: not from the middle of an office's words)
        head = strip_conj(wi.norms[k])
        named = any(lex.is_first_name(w) for w in wi.norms[k : end + 1])
        if lex.is_body(head) or head in lex.anonymous or named and (
                lex.is_title(head) or head in lex.person_names) or _emphatic_pair(d, k, end):
            return sp
    return None


def _emphatic_pair(d: Doc, k: int, end: int) -> bool:
    """Words k..end are a definite noun and an emphatic with its pronoun (الطالب ذاته)
    and the document set that noun before a known first name earlier (بالطالب محمد الخزري):
    the phrase points back to that person, a safe antecedent (الموقف ذاته: no person)."""
    wi, lex = d.wi, d.lex
    head = strip_conj(wi.norms[k])
    art = lex.morph.article
    if end != k + 1 or not head.startswith(art) or len(head) < len(art) + 3 or (
            strip_possessive(wi.norms[end]) not in lex.emphatic
            or wi.norms[end] == strip_possessive(wi.norms[end])):
        return False
    return any(wi.norms[j].endswith(head) and len(wi.norms[j]) <= len(head) + 2
               and not wi.gap(j + 1).strip(" ") and lex.is_first_name(wi.norms[j + 1])
               for j in range(k - 1))


class Frame(NamedTuple):
    """An interrogation frame before a cue: the one questioned, when named (None: a
    pronoun, وباستنطاقه، وبالتحري معهم: the speaker is implicit)."""

    speaker: SpeakerSpan | None


_FRAME_WORDS = 10  # words between an interrogation frame's noun and its cue at most


def interrogation_frame(d: Doc, i: int) -> Frame | None:
    """The cue at word i (اعترف، أفاد، صرح) follows an interrogation frame that opens its
    sentence or clause (وبالتحري مع المظنون فيه، أفاد; وبسماع الشهود أكدوا; وباستنطاقه
    اعترف): ب + a noun of questioning (speaker_words.json interrogation_nouns), then مع and
    the one questioned, or that one in construct, or a pronoun.  The frame is no speaker;
    the one questioned is (a pronoun: the speaker is implicit)."""
    wi, lex = d.wi, d.lex
    nouns = speaker_word_list("interrogation_nouns", lex)
    s = d.sentence_start(i)
    for j in range(i - 1, max(s - 1, i - 1 - _FRAME_WORDS), -1):
        w = strip_conj(wi.norms[j])
        if not (w.startswith(lex.morph.ba) and _frame_noun(lex, w[1:], nouns)):
            continue
        if j != s and COMMAS.isdisjoint(wi.gap(j)):
            return None  # (أكدت الوزارة أنه بالتحري مع ...: inside a reported clause)
        k = j + 1
        while k < i and wi.norms[k] in nouns:
            k += 1  # (بمزيد التحري)
        withs = speaker_word_list("with_preposition", lex)
        if k < i and wi.norms[k] in withs:
            k += 1
        if k >= i or wi.norms[k].startswith(tuple(withs)) or k == j + 1 and len(w) > max(
                map(len, nouns)) + 1:
            return Frame(None)  # (معه، معهم، وباستنطاقه: a pronoun)
        sp = phrase_after(lex, wi, k, i)
        return Frame(sp if sp is not None and sp.first == k else None)
    return None


def _frame_noun(lex: Lexicon, w: str, nouns: AbstractSet[str]) -> bool:
    """A noun of questioning, bare, definite or with a pronoun (استنطاقه، سماعها)."""
    return w in nouns or any(w.startswith(n) and len(w) - len(n) <= 2 for n in nouns
                             if not n.startswith(lex.morph.article))


def quoted_elsewhere(d: Doc, sp: SpeakerSpan, i: int, quoted: AbstractSet[int]) -> bool:
    """A speaker phrase that starts inside a pair taken as a quote (``quoted``: opening
    offsets) which does not hold the cue (word i) and is more than the phrase (a name in
    marks is one): words of an earlier quote are never its speaker."""
    p = d.pair_at(d.wi.starts[sp.first])
    return (p is not None and p.open in quoted and not p.open < d.wi.starts[i] < p.close
            and d.pair_words(p) > sp.last - sp.first + 1)


def speaker_after(d: Doc, cue_last: int, limit: int, form: CueForm | None,
                  initial: bool = False) -> SpeakerSpan | None:
    """The speaker in words (cue_last, limit): a relayed source, the verb's subject or a
    statement and its issuer, with a name set off by commas after a bare title
    (``initial``: the verb opens its sentence, so a subject after a time adverbial is
    read too)."""
    wi, lex = d.wi, d.lex
    participle = form is not None and form.form == "participle"
    sp = relayed_source(d, cue_last, limit, form)
    if sp is None and cue_last + 1 < limit and not participle:
        sp = issued_statement(d, cue_last + 1, limit)
        if sp is not None:
            return sp  # (the issuer ends the phrase: no name in apposition after it)
        sp = phrase_after(lex, wi, cue_last + 1, limit)
        if sp is not None and sp.last > sp.first and object_after_title(
                lex, [strip_conj(wi.norms[sp.first]), *wi.norms[sp.first + 1 : sp.first + 3]]):
            sp = SpeakerSpan(sp.first, sp.first, sp.skip)  # (أشار المدير إلى صعوبة ...)
        if sp is not None and sp.first == cue_last + 1 and (_addressee_phrase(
                lex, wi, sp.first) or _ba_institution(lex, wi.norms[sp.first])):
            sp = None  # (أكدوا لرئيس الحكومة أنهم، أكد بمجلس النواب: no subject)
        if sp is not None and (object_before_complement(d, cue_last, form, sp)
                               or attention_object(d, cue_last, form, sp)):
            return None  # (فقد وصف أجواء المشاورات بأنها: the object; the subject before)
        if sp is None and initial:
            sp = subject_after_time(d, cue_last + 1, limit)
        if sp is None and not (form is not None and form.lemma in lex.object_first):
            sp = subject_after_event_pronoun(d, cue_last + 1, limit)  # (not أعلم فيها الوزير)
        if sp is not None and form is not None and form.lemma in lex.object_first and not any(
            strip_conj(w) in lex.titles for w in wi.norms[sp.first : sp.last + 1]
        ) and not _object_suffixed(d, cue_last, form):
            # اتهم روسيا بـ: the object, not the speaker; but an unnamed source or a body
            # (حذر علماء فلك من، أدانت النقابة الوطنية) is the subject, up to a comma
            # (وحذرت الوزارة، كافة المواطنين من: the object after it)
            sp = _comma_cut(d, sp) if (strip_conj(wi.norms[sp.first]) in lex.anonymous
                                      or lex.is_body(wi.norms[sp.first])) else None
    if sp is None and cue_last + 1 < limit and not participle:
        sp = (statement_subject(d, cue_last + 1, limit)
              or definite_statement(d, cue_last + 1, limit)
              or quoted_subject(d, cue_last, limit))
    if sp is not None:
        sp = past_outlet_name(d, sp)  # (قال لوكالة الأنباء الفرنسية: no speaker)
    if sp is not None:
        sp = past_outlet_name(d, apposed_name(d, sp, limit) or apposed_person(d, sp, limit)
                              or sp)  # (، X Y ل"الجوهرة أف ام": the addressee cut)
    return sp


def _addressee_phrase(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k, right after the verb, is ل + a title, a body or a definite noun (لرئيس
    الحكومة، للوزارة، للصحفيين): the verb's addressee, since a subject takes no ل; not a
    personal name that opens with ل (لطفي، لمياء), nor a surname the document gives after a
    first name (هاشمي لوزير)."""
    from quotecheck.engine.names.earlier import is_surname  # (earlier reads this module)

    m, w = lex.morph, wi.norms[k]
    if (not w.startswith(m.lam) or len(w) < 4 or w in lex.person_names
            or is_surname(lex, wi, k)):
        return False
    rest = w[len(m.lam):]
    return (lex.is_title(rest) or lex.is_body(rest) or w.startswith(m.lam_article)
            or is_addressee(lex, w))


def _ba_institution(lex: Lexicon, n: str) -> bool:
    """Word n, right after the verb, is ب + an institution or office noun in construct
    (أكد بمجلس نواب الشعب أمس، صرح بمقر الوزارة: where the statement was made), never the
    subject, which takes no ب; not a word that is a body, an office or a name itself
    (بلدية، بشير)."""
    m = lex.morph
    rest = n[len(m.ba):]
    return (n.startswith(m.ba) and len(rest) >= 3 and not rest.startswith(m.article)
            and (lex.is_body(rest) or lex.is_title(rest)) and not (
                lex.is_body(n) or lex.is_title(n) or n in lex.person_names
                or rest in lex.person_names))


def _object_suffixed(d: Doc, cue_last: int, form: CueForm) -> bool:
    """The cue word carries its object as a pronoun (أخبرها، أبلغه، أخبرهم: speaker_words.json
    object_suffixes), so the phrase after it is its subject (وقد أخبرها الشخص المذكور أن)."""
    c = cue_with_object(d.lex, strip_conj(d.wi.norms[cue_last]))
    return c is not None and c.lemma == form.lemma


def subject_after_event_pronoun(d: Doc, k: int, limit: int) -> SpeakerSpan | None:
    """The subject after في + the pronoun of an event right after the verb (ندوة قال فيها
    الأمين العام X إن، قالت فيها الروائية X إن: speaker_words.json event_pronouns): a
    phrase headed by a title, a body, an unnamed source or a known first name (or a role
    noun before one) that runs up to the clause; none for any other word (قال فيه إن: the
    event's speaker is found elsewhere)."""
    wi, lex = d.wi, d.lex
    if k + 1 >= limit or wi.norms[k] not in speaker_word_list("event_pronouns", lex) or (
            wi.gap(k).strip(" ") or wi.gap(k + 1).strip(" ")):
        return None
    sp = phrase_after(lex, wi, k + 1, limit)
    if sp is None or sp.first != k + 1 or sp.last != limit - 1 or (
            limit < len(wi) and wi.norms[limit].startswith(lex.morph.ba)):
        return None  # (the subject runs up to the clause, not يقر فيها مسؤول بعدد القتلى;
        # not ب + أن, a verb's complement after its object: أعلم فيها الوزير بأن)
    head = strip_conj(wi.norms[k + 1])
    if speaker_head(lex, head) or head.startswith(lex.morph.article) and sp.last > k + 1 and (
            lex.is_first_name(wi.norms[k + 2])):
        return sp  # (قالت فيها الروائية هند X: a role noun before a first name)
    return None


_TIME_WORDS = 6  # words of a time adverbial between a verb and its subject at most


def subject_after_time(d: Doc, k: int, limit: int) -> SpeakerSpan | None:
    """The subject after a time adverbial that follows a sentence's first verb (قال اليوم
    الاثنين محافظ البنك المركزي إن): a phrase headed by a title, a body, an unnamed source
    or a known first name; none for any other noun (أعلن مساء الجمعة حصول: the object)."""
    wi, lex = d.wi, d.lex
    j = past_time_words(d, k, limit)
    if j == k:
        return None
    sp = phrase_after(lex, wi, j, limit)
    if sp is None or sp.first != j:
        return None
    head = strip_conj(wi.norms[j])
    if (lex.is_title(head) or lex.is_body(head) or head in lex.anonymous
            or lex.is_first_name(head)):
        return sp
    return None


def past_time_words(d: Doc, k: int, limit: int) -> int:
    """The first word after a time adverbial that opens at word k, right after the verb
    (قال اليوم الاثنين 25 مارس محافظ البنك المركزي إن: its subject follows): a run of
    time words and numbers that end a phrase (not صباح الجزيري, a name), with nothing but
    spaces between them, a comma after them at most (أفاد اليوم الخميس، الناطق باسم
    المحكمة); k when there is none or other punctuation follows it."""
    wi, lex = d.wi, d.lex
    j = k
    while j < limit and j - k < _TIME_WORDS and (
            wi.norms[j] in lex.time_words or (j > k and wi.norms[j].isdigit())) and (
            j == k or not wi.gap(j).strip(" ")) and stops_phrase(lex, wi, j):
        j += 1
    if j == k or j >= limit or wi.gap(j).strip(" ") and wi.gap(j).strip(" ") not in COMMAS:
        return k
    return j


def _comma_cut(d: Doc, sp: SpeakerSpan) -> SpeakerSpan:
    """The phrase up to its first comma."""
    for j in range(sp.first + 1, sp.last + 1):
        if not COMMAS.isdisjoint(d.wi.gap(j)):
            return SpeakerSpan(sp.first, j - 1)
    return sp


def quoted_subject(d: Doc, cue_last: int, limit: int) -> SpeakerSpan | None:
    """وقال "حزب الأمة" إن: a short name in marks right after the verb, before the word that
    opens its quote (``limit``), is the verb's subject."""
    wi = d.wi
    if wi.norms[cue_last] in d.lex.described_as:
        return None  # اعتبره "...": the object named
    p = d.pair_in(*wi.gap_span(cue_last + 1))
    if p is None or (limit < len(wi.norms) and p.close >= wi.starts[limit]):
        return None
    first, after = d.word_after(p.open), d.word_after(p.close)
    if not 0 < after - first <= NAME_PAIR_WORDS or first != cue_last + 1:
        return None
    return SpeakerSpan(first, after - 1)


def relayed_source(d: Doc, cue_last: int, limit: int,
                   form: CueForm | None) -> SpeakerSpan | None:
    """قالت الوكالة نقلا عن مصدر أمني، نقل عن الوزير: the relayed source speaks (none
    when the relayed words are information: نقلا عن معلومات لأجهزة مخابرات)."""
    wi, lex = d.wi, d.lex
    norms, first = wi.norms, lex.relay_first
    sp = None
    for j in range(cue_last + 1, limit - 1):
        if norms[j] in first:
            m = next((len(w) for w in lex.relay if tuple(norms[j : j + len(w)]) == w
                      and j + len(w) <= limit), 0)
            if m:
                if not (j + m < limit and norms[j + m] in lex.relay_not_sources):
                    sp = phrase_after(lex, wi, j + m, limit)
                break
    prep = lex.relay_verbs.get(form.lemma) if sp is None and form is not None else None
    if prep is not None:
        for j in range(cue_last + 1, limit):
            if norms[j] == prep:
                return phrase_after(lex, wi, j + 1, limit)
    return sp


def statement_subject(d: Doc, k: int, limit: int) -> SpeakerSpan | None:
    """وأكد بيان الخارجية المغربية أن، بلاغ لوزارة الداخلية، بيان صادر عن ...: an indefinite
    statement noun right after the verb with the issuer in its complement is the subject
    (the phrase is the speaker).  A bare or definite one (وأضاف البيان) points back to an
    issuer named before, and البيان الوضع is a subject and its object."""
    wi, lex = d.wi, d.lex
    if not COLON_QUOTE.isdisjoint(wi.gap(k)) or wi.norms[k] not in lex.statement_nouns:
        return None
    for issued in lex.issued_by:  # بيان صادر عن وزارة الخارجية: up to the issuer's end
        m = len(issued)
        if tuple(wi.norms[k : k + m]) == issued:
            issuer = phrase_after(lex, wi, k + m, limit)
            if issuer is not None and issuer.first == k + m:
                return SpeakerSpan(k, issuer.last)
    last = k
    while (last + 1 < limit and last - k < 5 and SEGMENT_END.isdisjoint(wi.gap(last + 1))
           and statement_complement(lex, wi.norms[last + 1], first=last == k)
           and wi.norms[last + 1] not in lex.soft_prep
           and wi.norms[last + 1] not in lex.comp_prefix
           and not stops_phrase(lex, wi, last + 1)):
        last += 1
    return SpeakerSpan(k, last) if last > k else None


def definite_statement(d: Doc, k: int, limit: int) -> SpeakerSpan | None:
    """وأضاف البيان أن، وتابع البلاغ ذاته: a definite statement noun right after the verb
    (with a word of sameness at most) and then its complementizer or a colon: the subject,
    which points back to the statement's issuer (names/anaphor.is_statement_anaphor).  Not
    a noun with words of its own after it (البيان المشترك، البيان الختامي للقمة)."""
    wi, lex = d.wi, d.lex
    article = lex.morph.article
    w = wi.norms[k]
    if not COLON_QUOTE.isdisjoint(wi.gap(k)) or not (
            w.startswith(article) and w[len(article):] in lex.statement_nouns):
        return None
    last = k
    if last + 1 < limit and strip_possessive(wi.norms[last + 1]) in lex.emphatic and (
            not wi.gap(last + 1).strip(" ")):
        last += 1
    if last + 1 < limit and not wi.gap(last + 1).strip(" ") and not lex.complementizer(
            wi.norms[last + 1]):
        return None
    return SpeakerSpan(k, last)


def issued_statement(d: Doc, k: int, limit: int) -> SpeakerSpan | None:
    """A statement or post noun right after the verb whose issuer follows in a ل-phrase
    (وأوضح بلاغ للوزارة أن، وجاء في تغريدة للوزير X: speaker_words.json authored_media):
    the statement phrase up to the issuer's end, read before any subject (the bare noun is
    no speaker: GUIDELINES, the issuer speaks)."""
    wi, lex = d.wi, d.lex
    w = wi.norms[k]
    if k + 1 >= limit or not wi.norms[k + 1].startswith(lex.prep_li) or (
            wi.gap(k + 1).strip(" ")):
        return None
    if w not in lex.statement_nouns and w not in speaker_word_list("authored_media", lex):
        return None
    issuer = issuer_phrase(d, k + 1, limit)
    if issuer.last == k + 1 and len(wi.norms[k + 1]) <= len(lex.prep_li) + 2:
        return None  # (له، لها: a pronoun)
    if w in lex.statement_nouns:
        return SpeakerSpan(k, issuer.last)  # (its name: the issuer, names/display.py)
    nxt = wi.norms[k + 1]
    skip = 0 if nxt.startswith(lex.li_article) else after_first_letter(
        wi.text[wi.starts[k + 1] : wi.ends[k + 1]])
    return SpeakerSpan(k + 1, issuer.last, skip, issuer=True)  # تغريدة لرئيس الحكومة
