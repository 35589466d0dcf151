"""What a stretch in quotation marks is when it is no quote: a name, a title, part of the
cue's object."""

from __future__ import annotations

import re

from quotecheck.engine.evidence import COLON_QUOTE, COMMAS, Doc, clause_words, colon_before
from quotecheck.find.marks import ALL_MARKS, MarkPair
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import is_nisba, strip_conj, without_article
from quotecheck.lang.ar.normalize import fold
from quotecheck.lang.ar.punctuation import SENTENCE_ENDS


def colon_after_pair(d: Doc, p: MarkPair) -> bool:
    """A colon follows the closing mark ("..." : ...)."""
    return d.text[p.close + 1 : p.close + 3].strip().startswith(":")


def titled_pair(d: Doc, p: MarkPair) -> bool:
    """تحت عنوان "المجتمع المدني ومكافحة الفساد"، بعنوان: "...": the title of an event or a
    work (up to 12 words) after a title noun, a colon between or not, not a quote."""
    wi = d.wi
    k = d.word_after(p.open) - 1
    return (0 <= k and wi.ends[k] <= p.open and d.pair_words(p) <= 12
            and strip_conj(wi.norms[k]) in d.lex.title_nouns
            and not d.text[wi.ends[k] : p.open].replace(d.text[p.open], "").strip(
                "".join(COLON_QUOTE) + " \t\u00a0"))


#: How many words after a short pair its sentence's complementizer may stand (وأضاف "عبد
#: الرحيم" خلال المؤتمر أن: the pair names who or where, in the speaker or adjunct region).
NAME_REACH = 20
#: The longest pair read as a name when its sentence's complementizer follows it.
NAME_PAIR_WORDS = 4
_NAME_REACH_STOP = frozenset(":\uff1a\n") | SENTENCE_ENDS | ALL_MARKS


def complement_follows(d: Doc, p: MarkPair) -> bool:
    """A complementizer follows pair ``p`` within NAME_REACH words of its sentence, with no
    colon, sentence end, mark or other cue between: the report is the clause after it."""
    wi, lex = d.wi, d.lex
    k = d.word_after(p.close + 1)
    for j in range(k, min(k + NAME_REACH, len(wi.norms))):
        if d.breaks[j] or j > k and not _NAME_REACH_STOP.isdisjoint(wi.gap(j)):
            return False  # (the first gap holds the pair's closing mark)
        w = wi.norms[j]
        if lex.complementizer(w):
            return wi.norms[j - 1] not in lex.not_after  # (إلا أنه، بعد أن: no report's)
        if lex.cue(w) is not None or j in d.licensed:
            return False
    return False


def subject_name_pair(d: Doc, p: MarkPair) -> bool:
    """A short pair right after a cue that names its subject: the verb's object preposition
    (إلى، على، عن، من), its addressee before the quote (للصحفيين: ...) or a title
    (المتحدث باسم، ، المقرر الخاص) follows it in the sentence (وأشارت "نيويورك تايمز"
    إلى، وأعلن "لي كيو تشول" المتحدث باسم، وقال "أحمد الصحاف" للصحفيين:)."""
    wi, lex = d.wi, d.lex
    j = d.word_after(p.close + 1)
    if j >= len(wi.norms) or d.breaks[j] or not _NAME_REACH_STOP.isdisjoint(
            d.text[p.close + 1 : wi.starts[j]]):
        return False
    w = wi.norms[j]
    if w in lex.object_prepositions or lex.is_title(w):
        return True
    # an addressee (للصحفيين، لـ) only when the quote is still to come (وقال "أحمد
    # الصحاف" للصحفيين: "..."; not وقال المدير "سنفتح المصنع" للصحفيين)
    return (w == lex.prep_li or w.startswith(lex.li_article)) and _trigger_after(d, j)


#: How far after an addressee a colon or complementizer may open the quote.
ADDRESSEE_REACH = 8


def _trigger_after(d: Doc, j: int) -> bool:
    """A colon or a complementizer within ADDRESSEE_REACH words from word j, in its sentence."""
    wi, lex = d.wi, d.lex
    for k in range(j + 1, min(len(wi.norms), j + 1 + ADDRESSEE_REACH)):
        gap = wi.gap(k)
        if ":" in gap:
            return True
        if d.breaks[k] or "\n" in gap or not SENTENCE_ENDS.isdisjoint(gap):
            return False
        if lex.complementizer(wi.norms[k]):
            return wi.norms[k - 1] not in lex.not_after
    return False


def is_name_pair(d: Doc, p: MarkPair) -> bool:
    """A short quoted stretch that names something: digits or Latin, or after قناة، عملية ..."""
    wi, lex = d.wi, d.lex
    nw = d.pair_words(p)
    if titled_pair(d, p):
        return True
    if nw > PLACE_NAME_WORDS:
        return False
    if nw <= 1:
        return True
    if addressed_outlet(d, p):
        return True  # وقال لـ«الشرق الأوسط»: the outlet the speaker spoke to
    inner = d.text[p.open + 1 : p.close]
    first = wi.norms[d.word_after(p.open)]
    if nw > 3 and _after_bare_name_noun(d, p):
        return True  # لبرنامج "صباح الخير يا بلادي": a programme, outlet or body named
    if _after_bare_article(d, p):
        return True  # سيارة الـ"رولز رويس"، بالـ "حياد الايجابي": a name made definite
    if _after_kind_noun(d, p):
        return True  # هواتف من نوع "سامسونغ غلاكسي نوت 7"، طائرة من طراز "بوينغ 777"
    if nw > 3:  # "مستشفى الأطفال بباب سعدون": a place noun opens a longer name
        return strip_conj(first) in lex.name_heads and not any(
            lex.complementizer(w) or lex.cue(w) is not None for w in _pair_norms(d, p, nw))
    rests = lex.account_rest.get(first)
    if rests is not None and any(all(w in inner for w in rest) for rest in rests):
        return True  # "حسب زعمه": an attribution note in marks
    if any(ch.isdigit() or "a" <= ch.lower() <= "z" for ch in inner):
        return True
    if spelled_letters(d, p, nw):
        return True  # "آف سي آر"، "الجوهرة أف أم": an acronym spelled out
    if strip_conj(first) in lex.name_heads:
        return True  # "مقهى لينت"، "أبو يوسف البلجيكي": a place or a person named
    if _construct_name(d, p, first):
        return True  # "جبهة الإنقاذ"، "اتفاق الصخيرات": a body or an accord named
    if _person_name(d, p, nw):
        return True  # "سوزان بركات"، "مارتن كوبلر": a person named in marks
    if _after_name_noun(d, p):
        return True
    k = d.word_after(p.open) - 1
    return (k >= 0 and wi.ends[k] <= p.open
            and without_article(strip_conj(wi.norms[k])) in lex.name_heads)
    # (مطار "شارل ديغول"، قاعة "مانشستر أرينا": the place's name)


def _after_name_noun(d: Doc, p: MarkPair) -> bool:
    """The word right before the pair is a noun that introduces a name (name_nouns.txt: قناة،
    برنامج، صحيفة، حملة), bare, definite or after ب/ل: the marks hold the name."""
    wi, lex = d.wi, d.lex
    k = d.word_after(p.open) - 1
    if k < 0 or wi.ends[k] > p.open:
        return False
    w = without_article(strip_conj(wi.norms[k]))
    return w in lex.name_nouns or w[1:] in lex.name_nouns and w[:1] in (lex.prep_bi,
                                                                      lex.prep_li)


def addressed_outlet(d: Doc, p: MarkPair) -> bool:
    """The pair follows a ل written as a word of its own (لـ) right after a verb of saying
    or a noun of speech (قال لـ«الشرق الأوسط»، في تصريح لـ"المصدر أونلاين"): it names the
    outlet addressed, the medium, not the speaker's words (GUIDELINES: the addressee or
    medium is excluded).  Not after another word (تعرض لـ"قصف ..."، للوزراء لـ"بحث ...":
    a claim in the verb's object)."""
    wi, lex = d.wi, d.lex
    k = d.word_after(p.open) - 1
    if k < 1 or wi.ends[k] > p.open or d.breaks[k] or wi.norms[k] != lex.prep_li:
        return False
    if fold(d.text[wi.ends[k] : p.open]).strip():
        return False  # (a comma or another mark between; folding drops the tatweel of لـ)
    prev = wi.norms[k - 1]
    return lex.cue(prev) is not None or strip_conj(prev) in clause_words().speech_adjunct_nouns


def _after_bare_name_noun(d: Doc, p: MarkPair) -> bool:
    """A longer pair (up to PLACE_NAME_WORDS words) right after an indefinite noun that
    introduces a name (name_nouns.txt), bare or after ب/ل, nothing but a space between
    (لبرنامج "صباح الخير يا بلادي"، جمعية "أس أو أس هيباتيت"، شركة "..."): the construct
    state names it.  Not after a definite noun (العملية "جاءوا من ..."، الحزب، "إن ...":
    the marks may open the claim) nor a word whose first letter only looks like a clitic
    (وصفه "ببطء ...").  The word limit is the caller's (is_name_pair returns before a longer
    pair)."""
    wi, lex = d.wi, d.lex
    k = d.word_after(p.open) - 1
    if k < 0 or wi.ends[k] > p.open or d.text[wi.ends[k] : p.open].strip():
        return False
    w = wi.norms[k]
    return not w.startswith(lex.article) and (
        w in lex.name_nouns or w[:1] in (lex.prep_bi, lex.prep_li) and w[1:] in lex.name_nouns)


#: The longest quoted stretch read as a place's name when a place noun opens it (name_heads.txt).
PLACE_NAME_WORDS = 5


def _after_bare_article(d: Doc, p: MarkPair) -> bool:
    """The pair follows the definite article written as a word of its own (الـ، بالـ، للـ;
    folding drops the tatweel), nothing but a space between: the article makes the marked
    name or term definite (الـ"رولز رويس"), so the marks hold no claim."""
    wi, lex = d.wi, d.lex
    k = d.word_after(p.open) - 1
    return (k >= 0 and wi.ends[k] <= p.open and not d.text[wi.ends[k] : p.open].strip()
            and strip_conj(wi.norms[k]) in (lex.article, lex.bi_article, lex.li_article))


def _after_kind_noun(d: Doc, p: MarkPair) -> bool:
    """The pair follows a noun of kind, make or model (``kind_nouns``: نوع، طراز، صنف): it
    names a product, a model or a variety, not a claim."""
    wi = d.wi
    k = d.word_after(p.open) - 1
    return (k >= 0 and wi.ends[k] <= p.open and not d.text[wi.ends[k] : p.open].strip(" \"«“")
            and strip_conj(wi.norms[k]) in d.lex.kind_nouns)


def _pair_norms(d: Doc, p: MarkPair, nw: int) -> list[str]:
    """The folded words of the pair's inside."""
    first = d.word_after(p.open)
    return d.wi.norms[first : first + nw]


def _construct_name(d: Doc, p: MarkPair, first: str) -> bool:
    """The pair opens with an indefinite noun of a named thing (name_nouns: جبهة، اتفاق،
    مؤسسة، مهرجان) followed by a definite word, the construct state of a proper name
    (جبهة الإنقاذ، اتفاق الصخيرات، مؤسسة الزكاة التونسية); not after a verb of naming
    its claim (وصفه بـ"حملة الكذب": the naming verb or the ب after it before the pair)."""
    wi, lex = d.wi, d.lex
    base = strip_conj(first)
    if base not in lex.name_nouns or base.startswith(lex.article):
        return False
    j = d.word_after(p.open) + 1
    if j >= len(wi.norms) or wi.starts[j] >= p.close or not wi.norms[j].startswith(lex.article):
        return False
    k = d.word_after(p.open) - 1
    return not any(wi.norms[m] in lex.described_as for m in (k, k - 1) if m >= 0)


def _person_name(d: Doc, p: MarkPair, nw: int) -> bool:
    """A pair of two or three words, each a known personal name (person_names.txt, with or
    without a و/ف clitic, indefinite) or, after the first, a definite nisba (a family name:
    "آدم الجزيري"): a person's name in marks (the Iraqi style: تحدته "سوزان بركات"; المبعوث
    "مارتن كوبلر")."""
    if nw < 2:
        return False
    wi, lex = d.wi, d.lex
    first = d.word_after(p.open)
    words = [strip_conj(w) for w in wi.norms[first : first + nw]]
    return all(lex.is_first_name(w) or k > 0 and is_nisba(w) for k, w in enumerate(words))


def spelled_letters(d: Doc, p: MarkPair, nw: int) -> bool:
    """At least two of the pair's words, and at least half of them, are Latin letters spelled
    in Arabic (آف، سي، آر، بي: ``letter_names``): an acronym or a name with one (بي بي سي،
    تي ان تي، حنبعل تي في)."""
    wi, letters = d.wi, d.lex.letter_names
    first = d.word_after(p.open)
    words = wi.norms[first : first + nw]
    hits = sum(w in letters for w in words)
    return hits >= 2 and 2 * hits >= len(words)


#: The longest pair inside a reported clause read as a term named by the noun before it.
TERM_WORDS = 8
#: The longest such pair whose first word has no article (بطاريات "ليثيوم أيون"، منطقة
#: "عين غراب": a name in apposition to the noun).
BARE_TERM_WORDS = 2


def construct_term(d: Doc, p: MarkPair, a: int) -> bool:
    """Inside a reported clause opening at ``a``, a pair of at most TERM_WORDS words that opens
    with the article right after an indefinite noun (construct state: قنوات "الغاز المنزلي"،
    مرض "جنون العظمة"، موضوعها "القتل العمد"، شخصية "المرأة المعجزة"): a term or a name the
    noun introduces, part of the indirect clause (GUIDELINES: a term in marks inside a
    reported clause), not a mixed quote.  Not after a definite word (الأحكام "الصادمة": an
    adjective), a preposition or particle, a demonstrative or pronoun (هذه "الرداءات"), a
    word that may be a verb (تشكل، يكون) or a cue."""
    wi, lex = d.wi, d.lex
    if d.pair_words(p) > TERM_WORDS or not d.text[a : p.open].strip():
        return False
    first = d.word_after(p.open)
    k = first - 1
    if k < 0 or first >= len(wi.norms):
        return False
    bare = not wi.norms[first].startswith(lex.article)
    w = wi.norms[k]
    verbal = verbal_noun(lex, w)
    if bare and d.pair_words(p) > BARE_TERM_WORDS + verbal:
        return False
    if wi.ends[k] > p.open or d.text[wi.ends[k] : p.open].strip():
        return False  # (a comma or another mark between: no construct state)
    if verbal and not _bare_claim(d, w, wi.norms[first]):
        return True  # تعيين "مدير فني"، بتكوين "حكومة وحدة وطنية": the noun names its object
    if bare and (_bare_claim(d, w, wi.norms[first]) or _accusative_pair(d, p, first)):
        return False  # أصبحت «مدينة أشباح»، لتجاوز "مرحلة الخطر": a predicate or an object
    if w in lex.term_prepositions:
        return True  # في "المجلة الجزائية"، حول "المرأة والعدالة": a place, topic or title
    return not (
        len(w) < 3 or w.startswith((lex.article, lex.li_article, lex.bi_article))
        or strip_conj(w).startswith(lex.article) or w in lex.claim_openers
        or w in lex.object_prepositions or w in lex.soft_prep or w in lex.not_after
        or w in lex.relative_pronouns or lex.complementizer(w) or lex.cue(w) is not None
        or w.startswith(tuple(lex.verb_prefixes))
        or w.endswith(clause_words().plural_verb_ending))


def verbal_noun(lex: Lexicon, w: str) -> bool:
    """A verbal noun of the shape تفعيل (تعيين، تكوين، بتنظيم; ``masdar_patterns``), which no
    verb shares: marks of a term right after it are the object it names (تعيين "مدير فنّي").
    Not a noun of speech (تعليق "..."، تصريح، تأكيد: the verb of its root is a cue, or it is a
    speech event or medium noun): its marked object is a quote."""
    m = next((m for pat in clause_words().masdar_patterns if (m := re.fullmatch(pat, w))), None)
    if m is None:
        return False
    base = m.group("noun")
    root = base[1] + base[2] + base[4]
    return not (lex.cue(root) is not None or base in clause_words().speech_adjunct_nouns
                or base in lex.medium)


def _bare_claim(d: Doc, prev: str, first: str) -> bool:
    """Marks without the article after ``prev`` hold a claim, not a name: after a verb of
    being or a ل- word (أصبحت «مدينة أشباح»، لتجاوز "مرحلة الخطر"), after a pronoun or a
    verb with its و (وهو "مسلم متطرف"، ونصدر "..."، وتعني "..."), or opening with a future
    verb or a verb of being (حزبها "سيواصل معركته"، عملية امس "كانت متوقعة")."""
    lex = d.lex
    base = prev[1:] if prev[:1] in lex.conj_clitics and len(prev) > 2 else prev  # (وتم)
    future = tuple(x for x in lex.verb_prefixes if len(x) > 1)  # سي، ست، سن
    head = first[1:] if first[:1] in lex.conj_clitics and len(first) > 2 else first
    return (prev in lex.predicate_verbs or base in lex.predicate_verbs
            or prev.startswith(lex.prep_li) or base in lex.claim_openers
            or base != prev and base.startswith(tuple(lex.verb_prefixes))
            or head.startswith(future) or head in lex.predicate_verbs)


def _accusative_pair(d: Doc, p: MarkPair, first: int) -> bool:
    """Every word of the pair ends in the accusative alef (واجهت "عطلا خطيرا"): an object or a
    predicate, the speaker's claim, not a name."""
    alef = d.lex.morph.alef
    words = d.wi.norms[first : first + d.pair_words(p)]
    return bool(words) and all(len(w) > 2 and w.endswith(alef) for w in words)


def headed_term(d: Doc, p: MarkPair, a: int) -> bool:
    """Inside a reported clause opening at ``a``, a pair of at most TERM_WORDS words right after
    a term head (``term_heads``: مثل، موضوعها with its pronoun: تطبيقات مثل "بوكيمون غو"، قضية
    عدلية موضوعها "مسك واستهلاك مادة مخدرة"): an example or the name of a charge, part of
    the indirect clause whatever its first word (GUIDELINES: a term in marks inside a reported
    clause), not a mixed quote."""
    wi, lex = d.wi, d.lex
    if d.pair_words(p) > TERM_WORDS or not d.text[a : p.open].strip():
        return False
    k = d.word_after(p.open) - 1
    if k < 0 or wi.ends[k] > p.open or d.text[wi.ends[k] : p.open].strip():
        return False  # (a comma or another mark between)
    if strip_conj(wi.norms[k]) in lex.term_heads:
        return True  # (not هو موضوع "...": a predicate)
    return so_called(d, k)


def so_called(d: Doc, k: int) -> bool:
    """Word k, right before a pair, ends a naming phrase (``naming_heads``): ما يعرف بـ،
    ما يسمى بـ، المعروف بـ, or the verb alone (ما يعرف "النازيين الجدد"): the marked words
    are the name something goes by, a term, not the speaker's words."""
    wi, lex = d.wi, d.lex
    heads = clause_words().naming_heads
    if strip_conj(wi.norms[k]) in heads:
        return True
    return (wi.norms[k] == lex.prep_bi and k >= 1 and strip_conj(wi.norms[k - 1]) in heads
            and not d.text[wi.ends[k - 1] : wi.starts[k]].strip())


def embedded_pair(d: Doc, p: MarkPair, prev_norm: str, gap_start: int) -> bool:
    """Marks inside the cue's object phrase (يأسف للقرار الأحادي "..." للسلطات، وصف
    الأسباب "بالمبررات ..."): no colon before them, and they open with a preposition
    and article, or follow a definite word and the sentence goes on right after them."""
    wi, lex = d.wi, d.lex
    if colon_before(d.text, p.open, gap_start) or lex.is_title(prev_norm):
        return False
    first = d.word_after(p.open)
    if first < len(wi.norms) and wi.norms[first].startswith((lex.bi_article, lex.li_article)):
        return True
    j = d.word_after(p.close + 1)
    return (prev_norm.startswith((lex.article, lex.li_article)) and j < len(wi.norms)
            and not d.breaks[j] and not d.text[p.close + 1 : wi.starts[j]].strip()
            and lex.cue(wi.norms[j]) is None)


def name_opening_clause(d: Doc, p: MarkPair, a: int) -> bool:
    """“إعلان نيويورك” يمهد ...: a short quoted name as the subject of the clause."""
    if d.pair_words(p) > 3 or d.text[a : p.open].strip():
        return False
    first = strip_conj(d.wi.norms[d.word_after(p.open)])
    return without_article(first) in d.lex.name_nouns


#: The longest pair read as a term set in the middle of a reported clause (3 lost a
#: comparison-set quote and a check-half match).
INTERIOR_WORDS = 2


def interior_term(d: Doc, p: MarkPair, a: int, b: int) -> bool:
    """Inside a reported clause [a, b), a pair of at most INTERIOR_WORDS words right after an
    object preposition (من، على، عن، إلى) with words of the clause after it, no comma between
    (أنه تم العثور على "مواد متفجرة" داخل السيارة، وحذر من "الأدوية المغشوشة" التي تباع):
    a term in marks set inside the clause, which stays one indirect quote (GUIDELINES: a term
    in marks inside a reported clause).  Not when a complementizer or cue is in it, when
    another report opens in the clause before it (، كما أكد X لـ"سكاي نيوز" أنه), nor when a
    source note follows it (عن "تجاوزات خطيرة" حسب تعبيره: the speaker's words, mixed)."""
    wi, lex = d.wi, d.lex
    nw = d.pair_words(p)
    first, after = d.word_after(p.open), d.word_after(p.close + 1)
    if not 1 <= nw <= INTERIOR_WORDS or first < 1 or wi.starts[first - 1] < a:
        return False
    if after >= len(wi.norms) or wi.starts[after] >= b:
        return False
    if d.text[p.close + 1 : wi.starts[after]].strip(" \t\u00a0"):
        return False  # (a comma or a full stop after the mark: the term ends the clause)
    if wi.norms[first - 1] not in lex.object_prepositions or wi.ends[first - 1] > p.open:
        return False
    if any(lex.complementizer(w) or lex.cue(w) is not None for w in _pair_norms(d, p, nw)):
        return False
    for j in range(d.word_after(a) + 1, first):
        if (lex.cue(wi.norms[j]) is not None or j in d.licensed) and (
                not COMMAS.isdisjoint(wi.gap(j)) or wi.norms[j - 1] in lex.verb_openers):
            return False  # another report opens in the clause before the marks
    w = wi.norms[after]
    return not (w in lex.account_rest or strip_conj(w) in lex.account_rest)


#: How many words before a pair a verb of request may stand for the pair to be its object (its
#: addressee and preposition between: دعا الوزير إلى "...", as cue_owners.REQUEST_REACH).
REQUEST_REACH = 5


def request_object(d: Doc, first: int, lo: int = 0) -> bool:
    """A verb of request (``request_verbs``: دعا، طالبت، داعيا ...) stands within
    REQUEST_REACH words before word ``first``, the first word inside a pair, in its sentence
    and at word ``lo`` or after: the marks are the request's object (ودعا الوزير إلى
    "التقليل من شأن ..."), which GUIDELINES.md does not count as a quote, whatever note
    follows (round 8, qb8), nor inside another cue's reported clause (round 9)."""
    norms = d.wi.norms
    start = max(d.sentence_start(first), first - REQUEST_REACH, lo)
    return any(norms[j] in d.lex.request_verbs for j in range(start, first))
