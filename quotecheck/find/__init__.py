"""Evidence finders: words, quotation marks, cues, clauses, headlines."""
