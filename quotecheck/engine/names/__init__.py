"""Naming: who each quote's speaker is, as one canonical name per person.

- ``part``: the name part of a speaker phrase (titles and their complements stripped)
- ``context``: the document, lexicon and entities the naming reads; a phrase's mention
- ``book``: the names the document gives and the fullest form of each (``NameBook``)
- ``phrase``: the name inside one speaker phrase (rules, then a PERS entity)
- ``titles``: a title-only phrase (وزير الخارجية) linked to the name that follows it elsewhere
- ``after_title``: the name set after a title at some distance (a comma, a complement, a
  descriptor), with the evidence that it is one
- ``surnames``: words the document confirms as surnames (a cue's bare subject elsewhere)
- ``earlier``: the last "title + name" phrase before a quote without a speaker
- ``current``: the named subject of a cue itself and the possessor of a statement (read by
  ``engine.cue_speaker``)
- ``display``: the name shown: an issuer of a statement, a part of a name in apposition
- ``apposed``: a name before a comma and its title after it (نجيب ميقاتي، رئيس الوزراء)
- ``anaphor``: phrases that point back (معاليه، البلاغ، words inside an earlier quotation)
- ``resolve``: one phrase to (mention, name, anonymous)

``quotecheck.engine.naming`` runs them in order over a document's candidates.
"""
