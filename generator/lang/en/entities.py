"""The English grammar of names in text: what before or after a name says what it names."""

from __future__ import annotations

import re

from generator.lang.en.names import CONNECTOR_WORDS, ORGANISATION_NOUNS, ORGANISATION_WORDS
from generator.lang.en.titles import ROLE_TITLES, ROLE_WORDS
from generator.lang.en.verbs import ATTRIBUTION_VERBS

# A capitalised word, or initials written without spaces ("U.S.", "D.C."): both its letters
# belong to the name ("U.S. Capitol Police", not "S. Capitol Police").
_CAP_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*\.?)"
CONNECTORS = "(?:" + "|".join(sorted(CONNECTOR_WORDS)) + ")"
NAME = re.compile(
    rf"{_CAP_WORD}(?:\s+(?:{CONNECTORS}\s+){{0,2}}{_CAP_WORD}|\s+(?:al|el)-{_CAP_WORD})*"
)
# Words before a name that say it is a place: "in Hexham", "near Isabela", "outside Lagos".
PLACE_CUE = re.compile(r"\b(?:in|near|outside|across|around|throughout|from|to|toward|towards)\s*$")
ROLE_BEFORE = re.compile(
    r"\b(?P<role>(?:(?:former|acting|interim|deputy|vice|incoming|outgoing)\s+)?(?:"
    + "|".join(re.escape(t) for t in ROLE_TITLES)
    + r"))\s*,?\s*$",
    re.IGNORECASE,
)
_JOB = r"(?P<job>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
# "striker Lucas Moreira", "the bank's chief executive, Omar Haddad"
JOB_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:(?P<det>the|a|an|its|their|his|her|[A-Z][\w.&'’-]*['’]s)\s+)?{_JOB},?\s*$"
)
# "Kayla Brandt, a limnologist at ...", "Malcolm Forde, Britain's chief negotiator, ..."
APPOSITIVE = re.compile(
    r",\s+(?P<det>(?:the|a|an|its|their|his|her)\s+)?"
    r"(?P<owner>(?:[A-Z][\w.&'’ -]{0,40}?|[a-z]+)['’]s\s+)?"  # "Britain's", "the group's"
    r"(?:former\s+)?" + _JOB + r"(?=\s+(?:at|of|for|with|in|on)\b|[,.;)]|$)"
)
QUALIFIER_BEFORE = re.compile(
    r"\b(former|ex-|acting|interim|deputy|outgoing|incoming|late)\s*$", re.IGNORECASE
)
# Calendar words that end a run of capitals without being part of the name ("Tom Reyes
# Sunday", "Peru Wednesday"); months that are also first names ("Theresa May") stay.
TRAILING_CALENDAR = frozenset(
    """january february september october november december monday tuesday wednesday
    thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Words that end a role phrase read from the text: what comes before them is not part of a
# title ("though author", "one former", "accusing the president", ", through his lawyer,").
_SMALL_BREAKERS = frozenset(
    """though although however also who which whose whom including like unlike through via
    against despite among between without within off up out down back away now then once
    still even only just not never both each every all some many most several one two three
    four five where why how than so too very because unless until whereas whether""".split()
)
# A verb of being or having, a preposition of place or a verb of saying ends a role phrase:
# "were behind teacher Jane Doe", "walks past host Jane Doe", "writes biologist Jane Doe".
_VERB_AND_PLACE_BREAKERS = frozenset(
    """is are was were be been being has have had do does did will would can could should may
    might must behind past beside beyond toward towards around across along alongside near
    upon onto amid""".split()
)
ROLE_BREAKERS = _SMALL_BREAKERS | _VERB_AND_PLACE_BREAKERS | (ATTRIBUTION_VERBS - ROLE_WORDS)
# A -ing or -ed word in a role phrase is a verb or a participle ("accusing", "embattled").
VERB_FORM = re.compile(r"(?:[a-z]+-)?[a-z]{3,}(?:ing|ed)$")  # "re-hired" too
# Evidence after a name that it is a person's: an age ("Jane Doe, 45,"), a relative "who", a
# reflexive pronoun ("Jane Doe herself").
PERSON_AFTER = re.compile(r"(?:,\s*\d{1,3},|,?\s+who\b|\s+(?:himself|herself)\b)")
# Contractions ("I'll"), party-and-state labels ("D-Mont."): never a name.
NOT_A_NAME = re.compile(r"['’](?:ll|m|ve|re|d)\b|^[DRI]-[A-Z]|^I$")
THE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)
# A capitalised plural written after "the" as a body is named ("the Comets' offense", "the
# Otters (11-5)", "beat the Herons."): a team's or a band's name, which a longer name ending
# in that word ("San Jose Otters") is too. Only before a possessive, punctuation or a number:
# "the Harris campaign" and "the Williams sisters" name a family, not a body. Not "-ss", "-us",
# "-is" ("Ross", "Marcus", "Davis"): surnames, not plurals.
GROUP_AFTER_THE = re.compile(r"\bthe ([A-Z][a-z]+[^\Wsui]s)(?=['’]|\s*[,.;:!?()]|\s+\d|\s*$)")
# A sentence that opens with a singular personal pronoun refers back to a person.
PRONOUN_OPENER = re.compile(r"^[\"“‘'(]?(?:He|She)\b")
ORGANISATION_BEFORE = re.compile(
    r"(?:\bthe|\b(?:at|shares\s+in|shares\s+of)"
    r"|\b(?:" + "|".join(sorted(ORGANISATION_NOUNS)) + r")\s*,?"
    r"|\b[a-z]+\s+(?:of|for|at|with))\s*$",
    re.IGNORECASE,
)
# "Harbour Watch, a local environmental advocacy group": an appositive naming what kind
# of body the name is.
ORGANISATION_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?P<filler>(?:[\w-]+\s+){0,4})(?:"
    # Nouns shaped like a job ("publisher", "developer") may describe a person: left out.
    + "|".join(
        sorted(w for w in ORGANISATION_NOUNS | ORGANISATION_WORDS if not w.endswith(("er", "or")))
    )
    + r")\b(?!['’])",  # "the group's executive director" names a role, not a body
    re.IGNORECASE,
)
PLACE_AFTER = re.compile(r"\s+(?:province|state|region|county|district)\b")
PLACE_BEFORE = re.compile(r"\b(?:north|south|east|west|outside)\s+of\s*$", re.IGNORECASE)
# A noun of a vessel or craft, or "aboard", just before a name: "the navy ship Sea Lark",
# "aboard Sea Lark". Ships and probes bear people's names ("Queen Mary") as often as not.
CRAFT_BEFORE = re.compile(
    r"\b(?:ship|vessel|boat|yacht|submarine|frigate|destroyer|tanker|ferry|liner|trawler"
    r"|freighter|cruiser|spacecraft|rocket|probe|lander|rover|aboard)\s*$",
    re.IGNORECASE,
)
# Small words that join two names ("Britain and France", "Jane Doe of Georgia", "Kevin
# McCarthy for the House") or sit inside an organisation's name ("Bank of England").
AND_WORD = "and"
OF_WORD = "of"
FOR_WORD = "for"
THE_WORD = "the"
# "… Ted Cruz I think": the speaker's pronoun after a name, not a regnal number.
FIRST_PERSON = "I"
# "Presidents Bush", "Senators Doe and Roe": a title in the plural names more than one person.
PLURAL_ENDING = "s"
# Words before an organisation's name: "the Velvet Group", "at Alderbrook", "shares in Acme".
ORGANISATION_CUES = frozenset({"the", "at", "shares"})
# "engineers at the Harbour Authority said": a name after one of these is not the speaker.
SPEAKER_NOT_AFTER = re.compile(r"\b(?:at|in|of|from|to|by)\s*$")
# "said Jane Doe", "according to Jane Doe": a verb of speech right before a speaker's name.
SPEECH_BEFORE = frozenset({"said", "told", "according"})
