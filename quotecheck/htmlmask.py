"""HTML input: the text a reader sees, with a map back to the markup's offsets.

``read_html(markup)`` gives the readable text of an HTML fragment or page: tags, comments,
doctypes and the content of ``script``/``style``/``template`` go, attributes go with their tag
(an ``alt=`` or ``title=`` is no quote source), character references (``&laquo;``,
``&#171;``, ``&#xAB;``, ``&quot;``, ``&nbsp;``...) become their characters, a line break in
the source reads as a space (HTML collapses it), ``<br>`` reads as a line break and a block
tag (``</p>``, ``</div>``, ``</li>``, ``</h1>``...) as a paragraph break, so an unclosed
quotation mark stops at its paragraph.  Inline tags (``<b>``, ``<a>``, ``<span>``...) leave
nothing, as in a browser.  Each readable character keeps the span of the markup it came from,
so ``extract_html`` runs the engine on the readable text and gives quotes whose offsets point
into the markup itself: ``markup[q.start:q.end] == q.text``, the raw slice (with any entity
or inline tag inside it); ``unescape_span`` gives its readable form.
"""

from __future__ import annotations

import html
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, replace

from quotecheck.types import Mention, Quote

__all__ = [
    "HtmlText", "extract_html", "html_batches", "looks_like_html", "map_quotes", "read_html",
    "unescape_span",
]

#: Tags that leave nothing where they stand (text runs on across them, as in a browser).
INLINE = frozenset(
    "a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span "
    "strike strong sub sup time tt u var wbr".split()
)
#: Tags that end a paragraph (read as a blank line); ``br`` is one line break.
BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html li "
    "main menu nav ol p pre section summary table tbody td tfoot th thead title tr ul".split()
)
#: Elements whose content is not text a reader sees.
HIDDEN = frozenset("script style template noscript".split())

_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
    r"|<!--.*?(?:-->|\Z)"          # a comment (an unclosed one runs to the end)
    r"|<[!?][^>]*>",               # doctype, CDATA opener, processing instruction
    re.S,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9A-Fa-f]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};)")
_MARKUP = re.compile(r"<[A-Za-z/!?]|&")
_HINT = re.compile(
    r"</?(?:p|div|br|span|a|img|li|h[1-6]|html|body)\b[^>]*>|&(?:[a-z]{2,8}|#\d{2,7});", re.I
)
_SPACE = re.compile(r"[\t\n\r\f]")


@dataclass(frozen=True)
class HtmlText:
    """Readable text of some markup; character ``i`` came from ``markup[starts[i]:ends[i]]``."""

    markup: str
    text: str
    starts: array
    ends: array

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The markup span of ``text[start:end]`` (an empty span maps to an empty span)."""
        n = len(self.text)
        a = self.starts[start] if start < n else len(self.markup)
        if end <= start:
            return a, a
        return a, self.ends[end - 1]


class _Builder:
    def __init__(self, markup: str) -> None:
        self.markup = markup
        self.parts: list[str] = []
        self.starts = array("q")
        self.ends = array("q")

    def add(self, s: str, a: int, b: int) -> None:
        """``s`` read from ``markup[a:b]`` (every character of ``s`` maps to the whole span)."""
        self.parts.append(s)
        self.starts.extend([a] * len(s))
        self.ends.extend([b] * len(s))

    def plain(self, a: int, b: int) -> None:
        """Text ``markup[a:b]`` as is, one character for one (source line breaks as spaces)."""
        if a >= b:
            return
        self.parts.append(_SPACE.sub(" ", self.markup[a:b]))
        self.starts.extend(range(a, b))
        self.ends.extend(range(a + 1, b + 1))

    def text_node(self, a: int, b: int) -> None:
        """Text with its character references decoded."""
        pos = a
        for m in _ENTITY.finditer(self.markup, a, b):
            decoded = html.unescape(m.group())
            if decoded == m.group():
                continue  # not a known reference: plain text
            self.plain(pos, m.start())
            self.add(decoded, m.start(), m.end())
            pos = m.end()
        self.plain(pos, b)


def _separator(name: str) -> str:
    if name in INLINE:
        return ""
    if name == "br":
        return "\n"
    return "\n\n" if name in BLOCK else " "


def read_html(markup: str) -> HtmlText:
    """The readable text of ``markup`` and the markup span of each of its characters."""
    out = _Builder(markup)
    pos = 0
    n = len(markup)
    while pos < n:
        m = _MARKUP.search(markup, pos)
        if m is None:
            break
        if m.group() == "&":
            nxt = markup.find("<", m.start())
            stop = n if nxt < 0 else nxt
            out.text_node(pos, stop)
            pos = stop
            continue
        if markup.find(">", m.start()) < 0 and not markup.startswith("<!--", m.start()):
            break  # no tag can close from here on: the rest is text
        t = _TAG.match(markup, m.start())
        if t is None:  # a "<" that opens no tag: text
            out.text_node(pos, m.start() + 1)
            pos = m.start() + 1
            continue
        out.text_node(pos, t.start())
        name = (t.group(2) or "").lower()
        out.add(_separator(name) if t.group(2) else "", t.start(), t.end())
        pos = t.end()
        if name in HIDDEN and not t.group(1):
            close = re.compile(rf"</{name}\s*>", re.I).search(markup, pos)
            end = n if close is None else close.end()
            out.add(" ", pos, end)
            pos = end
    out.text_node(pos, n)
    return HtmlText(markup, "".join(out.parts), out.starts, out.ends)


def _map_quote(q: Quote, page: HtmlText) -> Quote:
    def m(x: Mention | None) -> Mention | None:
        if x is None:
            return None
        a, b = page.span(x.start, x.end)
        return Mention(page.markup[a:b], a, b)

    a, b = page.span(q.start, q.end)
    return replace(q, text=page.markup[a:b], start=a, end=b, cue=m(q.cue), speaker=m(q.speaker))


def map_quotes(quotes: list[Quote], page: HtmlText) -> list[Quote]:
    """Quotes found in ``page.text`` with their offsets and strings taken from the markup."""
    return [_map_quote(q, page) for q in quotes]


def extract_html(markup: str, run: Callable[[str], list[Quote]]) -> list[Quote]:
    """``run`` (text -> quotes) on the readable text of ``markup``; offsets into ``markup``."""
    page = read_html(markup)
    return map_quotes(run(page.text), page)


def html_batches(run: Callable[[list[str]], list[list[Quote]]]
                 ) -> Callable[[list[str]], list[list[Quote]]]:
    """A batch function (texts -> quotes per text) that reads its texts as HTML."""
    def on_html(texts: list[str]) -> list[list[Quote]]:
        pages = [read_html(t) for t in texts]
        found = run([p.text for p in pages])
        return [map_quotes(qs, p) for qs, p in zip(found, pages, strict=True)]

    return on_html


def unescape_span(markup: str, start: int, end: int) -> str:
    """The readable text of ``markup[start:end]`` (a quote's or mention's span): markup gone,
    references decoded, runs of white space as one space."""
    return " ".join(read_html(markup[start:end]).text.split())


def looks_like_html(text: str) -> bool:
    """Whether ``text`` shows common HTML tags or character references (a hint, not a proof)."""
    return _HINT.search(text) is not None
