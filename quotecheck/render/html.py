"""Standalone right-to-left HTML pages (inline CSS, no scripts, no network).

``render_extract_html(text, quotes)``: the text with each quote highlighted by kind and tagged
with its kind and speaker name, cues and speakers marked, a tooltip per quote and a table of
speaker, cue, kind and stance under the text.
``render_compare_html(statements)``: the statements carried by several sources first, each with
its variants side by side, every variant shown as its kind (only direct quotes between «»),
the words that differ highlighted and the flags as labels; single-source statements follow,
collapsed.  All text is escaped; both renderers run in O(n log n) in the number of quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

_FLAG_AR = {
    "wording": "صياغة",
    "negation": "نفي",
    "number": "رقم",
    "entity": "كيان",
    "intensifier": "تشديد/تحوط",
    "kind": "نوع الاقتباس",
    "speaker": "المتكلم",
}
_KIND_AR = {"direct": "مباشر", "mixed": "مختلط", "indirect": "غير مباشر"}
# How each kind relates to the speaker's words (shown on the compare page and in the legend).
_KIND_NOTE = {
    "direct": "نص حرفي",
    "mixed": "عبارة حرفية داخل كلام منقول",
    "indirect": "كلام منقول بتصرف، لا نص حرفي",
}
_STANCE_AR = {"neutral": "محايد", "assertive": "تأكيد", "doubtful": "تشكيك", "denial": "نفي"}
# Arabic label, English subtitle.
_LABEL = {
    "n": ("رقم", "#"),
    "speaker": ("المتكلم", "speaker"),
    "cue": ("فعل القول", "cue"),
    "kind": ("النوع", "kind"),
    "stance": ("الموقف", "stance"),
    "quote": ("الاقتباس", "quote"),
}
_UNKNOWN = "غير معروف"
_RESOLVED = "محال إلى ذكر سابق"
_ANONYMOUS = "مصدر غير مسمى"
_HEADLINE = "عنوان"
_EXCERPT = 90

_CSS = """
body{font-family:"Noto Naskh Arabic","Amiri","DejaVu Sans",Tahoma,sans-serif;margin:1.5em;
background:#fafafa;color:#222;line-height:1.9}
h1{font-size:1.4em;margin:0 0 .4em}
h2{font-size:1.15em;margin:1.2em 0 .5em}
small.en,span.en{font-size:.7em;color:#777;font-weight:normal;direction:ltr;unicode-bidi:isolate}
small.en{display:block;line-height:1.2}
.legend{margin:.2em 0 .8em;line-height:2.4}
.legend>span{margin-inline-end:1.2em;white-space:nowrap}
.st{background:#fff;border:1px solid #ddd;border-radius:8px;margin:0 0 1.2em;padding:.8em 1em}
.st h2{font-size:1.1em;margin:0 0 .5em}
.st h2 .n{color:#888;font-weight:normal;margin-inline-end:.4em}
.st h2 .count{font-size:.8em;color:#666;font-weight:normal;margin-inline-start:.5em}
.variants{display:flex;flex-wrap:wrap;gap:.8em;direction:rtl}
.variant{flex:1 1 16em;border:1px solid #e4e4e4;border-radius:6px;padding:.5em .7em;
background:#fcfcfc}
.variant.first{border-color:#9ab}
.src{font-size:.8em;color:#555;direction:ltr;unicode-bidi:isolate;display:inline-block}
h1 .src.doc{font-size:.65em;font-weight:normal;margin-inline-start:.6em}
.legend .key{color:#555;margin-inline-end:.4em}
.kind{display:inline-block;font-size:.75em;border-radius:3px;padding:0 .4em;color:#fff;
line-height:1.6;margin-inline-start:.5em}
.kind.direct{background:#1e8a5a}.kind.mixed{background:#b86e00}.kind.indirect{background:#3d63b0}
.kind .note{opacity:.9;font-size:.9em}
.vq{font-size:1.05em;margin:.35em 0;padding-inline-start:.6em;border-inline-start:3px solid}
.vq.direct{border-color:#1e8a5a}.vq.mixed{border-color:#b86e00;border-inline-start-style:dotted}
.vq.indirect{border-color:#3d63b0;border-inline-start-style:dashed;color:#333}
.flag{display:inline-block;font-size:.75em;border-radius:10px;padding:0 .6em;margin:.15em .2em;
background:#fde2e2;color:#900;border:1px solid #f3b5b5}
.flags{margin:.3em 0}
.same{display:inline-block;font-size:.75em;color:#276;border:1px solid #9c9;border-radius:10px;
padding:0 .6em}
ins,del{text-decoration:none;border-radius:3px;padding:0 .15em}
ins{background:#fff1a8}
del{background:#ffd6d6}
.speaker{color:#444}
.speaker .as{font-size:.8em;color:#777}
details.single{margin-top:1.5em}
details.single>summary{cursor:pointer;font-weight:bold;color:#444;margin-bottom:.8em}
.text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:8px;padding:1em;
line-height:2.4}
mark{border-radius:4px;padding:.1em .3em;color:inherit}
mark.direct{background:#c8f0d8}mark.mixed{background:#ffe2b3}mark.indirect{background:#d4e2ff}
mark a,.quotes a{color:inherit;text-decoration:none}
.tag{display:inline-block;font-size:.68em;line-height:1.5;font-weight:bold;color:#fff;
border-radius:3px;padding:0 .4em;margin-inline-start:.3em;vertical-align:middle;
user-select:none;white-space:nowrap}
mark.direct .tag{background:#1e8a5a}mark.mixed .tag{background:#b86e00}
mark.indirect .tag{background:#3d63b0}
.tag .who{font-weight:normal}
.tag .num{opacity:.8;font-weight:normal;margin-inline-start:.3em}
.cue{border-bottom:2px solid #b60;font-weight:bold}
.spk{background:#eadcff;border-radius:4px;padding:.05em .25em}
.lbl{font-size:.6em;color:#555;margin-inline-start:.25em;user-select:none;font-weight:normal;
vertical-align:middle}
table.quotes{border-collapse:collapse;width:100%;background:#fff;font-size:.95em}
table.quotes th,table.quotes td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;
text-align:start}
table.quotes th{background:#f1f1f1;line-height:1.4;white-space:nowrap}
table.quotes td.kindcell{white-space:nowrap}
table.quotes .sub{font-size:.8em;color:#666;line-height:1.5}
table.quotes .excerpt{color:#333;width:45%}
table.quotes td.who{font-weight:bold}
table.quotes td.who .sub{font-weight:normal}
"""


_SURROGATE = re.compile("[\ud800-\udfff]")


def _page(title: str, body: str) -> str:
    """The whole page; a lone surrogate (not encodable) becomes U+FFFD, one character each."""
    body = _SURROGATE.sub("\ufffd", body)
    title = _SURROGATE.sub("\ufffd", title)
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f'<body dir="rtl">\n{body}\n</body>\n</html>\n'
    )


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _kind(quote: Any) -> str:
    return str(_get(quote, "kind") or "")


def _label(key: str) -> str:
    """A table header: the Arabic label with its English subtitle."""
    ar, en = _LABEL[key]
    return f'{escape(ar)}<small class="en">{escape(en)}</small>'


def _kind_badge(kind: str, note: bool = False) -> str:
    text = escape(_KIND_AR.get(kind, kind))
    if note and kind in _KIND_NOTE:
        text += f' <span class="note">· {escape(_KIND_NOTE[kind])}</span>'
    return f'<span class="kind {escape(kind)}">{text}</span>'


def _speaker_name(quote: Any) -> str:
    """Who says it: the fullest name, else the speaker phrase, else "unknown"."""
    name = _get(quote, "speaker_name")
    if name:
        return str(name)
    spk = _get(quote, "speaker")
    text = _get(spk, "text") if spk is not None else None
    return str(text) if text else _UNKNOWN


def _speaker_notes(quote: Any) -> list[str]:
    """What the page says about the speaker besides the name (plain text, not escaped)."""
    notes = []
    spk = _get(quote, "speaker")
    phrase = _get(spk, "text") if spk is not None else None
    if _get(quote, "speaker_resolved"):
        notes.append(_RESOLVED + (f": «{phrase}»" if phrase else ""))
    elif phrase and phrase != _get(quote, "speaker_name"):
        notes.append(f"في النص: «{phrase}»")
    if _get(quote, "anonymous"):
        notes.append(_ANONYMOUS)
    if _get(quote, "headline"):
        notes.append(_HEADLINE)
    return notes


# -- compare page -----------------------------------------------------------------------------


def _highlighted(quote: Any, ops: Iterable[Any] | None, side: str) -> str:
    """The quote text with the words that differ (per the diff ops of ``side``) wrapped."""
    text = _get(quote, "text", "")
    if not ops:
        return escape(text)
    base = _get(quote, "start", 0)
    spans = []
    for op in ops:
        if _get(op, "op") == "equal":
            continue
        s, e = _get(op, f"{side}_span") or (0, 0)
        if e > s:
            spans.append((s - base, e - base, _get(op, "op")))
    out, pos = [], 0
    tag = "del" if side == "a" else "ins"
    for s, e, op in sorted(spans):
        s, e = max(s, pos), min(e, len(text))
        if s >= e:
            continue
        out.append(escape(text[pos:s]))
        out.append(f'<{tag} class="{escape(op)}">{escape(text[s:e])}</{tag}>')
        pos = e
    out.append(escape(text[pos:]))
    return "".join(out)


def _quote_as_kind(kind: str, body: str) -> str:
    """A variant's text as its kind says it is: only a direct quote stands between «»."""
    if kind == "direct":
        body = f"«{body}»"
    return f'<div class="vq {escape(kind)}" data-kind="{escape(kind)}">{body}</div>'


def _variant(member: Any, body: str, flags: Sequence[str] | None, first: bool) -> str:
    q = _get(member, "quote")
    kind = _kind(q)
    name = _speaker_name(q)
    head = (
        f'<div><span class="src">{escape(str(_get(member, "doc_id", "")))}</span>'
        f"{_kind_badge(kind, note=True)}</div>"
    )
    if flags is None:
        flag_html = ""
    elif flags:
        flag_html = (
            '<div class="flags">'
            + "".join(
                f'<span class="flag" data-flag="{escape(f)}">'
                f"{escape(_FLAG_AR.get(f, f))} · {escape(f)}</span>"
                for f in flags
            )
            + "</div>"
        )
    else:
        flag_html = '<div class="flags"><span class="same">مطابق · identical</span></div>'
    notes = _speaker_notes(q)
    note_html = f' <span class="as">({escape(" · ".join(notes))})</span>' if notes else ""
    spk_html = (
        f'<div class="speaker" data-speaker="{escape(name)}">— {escape(name)}{note_html}</div>'
    )
    cls = "variant first" if first else "variant"
    return (
        f'<div class="{cls}" data-kind="{escape(kind)}">{head}{_quote_as_kind(kind, body)}'
        f"{spk_html}{flag_html}</div>"
    )


def _flag_order(flag: str) -> tuple[int, str]:
    """Flags in the comparison's own order (as ``Pair.to_dict`` lists them), unknown ones last."""
    order = list(_FLAG_AR)
    return (order.index(flag) if flag in order else len(order), flag)


def _count_ar(n: int, zero: str, one: str, two: str, few: str, many: str) -> str:
    """``n`` things in Arabic, with the number agreement the language wants."""
    if n in (0, 1, 2):
        return (zero, one, two)[n]
    return f"{n} {few}" if 3 <= n <= 10 else f"{n} {many}"


def _sources_ar(n: int) -> str:
    return _count_ar(n, "لا مصدر", "مصدر واحد", "مصدران", "مصادر", "مصدرًا")


def _statement(n: int, st: Any, members: list[Any], sources: int) -> str:
    pairs = list(_get(st, "pairs", []) or [])
    first_ops: list[Any] = []
    for p in pairs:
        first_ops.extend(_get(p, "diff", []) or [])
    first_q = _get(members[0], "quote")
    variants = [_variant(members[0], _highlighted(first_q, first_ops, "a"), None, True)]
    for p in pairs:
        b = _get(p, "b")
        flags = sorted(_get(p, "flags", []) or [], key=_flag_order)
        variants.append(
            _variant(b, _highlighted(_get(b, "quote"), _get(p, "diff"), "b"), flags, False)
        )
    name = _get(st, "speaker_name") or _UNKNOWN
    return (
        f'<section class="st" id="s{n}" data-sources="{sources}">'
        f'<h2><span class="n">{n}.</span>{escape(name)}'
        f'<span class="count">({_sources_ar(sources)})</span></h2>'
        f'<div class="variants">{"".join(variants)}</div></section>'
    )


def render_compare_html(
    statements: Iterable[Any], title: str = "مقارنة الاقتباسات بين المصادر"
) -> str:
    """A standalone page: multi-source statements, then single-source ones collapsed.

    ``statements`` are Statement objects or their ``to_dict()`` form.
    """
    multi: list[tuple[Any, list[Any], int]] = []
    single: list[tuple[Any, list[Any], int]] = []
    for st in statements:
        members = list(_get(st, "members", []) or [])
        if not members:
            continue
        sources = len({str(_get(m, "doc_id")) for m in members})
        (multi if sources > 1 else single).append((st, members, sources))
    blocks = [_statement(n, *item) for n, item in enumerate(multi, 1)]
    if not multi:
        blocks.append("<p>لا عبارة يحملها أكثر من مصدر.</p>")
    if single:
        inner = "".join(_statement(n, *item) for n, item in enumerate(single, len(multi) + 1))
        opened = "" if multi else " open"
        blocks.append(
            f'<details class="single"{opened}><summary>عبارات من مصدر واحد ({len(single)})'
            f' <span class="en">single-source statements</span></summary>{inner}</details>'
        )
    legend = (
        '<p class="legend"><span class="key">نوع الاقتباس:</span>'
        f"<span>{_kind_badge('direct', True)}</span><span>{_kind_badge('mixed', True)}</span>"
        f"<span>{_kind_badge('indirect', True)}</span><br>"
        '<span class="key">الفروق:</span>'
        "<span><del>كلمة</del> غائبة أو مختلفة في غير الأول</span>"
        "<span><ins>كلمة</ins> مختلفة عن الأول</span></p>"
    )
    summary = (
        f'<p class="summary">عبارات من أكثر من مصدر: {len(multi)} · '
        f"عبارات من مصدر واحد: {len(single)}</p>"
    )
    return _page(title, f"<h1>{escape(title)}</h1>{legend}{summary}{''.join(blocks)}")


# -- extract page -----------------------------------------------------------------------------


def _span(obj: Any, size: int) -> tuple[Any, Any] | None:
    """``(start, end)`` of a quote or mention clipped to the text, or None if empty or absent."""
    if obj is None:
        return None
    s, e = _get(obj, "start"), _get(obj, "end")
    if s is None or e is None:
        return None
    s, e = max(s, 0), min(e, size)
    return (s, e) if e > s else None


def _tooltip(n: int, q: Any) -> str:
    """The quote's card as plain text (a ``title`` attribute, one field a line)."""
    kind = _kind(q)
    cue = _get(q, "cue")
    lemma = _get(q, "cue_lemma")
    stance = _get(q, "stance")
    cue_text = _get(cue, "text") if cue is not None else None
    if cue_text and lemma and lemma != cue_text:
        cue_text = f"{cue_text} ({lemma})"
    lines = [
        f"#{n} · {_KIND_AR.get(kind, kind)} ({kind}): {_KIND_NOTE.get(kind, '')}",
        f"المتكلم (speaker): {_speaker_name(q)}",
        *(f"  {note}" for note in _speaker_notes(q)),
        f"فعل القول (cue): {cue_text or '—'}",
        f"الموقف (stance): {_STANCE_AR.get(stance, stance) if stance else '—'}",
    ]
    return "\n".join(lines)


def _quote_mark(n: int, q: Any, inner: str, mention_id: str | None) -> str:
    """A highlighted quote: its text, then (after a real space) kind, speaker and number."""
    kind = _kind(q)
    name = _speaker_name(q)
    who = escape(name)
    if _get(q, "speaker_resolved") and mention_id:
        who = f'<a href="#{mention_id}" title="{escape(_RESOLVED)}">{who} ↩</a>'
    return (
        f'<mark class="q {escape(kind)}" id="q{n}" data-n="{n}" data-kind="{escape(kind)}" '
        f'data-speaker="{escape(name)}" title="{escape(_tooltip(n, q))}">{inner} '
        f'<span class="tag">{escape(_KIND_AR.get(kind, kind))} · <span class="who">{who}</span>'
        f'<a class="num" href="#r{n}">{n}</a></span></mark>'
    )


def _mention(s: int, role: str, inner: str) -> str:
    cls = "cue" if role == "cue" else "spk"
    return (
        f'<span class="{cls}" id="m{s}" data-role="{role}">{inner} '
        f'<span class="lbl">{escape(_LABEL[role][0])}</span></span>'
    )


def _mentions(quotes: list[tuple[Any, Any, int, Any]], size: int) -> list[tuple[Any, Any, str]]:
    """The cue and speaker spans of the quotes: each once, sorted, no two overlapping."""
    seen: dict[tuple[Any, Any], str] = {}
    for _s, _e, _n, q in quotes:
        for role in ("cue", "speaker"):
            sp = _span(_get(q, role), size)
            if sp is not None and sp not in seen:
                seen[sp] = role
    kept: list[tuple[Any, Any, str]] = []
    for s, e in sorted(seen):
        if not kept or s >= kept[-1][1]:
            kept.append((s, e, seen[(s, e)]))
    return kept


def _emit(text: str, lo: int, hi: int, mentions: list[tuple[Any, Any, str]]) -> str:
    """``text[lo:hi]`` escaped, with the (sorted, inside) mentions marked."""
    out, pos = [], lo
    for s, e, role in mentions:
        out.append(escape(text[pos:s]))
        out.append(_mention(s, role, escape(text[s:e])))
        pos = e
    out.append(escape(text[pos:hi]))
    return "".join(out)


def _marked_text(text: str, quotes: list[tuple[Any, Any, int, Any]]) -> str:
    """The text with quotes and their mentions marked, in one sweep over sorted spans.

    Quotes overlapping an earlier quote stay unmarked (they keep their table row); a mention
    inside a quote is nested in it, one that crosses a quote's edge is left unmarked.
    """
    shown: list[tuple[Any, Any, int, Any]] = []
    for item in quotes:
        if not shown or item[0] >= shown[-1][1]:
            shown.append(item)
    mentions = _mentions(quotes, len(text))
    ids = {(s, e): f"m{s}" for s, e, _r in mentions}
    inside: list[list[tuple[Any, Any, str]]] = [[] for _ in shown]
    outside: list[tuple[Any, Any, str]] = []
    j = 0
    for m in mentions:
        s, e, _role = m
        while j < len(shown) and shown[j][1] <= s:
            j += 1
        if j == len(shown) or e <= shown[j][0]:
            outside.append(m)
        elif shown[j][0] <= s and e <= shown[j][1]:
            inside[j].append(m)
    out, pos, k = [], 0, 0
    for j, (qs, qe, n, q) in enumerate(shown):
        before = []
        while k < len(outside) and outside[k][0] < qs:
            before.append(outside[k])
            k += 1
        out.append(_emit(text, pos, qs, before))
        spk = _span(_get(q, "speaker"), len(text))
        mention_id = ids.get(spk) if spk is not None else None
        out.append(_quote_mark(n, q, _emit(text, qs, qe, inside[j]), mention_id))
        pos = qe
    out.append(_emit(text, pos, len(text), outside[k:]))
    return "".join(out)


def _source(source: str | None) -> str:
    return f' <span class="src doc">{escape(source)}</span>' if source else ""


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"


def _table(quotes: list[tuple[Any, Any, int, Any]]) -> str:
    """One row per quote: number, the quote's start, speaker (with notes), cue, kind, stance."""
    cols = ("n", "quote", "speaker", "cue", "kind", "stance")
    head = "".join(f'<th class="c-{k}">{_label(k)}</th>' for k in cols)
    rows = []
    for _s, _e, n, q in quotes:
        kind = _kind(q)
        name = _speaker_name(q)
        notes = "".join(f'<div class="sub">{escape(x)}</div>' for x in _speaker_notes(q))
        cue = _get(q, "cue")
        cue_text = escape(_get(cue, "text") or "") if cue is not None else "—"
        lemma = _get(q, "cue_lemma")
        if lemma and cue is not None and lemma != _get(cue, "text"):
            cue_text += f'<div class="sub">{escape(lemma)}</div>'
        stance = _get(q, "stance")
        stance_html = (
            f'{escape(_STANCE_AR.get(stance, stance))}<div class="sub">{escape(stance)}</div>'
            if stance
            else "—"
        )
        rows.append(
            f'<tr id="r{n}" data-speaker="{escape(name)}" data-kind="{escape(kind)}">'
            f'<td><a href="#q{n}">{n}</a></td>'
            f'<td class="excerpt">{escape(_excerpt(str(_get(q, "text", ""))))}</td>'
            f'<td class="who">{escape(name)}{notes}</td><td>{cue_text}</td>'
            f'<td class="kindcell">{_kind_badge(kind)}</td><td>{stance_html}</td></tr>'
        )
    return (
        f'<table class="quotes"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def render_extract_html(
    text: str,
    quotes: Iterable[Any],
    title: str = "الاقتباسات في النص",
    source: str | None = None,
) -> str:
    """A standalone page: ``text`` with quotes marked and tagged, and a table of the quotes.

    ``quotes`` are Quote objects or their ``to_dict()`` form (offsets into ``text``).  Each
    quote carries its kind and speaker name in a tag, its whole card in a tooltip, and a
    number that links to its row in the table under the text.  ``source`` (a file name or
    record id) is shown after the title.
    """
    spans = []
    for q in quotes:
        sp = _span(q, len(text))
        if sp is not None:
            spans.append((sp[0], sp[1], len(spans), q))
    spans.sort(key=lambda t: (t[0], t[1], t[2]))
    numbered = [(s, e, n, q) for n, (s, e, _i, q) in enumerate(spans, 1)]
    legend = (
        '<p class="legend">'
        + "".join(
            f'<span><mark class="{k}">{escape(_KIND_AR[k])}</mark> {escape(_KIND_NOTE[k])}</span>'
            for k in ("direct", "mixed", "indirect")
        )
        + f'<br><span><span class="cue">{escape(_LABEL["cue"][0])}</span>'
        f' <span class="en">cue</span></span>'
        f'<span><span class="spk">{escape(_LABEL["speaker"][0])}</span>'
        f' <span class="en">speaker</span></span>'
        '<span>↩ المتكلم محال إلى ذكر سابق في النص</span></p>'
    )
    count = _count_ar(len(numbered), "لا اقتباس", "اقتباس واحد", "اقتباسان", "اقتباسات", "اقتباسًا")
    body = (
        f"<h1>{escape(title)}{_source(source)}</h1>{legend}"
        f'<p class="summary">{escape(count)}</p>'
        f'<div class="text">{_marked_text(text, numbered)}</div>'
    )
    if numbered:
        body += (
            '<h2>الاقتباسات <span class="en">quotes</span></h2>'
            + _table(numbered)
        )
    return _page(title, body)
