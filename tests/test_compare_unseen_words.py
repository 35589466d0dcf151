"""Words the background corpus never saw (new names and terms) keep a first letter that may be
a clitic only when it is a common one (و، ب، ل): كورونا stays كورونا, لكورونا is ل + كورونا."""

from __future__ import annotations

from quotecheck.comparison.claims import content_keys
from quotecheck.comparison.text import strip_clitics, tokens


def test_unseen_words_keep_a_leading_fa_or_kaf() -> None:
    # a new term and an unknown name: not ك + ورونا, not ف + يرغاني
    assert strip_clitics("كورونا") == "كورونا"
    assert strip_clitics("فيرغاني") == "فيرغاني"
    # the same words after a common clitic lose it
    assert strip_clitics("لكورونا") == "كورونا"
    assert strip_clitics("وفيرغاني") == "فيرغاني"
    assert content_keys(tokens("تفشي كورونا")) == content_keys(tokens("تفشي لكورونا"))


def test_known_words_keep_their_clitic_rules() -> None:
    # near misses: known words with a clitic still lose it, known words keep their letters
    assert strip_clitics("وقال") == "قال"
    assert strip_clitics("فقال") == "قال"
    assert strip_clitics("وزير") == "وزير"
