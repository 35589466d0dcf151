"""Words written on a thing: the perfect of a verb of writing right before على with a
pronoun (لافتات كتب عليها "..."، قميصا كتب عليه "..."، لافتة كُتب عليها : "..."), the
passive "on which was written", introduces a slogan or an inscription, which GUIDELINES.md
counts as no quote (slogans in marks), and names no one who spoke (round 9, fp9)."""

from __future__ import annotations

from quotecheck.engine.candidates import CueSite
from quotecheck.engine.evidence import Doc
from quotecheck.lang.ar.normalize import fold


def inscribed(d: Doc, site: CueSite) -> bool:
    """The cue is the perfect of an ``inscription_verbs`` lemma (كتب; not كتبت, "she
    wrote") and the next word, in its sentence, is one of ``inscription_prepositions``
    (عليها، عليه): what follows was written on a thing, no report."""
    wi, lex = d.wi, d.lex
    j = site.last + 1
    if site.form.form != "perfect" or fold(site.form.lemma) not in lex.inscription_verbs:
        return False
    if wi.norms[site.i] != fold(site.form.lemma) or j >= len(wi.norms) or d.breaks[j]:
        return False  # (كتبت، وكتب: a person's act, or no word after the verb)
    return wi.norms[j] in lex.inscription_prepositions
