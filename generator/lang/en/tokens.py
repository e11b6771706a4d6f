"""How English words are compared: percentages, plurals."""

from __future__ import annotations

import re

# "15%", "15 percent", "15 per cent": one word.
PERCENT = re.compile(r"\bper\s?cent\b|%", re.IGNORECASE)
PERCENT_WORD = " percent"
# A plural ending cut when words are compared ("troops", "troop"), and endings that are none.
PLURAL_ENDING = "s"
NOT_PLURAL_ENDINGS = ("ss",)
# English plurals made singular, tried in order: (endings, shortest word, letters cut, ending
# added, endings that are no plural): "cities" -> "city", "inches" -> "inch", "troops" ->
# "troop"; "class", "census", "crisis" stay.
SINGULAR_RULES = (
    (("ies",), 5, 3, "y", ()),
    (("ches", "shes", "sses", "xes"), 0, 2, "", ()),
    (("s",), 4, 1, "", ("ss", "us", "is")),
)
