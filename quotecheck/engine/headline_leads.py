"""What a headline's lead, the words before its colon, is (engine/headlines.py finds the
lines and their colons): which of its words may name a speaker (lead_words, ticker_speaker,
addressee_start), whether they read as one (speaker_lead; framed and first_person weigh
the statement), and where the speaker phrase is cut or grown (subject_before_verb,
whole_complement).  The word lists are the lexicon's (``lex.headline_leads``:
headline_leads.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from quotecheck.engine.evidence import COMMAS, QUOTE_CHARS, Doc, is_latin
from quotecheck.engine.speakers import SpeakerSpan, is_medium, phrase_after
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article
from quotecheck.lang.ar.normalize import fold

#: The colons that end a headline's lead (a full-width one too).
COLONS = (":", "\uff1a")
#: The most characters of a headline's lead before its colon (a longer one may end in a
#: speaker phrase after a run of titles: ticker_speaker).
MAX_LEAD_CHARS = 80
#: The most words of a lead before a colon (lead_words); a longer one may end in a
#: speaker phrase after a run of titles (ticker_speaker).
MAX_LEAD_WORDS = 7
#: The most words of a speaker phrase that ends a run of titles (ticker_speaker).
TICKER_WORDS = 4
#: The most Latin words of an outlet's name after ل at a lead's end (``لـ Sky News``).
LATIN_OUTLET_WORDS = 3
#: A full stop that ends a sentence (not one of a ``..`` run between titles).
_FULL_STOP = re.compile(r"(?<!\.)\.(?!\.)")


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
    or noun with the suffix نا (حققنا، موقفنا; not أحيانا، كورونا), an imperfect in ن after
    a particle or the future س (لن نسمح، سنخوض), or in أ after لن/لم, which only a verb
    follows (لن أستقيل، لم أقل): someone's own words, so its lead speaks."""
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
        if (w.startswith(lx["singular_prefix"]) and len(w) >= 3 and prev in lx["verb_particles"]
                and not w.startswith(d.lex.article)):
            return True  # لن أستقيل، لم أقل: only a verb follows لن/لم (لمّ الشمل: a noun), and
            # أ is the first person
        if (w.startswith(lx["future_prefix"] + prefix) and len(w) >= 5
                and not w.startswith(lx["not_future_starts"])):
            return True
        prev = w
    return False


def conj_joined(lex: Lexicon, w: str) -> bool:
    """A folded word opens with the conjunction و/ف (strip_conj) and is not itself a word of
    the lexicon's lists that opens with that letter (وزير، وكالة، فيصل، فرنسا): ووزير
    joins, وزير does not."""
    if strip_conj(w) == w:
        return False
    fem, titles = lex.fem_ending, lex.titles
    whole = (w in titles or w.endswith(fem) and w[: -len(fem)] in titles
             or lex.is_first_name(w) or lex.is_body(w))
    return not whole and not any(w in words for words in (
        lex.countries, lex.places, lex.media, lex.anonymous, lex.labels, lex.body_nouns))


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


def office_word(lex: Lexicon, w: str) -> bool:
    """An office or honorific word of titles.txt (_office): وزير، الوزير، السفيرة."""
    return _office(lex, w)


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
    if _bare_medium(lex, norms):
        return True
    if not forms.isdisjoint(lex.headline_leads["persons"]) or _people_plural(lex, norms[0]):
        return True
    if _institution(lex, norms):
        return True
    if _body_place(d, sp, norms, after_in=False):
        return False  # مدينة خان يونس، ريف دير الزور: a place, though خان is a first name
    if _person_name(d, sp, norms, marked):
        return True
    if _body_place(d, sp, norms, after_in=True):
        return False  # في جنين: a place, where no list reads the lead as a name
    return (_surname_shape(d, sp, norms) or _lone_surname(d, sp, norms)
            or _body_person(d, sp, norms) or any(_echoes(d, norms, s) for s in spoken))


#: The most places where the text writes a lead again that are read (the first ones).
MAX_OCCURRENCES = 40
_POSITIONS: WeakKeyDictionary = WeakKeyDictionary()


def _positions(d: Doc) -> dict[str, list[int]]:
    """Each folded word of the text, as written and without its و/ف, with where it stands
    (built once per document)."""
    index = _POSITIONS.get(d)
    if index is None:
        index = {}
        for k, w in enumerate(d.wi.norms):
            for f in {w, strip_conj(w)}:
                index.setdefault(f, []).append(k)
        _POSITIONS[d] = index
    return index


def _occurrences(d: Doc, sp: SpeakerSpan, norms: list[str]) -> list[int]:
    """Where else the text writes the lead's words in a row (ال kept, و/ف aside): the index
    of the word before each such run (-1 at the text's start), the first MAX_OCCURRENCES."""
    wi, m, index = d.wi, len(norms), _positions(d)
    ks = sorted({k for f in {norms[0], strip_conj(norms[0])} for k in index.get(f, ())})
    out = []
    for k in ks:
        if sp.first <= k <= sp.last or k + m > len(wi.norms):
            continue
        if all(wi.norms[k + x] == norms[x] for x in range(1, m)):
            out.append(k - 1)
            if len(out) >= MAX_OCCURRENCES:
                break
    return out


def _body_place(d: Doc, sp: SpeakerSpan, norms: list[str], after_in: bool) -> bool:
    """The text names the lead (one to three words) elsewhere as a place: after a place noun
    (مدينة، محافظة، ريف، مخيم), or, with ``after_in``, right after في (في جنين): a town's
    dateline, whatever list lacks it (نابلس :، ريف إدلب ... إدلب :).  في may govern a
    person too (الثقة في NAME), so it is weighed only where no list reads a name."""
    lx, wi = d.lex.headline_leads, d.wi
    if len(norms) > 3:
        return False
    return any(k >= 0 and (not lx["place_nouns"].isdisjoint(
        (wi.norms[k], strip_conj(wi.norms[k])))  # (ولاية is no و + لاية)
        or after_in and wi.norms[k] in lx["place_prepositions"])
        for k in _occurrences(d, sp, norms))


def _body_person(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """A lead of one to three words that no list holds but a first name's or a name link's
    (جوزيب بوريل، أبو الغيط، بن فرحان، الصدر), the whole lead before its colon, that the
    text writes elsewhere right after a first name (أحمد أبو الغيط، فيصل بن فرحان), a
    compound one (عبد الفتاح البرهان: a name head then a definite word), or, a
    lead of two words or more, after a definite office or the definite nisba of a state or
    region that ends an office phrase (الرئيس، الأوروبي: مسؤول السياسة الخارجية في الاتحاد
    الأوروبي جوزيب بوريل): a person's name.  A topic's words follow neither, and an
    office without its article governs its complement (رئيس الترجي الجرجيسي: a club)."""
    if not 1 <= len(norms) <= 3:
        return False
    if not (_whole_lead(d, sp) or _circumstance_after(d, sp)):
        return False  # (جازف بحياته ... : the lead's first word only)
    return _named_in_body(d, sp, norms)


def _named_in_body(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """The text writes the words ``norms`` (no list holds them but as first names or name
    links) elsewhere right after a first name, a compound first name, or, two words or
    more, after the end of an office phrase (_body_person)."""
    lex = d.lex
    lx = lex.headline_leads
    if len(norms[-1]) < 3 or _known(lex, norms[-1]) or any(
            _known(lex, w) and w not in lx["name_links"] and not lex.is_first_name(w)
            or w in lx["place_heads"] or w.startswith((lex.bi_article, lex.li_article))
            for w in norms):
        return False  # (محطة سيدي خليفة: a place's head; للعام الثالث: a preposition)
    wa = lex.morph.conjunction  # (وفيصل; not ف, which a word may open: فعالية is no ف + عالية)
    for k in _occurrences(d, sp, norms):
        if k < 0:
            continue
        prev = d.wi.norms[k]
        if prev.startswith(wa) and lex.is_first_name(prev[len(wa):]):
            prev = prev[len(wa):]
        if lex.is_first_name(prev) and not _known(lex, prev):
            return True
        if k > 0 and d.wi.norms[k - 1] in lx["name_links"] and prev.startswith(lex.article):
            return True  # عبد الفتاح البرهان: a compound first name (عبد، أبو + a definite word)
        if len(norms) > 1 and _office_phrase_end(lex, prev):
            return True
    return False


def named_person(d: Doc, ws: int, we: int) -> bool:
    """Words [ws, we) (one to three) name a person: a first name of person_names.txt and
    more words (محمد صلاح), or words the text writes elsewhere after a first name or an
    office phrase (_body_person: ميسي after ليونيل)."""
    lex, norms = d.lex, d.wi.norms[ws:we]
    if not 1 <= len(norms) <= 3:
        return False
    if len(norms) > 1 and lex.is_first_name(norms[0]) and not _known(lex, norms[0]):
        return True
    return _named_in_body(d, SpeakerSpan(ws, we - 1), norms)


def _office_phrase_end(lex: Lexicon, w: str) -> bool:
    """A definite office (الرئيس، الوزير) or a definite adjective of the nisba's shape
    (الفرنسي، الأوروبية، السياسي، الأساسي): the last word of an office phrase before a
    person's name (الناشط السياسي NAME، نقابة التعليم الأساسي NAME)."""
    article, ya, fem = lex.article, lex.morph.ya, lex.fem_ending
    if not w.startswith(article) or len(w) < 5:
        return False
    bare = w[len(article):]
    return bare.endswith(ya) or bare.endswith(ya + fem) or _office(lex, w)


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
    if not _whole_lead(d, sp):
        return False
    if _report_noun(lex, _forms(lex, w)):
        return False
    # an accusative ends in alef: an adverb (احتجاجا، رسميا، أولا), no surname
    return not w.endswith(lex.morph.alef) and not _known(lex, w)


def _whole_lead(d: Doc, sp: SpeakerSpan) -> bool:
    """The phrase ``sp`` is the whole lead: only spaces, or the outlet addressed
    (addressee_start: ``لـ«العربية»``، ``لـ CNN``), stand between it and a colon."""
    text, end = d.text, d.wi.ends[sp.last]
    rest = text[end : end + MAX_LEAD_CHARS]
    colon = min((i for i in (rest.find(c) for c in COLONS) if i >= 0), default=-1)
    if colon < 0:
        return False
    return not text[end : addressee_start(d, end, end + colon)].strip()


def parallel_surname(d: Doc, sp: SpeakerSpan) -> bool:
    """The lead of a headline that follows another after ``..`` (``عباس: ... .. والرجوب:
    ...``) is one definite word that no list holds, the whole lead: a surname, as the first
    headline's lead was a speaker (the lexicon reads an indefinite one as a surname already,
    _lone_surname); a report or statement noun is none."""
    lex = d.lex
    norms = _lead_norms(d, sp)
    w = norms[0]
    if len(norms) != 1 or not w.startswith(lex.article) or len(w) < 5:
        return False
    return (_whole_lead(d, sp) and not _known(lex, w) and not _report_noun(lex, _forms(lex, w))
            and not _body_place(d, sp, norms, after_in=True))


def _circumstance_after(d: Doc, sp: SpeakerSpan) -> bool:
    """The lead goes on after ``sp`` with the circumstance of the statement, up to a colon
    within MAX_LEAD_CHARS: a leading preposition (أمام الجمعية العامة، خلال زيارته، في
    تغريدة) or a circumstance word of headline_leads.json (ردا على، تعليقا على، عبر)."""
    wi, lex = d.wi, d.lex
    k = sp.last + 1
    if k >= len(wi.norms):
        return False
    w = wi.norms[k]
    if w not in lex.leading_prepositions and w not in lex.headline_leads[
            "circumstance_openers"]:
        return False
    rest = d.text[wi.ends[sp.last] : wi.ends[sp.last] + MAX_LEAD_CHARS]
    return any(c in rest for c in COLONS)


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
    w = without_article(w)
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


def _statement_noun(lex: Lexicon, w: str) -> bool:
    """A medium or statement noun (بيان، بلاغ، تصريح), with or without its article."""
    bare = without_article(w)
    return not lex.is_title(w) and (is_medium(lex, w) or bare in lex.statement_nouns)


def _quoted_name_after_person(d: Doc, lead: str, ws: int, we: int) -> bool:
    """Quotation marks before a headline's colon that close a name inside a speaker phrase
    opening with an office, an unnamed source, a first name or a body's noun (مخرج "غدوة
    حيّ" :، مسؤول في "الكنام" :، منظمة "أنا يقظ" :); other marks there belong to a topic
    (قضية "طفلة البامبرز" :)."""
    head, lex = d.wi.norms[ws:we], d.lex
    if len(head) > 1 and head[1] in lex.soft_prep and not lex.is_title(head[0]) and (
            head[0] not in lex.anonymous):
        return False  # يعيش في "ڨراج" : a verb that is also a first name, then its place
    return (sum(ch in QUOTE_CHARS for ch in lead) % 2 == 0
            and lead.strip()[:1] not in QUOTE_CHARS and (
                person_head(lex, head) or any(lex.is_body(w) and w not in lex.labels
                                              for w in {head[0], strip_conj(head[0])})))


def _unnamed_source(lex: Lexicon, head: list[str]) -> bool:
    """An unnamed source's noun (مصدر, also the page label مصدر :) with an indefinite word
    after it: ``مصدر أمني :``، ``مصدر حكومي لـ"...":`` speak; ``مصدر الصورة :`` is a label."""
    return len(head) > 1 and head[0] in lex.anonymous and not head[1].startswith(lex.article)


def lead_words(d: Doc, a: int, colon: int, most: int = MAX_LEAD_WORDS
               ) -> tuple[int, int] | None:
    """Words [ws, we) before the colon of the line at ``a`` when they may name a speaker
    (1 to ``most`` words, no digits, marks, labels, cues, complementizers, lists or Latin);
    ``a`` may fall inside the first word (a date stamp written onto it)."""
    text, wi, lex = d.text, d.wi, d.lex
    ws = wi.first_at_or_after(a)
    if ws > 0 and wi.ends[ws - 1] > a:
        ws -= 1
    we = wi.first_at_or_after(a + colon)
    if not 1 <= we - ws <= most:
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


def person_head(lex: Lexicon, head: list[str]) -> bool:
    """Words before a colon that name a person or a source: a title or an unnamed source
    first (وزير، مراقبون), or a first name of person_names.txt (راشد الغنوشي), with the
    article too (a surname: الجبالي)."""
    return any(
        lex.is_title(w) or w in lex.anonymous or w in lex.person_names
        or w.startswith(lex.article) and w[len(lex.article):] in lex.person_names
        for w in {head[0], strip_conj(head[0])})


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
        if conj_joined(lex, w) or not (_office(lex, w) or w in lex.anonymous):
            continue  # (والطلبة: a conjunction joins the run; وزير opens a phrase)
        if (lex.complementizer(prev) or prev in lex.soft_prep or lex.is_title(prev)
                or strip_conj(prev) in lex.leading_prepositions
                or prev.startswith((lex.morph.lam, lex.prep_bi))):
            continue  # (لمؤتمر الحزب، بوزارة الصحة: the phrase is a complement)
        if lead_words(d, wi.starts[ws], end - wi.starts[ws]) != (ws, we):
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
    bare = without_article(head)
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
    ``وزير الخارجية لـ"الشرق الأوسط":``), or ل then up to LATIN_OUTLET_WORDS words in Latin
    letters (``بوريل لـ CNN:``), the outlet the speaker talked to, which is no part of the
    speaker phrase; else ``colon``."""
    text, wi, lex = d.text, d.wi, d.lex
    end = len(text[a:colon].rstrip()) + a
    if end <= a:
        return colon
    k = wi.first_at_or_after(end) - 1
    j = k
    while j > k - LATIN_OUTLET_WORDS and j >= 0 and wi.starts[j] > a and is_latin(wi.words[j]):
        j -= 1
    if j < k and j >= 0 and wi.starts[j] > a and wi.norms[j] == lex.morph.lam:
        return wi.starts[j]  # (بوريل لـ euronews: an outlet in Latin letters, no marks)
    if text[end - 1] not in QUOTE_CHARS:
        return colon
    p = d.pair_at(end - 2)  # (the pair whose closing mark ends the lead)
    if p is None or p.close != end - 1 or p.open <= a:
        return colon
    k = wi.first_at_or_after(p.open) - 1  # the word before the opening mark
    if k < 0 or wi.starts[k] <= a or wi.norms[k] != lex.morph.lam or wi.ends[k] > p.open:
        return colon
    return wi.starts[k]
