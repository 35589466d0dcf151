"""Speaker phrases: where the noun phrase of a speaker begins and ends around a cue (an
addressee, adverbials, quoted names and apposition read through; a stop word, an adverbial
or the verb's object ends it).  Its name part is ``engine.names.part.name_part``."""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.engine.holder_name import holder_name_end
from quotecheck.engine.names.part import (
    later_title_complement,
    name_part,
    title_complement,
)
from quotecheck.engine.phrase_apposition import no_apposition
from quotecheck.engine.phrase_complements import complement_end
from quotecheck.engine.phrase_stops import (
    compound_name_part,
    ends_subject,
    is_addressee,
    is_medium,
    is_name_ali,
    speaker_head,
    speaker_word_list,
    stops_phrase,
)
from quotecheck.engine.speaker_steps import (
    COLON_QUOTE,
    COMPLEMENT_WORDS,
    MARK_GAP,
    NAME_WORDS,
    PAREN_OPEN,
    PHRASE_END,
    QUOTE_CHARS,
    after_quoted_name,
    body_complement,
    complement_then_name,
    named_later,
    nickname,
    parenthetical_step,
    place_then_paren,
    quoted_person,
    quoted_step,
)
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import CueForm, Lexicon
from quotecheck.lang.ar.morphology import (
    is_nisba,
    morphology,
    noun_base,
    strip_conj,
    strip_possessive,
    without_article,
)
from quotecheck.lang.ar.punctuation import COMMAS

_ARTICLE = morphology().article  # (read per word: a module constant)

__all__ = [
    "SpeakerSpan",
    "is_addressee",
    "is_medium",
    "is_nisba",
    "ends_subject",
    "name_part",
    "named_later",
    "speaker_head",
    "speaker_word_list",
    "noun_base",
    "phrase_after",
    "stops_phrase",
    "strip_conj",
]

_COMMA = COMMAS
_COLON_QUOTE_LINE = frozenset(':"“”«»\n')


@dataclass(frozen=True, slots=True)
class SpeakerSpan:
    """Word indices [first, last] of a speaker phrase; ``skip``: characters of the first word
    that are not part of it (the preposition of لوزارة الداخلية)."""

    first: int
    last: int
    skip: int = 0
    issuer: bool = False  # read from في بيان لـX: the speaker of its own verb only


_is_name_ali = is_name_ali  # (the name the phrase rules use)
_MAX_PHRASE = 15  # words of a speaker phrase at most


def phrase_after(lex: Lexicon, wi: WordIndex, first: int, limit: int,
                 after_label: bool = False) -> SpeakerSpan | None:
    """The speaker phrase starting at word ``first`` (skipping an addressee like لرويترز);
    ``after_label``: ``first`` follows a label and colon (عاجل : وزير ليبي يؤكد)."""
    first = _past_adverbials(lex, wi, first, limit)
    k = _past_addressee(lex, wi, first, limit)
    if k >= limit or stops_phrase(lex, wi, k) or (
        wi.norms[k] in lex.soft_prep or wi.norms[k] in lex.comp_prefix
    ) and not _is_name_ali(lex, wi, k):  # (وقال علي كلثوم: the name, not على)
        return None
    if k == first and not after_label and not _COLON_QUOTE_LINE.isdisjoint(wi.gap(k)):
        if nickname(wi, k, limit) and not stops_phrase(lex, wi, k):
            return SpeakerSpan(k, k)  # وقالت “القسام” في بيان
        return None
    n0 = wi.norms[k]
    m = lex.morph
    if n0 in speaker_word_list("identity_nouns", lex) or ends_subject(lex, n0, ""):
        return None  # طلب عدم كشف هويته، تحدث مشترطا، وقال ردا: an object or adverbial
    if (n0.startswith((m.ba_article, m.lam_article)) or (
        noun_base(n0) in lex.hard_stop or noun_base(n0) in lex.soft_prep
    ) and not _is_name_ali(lex, wi, k)) and not _named_surname(lex, wi, k) and not (
            compound_name_part(lex, wi, k)):  # (وأضاف حسب الله أن: a name)
        return None  # بالخروج، عنه، إليه: a prepositional phrase, not a speaker
    if prepositional_head(lex, wi, k):
        return None  # عما إذا، لكم، بشهادته: a preposition's object, never a speaker
    last = _phrase_last(lex, wi, k, limit)
    held = holder_name_end(lex, wi, k, last, limit)  # (an office's complement, its holder)
    return SpeakerSpan(k, _undangled(lex, wi, k, last if held is None else held))


def _undangled(lex: Lexicon, wi: WordIndex, first: int, last: int) -> int:
    """The phrase's last word, or the word before a bare preposition left at its end (its
    object cut off by a mark or a stop word: الهيئة الوطنية ل(وات)، المتحدث باسم الوزارة X
    بـ"الرد المناسب"، العقيد X في هذا الخصوص): no speaker phrase ends in one.  Not inside
    marks that open in the phrase (شبكة "أن تي في": a word of the name)."""
    while last > first and _dangling_word(lex, wi, last) and not _inside_marks(wi, first, last):
        last -= 1
    return last


def _dangling_word(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k is a bare preposition (ل، ب، في، عن، على، إلى), not the name علي."""
    w = wi.norms[k]
    return (_dangling(lex, w) or w in speaker_word_list("title_prepositions", lex)
            or w == lex.morph.ba) and not _is_name_ali(lex, wi, k)


def _inside_marks(wi: WordIndex, first: int, last: int) -> bool:
    """Word ``last`` stands inside quotation marks that open in the phrase before it."""
    return sum(c in QUOTE_CHARS for c in wi.text[wi.starts[first] : wi.starts[last]]) % 2 == 1


def prepositional_head(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k opens a prepositional phrase that no speaker phrase starts with: a preposition
    fused with ما (عما إذا، مما: speaker_words.json relative_ma), ل or ب with only a pronoun
    (لكم، لهم، به: object_suffixes), or ب before a noun with a possessive pronoun that is no
    known name (بشهادته، بجريمته، بنيتهم: morphology.json feminine_possessive_suffixes,
    pronoun_object_suffixes)."""
    n = strip_conj(wi.norms[k])
    m = lex.morph
    if n in speaker_word_list("relative_ma", lex):
        return True
    if n[:1] in (m.lam, m.ba) and n[1:] in speaker_word_list("object_suffixes", lex):
        return True
    if not n.startswith(m.ba) or n.startswith(m.ba_article) or len(n) < 5 or (
            n in lex.person_names or n[1:] in lex.person_names) or n.startswith(
            tuple(speaker_word_list("partitives", lex))):
        return False  # (بعضهم: a partitive, "some of them")
    raw = wi.text[wi.starts[k] : wi.ends[k]]
    return raw.endswith(m.feminine_possessive_suffixes + m.pronoun_object_suffixes)


def _named_surname(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k, which reads like ب + the article (بالعم، بالحاج، بالطيب), is a surname: the
    document gave it before right after a known first name (نبيل بالعم ... وقال بالعم إن),
    and no word of the same phrase follows it."""
    n = wi.norms[k]
    if not n.startswith(lex.morph.ba_article) or (
            k + 1 < len(wi) and not wi.gap(k + 1).strip(" ") and not lex.complementizer(
                wi.norms[k + 1])):
        return False
    return any(wi.norms[j] == n and wi.norms[j - 1] in lex.person_names
               and not wi.gap(j).strip(" ") for j in range(1, k))


def _past_adverbials(lex: Lexicon, wi: WordIndex, k: int, limit: int) -> int:
    """The first word after leading adverbials (وقال بدوره، وقال بهذا الصدد)."""
    first = k
    while k < limit and k - first < 2 and wi.norms[k] in lex.leading_adverbial:
        k += 1
        if k < limit and wi.norms[k - 1] in lex.demonstrative_adverbials:
            k += 1
    return k


def _past_addressee(lex: Lexicon, wi: WordIndex, first: int, limit: int) -> int:
    """The first word after an addressee or medium right after the verb (لرويترز،
    للصحفيين، لـ"الميادين"), with its quoted name (لمراسل "الجوهرة أف أم")."""
    m = lex.morph
    k = first
    while k < limit and k - first < 2 and (
        is_addressee(lex, wi.norms[k]) or wi.norms[k] == m.lam
        or (wi.norms[k].startswith(m.lam_article) and not lex.is_title(wi.norms[k]))
        or fronted_pronoun_phrase(lex, wi, k, limit) or possessed_addressee(lex, wi, k)
    ):
        k += 1
    if k > first and k < limit and not QUOTE_CHARS.isdisjoint(wi.gap(k)):
        k = after_quoted_name(wi, k, limit)
    if k > first and _correspondent(lex, wi.norms[first]):
        k = _past_correspondent_name(lex, wi, k, limit)
    return k


def possessed_addressee(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k is ل (or و + ل) before a noun that carries a possessive pronoun
    (speaker_words.json addressee_possessives: لموقعنا، ولزملائها; لأصدقائه is not read: ه
    ends too many words): the one the verb addresses, never its subject, which takes no ل
    (أكد لموقعنا، وقالوا لها ولزملائها).  Not a known name nor a word whose base, or its
    plural in construct (و/ي: construct_plural_letters), is a title, body or name (لجنتها،
    لاعبوها: the ل is the word's own)."""
    w = wi.norms[k]
    bare = w[1:] if w[:1] in lex.conj_clitics and len(w) > 1 else w
    if not bare.startswith(lex.morph.lam) or len(bare) < 6 or (
            bare in lex.person_names or speaker_head(lex, bare) or speaker_head(lex, w)):
        return False
    base = noun_base(bare)  # (لجنتها، لاعبوها: a word whose own ل is a root letter)
    if speaker_head(lex, base) or base[-1:] in speaker_word_list(
            "construct_plural_letters", lex) and speaker_head(lex, base[:-1]):
        return False
    stem = bare[1:]
    return not (stem in lex.person_names or speaker_head(lex, stem)) and any(
        bare.endswith(x) and len(stem) - len(x) >= 3
        for x in speaker_word_list("addressee_possessives", lex))


def fronted_pronoun_phrase(lex: Lexicon, wi: WordIndex, k: int, limit: int) -> bool:
    """Word k is a preposition carrying a pronoun (عليه، عنه، منه، إليها، معهم:
    speaker_words.json fronted_prepositions + object_suffixes) set before the subject of the
    verb (ورد عليه عدد كبير من متابعيه، وكتب عنه الصحفي X): no speaker, read past, when a
    noun follows it in the same phrase (not a complementizer: وأكد عليه أن; not a medium,
    which relays the source the pronoun stands for: نقلت عنه صحيفة X)."""
    w = wi.norms[k]
    if k + 1 >= limit or wi.gap(k + 1).strip(" ") or len(w) < 3:
        return False
    preps = speaker_word_list("fronted_prepositions", lex)
    if not any(w.endswith(x) and w[: -len(x)] in preps
               for x in speaker_word_list("object_suffixes", lex)):
        return False
    nxt = wi.norms[k + 1]
    return not (lex.complementizer(nxt) or stops_phrase(lex, wi, k + 1) or nxt in lex.soft_prep
                or strip_conj(nxt) in lex.media)  # (نقلت عنه صحيفة X: the medium relays)


def cue_with_object(lex: Lexicon, w: str) -> CueForm | None:
    """The cue form of a verb of statement written with its object as a pronoun
    (speaker_words.json object_suffixes: أكده، وصفها، أخبرهم), its stem three letters or
    more; None for any other word."""
    for x in speaker_word_list("object_suffixes", lex):
        if w.endswith(x) and len(w) - len(x) >= 3:
            form = lex.cue(w[: -len(x)])
            if form is not None:
                return form
    return None


def _correspondent(lex: Lexicon, norm: str) -> bool:
    """لموفدة، لمراسل، لمبعوث، لصحفي: ل + a correspondent noun (the addressee, a journalist)."""
    m = lex.morph
    return norm.startswith(m.lam) and norm[1:] in speaker_word_list("correspondent_nouns", lex)


_CORRESPONDENT_NAME = 3  # words of a correspondent's name at most


def _past_correspondent_name(lex: Lexicon, wi: WordIndex, k: int, limit: int) -> int:
    """After ل + a correspondent noun and its outlet (لموفدة "الجوهرة أف أم"، لمبعوث الجوهرة
    أف أم), the first word after the outlet and the correspondent's name: a run of one to
    three words, the first indefinite, none a title, then a comma or the complementizer
    (وأوضح لموفدة "الجوهرة أف أم" نهلة بوغنجة، ... أنه: the speaker is the verb's earlier
    subject, not the journalist).  A title after the outlet is the speaker (لموفد الجوهرة
    الوالي أن)."""
    suffixes = speaker_word_list("outlet_suffixes", lex)
    while k < limit and (wi.norms[k] in lex.media or wi.norms[k] in suffixes) and (
            PHRASE_END.isdisjoint(wi.gap(k))):
        k += 1
    if k >= limit or wi.norms[k].startswith(_ARTICLE) or lex.is_title(wi.norms[k]):
        return k
    for e in range(k, min(k + _CORRESPONDENT_NAME, limit)):
        w = wi.norms[e]
        if lex.is_title(w) or stops_phrase(lex, wi, e) or w in lex.soft_prep or (
                e > k and not PHRASE_END.isdisjoint(wi.gap(e))):
            return k
        after = e + 1
        if after >= limit or not _COMMA.isdisjoint(wi.gap(after)) or lex.complementizer(
                wi.norms[after]):
            return after
    return k


def _phrase_last(lex: Lexicon, wi: WordIndex, start: int, limit: int) -> int:
    """The last word of the speaker phrase that begins at word ``start``."""
    last = start
    k = start + 1
    while k < limit:
        gap = wi.gap(k)
        step = None if COLON_QUOTE.isdisjoint(gap) else quoted_step(
            lex, wi, start, last, k, limit, gap)  # (most gaps: a space)
        if step is None and PAREN_OPEN in gap:
            step = parenthetical_step(lex, wi, start, last, k, limit, gap)
        if step is not None:
            last, k, go_on = step
            if go_on:
                continue
            break
        if (k == start + 1 or k == start + 2 and _quantity_adjective(lex, wi, start + 1)) and (
                _partitive(lex, wi, start, k)):
            last, k = k, k + 1  # عدد من المحتجين، عدد كبير من متابعيه: من is partitive
            continue
        wanted = complement_end(lex, wi, start, last, k, limit)
        if wanted is not None:
            last, k = wanted, wanted + 1  # المظنون فيه، أحد هذه المصادر، ضيف البرنامج
            continue
        if _joined_portfolio(lex, wi, start, last, k, limit):
            last, k = k + 1, k + 2  # وزيرة شؤون الشباب و الرياضة: و written apart
            continue
        if _ends_before(lex, wi, start, last, k, limit, gap):
            if last > start and _dangling(lex, wi.norms[last]) and ends_subject(
                    lex, wi.norms[k], wi.norms[last]):
                last -= 1  # الوزير إلى أهمية السوق: the verb's preposition goes with it
            break
        if _object_with_pronoun(lex, wi.text[wi.starts[k] : wi.ends[k]], wi.norms[k],
                                wi.norms[k - 1]):
            # أنكر الشاب علاقته، الحكومة البريطانية تنبيهها: an object noun with "his/its";
            # a preposition before it goes with it (اللومي لدى استقبالها)
            if last > start and wi.norms[last] in lex.soft_prep:
                last -= 1
            break
        last = k
        k += 1
        if last - start >= _MAX_PHRASE:
            break
    return last


def _partitive(lex: Lexicon, wi: WordIndex, start: int, k: int) -> bool:
    """Word k is the partitive من right after a quantifier that opens the phrase (عدد من
    المحتجين، كل من X و Y: speaker_words.json partitives), with a word after it in the
    same phrase."""
    return (strip_conj(wi.norms[start]) in speaker_word_list("partitives", lex)
            and wi.norms[k] in speaker_word_list("partitive_prepositions", lex)
            and k + 1 < len(wi) and not wi.gap(k).strip(" ") and not wi.gap(k + 1).strip(" "))


def _quantity_adjective(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Word k, right after a quantifier, is its indefinite adjective (عدد كبير، عدد هام،
    مجموعة صغيرة): no article, preposition, title or stop word (كبير is a name too)."""
    w = wi.norms[k]
    return not (w.startswith(lex.morph.article) or w in lex.soft_prep
                or len(w) < 3 or lex.is_title(w)
                or stops_phrase(lex, wi, k) or wi.gap(k).strip(" "))


def _joined_portfolio(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int,
                      limit: int) -> bool:
    """Word k is the conjunction و written apart, joining a definite noun to a title's
    complement before any name (وزير الصناعة و الطاقة و المناجم زكرياء حمد): both words
    belong to the phrase.  Not after a name (الوزير X و الرئيس Y: two speakers)."""
    if wi.norms[k] != lex.morph.conjunction or k + 1 >= limit:
        return False
    if wi.gap(k).strip(" ") or wi.gap(k + 1).strip(" "):
        return False
    return (wi.norms[k + 1].startswith(lex.morph.article) and lex.is_title(wi.norms[start])
            and name_part(lex, wi.norms[start : last + 1], strict=True) is None)


def quoted_person_name(lex: Lexicon, wi: WordIndex, sp: SpeakerSpan) -> tuple[int, int] | None:
    """Word range [i, j) of a person's name in quotation marks that a phrase reads through
    after its title (``quoted_person``), or None."""
    for k in range(sp.first + 1, sp.last + 1):
        gap = wi.gap(k)
        if gap.strip(MARK_GAP) == "" and not QUOTE_CHARS.isdisjoint(gap) and (
                quoted_person(lex, wi, sp.first, k - 1, k, sp.last + 2)):
            return k, after_quoted_name(wi, k, sp.last + 2)
    return None


def _ends_before(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int, limit: int,
                 gap: str) -> bool:
    """Word k (after ``start``..``last``) is no part of the phrase: punctuation, a stop
    word, an addressee, a role, an adverbial, the verb's complement or its object
    (``gap``: the text before word k)."""
    if not PHRASE_END.isdisjoint(gap) and not wi.abbreviation_before(k):
        return True  # (the stop of an abbreviated title goes on: د. أحمد الورفلي)
    norms, m = wi.norms, lex.morph
    w = norms[k]
    if not _COMMA.isdisjoint(gap) and no_apposition(lex, wi, start, last, k, limit):
        return True
    if k - 1 == last and (title_complement(lex, norms, k) or later_title_complement(
            lex, norms[start : k + 2], k - start) and name_part(
            lex, norms[start : last + 1], strict=True) is None):  # (no copy: most words)
        return False  # النائب عن كتلة النهضة محمد X: عن opens the office's body
    if w.startswith(m.lam_article) and is_addressee(lex, w) and not stops_phrase(
            lex, wi, k) and body_complement(lex, norms, start, last):
        return False  # رئيس النقابة الوطنية للصحفيين التونسيين X: the union's, no addressee
    if stops_phrase(lex, wi, k) or is_addressee(lex, w):
        return True
    if w == m.lam and _complete_reference(lex, norms, start, last):
        return True  # وقال أحمد أبو الغيط لـ"العربية.نت"، مصدر أمني لـ"X": the addressee
    if w in lex.apposed_roles:
        return True  # التبيني، ضيف برنامج "بوليتيكا": the guest's show is no part of the name
    if w in lex.object_openers and (name_part(lex, norms[start : last + 1])
                                    or lex.is_body(norms[start])):
        return True  # انتقدت الكاتبة ألفة يوسف ما آلت إليه، نفت الجامعة ما ورد: the object
    if _object_body_after_name(lex, wi, start, last, k):
        return True  # ... جاستن ترودو قناة فوكس نيوز: the verb's object after the full name
    if w in lex.place_prepositions and _same_adverbial(lex, wi, k):
        return True  # الدهماني في ذات السياق، رئيس الجمهورية في السياق ذاته: an adverbial
    if w in lex.place_prepositions and (
        name_part(lex, norms[start : last + 1]) or lex.is_body(norms[start])
        or norms[last] in lex.portfolios
    ) and not complement_then_name(lex, wi, start, k, limit) and not _country_qualifier(
            lex, wi, k, limit) and not _participle_complement(lex, wi, last, k, limit) and not (
            lex.is_body(norms[start]) and place_then_paren(lex, wi, k, limit)):
        return True  # كيري في ختام لقائه، الوزارة في بلاغ: after a name or a body, an adverbial
    if (w.startswith(m.lam_article) and not lex.is_title(w)
            and not lex.is_body(w[1:]) and not norms[last].startswith(m.article)
            and not lex.is_title(norms[last])
            and name_part(lex, norms[start : last + 1])):
        return True  # وقال باركلي للقاضي: after a bare name, the addressee (not المعهد للإحصاء)
    if (w in lex.complement_prepositions and not _is_name_ali(lex, wi, k)
            and k + 1 < len(wi) and lex.complementizer(norms[k + 1])):
        return True  # وأشار المدير إلى أن، وشدد الوزير على أن (not the name علي): the verb's
    if ends_subject(lex, w, norms[last]) or _object_after_full_name(lex, wi, start, last, k,
                                                                      limit):
        return True
    # أبدى الوزير تشدداً كبيراً: the object (accusative, tanween) ends the subject
    return lex.accusative(wi.text[wi.starts[k] : wi.ends[k]], w)


def _same_adverbial(lex: Lexicon, wi: WordIndex, k: int) -> bool:
    """Words after the preposition at word k name the same thing again (في ذات السياق، في
    نفس الإطار، في السياق ذاته، في الإطار نفسه: speaker_words.json same_words, or a
    definite noun and the emphatic with its pronoun): an adverbial, never a speaker's."""
    if k + 2 >= len(wi) or wi.gap(k + 1).strip(" ") or wi.gap(k + 2).strip(" "):
        return False
    a, b = wi.norms[k + 1], wi.norms[k + 2]
    same = speaker_word_list("same_words", lex)
    return (a in same and b.startswith(_ARTICLE)) or (
        a.startswith(_ARTICLE) and strip_possessive(b) in same | lex.emphatic
        and b != strip_possessive(b))


def _object_after_full_name(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int,
                            limit: int) -> bool:
    """Word k, after a title and a person's name of two words or more opening with a known
    first name (وزير التعليم العالي سليم خلبوس), opens the verb's object when it is no known
    name, no joiner (بن، عبد) and not definite, and another content word follows it in the
    same phrase (واقع أصحاب الشهادات، إمكانية إدخال): a surname stands before a
    preposition, a complementizer or punctuation (أحمد صالح بوغنجة في تصريح), not before
    a noun of its own.  Not in a name with a joiner (أنور بن محمد قرقاش، نور الدين بن X)."""
    w = wi.norms[k]
    if (w.startswith(_ARTICLE) or w in lex.person_names or lex.is_title(w)
            or w in speaker_word_list("name_joiners", lex) or k + 1 >= limit
            or wi.gap(k + 1).strip() or _is_name_ali(lex, wi, k)):
        return False
    words = wi.norms[start : last + 1]
    part = name_part(lex, words, strict=True)
    if part is None or part[1] != len(words) or part[1] - part[0] < 2 or part[0] == 0:
        return False
    joiners = speaker_word_list("name_joiners", lex)
    if words[part[0]] not in lex.person_names or not any(
            lex.is_title(x) for x in words[: part[0]]) or any(
            x in joiners for x in words[part[0]:]):
        return False  # (أنور بن محمد قرقاش: a name of joined parts goes on)
    nxt = wi.norms[k + 1]
    return not (stops_phrase(lex, wi, k + 1) or nxt in lex.soft_prep
                or nxt in lex.place_prepositions or lex.complementizer(nxt)
                or nxt in lex.time_words or nxt.startswith(lex.morph.lam)
                or is_medium(lex, nxt) or nxt in speaker_word_list("name_joiners", lex)
                or nxt in speaker_word_list("name_tails", lex))  # (يوسف دفع الله: a name)


def _participle_complement(lex: Lexicon, wi: WordIndex, last: int, k: int, limit: int) -> bool:
    """Word k (في) after a participle that governs it (المقيمين في الخارج، المختص في المياه;
    speaker_words.json complement_participles, with و/ال and its endings) opens the
    participle's complement, no adverbial: a content word follows, and the phrase meets its
    end (punctuation, a stop word, a preposition, a complementizer) within four words."""
    n = without_article(strip_conj(wi.norms[last]))
    stems = speaker_word_list("complement_participles", lex)
    if n not in stems and not any(n.endswith(e) and n[: -len(e)] in stems
                                  for e in speaker_word_list("participle_endings", lex)):
        return False
    for j in range(k + 1, min(k + 1 + COMPLEMENT_WORDS, limit)):
        w = wi.norms[j]
        if (not PHRASE_END.isdisjoint(wi.gap(j)) or not _COMMA.isdisjoint(wi.gap(j))
                or stops_phrase(lex, wi, j) or w in lex.soft_prep or lex.complementizer(w)):
            return j > k + 1
    return k + 1 < limit <= k + 1 + COMPLEMENT_WORDS


def _dangling(lex: Lexicon, w: str) -> bool:
    """A preposition that cannot end a speaker phrase (إلى، على، في)."""
    return w in lex.soft_prep or w in lex.complement_prepositions or w in lex.place_prepositions


def _complete_reference(lex: Lexicon, norms: list[str], start: int, last: int) -> bool:
    """Words start..last name someone in full, so a ل after them opens an addressee, not a
    complement: a person's name (أحمد أبو الغيط), an unnamed source with its adjectives
    (مصدر أمني), or one definite office word (الوزير); not a title that still wants its
    body (الرئيس التنفيذي لـ"آبل"، مدير عام لـ"X")."""
    words = norms[start : last + 1]
    if strip_conj(words[0]) in lex.anonymous:
        return True
    if len(words) == 1:
        return words[0].startswith(_ARTICLE) and lex.is_title(words[0])
    part = name_part(lex, words)
    return part is not None and part[1] == len(words) and part[1] > part[0] and not (
        words[part[0]].startswith(_ARTICLE))


def _country_qualifier(lex: Lexicon, wi: WordIndex, k: int, limit: int) -> bool:
    """Word k (في) and a country after it qualify the phrase, no adverbial: the phrase ends
    right after the country (المؤسسة الوطنية للنفط في ليبيا إنها) or a person's name
    follows it (الوجه المعروف في موريتانيا محمد ولد أحمد ان).  Not a city or any other
    place (كيري في نيويورك)."""
    if k + 2 > limit or wi.norms[k + 1] not in lex.countries or (
            not PHRASE_END.isdisjoint(wi.gap(k + 1))):
        return False
    j = k + 2
    if j >= limit or not PHRASE_END.isdisjoint(wi.gap(j)) or lex.complementizer(
            wi.norms[j]):
        return True
    w = wi.norms[j]
    if lex.is_first_name(w) and not stops_phrase(lex, wi, j):
        return True
    end = j  # (الا دي اتراوري ان ... وأضاف اتراوري: a name the book shows later)
    while end < limit and end - j < NAME_WORDS and not lex.complementizer(wi.norms[end]):
        x = wi.norms[end]
        if (not PHRASE_END.isdisjoint(wi.gap(end)) and end > j or x.startswith(
                lex.morph.article) or lex.is_title(x) or stops_phrase(lex, wi, end)):
            return False
        end += 1
    return (end - j >= 2 and end < len(wi) and lex.complementizer(wi.norms[end])
            and named_later(lex, wi, j, end))


def _object_body_after_name(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int) -> bool:
    """Word k, an indefinite body or naming noun (قناة، وزارة، صحيفة) right after a title
    and a person's name of two words or more, opens the verb's object (طالبت المتحدثة باسم
    رئيس الوزراء جاستن ترودو قناة فوكس ...), not a title of that person (مدير مؤسسة X)."""
    w = strip_conj(wi.norms[k])
    if w.startswith(_ARTICLE) or not (w in lex.name_nouns or lex.is_body(w)) or lex.is_title(
            wi.norms[k]):
        return False
    norms = wi.norms[start : last + 1]
    part = name_part(lex, norms)
    return (part is not None and part[0] > 0 and part[1] == len(norms)
            and part[1] - part[0] >= 2 and not any(lex.is_title(x) for x in norms[part[0]:]))


def _object_with_pronoun(lex: Lexicon, raw: str, norm: str, prev: str) -> bool:
    """A noun with a possessive pronoun inside a speaker phrase: the verb's object, not the
    subject: a feminine noun with it (علاقته، استقالته، افتتاحيتها) or, after a definite word
    or لدى, any noun with ها/هم/هما (الحكومة البريطانية تنبيهها، لدى استقبالها).  Not a
    name ending so (محمد براهم), a coordinated noun (ومديرها التنفيذي), باسمها, nor an
    emphatic (نفسها، ذاتها، جميعها)."""
    m = lex.morph
    if raw.endswith(m.feminine_possessive_suffixes) and len(raw) >= 5:
        pass
    elif not (raw.endswith(m.pronoun_object_suffixes)
              and (prev.startswith(m.article) or prev in lex.soft_prep)):
        return False
    if norm[0] == m.conjunction or norm.startswith(lex.pronoun_prepositions):
        return False
    return strip_possessive(norm) not in lex.emphatic and noun_base(norm) not in lex.emphatic
