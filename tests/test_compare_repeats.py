"""A quote that its document repeats (a headline, then the body) is one quote: the repetition
with the thin context links as well as the one in the body.  Sentences written for these tests."""

from __future__ import annotations

from quotecheck.comparison.claims import Claim, Params, build_claim, cluster

# a headline that repeats the two quoted words, then the body that reports them in a sentence
A = (
    "خطة إنقاذ\n"
    "وصف وزير المالية الاتفاق الجديد مع المقرضين بأنه خطة إنقاذ للاقتصاد المتعثر "
    "بعد سنوات طويلة من الركود."
)
B = "قال وزير المالية إن الاتفاق الجديد مع المقرضين خطة إنقاذ للاقتصاد المتعثر بعد سنوات طويلة."


def _claims(headline_speaker: int) -> list[Claim]:
    head = A.index("خطة")
    body = A.index("خطة", head + 3)
    start = B.index("الاتفاق")
    return [
        build_claim(0, 0, A, head, head + 9, headline_speaker),
        build_claim(0, 1, A, body, body + 9, 1),
        build_claim(1, 0, B, start, len(B) - 1, 1),
    ]


def _groups(share: bool, headline_speaker: int = 1) -> list[list[int]]:
    # unrelated speakers never link here (other_speaker above 1, other_penalty 1)
    params = Params(share_repeats=share, threshold=0.5, other_speaker=1.1, other_penalty=1.0)
    return sorted(map(sorted, cluster(_claims(headline_speaker), params=params)))


def test_a_headline_repeating_a_body_quote_links_as_the_body_quote() -> None:
    assert _groups(share=False) == [[0], [1, 2]]  # the headline's context is empty
    assert _groups(share=True) == [[0, 1, 2]]


def test_the_same_words_of_another_speaker_are_not_a_repetition() -> None:
    # near miss: the same two words in the same document, given to another speaker
    assert _groups(share=True, headline_speaker=2) == [[0], [1, 2]]
