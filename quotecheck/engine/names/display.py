"""The name shown for a speaker: the issuer of a statement phrase, and the part of a name in
apposition that names the person."""

from __future__ import annotations

from quotecheck.engine.apposition import without_leads
from quotecheck.engine.evidence import COMMA_SPLIT, COMMAS
from quotecheck.engine.names.context import NameContext, surface
from quotecheck.engine.speakers import SpeakerSpan, is_addressee, is_medium, phrase_after
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article
from quotecheck.lang.ar.normalize import fold

_MAX_NAME_WORDS = 5
_PART_TRIM = " \t\n\u00a0"


def issuer_name(ctx: NameContext, sp: SpeakerSpan) -> str | None:
    """The issuer in a statement phrase: بيان السفارة السعودية -> السفارة السعودية, بلاغ
    لوزارة الداخلية -> وزارة الداخلية, بيان صادر عن السلطات المصرية -> السلطات المصرية."""
    wi, lex, m = ctx.wi, ctx.lex, ctx.lex.morph
    if wi.norms[sp.first] not in lex.statement_nouns or sp.last <= sp.first:
        return None
    k = next((sp.first + len(p) for p in lex.issued_by
              if tuple(wi.norms[sp.first : sp.first + len(p)]) == p), None)
    if k is None:
        k = sp.first + 1
        while k <= sp.last and not wi.norms[k].startswith((m.article, m.lam)):
            k += 1  # (بلاغ إعلامي لرئاسة الجمهورية)
    if k > sp.last:
        return None
    text = surface(ctx, wi.starts[k], sp.last)
    w = wi.norms[k]
    if w.startswith(m.lam_article):
        return m.alef + text[1:]  # للشرطة -> الشرطة
    if w.startswith(m.lam) and not w.startswith(m.article):
        return text[1:]  # لوزارة -> وزارة
    return text


def name_in_apposition(lex: Lexicon, name: str | None) -> str | None:
    """A name made of comma-separated parts (آفاق تونس، ياسين ابراهيم; مبروك كورشيد، كاتب;
    فرانسيس، بابا الفاتيكان): the last part that looks like a person's name, else the
    first; the whole when neither does."""
    if not name or not COMMAS.intersection(name):
        return name
    parts = [p.strip(_PART_TRIM) for p in COMMA_SPLIT.split(name)]
    parts = [p for p in parts if p]
    if len(parts) > 1:
        for part, least in ((parts[-1], 2), (parts[0], 1)):
            if person_like(lex, part, least):
                return without_leads(lex, part)  # (الكرواتي دراغان X -> دراغان X)
    return name


def person_like(lex: Lexicon, part: str, least: int) -> bool:
    """``least`` to five words, none a title, an unnamed-source noun, a country or a
    medium, and no preposition or stop word first: what a person's name looks like."""
    words = [fold(w) for w in part.split()]
    if not least <= len(words) <= _MAX_NAME_WORDS or any(not w for w in words):
        return False
    if _opens_no_name(lex, words):
        return False
    m = lex.morph
    for w in words:
        bare = without_article(w)
        for x in (w, bare, bare[:-1] if bare.endswith(m.closed_ta) else bare):
            if x in lex.titles or x in lex.anonymous or x in lex.countries:
                return False
        if is_medium(lex, w):
            return False
    return True


def _opens_no_name(lex: Lexicon, words: list[str]) -> bool:
    """The first words cannot open a name: a stop word, preposition, complementizer,
    addressee, ما, or an adjective and its complement (ما اعتبرته; المالكة لتطبيق واتساب)."""
    m = lex.morph
    first = strip_conj(words[0])
    return (first in lex.hard_stop or first in lex.soft_prep or first in lex.comp_prefix
            or words[0].startswith((m.lam_article, m.ba_article)) or lex.complementizer(first)
            or is_addressee(lex, words[0]) or first in lex.not_before_cue
            or len(words) > 1 and words[0].startswith(m.article) and words[1].startswith(m.lam))


_BODY_LOOKBACK_WORDS = 400  # how far back a definite body noun looks for its full phrase
_BODY_PHRASE_WORDS = 12


def _statement_object(lex: Lexicon, w: str) -> bool:
    """A statement noun in the accusative (بلاغا، بيانا): a verb's object."""
    alef = lex.morph.alef
    return w.endswith(alef) and w[: -len(alef)] in lex.statement_nouns


def body_antecedent_name(ctx: NameContext, sp: SpeakerSpan) -> str | None:
    """A bare definite body noun (الوزارة، الهيئة) stands for the body named in full before
    it with the same head noun (وزارة الصحة التونسية ... وأكدت الوزارة): that phrase's text,
    else None (no earlier full phrase, or the phrase is more than the one noun)."""
    wi, lex, m = ctx.wi, ctx.lex, ctx.lex.morph
    if sp.last != sp.first:
        return None
    w = strip_conj(wi.norms[sp.first])
    head = w[len(m.article):] if w.startswith(m.article) else None
    if not head or not lex.is_body(head):
        return None
    spellings = {head} | {c + head for c in m.conjunction_clitics} | {m.lam + head}
    for k in range(sp.first - 1, max(-1, sp.first - 1 - _BODY_LOOKBACK_WORDS), -1):
        if wi.norms[k] not in spellings:
            continue
        found = phrase_after(lex, wi, k, min(len(wi), k + _BODY_PHRASE_WORDS))
        if found is None or found.first != k or found.last == k:
            continue
        last = next((x - 1 for x in range(k + 1, found.last + 1)
                     if is_medium(lex, wi.norms[x]) or _statement_object(lex, wi.norms[x])),
                    found.last)  # (أصدرت وزارة X بلاغا: the statement is the verb's object)
        if last == k:
            continue
        text = surface(ctx, wi.starts[k] + found.skip, last)
        return text[len(m.lam):] if wi.norms[k].startswith(m.lam + head) else text.lstrip(
            "".join(m.conjunction_clitics)) if wi.norms[k] != head else text
    return None
