"""Arabic language knowledge for quotecheck: folding, lexicons and word shapes."""
