"""The surface forms of a reporting verb: ``CueForm`` and the regular inflections."""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.lang.ar.morphology import morphology


@dataclass(frozen=True)
class CueForm:
    """One surface form (folded, clitics removed) of a reporting verb."""

    lemma: str
    stance: str
    form: str  # perfect | imperfect | participle | passive | extra


def inflect(kind: str, base: str) -> list[tuple[str, str | None]]:
    """Regular 3rd-person inflections of a folded base form, each with its person: "m"
    (masculine singular), "f" (feminine singular), "p" (plural) or None (dual, other)."""
    if kind in ("perfect", "passive"):
        stem = base[:-1] if base.endswith("ي") else base  # defective verbs: نفى -> نفت
        return [(base, "m"), (stem + "ت", "f"), (stem + "وا", "p")]
    if kind == "imperfect":
        forms: list[tuple[str, str | None]] = [(base, "m" if base.startswith("ي") else None)]
        if base.startswith("ي"):
            forms.append(("ت" + base[1:], "f"))
        if not base.endswith("ي"):
            forms += [(base + "ون", "p"), (base + "ان", None)]
            if base.startswith("ي"):
                forms.append(("ت" + base[1:] + "ان", None))
        return forms
    if kind == "participle":
        return [(base + "ا", "m"), (base + "ه", "f"), (base + "ين", "p"), (base + "تين", None),
                (base + "ون", "p")]
    return [(base, None)]


def rare_inflections(kind: str, base: str) -> list[str]:
    """Forms of a reporting verb that news prose uses rarely and whose homographs are common,
    so they are licensed cues only (data/morphology.json): the 3rd-person duals of the
    perfect (قالا، صرحا، أكدتا; a form-I dual is also an accusative masdar: نقلا، وعدا) and
    the imperfect after the ل of purpose (ليؤكد أن، لتوضح أن).  Defective verbs (نفى) have
    none: their dual نفيا is the masdar of every sentence that denies."""
    m = morphology()
    if kind == "perfect":
        return [] if base.endswith(m.ya) else [base + suf for suf in m.dual_perfect_suffixes]
    if kind == "imperfect":
        return [m.purpose_prefix + form for form, person in inflect(kind, base)
                if person is not None]
    return []


def looks_participle(form: str) -> bool:
    """A form of the participle's shape (مـ ... ا / ه): an ``extra`` form read as a participle."""
    return form.startswith("م") and (form.endswith("ا") or form.endswith("ه"))


def with_clitics(table: dict[str, CueForm]) -> dict[str, CueForm]:
    """A cue table with each form also after the و/ف clitic (forms of 3+ letters)."""
    out = {clitic + form: cue for form, cue in table.items() if len(form) >= 3
           for clitic in ("و", "ف")}
    out.update(table)
    return out
