"""Whether a headline's lead, the words before its colon, speaks (engine/headlines.py finds
the lines and their colons, headline_lead_words.py which words may name the speaker):
speaker_lead weighs what the lexicon's lists say of the lead (headline_lexicon.py), what
the rest of the text says of it (headline_body.py) and the body's speakers; framed and
first_person weigh the statement; subject_before_verb cuts a lead before its verb.  The
word lists are the lexicon's (``lex.headline_leads``: headline_leads.json)."""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.engine.evidence import Doc
from quotecheck.engine.headline_body import (
    body_institution,
    body_person,
    body_place,
    genitive_institution,
    said_head,
    said_subject,
    short_name,
)
from quotecheck.engine.headline_lead_end import marked_lead, whole_lead
from quotecheck.engine.headline_lexicon import (
    bare_medium,
    construct_plural,
    institution,
    known_word,
    office_word,
    people_plural,
    portfolio_lead,
    report_noun,
    word_forms,
)
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.lang.ar.normalize import fold


def framed(d: Doc, sp: SpeakerSpan) -> bool:
    """A lead that opens with a preposition of time, cause or place (بعد الرادار :، إثر تداول
    تسجيل :، خلال حملة أمنية :), or with a place name's head (غار الدماء :), or is a noun
    then an adjective of relative time (الأسبوع القادم :، الشهر الماضي :), frames the news
    item: no speaker, even before a statement in the first person; على is left out (the
    name علي folds like it)."""
    norms = _lead_norms(d, sp)
    w = strip_conj(norms[0])
    if len(norms) > 1 and norms[0] in d.lex.headline_leads["place_heads"]:
        return True
    if len(norms) == 2 and norms[1] in d.lex.headline_leads["time_frame_adjectives"]:
        return True  # الأسبوع القادم :، العام المقبل : a time, though a list holds the noun
    surface = d.text[d.wi.starts[sp.first] : d.wi.ends[sp.first]]
    return w in d.lex.leading_prepositions and w != d.lex.ala or _pronoun_preposition(
        d.lex, w, surface)


def _pronoun_preposition(lex: Lexicon, w: str, surface: str = "") -> bool:
    """A preposition with a pronoun suffix (بينها، بينهم، منهم، فيها): ``بينها X و Y :``
    names some of the news item's own people or things (among them ...), no speaker; بين
    alone (headline_leads.json ``pronoun_prepositions``) folds like the verb بيّن.  Not a
    word the text writes with a closed ta (منة شلبي :, a name: ة folds to the pronoun ه)."""
    letters = [c for c in surface if fold(c)]
    if letters and fold(letters[-1]) != letters[-1]:
        return False  # (its last letter is one that folding respells: ة, not the pronoun ه)
    for suffix in lex.morph.possessive_suffixes:
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) >= 2 and (
                stem in lex.leading_prepositions and stem != lex.ala
                or stem in lex.headline_leads["pronoun_prepositions"]):
            return True
    return False


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
        if (w.startswith(lx["singular_prefix"]) and len(w) >= 3 and prev in lx["negation_particles"]
                and not w.startswith(d.lex.article)):
            return True  # لن أستقيل، لم أقل: only a verb follows لن/لم (لمّ الشمل: a noun), and
            # أ is the first person
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


def _person_name(d: Doc, sp: SpeakerSpan, norms: list[str], marked: bool) -> bool:
    """Words that open with a first name of person_names.txt (نجيب الشابي), not a place or a
    name's head (سيدي حسين، ميناء حلق الوادي); one word only before a statement in marks
    (``marked``) and when no other list holds it (وائل : "..."، not فرنسا : or the town
    سليمان :); the name علي as written, or على before a known name."""
    lex, w = d.lex, norms[0]
    if len(norms) == 1:  # وائل : "...": one name word is evidence only with the marks
        return marked and w in lex.person_names and not known_word(lex, w)
    if w == lex.ala:  # علي، or على written for it before a name (على سالم الحداد)
        return d.wi.words[sp.first].text.endswith(lex.morph.ya) or norms[1] in lex.person_names
    return w in lex.person_names and w not in lex.name_heads and not known_word(lex, w)


def speaker_lead(d: Doc, sp: SpeakerSpan, spoken: Sequence[SpeakerSpan],
                 marked: bool = False) -> bool:
    """The words before a headline's colon read as a speaker: an office (وزير الصحة :), an
    unnamed source (مسؤول أمني :), a body (نقابة الصحفيين :), a ministry portfolio
    (الداخلية :), a medium (صحيفة بريطانية :) or a person's name (نجيب الشابي :); or a speaker
    of the body's quotes shares its last word, or its first (العباسي : ... قال حسين العباسي),
    or the text writes its two or three words, or their head with the article, as a verb of
    saying's subject (said_subject: الهلال الأحمر : ... وحذرت جمعية الهلال الأحمر; said_head:
    اتحاد النقابات : ... وانتقد الاتحاد العام للنقابات), or as the name after ل of a body
    (genitive_institution: الصليب الأحمر : ... اللجنة الدولية للصليب الأحمر).  Else it is the
    news item's topic, place or time (هجوم لندن :، بسبب خلاف حول عقار :); a lead that opens
    with a place name's head (سيدي، برج، منزل، عين ...) is a place."""
    lex = d.lex
    norms = _lead_norms(d, sp)
    forms = word_forms(lex, norms[0])
    if framed(d, sp):
        return False  # سيدي الهاني :، برج العامري :، منزل جميل : a town's name, a dateline
    if office_word(lex, norms[0]) or not forms.isdisjoint(lex.anonymous) or lex.is_body(
            norms[0]) or not forms.isdisjoint(lex.media) or portfolio_lead(lex, norms):
        return True
    if bare_medium(lex, norms) or _marked_institution(d, sp, norms):
        return True
    if not forms.isdisjoint(lex.headline_leads["persons"]) or people_plural(lex, norms[0]) or (
            len(norms) > 1 and construct_plural(lex, norms[0])):
        return True
    if institution(lex, norms):
        return True
    if len(norms) > 1 and _placed_item(d, sp, norms):
        # مستشفى جهوي بالقيروان : the item and its place; only the text writing the lead as
        # a verb of saying's subject vouches for it (أعلن مهرجان أيام قرطاج المسرحية أن)
        return len(norms) <= SUBJECT_WORDS and said_subject(d, sp, norms)
    if body_place(d, sp, norms, after_in=False):
        return False  # مدينة خان يونس، ريف دير الزور: a place, though خان is a first name
    if _person_name(d, sp, norms, marked):
        return True
    if not sp.skip and not known_word(lex, norms[0]) and short_name(d, sp, norms):
        return True  # الأرصاد : ... الهيئة العامة للأرصاد; before في X (في الأمانة)
    if body_place(d, sp, norms, after_in=True):
        return False  # في جنين: a place, where no list reads the lead as a name
    return (_surname_shape(d, sp, norms) or _lone_surname(d, sp, norms)
            or body_person(d, sp, norms) or any(_echoes(d, norms, s) for s in spoken)
            or 1 < len(norms) <= SUBJECT_WORDS and (said_subject(d, sp, norms)
                                                     or said_head(d, sp, norms)
                                                     or genitive_institution(d, sp, norms)))


def _placed_item(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """A lead of two words or more whose head no list reads as a speaker (the lists were
    asked first) and whose later word is a place: in places.txt, a place or country after
    ب (``رياض أطفال عشوائية بسوسة :``، ``مستشفى جهوي بالقيروان :``), or a word the text
    writes elsewhere after a place noun (``موسم خريف ظفار :`` ... ``محافظة ظفار``): the
    news item and where it happens, no speaker; a first name or an echo of a body speaker's
    last word (بلدية ظفار) does not make it one (speaker_lead: said_subject still may).  A
    country without ب stays: it names a party or a club as often (``نداء تونس :``)."""
    lex = d.lex
    ba = lex.morph.ba
    for k, w in enumerate(norms[1:], sp.first + 1):
        w = strip_conj(w)
        if not word_forms(lex, w).isdisjoint(lex.places):
            return True
        if w.startswith(ba) and len(w) > len(ba) + 2 and not word_forms(
                lex, w[len(ba):]).isdisjoint(lex.places | lex.countries):
            return True
        if body_place(d, SpeakerSpan(k, k), [w], after_in=False):
            return True
    return False


#: The most words of a lead that the text vouches for by writing it as the subject of a verb
#: of saying (said_subject: الهلال الأحمر : ... وحذرت جمعية الهلال الأحمر ...); one word
#: is left out (a topic's word, الانتخابات، may follow an institution's noun too).
SUBJECT_WORDS = 3


def _marked_institution(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """One definite word that no list holds, the whole lead and in quotation marks
    (``«الأرصاد»:``، ``«الإفتاء»:``): the short name of an institution, which web outlets set
    in marks before its statement; an indefinite word in marks is a programme's or a brand's
    name (``"مشروعي" :``), and a known word is read by its list.  The text must write the word
    elsewhere after an institution's noun or an office (body_institution): a topic's word in
    marks (``«الامتحانات»:``) stands after neither."""
    lex, wi = d.lex, d.wi
    w = norms[0]
    if len(norms) != 1 or sp.skip or not w.startswith(lex.article) or known_word(lex, w):
        return False
    return marked_lead(d, wi.starts[sp.first] - 1, wi.ends[sp.first] + 1) and body_institution(
        d, sp, norms)


#: The fewest letters of a lone surname (_lone_surname): a shorter word is an abbreviation.
SURNAME_LETTERS = 3


def _lone_surname(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """One indefinite word that no list holds (ترامب :، بوتين :، بنكيران :): a surname, most
    often a foreign one that person_names.txt lacks; a place, country, label, time word or
    preposition is in its list (سوسة :، غدا :، بسبب :), an adverb ends in the accusative's
    alef (رسميا :), and a word under SURNAME_LETTERS letters is an abbreviation (ص :، a
    caption's صورة).  The word is the whole lead: one that words follow before the colon
    opens a topic (أسلحة في حاوية :، بلاغ مروري :), and a report or statement noun (دراسة :،
    تقرير :، بلاغ :) is a label for findings, no speaker."""
    lex, w = d.lex, norms[0]
    if len(norms) != 1 or w.startswith((lex.article, lex.bi_article, lex.li_article)):
        return False  # (بالتفاصيل :، للمرة الأولى: a preposition phrase)
    if len(w) < SURNAME_LETTERS:
        return False  # ص : a caption's label (صورة), an abbreviation, no surname
    if not whole_lead(d, sp):
        return False
    if report_noun(lex, word_forms(lex, w)):
        return False
    # an accusative ends in alef: an adverb (احتجاجا، رسميا، أولا), no surname
    return not w.endswith(lex.morph.alef) and not known_word(lex, w)


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
    return (whole_lead(d, sp) and not known_word(lex, w)
            and not report_noun(lex, word_forms(lex, w))
            and not body_place(d, sp, norms, after_in=True))


def _surname_shape(d: Doc, sp: SpeakerSpan, norms: list[str]) -> bool:
    """A definite nisba surname as written, with its ي, alone or after a first name the
    lexicon does not know (الصفدي، حمة الهمامي، مية الجريبي): the usual shape of a person's
    name in Arab headlines; a topic's definite word ends otherwise (حراسة المرمى، مستقبل
    المرسى) and a place's is in places.txt."""
    lex, wi = d.lex, d.wi
    last = norms[-1]
    if len(norms) > 2 or any(known_word(lex, w) for w in norms) or len(norms) == 2 and norms[
            0].startswith(lex.article):
        return False
    return (last.startswith(lex.article) and len(last) >= 6
            and wi.words[sp.last].text.endswith(lex.morph.ya))


def _echoes(d: Doc, lead: list[str], s: SpeakerSpan) -> bool:
    """A body speaker's phrase ``s`` and a lead share their last word, or their first
    (ال and و/ف aside); a country matches only a speaker that is that country alone
    (تونس : is no echo of حركة نداء تونس), and a report or statement noun none (بلاغ مروري :
    is no echo of البلاغ, a medium whose issuer speaks)."""
    lex = d.lex
    words = d.wi.norms[s.first : s.last + 1]
    last, first = word_forms(lex, lead[-1]), word_forms(lex, lead[0])
    for mine, theirs in ((last, words[-1]), (first, words[0])):
        if mine.isdisjoint(word_forms(lex, theirs)) or report_noun(lex, mine):
            continue
        if not mine.isdisjoint(lex.countries) and len(words) > 1:
            continue
        if max(map(len, mine)) >= 3:
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
                or w in lex.person_names or known_word(lex, w)):
            continue
        cut = SpeakerSpan(sp.first, v - 1, skip=sp.skip)
        return cut if speaker_lead(d, cut, spoken) else None
    return None
