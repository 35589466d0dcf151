"""Cue forms that count only where their context licenses them.

A homograph shadows some reporting forms: مضيفة is also a host, لافتة a sign, زاد
"increased", بين the preposition.  Such a form (the lexicon's ``licensed_lookup``) is a cue
only when its quote opens right after it: a colon or an opening quotation mark in the next
gap (not a closing one glued to the form), or a complementizer within two words (لافتة إلى
أن), not the causal لأن.  A ``shadda`` form (بيّن) must
also carry in its raw spelling the shadda the folded form has lost (بيّن عزوف: a verb of
showing with an object, no report).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, count

from quotecheck.engine.purpose_reach import after_auxiliary, framed_comp
from quotecheck.engine.reply_cues import reply_form, reply_sites
from quotecheck.find.marks import ALL_MARKS, OPENING
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import CueForm, Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article
from quotecheck.lang.ar.punctuation import COMMAS, SENTENCE_ENDS

SHADDA = "\u0651"
_COLONS = frozenset({":", "："})
_OPENS = frozenset(ALL_MARKS | _COLONS)
_STOPS = COMMAS | SENTENCE_ENDS | frozenset("\n")
#: How many words after the form a complementizer may stand: a participle's follows it or
#: its preposition (لافتة إلى أن), a verb's may follow a short subject (اشتكى التجار من أن).
COMP_WINDOW = {"participle": 2, "perfect": 3, "imperfect": 3}
#: How far a verb's complementizer may stand when the verb's own preposition comes right
#: before it (اشتكى ... من أن; not إلى أن, which is also "until").
LONG_SUBJECT_WINDOW = 9


def licensed_cues(text: str, wi: WordIndex, lex: Lexicon) -> dict[int, CueForm]:
    """Word index -> cue form for each shadowed cue form whose context licenses it."""
    norms = wi.norms
    lic, shadda = lex.licensed_lookup, lex.shadda_lookup
    out: dict[int, CueForm] = {}
    for i in statement_cue_sites(wi, lex):
        w = norms[i]
        out[i] = CueForm(lex.statement_cues.get(w, lex.statement_cues.get(w[1:]))[1],
                         "neutral", "perfect")
    for i in tail_cue_sites(wi, lex):
        out[i] = lex.tail_cue_form
    for i, form in bare_participle_sites(wi, lex):
        out[i] = form
    # (two C-level passes of dict look-ups over the words, their hits in order)
    sites = set(compress(count(), map(lic.__contains__, norms)))
    sites.update(compress(count(), map(shadda.__contains__, norms)))
    for i in sorted(sites):
        w = norms[i]
        form = lic.get(w)
        if form is None and w in shadda and opens_report(wi, lex, i):
            out[i] = shadda[w]  # وبين الوزير، أن: the verb, with or without its shadda
            continue
        if form is None and SHADDA in text[wi.starts[i] : wi.ends[i]]:
            form = shadda[w]
        if form is not None and form.lemma in lex.mark_object_licensed:
            bare_start = (i == 0 or wi.breaks[i]) and not (
                w[:1] in lex.conj_clitics and w[1:] in lic)
            if (opens_clause(wi, lex, i) and _mark_within(wi, lex, i + 1, i + 1 + OBJECT_WINDOW)
                    and not (bare_start and SHADDA not in text[wi.starts[i] : wi.ends[i]])):
                out[i] = form  # وثمّنت الوزارة "حسن تعاون ...": a mixed quote in its object
            continue  # (ثمن "الخبز" opening a sentence: the noun, unless written ثمّن)
        if form is not None and form.lemma in lex.object_licensed:
            if _object_mark_follows(wi, lex, i):
                out[i] = form  # وعبر الحزب عن "تخوفه من ...": a mixed quote in its object
            continue
        if form is not None and w in lex.relay_licensed:
            if _relay_follows(wi, lex, i, form):
                out[i] = form
            continue
        if form is not None and (w in lex.opening_licensed or w[:1] in lex.conj_clitics
                                 and w[1:] in lex.opening_licensed):
            if opens_report(wi, lex, i):
                out[i] = form  # وتوقع الوزير أن; not إلى جانب توقع أن, التي رجح أن تكون
            continue
        if form is not None and form.form == "imperfect" and after_auxiliary(wi, lex, i):
            k = framed_comp(wi, lex, i)  # وعاد الوزير ليؤكد في تصريح لاحق أن (purpose_reach)
            if k is not None and not causal(lex, norms[k]):
                out[i] = form
                continue
        window = 0 if w in lex.mark_licensed else COMP_WINDOW.get(form.form, 2) if form else 0
        if form is not None and _quote_follows(wi, lex, i, window):
            out[i] = form
    for i in reply_sites(wi, lex):
        out.setdefault(i, reply_form())  # وردّ الوزير بأن: the verb of reply (reply_cues)
    return out


def _quote_follows(wi: WordIndex, lex: Lexicon, i: int, window: int) -> bool:
    """A colon or an opening mark right after word i, or a complementizer within
    ``window`` words with no punctuation before it."""
    n = len(wi.norms)
    if i + 1 >= n:
        return False
    gap = wi.gap(i + 1)
    if not _COLONS.isdisjoint(gap) or not _OPENS.isdisjoint(gap) and not _closes(gap):
        return True
    # (a verb's subject may be long when its own preposition opens the clause: اشتكى أصحاب
    # المحلات في الأسواق من أن)
    reach = max(window, LONG_SUBJECT_WINDOW) if window > 2 else window
    for k in range(i + 1, min(i + 1 + reach, n)):
        if not _STOPS.isdisjoint(wi.gap(k)):
            return False
        if lex.complementizer(wi.norms[k]):
            return not causal(lex, wi.norms[k]) and (
                k - i <= window or wi.norms[k - 1] in lex.subject_comp_prepositions)
    return False


#: How many words after a clause-opening shadowed perfect (وبين رئيس الجمعية ...، أن) its
#: complementizer may stand: a full subject with its title, name and adjuncts.
REPORT_WINDOW = 20
_REPORT_STOPS = SENTENCE_ENDS | _COLONS | frozenset("\n")


def opens_report(wi: WordIndex, lex: Lexicon, i: int) -> bool:
    """A shadowed perfect (a ``shadda`` one written or not with its shadda: بين، وبين; a
    licensed one: توقع، رجح، شرح) that opens a clause and reports: it carries the و/ف
    clitic, or stands at a sentence or comma start or after a verb opener (كما، فقد، ثم);
    its complementizer follows in the sentence within REPORT_WINDOW words (commas allowed:
    وبين الوزير، أن), with no other cue, colon or sentence end before it, and not after
    إلى / بعد (إلى أن is "until"); and, for a ``shadda`` form, no other one stands earlier in
    the sentence (بين الحزبين وبين النهضة: the preposition's pair; an earlier بين does not
    stop a licensed one: نقاشا بين النواب والوزير، ورجحت أن)."""
    norms, shadda = wi.norms, lex.shadda_lookup
    n = len(norms)
    if not opens_clause(wi, lex, i):
        return False
    if _form_of(lex, strip_conj(norms[i])) or _form_of(lex, norms[i]):  # (a shadda form)
        for j in range(i - 1, max(-1, i - 1 - REPORT_WINDOW), -1):
            if wi.breaks[j + 1] or not _REPORT_STOPS.isdisjoint(wi.gap(j + 1)):
                break  # (the sentence starts at word j + 1: ... الجهة.\nورجح الأهالي أن)
            if _form_of(lex, norms[j]):
                return False
    for k in range(i + 1, min(n, i + 1 + REPORT_WINDOW)):
        if wi.breaks[k] or not _REPORT_STOPS.isdisjoint(wi.gap(k)):
            return False
        if lex.complementizer(norms[k]):
            return not causal(lex, norms[k]) and norms[k - 1] not in lex.not_after
        if lex.cue(norms[k]) is not None or norms[k] in shadda or norms[k] in lex.licensed_lookup:
            return False
    return False


def opens_clause(wi: WordIndex, lex: Lexicon, i: int) -> bool:
    """The shadowed form at word i opens a clause: it carries the و/ف clitic, or stands at
    a sentence or comma start, or after a verb opener (كما، فقد، ثم)."""
    norms = wi.norms
    w = norms[i]
    clitic = w[:1] in lex.conj_clitics and (w[1:] in lex.shadda_lookup
                                           or w[1:] in lex.licensed_lookup)
    return (clitic or i == 0 or wi.breaks[i] or not _STOPS.isdisjoint(wi.gap(i))
            or norms[i - 1] in lex.verb_openers or _after_turn(wi, i))


def _after_turn(wi: WordIndex, i: int) -> bool:
    """Word i follows a phrase that hands the report to another party (particles.json
    ``contrast_joiners``: فيما، بينما، في حين، من جهته، من جهتها): a verb there opens its
    clause (..., فيما بين رئيس الجمعية أن; من جهتها فسرت رئيسة المنظمة أن)."""
    # Imported here, not at the top: evidence.py imports this module (licensed_cues) before
    # it defines clause_words, so a top-level import fails whichever of the two loads
    # first (ImportError: partially initialized module).
    from quotecheck.engine.evidence import clause_words

    norms = wi.norms
    return any(i >= len(ph) and tuple(norms[i - len(ph) : i]) == ph
               for ph in clause_words().contrast_joiners)


def _mark_within(wi: WordIndex, lex: Lexicon, j: int, stop: int) -> bool:
    """An opening quotation mark in the gap before one of words j .. stop-1, in the same
    sentence, with no other cue before it."""
    for k in range(j, min(len(wi.norms), stop)):
        gap = wi.gap(k)
        if wi.breaks[k] or not _REPORT_STOPS.isdisjoint(gap):
            return False
        if not _OPENS.isdisjoint(gap) and not _closes(gap):
            return True
        if lex.cue(wi.norms[k]) is not None:
            return False
    return False


def _form_of(lex: Lexicon, w: str) -> bool:
    """A ``shadda`` form, bare, with a clitic or with a pronoun suffix (بينه، وبينها)."""
    return w in lex.shadda_lookup or any(
        w.endswith(suf) and w[: -len(suf)] in lex.shadda_lookup for suf in lex.pron_suffix)


#: How many words after an object-licensed verb its preposition may stand (a subject with
#: adjuncts: عبر حزب "المبادرة"، اليوم الأربعاء، عن), and within how many words after
#: the preposition the quotation mark must open (عن شجبه الشديد "...").
OBJECT_WINDOW, OBJECT_MARK_WORDS = 7, 3


def _object_mark_follows(wi: WordIndex, lex: Lexicon, i: int) -> bool:
    """عبّر X عن "...": the verb's object preposition within OBJECT_WINDOW words (commas
    allowed, no sentence end, colon or other cue before it), then an opening quotation mark
    within OBJECT_MARK_WORDS words after it, in the same sentence (عبر الهاتف: "via", and
    عبّر عن رأيه, an object without marks, are no reports)."""
    norms, n = wi.norms, len(wi.norms)
    for j in range(i + 1, min(n, i + 1 + OBJECT_WINDOW)):
        if wi.breaks[j] or not _REPORT_STOPS.isdisjoint(wi.gap(j)):
            return False
        if norms[j] in lex.object_licence_prepositions:
            for k in range(j + 1, min(n, j + 1 + OBJECT_MARK_WORDS)):
                gap = wi.gap(k)
                if wi.breaks[k] or not _REPORT_STOPS.isdisjoint(gap):
                    return False
                if not _OPENS.isdisjoint(gap) and not _closes(gap):
                    return True
            return False
        if lex.cue(norms[j]) is not None:
            return False
    return False


#: How many words after a relay cue (علمت الإذاعة من) its preposition may stand, and how
#: many after the preposition the complementizer (من مصدر أمني موثوق، أن).
RELAY_WINDOW, RELAY_SOURCE_WORDS = 6, 15


def _relay_follows(wi: WordIndex, lex: Lexicon, i: int, form: CueForm) -> bool:
    """علمت الإذاعة من مصادر مطلعة أن: the relay preposition of the verb within RELAY_WINDOW
    words (no comma, sentence end or complementizer before it: علمت الإذاعة أنه من المنتظر
    relays no source), then a complementizer in the sentence."""
    prep = lex.relay_verbs.get(form.lemma)
    n = len(wi.norms)
    j = next((j for j in range(i + 1, min(n, i + 1 + RELAY_WINDOW))
              if not _STOPS.isdisjoint(wi.gap(j)) or wi.norms[j] == prep
              or lex.complementizer(wi.norms[j])), None)
    if j is None or wi.norms[j] != prep:
        return False
    for k in range(j + 1, min(n, j + 1 + RELAY_SOURCE_WORDS)):
        if wi.breaks[k]:
            return False
        if lex.complementizer(wi.norms[k]):
            return not causal(lex, wi.norms[k])
    return False


def _closes(gap: str) -> bool:
    """The gap opens with a mark glued to the word before it, other than an unambiguous
    opening one: it closes a pair (أولاد مفيدة" يحتوي: the form is part of a quoted name)."""
    return gap[:1] in ALL_MARKS and gap[:1] not in OPENING


@lru_cache(maxsize=4)
def _bare_participles(lex: Lexicon) -> dict[str, CueForm]:
    """The participle cues without their accusative alef (معتبر for معتبرا), by that form."""
    alef = lex.morph.alef
    return {w[: -len(alef)]: c for w, c in lex.cues.items()
            if c.form == "participle" and w.endswith(alef) and len(w) > 4}


def bare_participle_sites(wi: WordIndex, lex: Lexicon) -> list[tuple[int, CueForm]]:
    """...، معتبر أن هذا المشروع ...، مشير إلى أن: a participle cue written without its
    accusative alef, right after a comma and right before its complementizer (or its
    preposition and complementizer), is the participle (ANT: 4 such sentences, all reports;
    without the comma, مرجح أن تكون is the adjective "likely", وأوضح ذاكر أن a name)."""
    bare = _bare_participles(lex)
    norms = wi.norms
    out = []
    for i in compress(count(), map(bare.__contains__, norms)):
        if i == 0 or i + 1 >= len(norms) or COMMAS.isdisjoint(wi.gap(i)):
            continue
        k = i + 1
        if norms[k] in lex.object_prepositions and k + 1 < len(norms):
            k += 1
        if (k == i + 1 or _STOPS.isdisjoint(wi.gap(k))) and _STOPS.isdisjoint(
                wi.gap(i + 1)) and lex.complementizer(norms[k]) and not causal(lex, norms[k]):
            out.append((i, bare[norms[i]]))
    return out


def causal(lex: Lexicon, w: str) -> bool:
    """لأن، لأنه: "because", no report's complementizer (حالة متوقعة لأن ...)."""
    return any(w == c or w.startswith(c) and w[len(c):] in lex.pron_suffix
               for c in lex.causal_complementizers)


def statement_cue_sites(wi: WordIndex, lex: Lexicon) -> list[int]:
    """The words opening a statement cue (وجاء في البيان، ورد في نص البلاغ): the cue phrase,
    then a statement noun; or a document's noun (particles.json ``statement_documents``:
    وجاء في التقرير أن، جاء في صحيفة "..." أن) where the phrase opens a clause."""
    firsts = lex.statement_cue_firsts
    out = []
    for i in compress(count(), map(firsts.__contains__, wi.norms)):
        k = statement_noun(wi, lex, i)
        if k is not None and (without_article(wi.norms[k]) not in lex.statement_documents
                              or opens_clause(wi, lex, i)):
            out.append(i)  # (a document's only where the phrase opens a clause: not in
    return out  # أن التحذير جاء في وثيقة قديمة، ما ورد في تقرير الموقع)


def statement_noun(wi: WordIndex, lex: Lexicon, i: int) -> int | None:
    """The statement noun after the statement cue at word i (بيان، البلاغ، نص البيان; None
    when the phrase does not go on to one: وجاء في المرتبة الثانية)."""
    w = wi.norms[i]
    cue = lex.statement_cues.get(w, lex.statement_cues.get(w[1:]))
    if cue is None:
        return None
    rest = cue[0]
    k = i + 1
    if tuple(wi.norms[k : k + len(rest)]) != rest:
        return None
    k += len(rest)
    if k < len(wi.norms) and wi.norms[k] in lex.statement_frames:
        k += 1
    if k >= len(wi.norms) or wi.breaks[k] or not _STOPS.isdisjoint(wi.gap(k)):
        return None
    noun = without_article(wi.norms[k])
    return k if (noun in lex.statement_words or noun in lex.medium
                 or noun in lex.statement_documents) else None


def tail_cue_sites(wi: WordIndex, lex: Lexicon) -> list[int]:
    """A tail phrase that is no cue form itself (بالقول) standing after a verb that is no cue
    (واكتفى الوزير بالقول إن، ورد المدرب على الانتقادات بالقول:): the verb of saying is the
    tail, its quote opens right after it (a colon, an opening mark or a complementizer)."""
    norms = wi.norms
    out = []
    for i in compress(count(), map(lex.verbless_tails.__contains__, norms)):
        if i == 0 or i + 1 >= len(norms):
            continue
        if lex.cue(norms[i - 1]) is not None and not wi.breaks[i]:
            continue  # وأضاف بالقول: the verb's own tail (cues.cue_site joins it)
        gap = wi.gap(i + 1)
        if (not _COLONS.isdisjoint(gap) or not _OPENS.isdisjoint(gap) and not _closes(gap)
                or lex.complementizer(norms[i + 1]) and not causal(lex, norms[i + 1])):
            out.append(i)
    return out
