"""Cross-source comparison of quotes: which outlets carry the same statement, and how they differ.

    from quotecheck.comparison import compare
    statements = compare({"outlet-a": text_a, "outlet-b": text_b})

See docs/compare.md.
"""

from quotecheck.comparison.archive import group_archive
from quotecheck.comparison.claims import Params
from quotecheck.comparison.core import Document, as_documents, compare
from quotecheck.comparison.model import FLAGS, DiffOp, Member, Pair, Statement
from quotecheck.comparison.text import fold, stem, tokens

__all__ = [
    "FLAGS",
    "DiffOp",
    "Document",
    "Member",
    "Pair",
    "Params",
    "Statement",
    "as_documents",
    "compare",
    "fold",
    "group_archive",
    "stem",
    "tokens",
]
