"""Where a reported clause ends: the next cue, a source note, another report (joined by و,
حيث, after a contrast, or another party's set off by a comma: clause_reports.py), a note on
what was left unsaid; and what does not end it (an aside resumed by ، وأن, a consequence, وفق
رزنامة, an adverb of a haal's shape, a source note set off by commas)."""

from __future__ import annotations

from quotecheck.engine.clause_circumstance import circumstance_goes_on
from quotecheck.engine.clause_haal import feminine_haal
from quotecheck.engine.clause_reports import (  # re-exported: the report family moved there
    conjoined_report,
    embedded_report,
    framed_relative,
    nested_report,
    phrase_before,
    report_trigger,
    subject_noun,
    verb_person,
)
from quotecheck.engine.contrast_acts import contrast_cut
from quotecheck.engine.evidence import (
    CLAUSE_COMMAS,
    CLAUSE_WORDS,
    MARKS_COLON,
    Doc,
    clause_words,
)
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import CueForm, Lexicon
from quotecheck.lang.ar.morphology import morphology, noun_base, strip_conj, strip_possessive
from quotecheck.lang.ar.punctuation import ARABIC_QUESTION

RESUME_WORDS = 25  # the longest aside after which a coordinated ، وأن resumes a clause


#: What ends a sentence in a gap (as words.py's sentence breaks): full stop, ! ? ؟ … and a line end.
SENTENCE_STOPS = frozenset(".!?\n\u2026" + ARABIC_QUESTION)


def clause_end(d: Doc, k: int, cue: int | None = None) -> int:
    """Character offset where a reported clause starting at word k ends (``cue``: the
    word index of its reporting verb, whose person a joined verb must share to start
    another report of the same speaker)."""
    wi, lex = d.wi, d.lex
    n = len(wi.norms)
    last = k
    closed = 0  # end of the last quoted stretch jumped over (its closing mark included)
    aside = (-1, -1)  # (last word before, last word of) a source note set off by commas
    j = k + 1
    while j < n and j - k < CLAUSE_WORDS:
        h = d.next_hot(j)
        if h != j:  # the words before h pass: nothing in them can end the clause
            lim = min(n, k + CLAUSE_WORDS)
            last = max(last, min(h, lim) - 1)
            if h >= lim:
                break
            j = h
        a, b = wi.gap_span(j)
        p = d.pair_in(a, b)
        if p is not None and p.close > wi.starts[j]:
            if d.breaks[j] and sentence_before_mark(d.text, a, p.open):
                break  # ... في الجنوب. "لن نتراجع ..."، يضيف: a new sentence opens in marks
            # Jump over a quoted stretch: its inside never ends the clause.
            after = d.word_after(p.close + 1)
            last = max(last, after - 1)
            closed = p.close + 1
            if after >= n or d.breaks[after]:
                return closed
            j = after
            continue
        if (cut := contrast_cut(d, j, k)) is not None or d.breaks[j] or relative_note(lex, wi, j):
            last = last if cut is None else cut  # ... ولكن أكد ضرورة: the speaker's next act
            break  # (... بعدم زيارة تونس بحسب ما كشفه في حوار: a source note)
        if narrator_comment(lex, wi, j):
            break  # ... بترسيم رابع وهو ما اعتبره تجاوزا: the narrator's comment on the report
        if omission(lex, wi, j):
            if last == j - 1 > k and wi.norms[last] in clause_words().omission_leads:
                last -= 1  # من دون: من goes with دون
            break
        if not CLAUSE_COMMAS.isdisjoint(wi.gap(j)):
            if comma_ends(d, j):
                note = parenthetical_note(d, j)
                if note is None:
                    break
                aside = (last, note)  # the note, kept only if the clause goes on after it
            elif nested_report(d, j):
                break  # ...، أكد مرافقا الضحية ...، أنه: another party's report
            elif (request_participle(d, j, cue, comma=True)
                  or feminine_haal(d, k, j, cue, participle_shape(lex, wi.norms[j]))):
                break  # ...، داعية المواطنين إلى، ...، مستغربة صمت: the speaker's next act
        elif (participle_cue(lex, wi, j) or participle_object(d, j, cue)
              or participle_act(d, j, cue)
              or j in d.licensed and not purpose_form(d, j)):
            if j in d.licensed and (cut := phrase_before(
                    wi, j, clause_words().contrast_joiners)) is not None:
                last = max(k, min(last, cut))  # ...، فيما رجحت المصادر أن: فيما opens it
            break
        elif contrast_report(d, j) and report_trigger(d, j + 1) is not None:
            break  # ... لأول مرة لكنه أشار إلى أن: the speaker's next report, no comma
        elif request_participle(d, j, cue):
            break  # ... "توعية الناس" مطالبا "بمساواتهن ...": the speaker's request
        elif (cut := conjoined_report(d, j, cue)) is not None:
            last = max(k, min(last, cut))
            break
        elif embedded_report(lex, wi, j) or framed_relative(d, j):
            if wi.norms[j - 1] in lex.relative_pronouns and last == j - 1 and last > k:
                last -= 1  # the relative pronoun opens the other report
            break
        elif wi.norms[j] in lex.account_rest and source_note(lex, wi, j):
            break
        last = j
        j += 1
    if last == aside[1]:
        last = aside[0]  # ...، وفق قوله، في حين ...: the clause ended before the note
    end = max(wi.ends[last], closed)
    signs = clause_words().unit_signs
    while end < len(d.text) and d.text[end] in signs:  # 32%: the sign is no word
        end += 1
    return end


def comma_ends(d: Doc, j: int) -> bool:
    """After a comma, word j ends the reported clause: a licensed cue, a source note, a
    contrast before a report, the speech event's adjunct or an after-comma opener (a cue, a
    haal), unless the clause resumes after an aside or the verb is the clause's predicate."""
    lex, wi = d.lex, d.wi
    nxt = wi.norms[j + 1] if j + 1 < len(wi.norms) else ""
    return bool(
        (j in d.licensed or source_note(lex, wi, j) or contrast_report(d, j)
         or speech_adjunct(lex, wi, j) or ends_clause(lex, wi.norms[j], nxt))
        and not resumed(d, j) and not clause_predicate(d, j) and not circumstance_goes_on(d, j))


def parenthetical_note(d: Doc, j: int) -> int | None:
    """، حسب تعبيره، وأعلمتهما ...، على حد قوله، لموعد ...: a source note at word j set off
    by commas in the middle of the clause, whose next word after the second comma would not
    end the clause either: the speaker's clause goes on through the note.  Returns the index
    of the note's last word, or None.  Not before a cue, an opener or a participle of either
    gender (، حسب قوله، متسائلا، حسب تقديرها، مستشهدة), nor before a contrast (، وفق قوله،
    في حين ذكرت ...: the narrator's)."""
    wi, lex = d.wi, d.lex
    n = len(wi.norms)
    for rest in lex.account_rest.get(wi.norms[j], ()):
        m = j + 2 + len(rest)  # the word after the note's noun
        if (m < n and not d.breaks[m] and source_note(lex, wi, j)
                and tuple(wi.norms[j + 1 : m - 1]) == rest
                and not CLAUSE_COMMAS.isdisjoint(wi.gap(m))
                and MARKS_COLON.isdisjoint(wi.gap(m))):
            if (comma_ends(d, m) or participle_cue(lex, wi, m) or participle_shape(lex, wi.norms[m])
                    or phrase_before(wi, m + 2, clause_words().contrast_joiners) is not None
                    or phrase_before(wi, m + 1, clause_words().contrast_joiners) is not None):
                return None
            return m - 1
    return None


def participle_shape(lex: Lexicon, w: str) -> bool:
    """A word of a haal's shape, masculine or feminine (متسائلا، مستشهدة: the feminine ة
    written in place of the final alef)."""
    base = strip_conj(w)
    if base.endswith(lex.fem_ending):
        base = base[: -len(lex.fem_ending)] + morphology().alef
    return lex.haal.match(base) is not None and not haal_lookalike(lex, w, base)


def sentence_before_mark(text: str, a: int, mark: int) -> bool:
    """The gap [a, mark) ends a sentence before the opening mark at ``mark`` (a full stop,
    ! ? ؟ … or a line end): the quoted stretch opens the next sentence, outside the clause."""
    return not SENTENCE_STOPS.isdisjoint(text[a:mark])


def purpose_form(d: Doc, j: int) -> bool:
    """The licensed cue at word j is an imperfect after the ل of purpose (لتبين أن، ليؤكد أن:
    the rarer inflections of cueforms.py): inside a reported clause it belongs to the
    clause (فرصة أمام مؤسسات الدولة لتبين أن ...: the institutions' purpose), no new report."""
    form = d.licensed.get(j)
    w = d.wi.norms[j]
    lam = morphology().purpose_prefix
    return (form is not None and form.form == "imperfect" and w.startswith(lam)
            and w[len(lam):].startswith(tuple(d.lex.verb_prefixes)))


def narrator_comment(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """وهو ما نفاه الطالب، وهو ما تنفيه قطر، وهذا ما أعلنته الوزارة: at word j a comment
    pronoun, ما and a verb of statement carrying the object pronoun that points back at the
    report (نفاه = denied it): the narrator's comment on the clause, which ends before it
    (وهو ما يؤكد وجود ...: no object pronoun, the argument may go on)."""
    words, norms = clause_words(), wi.norms
    if (norms[j] not in words.comment_openers or j + 2 >= len(norms)
            or norms[j + 1] != words.comment_relative):
        return False
    return object_cue(lex, norms[j + 2]) is not None


def relative_note(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """بحسب ما كشفه، وفق ما أكده الوزير، حسبما أوضحت الوكالة, at word j: a note head (حسب،
    وفق; ما written on it or after it) and a verb of statement or a statement cue (جاء، ورد)
    name the source of what goes before (GUIDELINES: a source note, no report): the clause
    ends before it, with or without a comma."""
    words, norms = clause_words(), wi.norms
    w = norms[j]
    if w not in words.note_relative_heads:
        return False
    k = j + 1
    if not w.endswith(words.comment_relative):  # حسب ما (حسبما has it written on)
        if k >= len(norms) or norms[k] != words.comment_relative:
            return False
        k += 1
    if k >= len(norms):
        return False
    v = norms[k]
    return (lex.cue(v) is not None or object_cue(lex, v) is not None
            or v in lex.statement_cues)


def object_cue(lex: Lexicon, w: str) -> CueForm | None:
    """The cue form of a verb of statement written with an object pronoun (ه، ها:
    ``comment_object_suffixes``): نفاه، تنفيه، أعلنته، قاله; None for any other word."""
    m = morphology()
    for suf in clause_words().comment_object_suffixes:
        base = w[: -len(suf)]
        if not w.endswith(suf) or len(base) < 3:
            continue
        form = lex.cue(base)
        if form is None and base.endswith(m.alef):
            form = lex.cue(base[:-1] + m.ya)  # (نفاه: the defective ى is written ا before it)
        if form is not None:
            return form
    return None


def resumed(d: Doc, j: int) -> bool:
    """، وهي المرحلة الأخيرة، وأن اللاعبين جاهزون: a comment after a comma at word j (وهو،
    وهي، وذلك) is an aside inside the clause when a coordinated ، وأن follows it in the
    same sentence, before any cue or quotation mark: the reported clause resumes there."""
    wi, lex = d.wi, d.lex
    w = wi.norms[j]
    openers = clause_words().resumable_openers
    if w not in openers and strip_conj(w) not in openers:
        return False
    for m in range(j + 1, min(len(wi.norms), j + 1 + RESUME_WORDS)):
        gap = wi.gap(m)
        if d.breaks[m] or not MARKS_COLON.isdisjoint(gap):
            return False
        v = wi.norms[m]
        if not CLAUSE_COMMAS.isdisjoint(gap) and v[:1] in lex.chain_joiners and (
                lex.complementizer(v[1:])):
            return True
        if lex.cue(v) is not None or m in d.licensed:
            return False
    return False


def clause_predicate(d: Doc, j: int) -> bool:
    """أن المتهم، البالغ من العمر 19 عاما، صرح بأنه ...، أنه بمزيد التحري معه، اعترف بأنه ...:
    after a comma, a finite verb of statement (perfect or imperfect) with no و/ف before it is
    the predicate of the clause's own subject (or follows its fronted adverbial), so the
    clause goes on; another report is joined by و (، وقال، وأضافت).  Not where the verb
    opens a quote of its own (، أكدت أجهزة الأمن أن ...، اعترفوا بأنهم ...، قال: "..."):
    that is a new report."""
    lex, wi = d.lex, d.wi
    w = wi.norms[j]
    form = lex.cues.get(w) or d.licensed.get(j)
    if form is None or form.form not in ("perfect", "imperfect"):
        return False
    if w[:1] in lex.conj_clitics and w not in lex.cues or (
            j > 0 and wi.norms[j - 1] in lex.conj_clitics):
        return False  # وقال، و أكد: joined, another report
    if j + 1 < len(wi.norms) and subject_noun(lex, wi.norms[j + 1]):
        return False  # ، يقول البلاغ، فإن ...: a verb with its own subject, another party's
    return report_trigger(d, j) is None


def source_note(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """حسب قوله، على حد تعبيره، وفق قوله: a source note (a ``post`` phrase of phrases.jsonl,
    its noun with any pronoun) at word j ends a clause, with or without a comma before it
    (على حد سواء is no note: its noun is none of theirs)."""
    norms = wi.norms
    for rest in lex.account_rest.get(norms[j], ()):
        k = j + 1 + len(rest)
        if (k < len(norms) and tuple(norms[j + 1 : k]) == rest
                and norms[k].startswith(lex.account_nouns)):
            return True
    return False


def speech_adjunct(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """، في تعليقه على قرار ...، في تصريح لإذاعة ...، خلال حديثه: after a comma at word j,
    a preposition and a noun of the speech event (``speech_adjunct_nouns``) with its speaker's
    pronoun or a ل- addressee after it say where or how the report was made, not what: the
    clause ends before them (not ، في إطار الحملة، في اجتماع يعقد غدا: no such noun, or no
    pronoun nor addressee)."""
    words, norms = clause_words(), wi.norms
    if norms[j] not in words.speech_adjunct_heads or j + 1 >= len(norms):
        return False
    w = norms[j + 1]
    if w in words.speech_adjunct_nouns:
        return j + 2 < len(norms) and norms[j + 2].startswith(lex.prep_li)
    return w != noun_base(w) and (
        noun_base(w) in words.speech_adjunct_nouns
        or strip_possessive(w) in words.speech_adjunct_nouns)


def contrast_report(d: Doc, j: int) -> bool:
    """، لكنه حذر من أن: after a comma, a contrast word with the speaker's pronoun followed by
    a cue opens another report."""
    norms = d.wi.norms
    return (norms[j] in d.lex.contrast_openers and j + 1 < len(norms)
            and (d.lex.cue(norms[j + 1]) is not None or j + 1 in d.licensed))


def ends_clause(lex: Lexicon, w: str, nxt: str) -> bool:
    """After a comma: a new cue, an adverbial participle, or a source note ends a clause."""
    if lex.cue(w) is not None:
        return True
    if w in clause_words().gloss_openers:
        return narrator_gloss(lex, nxt)
    base = strip_conj(w)
    # وذلك، وفقا، ومما: openers listed with their و (وفقا's و is its root's) are read as
    # written (a bare مما / ما, a consequence, is no opener: it stays in the report)
    if w in lex.after_comma_openers or base in lex.after_comma_openers:
        return not accordance(lex, w, base, nxt)
    # مطالبا، داعيا، قائلا ...: an accusative active participle (haal) opens a new clause.
    return lex.haal.match(base) is not None and not haal_lookalike(lex, w, base)


def narrator_gloss(lex: Lexicon, nxt: str) -> bool:
    """After a comma, وهو / وهي (``gloss_openers``) and a definite noun ``nxt`` are the
    narrator's gloss on what was reported (، وهو الحادث الثاني هذا الشهر): the clause ends
    before them.  Before anything else (a verb, ما, an indefinite noun, a preposition:
    ، وهو بصدد العمل على ...، وهي قرى تعاني ...) the speaker's clause goes on."""
    return nxt.startswith(lex.article) and len(nxt) > len(lex.article) + 2


def haal_lookalike(lex: Lexicon, w: str, base: str) -> bool:
    """A word of a haal's shape that is none: a verb's plural (كانوا، قاموا), a complementizer
    (لأنها), a noun with ـتها (مطالبتها), or an adverb (حاليا، مؤخرا، مستقبلا; particles.json
    not_haal), so the clause goes on after the comma."""
    words = clause_words()
    return (base.endswith(words.plural_verb_ending) or lex.complementizer(w)
            or lex.complementizer(base) or base.endswith(words.noun_pronoun_ending)
            or w in words.not_haal or base in words.not_haal)


def accordance(lex: Lexicon, w: str, base: str, nxt: str) -> bool:
    """، وفق رزنامة ...، حسب القانون: وفق / حسب before a rule, plan or schedule is "in
    accordance with", part of the clause; before anything else (a source: وفق قوله، حسب
    البيان، بحسب مصدر) it is a source note that ends it."""
    words = clause_words()
    if w not in words.accordance_heads and base not in words.accordance_heads:
        return False
    for prefix in (lex.li_article, lex.article, lex.prep_li):  # للبرنامج، البرنامج، لبرنامج
        if nxt.startswith(prefix) and len(nxt) - len(prefix) >= 3:
            nxt = nxt[len(prefix):]
            break
    return not words.accordance_nouns.isdisjoint(
        (nxt, noun_base(nxt), strip_possessive(nxt)))


def omission(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """دون ذكر تفاصيل، دون أن توضح الوزارة: "without saying ..." at word j is the journalist's
    note on what the speaker left out, after the clause, with or without a comma."""
    words, norms = clause_words(), wi.norms
    if norms[j] not in words.omission_heads and strip_conj(norms[j]) not in words.omission_heads:
        return False
    k = j + 1
    if k < len(norms) and lex.complementizer(norms[k]):  # دون أن
        k += 1
    return k < len(norms) and norms[k] in words.omission_words


def participle_cue(lex: Lexicon, wi: WordIndex, j: int) -> bool:
    """لافتا إلى أن ..., قائلا "...": an adverbial cue followed by its complementizer, a colon
    or a quotation mark starts a new quote."""
    form = lex.cue(wi.norms[j])
    if form is None or form.form != "participle":
        return False
    if j + 1 < len(wi.norms) and not MARKS_COLON.isdisjoint(wi.gap(j + 1)):
        return True
    for k in range(j + 1, min(j + 3, len(wi.norms))):
        if lex.complementizer(wi.norms[k]):
            return True
    return False


def request_participle(d: Doc, j: int, cue: int | None, comma: bool = False) -> bool:
    """... "توعية الناس" مطالبا "بمساواتهن مع الرجل"، ... صحيح داعيا الحكومة إلى: a
    participle of request (``request_participles_m/_f/_p``, no cue) at word j, with no comma
    before it, ends the reported clause: the speaker's next act, a request (GUIDELINES:
    requests are no quotes), in the person of the clause's cue (masculine or plural when the
    cue does not say).  Not a feminine one after a noun it may be the predicate of (الحكومة
    مطالبة بالنجاح: "is required to"), nor one before a nisba (داعية إسلامي: a noun), nor
    one after a verb of being (بات مطالبا بحل: its predicate).  With ``comma`` (a comma
    before word j: ...، داعية المواطنين إلى، ...، مطالبين بـ) no predicate reading is left,
    so only the nisba and the person are asked (round 8, qb8: the feminine and plural ones,
    which no haal pattern reads)."""
    words, norms = clause_words(), d.wi.norms
    w = norms[j]
    person = ("m" if w in words.request_participles_m else "f" if w in words.request_participles_f
              else "p" if w in words.request_participles_p else None)
    if person is None:
        return False
    said = verb_person(d.lex, norms[cue]) if cue is not None else None
    if said is None:
        return person != "f" and not comma
    prev = norms[j - 1] if j > 0 else ""
    nxt = norms[j + 1] if j + 1 < len(norms) else ""
    if person == "f" and nxt.endswith(morphology().ya) and not nxt.startswith(d.lex.article):
        return False  # (داعية إسلامي: the noun "preacher", an indefinite nisba after it)
    if comma:
        return person == said
    if prev in d.lex.predicate_verbs or strip_conj(prev) in d.lex.predicate_verbs:
        return False  # (بات مطالبا بحل ...: the predicate of a verb of being)
    return person == said and (person != "f" or not subject_noun(d.lex, prev)
                               and not prev.endswith(morphology().closed_ta))


def participle_act(d: Doc, j: int, cue: int | None) -> bool:
    """... غير ملائمة مشيرا إلى وضع العيادات، ... الليالي المقضاة مطالبا الوزارة بضرورة: a
    participle cue without و in the person of the clause's cue ``cue`` (known for both),
    whatever its object, ends the clause before it even without a comma: the speaker's next
    act of speech (GUIDELINES: the reported clause ends where the report does).  Not a
    feminine participle right after an indefinite feminine noun (كمية معتبرة: an adjective),
    nor one after a verb of being (يكون معبرا: its predicate)."""
    lex, norms = d.lex, d.wi.norms
    form = lex.cue(norms[j])
    if form is None or form.form != "participle" or cue is None:
        return False
    w = norms[j]
    if w[:1] in lex.conj_clitics and lex.cue(w[1:]) is not None:
        return False  # (ورافدا لها ومعبرا عن إرادة الشعب: a predicate joined by و)
    prev = norms[j - 1] if j > 0 else ""
    if prev in lex.predicate_verbs or strip_conj(prev) in lex.predicate_verbs:
        return False  # (يجب أن يكون معبرا عن كل التونسيين: the predicate of يكون)
    ta = morphology().closed_ta
    if w.endswith(ta) and prev.endswith(ta) and not strip_conj(prev).startswith(lex.article):
        return False  # (كمية معتبرة، حماية مشددة: an adjective agreeing with its noun)
    person = verb_person(lex, norms[j])
    return person is not None and person == verb_person(lex, norms[cue])


def participle_object(d: Doc, j: int, cue: int | None = None) -> bool:
    """مشددا على ضرورة ...، مؤكدا أهمية ...، مؤكدة رفضها: a participle cue whose object is a
    noun of statement (``object_nouns``, after an object preposition or ب, or bare; with a
    possessive in the person of the clause's cue ``cue``) ends the clause
    before it even without a comma: the speaker's next statement or request, not the report."""
    lex, norms = d.lex, d.wi.norms
    form = lex.cue(norms[j])
    if form is None or form.form != "participle":
        return False
    k = j + 1
    if k < len(norms) and not d.breaks[k] and norms[k] in lex.object_prepositions:
        k += 1
    if k >= len(norms) or d.breaks[k]:
        return False
    w = norms[k]
    bare = w[len(lex.prep_bi):] if w.startswith(lex.prep_bi) else w
    if w in lex.object_nouns or bare in lex.object_nouns:
        return True
    # with a possessive (مؤكدة رفضها لـ) only in the person of the clause's cue: مؤكدين رفضهم
    # after a clause whose subject is الشبان is still what the source reports about them
    if lex.object_nouns.isdisjoint((noun_base(w), noun_base(bare))) or cue is None:
        return False
    person = verb_person(lex, norms[j])
    return person is not None and person == verb_person(lex, norms[cue])
