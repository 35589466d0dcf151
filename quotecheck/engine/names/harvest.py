"""Names a document gives after titles anywhere, not only in speaker phrases (طالب الرئيس
التركي رجب طيب إردوغان ...، أصدرت المحكمة قرارا بتبرئة المدرب محمد علي معالج): the
fullest name of a speaker named later by a part of it (إردوغان، معالج)."""

from __future__ import annotations

from itertools import compress

from quotecheck.engine.names.book import NameBook, NameKey
from quotecheck.engine.names.context import NameContext
from quotecheck.engine.names.phrase import name_of
from quotecheck.engine.speakers import SpeakerSpan, is_medium, phrase_after, speaker_word_list
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj, without_article
from quotecheck.lang.ar.normalize import name_key

_PHRASE_WORDS = 12  # words of a title phrase read for its name at most


def add_titled_names(ctx: NameContext, book: NameBook) -> None:
    """Note in ``book`` the name after each title that opens a phrase (the first title word
    of a run), when it looks like a person's (``_person_words``), with the text of each of
    its prefixes (a shorter name stands for the prefix ending at its last word)."""
    lex, norms = ctx.lex, ctx.wi.norms
    n = len(norms)
    article = lex.morph.article
    # Word indices of the known personal names (a C-level pass of set look-ups): a phrase
    # without one in reach names no person (``_person_words``), so only the words within
    # reach before a name are tested for a title, each once, in order.
    names = [k for k in compress(range(n), map(lex.person_names.__contains__, norms))
             if not norms[k].startswith(article)]
    memo = lex.memo("harvest_title")

    def is_title(k: int) -> bool:
        w = norms[k]
        hit = memo.get(w)
        if hit is None:
            hit = memo[w] = w in lex.titles or lex.is_title(w) and w not in lex.countries
        return hit

    done = 0
    for x in names:
        for k in range(max(done, x - _PHRASE_WORDS + 1), x + 1):
            # the first title word of a run, with a personal name in reach
            if is_title(k) and not (k and is_title(k - 1)):
                _read_title_phrase(ctx, book, k)
        done = x + 1


def _read_title_phrase(ctx: NameContext, book: NameBook, k: int) -> None:
    """Note the person's name of the phrase that title word k opens, if it has one."""
    wi, lex, norms = ctx.wi, ctx.lex, ctx.wi.norms
    sp = phrase_after(lex, wi, k, min(len(norms), k + _PHRASE_WORDS))
    if sp is not None and sp.first == k:
        words = _person_words(ctx, book, sp)
        if words is not None:
            i, j = words
            note_office(ctx, book, sp, tuple(norms[i:j]))
            for e in range(i + 2, j + 1):
                book.note_surface(tuple(norms[i:e]), ctx.text[wi.starts[i] : wi.ends[e - 1]])
            book.add_read_name(tuple(norms[i:j]))


def _person_words(ctx: NameContext, book: NameBook, sp: SpeakerSpan) -> tuple[int, int] | None:
    """Word range [i, j) of the name in a title phrase when it reads as a person's: from
    its first known personal name (حين انتبه الشاب بشير نصر -> بشير نصر) to before a word
    with a clitic و، ب or ل that is no known name (يوسف الشاهد برئيس الهيئة، ياسين ابراهيم
    وفوزي); two words or more."""
    wi, lex = ctx.wi, ctx.lex
    m = lex.morph
    key = name_of(ctx, book, sp)
    if key is None:
        return None
    norms = wi.norms[sp.first : sp.last + 1]
    at = next((x for x in range(len(norms) - len(key) + 1)
               if tuple(norms[x : x + len(key)]) == key), None)
    if at is None:
        return None
    clitics = m.conjunction_clitics | m.preposition_clitics
    first = next((x for x, w in enumerate(key) if lex.is_first_name(w)), None)
    if first is None:
        return None
    cut = next((x for x in range(first + 1, len(key))
                if key[x][:1] in clitics and key[x] not in lex.person_names), len(key))
    if cut - first < 2:
        return None
    return sp.first + at + first, sp.first + at + cut


def surname_key(ctx: NameContext, book: NameBook, sp: SpeakerSpan) -> NameKey | None:
    """A one-word speaker (after its titles) that is the last (or, with the article, the
    first) word of a person's name the document gives (وقال الشعيبي after رياض الشعيبي;
    العبيدي reads like a nisba adjective, so the phrase rules find no name in it): that
    name's key.  None for a title, a body, an unnamed source, a medium, a statement noun or
    a ministry's portfolio."""
    wi, lex = ctx.wi, ctx.lex
    first = sp.first
    while first < sp.last and lex.is_title(wi.norms[first]):
        first += 1  # الدكتور العبيدي، الأستاذ المنصوري: a title, then the surname
    if sp.last != first:
        return None
    w = strip_conj(wi.norms[first])
    if (lex.is_title(w) or lex.is_body(w) or w in lex.anonymous or is_medium(lex, w)
            or w in lex.statement_nouns or len(w) < 3 or w in lex.portfolios):
        return None  # (وزير السياحة: a portfolio, no surname)
    article = lex.morph.article
    bare = w[len(article):] if w.startswith(article) else None
    for short in (w, bare):
        if short:
            full = book.fullest((short,))
            if len(full) > 1 and name_key(full[-1]) == name_key(short) or (
                    short == bare and len(full) > 1 and name_key(full[0]) == name_key(short)):
                return _from_first_name(lex, book, full)
    return None


def _from_first_name(lex: Lexicon, book: NameBook, full: NameKey) -> NameKey:
    """A name key from its first known personal name on, when title words ran into it
    (حفظ صحة الوسط ... محمد الرابحي -> محمد الرابحي), its text noted; else ``full``."""
    first = next((x for x, w in enumerate(full[:-1]) if lex.is_first_name(w)), 0)
    text = book.display(full)
    words = text.split() if text else []
    if first == 0 or len(words) != len(full):
        return full
    key = full[first:]
    book.pin(key, " ".join(words[first:]))
    return key


def office_head(lex: Lexicon, norms: list[str]) -> str | None:
    """The first office word of a phrase without the article or a conjunction (الوزيرة ->
    وزيرة، الأمين العام -> أمين); None when it has none.  A country is no office (nisba
    adjectives are not in titles.txt), nor is a title of courtesy (speaker_words.json
    courtesy_titles: سيد، شيخ، دكتور)."""
    for w in norms:
        if w not in lex.titles:  # (وزيرة is no و + زيرة)
            w = strip_conj(w)
        bare = without_article(w)
        if (w in lex.titles or bare in lex.titles) and not lex.is_body(bare) and (
                bare not in lex.countries):
            return None if bare in speaker_word_list("courtesy_titles", lex) else bare
    return None


def note_office(ctx: NameContext, book: NameBook, sp: SpeakerSpan, key: NameKey) -> None:
    """Record that the person ``key`` holds the office that heads phrase ``sp``, when the
    name holds a known personal name (not an object run on: رفضه للمصالحة)."""
    lex = ctx.lex
    head = office_head(lex, ctx.wi.norms[sp.first : sp.last + 1])
    if head is None or not any(lex.is_first_name(w) for w in key):
        return
    book.offices.append((ctx.wi.starts[sp.first], head, key))  # (trimmed when read: the
    # book's index of names is built on its first look-up, after every name is noted)
    body = _office_body(lex, ctx.wi.norms, sp.first, sp.last)
    if body is not None:  # (رئيس مجلس النواب: also the holder of رئيس + مجلس)
        book.offices.append((ctx.wi.starts[sp.first], head + " " + body, key))


def _office_body(lex: Lexicon, norms: list[str], first: int, last: int) -> str | None:
    """The body noun, bare, right after the office word that opens words first..last (رئيس
    مجلس النواب، مدير عام شركة الكهرباء، رئيس المجلس -> مجلس، شركة، مجلس); None if
    none follows it within two words."""
    for k in range(first + 1, min(first + 3, last + 1)):
        w = norms[k]
        bare = without_article(w)
        if lex.is_body(bare) and bare in lex.body_nouns:
            return bare
        if not lex.is_title(w):
            return None
    return None


_OFFICE_WORDS = 3  # words of a title-only phrase that points back to an office holder


def office_holder(ctx: NameContext, book: NameBook, sp: SpeakerSpan) -> NameKey | None:
    """A definite title-only phrase (وأكدت الوزيرة، وقال المنسق الأممي، وأضاف الأمين العام
    للحزب) stands for the latest person named before it with the same head office word
    (وزيرة الشباب والرياضة، مجدولين الشارني; منسق الشؤون الإنسانية جيمي مكغولدريك)."""
    wi, lex = ctx.wi, ctx.lex
    first = wi.norms[sp.first]
    first = first if first in lex.titles else strip_conj(first)
    if sp.last - sp.first >= _OFFICE_WORDS + 3 and not _title_words_only(
            lex, wi.norms[sp.first : sp.last + 1]):
        return None
    head = office_head(lex, wi.norms[sp.first : sp.first + 1])
    if head is None:
        return None
    if not first.startswith(lex.morph.article):
        body = _office_body(lex, wi.norms, sp.first, sp.last)
        if body is None or not _definite_body_last(lex, wi.norms, sp):
            return None
        head = head + " " + body  # رئيس المجلس، مدير عام الشركة: the office of that body
    at = wi.starts[sp.first]
    hits = [key for pos, h, key in book.offices if pos < at and h == head]
    return _from_first_name(lex, book, hits[-1]) if hits else None


def _title_words_only(lex: Lexicon, norms: list[str]) -> bool:
    """A long phrase of an office and its body's words only, no name (الناطق الرسمي للرابطة
    الوطنية لكرة القدم المحترفة): each word definite, ل/ب + a noun, a title or a body, none a
    known first name."""
    m = lex.morph
    return not any(lex.is_first_name(w) for w in norms) and all(
        w.startswith(m.article) or w[:1] in m.preposition_clitics or lex.is_title(w)
        or lex.is_body(w) for w in norms)


def _definite_body_last(lex: Lexicon, norms: list[str], sp: SpeakerSpan) -> bool:
    """The phrase ends in a definite body noun with nothing named after it (رئيس المجلس,
    not رئيس مجلس النواب)."""
    w = norms[sp.last]
    return w.startswith(lex.morph.article) and lex.is_body(w)
