"""Grouping statements across an archive of many documents without comparing every pair.

Quotes are blocked by (speaker entity, rare content word) and by rare word bigrams (any
speaker, for the same words attributed to different speakers); only quotes that share a block
are compared; inside a large block each quote meets only its nearest neighbours in input order
(documents of one story tend to be near each other in an archive's time order).  The number of
pairs, and so the cost, grows linearly with the number of quotes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import combinations

from quotecheck.comparison.claims import Claim, Params, cluster, reweight
from quotecheck.comparison.core import Documents, as_documents, build_claims, build_statements
from quotecheck.comparison.model import Statement
from quotecheck.comparison.speakers import SpeakerIndex

RARE_KEYS = 3  # the heaviest content words of a quote used as blocking keys
RARE_BIGRAMS = 2  # the heaviest word pairs of a quote used as blocking keys
WINDOW = 8  # a large block pairs each quote with this many quotes before it
MAX_BLOCK = 2000  # blocks larger than this are too common to tell statements apart
ANY_SPEAKER = "*"  # block of a rare word pair, whatever the speaker
VAGUE = "~"  # block of a rare word, whatever the speaker, for pairs with a vague speaker


def blocking_keys(
    c: Claim, rare: int = RARE_KEYS, bigrams: int = RARE_BIGRAMS
) -> set[tuple[str, str]]:
    """The blocks a claim falls in: (speaker, one of its rarest words) and ("*", one of its
    rarest word pairs, for the same words under another speaker)."""
    spk = str(c.speaker) if c.speaker is not None else "?"
    heavy = sorted(c.qkeys, key=lambda k: (-c.qkeys[k], k))[:rare]
    keys = {(spk, k) for k in heavy}
    words = [t.stem for t in c.qtokens if t.stem in c.qkeys]
    pairs = {(a, b) for a, b in zip(words, words[1:], strict=False) if a != b}
    ranked = sorted(pairs, key=lambda ab: (-(c.qkeys[ab[0]] + c.qkeys[ab[1]]), ab))
    keys |= {(ANY_SPEAKER, a + " " + b) for a, b in ranked[:bigrams]}
    return keys


def candidate_pairs(
    claims: list[Claim],
    window: int = WINDOW,
    max_block: int = MAX_BLOCK,
    max_days: int | None = None,
    vague: Callable[[int | None], bool] | None = None,
) -> list[tuple[int, int]]:
    """Pairs of claims that share a block.

    A small block gives all its pairs; a larger one (a speaker's common word) pairs each quote
    with the ``window`` quotes before it in input order only (the sorted-neighbourhood method),
    so the number of pairs stays linear in the number of quotes; blocks larger than
    ``max_block`` are dropped as uninformative.  Quotes whose documents have given dates more
    than ``max_days`` apart (default: ``Params.occasion_days``) are never paired: they report
    different occasions, so each quote meets only the news of its own week.  With ``vague``
    (``SpeakerIndex.vague``), every quote's rarest words are blocked once more whatever the
    speaker, and those blocks give only pairs with a vague speaker (مصادر، وكالة رويترز), who
    may relay anyone's words.
    """
    if max_days is None:
        max_days = Params().occasion_days
    blocks: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(claims):
        for key in blocking_keys(c):
            blocks.setdefault(key, []).append(i)
            if vague is not None and key[0] != ANY_SPEAKER:
                blocks.setdefault((VAGUE, key[1]), []).append(i)
    is_vague = [vague is not None and vague(c.speaker) for c in claims]

    def near(i: int, j: int) -> bool:
        a, b = claims[i], claims[j]
        if a.date is None or b.date is None or not (a.date_given and b.date_given):
            return True
        return abs(a.date - b.date) <= max_days

    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2 or len(members) > max_block:
            continue
        only_vague = key[0] == VAGUE
        if only_vague and not any(is_vague[i] for i in members):
            continue

        def keep(i: int, j: int, only_vague: bool = only_vague) -> bool:
            return (not only_vague or is_vague[i] or is_vague[j]) and near(i, j)

        if len(members) <= window + 1:
            pairs.update(p for p in combinations(members, 2) if keep(*p))
            continue
        for a, i in enumerate(members):
            for j in members[max(0, a - window) : a]:
                if keep(j, i):
                    pairs.add((j, i))
    return sorted(pairs)


def group_archive(
    docs: Documents | Iterable[tuple[str, object]],
    params: Params | None = None,
    window: int = WINDOW,
) -> list[Statement]:
    """Group the quotes of a large archive into statements (same inputs as ``compare``).

    Unlike ``compare`` it compares only quotes that share a speaker and a rare word, or a rare
    word pair; statements carried by one document only are returned too.
    """
    documents = as_documents(docs)  # type: ignore[arg-type]
    speakers = SpeakerIndex()
    p = params or Params()
    claims, where = build_claims(documents, speakers, p)
    reweight(claims, p.batch_alpha)
    vague = speakers.vague if p.vague_related else None
    pairs = candidate_pairs(claims, window, max_days=p.occasion_days, vague=vague)
    groups = cluster(
        claims, candidates=pairs, params=p, related=speakers.related, vague=speakers.vague
    )
    return build_statements(documents, groups, where, [c.speaker for c in claims], speakers)
