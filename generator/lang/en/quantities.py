"""English words around figures: what a count counts, units, events that happen once."""

from __future__ import annotations

import re

from generator.lang.en.numbers import NUMBER_WORDS

# What a count next to one of these words counts, whatever noun it has: "14 people died",
# "the death toll rose to 16" and "killing 16 passengers" all count the dead. Counts of
# casualties are the figures that outlets most often give differently.
FIGURE_EVENTS = {
    word: event
    for event, words in {
        "dead": """died dead killed killing kills death deaths toll fatalities fatality perished
            lives bodies""",
        "injured": "injured injuring injuries wounded wounding hurt hospitalised hospitalized",
        "missing": "missing unaccounted",
        "rescued": "rescued rescuing saved survivors survived",
        "evacuated": "evacuated evacuees displaced homeless",
        "arrested": "arrested arrests detained detaining",
    }.items()
    for word in words.split()
}
# What two outlets count under different words: "80,000 US troops" and "80,000 American soldiers".
THING_SYNONYMS = {
    "soldier": "troop",
    "serviceman": "troop",
    "servicemen": "troop",
    "servicemember": "troop",
    "person": "people",
    "individual": "people",
    "passenger": "passenger",
    "worker": "employee",
    "staffer": "employee",
    "dollar": "usd",
}
# Happenings that take place once in a story: two outlets that put one on different days
# disagree ("indicted Thursday" and "an indictment handed up Tuesday"). Word beginnings -> the
# happening's name. Arrests, deaths or meetings are left out: a story may hold several.
ONCE_EVENTS = {
    "indict": "indictment",
    "arraign": "arraignment",
    "convict": "conviction",
    "acquit": "acquittal",
    "sentenc": "sentencing",
    "verdict": "verdict",
    "resign": "resignation",
    "impeach": "impeachment",
    "capsiz": "capsizing",
    "derail": "derailment",
    "erupt": "eruption",
    "landfall": "landfall",
}
# Units a figure may be written in: as the noun after a number they say how it is measured, not
# what ("56 nautical miles", "15 square miles", "six weeks").
MEASURE_UNITS = frozenset(
    """mile kilometer kilometre km meter metre foot feet inch yard acre hectare pound kg
    kilogram ton tonne ounce gallon liter litre degree hour minute second day week month year
    decade century point percent""".split()
)
# Scale words after a number in digits ("2.5 billion", "$3bn") -> their value.
SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
# Word numbers; a figure only after a hedge ("some two hundred"): "two leaders" is prose.
WORD_NUMBERS = {word: value for word, value in NUMBER_WORDS.items() if value >= 2}
# Words before a figure that make it approximate or a bound ("about 4,000", "more than 12").
HEDGES = (
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "at least",
    "at most",
    "more than",
    "over",
    "less than",
    "fewer than",
    "under",
    "up to",
    "an estimated",
    "estimated",
    "close to",
)
HEDGE = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
# A number in digits as English writes it: commas between thousands, a full stop before decimals.
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A figure in digits, with its hedge, currency, scale and percent sign; in words, after a hedge.
FIGURE = re.compile(
    rf"(?:(?P<hedge>{HEDGE})\s+)?"
    rf"(?:(?P<currency>US\$|[$€£¥₹₩])\s?)?(?P<number>{NUMBER})"
    rf"(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn|[mb])\b)?"
    rf"(?P<percent>\s?%|\s(?:percent|per cent)\b)?",
    re.IGNORECASE,
)
WORD_FIGURE = re.compile(
    rf"(?:(?P<hedge>{HEDGE})\s+)?\b(?P<number>{'|'.join(WORD_NUMBERS)})\b"
    r"(?:\s+(?P<scale>hundred|thousand|million|billion|trillion)\b)?(?:\s+of)?",
    re.IGNORECASE,
)
# Whether a sentence has a number word at all (the figure patterns are slow where it has none).
NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(WORD_NUMBERS)})\b", re.IGNORECASE)
# A day of the month: a number right after or before a month ("Sept. 14", "14th of May").
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
MONTH_BEFORE = re.compile(rf"\b{MONTHS}\s+(?:\d{{1,2}}\s*(?:-|–|to|and)\s*)?$", re.IGNORECASE)
MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\b", re.IGNORECASE)
# Words after a number that are not what it counts yet ("12 of the ..."), and words that
# end the noun phrase a figure counts ("4,000 people were ...").
SKIP_AFTER = frozenset(
    """of the a an and or to in on at for from by with as than percent per cent""".split()
)
PHRASE_END = frozenset(
    """is are was were be been has have had will would could should may might can said says to
    in on at for from by with as than and or but that which who this these those its their
    his her""".split()
)
# An amount: a figure with its currency, percent sign or scale.
AMOUNT = (
    rf"(?:[$€£¥₹₩]\s?)?(?:{NUMBER})\s?(?:%|percent|per cent)?"
    r"(?:\s?(?:thousand|million|billion|trillion))?"
)
# "from 25% to 15%", "between 3 and 5 inches", "10-15%"
RANGE = re.compile(
    rf"(?:from|between)\s+{AMOUNT}\s+(?:to|and)\s+{AMOUNT}"
    rf"|(?:{NUMBER})\s?(?:-|–|to)\s?(?:{NUMBER})\s?(?:%|percent|per cent)",
    re.IGNORECASE,
)
# Number endings of ranks and decades; words before a rank ("No. 2", "the top 10").
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|s)\b")  # "the 20th film", "the '80s": no counts
RANK_BEFORE = re.compile(r"\b(?:No|no|Nos|number|Number|[Tt]op|[Rr]anked|[Rr]anks)\.?\s*$")
# "Flight 214", "Section 2", "Amendment 64": nouns after which a number names a thing.
IDENTIFIER_NOUNS = (
    "flight|section|article|amendment|chapter|title|rule|route|highway|interstate|room|suite"
    "|apartment|gate|platform|bus|model|version|episode|season|volume|page|part|clause"
    "|paragraph|act|bill|proposition|prop|measure|item|exhibit|channel|phase|resolution"
    "|district|ward|precinct|pier|terminal|runway|docket|case|form|schedule|annex|appendix"
)
IDENTIFIER_BEFORE = re.compile(rf"\b(?:{IDENTIFIER_NOUNS})\s$", re.IGNORECASE)
# "20-something", "30-odd": an age or an amount in a simile, never a figure.
SIMILE_AFTER = re.compile(r"-(?:something|odd|ish)\b", re.IGNORECASE)
# "60 years ago", "six months after the vote": a span that places something in time.
TIME_SPAN_AFTER = re.compile(
    r"[\s-](?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\s+"
    r"(?:ago|after|before|later|earlier|prior|since|from now)\b",
    re.IGNORECASE,
)
# "10 Downing Street": a number before a street's name is an address.
STREET_AFTER = re.compile(
    r"(?:\s+[A-Z][\w.’'-]*){1,3}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?"
    r"|Lane|Drive|Place|Way|Square|Court|Terrace|Parkway)\b"
)
# "in six weeks", "for three years": a length of time written in words is a quantity.
DURATION_AFTER = re.compile(r"\s+(?:days?|weeks?|months?|years?|hours?|decades?)\b", re.I)
# "14 cents": money in hundredths of the dollar (or euro, pound) named by the word.
CENTS_AFTER = re.compile(r"\s?(?:cents?|¢)\b", re.IGNORECASE)
# "nine out of 10 winners": a share, read as a percentage.
OUT_OF = re.compile(
    rf"\b(?P<part>\d+|{'|'.join(NUMBER_WORDS)})\s+(?:out\s+)?of\s+(?:every\s+)?(?P<whole>\d+)\b",
    re.IGNORECASE,
)
# Scale words after a number written in words ("two hundred", "three million").
WORD_SCALES = {"hundred": 100.0, **SCALE}
# "at 9 a.m.", "10 pm", "9:30": a time of day, not a count.
CLOCK_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d)")
# "for six months": a length of time, a quantity, though its unit is one of time.
DURATION_OPENER = "for "
AT_LEAST = frozenset({"more than", "over", "at least"})
AT_MOST = frozenset({"less than", "fewer than", "under", "at most", "up to"})
# Figures that count no thing: a year, an age without its owner, a street number ("the 3300
# block"); "years" alone is a duration, compared only as such.
NOT_THINGS = frozenset({"old", "age", "aged", "block"})
AGE_AFTER = re.compile(r"[- ]?(?:years?|yrs?)[- ]old\b", re.IGNORECASE)
# "a 32-year-old Jane Doe", "the 32-year-old former aide Jane Doe": whose age it is.
NAME_AFTER_AGE = re.compile(r"\s+(?:[a-z]+\s+){0,3}((?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+)")
# "Jane Doe, 32,", "Jane Doe (32)", "Jane Doe, aged 32", "Jane Doe, a 32-year-old": a name
# right before an age.
NAME_BEFORE_AGE = re.compile(
    r"((?:[A-Z][\w'’-]+\s){0,3}[A-Z][\w'’-]+)(?:,\s*|\s+\()"
    r"(?:(?:a|an|the)\s+|aged?\s+|who\s+(?:is|was)\s+)?$"
)
# Words that end the noun phrase a figure counts: "2,000 troops stationed", "4,000 people
# evacuated" (participles), "inches of rain" (a preposition).
PHRASE_STOP = frozenset("of in on at for from by with as to into over under per".split())
# "Jane Doe, a 32-year-old teacher": a name before an article is not whose age it is.
ARTICLES_BEFORE = (" a", " an", " the")
# Participles end the noun phrase a figure counts ("4,000 people evacuated").
PARTICIPLE_ENDINGS = ("ed", "ing")
