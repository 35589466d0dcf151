"""The name part of a speaker phrase: the words after its titles, nisba adjectives, body
nouns and their complements (وزير الخارجية الأمريكي جون كيري -> جون كيري)."""

from __future__ import annotations

from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import is_nisba, strip_conj

WordRange = tuple[int, int]  # word indices [i, j) of a phrase


def _construct_body(lex: Lexicon, norm: str) -> bool:
    """An institution noun in the construct state (بلدية، بوزارة، لنقابة: no article), so the
    word after it is its complement (بلدية سوسة), not a name."""
    m = lex.morph
    w = norm[1:] if (len(norm) > 3 and norm[0] in m.preposition_clitics
                     and not lex.is_body(norm)) else norm
    return lex.is_body(w) and not strip_conj(w).startswith(m.article) and not w.startswith(
        m.article)


def name_part(lex: Lexicon, norms: list[str], strict: bool = False) -> WordRange | None:
    """The slice of a speaker phrase that is a name: titles and nisba adjectives stripped.

    ``strict`` treats a definite noun after a title as title material even at the end
    (وزير النقل), for deciding whether a name may still follow in apposition.  Memoized:
    phrase scans ask it again for each longer prefix of the same words.
    """
    key = (tuple(norms), strict)
    hit = lex.memos.get("name_part", _NO_MEMO).get(key, _MISS)  # (a hit: no call to memo)
    if hit is _MISS:
        hit = lex.memo("name_part")[key] = _name_part(lex, norms, strict)
    return hit


_NO_MEMO: dict = {}
_MISS = object()  # (None is a verdict: no name)


def _verbal_noun_after_l(lex: Lexicon, w: str) -> bool:
    """ل + a verbal noun, the purpose of a body in its title (الهيئة الوطنية لمكافحة الفساد،
    الجمعية التونسية لحماية المستهلك، الشركة الوطنية لاستغلال المياه): ل before a word of
    five letters or more ending in ة, or before an alef (لاستغلال، لإتحاد).  First names with
    ل (لطفي، لمياء، لطيفة، لسعد) are shorter or end otherwise."""
    m = lex.morph
    return w[0] == m.lam and (w[1] == m.alef or len(w) >= 6 and w.endswith(m.closed_ta))


def _name_part(lex: Lexicon, norms: list[str], strict: bool) -> WordRange | None:
    i = _title_end(lex, norms, strict)
    n = len(norms)
    if i >= n:
        return None
    j = i
    words = lex.speaker_lists  # (speaker_words.json)
    joiners = words["name_joiners"]
    # roles_after_name: role nouns set after a name of two words or more without a comma, no
    # part of it (شكري جرار كاتب عام النقابة، وائل المجدوب ممثل عن الأطباء); kinship_prefixes
    # with a kinship noun after them: a relation (X ابن عم التلميذ)
    roles, kin_prefixes, kin = (words["roles_after_name"], words["kinship_prefixes"],
                                words["kinship_nouns"])
    while j < n and not (norms[j] in lex.titles and not (j > i and norms[j - 1] in joiners)
                         or norms[j] in lex.soft_prep or j > i + 1 and (
            norms[j] in roles
            or norms[j] in kin_prefixes and j + 1 < n and norms[j + 1] in kin)):
        j += 1
    if i > 0 and norms[i][0] in lex.morph.preposition_clitics and j < n:
        # الجمعية التونسية لعلوم الزكاة الخبير المحاسب محمد مقديش: a complement with ل/ب,
        # then more titles and the person's name: the name is the later one
        later = name_part(lex, norms[j:], strict)
        if later is not None and later[1] > later[0]:
            return (j + later[0], j + later[1])
    if _adjective_before_name(lex, norms, i, j):
        i += 1  # وزير الوظيفة العمومية المقال عبيد البريكي: the office's adjective
    return (i, j)


def _adjective_before_name(lex: Lexicon, norms: list[str], i: int, j: int) -> bool:
    """Word i, a definite word that is no personal name (المقال، المشترك، الجديد), stands
    after the office's words and before a known first name and a further word of the name
    in the range [i, j): it is an adjective of the office, not the first word of the name
    (not الحبيب الصيد: حبيب is a name; not a phrase's first word, المناضل محمد X, whose
    bare mention later, وقال المناضل, is linked through it)."""
    w, m = norms[i], lex.morph
    if i == 0 or i + 2 >= j or not w.startswith(m.article) or w in lex.person_names:
        return False
    nxt = norms[i + 1]
    return (w[len(m.article):] not in lex.person_names and nxt in lex.person_names
            and not nxt.startswith(m.article))


def title_complement(lex: Lexicon, norms: list[str], i: int) -> bool:
    """Word i is عن after an office word (titles.txt, with or without the article) and
    before a body or a country (النائب عن حزب نداء تونس، النائبة عن كتلة النهضة): the
    office's complement (speaker_words.json title_prepositions).  Not أعلن الوزير عن برنامج
    (a verb's complement)."""
    if i == 0 or i + 1 >= len(norms) or norms[i] not in lex.speaker_lists["title_prepositions"]:
        return False
    prev, nxt = norms[i - 1], strip_conj(norms[i + 1])
    article = lex.morph.article
    office = prev in lex.titles or article + prev in lex.titles or (
        prev.startswith(article) and prev[len(article):] in lex.titles)
    return office and (lex.is_body(nxt) or nxt in lex.countries)


def _construct_complement(lex: Lexicon, norms: list[str], i: int, after_prep: bool) -> bool:
    """Word i, ل/ب + an indefinite noun in construct with the definite noun after it, goes
    on with a title's complement (الناطق الرسمي للرابطة الوطنية لكرة القدم المحترفة: لكرة
    القدم is the league's, no name); not a personal name with ل (المدير الجهوي للصحة لطفي
    الحاجي)."""
    w, art = norms[i], lex.morph.article
    inside = after_prep or i > 1 and strip_conj(norms[i - 1]).startswith(art) and (
        lex.is_title(norms[0]) or lex.is_body(norms[0]))  # (after a title's nisba)
    return (inside and i + 1 < len(norms) and norms[i + 1].startswith(art)
            and w not in lex.person_names and w[1:] not in lex.person_names
            and not w[1:].startswith(lex.morph.article))


def later_title_complement(lex: Lexicon, norms: list[str], i: int) -> bool:
    """Word i is عن (speaker_words.json title_prepositions) after an office and its own
    complement (النائب بمجلس الشعب عن حزب حراك تونس X، النائبة بالبرلمان عن كتلة النهضة
    X), before a body or a country: the constituency the office holder stands for, the
    office's complement."""
    if i < 2 or i + 1 >= len(norms) or norms[i] not in lex.speaker_lists["title_prepositions"]:
        return False
    head, nxt = strip_conj(norms[0]), strip_conj(norms[i + 1])
    return (lex.is_title(head) and not lex.is_body(head)
            and (lex.is_body(nxt) or nxt in lex.countries))


def _place_after_body(lex: Lexicon, norms: list[str], i: int) -> bool:
    """Word i is ب + a place after a body noun of the phrase (عضو النقابة الأساسية بدوار
    هيشر): no name, unless the word is known as a personal name (بشار، بسام, evidence) or
    follows an office word directly (العقيد بلحسن)."""
    m = lex.morph
    w = norms[i]
    if i == 0 or len(w) < 3 or w[0] != m.ba or w.startswith(m.ba_article):
        return False
    prev = norms[i - 1]
    if w in lex.person_names or w[1:] in lex.person_names or (
            prev in lex.titles or strip_conj(prev) in lex.titles):
        return False  # (العقيد بلحسن: a name right after an office word)
    return any(lex.is_body(x) for x in norms[:i])


def _title_end(lex: Lexicon, norms: list[str], strict: bool) -> int:
    """The index of the first word after the title material that opens a phrase."""
    m = lex.morph
    i = honorific_opener(lex, norms)
    n = len(norms)
    after_prep = False
    purpose = False  # the last word was ل + a verbal noun or alef noun (لاتحاد، لمكافحة)
    construct = False  # the last word was ل/ب + a noun in construct (لكرة)
    while i < n:
        w = norms[i]
        if construct and w.startswith(m.article):
            # لكرة القدم: the construct noun's own definite complement, even as the last
            # word (رئيس الاتحاد العراقي لكرة القدم shows no name القدم)
            construct = False
            i += 1
            continue
        construct = False
        if (purpose and not w.startswith(m.article) and i + 1 < n
                and norms[i + 1].startswith(m.article)):
            # لاتحاد أطباء الاختصاص، لأصحاب سيارات التاكسي، لاستغلال وتوزيع المياه: the
            # purpose noun's own complement, in construct
            i += 1
            continue
        purpose = False
        if i > 1 and norms[i - 1] == m.lam and not w.startswith(m.article) and (
                lex.is_title(norms[0]) or lex.is_body(norms[0])):
            # الرئيس التنفيذي لـ"آبل": ل written apart before a body's own name after an
            # office, its complement (the quoted name of a company), no person's name
            after_prep = True
            i += 1
            continue
        if i > 0 and _construct_body(lex, norms[i - 1]):
            after_prep = True  # بلدية سوسة، وزارة التربية: the body's complement, a title's part
            i += 1
            continue
        if title_complement(lex, norms, i) or later_title_complement(lex, norms, i):
            after_prep = True  # النائب عن كتلة النهضة: the office's body
            i += 1
            continue
        if lex.is_title(w) or is_nisba(w) or w in lex.soft_prep or lex.is_body(w):
            # A nisba closes the title (التونسي الحبيب الصيد); an office word or a preposition
            # takes a definite complement (مجلس السيادة، باسم البيت الأبيض).
            after_prep = not (is_nisba(w) and not lex.is_title(w))
            i += 1
            continue
        if len(w) > 3 and w[0] in m.preposition_clitics and (
            lex.is_title(w[1:]) or w[1:] in lex.name_nouns or lex.is_body(w[1:])
            or w.startswith((m.lam_article, m.ba_article))
            or (i > 0 and _verbal_noun_after_l(lex, w))
            or _construct_complement(lex, norms, i, after_prep)
        ):
            after_prep = True  # لليمن، بمنظمة، للأمم: part of the title
            purpose = i > 0 and not w.startswith(m.lam_article) and _verbal_noun_after_l(lex, w)
            construct = not purpose and not w.startswith((m.lam_article, m.ba_article)) and (
                _construct_complement(lex, norms, i, after_prep))  # (not لمكافحة الفساد X)
            i += 1
            continue
        if _place_after_body(lex, norms, i):
            i += 2 if i + 1 < n and not norms[i + 1].startswith(m.article) else 1
            after_prep = True  # النقابة الأساسية بقصر هلال: the body's place, with its complement
            continue
        if after_prep and w.startswith(m.article) and (
            i < n - 1 or strict or w in lex.portfolios or w[len(m.article):] in lex.medium
        ) and not lex.is_first_name(w) and not _definite_first_name(lex, norms, i) and not (
                _courtesy_definite_name(lex, norms, i)):
            # (نائب رئيس المؤتمر: a medium or event noun ends no name, it is the office's)
            # (الباحثة ألفة يوسف: ألفة folds like a definite)
            # مجلس السيادة، باسم البيت الأبيض: definite nouns after a title belong to it.
            i += 1
            continue
        if (i > 0 and w == m.conjunction and i + 1 < n
                and norms[i + 1].startswith(m.article)):
            i += 2  # الصناعة و الطاقة: و written apart joins a noun to the title's complement
            continue
        if i > 0 and w.startswith(m.conjunction_article) and len(w) > 4:
            # للشؤون المحلية والبيئة: a noun joined to the title's complement, never a name
            i += 1
            continue
        if (i > 0 and w[0] == m.conjunction and len(w) > 3
                and norms[i - 1].startswith(m.conjunction_article)
                and i + 1 < n and norms[i + 1].startswith(m.article) and not lex.is_title(w)):
            # والحوكمة ومقاومة الفساد: the next noun of the chain, in construct
            after_prep = True
            i += 1
            continue
        break
    return i


def _definite_first_name(lex: Lexicon, norms: list[str], i: int) -> bool:
    """Word i, a personal name with the article (الحبيب: حبيب is listed), before one last
    word of the phrase that is no nisba, title or body, opens the name after the office
    (رئيس الحكومة الحبيب الصيد -> الحبيب الصيد; not رئيس الهيئة الكريم الوطنية, not before
    a first name: رئيس جمعية وسطاء البورصة،عادل قرار)."""
    art = lex.morph.article
    w = norms[i]
    if i + 2 != len(norms) or not w.startswith(art) or w[len(art):] not in lex.person_names:
        return False
    last = norms[i + 1]
    return not (is_nisba(last) or lex.is_title(last) or lex.is_body(last)
                or last.endswith(lex.morph.closed_ta) or lex.is_first_name(last))


def _courtesy_definite_name(lex: Lexicon, norms: list[str], i: int) -> bool:
    """Word i, a personal name with the article (الصادق: صادق is listed), right after a
    courtesy title (speaker_words.json courtesy_titles, with the article: الدكتور، الشيخ)
    and before a known first name, opens the name (الدكتور الصادق آدم X -> الصادق آدم X);
    not a definite noun no list holds as a name (الأستاذ الجامعي محمد X)."""
    art = lex.morph.article
    w = norms[i]
    if i == 0 or i + 1 >= len(norms) or not w.startswith(art) or (
            w[len(art):] not in lex.person_names):
        return False
    prev = strip_conj(norms[i - 1])
    return (prev.startswith(art) and prev[len(art):] in lex.speaker_lists["courtesy_titles"]
            and lex.is_first_name(norms[i + 1]))


_OPENER_WORDS = 3  # words of an honorific opener at most (صاحب السمو الملكي)


def honorific_opener(lex: Lexicon, norms: list[str]) -> int:
    """The words of a Gulf honorific that opens a phrase (speaker_words.json
    ``honorific_openers``: صاحب السمو الملكي الأمير X، سعادة الدكتور X) when a title or a
    known first name follows it, else 0 (سعادة المواطنين، صاحب الشركة: no honorific)."""
    openers = lex.speaker_lists["honorific_openers"]
    head = [strip_conj(norms[0])] + list(norms[1:_OPENER_WORDS]) if norms else []
    for k in range(min(_OPENER_WORDS, len(norms) - 1), 0, -1):
        nxt = norms[k]
        if " ".join(head[:k]) in openers and (lex.is_title(nxt) or lex.is_first_name(nxt)):
            return k
    return 0


_COMPLEMENT_NAME = 3  # words of a body's foreign name after an office word at most


def complement_as_name(lex: Lexicon, norms: list[str]) -> bool:
    """The name the rules read in a title phrase stands right after an indefinite office
    word, in construct, and does not open with a known personal name (نائب مدير سكوتلاند
    يارد; يارد alone is listed, evidence only): the office's complement, a body's foreign
    name, so a person's name may still follow it in apposition."""
    part = name_part(lex, norms, strict=True)
    if part is None or part[0] == 0 or not 0 < part[1] - part[0] <= _COMPLEMENT_NAME:
        return False
    office = strip_conj(norms[part[0] - 1])
    return (lex.is_title(office) and not office.startswith(lex.morph.article)
            and not is_nisba(office)
            and norms[part[0]] not in lex.person_names)
