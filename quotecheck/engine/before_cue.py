"""The speaker before a cue: the subject of its sentence (وكان الجبير قد أكد، ميقاتي لفت),
a statement's issuer (في بيان لوزارة الداخلية، قالت), or the subject before a participle."""

from __future__ import annotations

from quotecheck.engine.before_cue_phrases import after_leading_phrases as after_leading_phrases
from quotecheck.engine.before_cue_phrases import (
    apposed_subject,
    joined_verb_subject,
    statement_issuer,
)
from quotecheck.engine.before_cue_phrases import issuer_phrase as issuer_phrase
from quotecheck.engine.before_cue_phrases import verb_person as verb_person
from quotecheck.engine.evidence import (
    COMMAS,
    PHRASE_END,
    QUOTE_CHARS,
    Doc,
    after_first_letter,
)
from quotecheck.engine.particle_subject import particle_subject
from quotecheck.engine.phrase_stops import object_after_title
from quotecheck.engine.speakers import (
    SpeakerSpan,
    cue_with_object,
    phrase_after,
    speaker_head,
    speaker_word_list,
    stops_phrase,
)
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import CueForm, Lexicon
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
    if not in_sentence and relative_ma_clause(d, i):
        sp = _governing_subject(d, s, i)
        if sp is not None:
            return sp  # حذر الحزب مما وصفها بـ"...": the governing verb's subject
    if form is not None and form.form == "participle":
        if in_sentence:
            return None
        return participle_subject(d, s, i) or joined_verb_subject(d, s, i, form)
    if (in_sentence and last_start < wi.starts[i]
            and (wi.norms[i - 1] in lex.conj_clitics or wi.norms[i][0] in lex.conj_clitics
                 and wi.norms[i] not in lex.cues)):
        return None  # وقال إن ... وأضاف أن: a verb joined after a report in the sentence
    i = before_seat(d, s, i)  # المرصد ... ومقره لندن أعلن: the phrase before ومقره
    issuer = statement_issuer(d, s, i)
    if issuer is not None:
        return issuer
    return sentence_subject(d, s, i, form, label) or joined_verb_subject(d, s, i, form)


def relative_ma_clause(d: Doc, i: int) -> bool:
    """The cue at word i opens a relative clause on ما (speaker_words.json relative_ma: ما،
    مما، لما، بما) and carries the pronoun that points back at it (ما وصفه، مما وصفتها، لما
    أسماه): "what he called ...", said by the subject of the clause's governing verb."""
    wi, lex = d.wi, d.lex
    if i == 0 or wi.norms[i - 1] not in speaker_word_list("relative_ma", lex) or (
            wi.gap(i).strip(" ")):
        return False
    return cue_with_object(lex, wi.norms[i]) is not None


def _governing_subject(d: Doc, s: int, i: int) -> SpeakerSpan | None:
    """The subject of the verb that opens the sentence of a relative ما clause at word i,
    before the ما (واستنكر الوصيفي ما اعتبره), when it reads as a speaker: headed by a
    title, a body, an unnamed source or a personal name, or one or two words with no
    preposition and no accusative alef (a surname; not an adverb: وأكد تعقيبا على ما
    اعتبره)."""
    sp = participle_subject(d, s, i)
    if sp is None or sp.first >= i - 1:
        return None
    sp = SpeakerSpan(sp.first, min(sp.last, i - 2), sp.skip)
    lex, head = d.lex, d.wi.norms[sp.first]
    bare = strip_conj(head)
    if lex.is_title(head) or lex.is_body(head) or bare in lex.anonymous or (
            head in lex.person_names or bare in lex.person_names):
        return sp
    words = d.wi.norms[sp.first : sp.last + 1]
    if sp.last - sp.first < 2 and not head.endswith(lex.morph.alef) and not any(
            w in lex.soft_prep or w in lex.complement_prepositions for w in words):
        return sp  # (واستنكر الوصيفي ما اعتبره: a surname)
    return None


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
    # فإن المجلس يهدد، لكن الوزارة أكدت: a subject right after a particle, before the verb;
    # يذكر أن الوزير X، قد أكد: قد (verb_particles) and a comma may stand before the verb.
    v = i
    while v - 1 > s and i - v < 2 and (_verb_particle(lex, wi.norms[v - 1])
                                       or strip_conj(wi.norms[v - 1]) in lex.kana_forms):
        v -= 1  # (يذكر أن X كان قد صرح: كان and قد before the verb)
    for j in range(v - 1, max(s, v - _PARTICLE_SUBJECT_WORDS) - 1, -1):
        if strip_conj(wi.norms[j]) in lex.subject_particles and j < v - 1:
            sp = phrase_after(lex, wi, j + 1, v)
            if sp is not None and sp.first == j + 1 and sp.last == v - 1 and (
                    v == i and v - j <= 6 or _particle_subject_head(lex, wi, sp, j)):
                return sp
            if not (j > 0 and strip_conj(wi.norms[j - 1]) in lex.leading_prepositions
                    or _joined_cue(lex, wi.norms[i])):
                sp = particle_subject(d, j, v)  # (غير أن مصدرا طبيا، طلب ...، قال)
                if sp is not None:
                    return sp
            break
    sp = conjoined_subject(d, s, i, form) or parenthetical_subject(d, s, i, form)
    if sp is not None:
        return sp
    if i - s <= 6 and not _joined_cue(lex, wi.norms[i]):
        sp = phrase_after(lex, wi, s, i, after_label=label)
        if sp is not None and sp.last >= i - 1 and sp.first == s:
            return sp
    return None


_PARENTHESIS_WORDS = 20  # words of a comment set off by commas between subject and verb
_NAME_IN_MARKS = 4  # words of a name in marks inside such a comment at most


def parenthetical_subject(d: Doc, s: int, i: int,
                          form: CueForm | None) -> SpeakerSpan | None:
    """``الحاج X، صائغ يبلغ من العمر 71 عاما، قال``, ``سامي العلي، وهو تاجر، قال``: a
    sentence that opens with a speaker's phrase (a title, a body, an unnamed source or a
    known first name first), then a comment set off by commas, then the bare verb (no و):
    the phrase is the verb's subject.  Not when the comment holds a complementizer, a
    quotation mark or a cue (X، قال إن ...، أكد: the phrase spoke before)."""
    wi, lex = d.wi, d.lex
    if form is None or form.form not in ("perfect", "imperfect") or _joined_cue(
            lex, wi.norms[i]) or COMMAS.isdisjoint(wi.gap(i)):
        return None
    head = wi.norms[s]
    if head[:1] in lex.conj_clitics and not speaker_head(lex, head):
        head = head[1:]  # (والحاج X، ...، قال)
    if not (speaker_head(lex, head) or head.startswith(lex.morph.article) and s + 1 < i
            and lex.is_first_name(wi.norms[s + 1])) or head in lex.countries:
        return None  # (المواطن سامي العلي، الحاج عبد الرزاق: a role noun before a name)
    sp = phrase_after(lex, wi, s, i, after_label=True)  # (a sentence may open after a quote)
    if sp is not None and sp.first == s and sp.last == i - 1 and not COMMAS.isdisjoint(
            "".join(wi.gap(k) for k in range(s + 1, i))):
        return sp  # (رئيسة القسم، الدكتورة X Y، أشارت: the name in apposition read through)
    if sp is None or sp.first != s or sp.last + 1 >= i - 1 or i - sp.last > _PARENTHESIS_WORDS:
        return None
    if COMMAS.isdisjoint(wi.gap(sp.last + 1)):
        return None  # (the phrase does not end at a comma: no comment after it)
    marks = [k for k in range(sp.last + 1, i) if not QUOTE_CHARS.isdisjoint(wi.gap(k))]
    pairs = zip(marks[::2], marks[1::2], strict=True) if len(marks) % 2 == 0 else None
    if pairs is None or any(b - a > _NAME_IN_MARKS for a, b in pairs):
        return None  # (a quotation in the comment; a name in marks may stand: صندوق "X")
    for k in range(sp.last + 1, i):
        w = wi.norms[k]
        if (not (PHRASE_END - QUOTE_CHARS).isdisjoint(wi.gap(k)) or lex.complementizer(w)
                or lex.cue(w) is not None):
            return None
    return sp


def _joined_cue(lex: Lexicon, w: str) -> bool:
    """A cue word that carries the conjunction و/ف (وأضاف، فبين; not وصف, a cue as written):
    it opens a clause of its own, so the words right before it are no subject of it
    (جلسات استماع علنية وأشارت، أولاده أثرياء وأضاف: a label or the end of a clause)."""
    return w[:1] in lex.conj_clitics and w not in lex.cues


_PARTICLE_SUBJECT_WORDS = 10  # words of a subject after أن/لكن before its verb at most


def _particle_subject_head(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan, j: int) -> bool:
    """A subject read after the particle at word j, longer or before قد / كان, opens with a
    title, a body, an unnamed source or a known first name (يذكر أن وزير الشؤون الخارجية خميس
    الجهيناوي قد أكد), and the particle follows no preposition (بعد أن قامت عناصر ...: a
    clause of time, not the verb's)."""
    if j > 0 and strip_conj(wi.norms[j - 1]) in lex.leading_prepositions:
        return False
    return speaker_head(lex, wi.norms[sp.first])


def participle_subject(d: Doc, s: int, i: int) -> SpeakerSpan | None:
    """وتوجه سريع إلى المملكة قائلا: the subject of the sentence's first verb."""
    wi, lex = d.wi, d.lex
    if wi.norms[s] in lex.conj_clitics and s + 1 < i:
        s += 1  # و استبعد الدكتور ...: a conjunction written apart from its verb
    if s + 1 < i and _verb_particle(lex, wi.norms[s]):
        s += 1  # وقد دعا الطبيب ... مؤكدا: the particle قد before the verb
    s0, s = s, after_leading_phrase(d, s, i)
    if not lex.is_title(wi.norms[s]) and i - s <= 14:
        sp = phrase_after(lex, wi, s + 1, i)
        if sp is not None and (_ba_complement(lex, wi.norms[sp.first]) or _unagreeing_body(
                lex, wi.norms[s], wi.norms[sp.first])):
            return None  # (وندد بعدم تعيين، وطالب الوزارة برد الاعتبار: the verb's complement
            # or object; its subject is implicit)
        if sp is not None and strip_conj(wi.norms[s]) in speaker_word_list(
                "nominal_object_verbs", lex):
            sp = _before_request_object(d, sp)
        if sp is not None and sp.last - sp.first < 8 and (
            s == s0 or sp.last - sp.first < 2
            or any(lex.is_title(w) for w in wi.norms[sp.first : sp.last + 1])
        ):  # (after a leading phrase, no untitled run: نفى أوباما اتهامات ترامب)
            sp = _not_object(lex, wi, sp)
            # (وعبر مدرب الفريق، X Y، عن سعادته، موضحا: the name set off after the title)
            return apposed_subject(d, sp, i) or sp
    return None


def _ba_complement(lex: Lexicon, n: str) -> bool:
    """Word n, right after a verb, opens its ب-complement (بعدم تعيين، ببحث إمكانيات، بجهود
    الوزارة): ب before an indefinite word of three letters or more that is no title, body,
    unnamed source or name, nor a surname's opening (بن، بو: speaker_words.json
    surname_ba_openings), nor a word in the nominative ون (برلمانيون، باحثون: a subject whose
    own first letter is ب; a noun after ب is genitive); a subject takes no ب."""
    m = lex.morph
    bare = strip_conj(n)
    return (bare.startswith(m.ba) and not bare.startswith(m.ba_article) and len(bare) > 3
            and not bare.startswith(tuple(speaker_word_list("surname_ba_openings", lex)))
            and not bare.endswith(tuple(speaker_word_list("nominative_plural_endings", lex)))
            and not (bare in lex.person_names or bare[1:] in lex.person_names
                     or speaker_head(lex, bare) or bare in lex.countries))


def _unagreeing_body(lex: Lexicon, verb: str, n: str) -> bool:
    """The definite feminine body noun n (الوزارة، الحكومة) right after a masculine singular
    verb (طالب، دعا) is its object: a feminine subject right after its verb makes it
    feminine (طالبت الوزارة).  Not after a verb that opens with ت (وتقدم المنظمة: the
    feminine imperfect too; speaker_words.json feminine_imperfect_prefix)."""
    m = lex.morph
    bare = strip_conj(n)
    prefix = tuple(speaker_word_list("feminine_imperfect_prefix", lex))
    return (verb_person(lex, verb, cue_only=False) == "m"
            and not strip_conj(verb).startswith(prefix) and bare.startswith(m.article)
            and bare.endswith(m.closed_ta) and lex.is_body(bare) and not lex.is_title(bare))


def _not_object(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> SpeakerSpan:
    """The subject part of a phrase read after a participle's verb: one that opens with a
    definite surname the document gives after a first name (الحرشاني النجاحات العسكرية،
    الجراي ما نشر، العباسي إلى تهميش) ends at it, the rest is the verb's object."""
    from quotecheck.engine.names.earlier import is_surname  # (earlier reads this module)

    w = strip_conj(wi.norms[sp.first])
    if sp.last > sp.first and w.startswith(lex.morph.article) and not (
            speaker_head(lex, w) or lex.is_first_name(w)) and is_surname(lex, wi, sp.first):
        return SpeakerSpan(sp.first, sp.first)
    if sp.last > sp.first and object_after_title(lex, [w, *wi.norms[sp.first + 1 : sp.first + 3]]):
        return SpeakerSpan(sp.first, sp.first)
    return sp


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
    متصل، تحدث الحرشاني ... مشيرا), or after a preposition and a noun of duration
    (speaker_words.json duration_nouns: وقبل يومين تحدث): where the sentence's verb stands;
    else ``s``."""
    wi, lex = d.wi, d.lex
    w = wi.norms[s]
    if w not in lex.leading_prepositions and not (
        w[:1] in lex.conj_clitics and w[1:] in lex.leading_prepositions
    ):
        v = framed_verb(lex, wi, s, i)  # (بدوره أكد، بشكل قاطع نفت: no comma)
        return s if v is None else v
    for j in range(s + 1, min(s + 6, i)):
        if not PHRASE_END.isdisjoint(wi.gap(j)):
            break
        if not COMMAS.isdisjoint(wi.gap(j)):
            return j
        if lex.cue(wi.norms[j]) is not None or lex.is_title(wi.norms[j]):
            break  # و استبعد الدكتور ...، أن: a verb and its subject, no leading phrase
    v = framed_verb(lex, wi, s, i)
    if v is not None and v > s + 1:
        return v  # من ناحية أخرى أشار مرزوق ... مؤكدا: no comma after the leading phrase
    if s + 2 < i and wi.norms[s + 1] in speaker_word_list("duration_nouns", lex) and not (
            wi.gap(s + 1).strip(" ") or wi.gap(s + 2).strip(" ")):
        return s + 2  # وقبل يومين تحدث المصور ...، قائلا: a time adverbial, then the verb
    return s


_FRAME_WORDS = 5  # words of a leading adverbial phrase before its clause's verb at most


def framed_verb(lex: Lexicon, wi: WordIndex, s: int, end: int) -> int | None:
    """The verb of statement (a cue or a verb with a nominal object) that opens the clause
    of the sentence at word ``s`` after a leading adverbial (بدوره أكد X، من ناحية أخرى
    أشار X، بشكل قاطع نفت الوزارة) or the particle قد (وقد أكد X، فقد تطرق X:
    speaker_words.json verb_particles): a leading adverbial word or قد, or a phrase opened by a
    leading preposition or ب, of a few words with no complementizer, quotation mark or
    colon in it; None when the sentence opens otherwise (its verb is its first word)."""
    if s + 1 >= min(end, len(wi)):
        return None
    first = strip_conj(wi.norms[s])
    if first in lex.leading_adverbial or _verb_particle(lex, first):
        v = s + 1  # (بدوره أكد، وقد أكد، فقد تطرق: an adverb or the particle قد first)
        return v if _statement_verb(lex, wi.norms[v]) else None
    if not (first in lex.leading_prepositions or (
            first.startswith(lex.morph.ba) and len(first) > 3)):
        return None
    for v in range(s + 1, min(s + 1 + _FRAME_WORDS, end, len(wi))):
        if not _FRAME_GAP_STOP.isdisjoint(wi.gap(v)) or lex.complementizer(wi.norms[v]):
            return None
        if _statement_verb(lex, wi.norms[v]):
            return v
    return None


def _verb_particle(lex: Lexicon, w: str) -> bool:
    """The particle قد before a verb, with و/ف too (قد، وقد، فقد، لقد: speaker_words.json
    verb_particles; وقد has three letters, which strip_conj leaves whole)."""
    particles = speaker_word_list("verb_particles", lex)
    return w in particles or (w[:1] in lex.conj_clitics and w[1:] in particles)


_FRAME_GAP_STOP = PHRASE_END | frozenset('„؟?!')  # (a comma may stand in the phrase)


def _statement_verb(lex: Lexicon, w: str) -> bool:
    """A verb of statement in the perfect (أكد، أشار) or one with a nominal object (دعا)."""
    form = lex.cue(w)
    return (form is not None and form.form == "perfect") or strip_conj(w) in (
        speaker_word_list("nominal_object_verbs", lex))


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


def _before_request_object(d: Doc, sp: SpeakerSpan) -> SpeakerSpan:
    """The subject of a verb of request or praise (دعا، طالب، ثمن) ends before the verb's
    complement: a comma, إلى / على (ودعا النقابي إلى احترام) or a ب-prefixed verbal noun
    (وطالب رئيس الهيئة بفتح أبحاث; not a surname's بو، بل، بن: speaker_words.json
    surname_ba_openings); the words from there are no speaker's."""
    wi, lex = d.wi, d.lex
    m = lex.morph
    preps = speaker_word_list("complement_prepositions", lex)
    for k in range(sp.first + 1, sp.last + 1):
        n = wi.norms[k]
        if not QUOTE_CHARS.isdisjoint(wi.gap(k)):
            break  # (ضيف "بوليتيكا": a quoted name)
        if not COMMAS.isdisjoint(wi.gap(k)) or n in preps or (
                n.startswith(m.ba) and not n.startswith(m.ba_article) and len(n) > 3
                and not n.startswith(tuple(speaker_word_list("surname_ba_openings", lex)))
                and n not in lex.person_names):
            return SpeakerSpan(sp.first, k - 1, sp.skip)
    return sp
