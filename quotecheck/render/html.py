"""Standalone right-to-left HTML pages (inline CSS, no network) for comparisons and extractions.

``render_compare_html(statements)``: each statement with its speaker, its variants side by side
with their sources, the words that differ from the first variant highlighted, flags as labels.
``render_extract_html(text, quotes)``: the text with quotes highlighted by kind and the cue and
speaker marked, in the manner of displaCy's entity view.  All text is escaped.
"""

from __future__ import annotations

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

_CSS = """
body{font-family:"Noto Naskh Arabic","Amiri","DejaVu Sans",Tahoma,sans-serif;margin:1.5em;
background:#fafafa;color:#222;line-height:1.9}
h1{font-size:1.4em;margin:0 0 .6em}
.st{background:#fff;border:1px solid #ddd;border-radius:8px;margin:0 0 1.2em;padding:.8em 1em}
.st h2{font-size:1.1em;margin:0 0 .5em}
.st h2 .n{color:#888;font-weight:normal;margin-inline-end:.4em}
.variants{display:flex;flex-wrap:wrap;gap:.8em;direction:rtl}
.variant{flex:1 1 16em;border:1px solid #e4e4e4;border-radius:6px;padding:.5em .7em;
background:#fcfcfc}
.variant.first{border-color:#9ab}
.src{font-size:.8em;color:#555;direction:ltr;unicode-bidi:isolate;display:inline-block}
.kind{font-size:.75em;border-radius:3px;padding:0 .35em;margin-inline-start:.4em;color:#fff}
.kind.direct{background:#2a7}.kind.mixed{background:#c80}.kind.indirect{background:#57b}
.flag{display:inline-block;font-size:.75em;border-radius:10px;padding:0 .6em;margin:.15em .2em;
background:#fde2e2;color:#900;border:1px solid #f3b5b5}
.flags{margin:.3em 0}
.same{display:inline-block;font-size:.75em;color:#276;border:1px solid #9c9;border-radius:10px;
padding:0 .6em}
ins,del{text-decoration:none;border-radius:3px;padding:0 .15em}
ins{background:#fff1a8}
del{background:#ffd6d6}
.q{font-size:1.05em}
.speaker{color:#444}
mark{border-radius:4px;padding:.1em .3em;line-height:2.3}
mark.direct{background:#c8f0d8}mark.mixed{background:#ffe2b3}mark.indirect{background:#d4e2ff}
mark .lbl{font-size:.65em;font-weight:bold;margin-inline-start:.35em;color:#333;
text-transform:uppercase;vertical-align:middle}
.cue{border-bottom:2px solid #b60;font-weight:bold}
.spk{background:#eadcff;border-radius:4px;padding:.05em .25em}
.spk .lbl,.cue .lbl{font-size:.6em;margin-inline-start:.25em;color:#555}
.legend span{margin-inline-end:1em}
.text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:8px;padding:1em}
"""


def _page(title: str, body: str) -> str:
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


def _variant(member: Any, body: str, flags: Sequence[str] | None, first: bool) -> str:
    q = _get(member, "quote")
    kind = _get(q, "kind", "")
    spk = _get(q, "speaker")
    spk_text = _get(spk, "text") if spk is not None else _get(q, "speaker_name")
    head = (
        f'<div><span class="src">{escape(str(_get(member, "doc_id", "")))}</span>'
        f'<span class="kind {escape(kind)}">{escape(_KIND_AR.get(kind, kind))}</span></div>'
    )
    if flags is None:
        flag_html = ""
    elif flags:
        flag_html = (
            '<div class="flags">'
            + "".join(
                f'<span class="flag" data-flag="{escape(f)}">'
                f"{escape(f)} · {escape(_FLAG_AR.get(f, f))}</span>"
                for f in flags
            )
            + "</div>"
        )
    else:
        flag_html = '<div class="flags"><span class="same">identical · مطابق</span></div>'
    spk_html = f'<div class="speaker">— {escape(spk_text)}</div>' if spk_text else ""
    cls = "variant first" if first else "variant"
    return f'<div class="{cls}">{head}<div class="q">«{body}»</div>{spk_html}{flag_html}</div>'


def render_compare_html(
    statements: Iterable[Any], title: str = "مقارنة الاقتباسات بين المصادر"
) -> str:
    """A standalone page: each statement, its speaker, variants side by side, differences, flags.

    ``statements`` are Statement objects or their ``to_dict()`` form.
    """
    blocks = []
    for n, st in enumerate(statements, 1):
        members = list(_get(st, "members", []))
        pairs = list(_get(st, "pairs", []))
        if not members:
            continue
        first_ops: list[Any] = []
        for p in pairs:
            first_ops.extend(_get(p, "diff", []) or [])
        variants = [
            _variant(
                members[0], _highlighted(_get(members[0], "quote"), first_ops, "a"), None, True
            )
        ]
        for p in pairs:
            flags = list(_get(p, "flags", []) or [])
            b = _get(p, "b")
            variants.append(
                _variant(b, _highlighted(_get(b, "quote"), _get(p, "diff"), "b"), flags, False)
            )
        name = _get(st, "speaker_name") or "؟"
        sources = len({_get(m, "doc_id") for m in members})
        blocks.append(
            f'<section class="st" id="s{n}"><h2><span class="n">{n}.</span>{escape(name)}'
            f' <span class="src">({sources} source{"s" if sources != 1 else ""})</span></h2>'
            f'<div class="variants">{"".join(variants)}</div></section>'
        )
    legend = (
        '<p class="legend"><span><del>كلمة</del> غائبة أو مختلفة في غير الأول</span>'
        "<span><ins>كلمة</ins> مختلفة عن الأول</span></p>"
    )
    return _page(title, f"<h1>{escape(title)}</h1>{legend}{''.join(blocks)}")


def render_extract_html(text: str, quotes: Iterable[Any], title: str = "الاقتباسات في النص") -> str:
    """A standalone page: ``text`` with quotes highlighted by kind, cues and speakers marked.

    ``quotes`` are Quote objects or dicts (offsets into ``text``).
    """
    events: list[tuple[int, int, str, str]] = []  # (start, end, class, label)
    for q in quotes:
        kind = _get(q, "kind", "direct")
        events.append((_get(q, "start"), _get(q, "end"), f"q {kind}", kind))
        for role in ("cue", "speaker"):
            m = _get(q, role)
            if m is not None and _get(m, "end", 0) > _get(m, "start", 0):
                events.append((_get(m, "start"), _get(m, "end"), role, role))
    # keep spans that do not overlap a kept one (quotes first, then mentions)
    events.sort(key=lambda e: (e[2].startswith("q") is False, e[0]))
    kept: list[tuple[int, int, str, str]] = []
    for ev in events:
        if all(ev[1] <= k[0] or ev[0] >= k[1] for k in kept):
            kept.append(ev)
    kept.sort()
    out, pos = [], 0
    for s, e, cls, _label in kept:
        out.append(escape(text[pos:s]))
        inner = escape(text[s:e])
        if cls.startswith("q"):
            kind = cls.split()[1]
            out.append(
                f'<mark class="{escape(kind)}" data-kind="{escape(kind)}">{inner}'
                f'<span class="lbl">{escape(_KIND_AR.get(kind, kind))}</span></mark>'
            )
        elif cls == "cue":
            out.append(
                f'<span class="cue" data-role="cue">{inner}<span class="lbl">cue</span></span>'
            )
        else:
            out.append(
                f'<span class="spk" data-role="speaker">{inner}'
                f'<span class="lbl">speaker</span></span>'
            )
        pos = e
    out.append(escape(text[pos:]))
    legend = (
        '<p class="legend"><mark class="direct">مباشر</mark> <mark class="mixed">مختلط</mark> '
        '<mark class="indirect">غير مباشر</mark> <span class="cue">فعل القول</span> '
        '<span class="spk">المتكلم</span></p>'
    )
    return _page(title, f'<h1>{escape(title)}</h1>{legend}<div class="text">{"".join(out)}</div>')
