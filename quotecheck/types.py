"""Result types: a Mention (cue or speaker) and a Quote, both frozen and JSON-ready."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("direct", "mixed", "indirect")


@dataclass(frozen=True)
class Mention:
    """A stretch of the original text: a reporting cue or a speaker phrase."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Mention | None:
        if data is None:
            return None
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]))


@dataclass(frozen=True)
class Quote:
    """One quotation: content offsets (marks excluded), kind, cue, speaker and name.

    ``text == document[start:end]`` always holds.  ``stance`` is the cue lemma's
    class (neutral, assertive, doubtful, denial) or None; ``anonymous`` marks an
    unnamed source; ``headline`` marks a ``SPEAKER: statement`` headline;
    ``truncated`` marks a quote cut at the length limit (``MAX_QUOTE_CHARS`` characters of
    content, quotecheck.find.marks): its closing mark lies further on.
    """

    text: str
    start: int
    end: int
    kind: str
    cue: Mention | None = None
    speaker: Mention | None = None
    speaker_name: str | None = None
    cue_lemma: str | None = None
    stance: str | None = None
    anonymous: bool = False
    headline: bool = False
    speaker_resolved: bool = False
    truncated: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_name": self.speaker_name,
            "cue_lemma": self.cue_lemma,
            "stance": self.stance,
            "anonymous": self.anonymous,
            "headline": self.headline,
            "speaker_resolved": self.speaker_resolved,
            "truncated": self.truncated,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            kind=data["kind"],
            cue=Mention.from_dict(data.get("cue")),
            speaker=Mention.from_dict(data.get("speaker")),
            speaker_name=data.get("speaker_name"),
            cue_lemma=data.get("cue_lemma"),
            stance=data.get("stance"),
            anonymous=bool(data.get("anonymous", False)),
            headline=bool(data.get("headline", False)),
            speaker_resolved=bool(data.get("speaker_resolved", False)),
            truncated=bool(data.get("truncated", False)),
        )
