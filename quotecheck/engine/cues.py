"""The cue finder: each reporting verb, then what triggers its quote (a quotation mark, a
colon, a complementizer) and the quote that follows."""

from __future__ import annotations

from quotecheck.engine.candidates import Cand, CueSite, Found
from quotecheck.engine.clauses import clause_end
from quotecheck.engine.cue_owners import coordinated, owned_elsewhere, request_cue, requested
from quotecheck.engine.cue_speaker import CueSpeakers
from quotecheck.engine.evidence import (
    CLAUSE_COMMAS,
    COLON_QUOTE,
    COMMAS,
    DIGIT_COLON,
    JOIN_GAP,
    SCAN_WORDS,
    SEGMENT_END,
    Doc,
    clause_words,
    colon_before,
    skip_space,
    trim_marks,
)
from quotecheck.engine.furniture import furniture_line
from quotecheck.engine.headlines import reports_another
from quotecheck.engine.inscription import inscribed
from quotecheck.engine.licensed import causal, statement_noun
from quotecheck.engine.quoted import (
    NAME_PAIR_WORDS,
    NAME_REACH,
    colon_after_pair,
    complement_follows,
    embedded_pair,
    is_name_pair,
    subject_name_pair,
    titled_pair,
)
from quotecheck.engine.reported import (
    CueRun,
    add_clause,
    bullets,
    chain_after,
    parenthetical,
    predicate_pair,
)
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.find.marks import ALL_MARKS, CLOSING, MarkPair
from quotecheck.lang.ar.lexicon import CueForm
from quotecheck.lang.ar.morphology import strip_conj, without_article
from quotecheck.lang.ar.normalize import fold

# What opens a cue's quote: ("mark", k, pair), ("colon", k, None) or ("comp", k, None) for
# its word k; (None, k, None) when nothing does and the scan stopped at word k.
Trigger = tuple[str | None, int, MarkPair | None]


def find_cue_quotes(d: Doc, speakers: CueSpeakers) -> list[Cand]:
    """The quotes every reporting cue of the document introduces, in the order found."""
    lex = d.lex
    run = CueRun(d, Found(d), speakers)
    get = lex.cue_lookup.get
    norms = d.wi.norms
    for i in d.hot[:-1]:  # every cue word is hot (the last index is len)
        w = norms[i]
        form = get(w) or d.licensed.get(i)
        if form is None:
            continue
        if lex.is_title(w) or furniture_line(d, i) or (
            i > 0 and norms[i - 1] in lex.not_before_cue and not d.breaks[i]
            and w not in lex.described_as
        ):
            continue  # مما يشير إلى أن: a relative clause, not a report (مما وصفه بـ is)
        if impersonal(d, i):
            continue  # ويُعتقد أن، رجل يعتقد أنه: "it is believed", no speaker
        quote_of_cue(run, cue_site(d, i, form))
    return run.found.cands


def impersonal(d: Doc, i: int) -> bool:
    """An imperfect of ``impersonal_cues`` (يعتقد، ويعتقد) right before its complementizer,
    with no subject between: news prose reads it as the passive يُعتقد أن ("it is believed"),
    a belief with no speaker (ويعتقد العلماء أن keeps its subject and its quote)."""
    norms, lex = d.wi.norms, d.lex
    return (strip_conj(norms[i]) in lex.impersonal_cues and i + 1 < len(norms)
            and not d.breaks[i + 1] and lex.complementizer(norms[i + 1]))


def cue_site(d: Doc, i: int, form: CueForm) -> CueSite:
    """The cue at word i with its tail (وأضاف بالقول، وتابع قائلا)."""
    wi, lex = d.wi, d.lex
    last, tail = i, False
    if form.lemma in lex.statement_cue_lemmas:  # وجاء في [نص] البيان: the noun begins the
        last = statement_noun(wi, lex, i) - 1  # speaker phrase (its issuer speaks) ...
        if _construct_issuer(d, last + 1):
            last += 1  # ... or, in بيان هيئة تحرير الشام, the body named after it does
    if i + 1 < len(wi.norms) and not d.breaks[i + 1] and wi.norms[i + 1] in lex.cue_tails:
        if COLON_QUOTE.isdisjoint(wi.gap(i + 1)):
            last, tail = i + 1, True
    if wi.norms[i] in lex.tail_cues:
        tail = True
    return CueSite(i, last, (wi.starts[i], wi.ends[last]), form, tail)


def _construct_issuer(d: Doc, k: int) -> bool:
    """The statement noun at word k is indefinite and a body's name follows it directly in
    the construct state (بيان هيئة تحرير الشام، بلاغ وزارة الداخلية): that body issued it."""
    wi, lex = d.wi, d.lex
    return (k + 1 < len(wi.norms) and not wi.norms[k].startswith(lex.article)
            and SEGMENT_END.isdisjoint(wi.gap(k + 1)) and lex.is_body(wi.norms[k + 1]))


def quote_of_cue(run: CueRun, site: CueSite) -> None:
    """The quote of one cue, from its trigger (or, without one, a tail's clause or the
    sentence of a parenthetical cue)."""
    d, wi = run.d, run.d.wi
    n = len(wi.norms)
    kind, k, p = scan_trigger(d, site)
    if finding(d, site, run.speaker(site, k)) or inscribed(d, site):
        return  # كشفت دراسة أن: a study's finding; لافتات كتب عليها "...": a slogan
    if kind is not None and share_subject(d, site):
        return  # واعتبر 73 بالمائة من المستجوبين أن: a poll's result, no report
    if kind is not None and considered(d, site, k):
        return  # ويعتبر مطار الشعيرات ثاني أكبر قاعدة ... وقد "...": "is considered"
    if elative(d, site, kind):
        return  # أبرز عناوين الأخبار ...: "the most prominent", no verb of saying
    if kind == "colon" and dateline_colon(d, k):
        return  # ... لاتحاد الشغل رادس : الأمن يطلق: another headline's dateline
    if kind is None:
        if k < n and (d.lex.complementizer(wi.norms[k]) or d.pair_in(*wi.gap_span(k))):
            run.speakers.spoke(site)  # (شدد X على ضرورة أن: a request, no quote; X spoke)
        if site.tail and site.last + 1 < n and not d.breaks[site.last + 1]:
            start = wi.starts[site.last + 1]
            end = clause_end(d, site.last + 1, site.i)
            add_clause(run, site, site.last + 1, start, end)
        else:
            parenthetical(run, site)
    elif kind == "mark":
        from_mark(run, site, k, p)
    elif kind == "colon":
        from_colon(run, site, k)
    elif kind == "open":
        from_unclosed(run, site, k)
    elif k + 1 < n:  # a complementizer: the clause after it
        add_clause(run, site, k, wi.gap_span(k + 1)[0], clause_end(d, k + 1, site.i))


#: The most words from an imperfect of ``near_trigger_imperfects`` to its trigger.
NEAR_TRIGGER_WORDS = 6


def considered(d: Doc, site: CueSite, k: int) -> bool:
    """An imperfect of اعتبر (``near_trigger_imperfects``) whose trigger stands more than
    NEAR_TRIGGER_WORDS words after it: the verb is the passive "is considered" with a noun
    predicate (ويعتبر مطار الشعيرات ثاني أكبر قاعدة، يعتبر من أكثر الأجسام ...), and the
    complementizer or mark further on belongs to another clause (ويعتبر بن رمضان أن، تعتبر
    الجبهة مشروع الميزانية "..." keep their subject and their quote)."""
    return (site.form.form == "imperfect" and k - site.last > NEAR_TRIGGER_WORDS
            and fold(site.form.lemma) in d.lex.near_trigger_imperfects)


def dateline_colon(d: Doc, k: int) -> bool:
    """The colon before word k follows a place name (places.txt) with no preposition before
    it (``leading_prepositions``: في المهدية :): a dateline that opens another headline in a
    run of headlines on one line (... لاتحاد الشغل رادس : الأمن يطلق ...), not the cue's colon."""
    wi, lex = d.wi, d.lex
    j = k - 1
    if j < 1 or d.breaks[j] or wi.norms[j] not in lex.places:
        return False
    prev = wi.norms[j - 1]
    return prev not in lex.leading_prepositions and strip_conj(prev) not in lex.leading_prepositions


def elative(d: Doc, site: CueSite, kind: str | None) -> bool:
    """The perfect of a cue that is also an elative adjective (``elative_cues``: أبرز, "the
    most prominent"), after a preposition or a quantifier (``elative_heads``: ومن أبرز
    الأسواق، بعض أبرز الشخصيات) or before a colon (أبرز عناوين الأخبار ... اليوم: a digest
    of headlines; أبرز القرارات :): the adjective, no report (وأبرز الوزير أن keeps it)."""
    if site.form.form != "perfect" or fold(site.form.lemma) not in d.lex.elative_cues:
        return False
    return kind == "colon" or elative_after_head(d, site.i)


def _elative_word(d: Doc, k: int) -> bool:
    """Word k is the perfect of an ``elative_cues`` lemma after an elative head (متحدثا عن
    أبرز ما خلص إليه): an adjective, which does not stop another cue's trigger scan."""
    form = d.lex.cue(d.wi.norms[k])
    return (form is not None and form.form == "perfect"
            and fold(form.lemma) in d.lex.elative_cues and elative_after_head(d, k))


def elative_after_head(d: Doc, i: int) -> bool:
    """Word i follows a preposition or quantifier of ``elative_heads`` (ومن، بعض, in its
    sentence): read as an elative adjective when it is one of ``elative_cues``."""
    lex = d.lex
    w = d.wi.norms[i - 1] if i > 0 and not d.breaks[i] else ""
    return w in lex.elative_heads or (w[:1] in lex.conj_clitics
                                      and w[1:] in lex.elative_heads)  # (ومن: short words)


def finding(d: Doc, site: CueSite, sp: SpeakerSpan | None) -> bool:
    """A verb of finding (كشف، بيّن: ``finding_verbs``) whose speaker phrase opens with a
    study, report or poll noun (دراسة، التقرير، نتائج، أرقام: ``study_nouns``): GUIDELINES.md
    counts no findings of studies introduced by verbs of finding (كشفت دراسة أن، بينت نتائج
    المسح أن; a verb of speech keeps them: أشار التقرير إلى أن).  A noun of data, figures or
    facts (``evidence_nouns``: وتشير المعطيات الأولية إلى أن، تفيد التقديرات بأن) is no speaker
    with any verb: what it shows is a finding (round 9)."""
    lex = d.lex
    if sp is None:
        return False
    head = d.wi.norms[sp.first]
    w = without_article(strip_conj(head))
    if (w in lex.evidence_nouns or without_article(head) in lex.evidence_nouns) and fold(
            site.form.lemma) not in lex.relay_verbs and not _given_by(d, sp.first):
        return True  # (وقائع: its و is the noun's own; نقلت المعطيات: the verb's object)
    return w in lex.study_nouns and fold(site.form.lemma) in lex.finding_verbs


#: How many words after a noun of data a relative pronoun may stand to name who gave it.
GIVEN_BY_REACH = 2


def _given_by(d: Doc, k: int) -> bool:
    """A relative pronoun follows the noun at word k within GIVEN_BY_REACH words, in its
    sentence (المعلومات التي أدلى بها 6 أشخاص، الأرقام التي أوردتها "يونامي" في بيان): the
    clause names who gave the data, a speaker's statement, not a bare finding."""
    wi, lex = d.wi, d.lex
    for j in range(k + 1, min(len(wi.norms), k + 1 + GIVEN_BY_REACH)):
        if d.breaks[j]:
            return False
        if wi.norms[j] in lex.relative_pronouns:
            return True
    return False


def share_subject(d: Doc, site: CueSite) -> bool:
    """The cue's subject, right after it, is a share of people (a number and a percent word
    of ``share_words``, or %, after at most a ``share_heads`` quantity and من: اعتبر أكثر من
    64 بالمائة من التونسيين في هذا الاستطلاع أن، وأكد 60% من المستجوبين أن): a poll's
    result, which GUIDELINES.md counts as a finding, not reported speech."""
    wi, words = d.wi, clause_words()
    n = len(wi.norms)
    j = site.last + 1
    while j < n and j - site.last <= 3 and not wi.norms[j][:1].isdigit():
        if wi.norms[j] not in words.share_heads or not CLAUSE_COMMAS.isdisjoint(wi.gap(j)):
            return False
        j += 1
    if j >= n or not wi.norms[j][:1].isdigit() or d.breaks[j]:
        return False
    if j + 1 < n and "%" in wi.gap(j + 1):
        return True
    return any(w in words.share_words for w in wi.norms[j + 1 : j + 3])


def clock_colon(d: Doc, k: int) -> bool:
    """The gap before word k is a colon between two digits with no space (a clock time,
    10:30; a score, 2:1): no quote opens there."""
    a, b = d.wi.gap_span(k)
    return b - a == 1 and DIGIT_COLON.match(d.text, a) is not None


#: How many words after a cue a causal لأن may still open its quote (أعرب عن أسفه لأن
#: "regretted that"); further on, past the cue's object, it gives a reason (round 7).
CAUSAL_NEAR = 3


def scan_trigger(d: Doc, site: CueSite) -> Trigger:
    """The first mark pair, colon or complementizer after a cue (within SCAN_WORDS words,
    before a break or another cue), else a name-like pair before a colon, else nothing and
    the word where the scan stopped.  A causal لأن more than CAUSAL_NEAR words on is passed
    (وشدد على ضرورة تغطية المناطق ... لأن مردوديتها غير مربحة: the reason for the demand;
    no pooled gold quote opens after one), unless marks open right after it (متحفظا عن
    ذكرها لأنه "ليس الوقت المناسب": the speaker's words, a mixed quote as before)."""
    wi, lex = d.wi, d.lex
    n, cue_last = len(wi.norms), site.last
    k = cue_last + 1
    fallback: Trigger | None = None
    passed = 0  # words inside the pairs passed: an adjunct's marked title costs no reach
    while k <= n and k - cue_last - passed <= SCAN_WORDS:
        h = d.next_hot(k)
        if h != k:  # the words before h are plain: the scan passes them
            if h - cue_last - passed > SCAN_WORDS:
                return fallback or (None, cue_last + passed + SCAN_WORDS + 1, None)
            k = h
        a, b = wi.gap_span(k)
        p = d.pair_in(a, b)
        if p is not None and p.close < b:
            p = None  # an empty pair inside the gap: nothing to skip
        if p is not None:
            if not _passes_pair(d, p, a, k, cue_last):
                if requested(d, k, cue_last) or request_cue(site):
                    return fallback or (None, k, None)  # مطالبا "بمساواتهن": a request's
                return "mark", k, p
            # A name in marks («أدرعي», "سكاى نيوز"): go on, keep it as a fallback.
            if (fallback is None and d.pair_words(p) >= 2 and not is_name_pair(d, p)
                    and colon_after_pair(d, p)):
                fallback = "mark", k, p
            passed += d.pair_words(p)
            k = d.word_after(p.close + 1)
            if k >= n or d.breaks[k] and not colon_after_pair(d, p):
                return fallback or (None, k, None)
            continue
        gap = wi.gap(k)
        if (":" in gap or "：" in gap) and not clock_colon(d, k):
            return "colon", k, None
        if (k < n and (k == cue_last + 1 and unclosed_opening(d, k) is not None
                       or 1 < k - cue_last <= UNCLOSED_REACH
                       and speaker_region_opening(d, site, k))
                and wi.norms[site.i] not in lex.described_as
                and strip_conj(wi.norms[site.i]) not in lex.title_nouns):
            return "open", k, None  # وتابع "محمد عرفته عن قرب ... (no closing mark)
        if k == n or d.breaks[k]:
            return fallback or (None, k, None)
        w = wi.norms[k]
        if k - cue_last > CAUSAL_NEAR and causal(lex, w) and not (
                k + 1 < n and d.pair_in(*wi.gap_span(k + 1))):
            k += 1  # ... على ضرورة تغطية المناطق ... لأن مردوديتها: a reason, no report
            continue
        if lex.complementizer(w) and owned_elsewhere(d, k, site):
            return fallback or (None, k, None)  # أعرب عن أمله في أن: a wish, no report
        if lex.complementizer(w) and not (k - 1 > cue_last and wi.norms[k - 1] in lex.not_after
                                          ) and not (w == lex.conditional and _conditional(d, k)):
            return "comp", k, None
        if ((lex.cue(w) is not None and not lex.is_title(w) or k in d.licensed) and k != site.i
                and not _elative_word(d, k)):
            return fallback or (None, k, None)
        if fallback is None and site.form.form != "imperfect" and coordinated(d, k, cue_last):
            return "comp", k, None  # أكد على أهمية البطولة ... وأنها تشكل: a second object
        k += 1
    return fallback or (None, k, None)


def _passes_pair(d: Doc, p: MarkPair, a: int, k: int, cue_last: int) -> bool:
    """A short pair (a name, a title) the scan goes past unless it stands near the cue or
    after a preposition (قال عن "..."), where it is the quote."""
    words = d.pair_words(p)
    if words > 3 and not colon_before(d.text, p.open, a) and is_name_pair(d, p):
        return True  # نقل المصابين إلى مستشفى "مستشفى الأطفال بباب سعدون": a place named
    if words <= NAME_PAIR_WORDS and not colon_before(d.text, p.open, a) and not in_object(
            d, k, cue_last) and complement_follows(d, p):
        return True  # وأضاف "عبد الرحيم" خلال المؤتمر أن: a name before the complementizer
    if words <= ADJUNCT_PAIR_WORDS and not colon_before(d.text, p.open, a) and comp_right_after(
            d, p):
        return True  # في ندوة حول "..." أن، على "الجوهرة أف أم" إن: the pair is an adjunct's
    if words <= NAME_PAIR_WORDS and not colon_before(d.text, p.open, a) and comp_after_adjuncts(
            d, p):
        return True  # وأوضح لـ "الإذاعة" في برنامج "الصباح" أن: names in a row of adjuncts
    if words <= ADJUNCT_PAIR_WORDS and topic_pair(d, p, k, cue_last) and (
            colon_after_pair(d, p) or comp_after_adjuncts(d, p)):
        return True  # على هامش ندوة حول "..." التي تنتظم بالحمامات، أن: the event's topic
    if not ((words <= 3 and not colon_before(d.text, p.open, a)) or titled_pair(d, p)):
        return False  # a long pair: the quote
    if k - cue_last <= 2 and not in_object(d, k, cue_last) and subject_name_pair(d, p):
        return True  # وشدد "هشام ادريس" على، ونقلت "بي بي سي" عن: the subject, named
    before = d.wi.norms[k - 1] if k - 1 > cue_last else ""
    return not (words >= 2 and (
        k - cue_last <= 2 or (k - cue_last <= 6 and before in d.lex.object_prepositions)
    ) and not is_name_pair(d, p))


#: The longest pair a cue's scan passes when its complementizer follows right after it (the
#: title of an event, ندوة حول "...", is often long).
ADJUNCT_PAIR_WORDS = 20


def comp_right_after(d: Doc, p: MarkPair) -> bool:
    """The complementizer is the first word after the pair's closing mark (a comma may stand
    between): the pair is in the speaker or adjunct region and the report is the clause after
    it (أضاف في ندوة حول "إصلاح المنظومة"، أن; قال ضيف البرنامج على "الإذاعة" إنه)."""
    wi = d.wi
    j = d.word_after(p.close + 1)
    if j >= len(wi.norms) or d.breaks[j] or not d.lex.complementizer(wi.norms[j]) or causal(
            d.lex, wi.norms[j]):
        return False  # ("..." لأن: the pair is the quote, "because" follows it)
    gap = d.text[p.close + 1 : wi.starts[j]]
    return not (gap.strip(JOIN_GAP) or wi.norms[j] == d.lex.conditional and _conditional(d, j))


#: How many words of adjuncts may stand between a short quoted name and its sentence's
#: complementizer (وأضاف "عبد الله" خلال فعاليات جلسة ... بالمؤتمر الاقتصادي 2022، أن).
ADJUNCT_REACH = 20


def comp_after_adjuncts(d: Doc, p: MarkPair) -> bool:
    """A complementizer follows the short pair ``p`` within ADJUNCT_REACH words of adjuncts that
    may hold more short pairs (names: لـ "الإذاعة" في برنامج "الصباح" أن), with no colon,
    sentence end, longer pair or other cue between."""
    wi, lex = d.wi, d.lex
    n = len(wi.norms)
    j = first = d.word_after(p.close + 1)
    while j < min(n, first + ADJUNCT_REACH):
        if d.breaks[j] or ":" in wi.gap(j):
            return False
        q = d.pair_in(*wi.gap_span(j)) if j > first else None
        if q is not None:
            if d.pair_words(q) > NAME_PAIR_WORDS:
                return False
            j = max(j + 1, d.word_after(q.close + 1))  # (an empty pair in one gap: move on)
            continue
        w = wi.norms[j]
        if lex.complementizer(w):
            return wi.norms[j - 1] not in lex.not_after and not causal(lex, w) and not (
                w == lex.conditional and _conditional(d, j))
        if lex.cue(w) is not None or j in d.licensed:
            return False
        j += 1
    return False


def topic_pair(d: Doc, p: MarkPair, k: int, cue_last: int) -> bool:
    """The pair opening before word k follows a topic preposition (حول: ``topic_prepositions``)
    in the cue's adjunct region, after at least one other word (ورشة حول "..."، الندوة الوطنية
    حول "..."): it names the topic of an event, a study or a question, not the quote."""
    return (k - 2 > cue_last and d.wi.norms[k - 1] in d.lex.topic_prepositions
            and not colon_before(d.text, p.open, d.wi.gap_span(k)[0]))


def in_object(d: Doc, k: int, cue_last: int) -> bool:
    """The pair opening in the gap before word k stands in the cue's object: after an object
    preposition or a ب- word (باتخاذ "..."), an object noun, or a verb of naming (اعتبره "...")."""
    lex, norms = d.lex, d.wi.norms
    if norms[cue_last] in lex.described_as:
        return True
    if k - 1 <= cue_last:
        return False
    prev = norms[k - 1]
    return (prev in lex.object_prepositions or prev in lex.object_nouns
            or prev in lex.described_as or prev.startswith(lex.prep_bi) and len(prev) > 4)


def _conditional(d: Doc, k: int) -> bool:
    """إن لم، إن كان: a conditional إن, no complementizer."""
    norms = d.wi.norms
    return (norms[k] == d.lex.conditional and k + 1 < len(norms)
            and norms[k + 1] in d.lex.conditional_next)


def from_mark(run: CueRun, site: CueSite, k: int, p: MarkPair) -> None:
    """The quote in the pair that opens at word k: direct, or mixed when the marks sit in
    the cue's object phrase (أكد على "...", شدد على ضرورة "...")."""
    d, wi, lex = run.d, run.d.wi, run.d.lex
    after_colon = colon_before(d.text, p.open, wi.gap_span(k)[0])
    if not run.found.free(p, 1 if after_colon else 2):
        return  # (قال المدرب: "سنصلحها": one word is a quote after a colon)
    qkind = "direct"
    region_last, cue_last = k - 1, site.last
    prev = wi.norms[region_last] if region_last > cue_last else ""
    if after_colon:
        pass  # وقال بوتين: "..."، وأضاف: "الوضع ...": a colon makes the pair direct
    elif prev in lex.object_prepositions or (region_last > cue_last and (
        prev.startswith(lex.prep_bi) and len(prev) > 4 and not lex.is_title(prev)
        or prev in lex.object_nouns or embedded_pair(d, p, prev, wi.gap_span(k)[0])
    )):
        qkind = "mixed"
    elif predicate_pair(d, site, k, p):
        qkind = "mixed"  # معتبرا ذلك "مؤشرا على ...": the object's predicate
    elif region_last == cue_last and not site.tail:
        first = d.word_after(p.open)
        if (first < len(wi.norms) and wi.norms[first].startswith(lex.article)
                and site.form.form != "imperfect"):
            qkind = "mixed"
    c = run.add_pair(p, qkind, site, k)
    if c is not None:
        chain_after(run, c, p)


#: How many words after the cue an unclosed opening mark may stand (the speaker's name between:
#: وأضافت قعلول" لا للتدخل ...).
UNCLOSED_REACH = 4


def unclosed_opening(d: Doc, k: int) -> int | None:
    """The offset of an opening quotation mark in the gap before word k that opens no pair
    (its closing mark is missing): a space (or the text's start) before it, the word right
    after it, nothing else in the gap, and no complementizer after a comma or a mark further
    on in its sentence (وقال "الجهاز المركزي ... في بيان، إن: the mark opens the speaker's
    name, the report is the clause after إن); None otherwise."""
    wi, lex = d.wi, d.lex
    a, b = wi.gap_span(k)
    if d.pair_in(a, b) is not None:
        return None
    marks = [x for x in range(a, b) if d.text[x] in ALL_MARKS]
    if len(marks) != 1 or d.text[a:b].strip(" \u00a0" + d.text[marks[0]]):
        return None
    m = marks[0]
    if d.text[m] in CLOSING or m > 0 and not d.text[m - 1].isspace() and not (
            d.text[m + 1 : m + 2].isspace() and not _closes_pair(d, m)):
        return None  # (glued to the cue, وأضافت" قررت ...: a space after it, no pair it closes)
    for j in range(k + 1, min(len(wi.norms), k + NAME_REACH)):
        if d.breaks[j]:
            break
        if lex.complementizer(wi.norms[j]):
            if not (COMMAS | ALL_MARKS).isdisjoint(wi.gap(j)):
                return None
            break
    return m


def _closes_pair(d: Doc, m: int) -> bool:
    """The mark at offset m closes a pair."""
    p = d.pair_at(m - 1) if m > 0 else None
    return p is not None and p.close == m


def speaker_region_opening(d: Doc, site: CueSite, k: int) -> bool:
    """An unclosed mark a few words after the cue, past its speaker (وأضافت قعلول" لا
    للتدخل ...), opens the quote only where nothing says it belongs to a name: not on the
    text's first line (its title), not after a ل- word (للجوهرة "اف ام أن: the medium), not
    before a complementizer (مجموعة مبروك" أن: the name's closing mark, the report follows),
    and with no other mark within NAME_PAIR_WORDS words on either side (الاعلامية" بروين
    حبيب"، لوحة "غرافيتي" الذي: a name between stray marks)."""
    wi, lex = d.wi, d.lex
    m = unclosed_opening(d, k)
    if m is None or d.text.find("\n", 0, wi.starts[site.i]) < 0:
        return False
    if wi.norms[k - 1].startswith(lex.prep_li) or lex.complementizer(wi.norms[k]):
        return False
    n = len(wi.norms)
    start = wi.ends[max(site.last, k - 1 - NAME_PAIR_WORDS)]
    stop = wi.starts[k + NAME_PAIR_WORDS] if k + NAME_PAIR_WORDS < n else len(d.text)
    return not any(c in ALL_MARKS for c in d.text[start:m] + d.text[m + 1 : stop])


def from_unclosed(run: CueRun, site: CueSite, k: int) -> None:
    """وتابع "...: right after the cue, an opening mark that never closes; the quote runs from
    it to the clause's end, as after ``قال: "`` (from_colon)."""
    d = run.d
    m = unclosed_opening(d, k)
    if m is None:
        return
    end = clause_end(d, k, site.i)
    # (after an object preposition the marks hold the cue's object: أعرب عن "خالص تعازيه ...)
    kind = "mixed" if k - 1 > site.last and d.wi.norms[k - 1] in d.lex.object_prepositions \
        else "direct"
    c = Cand(*trim_marks(d.text, m + 1, end), kind, cue=site.span, cue_form=site.form, prio=1)
    if c.end > c.start:
        run.add(c, site, k)


def title_lead(d: Doc, site: CueSite, k: int) -> bool:
    """On the text's first line (its title), the statement after the colon (from word k)
    opens with a subject and an imperfect verb of saying of its own (``headlines.
    reports_another``: الرئاسة تنفي، حزب التحرير يرد، نتنياهو يتوعّد): what stands before
    the colon, cue and all, is a fronted clause that frames the news (اتهم بالتوعد بعصيان
    أمني : حزب التحرير يرد), not a report whose quote follows."""
    text, wi = d.text, d.wi
    if "\n" in text[: wi.starts[site.i]]:
        return False
    e = text.find("\n", wi.starts[k])
    return reports_another(d, k, wi.first_at_or_after(len(text) if e < 0 else e))


def from_colon(run: CueRun, site: CueSite, k: int) -> None:
    """After ``قال:``: the quote in marks right after the colon, an unclosed mark's clause,
    bulleted lines, or the clause up to its end."""
    d, wi, text = run.d, run.d.wi, run.d.text
    n = len(wi.norms)
    colon_pos = text.find(":", *wi.gap_span(k))
    if colon_pos < 0:
        colon_pos = text.find("：", *wi.gap_span(k))
    nxt = skip_space(text, colon_pos + 1)
    p2 = d.pair_in(colon_pos, nxt + 1)
    if p2 is not None and run.found.free(p2, 1):
        c = run.add_pair(p2, "direct", site, k)
        if c is not None:
            chain_after(run, c, p2)
        return
    if k >= n:
        return
    if nxt < len(text) and text[nxt] in ALL_MARKS and p2 is None:
        # An opening mark that never closes: the quote runs to the clause end.
        end = clause_end(d, k, site.i)
        c = Cand(*trim_marks(text, nxt + 1, end), "direct", cue=site.span,
                 cue_form=site.form, prio=1)
        if c.end > c.start:
            run.add(c, site, k)
        return
    if bullets(run, site, k, colon_pos):
        return
    start_word = k + 1 if d.lex.complementizer(wi.norms[k]) else k
    if start_word >= n or (d.breaks[start_word] and start_word != k):
        return
    if title_lead(d, site, start_word):
        return  # بعد قرار أممي يدين الاستيطان : نتنياهو يتوعّد: a fronted clause, no quote
    end = clause_end(d, start_word, site.i)
    add_clause(run, site, k, wi.starts[start_word], end)
