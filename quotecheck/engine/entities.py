"""Named-entity labels the engine reads, and entity lookup by offset.

One place for the labels: the spaCy component passes the entities whose label is in
``ENTITY_LABELS``; names are read from those in ``PERSON_LABELS``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

#: Labels of a person's name (the bundled model's PERS; PER and PERSON of other models).
PERSON_LABELS = frozenset({"PERS", "PER", "PERSON"})
#: Labels of an organisation.
ORG_LABELS = frozenset({"ORG"})
#: Every label the engine uses, in the order the component has always listed them.
ENTITY_LABELS = ("PERS", "PER", "PERSON", "ORG")

# (start, end, label): character offsets of one entity.
Entity = tuple[int, int, str]


def entities_from(entities: Sequence[Entity], starts: list[int], a: int,
                  b: int) -> Iterator[Entity]:
    """The entities (sorted by start; ``starts`` their start offsets) that start in
    ``[a, b)``."""
    for k in range(bisect_left(starts, a), len(entities)):
        if entities[k][0] >= b:
            return
        yield entities[k]
