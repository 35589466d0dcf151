"""What the lexicon's lists say of a headline's lead, its words alone, with no look at the
text around them: a word's forms (word_forms), an office (office_word), a word of any list
but the names (known_word), a report noun, a people plural, a conjunction that joins a
run of titles (conj_joined), a person's or a source's head (person_head), and the leads
that speak by their shape: a bare medium, a ministry's portfolio, an institution of a
state.  engine/headline_leads.py weighs them."""

from __future__ import annotations

from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article


def word_forms(lex: Lexicon, w: str) -> set[str]:
    """A folded word as written, without its و/ف conjunction, and each without ال."""
    out = {w, strip_conj(w)}
    return out | {x[len(lex.article):] for x in out if x.startswith(lex.article)}


def office_word(lex: Lexicon, w: str) -> bool:
    """An office or honorific of titles.txt, bare, definite or feminine (صحفية); a country or
    its nisba, which is_title also accepts, is none (الجزائر : a dateline), nor a preposition
    that folds like a title (أمام : إمام)."""
    forms = word_forms(lex, w)
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


def known_word(lex: Lexicon, w: str) -> bool:
    """A word of a lexicon list other than the names: an office, body, source, medium, label,
    place, country, time word, name head or preposition, a verb of saying or كان."""
    forms = word_forms(lex, w)
    return lex.cue(w) is not None or any(not forms.isdisjoint(words) for words in (
        lex.titles, lex.body_nouns, lex.anonymous, lex.media, lex.labels, lex.places,
        lex.countries, lex.time_words, lex.name_heads, lex.leading_prepositions, lex.soft_prep,
        lex.kana_forms))


def report_noun(lex: Lexicon, forms: set[str]) -> bool:
    """One of a word's forms (word_forms) is a report or statement noun (دراسة، تقرير، بلاغ)."""
    return not forms.isdisjoint(lex.headline_leads["report_nouns"]) or not forms.isdisjoint(
        lex.statement_nouns)


def people_plural(lex: Lexicon, w: str) -> bool:
    """A sound masculine plural (حقوقيون، متظاهرون): a group of people; its stem has four
    letters or more (قانون، صالون are no plurals)."""
    lx = lex.headline_leads
    w = strip_conj(w)
    w = without_article(w)
    return w.endswith(lx["plural_suffix"]) and len(w) - len(lx["plural_suffix"]) >= 4


def construct_plural(lex: Lexicon, w: str) -> bool:
    """A sound masculine plural in the construct state, its ن dropped before the noun it is
    joined to (أمنيو القصرين، معتصمو الكامور، منظمو الرحلة): the plural of a relational
    adjective (its stem ends in ي) or of a participle (its stem opens with م), four letters or
    more, with no article; a group of people.  Foreign names that end in و (رونالدو، باردو)
    have neither shape, or stand alone."""
    lx, m = lex.headline_leads, lex.morph
    w = strip_conj(w)
    if w.startswith(lex.article) or not w.endswith(lx["plural_construct_suffix"]):
        return False
    stem = w[: -len(lx["plural_construct_suffix"])]
    return len(stem) >= 4 and (stem.endswith(m.ya) or stem.startswith(lx["participle_prefix"]))


def conj_joined(lex: Lexicon, w: str) -> bool:
    """A folded word opens with the conjunction و/ف (strip_conj) and is not itself a word of
    the lexicon's lists that opens with that letter (وزير، وكالة، فيصل، فرنسا): ووزير
    joins, وزير does not.  و/ف + the article + three letters or more always joins
    (والوزارة، والإسعاف), as no listed word opens so, save a title or first name (والي)."""
    bare = strip_conj(w)
    if bare == w:
        return False
    fem, titles = lex.fem_ending, lex.titles
    if w in titles or w.endswith(fem) and w[: -len(fem)] in titles or lex.is_first_name(w):
        return False
    if bare.startswith(lex.article) and len(bare) - len(lex.article) >= 3:
        return True
    return not lex.is_body(w) and not any(w in words for words in (
        lex.countries, lex.places, lex.media, lex.anonymous, lex.labels, lex.body_nouns))


def person_head(lex: Lexicon, head: list[str]) -> bool:
    """Words before a colon that name a person or a source: a title or an unnamed source
    first (وزير، مراقبون), or a first name of person_names.txt (راشد الغنوشي), with the
    article too (a surname: الجبالي)."""
    return any(
        lex.is_title(w) or w in lex.anonymous or w in lex.person_names
        or w.startswith(lex.article) and w[len(lex.article):] in lex.person_names
        for w in {head[0], strip_conj(head[0])})


def bare_medium(lex: Lexicon, norms: list[str]) -> bool:
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


def portfolio_lead(lex: Lexicon, norms: list[str]) -> bool:
    """A ministry's portfolio speaks for its ministry (الداخلية :، الداخلية والدفاع :), alone,
    joined by و to other portfolios, or with definite adjectives (الشؤون الدينية :، الصحة
    العالمية :), or then في, or ب written onto it, and a country or territory of countries.txt
    that places.txt does not hold (الصحة في غزة :، الصحة بغزة :, the ministry there); a
    portfolio word then a town after ب or a noun joined by و that is no portfolio is a topic
    (الصحة بالقيروان :، المرأة والسرطان :)."""
    if norms[0] not in lex.portfolios:
        return False
    if len(norms) == 3 and norms[1] in lex.headline_leads["place_prepositions"] and (
            norms[2] in lex.countries):
        return True  # الصحة في غزة : the ministry of a state or territory (not بالقيروان)
    ba = lex.morph.ba
    place = norms[1][len(ba):] if len(norms) == 2 and norms[1].startswith(ba) else ""
    if place in lex.countries and place not in lex.places:
        return True  # الصحة بغزة : the same with ب onto a state or territory (not a town of
        # places.txt, which countries.txt may list too: بالقيروان)
    for w in norms[1:]:
        bare = strip_conj(w)
        if bare in lex.portfolios:
            continue
        if bare != w or not w.startswith(lex.article):
            return False  # (والسرطان: a coordinated topic; بالقيروان: a place)
    return True


def institution(lex: Lexicon, norms: list[str]) -> bool:
    """A definite noun, then the definite relational adjective of a state or of a region of
    states (المجموعة العربية، الشرطة الفرنسية، الاتحاد الأوروبي، الخطوط التونسية): an
    institution or a grouping of that state or region, whatever its head noun, or then an
    adjective of a state's own institutions (headline_leads.json ``institution_adjectives``:
    الصيدلية المركزية، البنك المركزي); an event,
    competition or crisis (البطولة الفرنسية، الأزمة الليبية، الدوري الأوروبي) is in
    labels.txt, and known_word reads it."""
    if len(norms) < 2:
        return False
    head, adj, article = strip_conj(norms[0]), norms[1], lex.article
    if not (head.startswith(article) and adj.startswith(article)):
        return False
    lx = lex.headline_leads
    bare, fem = adj[len(article):], lex.fem_ending
    regions = lx["region_nisba"] | lx["institution_adjectives"]
    if bare.endswith(fem) and bare[: -len(fem)] in regions:
        bare = bare[: -len(fem)]  # the feminine (العربية، المركزية)
    if bare not in lex.country_nisba and bare not in regions:
        return False
    return not known_word(lex, head)
