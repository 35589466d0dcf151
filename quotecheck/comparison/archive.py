"""Grouping statements across an archive of many documents without comparing every pair.

Quotes are blocked by (speaker entity, rare content word) and by rare word bigrams (any
speaker, for the same words attributed to different speakers); only quotes that share a block
are compared, and blocks that grow too common are skipped.  The cost grows with the number of
quotes times the (bounded) block sizes, close to linear in the archive size.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from quotecheck.comparison.claims import Claim, Params, cluster, reweight
from quotecheck.comparison.core import Documents, _claims, as_documents, build_statements
from quotecheck.comparison.model import Statement
from quotecheck.comparison.speakers import SpeakerIndex

RARE_KEYS = 4  # the heaviest content words of a quote used as blocking keys
MAX_BLOCK = 40  # blocks larger than this are too common to tell statements apart


def blocking_keys(c: Claim, rare: int = RARE_KEYS) -> set[tuple[str, str]]:
    """The blocks a claim falls in: (speaker, rare word) and ("*", rare bigram)."""
    spk = str(c.speaker) if c.speaker is not None else "?"
    heavy = sorted(c.qkeys, key=lambda k: -c.qkeys[k])[:rare]
    keys = {(spk, k) for k in heavy}
    words = [t.stem for t in c.qtokens if t.stem in c.qkeys]
    for a, b in zip(words, words[1:], strict=False):
        if a != b:
            keys.add(("*", a + " " + b))
    if c.speaker is None:
        keys |= {("?", k) for k in heavy}
    return keys


def candidate_pairs(claims: list[Claim], max_block: int = MAX_BLOCK) -> list[tuple[int, int]]:
    """Pairs of claims that share at least one block of bounded size."""
    blocks: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(claims):
        for key in blocking_keys(c):
            blocks.setdefault(key, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= max_block:
            pairs.update(combinations(members, 2))
    return sorted(pairs)


def group_archive(
    docs: Documents | Iterable[tuple[str, object]],
    params: Params | None = None,
    max_block: int = MAX_BLOCK,
) -> list[Statement]:
    """Group the quotes of a large archive into statements (same inputs as ``compare``).

    Unlike ``compare`` it compares only quotes that share a speaker and a rare word, or a rare
    word pair; statements carried by one document only are returned too.
    """
    documents = as_documents(docs)  # type: ignore[arg-type]
    speakers = SpeakerIndex()
    claims, where = _claims(documents, speakers)
    p = params or Params()
    reweight(claims, p.batch_alpha)
    pairs = candidate_pairs(claims, max_block)
    groups = cluster(claims, candidates=pairs, params=p, related=speakers.related)
    return build_statements(documents, groups, where, [c.speaker for c in claims], speakers)
