"""English words of measures one thing of a story is given: how long it lasted or how long, high
or far it is, the year a term ends, how many times a happening struck someone (measures.py)."""

from __future__ import annotations

import re

from generator.lang.en.numbers import NUMBER_WORDS
from generator.lang.en.quantities import HEDGES

# Units of time and of length, each with its kind and its size in the kind's base unit (seconds,
# metres): a length in two units is compared converted to one. Months and years are not of one
# size, nor named things' spans often enough to be read as one ("a 10-year deal", "a two-year
# probe" are often of several deals or probes): left out, as are weights ("a 500-pound bomb")
# and yards, in the news a play's gain in a game of many ("a 12-yard touchdown pass").
_SECOND, _MINUTE, _HOUR, _DAY, _WEEK = 1.0, 60.0, 3600.0, 86400.0, 604800.0
_INCH, _FOOT, _MILE = 0.0254, 0.3048, 1609.344
UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("second", "seconds", "sec", "secs"), ("time", _SECOND)),
    **dict.fromkeys(("minute", "minutes", "min", "mins"), ("time", _MINUTE)),
    **dict.fromkeys(("hour", "hours", "hr", "hrs"), ("time", _HOUR)),
    **dict.fromkeys(("day", "days"), ("time", _DAY)),
    **dict.fromkeys(("week", "weeks"), ("time", _WEEK)),
    **dict.fromkeys(("millimetre", "millimetres", "millimeter", "millimeters", "mm"), ("length", 0.001)),
    **dict.fromkeys(("centimetre", "centimetres", "centimeter", "centimeters", "cm"), ("length", 0.01)),
    **dict.fromkeys(("metre", "metres", "meter", "meters", "m"), ("length", 1.0)),
    **dict.fromkeys(("kilometre", "kilometres", "kilometer", "kilometers", "km"), ("length", 1000.0)),
    **dict.fromkeys(("inch", "inches", "in"), ("length", _INCH)),
    **dict.fromkeys(("foot", "feet", "ft"), ("length", _FOOT)),
    **dict.fromkeys(("mile", "miles", "mi"), ("length", _MILE)),
}  # fmt: skip
# Units written only in full: a bare letter after a number ("5 m", "3 in") is as often a scale,
# a word or another unit as a length.
_ABBREVIATED = frozenset({"m", "in", "mi", "min", "sec"})
_UNIT = "|".join(sorted((u for u in UNITS if u not in _ABBREVIATED), key=len, reverse=True))
# A unit as the patterns read it: a sentence without one measures nothing (the patterns, tried
# at every word, are skipped).
UNIT_CUE = re.compile(rf"(?:{_UNIT})\b")
_NUMBER = (
    rf"\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}"
)
_HEDGE = "|".join(sorted(HEDGES, key=len, reverse=True))
# A measure: a number and its unit, and a second number and a smaller unit that add to it ("1
# hour 30 minutes", "2 hours and 15 minutes"); groups hedge, number, unit, number2, unit2.
_MEASURE = (
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<number>{_NUMBER})\s?(?P<unit>{_UNIT})\b"
    rf"(?:,?\s+(?:and\s+)?(?P<number2>{_NUMBER})\s?(?P<unit2>{_UNIT})\b)?"
)
# A length a happening covered, right after its verb ("fell 600 metres", "plunged 1,000 feet
# down the face"): the verb (measures.py checks it is in the past), and groups as _MEASURE's.
_LENGTH_UNIT = "|".join(
    sorted(
        (u for u, (kind, _) in UNITS.items() if kind == "length" and u not in _ABBREVIATED),
        key=len,
        reverse=True,
    )
)
LENGTH_MOVED = re.compile(
    rf"\b(?P<verb>[a-z]{{3,}})\s+(?:(?P<hedge>{_HEDGE})\s+)?(?<![\w.,-])(?P<number>{_NUMBER})"
    rf"\s?(?P<unit>{_LENGTH_UNIT})\b(?![-–])"
)
# A measure joined to the thing it measures, before it ("a nearly 13-hour filibuster", "the
# 1,200-foot cliff", "the 900-metre (2,953-foot) cliff": a value and its conversion in brackets
# are one value): lower case, as prose writes it (a capitalised one is a headline's or a
# name's). Groups as _MEASURE's, and thing.
MEASURE_BEFORE = re.compile(
    rf"(?<![\w.,-])(?:(?P<hedge>{_HEDGE})\s+)?(?P<number>{_NUMBER})-(?P<unit>{_UNIT})"
    r"(?:-(?:long|high|tall|deep|wide))?(?:\s?\([^()]{1,30}\))?\s+(?P<thing>[a-z]{3,})\b(?!-)"
)
# A measure written after the thing: "a filibuster of 13 hours", "the filibuster lasted 11
# hours", "the film, which runs 91 minutes", "her filibuster – 11 hours of talk". Groups as
# _MEASURE's, and thing.
MEASURE_AFTER = re.compile(
    r"\b(?P<thing>[a-z]{3,})"
    r"(?:\s+of|,?\s+(?:which|that)?\s*(?:lasted|lasting|lasts|spanned|spanning|runs|ran|running"
    r"|stretched|stretching|stretches|measured|measuring|measures)(?:\s+for)?|\s*[–—]\s*)"
    rf"\s*(?<![\w.,-]){_MEASURE}"
)
# Nouns that name a stretch of time or space itself, or a bound or total of one ("a 10-year
# period", "a 24-hour window", "a 12-year low", "a 90-minute limit"), and nouns of a measure
# ("a length of 600 metres"): no thing of the story is measured.
NO_THING = frozenset(
    """period span stretch spell window interval time times while high low record limit maximum
    minimum average total distance length height depth width radius range drive walk ride trip
    journey flight commute notice wait delay shift shifts cycle rate pace clip speed sentence
    term terms deadline moratorium ban break pause recess ceasefire truce""".split()
)
# Words before a measure, in its clause, that tell it as planned, possible or a bound of what
# the law allows, not as what was ("could face a 20-year sentence", "a planned 90-minute
# session", "is expected to last 3 hours"): another value of it is no disagreement.
UNSURE_BEFORE = re.compile(
    r"\b(?:could|would|will|may|might|can|should|must|shall|face[sd]?|facing|plan\w*|propos\w*"
    r"|schedul\w*|expect\w*|due|set\s+to|allow\w*|limit\w*|up\s+to|maximum|minimum|promis\w*"
    r"|intend\w*|aim\w*|hope\w*|want\w*|if|unless|whether)\b|n[’']t\b",
    re.IGNORECASE,
)
# The year a term, a contract or a mandate ends, told with its noun ("her term ends in 2019",
# "his contract, which expires in 2021", "before his term is up in 2018"). Groups thing, year.
END_YEAR = re.compile(
    r"\b(?P<thing>[a-z]{3,})(?:\s+as\s+[a-z]+)?,?\s+(?:(?:which|that|officially|formally|is|was"
    r"|will|would|set|due|scheduled|to)\s+){0,3}(?:end|ends|ending|expire|expires|expiring"
    r"|runs\s+out|run\s+out|is\s+up|concludes|conclude)\s+(?:in|at\s+the\s+end\s+of)\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\d)"
)
# How many times a happening struck someone: "was shot once in the leg", "stabbed three times
# in the chest". Groups verb (a verb in the past: measures.py checks), times (a word or a
# number of "times"), where (the place hit). Not "twice as many", "once again", "three times
# a day": a multiple, a repeat or a rate.
_TIMES = (
    "once|twice|thrice|"
    + rf"(?:\d{{1,2}}|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+times"
)
FREQUENCY = re.compile(
    rf"\b(?P<verb>[a-z]+)\s+(?P<times>{_TIMES})\b"
    r"(?!\s+(?:as|the|that|more|over|again|a|an|per|every|each|before|since|than|what|his|her"
    r"|their|its|this)\b)(?:\s+(?:in|on|to)\s+(?:the|his|her|their)\s+(?:(?:left|right|lower"
    r"|upper)\s+)?(?P<where>[a-z]{3,}))?"
)
# "once" -> 1: the words of how many times; more are numbers of "times" (NUMBER_WORDS). A
# sentence with none of these words, nor "times", counts no times.
TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}
TIMES_CUE = re.compile(rf"(?:{'|'.join(TIMES_WORDS)}|times)\b")
# Verbs of one wound a shot or a blow makes: a source that writes "shot once" and one that
# writes "struck twice" count one happening's hits.
HIT_VERBS = frozenset("shot struck hit wounded".split())
# A form of "be" or "get" right before the verb of a count of times, an adverb between ("was
# shot", "had been stabbed", "got hit"): a count of how often someone was struck. An active verb
# with no object between it and its count ("fired twice in the air") struck no one told.
HIT_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get|gets)\s+(?:[a-z]+ly\s+)?$")
# Possessive pronouns: the owner of a thing told without a name ("her 13-hour filibuster").
OWNER_PRONOUNS = frozenset({"his", "her", "their", "its"})
# Units whose plural is not made with "-s" ("13-foot": 13 feet).
UNIT_PLURALS = {"foot": "feet", "inch": "inches"}
