"""One speaker phrase to what a quote shows: its mention, its name and whether it is an
unnamed source."""

from __future__ import annotations

from quotecheck.engine.names.book import NameBook, NameKey
from quotecheck.engine.names.context import NameContext, mention_of
from quotecheck.engine.names.display import (
    body_antecedent_name,
    issuer_name,
    name_in_apposition,
)
from quotecheck.engine.names.full_name import opens_name, person_after_titles
from quotecheck.engine.names.harvest import office_holder, surname_key
from quotecheck.engine.names.phrase import body_phrase
from quotecheck.engine.names.surnames import confirmed_surname, cue_subjects
from quotecheck.engine.names.titles import TitleNames, role_heads
from quotecheck.engine.phrase_stops import is_name_ali
from quotecheck.engine.speakers import SpeakerSpan
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj
from quotecheck.types import Mention

Resolved = tuple[Mention, str | None, bool]  # (mention, name, anonymous)


def _stray_word(ctx: NameContext, book: NameBook, sp: SpeakerSpan, key: NameKey) -> bool:
    """The name read from a title phrase is its last definite word alone, which the
    document gives no longer name for (الناطق الرسمي للرابطة الوطنية لكرة القدم المحترفة ->
    المحترفة): likely title material, so the office's holder named before may stand for
    it."""
    lex = ctx.lex
    first = ctx.wi.norms[sp.first]  # (وزير: a title that strip_conj would cut to زير)
    return (len(key) == 1 and key[0].startswith(lex.morph.article) and sp.last > sp.first
            and (lex.is_title(first) or lex.is_title(strip_conj(first)))
            and len(book.fullest(key)) == 1)


def _unevidenced(ctx: NameContext, book: NameBook, sp: SpeakerSpan, key: NameKey) -> bool:
    """The name read from a phrase that opens with an office (رئيس بنفيكا -> بنفيكا; منسق
    ... في قضاء بنت جبيل -> قضاء بنت جبيل) shows nothing of a person's name: it opens with no
    known first name, no longer name in the document, its last word nowhere a cue's bare subject."""
    lex, wi = ctx.lex, ctx.wi
    first = wi.norms[sp.first]
    roles = role_heads(lex)
    if sp.last == sp.first or not (first in lex.titles or strip_conj(first) in lex.titles
                                   or strip_conj(first) in roles):
        return False
    at = next((x for x in range(sp.first, sp.last + 1) if wi.norms[x] == key[0]), sp.first)
    return not (opens_name(lex, key[0]) or is_name_ali(lex, wi, at)
                or len(book.fullest(key)) > len(key)
                or confirmed_surname(lex, wi, at, at + len(key)))


def _evidenced(ctx: NameContext, book: NameBook, key: NameKey | None) -> NameKey | None:
    """The person's name in ``key`` (``_person_part``) when it reads as one: two words or
    more, opening with a known first name or ending in a word the document shows as a
    cue's bare subject (``surnames.cue_subjects``), with no definite word nor title before
    it; its text noted in the book."""
    lex = ctx.lex
    part = _person_part(ctx, key) if key is not None else None
    if part is None or len(part) < 2:
        return None
    art = lex.morph.article
    if not _opens_person(lex, part[0]) and (part[-1] not in cue_subjects(lex, ctx.wi) or any(
            w.startswith(art) or lex.is_title(w) for w in part[:-1])):
        return None
    if part != key:
        text = book.display(key) or ""
        words = text.split()
        if len(words) == len(key):
            at = next(x for x in range(len(key)) if key[x : x + len(part)] == part)
            book.pin(part, " ".join(words[at : at + len(part)]))
    return part


def _clitic_office(lex: Lexicon, w: str) -> bool:
    """ب، ل or و on a title, a body or a definite noun (برئيس، للجامعة، والرياضة): no word of
    a name (بوغنجة، لطفي are)."""
    m = lex.morph
    rest = w[1:]
    return w[:1] in (m.ba, m.lam, m.conjunction) and w not in lex.person_names and (
        lex.is_title(rest) or lex.is_body(rest) or rest.startswith(m.article))


def _opens_person(lex: Lexicon, w: str) -> bool:
    """A known first name (``opens_name``) that is no country or place (لندن)."""
    return opens_name(lex, w) and w not in lex.countries and w not in lex.places


def _person_part(ctx: NameContext, key: NameKey) -> NameKey:
    """``key`` from its first known first name (when it opens with none: لندن ستيوارت
    كوندي -> ستيوارت كوندي) up to its first word the document makes a cue's subject (فيصل
    عبيد بين -> فيصل عبيد) and before a title or an office behind ب، ل or و (ماجدولين
    الشارني برئيس الجامعة -> ماجدولين الشارني)."""
    lex = ctx.lex
    i = 0 if _opens_person(lex, key[0]) else next(
        (x for x, w in enumerate(key) if _opens_person(lex, w)), 0)
    subjects = cue_subjects(lex, ctx.wi)
    e = i + 1
    while e < len(key):
        w = key[e]
        if (e > i + 1 and key[e - 1] in subjects) or lex.is_title(w) or _clitic_office(lex, w):
            break
        e += 1
    return key[i:e]


def _title_only(ctx: NameContext, sp: SpeakerSpan) -> bool:
    """A phrase of an indefinite office word and its definite complement only, with ل/ب +
    a noun or a preposition (باسم) among them, no word of a personal name (وزير النفط، رئيس
    الفريق الطبي، رئيس الجامعة لكرة القدم، متحدث باسم الشرطة): a title-only
    mention whose last word is the office's, not a name; the phrase is what it shows."""
    lex, norms = ctx.lex, ctx.wi.norms[sp.first : sp.last + 1]
    art = lex.morph.article
    clitics = lex.morph.preposition_clitics
    return (not strip_conj(norms[0]).startswith(art) and not norms[0].startswith(art)
            and all((w.startswith(art) or w in lex.soft_prep
                     or len(w) > 3 and w[0] in clitics and w[1:] not in lex.person_names)
                    and w not in lex.person_names
                    and w[len(art):] not in lex.person_names for w in norms[1:]))


def _titled_full_name(ctx: NameContext, titles: TitleNames, sp: SpeakerSpan) -> NameKey | None:
    """The name after the same title elsewhere in the document (``TitleNames``) when it is
    two words or more and opens with a listed first name (evidence that the words after the
    title are a name, not the verb's object: اتهمته، فتم فتح تحقيق)."""
    key = titles.name_for(sp)
    if key is None or len(key) < 2 or not opens_name(ctx.lex, key[0]):
        return None
    return key


def _display(ctx: NameContext, book: NameBook, key: NameKey) -> str | None:
    """The text of the fullest name ``key`` stands for, without the office words that ran
    into a person's full name at its end (تكنولوجيات الاتصال والاقتصاد الرقمي أنور معروف،
    المقدم بلحسن الوسلاتي -> أنور معروف، بلحسن الوسلاتي: ``person_after_titles``); the
    fullest key itself stays whole in the book, linking later mentions that repeat its
    office words (وقال المقدم الوسلاتي)."""
    full = book.fullest(key)
    at = person_after_titles(ctx.lex, full, at_least=1)
    text = book.display(key)
    words = text.split() if text else []
    if at is None or len(words) != len(full):
        return text
    return " ".join(words[at:])


def resolve(ctx: NameContext, book: NameBook, titles: TitleNames, sp: SpeakerSpan,
            key: NameKey | None) -> Resolved:
    """The mention of ``sp``, its name (``key``'s fullest form, the name after its title
    elsewhere, a statement's issuer, or the phrase itself) and whether it is anonymous."""
    lex = ctx.lex
    mention = mention_of(ctx, sp)
    first = strip_conj(ctx.wi.norms[sp.first])
    anonymous = first in lex.anonymous and (key is None or key[0] in lex.anonymous)
    if anonymous:
        return mention, mention.text, True  # مصدر مسؤول: the head noun phrase is the name
    if key is None and not body_phrase(lex, ctx.wi, sp):
        key = titles.name_for(sp)  # (a body, وزارة الداخلية, is named by its phrase)
        if key is None:  # (وأكدت الوزيرة after وزيرة الشباب، مجدولين الشارني)
            key = office_holder(ctx, book, sp) or surname_key(ctx, book, sp)
    if key is not None and _stray_word(ctx, book, sp, key):
        # (لكرة القدم المحترفة: no surname; رئيس الهيئة الوطنية لمكافحة الفساد: the name
        # after the same title elsewhere, when it opens with a listed first name or the
        # document shows its last word as a surname: مديرة التخطيط ... ربى الحوراني)
        found = (office_holder(ctx, book, sp) or _titled_full_name(ctx, titles, sp)
                 or _evidenced(ctx, book, titles.name_for(sp)))
        key = found or (None if _title_only(ctx, sp) else key)
    elif key is not None and _unevidenced(ctx, book, sp, key):
        # (رئيس بنفيكا، روي فرنانديش: the phrase's last word is no name; the name after the
        # same title, behind its comma or complement, when the document shows it is one)
        after = titles.name_for(sp)
        key = (after if after in titles.apposed else _evidenced(ctx, book, after)) or key
    if key is not None:
        name = _display(ctx, book, key)
    else:
        name = issuer_name(ctx, sp) or body_antecedent_name(ctx, sp) or mention.text
    return mention, name_in_apposition(lex, name), anonymous
