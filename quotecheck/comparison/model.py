"""Result types of a comparison: Member, DiffOp, Pair, Statement (JSON-ready)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quotecheck.types import Quote

FLAGS = ("wording", "negation", "number", "entity", "intensifier", "kind", "speaker")


@dataclass(frozen=True)
class Member:
    """One quote of one document inside a statement."""

    doc_id: str
    quote: Quote
    index: int = -1
    speaker_key: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "index": self.index, "quote": self.quote.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Member:
        return cls(
            doc_id=data["doc_id"],
            quote=Quote.from_dict(data["quote"]),
            index=int(data.get("index", -1)),
        )


@dataclass(frozen=True)
class DiffOp:
    """One step of a word-level alignment: ``equal``, ``insert``, ``delete`` or ``replace``.

    ``a`` and ``b`` are the words of each side (empty for insert / delete); ``a_span`` and
    ``b_span`` are character offsets into each document ((start, end); (s, s) when empty).
    """

    op: str
    a: str
    b: str
    a_span: tuple[int, int]
    b_span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "a": self.a,
            "b": self.b,
            "a_span": list(self.a_span),
            "b_span": list(self.b_span),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DiffOp:
        return cls(
            op=data["op"],
            a=data["a"],
            b=data["b"],
            a_span=tuple(data["a_span"]),  # type: ignore[arg-type]
            b_span=tuple(data["b_span"]),  # type: ignore[arg-type]
        )


@dataclass(frozen=True)
class Pair:
    """A member compared with the statement's first member: flags and word diff."""

    a: Member
    b: Member
    flags: frozenset[str]
    diff: tuple[DiffOp, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": {"doc_id": self.a.doc_id, "index": self.a.index, "quote": self.a.quote.to_dict()},
            "b": {"doc_id": self.b.doc_id, "index": self.b.index, "quote": self.b.quote.to_dict()},
            "flags": [f for f in FLAGS if f in self.flags],
            "diff": [d.to_dict() for d in self.diff],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Pair:
        return cls(
            a=Member.from_dict(data["a"]),
            b=Member.from_dict(data["b"]),
            flags=frozenset(data.get("flags", [])),
            diff=tuple(DiffOp.from_dict(d) for d in data.get("diff", [])),
        )


@dataclass(frozen=True)
class Statement:
    """One utterance or claim as carried by one or more sources."""

    speaker_name: str | None
    members: list[Member]
    pairs: list[Pair]

    @property
    def doc_ids(self) -> list[str]:
        """The documents that carry the statement, in member order, without repeats."""
        return list(dict.fromkeys(m.doc_id for m in self.members))

    @property
    def flags(self) -> frozenset[str]:
        """Every flag of every pair."""
        return frozenset(f for p in self.pairs for f in p.flags)

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker_name": self.speaker_name,
            "members": [m.to_dict() for m in self.members],
            "pairs": [p.to_dict() for p in self.pairs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        return cls(
            speaker_name=data.get("speaker_name"),
            members=[Member.from_dict(m) for m in data.get("members", [])],
            pairs=[Pair.from_dict(p) for p in data.get("pairs", [])],
        )
