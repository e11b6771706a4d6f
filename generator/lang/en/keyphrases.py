"""English words that keyphrases and tags are trimmed of: titles, connectors of names."""

from __future__ import annotations

import re

# Lower-case words that may sit inside a name in a keyphrase ("Bank of England").
CONNECTORS = frozenset(
    ["of", "the", "and", "for", "de", "du", "la", "le", "van", "von", "da", "al", "bin"]
)
# A run of capitalised words, with the small words inside names.
NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|de|van|von|al|bin)\s+)?[A-Z][\w’'-]*)*")
