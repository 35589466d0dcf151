"""The headline finder: lines of the form ``SPEAKER: statement``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotecheck.engine.candidates import Cand, pair_cand
from quotecheck.engine.evidence import (
    COMMAS,
    QUOTE_CHARS,
    Doc,
    after_first_letter,
    has_name,
    is_latin,
    skip_space,
    trim,
    trim_marks,
)
from quotecheck.engine.quoted import is_name_pair
from quotecheck.engine.speakers import SpeakerSpan, is_medium, phrase_after
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.lang.ar.normalize import fold

#: What cuts a line of page furniture into segments that each may be a headline: a bar
#: (``تصريحات المباراة| نجم الاتحاد: ...``), a tab, or a run of 3+ spaces (a menu or a
#: ticker of titles flattened onto one line).
HARD_SEPARATOR = re.compile("[|\uff5c\t]| {3,}")
#: Two or more full stops (or an ellipsis) between two headlines of one title (``X: ...
#: .. Y: ...``): a segment starts after them only where a headline follows.
SOFT_SEPARATOR = re.compile("\\.{2,}|\u2026")
#: The colons that end a headline's lead (a full-width one too).
COLONS = (":", "\uff1a")
#: The most characters of a headline's lead before its colon (a longer one may end in a
#: speaker phrase after a run of titles: ticker_speaker).
MAX_LEAD_CHARS = 80
#: What may open a segment before its speaker: bullets, dashes and a date stamp (``-
#: 2025-09-02NAME: ...`` in a list of related articles).
LEAD = re.compile(r"[\s\-\u2013\u2014\u2022*\u00b7]*"
                  r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?![\d:]))?[\s\-\u2013\u2014]*")


def first_colon(text: str, a: int, b: int) -> int:
    """Where the first colon (COLONS) of ``text[a:b]`` stands, or -1."""
    return min((i for i in (text.find(c, a, b) for c in COLONS) if i >= 0), default=-1)


def find_headlines(d: Doc, spoken: Sequence[SpeakerSpan] = ()
                   ) -> tuple[list[Cand], list[tuple[int, SpeakerSpan]]]:
    """The headline quotes of a document, and their speakers as coreference events.
    ``spoken``: the explicit speakers of the body's quotes, which may vouch for a lead that
    the lexicon does not read as a speaker (speaker_lead); a lead nothing vouches for is a
    topic, so it gives neither a quote nor an antecedent."""
    found: list[tuple[int, int, int, Cand]] = []  # (line start, line end, start, quote)
    text = d.text
    pos = 0
    participles: list[tuple[int, SpeakerSpan]] = []
    while pos <= len(text):
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        found.extend((pos, e, start, c) for start, c in line_headlines(d, pos, e))
        lead = participle_lead(d, pos, e)
        if lead is not None:
            participles.append(lead)
        pos = e + 1
    # a speaker label's speaker (NAME، ظهير الاتحاد:) vouches for a headline as a body's does
    spoken = list(spoken) + [c.speaker for *_, c in found if not c.headline and c.speaker]
    cands: list[Cand] = []
    events: list[tuple[int, SpeakerSpan]] = []
    for a, b, start, c in found:
        others = [sp for sp in spoken if not a <= d.wi.starts[sp.first] < b]
        if c.headline and c.speaker is not None and not _lead_speaks(d, c, others) and (
                framed(d, c.speaker) or not first_person(d, c.start, c.end)):
            if c.pair is None:
                continue  # TOPIC : news, no quote
            # TOPIC : "...": the marks make it a quote, the topic is no speaker (nor antecedent)
            c.speaker, c.implicit = None, True
            cands.append(c)
            continue
        if c.headline and c.pair is None:
            c.prio = NESTING_PRIO  # the outer quote: a report inside it is the speaker's words
        cands.append(c)
        events.append((start, c.speaker))
    return cands, sorted(events + participles, key=lambda e: e[0])


def _lead_speaks(d: Doc, c: Cand, others: Sequence[SpeakerSpan]) -> bool:
    """The lead of the headline ``c`` reads as a speaker (speaker_lead); one that does not
    as a whole but opens with a subject before an imperfect (subject_before_verb) is cut to
    that subject, and read again."""
    marked = c.pair is not None
    if speaker_lead(d, c.speaker, others, marked):
        return True
    cut = subject_before_verb(d, c.speaker, others)
    if cut is None:
        return False
    c.speaker = cut
    return speaker_lead(d, cut, others, marked)


def framed(d: Doc, sp: SpeakerSpan) -> bool:
    """A lead that opens with a preposition of time, cause or place (بعد الرادار :، إثر تداول
    تسجيل :، خلال حملة أمنية :), or with a place name's head (غار الدماء :), frames the news
    item: no speaker, even before a statement in the first person; على is left out (the
    name علي folds like it)."""
    norms = _lead_norms(d, sp)
    w = strip_conj(norms[0])
    if len(norms) > 1 and norms[0] in d.lex.headline_leads["place_heads"]:
        return True
    return w in d.lex.leading_prepositions and w != d.lex.ala


def first_person(d: Doc, a: int, b: int) -> bool:
    """The statement [a, b) speaks in the first person: a pronoun (نحن، لدينا، بنا), a verb
    or noun with the suffix نا (حققنا، موقفنا; not أحيانا، كورونا), or an imperfect in ن after
    a particle or the future س (لن نسمح، سنخوض): someone's own words, so its lead speaks."""
    lx, wi = d.lex.headline_leads, d.wi
    pron, suffix, prefix = lx["first_person_words"], lx["first_person_suffix"], lx[
        "first_person_prefix"]
    prev = ""
    for k in range(wi.first_at_or_after(a), wi.first_at_or_after(b)):
        w = strip_conj(wi.norms[k])
        if w in pron or len(w) >= 5 and w.endswith(suffix) and not w.endswith(
                lx["not_first_person_endings"]):
            return True
        if w.startswith(prefix) and len(w) >= 4 and prev in lx["first_person_particles"]:
            return True
        if (w.startswith(lx["future_prefix"] + prefix) and len(w) >= 5
                and not w.startswith(lx["not_future_starts"])):
            return True
        prev = w
    return False


def _lead_norms(d: Doc, sp: SpeakerSpan) -> list[str]:
    """The folded words of a speaker phrase (its first without the skipped characters)."""
    wi = d.wi
    norms = wi.norms[sp.first : sp.last + 1]
    if sp.skip:
        norms[0] = fold(d.text[wi.starts[sp.first] + sp.skip : wi.ends[sp.first]])
    return norms


def _forms(lex: Lexicon, w: str) -> set[str]:
    """A folded word as written, without its و/ف conjunction, and each without ال."""
    out = {w, strip_conj(w)}
    return out | {x[len(lex.article):] for x in out if x.startswith(lex.article)}


def _office(lex: Lexicon, w: str) -> bool:
    """An office or honorific of titles.txt, bare, definite or feminine (صحفية); a country or
    its nisba, which is_title also accepts, is none (الجزائر : a dateline), nor a preposition
    that folds like a title (أمام : إمام)."""
    forms = _forms(lex, w)
    if not forms.isdisjoint(lex.countries) or _modifier(lex, forms):
        return False
    if strip_conj(w) in lex.leading_prepositions:
        return False  # أمام تزايد موجة البرد : the preposition, folded like إمام (الإمام is one)
    titles, article, fem = lex.titles, lex.article, lex.fem_ending
    return any(f in titles or article + f in titles or f.endswith(fem) and (
        f[: -len(fem)] in titles or article + f[: -len(fem)] in titles) for f in forms)


def _modifier(lex: Lexicon, forms: set[str]) -> bool:
    """A title word that only follows an office (السابق، الحالي، العام، الرسمي), bare,
    definite or feminine: a lead that opens with one is no office (سابقة في التعليم :)."""
    mods, article, fem = lex.headline_leads["modifier_titles"], lex.article, lex.fem_ending
    return any(article + f in mods or f.endswith(fem) and article + f[: -len(fem)] in mods
               for f in forms)


def _person_name(d: Doc, sp: SpeakerSpan, norms: list[str], marked: bool) -> bool:
    """Words that open with a first name of person_names.txt (نجيب الشابي), not a place or a
    name's head (سيدي حسين، ميناء حلق الوادي); one word only before a statement in marks
    (``marked``) and when no other list holds it (وائل : "..."، not فرنسا : or the town
    سليمان :); the name علي as written, or على before a known name."""
    lex, w = d.lex, norms[0]
    if len(norms) == 1:  # وائل : "...": one name word is evidence only with the marks
        return marked and w in lex.person_names and not _known(lex, w)
    if w == lex.ala:  # علي، or على written for it before a name (على سالم الحداد)
        return d.wi.words[sp.first].text.endswith(lex.morph.ya) or norms[1] in lex.person_names
    return w in lex.person_names and w not in lex.name_heads and not _known(lex, w)


def speaker_lead(d: Doc, sp: SpeakerSpan, spoken: Sequence[SpeakerSpan],
                 marked: bool = False) -> bool:
    """The words before a headline's colon read as a speaker: an office (وزير الصحة :), an
    unnamed source (مسؤول أمني :), a body (نقابة الصحفيين :), a ministry portfolio
    (الداخلية :), a medium (صحيفة بريطانية :) or a person's name (نجيب الشابي :); or a speaker
    of the body's quotes shares its last word, or its first (العباسي : ... قال حسين العباسي).
    Else it is the news item's topic, place or time (هجوم لندن :، بسبب خلاف حول عقار :); a
    lead that opens with a place name's head (سيدي، برج، منزل، عين ...) is a place."""
    lex = d.lex
    norms = _lead_norms(d, sp)
    forms = _forms(lex, norms[0])
    if framed(d, sp):
        return False  # سيدي الهاني :، برج العامري :، منزل جميل : a town's name, a dateline
    if _office(lex, norms[0]) or not forms.isdisjoint(lex.anonymous) or lex.is_body(
            norms[0]) or not forms.isdisjoint(lex.media) or _portfolio_lead(lex, norms):
        return True
    if _person_name(d, sp, norms, marked) or _bare_medium(lex, norms):
        return True
    if not forms.isdisjoint(lex.headline_leads["persons"]) or _people_plural(lex, norms[0]):
        return True
    if _institution(lex, norms):
        return True
    return (_surname_shape(d, sp, norms) or _lone_surname(d, sp, norms)
            or any(_echoes(d, norms, s) for s in spoken))


def _bare_medium(lex: Lexicon, norms: list[str]) -> bool:
    """A medium that media.txt spells with its article, here without it and before an
    indefinite relational adjective (إعلام عبري :، إعلام ليبي :، صحافة فرنسية :): the media
    of a country or people, which report; not before a preposition (أنباء عن ... :)."""
    if len(norms) < 2:
        return False
    w, adj = strip_conj(norms[0]), norms[1]
    if w.startswith(lex.article) or lex.article + w not in lex.media:
        return False
    ya, fem = lex.morph.ya, lex.fem_ending
    stem = adj[: -len(fem)] if adj.endswith(fem) else adj
    return not adj.startswith(lex.article) and len(stem) >= 4 and stem.endswith(ya)


def _portfolio_lead(lex: Lexicon, norms: list[str]) -> bool:
    """A ministry's portfolio speaks for its ministry (الداخلية :، الداخلية والدفاع :), alone,
    joined by و to other portfolios, or with definite adjectives (الشؤون الدينية :، الصحة
    العالمية :); a portfolio word then a place after ب or a noun joined by و that is no
    portfolio is a topic (الصحة بالقيروان :، المرأة والسرطان :)."""
    if norms[0] not in lex.portfolios:
        return False
    for w in norms[1:]:
        bare = strip_conj(w)
        if bare in lex.portfolios:
            continue
        if bare != w or not w.startswith(lex.article):
            return False  # (والسرطان: a coordinated topic; بالقيروان: a place)
    return True


def _institution(lex: Lexicon, norms: list[str]) -> bool:
    """A definite noun, then the definite relational adjective of a state or of a region of
    states (المجموعة العربية، الشرطة الفرنسية، الاتحاد الأوروبي، الخطوط التونسية): an
    institution or a grouping of that state or region, whatever its head noun; an event,
    competition or crisis (البطولة الفرنسية، الأزمة الليبية، الدوري الأوروبي) is in
    labels.txt, and _known reads it."""
    if len(norms) < 2:
        return False
    head, adj, article = strip_conj(norms[0]), norms[1], lex.article
    if not (head.startswith(article) and adj.startswith(article)):
        return False
    bare, fem, regions = adj[len(article):], lex.fem_ending, lex.headline_leads["region_nisba"]
    if bare.endswith(fem) and bare[: -len(fem)] in regions:
        bare = bare[: -len(fem)]  # the feminine (العربية)
    if bare not in lex.country_nisba and bare not in regions:
        return False
    return not _known(lex, head)


def _lone_surname(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """One indefinite word that no list holds (ترامب :، بوتين :، بنكيران :): a surname, most
    often a foreign one that person_names.txt lacks; a place, country, label, time word or
    preposition is in its list (سوسة :، غدا :، بسبب :), an adverb ends in the accusative's
    alef (رسميا :).  The word is the whole lead: one that words follow before the colon
    opens a topic (أسلحة في حاوية :، بلاغ مروري :), and a report or statement noun (دراسة :،
    تقرير :، بلاغ :) is a label for findings, no speaker."""
    lex, w = d.lex, norms[0]
    if len(norms) != 1 or w.startswith((lex.article, lex.bi_article, lex.li_article)):
        return False  # (بالتفاصيل :، للمرة الأولى: a preposition phrase)
    end = d.wi.ends[sp.last]
    if not d.text[end : end + MAX_LEAD_CHARS].lstrip().startswith(COLONS):
        return False
    if _report_noun(lex, _forms(lex, w)):
        return False
    # an accusative ends in alef: an adverb (احتجاجا، رسميا، أولا), no surname
    return not w.endswith(lex.morph.alef) and not _known(lex, w)


def _report_noun(lex: Lexicon, forms: set[str]) -> bool:
    """One of a word's forms (_forms) is a report or statement noun (دراسة، تقرير، بلاغ)."""
    return not forms.isdisjoint(lex.headline_leads["report_nouns"]) or not forms.isdisjoint(
        lex.statement_nouns)


def _surname_shape(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """A definite nisba surname as written, with its ي, alone or after a first name the
    lexicon does not know (الصفدي، حمة الهمامي، مية الجريبي): the usual shape of a person's
    name in Arab headlines; a topic's definite word ends otherwise (حراسة المرمى، مستقبل
    المرسى) and a place's is in places.txt."""
    lex, wi = d.lex, d.wi
    last = norms[-1]
    if len(norms) > 2 or any(_known(lex, w) for w in norms) or len(norms) == 2 and norms[
            0].startswith(lex.article):
        return False
    return (last.startswith(lex.article) and len(last) >= 6
            and wi.words[sp.last].text.endswith(lex.morph.ya))


def _people_plural(lex: Lexicon, w: str) -> bool:
    """A sound masculine plural (حقوقيون، متظاهرون): a group of people; its stem has four
    letters or more (قانون، صالون are no plurals)."""
    lx = lex.headline_leads
    w = strip_conj(w)
    w = w[len(lex.article):] if w.startswith(lex.article) else w
    return w.endswith(lx["plural_suffix"]) and len(w) - len(lx["plural_suffix"]) >= 4


def _known(lex: Lexicon, w: str) -> bool:
    """A word of a lexicon list other than the names: an office, body, source, medium, label,
    place, country, time word, name head or preposition, a verb of saying or كان."""
    forms = _forms(lex, w)
    return lex.cue(w) is not None or any(not forms.isdisjoint(words) for words in (
        lex.titles, lex.body_nouns, lex.anonymous, lex.media, lex.labels, lex.places,
        lex.countries, lex.time_words, lex.name_heads, lex.leading_prepositions, lex.soft_prep,
        lex.kana_forms))


def _echoes(d: Doc, lead: list[str], s: SpeakerSpan) -> bool:
    """A body speaker's phrase ``s`` and a lead share their last word, or their first
    (ال and و/ف aside); a country matches only a speaker that is that country alone
    (تونس : is no echo of حركة نداء تونس), and a report or statement noun none (بلاغ مروري :
    is no echo of البلاغ, a medium whose issuer speaks)."""
    lex = d.lex
    words = d.wi.norms[s.first : s.last + 1]
    last, first = _forms(lex, lead[-1]), _forms(lex, lead[0])
    for mine, theirs in ((last, words[-1]), (first, words[0])):
        if mine.isdisjoint(_forms(lex, theirs)) or _report_noun(lex, mine):
            continue
        if not mine.isdisjoint(lex.countries) and len(words) > 1:
            continue
        if max(map(len, mine)) >= 3:
            return True
    return False


def segments(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The line [a, b) cut at its hard separators (bars, tabs, runs of spaces)."""
    out = []
    for m in HARD_SEPARATOR.finditer(text, a, b):
        before = text[a : m.start()].rstrip()
        if not before or before.endswith(COLONS):
            continue  # (الوزير :    لن نقبل: spaces after a colon cut nothing)
        out.append((a, m.start()))
        a = m.end()
    out.append((a, b))
    return out


def stray_mark(text: str, a: int, b: int) -> int:
    """Where the segment [a, b) opens past a quotation mark that opens it and stands alone
    before its first colon (``"الوزير : ... حين قال له "كفى``: the title set in marks, or
    the statement's mark moved to the front); else ``a``.  A lead with a mark of its own
    (``"فيلم" : ...``) keeps it."""
    colon = text.find(":", a, b)
    if a >= b or text[a] not in QUOTE_CHARS or colon < 0:
        return a
    if sum(ch in QUOTE_CHARS for ch in text[a:colon]) != 1:
        return a
    return skip_space(text, a + 1)


def line_headlines(d: Doc, a: int, b: int) -> list[tuple[int, Cand]]:
    """The headlines of the line [a, b), with where each starts: one per segment, and
    within a segment one after each ``..`` that a headline follows, the statement before
    it then ending at the ``..``."""
    text = d.text
    out: list[tuple[int, Cand]] = []
    for n, (sa, sb) in enumerate(segments(text, a, b)):
        m = LEAD.match(text, sa, sb)
        sa = stray_mark(text, m.end() if m else sa, sb)
        if sb - sa < 4:
            continue
        found: list[tuple[int, int, Cand]] = []  # (separator start, segment start, quote)
        c = headline(d, sa, sb)
        if c is None and n == 0:
            c = marked_headline(d, sa, sb) or speaker_label(d, sa, sb)
        if c is not None:
            found.append((sa, sa, c))
        for sep in SOFT_SEPARATOR.finditer(text, sa, sb):
            if not found or d.inside_pair(sep.start()):
                continue  # only a headline follows a headline (X: ... .. Y: ...)
            # a statement of two words passes there (X: ... .. Y: الحكم قتلنا)
            c = headline(d, sep.end(), sb, 2)
            if c is None:
                continue
            sp = c.speaker
            if sp is not None and not sp.skip and strip_conj(d.wi.norms[sp.first]) != (
                    d.wi.norms[sp.first]):  # وثنائي الاتفاق: the conjunction joins two titles
                w = d.wi.words[sp.first].text
                c.speaker = SpeakerSpan(sp.first, sp.last, skip=after_first_letter(w))
            if found and found[-1][2].end > sep.start():
                prev = found[-1][2]
                ca, cb = trim_marks(text, prev.start, sep.start())
                if cb <= ca:
                    continue
                prev.start, prev.end, prev.pair = ca, cb, None
            found.append((sep.start(), sep.end(), c))
        out.extend((start, c) for _, start, c in found)
    return out


def _statement_noun(lex: Lexicon, w: str) -> bool:
    """A medium or statement noun (بيان، بلاغ، تصريح), with or without its article."""
    bare = w[len(lex.article):] if w.startswith(lex.article) else w
    return not lex.is_title(w) and (is_medium(lex, w) or bare in lex.statement_nouns)


def _quoted_name_after_person(d: Doc, lead: str, ws: int, we: int) -> bool:
    """Quotation marks before a headline's colon that close a name inside a speaker phrase
    opening with an office, an unnamed source or a first name (مخرج "غدوة حيّ" :، مسؤول في
    "الكنام" :); other marks there belong to a topic (قضية "طفلة البامبرز" :)."""
    head, lex = d.wi.norms[ws:we], d.lex
    if len(head) > 1 and head[1] in lex.soft_prep and not lex.is_title(head[0]) and (
            head[0] not in lex.anonymous):
        return False  # يعيش في "ڨراج" : a verb that is also a first name, then its place
    return (sum(ch in QUOTE_CHARS for ch in lead) % 2 == 0
            and lead.strip()[:1] not in QUOTE_CHARS and _person_head(lex, head))


def _unnamed_source(lex: Lexicon, head: list[str]) -> bool:
    """An unnamed source's noun (مصدر, also the page label مصدر :) with an indefinite word
    after it: ``مصدر أمني :``، ``مصدر حكومي لـ"...":`` speak; ``مصدر الصورة :`` is a label."""
    return len(head) > 1 and head[0] in lex.anonymous and not head[1].startswith(lex.article)


def _speaker_words(d: Doc, a: int, colon: int) -> tuple[int, int] | None:
    """Words [ws, we) before the colon of the line at ``a`` when they may name a speaker
    (1 to 7 words, no digits, marks, labels, cues, complementizers, lists or Latin); ``a``
    may fall inside the first word (a date stamp written onto it)."""
    text, wi, lex = d.text, d.wi, d.lex
    ws = wi.first_at_or_after(a)
    if ws > 0 and wi.ends[ws - 1] > a:
        ws -= 1
    we = wi.first_at_or_after(a + colon)
    if not 1 <= we - ws <= MAX_LEAD_WORDS:
        return None
    head = wi.norms[ws:we]
    if wi.starts[ws] < a:
        head[0] = fold(text[a : wi.ends[ws]])
    lead = text[a : a + colon]
    if any(ch.isdigit() for ch in lead) or any(c in lead for c in "<>=/@#|"):
        return None
    if not QUOTE_CHARS.isdisjoint(lead) and not _quoted_name_after_person(d, lead, ws, we):
        return None
    if (" ".join(head) in lex.labels or head[0] in lex.labels or strip_conj(head[0]) in lex.labels
            ) and not _unnamed_source(lex, head):
        return None
    if " ".join(head[:2]) in lex.labels:
        return None  # رابطة الأبطال الإفريقية : a two-word label opens the lead
    if " ".join(head) in lex.places:
        return None  # سوسة : حجز ...: a dateline
    if any(lex.cue(w) is not None and not lex.is_title(w) for w in head):
        return None
    if any(head[i - 1] in lex.soft_prep and head[i].startswith(lex.article)
           and _statement_noun(lex, head[i]) for i in range(1, len(head))):
        # وجاء في البلاغ : "...": the statement named before, its words; its issuer is
        # elsewhere (an indefinite medium is the speaker's: الوزير في حوار مع X :)
        return None
    if any(lex.complementizer(w) for w in head) or head[0] in lex.time_words:
        return None
    if head[0] in lex.list_openers or (
        head[0][:1] in lex.conj_clitics and head[0][1:] in lex.leading_prepositions
    ):
        # وفي ما يلي البرنامج: ...، ومن أهم الحاضرين: ...: a list, no speaker (a bare
        # على may be the name علي: على عبد العال: ...)
        return None
    if any(is_latin(w) for w in wi.words[ws:we]):
        return None
    return ws, we


#: The priority of a headline whose lead speaks and whose statement is in no marks: as a
#: clause's, so a report inside its statement (NAME : X أكد أن ...) loses to the outer
#: quote that holds it (GUIDELINES: nested quotes give the outer one); marks still win.
NESTING_PRIO = 1
#: The fewest words of a headline's statement.
MIN_WORDS = 3
#: The fewest words of a statement wholly in marks after a speaker's lead (الوزير : "لن أستقيل").
MARKED_MIN_WORDS = 2


#: Dashes that stand between the items of a list (teams of a fixture, names of a squad).
LIST_DASHES = 3
_LIST_DASHES = re.compile("\\s[-\u2013\u2014]\\s")


def list_statement(text: str, a: int, b: int) -> bool:
    """The text after a headline's colon is a list, not a statement: it holds a star between
    teams (``النادي الإفريقي * النجم``) or LIST_DASHES dashes between items (``الأهلي -
    الفيصلي - الوحدة - النصر``; one or two may set off a clause)."""
    inner = text[a:b]
    return "*" in inner or len(_LIST_DASHES.findall(inner)) >= LIST_DASHES


#: How far into a statement its own subject and verb of saying may reach.
REPORT_REACH = 5


def _person_head(lex: Lexicon, head: list[str]) -> bool:
    """Words before a colon that name a person or a source: a title or an unnamed source
    first (وزير، مراقبون), or a first name of person_names.txt (راشد الغنوشي), with the
    article too (a surname: الجبالي)."""
    return any(
        lex.is_title(w) or w in lex.anonymous or w in lex.person_names
        or w.startswith(lex.article) and w[len(lex.article):] in lex.person_names
        for w in {head[0], strip_conj(head[0])})


def reports_another(d: Doc, i: int, j: int) -> bool:
    """The statement (words [i, j)) opens with a subject and a verb of saying of its own in
    the present of titles (``قضية ... : وزارة العدل توضح الملابسات``): it reports someone
    else, and what stands before its colon is a topic, no speaker."""
    wi, lex = d.wi, d.lex
    for k in range(i + 1, min(j, i + REPORT_REACH)):
        if d.inside_pair(wi.starts[k]):
            return False
        form = lex.cue(wi.norms[k])
        if form is not None and form.form == "imperfect" and not lex.is_title(
                wi.norms[k]):
            return True
    return False


def subject_before_verb(d: Doc, sp: SpeakerSpan, spoken: Sequence[SpeakerSpan]
                        ) -> SpeakerSpan | None:
    """``السيسي يوجه رسالة للمصريين : ...``: a lead that does not read as a speaker as a whole
    but opens with one (speaker_lead) before an imperfect verb (ي/ت and three letters or more,
    no word of a lexicon list nor a first name): the verb's subject, who speaks in the
    statement; None when there is none."""
    wi, lex = d.wi, d.lex
    for v in range(sp.first + 1, min(sp.last + 1, sp.first + 4)):
        w = wi.norms[v]
        if (not w.startswith(lex.headline_leads["imperfect_prefixes"]) or len(w) < 4
                or w in lex.person_names or _known(lex, w)):
            continue
        cut = SpeakerSpan(sp.first, v - 1, skip=sp.skip)
        return cut if speaker_lead(d, cut, spoken) else None
    return None


def participle_lead(d: Doc, a: int, b: int) -> tuple[int, SpeakerSpan] | None:
    """``الرئيس محذرا: لن نسمح ...``: a line whose lead is a speaker phrase then the
    participle of a verb of saying right before the colon; the cue finder reports the
    statement, and the phrase, which reads as a headline speaker (speaker_lead), is the
    participle's subject: an event at the phrase's start, None when the line is none."""
    text, wi, lex = d.text, d.wi, d.lex
    m = LEAD.match(text, a, b)
    a = m.end() if m else a
    colon = first_colon(text, a, b)
    if colon < 0 or colon - a > MAX_LEAD_CHARS or not text[colon + 1 : b].strip():
        return None
    k = wi.first_at_or_after(colon) - 1  # the participle, the lead's last word
    if k < 1 or wi.starts[k] <= a or text[wi.ends[k] : colon].strip():
        return None
    form = lex.cue(wi.norms[k])
    if form is None or form.form != "participle":
        return None
    words = _speaker_words(d, a, wi.starts[k] - a)
    if words is None or words[1] != k:
        return None
    ws, we = words
    sp = phrase_after(lex, wi, ws, we) if we - ws > 1 else None
    if sp is None or sp.first != ws:
        sp = SpeakerSpan(ws, we - 1)
    return (wi.starts[ws], sp) if speaker_lead(d, sp, ()) else None


#: The most words of a lead before a colon (_speaker_words); a longer one may end in a
#: speaker phrase after a run of titles (ticker_speaker).
MAX_LEAD_WORDS = 7
#: The most words of a speaker phrase that ends a run of titles (ticker_speaker).
TICKER_WORDS = 4
#: A full stop that ends a sentence (not one of a ``..`` run between titles).
_FULL_STOP = re.compile(r"(?<!\.)\.(?!\.)")


def ticker_speaker(d: Doc, a: int, end: int) -> tuple[int, int] | None:
    """Words [ws, we) right before the colon at ``end`` that open with an office or an unnamed
    source (``... والطلبة الأوائل نائب كردي: ...``): the speaker of a headline at the end of a
    run of titles flattened onto one line, whose lead as a whole is too long to be one.  Not
    in prose (a comma or a full stop in the lead), nor after a verb of saying, a
    complementizer, a preposition or another office word (the phrase would go on)."""
    text, wi, lex = d.text, d.wi, d.lex
    lead = text[a:end]
    if not COMMAS.isdisjoint(lead) or _FULL_STOP.search(lead):
        return None
    first, we = wi.first_at_or_after(a), wi.first_at_or_after(end)
    if any(lex.cue(w) is not None for w in wi.norms[first:we]):
        return None  # (وقال ... لمؤتمر الحزب الجمهوري : a report's sentence)
    for ws in range(max(first + 1, we - TICKER_WORDS), we - 1):
        w, prev = wi.norms[ws], wi.norms[ws - 1]
        if strip_conj(w) != w or not (_office(lex, w) or w in lex.anonymous):
            continue
        if (lex.complementizer(prev) or prev in lex.soft_prep or lex.is_title(prev)
                or strip_conj(prev) in lex.leading_prepositions
                or prev.startswith((lex.morph.lam, lex.prep_bi))):
            continue  # (لمؤتمر الحزب، بوزارة الصحة: the phrase is a complement)
        if _speaker_words(d, wi.starts[ws], end - wi.starts[ws]) != (ws, we):
            continue
        sp = phrase_after(lex, wi, ws, we)
        if sp is not None and sp.first == ws and sp.last == we - 1:
            return ws, we
    return None


#: The most words of a من/عن complement that a headline's speaker phrase keeps.
COMPLEMENT_WORDS = 4


def whole_complement(d: Doc, sp: SpeakerSpan, we: int) -> SpeakerSpan:
    """A headline's speaker phrase cut before من or عن (headline_leads.json
    lead_complement_prepositions) that its lead goes on with up to the colon (word ``we``): the
    complement belongs to the phrase of a body, an unnamed source or a group of people
    (منظمة الدفاع عن المستهلك :، مسؤول من وزارة الفلاحة :، الناجون من الحرب :); a person's
    or an office holder's is the topic or the place (برهان بسيس عن التحاقه :، رئيس الحكومة من
    الغريبة :).  Not a complement of more than COMPLEMENT_WORDS words, nor one with another
    preposition, a verb of saying, a time word or a comma."""
    wi, lex = d.wi, d.lex
    k, head = sp.last + 1, strip_conj(wi.norms[sp.first])
    bare = head[len(lex.article):] if head.startswith(lex.article) else head
    if not k < we <= k + COMPLEMENT_WORDS or wi.norms[k] not in lex.headline_leads[
            "lead_complement_prepositions"]:
        return sp
    if not (lex.is_body(head) or head in lex.anonymous or bare in lex.anonymous
            or _people_plural(lex, head) or not _forms(lex, head).isdisjoint(
                lex.headline_leads["persons"])):
        return sp
    rest = wi.norms[k + 1 : we]
    if any(lex.cue(w) is not None or w in lex.time_words or w in lex.soft_prep
           or w in lex.object_prepositions for w in rest) or any(
            not COMMAS.isdisjoint(wi.gap(j)) for j in range(k, we)):
        return sp
    return SpeakerSpan(sp.first, we - 1, skip=sp.skip)


def addressee_start(d: Doc, a: int, colon: int) -> int:
    """Where the lead [a, colon) of a headline ends when its last words are an addressee: ل
    (لـ) then a name in marks that closes right before the colon (``السوداني لـ«العربية»:``,
    ``وزير الخارجية لـ"الشرق الأوسط":``), the outlet the speaker talked to, which is no part
    of the speaker phrase; else ``colon``."""
    text, wi, lex = d.text, d.wi, d.lex
    end = len(text[a:colon].rstrip()) + a
    if end <= a or text[end - 1] not in QUOTE_CHARS:
        return colon
    p = d.pair_at(end - 2)  # (the pair whose closing mark ends the lead)
    if p is None or p.close != end - 1 or p.open <= a:
        return colon
    k = wi.first_at_or_after(p.open) - 1  # the word before the opening mark
    if k < 0 or wi.starts[k] <= a or wi.norms[k] != lex.morph.lam or wi.ends[k] > p.open:
        return colon
    return wi.starts[k]


def headline(d: Doc, a: int, b: int, min_words: int = MIN_WORDS) -> Cand | None:
    """The headline quote of the line [a, b), with its speaker; None when it is none."""
    text, wi, lex = d.text, d.wi, d.lex
    colon = first_colon(text, a, b)
    if colon < 0:
        return None
    seps = [m for m in SOFT_SEPARATOR.finditer(text, a, colon) if not d.inside_pair(m.start())]
    if seps:
        a = skip_space(text, seps[-1].end())  # TOPIC.. SPEAKER: the speaker opens after ..
    colon -= a
    if colon <= 0:
        return None
    lead_end = addressee_start(d, a, a + colon)
    words = _speaker_words(d, a, lead_end - a) if colon <= MAX_LEAD_CHARS else None
    if words is None and (colon > MAX_LEAD_CHARS or wi.first_at_or_after(lead_end)
                          - wi.first_at_or_after(a) > MAX_LEAD_WORDS):
        words = ticker_speaker(d, a, lead_end)
    if words is None:
        return None
    ws, we = words
    ca, cb = trim(text, a + colon + 1, b)
    if cb <= ca:
        return None
    p = d.pair_in(ca, ca + 1)
    whole = p is not None and trim(text, p.close + 1, cb)[0] >= cb  # the statement in marks
    short = wi.first_at_or_after(cb) - wi.first_at_or_after(ca) < min_words
    if short and not (whole and d.pair_words(p) >= MARKED_MIN_WORDS):
        return None
    if list_statement(text, ca, cb):
        return None
    if " ".join(wi.norms[ws:we]) in lex.countries and any(ch.isdigit() for ch in text[ca:cb]):
        return None  # مصر : مقتل 4 سياح ...: a country's dateline before a count, no speech
    first_body = wi.first_at_or_after(ca)
    if first_body < len(wi.norms) and wi.norms[first_body] in lex.time_words:
        return None  # مقابلات المستوى الأول : الأربعاء 17 ماي ...: a schedule, not a statement
    if not _person_head(lex, wi.norms[ws:we]) and reports_another(
            d, first_body, wi.first_at_or_after(cb)):
        return None
    sp = phrase_after(lex, wi, ws, we) if we - ws > 1 else None
    if sp is None or sp.first != ws:
        sp = SpeakerSpan(ws, we - 1)
    sp = whole_complement(d, sp, we)
    if wi.starts[ws] < a:
        sp = SpeakerSpan(sp.first, sp.last, skip=a - wi.starts[ws])
    if short and not speaker_lead(d, sp, (), marked=True):
        return None  # a short statement in marks is a quote only after a speaker's lead
    if whole:
        c = pair_cand(text, p, "direct", headline=True)
        if c is None:
            return None
    else:
        ca, cb = trim_marks(text, ca, cb)
        if cb <= ca:
            return None
        c = Cand(ca, cb, "direct", headline=True, prio=0)
    c.speaker = sp
    return c


def marked_headline(d: Doc, a: int, b: int) -> Cand | None:
    """``المدير الفني لمنتخبنا "statement"``: a line of an office phrase (1 to 6 words, a
    title word first, no verb) and a quote in marks of 3+ words that ends the line, with no
    colon: a headline.  A name after a title noun (مهرجان "..."، فيلم "...") is none."""
    text, wi, lex = d.text, d.wi, d.lex
    p = d.pair_in(a, b)
    if p is None or p.close >= b or text[p.close + 1 : b].strip(" .!?\u061f\u00a0"):
        return None
    if d.pair_words(p) < MIN_WORDS or is_name_pair(d, p) or ":" in text[a : p.open]:
        return None
    words = _speaker_words(d, a, p.open - a)
    if words is None:
        return None
    ws, we = words
    if we - ws > 6 or not lex.is_title(strip_conj(wi.norms[ws])):
        return None
    sp = phrase_after(lex, wi, ws, we)
    if sp is None or sp.first != ws or sp.last != we - 1:
        return None  # the words do not all belong to the speaker phrase (a verb among them)
    c = pair_cand(text, p, "direct", headline=True)
    if c is not None:
        c.speaker = sp
    return c


def speaker_label(d: Doc, a: int, b: int) -> Cand | None:
    """``* حمدان الشمراني، ظهير الاتحاد:`` alone on its line, its speaker's words in the
    next paragraph: a person's name (2 to 4 words, a first name of person_names.txt) and
    a comma before the rest of the phrase (its title or role), a colon
    ending the line, and a paragraph of 3+ words with no colon of its own after it (a
    direct quote without marks, no headline)."""
    text, wi, lex = d.text, d.wi, d.lex
    colon = text.rfind(":", a, b)
    if colon < 0 or text[colon + 1 : b].strip() or ":" in text[a:colon]:
        return None
    words = _speaker_words(d, a, colon - a)
    if words is None:
        return None
    ws, we = words
    commas = [k for k in range(ws + 1, we) if not COMMAS.isdisjoint(wi.gap(k))]
    if len(commas) != 1 or not 2 <= commas[0] - ws <= 4:
        return None
    name = wi.norms[ws : commas[0]]
    if name[0] not in lex.person_names or not has_name(lex, name):
        return None  # (a person's name before the comma: حمدان الشمراني، ظهير الاتحاد)
    pa = skip_space(text, b)
    pb = text.find("\n", pa)
    pb = len(text) if pb < 0 else pb
    ca, cb = trim_marks(text, pa, pb)
    if cb <= ca or ":" in text[ca:cb] or wi.first_at_or_after(cb) - wi.first_at_or_after(ca) < 3:
        return None
    c = Cand(ca, cb, "direct", prio=0)
    c.speaker = SpeakerSpan(ws, we - 1)
    return c
