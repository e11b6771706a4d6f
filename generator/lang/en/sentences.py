"""How English sentences end: abbreviations that do or do not end one, and the words that open one."""

from __future__ import annotations

from generator.lang.en.names import ORGANISATION_WORDS
from generator.lang.en.titles import ROLE_TITLES
from generator.lang.en.verbs import SPEECH_VERBS

# Abbreviations that are always followed by more of the same sentence (a name or a number).
NEVER_FINAL = frozenset(
    """mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm sen rep gov pres supt insp det
    rev fr mt ed eds approx est dept univ assn messrs mme mlle hon amb atty brig cdr cpl
    pvt rt cllr e.g i.e cf al viz v vs""".split()
)
# Abbreviations written before a number ("No. 10", "Vol. 2") or after one ("9 ft."): they end
# the sentence when a capitalised word follows instead of a number ("said no. She left").
BEFORE_NUMBER = frozenset(
    ["no", "nos", "vol", "vols", "art", "fig", "pp", "pg", "ch", "sec", "op", "ft"]
)
# Month abbreviations: "Aug. 23" continues the sentence, "in Aug. Prices rose" ends it.
MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
# Abbreviations that usually end what comes before them: company suffixes, Jr., times, etc.
# Followed by a capitalised word, they end the sentence ("sold to Halden Ltd. About 1,100 ...").
USUALLY_FINAL = frozenset("""inc ltd corp co plc llc bros jr sr etc ag gmbh s.a""".split())
# Times of day: "at 9 a.m. Police said" ends, "at 9 a.m. Friday" and "a.m. Eastern time" go on.
CLOCK = frozenset(["a.m", "p.m"])
TIME_CONTINUATIONS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today tomorrow eastern central
    pacific mountain atlantic local gmt utc bst cet et est edt ct cst cdt pt pst pdt mt mst mdt
    ist jst aest sharp""".split()
)
# Street abbreviations: "St. Paul" goes on, "from Water St. The project" ends.
STREETS = frozenset(["st", "rd", "ave", "blvd", "ln", "sq", "hwy", "pl", "ct"])
# Place abbreviations: "the U.S. Senate" goes on, "observers from the U.K. The talks" ends.
PLACE_ABBREVIATIONS = frozenset(["u.s", "u.k", "u.n", "e.u", "u.a.e", "u.s.a", "d.c", "n.y", "l.a"])
# Words that open sentences. After a place abbreviation one of these marks a new sentence.
OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there here
    but and or so yet if when while after before as at in on for from by with without since
    however meanwhile still also then now later earlier according some many most more few
    one two three no not nothing none all both each every what who why how where which
    officials police authorities analysts critics experts residents""".split()
)
# After a place abbreviation, a capitalised word that names an institution continues the name.
NAME_CONTINUATIONS = (
    ORGANISATION_WORDS
    | {w for t in ROLE_TITLES for w in t.split()}
    | frozenset("national federal state treasury embassy military central supreme district".split())
)
SPEECH = SPEECH_VERBS | frozenset(
    ["shouted", "asked", "cried", "replied", "whispered", "laughed", "continued"]
)
# "the U.S. Food and Drug Administration": after a place abbreviation, a capitalised word
# followed by one of these goes on with a name.
NAME_JOINERS = frozenset({"and", "of", "&", "for"})
