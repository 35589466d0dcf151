"""The reporting-verb tables of the lexicon (data/cues.jsonl): plain and licensed cue forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotecheck.lang.ar.cueforms import (
    CueForm,
    inflect,
    looks_participle,
    rare_inflections,
    with_clitics,
)
from quotecheck.lang.ar.datafiles import fold_all, json_lines, read_json
from quotecheck.lang.ar.normalize import fold

if TYPE_CHECKING:
    from quotecheck.lang.ar.lexicon import Lexicon

KINDS = ("perfect", "imperfect", "participle", "passive", "extra")


def load_cues(lex: Lexicon) -> dict[str, CueForm]:
    """Reporting verbs (cues.jsonl) in all their forms: sets ``cues``, ``person``,
    ``cue_entries``, ``licensed_cues`` (so far) and ``object_first``; returns the rare forms
    the morphology derives (قالا، صرّحتا، ليؤكد; see ``rare_inflections``), licensed later."""
    lex.cues = {}
    lex.person = {}  # cue form -> "m" | "f" | "p" (its subject's person)
    lex.cue_entries = json_lines("cues.jsonl")
    # cue forms a homograph shadows: cues only where the context licenses them
    lex.licensed_cues = {}
    lex.object_first = {e["lemma"] for e in lex.cue_entries if e.get("object_first")}
    rare: dict[str, CueForm] = {}
    for entry in lex.cue_entries:
        if entry.get("takes_object"):  # وصفه بأنه، اعتبرها، قاله
            for surface in entry.get("perfect", []):
                for suf in ("ه", "ها", "هم"):
                    lex.cues.setdefault(fold(surface) + suf, CueForm(
                        entry["lemma"], entry["stance"], "perfect"))
        for kind in KINDS:
            _add_forms(lex, entry, kind)
            if kind in ("perfect", "imperfect") and not entry.get("licensed"):
                for surface in entry.get(kind, []):  # (علما أن: no dual of علم)
                    for form in rare_inflections(kind, fold(surface)):
                        rare.setdefault(form, CueForm(entry["lemma"], entry["stance"], kind))
    return rare


def _add_forms(lex: Lexicon, entry: dict, kind: str) -> None:
    """The regular inflections of an entry's forms of one kind, with their persons."""
    table = lex.licensed_cues if entry.get("licensed") else lex.cues
    for surface in entry.get(kind, []):
        for form, person in inflect(kind, fold(surface)):
            if kind in ("perfect", "imperfect", "participle") and person:
                lex.person.setdefault(form, person)
            kind_name = "participle" if kind == "extra" and looks_participle(form) else kind
            table.setdefault(form, CueForm(entry["lemma"], entry["stance"], kind_name))


def load_licensed_cues(lex: Lexicon, shadowed: list[str], rare: dict[str, CueForm]) -> None:
    """The cue forms that count only in a licensing context (engine/licensed.py): the forms
    of entries marked ``licensed`` (زاد، واصل) and those a homograph shadows (particles'
    ``licensed_cues``: مضيفة the host, لافتة the sign), each also with a و/ف clitic; the
    ``shadda`` perfects (بيّن), which count only when written with their shadda; and the
    ``rare`` forms.  Sets ``licensed_lookup``, ``mark_licensed``, ``shadda_cues``,
    ``shadda_lookup`` and ``relay_licensed``."""
    for w in (w for e in lex.cue_entries for w in e.get("dropped_forms", [])):
        lex.cues.pop(fold(w), None)  # ملاحظة: mostly the noun "note", never a cue
    # an entry's own shadowed forms (مذكرة the memo, مفيدة the adjective "useful")
    shadowed = [*shadowed, *(w for e in lex.cue_entries for w in e.get("licensed_forms", []))]
    for w in shadowed:
        form = lex.cues.pop(fold(w), None)
        if form is not None:
            lex.licensed_cues[fold(w)] = form
    _load_shadda_cues(lex)
    # من شأنه أن، باعتبار أن، علما أن: words that take the complementizer after them
    particles = read_json("particles.json")
    lex.complementizer_owners = frozenset(fold_all(particles["complementizer_owners"]))
    # خاصة وأن، مع العلم وأن: before و + a complementizer they take it, no coordination
    lex.coordination_blockers = frozenset(fold_all(particles["coordination_blockers"]))
    # اختارت أن، تدرك الحكومة أنها: verbs (no cues) that take a complementizer of their own
    lex.complement_verbs = frozenset(with_clitics({
        form: None for kind, bases in particles["complement_verbs"].items()
        for base in bases for form, _ in inflect(kind, fold(base))}))
    # داعيا إلى "..."، مطالبا بأن، دعا إلى: verbs of request (no cues), with a و/ف clitic
    # too: the finite forms and the participles of request_participles_m/_f/_p
    request = [w for key in ("request_finite_verbs", "request_participles_m",
                             "request_participles_f", "request_participles_p")
               for w in particles[key]]
    lex.request_verbs = frozenset(with_clitics({w: None for w in fold_all(request)}))
    # جاء في التقرير أن، ورد في صحيفة "..." أن: documents a statement cue quotes
    lex.statement_documents = frozenset(fold_all(particles["statement_documents"]))
    # the duals and purpose forms, unless a homograph is a phrase word (نقلا عن) or a
    # not_cue, or the form is a plain cue already
    taken = set(lex.cues) | {w for p in lex.relay for w in p}
    for form, cue in rare.items():
        if form not in taken:
            lex.licensed_cues.setdefault(form, cue)
    lex.licensed_lookup = with_clitics(lex.licensed_cues)
    # واصل: licensed by a colon or a mark only (واصل التدريب إلى أن: "until")
    lex.mark_licensed = _licensed_by(lex, "mark", ("perfect", "imperfect"))
    lex.shadda_lookup = with_clitics(lex.shadda_cues)
    # علمت الإذاعة من مصادر أن: licensed by its relay preposition, then a complementizer
    lex.relay_licensed = _licensed_by(lex, "relay", ("perfect",))


def _load_shadda_cues(lex: Lexicon) -> None:
    """بيّن: the bare perfect is a homograph (بين), a cue only with its shadda; its other
    forms (بيّنت، بيّنوا) are unambiguous plain cues."""
    lex.shadda_cues = {}
    for entry in lex.cue_entries:
        for surface in entry.get("shadda", []):
            base = fold(surface)
            for form, person in inflect("perfect", base):
                lex.person.setdefault(form, person or "m")
                cue = CueForm(entry["lemma"], entry["stance"], "perfect")
                (lex.shadda_cues if form == base else lex.cues).setdefault(form, cue)


def _licensed_by(lex: Lexicon, licence: str, kinds: tuple[str, ...]) -> frozenset[str]:
    """The licensed forms (with a و/ف clitic too) of the entries whose ``licensed`` is
    ``licence``, inflected from their forms of ``kinds``."""
    return frozenset(with_clitics({
        fold(f): lex.licensed_cues[fold(f)] for e in lex.cue_entries
        if e.get("licensed") == licence for kind in kinds
        for s in e.get(kind, []) for f, _ in inflect(kind, fold(s))}))
