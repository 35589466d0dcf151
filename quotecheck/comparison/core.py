"""``compare``: group the quotes of several documents into statements, with flags and diffs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Union

from quotecheck.comparison.claims import Claim, Params, build_claim, cluster, reweight
from quotecheck.comparison.dates import document_date
from quotecheck.comparison.flags import diff_tokens, pair_flags
from quotecheck.comparison.model import Member, Pair, Statement
from quotecheck.comparison.speakers import SpeakerIndex, folded_name_words, quote_speaker
from quotecheck.comparison.text import tokens
from quotecheck.longdoc import extract_with
from quotecheck.pipeline import default
from quotecheck.types import Quote

DocValue = Union[str, Mapping[str, Any], Sequence[Quote], Sequence[Mapping[str, Any]]]  # noqa: UP007
Documents = Union[Mapping[str, DocValue], Iterable[tuple[str, DocValue]]]  # noqa: UP007


@dataclass
class Document:
    """A document ready for comparison: id, text (may be empty), its quotes and its date.

    ``date`` is given (an input's ``date`` or ``time`` field, ``date_given``) or read from the
    document's dateline (the first full date of its first lines), or None.
    """

    doc_id: str
    text: str
    quotes: list[Quote]
    date: dt.date | None = None
    date_given: bool = False

    def __post_init__(self) -> None:
        if self.date is None and self.text:
            self.date = document_date(self.text, DATELINE_CHARS)


DATELINE_CHARS = 300  # a date in the first characters of a document is its dateline


def _given_date(value: Mapping[str, Any]) -> dt.date | None:
    raw = value.get("date") or value.get("time")
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str) and raw.strip():
        return document_date(raw, 100)  # 2017-01-20T21:43:00+01:00, 20/01/2017 21:43
    return None


def _extract(text: str) -> list[Quote]:
    """The quotes of a text, as ``quotecheck.extract_quotes`` finds them."""
    return extract_with(default(), text) if text.strip() else []


def _as_quote(doc_id: str, q: object) -> Quote:
    if isinstance(q, Quote):
        return q
    if isinstance(q, Mapping):
        return Quote.from_dict(dict(q))
    raise TypeError(
        f"document {doc_id!r}: a quote must be a Quote or a mapping, not {type(q).__name__}"
    )


def _quotes(doc_id: str, value: object) -> list[Quote]:
    if isinstance(value, (str, bytes, bytearray, Mapping)) or not isinstance(value, Iterable):
        raise TypeError(
            f"document {doc_id!r}: quotes must be a list of Quote or mappings, "
            f"not {type(value).__name__}"
        )
    return [_as_quote(doc_id, q) for q in value]


def _text(doc_id: str, value: object) -> str:
    """A plain ``str`` (subclasses such as numpy.str_ are copied to one)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"document {doc_id!r}: text must be str, not {type(value).__name__}")
    return str.__str__(value)


def as_document(doc_id: str, value: DocValue) -> Document:
    """Turn one input value into a Document, extracting quotes from plain text.

    ``value`` is a text (``str`` or a subclass), a mapping with ``text`` and / or ``quotes``
    (and optionally ``date`` / ``time``), or a list of Quote (or quote mappings); anything
    else (bytes, numbers ...) raises TypeError.
    """
    if isinstance(value, str):
        text = _text(doc_id, value)
        return Document(doc_id, text, _extract(text))
    if isinstance(value, Mapping):
        text = _text(doc_id, value.get("text"))
        if "quotes" in value and value["quotes"] is not None:
            quotes = _quotes(doc_id, value["quotes"])
        else:
            quotes = _extract(text)
        given = _given_date(value)
        doc_id = doc_id or str(value.get("id", ""))
        return Document(doc_id, text, quotes, given, given is not None)
    if isinstance(value, (bytes, bytearray)) or not isinstance(value, Iterable):
        raise TypeError(
            f"document {doc_id!r}: expected a text (str), a mapping with text / quotes or a "
            f"list of quotes, not {type(value).__name__}"
        )
    return Document(doc_id, "", _quotes(doc_id, value))


def as_documents(docs: Documents) -> list[Document]:
    """Normalise the accepted inputs (mapping or iterable of pairs) into a list of Documents.

    Document ids are compared as strings: two documents whose ids read the same (``1`` and
    ``'1'``) would be one source in the output, so that raises ValueError.
    """
    if isinstance(docs, (str, bytes, bytearray)):
        raise TypeError(
            "compare expects a mapping of id -> document or (id, document) pairs, "
            f"not {type(docs).__name__}"
        )
    items = docs.items() if isinstance(docs, Mapping) else docs
    out: list[Document] = []
    seen: dict[str, object] = {}
    for item in items:
        try:
            i, d = item
        except (TypeError, ValueError):
            raise TypeError(f"compare expects (id, document) pairs, got {item!r:.60}") from None
        doc = d if isinstance(d, Document) else as_document(str(i), d)
        if doc.doc_id in seen:
            raise ValueError(
                f"two documents have the id {doc.doc_id!r} "
                f"({seen[doc.doc_id]!r} and {i!r}): ids must differ as strings"
            )
        seen[doc.doc_id] = i
        out.append(doc)
    return out


def build_claims(
    docs: Sequence[Document], speakers: SpeakerIndex, params: Params | None = None
) -> tuple[list[Claim], list[tuple[int, int]]]:
    """The claims of every quote of ``docs`` (speakers linked in ``speakers``) and where each
    comes from (document index, quote index)."""
    raw_ids = [speakers.add_document(d.quotes, d.text) for d in docs]
    speakers.link()
    claims: list[Claim] = []
    where: list[tuple[int, int]] = []
    for di, d in enumerate(docs):
        spans = [(q.start, q.end) for q in d.quotes]
        for qi, q in enumerate(d.quotes):
            exclude = [s for k, s in enumerate(spans) if k != qi]
            for m in (q.speaker, q.cue):
                if m is not None:
                    exclude.append((m.start, m.end))
            drop = {t.stem for t in tokens(quote_speaker(q) or "")}
            if q.speaker is not None:
                drop |= {t.stem for t in tokens(q.speaker.text)}
            text = d.text
            if not text or text[q.start : q.end] != q.text:
                text, start, end = q.text, 0, len(q.text)
                exclude = []
            else:
                start, end = q.start, q.end
            c = build_claim(
                di,
                qi,
                text,
                start,
                end,
                speakers.key(raw_ids[di][qi]),
                exclude,
                drop,
                (params or Params()).marked_weight,
            )
            if d.date is not None:
                c.date = d.date.toordinal()
                c.date_given = d.date_given
            claims.append(c)
            where.append((di, qi))
    return claims, where


def build_statements(
    docs: Sequence[Document],
    groups: Sequence[Sequence[int]],
    where: Sequence[tuple[int, int]],
    speaker_keys: Sequence[int | None],
    speakers: SpeakerIndex,
) -> list[Statement]:
    """Statements from clusters of claim indices: members in input order, pairs vs the first."""
    names: set[str] = set()
    for d in docs:
        for q in d.quotes:
            names |= folded_name_words(quote_speaker(q))
    out = []
    for g in groups:
        order = sorted(g, key=lambda c: (where[c][0], docs[where[c][0]].quotes[where[c][1]].start))
        members = []
        toks = []
        for c in order:
            di, qi = where[c]
            q = docs[di].quotes[qi]
            key = speaker_keys[c]
            members.append(Member(docs[di].doc_id, q, qi, None if key is None else str(key)))
            toks.append(tokens(q.text, q.start))
        first = members[0]
        pairs = []
        for k in range(1, len(members)):
            ka, kb = speaker_keys[order[0]], speaker_keys[order[k]]
            same = speakers.agree(ka, kb)
            flags = pair_flags(first.quote, members[k].quote, toks[0], toks[k], same, names)
            pairs.append(Pair(first, members[k], flags, tuple(diff_tokens(toks[0], toks[k]))))
        keys = [speaker_keys[c] for c in order if speaker_keys[c] is not None]
        main = max(set(keys), key=keys.count) if keys else None
        name = speakers.name(main) if main is not None else None
        if name is None:
            name = next((quote_speaker(m.quote) for m in members if quote_speaker(m.quote)), None)
        out.append(Statement(name, members, pairs))
    return out


def compare(docs: Documents, params: Params | None = None) -> list[Statement]:
    """Group the quotes of several documents into statements (see docs/compare.md).

    ``docs`` maps document ids to texts (quotes are extracted with ``quotecheck.extract_quotes``),
    to already-extracted documents (``{"text": ..., "quotes": [...]}``) or to lists of Quote;
    an iterable of ``(id, value)`` pairs is accepted too.  Statements come in order of first
    appearance (input order of documents, then position).
    """
    documents = as_documents(docs)
    speakers = SpeakerIndex()
    claims, where = build_claims(documents, speakers, params)
    reweight(claims, (params or Params()).batch_alpha)
    groups = cluster(claims, params=params, related=speakers.related, vague=speakers.vague)
    return build_statements(documents, groups, where, [c.speaker for c in claims], speakers)
