"""English words that decide whether one sentence states what another says (restate.py)."""

from __future__ import annotations

import re

# Words that turn what follows them to its opposite: "will not meet", "is unlikely to meet",
# "denied meeting". A contraction's "n't" is one too.
NEGATIONS = frozenset(
    """not no never none nobody nothing neither nor without cannot unlikely hardly scarcely
    barely deny denies denied denying refuse refuses refused refusing fail fails failed
    failing""".split()
)
NEGATED_ENDING = "n't"
# Words that make what follows them a possibility, not a fact: "could be charged", "the
# chance that she would be charged" do not state "she was charged".
HEDGES = frozenset(
    """could might may perhaps maybe possibly possible possibility if whether unless""".split()
)
# Words that open another clause: a negation before one does not reach past it.
CLAUSE_BREAKS = frozenset(
    """but although though while whereas however yet because since unless until whether who
    which that when after before""".split()
)
# The words of attribution: who said a thing is checked by name, not by the verb of saying,
# which every quotation shares.
ATTRIBUTION_WORDS = frozenset(
    """said says say saying told tells tell telling added adds according wrote writes tweeted
    stated noted""".split()
)
# Words news writes for one thing, one family a line: two sentences that say "met" and "held
# talks", or "trip" and "visit", state the same thing. Only words with one sense in news are
# here ("fire" and "charge" have two).
SYNONYM_FAMILIES = (
    "meet meets met meeting summit",
    "visit trip travel travels traveled travelled",
    "kill killed killing dead death die died dies dying",
    "injure injured injury injuries wound wounded hurt",
    "arrest arrested detain detained detention",
    "resign resigned resignation quit",
    "sue sued lawsuit",
    "criticize criticized criticise criticised criticism condemn condemned denounce denounced",
    "announce announced announcement unveil unveiled",
    "propose proposed proposal",
    "investigate investigated investigation probe inquiry",
    "accuse accused accusation allege alleged allegation",
    "shoot shot shooting gunfire",
    "flee fled escape escaped",
    "increase increased rise risen",
    "approve approved approval",
    "reject rejected rejection",
)
# Words for an amount known only by its order ("hundreds of homes", "dozens of votes"): a sentence
# that says "dozens" does not state "hundreds", whatever else they share.
VAGUE_AMOUNTS = frozenset("dozens hundreds thousands millions billions".split())
# Words of saying whose object is who is told, not who says ("told reporters").
TELLING = frozenset("told tells tell telling".split())
# What a word loses to be compared: a possessive or a clitic ("Brenner's" -> "Brenner", "it's"
# -> "it", "don't" -> "do"); "can't" and "won't" are no content word at all.
CLITIC = re.compile(r"^(?:ca|wo|sha)n['’]t$|n['’]t$|['’](?:s|re|ve|ll|d|m)?$", re.IGNORECASE)
