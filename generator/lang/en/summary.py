"""English words that a summary or a headline cannot open with, end with or be made of."""

from __future__ import annotations

import re

# A sentence that opens with one of these needs the sentence before it to be understood.
UNRESOLVED_OPENERS = frozenset(
    """he she it they him them his her its their this these those that such there also but however
    meanwhile moreover yet still""".split()
)
# Of them, those that point back to what was said before, not to someone named before: "That
# brought criticism", "However, the law differs" need the sentence before them; "He said the
# industry spent $3 million" is understood as what someone of the story said.
BACK_REFERENCES = UNRESOLVED_OPENERS - frozenset("he she they him them his her their".split())
SUBJECT_PRONOUNS = frozenset("he she they".split())
# Words of the writer's own voice or of one speaking to the reader ("we all hoped", "thank
# you for reading"): outside quotation marks, a line that has them is a letter or a
# statement whose marks the page lost, or the writer's opinion. "I" counts only after a word
# in lower case ("World War I" is a name).
OWN_VOICE = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself".split()
)
LEANS_ON_CONTEXT = re.compile(
    r"^\W*(?:for (?:example|instance)|in one case|in (?:an )?unrelated|and|so(?! far)|then|finally"
    r"|soon|another|instead|likewise|similarly|both|neither|the two|the same)\b"
    r"|,\s*for (?:example|instance),"
    # "The mayor, however, said ...": a contrast with what was said before
    r"|^[^,]{1,40},\s*however,"
    # "Roe added, ...", "Mr. Doe went on": more words of someone whose first ones came before
    r"|^\W*(?-i:(?:[A-Z][\w.'’-]*\s){1,3})(?:added|adds|continued|went on)\b",
    re.IGNORECASE,
)
DUMMY_SUBJECT = re.compile(
    r"^\W*it(?:'s|’s| is| was| remains| seems| seemed)\s+(?:(?:still|not|also|now|too|very|far)\s+)*"
    r"[\w-]+\s+(?:to|that|whether|when|how|why|if|who|what)\b",
    re.IGNORECASE,
)
CALL_TO_ACTION = re.compile(r"\b(click|subscribe|sign up|download|tap here|like and share)\b", re.I)
TRAILING_TIME = re.compile(
    r",?\s+(?:on|this|last|late on|early on)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
# Headline style shortens these when a line is too long to fit.
HEADLINE_ABBREVIATIONS = (
    ("Prime Minister", "PM"),
    ("United States", "US"),
    ("United Kingdom", "UK"),
    ("European Union", "EU"),
    ("United Nations", "UN"),
    ("percent", "%"),
)
TRAILING_PHRASE = re.compile(r"\s+(?:in a|as|amid|after|before|while|to|with|for)\s[^,]*$")
# Photo credits and captions, and the player notices pasted around them ("Image copyright",
# "Media playback is unsupported"): never a headline.
PHOTO_CREDIT = re.compile(
    r"^\(?(?:photo|image|picture|file photo|video|credit)s?\b|\b(?:getty images|ap photo|"
    r"shutterstock|afp photo|reuters/|image copyright|image caption|media caption|"
    r"media playback|story highlights|file photo|is shown in this|general view of|"
    r"photographer)\b|\([^()]*/[^()]*\)",
    re.IGNORECASE,
)
# Suffixes of a section label ("World news", "US news", "Business and politics").
SECTION_SUFFIXES = (" news", " and politics")
