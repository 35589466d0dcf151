"""Who owns a complementizer a cue's scan reaches: a noun of wish or necessity, a word or
verb that takes it itself, a verb of request, the proviso على أن.  Then its clause is no
report of the cue and the scan ends with no quote.  And the reverse: و + a complementizer
coordinated with the cue's noun object, whose clause reports (coordinated).  Split from
``engine.cues``."""

from __future__ import annotations

from quotecheck.engine.candidates import CueSite
from quotecheck.engine.evidence import Doc, clause_words
from quotecheck.engine.licensed import causal
from quotecheck.lang.ar.morphology import morphology
from quotecheck.lang.ar.normalize import fold


def owned_elsewhere(d: Doc, k: int, site: CueSite) -> bool:
    """The complementizer at word k, after the cue at ``site``, is no cue's: a wish's, a
    demand's, a proviso's, a word's or verb's that takes it, or a request's."""
    cue_last = site.last
    return (_wish(d, k, cue_last) or _request(d, k, site) or _proviso(d, k, site)
            or _owned(d, k, cue_last) or _verb_owned(d, k, cue_last) or requested(d, k, cue_last)
            or request_cue(site))


def request_cue(site: CueSite) -> bool:
    """The cue itself is a verb of appeal (``request_cue_lemmas``: ناشد): what follows it is
    the object of a request (وناشد الوزارة بأن تقوم ...، ناشدوا "الجهات المسؤولة ..."), which
    GUIDELINES.md does not count as a quote; the verb stays a cue, so it still ends a reported
    clause before it (round 8, qb8)."""
    return fold(site.form.lemma) in clause_words().request_cue_lemmas


def _wish(d: Doc, k: int, cue_last: int) -> bool:
    """The complementizer at word k follows a noun of hope or wish (عن أمله أن، عن الأمل في
    أن، عن رغبته بأن): its clause is the object of a wish, which the guidelines do not
    count as reported speech."""
    norms, lex = d.wi.norms, d.lex
    j = k - 1
    if j > cue_last and norms[j] in lex.wish_prepositions:
        j -= 1
    return j > cue_last and norms[j] in lex.wish_nouns


def _owned(d: Doc, k: int, cue_last: int) -> bool:
    """The complementizer at word k (after a و, or a preposition of ``wish_prepositions``,
    or neither) follows a word that takes it itself (``complementizer_owners``: من شأنه أن
    "is likely to", باعتبار أن "since", علما أن "noting that"; the impersonal predicates من
    المنتظر أن، من الممكن أن، يبدو أن، يتوقع أن، يشتبه في أنه): its clause belongs to that
    word, not to the cue (أعلن عن قرار من شأنه أن يحد من البطالة), and ends the trigger scan
    with no quote."""
    norms, lex = d.wi.norms, d.lex
    j = k - 1
    if j > cue_last + 1 and (norms[j] == morphology().conjunction
                             or norms[j] in lex.wish_prepositions):
        j -= 1  # (علما و ان، يشتبه في أنه)
    return j > cue_last and norms[j] in lex.complementizer_owners


#: How many words before its complementizer a verb of ``complement_verbs`` may stand (its
#: subject between: تدرك الحكومة أنها).
COMPLEMENT_VERB_REACH = 3


def _verb_owned(d: Doc, k: int, cue_last: int) -> bool:
    """A verb that is no cue but takes a complementizer (``complement_verbs``: اختار، أدرك،
    قرر، وجد، ينتظر) stands within COMPLEMENT_VERB_REACH words before the complementizer at
    word k, after the cue: the complementizer is that verb's (حبيبته التي اختارت أن تعشق
    الوطن، أدركت المذيعة أن), not the cue's, and the scan ends with no quote."""
    norms, lex = d.wi.norms, d.lex
    return any(norms[j] in lex.complement_verbs
               for j in range(max(cue_last + 1, k - COMPLEMENT_VERB_REACH), k))


#: How many words before a cue's mark pair or complementizer a verb of request may stand
#: (its addressee and preposition between: داعيا المجتمع الدولي إلى "...").
REQUEST_REACH = 5


def requested(d: Doc, k: int, cue_last: int) -> bool:
    """A verb of request that is no cue (``request_verbs``: particles.json
    ``request_finite_verbs`` and ``request_participles_m/_f/_p``: داعيا، مطالبا، دعا، طالبت، حث)
    stands after the cue within REQUEST_REACH words before the mark pair or complementizer at
    word k: the marks or the clause are the request's object (داعيا الحكومة إلى "التعامل
    معها بحزم"، مطالبا "بمساواتهن مع الرجل"), which GUIDELINES.md does not count as a quote."""
    norms, lex = d.wi.norms, d.lex
    return any(norms[j] in lex.request_verbs
               for j in range(max(cue_last + 1, k - REQUEST_REACH), k))


def _request(d: Doc, k: int, site: CueSite) -> bool:
    """The complementizer at word k follows a noun of necessity (``request_nouns``: مشيرة إلى
    ضرورة أن، مشددا على ضرورة أن، وشدد الوزير على ضرورة أن): the speaker's demand, which the
    guidelines do not count as reported speech (its speaker still spoke: CueSpeakers.spoke;
    round 6b, a finite verb too)."""
    return k - 1 > site.last and d.wi.norms[k - 1] in d.lex.request_nouns


def _proviso(d: Doc, k: int, site: CueSite) -> bool:
    """The complementizer at word k follows على as written (``proviso_written``) and neither the
    cue's lemma (``proviso_governors``: شدد، أكد، أصر) nor a verbal noun right before it
    (``proviso_governor_nouns``: بالتأكيد) governs على: the clause is a proviso, "provided
    that" (تعهدت النقابة بتقديم مشروع، على أن تنتهي المناقشات ...), no report."""
    wi, lex = d.wi, d.lex
    norms, j = wi.norms, k - 1
    if j <= site.last or d.text[wi.starts[j] : wi.ends[j]] not in lex.proviso_written:
        return False
    if fold(site.form.lemma) in lex.proviso_governors:
        return False
    return not (j - 1 > site.last and norms[j - 1] in lex.proviso_governor_nouns)


def coordinated(d: Doc, k: int, cue_last: int) -> bool:
    """Word k is و + a complementizer (``chain_joiners``: وأن، وأنها) after the cue's noun
    object, with no complementizer before it: the object and the clause are coordinated
    objects of the cue (أكد على أهمية المشروع للجهة وأنه سيوفر فرص عمل، اعترف بسرقته
    للمصوغ وأنه فرط فيه), and the clause reports (cue6's handoff, round 7); not a
    conditional (وإن كانت), a causal one (ولأن), nor after a word that takes it itself
    (``coordination_blockers``: خاصة وأن، سبق وأن، مع العلم وأنه، حتى وإن;
    ``complementizer_owners``: علما وأن)."""
    norms, lex = d.wi.norms, d.lex
    w = norms[k]
    if k - 1 <= cue_last or w[:1] not in lex.chain_joiners or not lex.complementizer(w[1:]):
        return False
    if causal(lex, w[1:]) or k + 1 < len(norms) and norms[k + 1] in lex.conditional_next:
        return False
    prev = norms[k - 1]
    return prev not in lex.coordination_blockers and prev not in lex.complementizer_owners
