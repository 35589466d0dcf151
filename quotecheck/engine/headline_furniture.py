"""Page furniture around a headline, which varies from outlet to outlet: where a line's
segments are (bars, bullets, runs of spaces, HTML markup, titles glued onto a sentence or
written twice), where a segment's lead opens (a date stamp, a breadcrumb, a section or a
page label before the speaker), which colon is the headline's (not a time stamp's) and
what a page appends to a title (a bracketed tag, the site's name).  engine/headlines.py
reads the headlines out of what is left."""

from __future__ import annotations

import re

from quotecheck.engine.evidence import DIGIT_COLON, QUOTE_CHARS, Doc, skip_space, trim
from quotecheck.engine.headline_lead_end import COLONS, MAX_LEAD_CHARS
from quotecheck.engine.headline_lexicon import office_word

#: What cuts a line of page furniture into segments that each may be a headline: a bar
#: (``تصريحات المباراة| نجم الاتحاد: ...``), a tab, a bullet or an arrow between items
#: (``منذ 5 ساعات • NAME: ...``), or a run of 3+ spaces (a menu or a ticker of titles
#: flattened onto one line).
HARD_SEPARATOR = re.compile("[|\uff5c\t\u2022\u25cf\u25a0\u25ba\u25c4]| {3,}")


#: Two or more full stops (or an ellipsis) between two headlines of one title (``X: ...
#: .. Y: ...``): a segment starts after them only where a headline follows.
SOFT_SEPARATOR = re.compile("\\.{2,}|\u2026")


#: What may open a segment before its speaker: bullets, dashes, an item's number (``1.``,
#: ``2)``) and a date stamp (``- 2025-09-02NAME: ...`` in a list of related articles).
LEAD = re.compile(r"[\s\-\u2013\u2014\u2022*\u00b7]*(?:\d{1,2}[.)](?=\s)\s*)?"
                  r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?![\d:]))?[\s\-\u2013\u2014]*")


#: A colon between two digits: a time or a score (``10:45``), never a headline's.


#: What a page sets between a date stamp, a breadcrumb, a section or a site name and a
#: title on the same line: a dash, a slash, a chevron or an angle quote with spaces around
#: it (``14 مايو 2024 - NAME:``، ``الرئيسية » سياسة » NAME:``، ``اقتصاد - NAME:``).
FURNITURE_CUT = re.compile("\\s[-\u2013\u2014/\u00bb\u203a>]\\s")


#: HTML markup written into the text: a tag, or an attribute whose value is a title
#: (``alt="NAME: ..."``, ``title="..."``), which is a segment of its own.
_TAG = re.compile(r"<[^<>\n]*>")


_TITLE_ATTRIBUTE = re.compile("\\b(?:alt|title)\\s*=\\s*([\"'])((?:(?!\\1)[^\n])*)\\1")


#: The most words of a site's name after a title's last dash (``... - هسبريس``).
SITE_WORDS = 3


#: A colon of COLONS that stands between no two digits.
_HEADLINE_COLON = re.compile("(?!" + DIGIT_COLON.pattern + ")[" + "".join(COLONS) + "]")


def first_colon(text: str, a: int, b: int) -> int:
    """Where the first colon (COLONS) of ``text[a:b]`` stands, or -1; a colon between two
    digits (a time stamp, ``10:45``) is none."""
    m = _HEADLINE_COLON.search(text, a, b)
    return -1 if m is None else m.start()


def segments(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The line [a, b) cut at its HTML markup (markup_parts) and its hard separators
    (HARD_SEPARATOR: bars, tabs, bullets and arrows, runs of spaces)."""
    out = []
    for pa, pb in markup_parts(text, a, b):
        for m in HARD_SEPARATOR.finditer(text, pa, pb):
            before = text[pa : m.start()].rstrip()
            if not before or before.endswith(COLONS):
                continue  # (الوزير :    لن نقبل: spaces after a colon cut nothing)
            out.append((pa, m.start()))
            pa = m.end()
        out.append((pa, pb))
    return out


def markup_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The line [a, b) without the HTML markup written into it: the value of an ``alt`` or
    ``title`` attribute (an image's caption, often the article's title) is a part of its
    own; tags and other attributes are dropped; the text between them is a part."""
    if "<" not in text[a:b] and "=" not in text[a:b]:
        return [(a, b)]
    dead = [(m.start(), m.end()) for m in _TAG.finditer(text, a, b)]
    values = []
    for m in _TITLE_ATTRIBUTE.finditer(text, a, b):
        dead.append((m.start(), m.end()))
        values.append((m.start(2), m.end(2)))
    dead = sorted(dead)
    out, pos = [], a
    for da, db in dead:
        if da > pos:
            out.append((pos, da))
        pos = max(pos, db)
    out.append((pos, b))
    return sorted([p for p in out if text[p[0]:p[1]].strip()] + values)


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


#: A sentence's end written onto the next word with no space (``... المنطقة".NAME: ...``):
#: a page's blocks flattened into one line, where a title may follow.
_GLUED_END = re.compile("[.!?\u061f][\"\u201d\u00bb]?(?=[^\\W\\d_])")


def glued_titles(d: Doc, a: int, b: int) -> list[tuple[int, int, int]]:
    """Segments (number, start, end) of titles written onto the end of a sentence in the
    line [a, b) with no space (``...في الجهة".ميقاتي: لبنان يرفض الحرب``): each starts
    after the glued end when a colon follows within MAX_LEAD_CHARS, and its statement ends
    at the next colon or glued end (the flattened page goes on with the next block)."""
    text = d.text
    out = []
    for m in _GLUED_END.finditer(text, a, b):
        colon = first_colon(text, m.end(), min(b, m.end() + MAX_LEAD_CHARS))
        if colon < 0 or d.inside_pair(m.end()):
            continue
        k = d.wi.first_at_or_after(m.start()) - 1  # the word the full stop ends
        if k < 0 or d.wi.ends[k] - d.wi.starts[k] < 3:
            continue  # (1.5 م.د. في ...: an abbreviation's full stops)
        nxt = _GLUED_END.search(text, colon, b)
        end = min(b, nxt.start() if nxt else b)
        later = first_colon(text, colon + 1, end)
        out.append((1, m.end(), later if later > 0 else end))
    return out


def label_prefix(d: Doc, a: int, b: int) -> int:
    """Where the segment [a, b) goes on past a page label and its colon that open it before
    another colon (``عاجل: NAME: ...``، ``شاهد: ...: ...``): a label of labels.txt in one or
    two words names the section, and the headline follows it; else ``a``."""
    text, wi, lex = d.text, d.wi, d.lex
    colon = first_colon(text, a, b)
    if colon < 0 or first_colon(text, colon + 1, b) < 0:
        return a
    ws, we = wi.first_at_or_after(a), wi.first_at_or_after(colon)
    if not 1 <= we - ws <= 2 or wi.starts[ws] < a:
        return a
    head = wi.norms[ws:we]
    if " ".join(head) not in lex.labels and (len(head) > 1 or head[0] not in lex.labels):
        return a
    return skip_space(text, colon + 1)


#: The most words of a page label that opens a lead with no mark after it (اقرأ أيضا NAME:).
LABEL_WORDS = 3


def label_lead(d: Doc, a: int, colon: int) -> int:
    """Where a lead that opens with a page label of headline_leads.json page_labels and no
    mark after it (``اقرأ أيضا وزير الخارجية:``، ``عاجل وزير الدفاع:``، ``اقرأ أيضا
    العباسي :``) goes on with its lead: the word after the label, the rest weighed as any
    lead (speaker_lead), after a label of two words or more (a related-articles list); after
    a one-word label (فيديو، عاجل), only when that word is an office, an unnamed source or a
    first name; else ``a``.  An affair's or event's label is no page label (قضية وليد زروق
    :: the name after it is the topic)."""
    wi, lex = d.wi, d.lex
    ws, we = wi.first_at_or_after(a), wi.first_at_or_after(colon)
    if ws < len(wi.starts) and wi.starts[ws] < a:
        return a
    for n in range(min(LABEL_WORDS, we - ws - 1), 0, -1):
        if " ".join(wi.norms[ws : ws + n]) not in lex.headline_leads["page_labels"]:
            continue  # (قضية NAME :، كأس ديفيس :: an affair's or event's label, a topic)
        w = wi.norms[ws + n]
        if n > 1 or office_word(lex, w) or w in lex.anonymous or lex.is_first_name(w):
            return wi.starts[ws + n]
        return a  # (فيديو مؤثر :: a one-word label may take an adjective, no surname)
    return a


def repeated_title(d: Doc, a: int, b: int) -> int | None:
    """Where the segment's lead and colon (``NAME:``) come again after its colon: the title
    written twice on one line (a caption then the title, or a title repeated), whose
    second copy starts there; None when the lead does not recur."""
    text = d.text
    colon = first_colon(text, a, min(b, a + MAX_LEAD_CHARS + 1))
    if colon < 0:
        return None
    lead = text[a : colon + 1].strip()
    if len(lead) < 3:
        return None
    k = text.find(lead, colon + 1, b)
    return k if k > colon + 1 else None


#: The fewest words of a headline's statement.
MIN_WORDS = 3


#: The fewest words of a statement wholly in marks after a speaker's lead (الوزير : "لن أستقيل").
MARKED_MIN_WORDS = 2


#: How far before a headline's colon, in MAX_LEAD_CHARS, a furniture separator may stand
#: (a lead is at most MAX_LEAD_CHARS long; the margin leaves room for a long office lead).
CUT_REACH = 2


#: The most words of a label that a whole run of furniture before a dash may be.
LABEL_SPAN = 8


_DIGIT = re.compile(r"\d")


def furniture_before(d: Doc, a: int, cut: re.Match[str]) -> bool:
    """The separator ``cut`` ends page furniture that opens the lead at ``a``: any
    separator but a dash does (a breadcrumb's slash or chevron); before a dash, a date or
    time stamp (digits), a section label of labels.txt or a medium's name (media.txt); a
    dash between two teams or places (النجم الساحلي - النادي الصفاقسي :) is a fixture."""
    text, wi, lex = d.text, d.wi, d.lex
    if text[cut.start() + 1] not in "-\u2013\u2014":
        return True
    if _DIGIT.search(text, a, cut.start()):
        return True
    ws, we = wi.first_at_or_after(a), wi.first_at_or_after(cut.start())
    if we <= ws:
        return False
    head = wi.norms[ws : min(we, ws + LABEL_SPAN)]
    return (we - ws <= LABEL_SPAN and " ".join(head) in lex.labels or head[0] in lex.labels
            or head[0] in lex.media or " ".join(head[:2]) in lex.media)


def site_suffix(d: Doc, a: int, b: int) -> tuple[int, int]:
    """The statement [a, b) without what a page appends to its title: a bracketed tag of at
    most SITE_WORDS words (``... (فيديو)``), and the site's name after one spaced dash
    (``NAME: ... - هسبريس``، ``... - سكاي نيوز عربية``): at most SITE_WORDS words after the
    only dash, MIN_WORDS or more before it; two dashes set off a clause."""
    for _ in range(2):  # the tag and the site in either order (... (فيديو) - هسبريس)
        cut = _page_suffix(d, a, b)
        if cut == (a, b):
            break
        a, b = cut
    return a, b


def _page_suffix(d: Doc, a: int, b: int) -> tuple[int, int]:
    """site_suffix's one pass: the bracketed tag at the end, then the site after a dash."""
    text, wi = d.text, d.wi
    tag = _TAIL_TAG.search(text, a, b)
    if tag is not None and len(tag.group(1).split()) <= SITE_WORDS and (
            wi.first_at_or_after(tag.start()) - wi.first_at_or_after(a) >= MARKED_MIN_WORDS):
        a, b = trim(text, a, tag.start())  # (... شعبنا» (فيديو): the page's media tag)
    dashes = [m for m in SPACED_DASH.finditer(text, a, b) if not d.inside_pair(m.start())]
    if len(dashes) != 1:
        return a, b
    m = dashes[0]
    if wi.first_at_or_after(b) - wi.first_at_or_after(m.end()) > SITE_WORDS or (
            wi.first_at_or_after(m.start()) - wi.first_at_or_after(a) < MIN_WORDS):
        return a, b
    return trim(text, a, m.start())


SPACED_DASH = re.compile("\\s[-\u2013\u2014]\\s")


#: A bracketed tag that ends a title (``(فيديو)``، ``[صور]``): the page's, not the speaker's.
_TAIL_TAG = re.compile(r"\s[(\[]([^()\[\]\n]{1,40})[)\]]\s*$")


def _stamp_word(d: Doc, k: int) -> bool:
    """Word k may stand in a date or time stamp: a number, a weekday or month
    (time_words.txt) or a word of headline_leads.json stamp_words (منذ، ساعات، ص; not the
    singular يوم، سنة, which head a construct: 17 أفريل يوم الأسير :)."""
    w = d.wi.norms[k]
    return w.isdigit() or w in d.lex.time_words or w in d.lex.headline_leads["stamp_words"]


def stamp_prefix(d: Doc, a: int, colon: int) -> int:
    """Where a lead goes on past a date or time stamp that a page writes before a title with
    no separator (``الأحد 12 مايو 2024 وزير الخارجية:``، ``منذ 3 ساعات NAME:``،
    ``12/05/2024 10:30 NAME:``): a run of stamp words (_stamp_word) holding a number, then
    at least one word before the colon; else ``a``."""
    wi = d.wi
    ws, we = wi.first_at_or_after(a), wi.first_at_or_after(colon)
    k = ws
    while k < we and _stamp_word(d, k):
        k += 1
    if k == ws or k >= we or not any(wi.norms[j].isdigit() for j in range(ws, k)):
        return a
    return wi.starts[k]


#: The fewest words of a title before a dash that parts the items of a ticker (a fixture's
#: or a pair of places' sides have fewer: النجم الساحلي - النادي الصفاقسي :).
TITLE_ITEM_WORDS = 4


def title_before(d: Doc, a: int, cut: re.Match[str]) -> bool:
    """The spaced dash ``cut`` parts the items of a run of titles on one line (``ارتفاع أسعار
    الخضر في الأسواق - وزير الفلاحة: ... - افتتاح ...``): TITLE_ITEM_WORDS words or more
    stand between the segment's start ``a`` and the dash, with no colon (a title, not a
    fixture's side)."""
    text, wi = d.text, d.wi
    if text[cut.start() + 1] not in "-\u2013\u2014" or first_colon(text, a, cut.start()) >= 0:
        return False
    return wi.first_at_or_after(cut.start()) - wi.first_at_or_after(a) >= TITLE_ITEM_WORDS


def next_item(d: Doc, a: int, b: int) -> int:
    """Where the statement [a, b) of a headline inside a run of titles parted by spaced
    dashes (title_before) ends: at its first spaced dash outside quotation marks, the next
    title's start; else ``b``."""
    for m in SPACED_DASH.finditer(d.text, a, b):
        if not d.inside_pair(m.start()):
            end = trim(d.text, a, m.start())[1]
            return end if end > a else b
    return b
