"""Build ``style_battery.jsonl`` (dev2 format) from the marked-up ``style_battery_src.txt``.

Usage: python bench/style_battery_build.py            # writes bench/style_battery.jsonl
Score: python ../shared/eval/score.py bench/style_battery.jsonl
Errors: python bench/dev_errors.py bench/style_battery.jsonl

Markup (see the source file's header): ⟦k|quote⟧, ⟨cue⟩, ⟪speaker|head|name⟫, ¶ = "\\n\\n".
A quote takes the last cue and speaker marked before it; with ">" in its kind the first ones
after it (attribution after the quote); with "0" it has no cue.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "style_battery_src.txt"
OUT = HERE / "style_battery.jsonl"
TOKEN = re.compile(r"⟦([dmih][>0]?)\|(.*?)⟧|⟨(.*?)⟩|⟪(.*?)⟫", re.DOTALL)
KINDS = {"d": "direct", "m": "mixed", "i": "indirect", "h": "direct"}


def _mention(text: str, start: int) -> dict:
    return {"start": start, "end": start + len(text), "text": text}


def parse(doc_id: str, marked: str) -> dict:
    """One document: the plain text and its quotes with offsets."""
    marked = marked.replace("¶", "\n\n")
    text, pos = "", 0
    cues: list[dict] = []
    speakers: list[tuple[dict, str, str]] = []
    pending: list[tuple[str, dict]] = []  # quotes waiting for an attribution after them
    quotes: list[dict] = []
    for m in TOKEN.finditer(marked):
        text += marked[pos:m.start()]
        pos = m.end()
        if m.group(3) is not None:
            cues.append(_mention(m.group(3), len(text)))
            text += m.group(3)
        elif m.group(4) is not None:
            mention, head, name = m.group(4).split("|")
            speakers.append((_mention(mention, len(text)), head, name))
            text += mention
            for flag, q in pending:
                if q["cue"] is None and flag == ">":
                    q["cue"] = cues[-1]
                _set_speaker(q, speakers[-1])
            pending = []
        else:
            kind, body = m.group(1), m.group(2)
            q = {"start": len(text), "end": len(text) + len(body), "text": body,
                 "kind": KINDS[kind[0]], "cue": None, "speaker": None, "speaker_head": "",
                 "speaker_name": "", "headline": kind[0] == "h"}
            text += body
            if ">" in kind:
                pending.append((">", q))
            else:
                if kind[0] != "h" and "0" not in kind:
                    q["cue"] = cues[-1]
                _set_speaker(q, speakers[-1])
            quotes.append(q)
    text += marked[pos:]
    for q in quotes:
        assert text[q["start"]:q["end"]] == q["text"], (doc_id, q["text"])
        assert q["speaker"] is not None, (doc_id, q["text"])
        assert q["speaker_head"] in q["speaker"]["text"], (doc_id, q["speaker_head"])
    return {"id": f"style-{doc_id}", "source": "bench/style_battery_src.txt", "text": text,
            "quotes": quotes}


def _set_speaker(q: dict, speaker: tuple[dict, str, str]) -> None:
    mention, head, name = speaker
    q["speaker"], q["speaker_head"], q["speaker_name"] = dict(mention), head, name


def main() -> None:
    docs = []
    for line in SRC.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            doc_id, marked = line.split("\t", 1)
            docs.append(parse(doc_id, marked))
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {sum(len(d['quotes']) for d in docs)} quotes -> {OUT}")


if __name__ == "__main__":
    main()
