"""Another party's report inside a reported clause, which ends the clause before it: a verb of
statement joined by و, حيث, ثم or after a contrast (conjoined_report), a verb of description or a
relative clause that reports another claim (embedded_report, framed_relative), a verb set off by a
comma with its own trigger (nested_report); and the tests they share (report_trigger, joined_at,
subject_noun, verb_person).  clauses.clause_end asks these; this module imports nothing from it."""

from __future__ import annotations

from quotecheck.engine.evidence import (
    CLAUSE_COMMAS,
    MARKS_COLON,
    Doc,
    clause_words,
    gap_has_text,
)
from quotecheck.engine.licensed import causal
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import CueForm, Lexicon
from quotecheck.lang.ar.morphology import strip_conj

REPORT_GAP = 4  # the most words between a joined verb of statement and its complementizer
MARK_TRIGGER_WORDS = 3  # a shorter pair after a joined verb is a name or a term, no quote


def embedded_report(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """الحل الذي وصفه بأنه ...، القانون، الذي قال "إنه ...": a verb of description, or a
    relative clause set off by a comma, that reports another claim ends the clause; not a
    restrictive relative clause with a verb of statement (عن صحتها التي أكد أنها في حال
    جيدة، لموقف المنظمات التي أشارت إلى أن ...: part of a noun phrase of the clause, which
    goes on through it; round 6b), nor an impersonal verb of belief right before its
    complementizer (المنطقة التي يعتقد أن المركب غرق فيها: "where it is believed that", no
    one's report)."""
    w = wi.norms[j]
    relative = (j > 1 and wi.norms[j - 1] in lex.relative_pronouns
                and not CLAUSE_COMMAS.isdisjoint(wi.gap(j - 1)))
    if lex.cue(w) is None or not (relative or w in lex.described_as):
        return False
    if (strip_conj(w) in lex.impersonal_cues and j + 1 < len(wi.norms)
            and lex.complementizer(wi.norms[j + 1])):
        return False
    return any(lex.complementizer(wi.norms[k]) for k in range(j + 1, min(j + 3, len(wi.norms))))


def conjoined_report(d: Doc, j: int, cue: int | None) -> int | None:
    """Where a clause ends before the verb of statement at word j (the index of its last
    word), or None.  After a contrast (فيما، بينما، في حين نفت الجهة الأخرى ذلك) the verb is
    always another party's report.  Joined by و (or after حيث، ثم, or غير أنه), it starts
    another report when its complementizer, colon or quotation mark follows within a few
    words (و أكد أنّ، حيث اعترف بدوره بأن، وقالت في بيان "..."): with its own subject between
    them (وأوضحت الشرطة أن) another speaker's; without one (وأكد أن، وأشار إلى أن) the
    clause's own speaker's, so the verb must be in the person of the clause's cue (أضاف ...
    وأكد; not أضاف أن الجمعية اتصلت ... ونفت أنها, where the association is the subject)."""
    lex, wi = d.lex, d.wi
    w = wi.norms[j]
    form = lex.cue(w)
    if form is None or form.form not in ("perfect", "imperfect"):
        return None
    contrast = phrase_before(wi, j, clause_words().contrast_joiners)
    if contrast is not None:
        return contrast  # في حين نفت الجهة الأخرى ذلك: another party's report
    also = phrase_before(wi, j, clause_words().also_joiners)
    if also is not None:
        return also if same_speaker_also(d, j, form, cue) else None
    cut = joined_at(lex, wi, j)
    if cut is None:
        return None
    k = report_trigger(d, j)
    if k is None:
        return cut if form.form == "perfect" and narrated_act(d, j) else None
    if k > j + 1 and form.lemma not in lex.object_first and is_subject_word(lex, wi.norms[j + 1]):
        return cut  # another speaker's report (not حذر X من أن: X is its object)
    person = verb_person(lex, w)
    if cue is None or person is None or person != verb_person(lex, wi.norms[cue]):
        return None
    return cut


def narrated_act(d: Doc, j: int) -> bool:
    """... إلى ألمانيا واتهمت ألمانيا تونس بإبطاء ...، وتعهدت التفقدية بفتح بحث: a verb of
    statement joined by و at word j, with no complementizer, colon or mark after it but its
    own subject (a definite noun, an office, a place, a body or a name) right after it, is
    the narrator telling of another speech act: the clause ends before it.  Only singular
    verb forms no noun shares: a feminine perfect, or a masculine one of four letters or more
    (not ونقل المصابين: the masdar of a three-letter verb; not the elatives of
    ``elative_lookalikes``, وأبرز القادة); and no verb without a subject of its own (وأبدت
    تخوفها، وتحدث بصفة عامة: the clause's subject goes on)."""
    lex, wi = d.lex, d.wi
    w = wi.norms[j]
    if j + 1 >= len(wi.norms) or d.breaks[j + 1] or not CLAUSE_COMMAS.isdisjoint(wi.gap(j + 1)):
        return False
    bare = w[1:] if w[0] in lex.conj_clitics and w not in lex.cues else w
    person = verb_person(lex, w)
    if bare in clause_words().elative_lookalikes:
        return False
    if person != "f" and not (person == "m" and len(bare) >= 4):
        return False  # (a plural, واستكملوا عمليات التدخل, carries its subject: no other)
    return subject_noun(lex, wi.norms[j + 1])


def subject_noun(lex: Lexicon, w: str) -> bool:
    """A word that is the noun of a verb's explicit subject: a definite noun (الدراسة، البنك),
    an office, a country or place, a medium, an anonymous source or a known personal name
    (may_open_subject, weaker, only asks that no particle or addressee stands there)."""
    if w.startswith(lex.article) and len(w) > len(lex.article) + 2:
        return True
    return any(w in words for words in (lex.titles, lex.countries, lex.places, lex.media,
                                        lex.anonymous, lex.person_names))


def same_speaker_also(d: Doc, j: int, form: CueForm, cue: int | None) -> bool:
    """كما أكد أنه، كما أشار إلى أن: after كما ("also") the verb of statement at word j, in the
    person of the clause's cue and with no subject of its own before its complementizer,
    starts the clause speaker's next report.  Not كما قال X ("as X said": ``as_said_lemmas``),
    nor a verb with a subject (كما اعترف جميعهم بأنهم: inside a statement, the report it
    relays)."""
    lex, wi = d.lex, d.wi
    if form.lemma in clause_words().as_said_lemmas:
        return False
    k = report_trigger(d, j)
    if k is None or k > j + 1 and is_subject_word(lex, wi.norms[j + 1]):
        return False
    person = verb_person(lex, wi.norms[j])
    return cue is not None and person is not None and person == verb_person(lex, wi.norms[cue])


def joined_at(lex: Lexicon, wi: WordIndex, j: int) -> int | None:
    """The last word before what joins the verb at word j to the clause (its و/ف clitic, a
    lone و, و/ف on a particle of the predicate (predicate_particle) before a verb with its
    own subject (فقد اعترف المتهم، وقد أوضح جلول: round 7), حيث or ثم, or غير أنه); None when
    nothing joins it."""
    w, norms = wi.norms[j], wi.norms
    if w[0] in lex.conj_clitics and w not in lex.cues:
        return j - 1
    if j >= 1 and norms[j - 1] in lex.conj_clitics:
        return j - 2
    if (j >= 1 and norms[j - 1][:1] in lex.conj_clitics
            and predicate_particle(lex, norms[j - 1][1:])
            and j + 1 < len(norms) and subject_noun(lex, norms[j + 1])):
        return j - 2  # فقد اعترف المتهم بأنه: و/ف on the particle, the verb's own subject
    cut = phrase_before(wi, j, clause_words().report_joiners)  # حيث، ثم
    if cut is not None:
        return cut
    if j >= 2 and norms[j - 2] == lex.contrast_particle and lex.complementizer(norms[j - 1]):
        return j - 3
    return None


def predicate_particle(lex: Lexicon, w: str) -> bool:
    """قد، لقد (speaker_words.json ``verb_particles``) or a negation لا، لم، لن (particles.json
    ``negation_particles``): before a verb of statement, it makes the verb a predicate."""
    return w in lex.speaker_lists["verb_particles"] or w in clause_words().negation_particles


def phrase_before(wi: WordIndex, j: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """The index of the last word before one of ``phrases`` that ends right before word j."""
    for phrase in phrases:
        if j >= len(phrase) and tuple(wi.norms[j - len(phrase) : j]) == phrase:
            return j - len(phrase) - 1
    return None


def report_trigger(d: Doc, j: int) -> int | None:
    """The word where the quote of the verb at word j opens: its complementizer, or a colon
    or an opening quotation mark in the gap before it, right after the verb or at most
    REPORT_GAP words on, with nothing but spaces between and no other cue (وأشار إلى أن، وأكد
    رئيس البلدية أن، وقالت في بيان "..."; not وصرح آنذاك بالانسحاب مشيرا إلى أن, where it is
    the participle's); a causal لأن is none (ويحكي بلغة شديدة لأنهم), nor a short pair, a name
    (ووعد بجبر أضرار منطقة "أولاد مساهل"، ويدعى "وليد")."""
    lex, wi = d.lex, d.wi
    n = len(wi.norms)
    for k in range(j + 1, min(n, j + 2 + REPORT_GAP)):
        w = wi.norms[k]
        gap = wi.gap(k)
        if ":" in gap:
            return k
        p = d.pair_in(*wi.gap_span(k))
        if p is not None and d.pair_words(p) >= MARK_TRIGGER_WORDS:
            naming = wi.norms[j] in lex.title_nouns or strip_conj(wi.norms[j]) in lex.title_nouns
            return None if naming else k
        if gap_has_text(wi, k) or lex.cue(w) is not None:
            return None
        if lex.complementizer(w):
            causal = w.startswith(tuple(clause_words().causal_complementizers))
            return None if causal else k
    return None


def is_subject_word(lex: Lexicon, w: str) -> bool:
    """A word after a verb that can begin its subject: no preposition, pronoun-suffixed
    particle, adverb or cue tail (إلى، عن، له، بدوره، أيضا، بالقول; those leave the verb's
    subject implicit)."""
    return not (w in lex.hard_stop or w in lex.soft_prep or w in lex.comp_prefix
                or w in lex.leading_prepositions or w in lex.leading_adverbial
                or w in lex.cue_tails or w in lex.not_after)


def verb_person(lex: Lexicon, w: str) -> str | None:
    """"m", "f" or "p" (masculine, feminine, plural) of a reporting verb's form, clitic
    و/ف or not; None when the form does not say."""
    if w in lex.person:
        return lex.person[w]
    return lex.person.get(w[1:]) if w[:1] in lex.conj_clitics else None


#: The most words between a comma and the verb of another party's report set off by it (a
#: relative pronoun, a contrast, its subject: ، إلا أن الصحيفة تشير إلى أن).
NESTED_LEAD = 3
#: The most words from that verb to its complementizer or colon (a subject, an addressee and
#: the medium between: أكد مرافقا الضحية على متن نفس الشاحنة، أنه).
NESTED_REACH = 8


def nested_report(d: Doc, j: int) -> bool:
    """...، فتم إطلاق النار عليه، أكد مرافقا الضحية ...، أنه ...، محسن حسن، الذي قال خلال
    استضافته ... إن ...، إلا أن الصحيفة تشير إلى أن: after the comma before word j, within
    NESTED_LEAD words, a finite verb of statement whose own trigger scan (cues.scan_trigger)
    finds its complementizer or colon within NESTED_REACH words (a quotation mark may be a
    name's: في "مؤتمر باريس"): another party's report, which ends the clause (round 7).

    A verb right after the comma needs its own subject after it, no ل- addressee (not أن
    المتهم، البالغ ...، اعترف خلال التحقيق بأنه, nor أن ممثلي الأحزاب، أكدوا لرئيس
    الحكومة: the predicate of the clause's subject).  None after و (conjoined_report's),
    ما, كما, a comment pronoun or a particle of the predicate (، وهو يعتبر، مما اعتبره،
    كما اعترف جميعهم بأنهم، قد أكدوا أنها، لا يرى: the clause's own), nor a verb of naming
    (، الذي اعتبره "...") or an impersonal one (، حيث يعتقد أن: "it is believed")."""
    lex, wi, words = d.lex, d.wi, clause_words()
    n = len(wi.norms)
    for v in range(j, min(n, j + NESTED_LEAD + 1)):
        if v > j and (d.breaks[v] or not MARKS_COLON.isdisjoint(wi.gap(v))
                      or not CLAUSE_COMMAS.isdisjoint(wi.gap(v))):
            return False
        w = wi.norms[v]
        form = lex.cue(w)
        if form is None:
            if (v == j and w[:1] in lex.conj_clitics or w in lex.not_before_cue
                    or (w,) in words.also_joiners or w in words.comment_openers
                    or predicate_particle(lex, w)):
                return False
            if v > j and lex.complementizer(w) and wi.norms[v - 1] not in lex.not_after:
                return False  # (a clause of its own before any verb)
            continue
        if form.form not in ("perfect", "imperfect"):
            return False
        if v == j and not (v + 1 < n and may_open_subject(lex, wi.norms[v + 1])):
            return False
        return _own_trigger(d, v, form) is not None
    return False


def may_open_subject(lex: Lexicon, w: str) -> bool:
    """Word w, right after a verb, can open its own subject: no preposition, particle or
    complementizer (is_subject_word), and no ل- addressee (لرئيس الحكومة، للصحفيين)."""
    li = lex.prep_li
    addressee = w.startswith(li) and (w.startswith(lex.li_article)
                                      or lex.is_title(w[len(li):]))
    return is_subject_word(lex, w) and not lex.complementizer(w) and not addressee


def framed_relative(d: Doc, j: int) -> bool:
    """... معتمد القلعة الكبرى حمادي الأديب الذي أكد في مداخلة له في بوليتيكا أن ...، صدر عن
    القاضي الذي أكد وجود براهين على أن: a relative pronoun and a perfect verb of statement at
    word j whose own trigger scan finds its complementizer more than two words on (a frame of
    the speech event or an object between: في مداخلة له، وجود براهين على) and within
    NESTED_REACH: the report of the relative's antecedent, which ends the clause before the
    pronoun (round 7).  Not a complementizer right after the verb or its preposition (عن
    صحتها التي أكد أنها، المنظمات التي أشارت إلى أنه: a restrictive relative, part of the
    clause), nor an imperfect (التي تعتبر، التي تتهم فيها: "considered", habitual), a verb of
    naming or an impersonal one."""
    lex, wi = d.lex, d.wi
    n = len(wi.norms)
    if j < 2 or j + 1 >= n or wi.norms[j - 1] not in lex.relative_pronouns:
        return False
    form = lex.cue(wi.norms[j])
    if form is None or form.form != "perfect" or lex.complementizer(wi.norms[j + 1]):
        return False
    k = _own_trigger(d, j, form, colon=False)
    return k is not None and k - j > 2


def _own_trigger(d: Doc, v: int, form: CueForm, colon: bool = True) -> int | None:
    """The word where the verb of statement at word v (cue form ``form``) opens its own report,
    as its own trigger scan (cues.scan_trigger) finds it: its complementizer (not a causal
    لأن) or, with ``colon``, its colon, within NESTED_REACH words of it; None past
    that, and for a verb of naming (``described_as``: الذي اعتبره "...") or an impersonal
    one (``impersonal_cues``: يعتقد أن, "it is believed")."""
    from quotecheck.engine.cues import cue_site, scan_trigger  # (cues -> clauses -> this module)

    lex, w = d.lex, d.wi.norms[v]
    if w in lex.described_as or strip_conj(w) in lex.impersonal_cues:
        return None
    kind, k, _ = scan_trigger(d, cue_site(d, v, form))
    if not (kind == "comp" and not causal(lex, d.wi.norms[k]) or colon and kind == "colon"):
        return None
    return k if k - v <= NESTED_REACH else None
