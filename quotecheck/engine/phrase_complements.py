"""Words a speaker phrase takes although they stop phrases elsewhere: the complement its last
word wants.  A passive participle takes its preposition with a pronoun (المظنون فيه، المجني
عليهم، المشتبه به), one of a group its demonstrative and the group's noun (أحد هذه
المصادر), an office, body or guest noun in construct its definite complement, even a medium or
event noun (ضيف البرنامج، رئيس المؤتمر، حزب المؤتمر الوطني).  ``engine.speakers._phrase_last`` and
``engine.before_cue`` ask ``complement_end``."""

from __future__ import annotations

from quotecheck.engine.phrase_stops import is_medium, speaker_word_list
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import Lexicon
from quotecheck.lang.ar.morphology import strip_conj


def complement_end(lex: Lexicon, wi: WordIndex, start: int, last: int, k: int,
                   limit: int) -> int | None:
    """The phrase's new last word when word k (right after ``last``, nothing but a space
    between) is the complement that word ``last`` wants, else None."""
    if k >= limit or wi.gap(k).strip(" "):
        return None
    head = strip_conj(wi.norms[last])
    w = wi.norms[k]
    prep = _governed(lex).get(head)
    if prep is not None and w.startswith(prep) and w[len(prep):] in speaker_word_list(
            "object_suffixes", lex):
        return k  # المظنون فيه، المجني عليهم: the participle's own preposition
    if w.startswith(lex.morph.article) and is_medium(lex, w) and _in_construct(lex, head):
        return k  # ضيف البرنامج، رئيس المؤتمر، بيان لحزب المؤتمر: the office's or body's
    if last != start:
        return None
    if head in speaker_word_list("one_of_group", lex) and w in speaker_word_list(
            "group_demonstratives", lex) and k + 1 < limit and not wi.gap(k + 1).strip(
            " ") and wi.norms[k + 1].startswith(lex.morph.article):
        return k + 1  # أحد هذه المصادر: one of these sources
    return None


def _in_construct(lex: Lexicon, head: str) -> bool:
    """Word ``head`` is an office, body or guest noun in the construct state (no article;
    after ل/ب too: لحزب), so the definite noun after it is its complement, even a medium or
    event noun (البرنامج، المؤتمر) that ends a phrase elsewhere."""
    m = lex.morph
    bare = head[1:] if head[:1] in (m.lam, m.ba) and len(head) > 3 and not (
        lex.is_title(head) or lex.is_body(head)) else head
    if bare.startswith(m.article):
        return False
    return (lex.is_title(bare) or lex.is_body(bare)
            or bare in speaker_word_list("guest_nouns", lex))


def _governed(lex: Lexicon) -> dict[str, str]:
    """Passive participle -> the preposition it governs (speaker_words.json
    governed_participles, folded: المظنون في، المجني على), memoised on the lexicon."""
    memo = lex.memo("governed_participles")
    if not memo:
        for pair in speaker_word_list("governed_participles", lex):
            participle, _, prep = pair.partition(" ")
            memo[participle] = prep
    return memo
