"""The lexicon's function words and phrases: data/particles.json and data/phrases.jsonl."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotecheck.lang.ar.datafiles import fold_all, fold_phrases, json_lines
from quotecheck.lang.ar.morphology import morphology
from quotecheck.lang.ar.normalize import fold

if TYPE_CHECKING:
    from quotecheck.lang.ar.lexicon import Lexicon


def load_phrases(lex: Lexicon) -> None:
    """Multi-word phrases by role (phrases.jsonl): source notes after a quote, tail cues,
    statement cues and frames."""
    lex.phrases = {"post": [], "tail": [], "statement_cue": [], "statement_frame": []}
    # جاء في البيان: a statement cue (first word -> the rest, the phrase as written), its
    # statement noun after it (in نص البلاغ, after a frame word)
    lex.statement_cues = {}
    for entry in json_lines("phrases.jsonl"):
        phrase = tuple(fold(entry["phrase"]).split())
        lex.phrases[entry["role"]].append(phrase)
        if entry["role"] == "statement_cue":
            lex.statement_cues[phrase[0]] = (phrase[1:], entry["phrase"])
    lex.statement_cue_lemmas = frozenset(raw for _, raw in lex.statement_cues.values())
    lex.statement_cue_firsts = frozenset(  # (وجاء، فجاء)
        c + w for w in lex.statement_cues
        for c in ("", *morphology().conjunction_clitics))
    lex.statement_frames = frozenset(p[0] for p in lex.phrases["statement_frame"])


#: Lexicon attribute -> the particles.json list it holds, folded (a set of words).
WORD_SETS = {
    "not_after": "not_after",
    "hard_stop": "hard_stop",
    "soft_prep": "soft_preposition",
    "medium": "medium",
    "seat_words": "seat_words",  # ومقره لندن
    # المصادر نفسها، الدول جميعها: emphatic nouns with a pronoun stay in a speaker phrase
    "emphatic": "emphatic",
    # نقلا عن معلومات ...: what is relayed is no source, the verb's subject speaks
    "relay_not_sources": "relay_not_sources",
    "not_before_cue": "not_before_cue",
    "leading_adverbial": "leading_adverbial",
    # وفي سياق متصل، تحدث ...: prepositions that open a leading phrase before the verb
    "leading_prepositions": "leading_preposition",
    # وزيرة الصحة: a portfolio ending a title phrase is no surname (الرئيس الأسد is one)
    "portfolios": "portfolios",
    # تحت عنوان "..."، بشعار "...": the title of an event or a work, of any length
    "title_nouns": "title_nouns",
    # التبيني، ضيف برنامج ...: a role after a name ends the speaker phrase
    "apposed_roles": "apposed_roles",
    # وأضاف بالقول / قائلا / قوله: a word that extends the cue (نقل عنه قوله)
    "cue_tails": "cue_tails",
    # والد، والدته: و + a definite-looking rest, yet one word (not والدبيبة = و + الدبيبة)
    "conjunction_lookalikes": "conjunction_lookalikes",
    "object_nouns": "object_nouns",
    "described_as": "described_as",
    "relative_pronouns": "relative_pronouns",
}


def load_particles(lex: Lexicon, particles: dict) -> None:
    """Function words and small word classes (particles.json); drops the ``not_cues`` from
    ``lex.cues`` (its ``licensed_cues`` are read by lexicon_cues.load_licensed_cues)."""
    _load_complementizers(lex, particles)
    for attr, key in WORD_SETS.items():
        setattr(lex, attr, fold_all(particles[key]))
    lex.relay = fold_phrases(particles["relay"])
    lex.clause_end_words = fold_phrases(particles["clause_end_words"])
    lex.bullets = set(particles["bullet"])
    lex.parenthetical_cues = set(particles["parenthetical_cues"])
    for w in particles["not_cues"]:
        lex.cues.pop(fold(w), None)
    # folding drops the tanween, so it is read from the raw word: تشدداً is no subject
    lex.accusative_tanween = tuple(particles["accusative_tanween"])
    # في بيان لوزارة الداخلية، قالت إن: the issuer of the statement is the speaker
    issued = fold_phrases(particles["issued_statement"])
    lex.statement_nouns = {p[0] for p in issued if len(p) == 1}
    lex.issued_by = [p for p in issued if len(p) > 1]
    lex.statement_words = lex.statement_nouns | {p[0] for p in lex.issued_by}
    # لأن: "because" is no report's complementizer, and licenses no shadowed cue form
    # (حالة متوقعة لأن); engine/evidence.ClauseWords reads the same list
    lex.causal_complementizers = frozenset(fold_all(particles["causal_complementizers"]))


def _load_complementizers(lex: Lexicon, particles: dict) -> None:
    """إن/أن/بأن, the prefixes that attach to them, and their forms with a pronoun."""
    lex.complementizers = fold_all(particles["complementizer"])
    lex.comp_prefix = fold_all(particles["complementizer_prefix"])
    lex.pron_suffix = sorted(fold_all(particles["pronoun_suffix"]), key=len, reverse=True)
    lex.comp_forms = lex.complementizers | {
        c + suf for c in lex.complementizers for suf in lex.pron_suffix
    }
