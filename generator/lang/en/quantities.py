"""English words around figures: what a count counts, units, events that happen once."""

from __future__ import annotations

import re

from generator.lang.en.calendar import CALENDAR_WORDS
from generator.lang.en.numbers import NUMBER_WORDS
from generator.lang.en.verbs import ATTRIBUTION_VERBS

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
# "the death toll from the blast stood at 40", "put the toll at 40", "a toll of 40": the count
# is the value of the noun before it, when that noun is one of AMOUNT_NOUNS.
VALUE_OF_BEFORE = re.compile(
    r"\b(?:at|of|is|was|stands|stood|reached|hit|topped)\s+$", re.IGNORECASE
)
# Nouns of an amount whose value a count after VALUE_OF_BEFORE gives ("the number of people
# killed was 40"); after any other subject "was 23" is an age or a time ("the man arrested was
# 23"), never a toll.
AMOUNT_NOUNS = frozenset("toll tolls number count tally total".split())
# What two outlets count under different words: "12,000 US troops" and "12,000 American soldiers".
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
# disagree ("charged Thursday" and "a charge sheet filed Tuesday"). Word beginnings -> the
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
# Happenings that take place once for each person ("Jane Doe died Tuesday", "Jane Doe was
# arrested Friday") though a story may hold several: compared only for one named person.
ONCE_PER_PERSON = {
    "died": "death",
    "arrest": "arrest",
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
# Scale words after a number written in words ("two hundred", "three million", "two dozen").
SCALE_WORD = r"(?:dozen|hundred|thousand|million|billion|trillion)(?![\w-])"
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
    "as many as",
    "as much as",
    "no more than",
    "upwards of",
    "in excess of",
    "no fewer than",
    "no less than",
    "perhaps",
    "something like",
    # A guess in speech is as approximate as "about": "probably 4,500 homes", "maybe 24 hours".
    "probably",
    "maybe",
    "possibly",
    # The far end of what is told: "sold for as little as 30 cents", "trimmed to as low as 8 percent".
    "as little as",
    "as few as",
    "as low as",
    "as high as",
)
HEDGE = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
# "maybe an additional 30 hours", "up to a further 300 troops": words between a hedge and its
# number that add to an amount already told; the hedge still bounds or rounds the number.
ADDED = r"(?:an\s+additional|a\s+further|an\s+extra|another|additional|further)\s+"
# A number in digits as English writes it: commas between thousands, a full stop before decimals.
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A figure in digits, with its hedge, currency, scale and percent sign; in words, after a hedge.
FIGURE = re.compile(
    rf"(?:(?P<hedge>{HEDGE})\s+(?:{ADDED})?)?"
    rf"(?:(?P<currency>US\$|[$€£¥₹₩])\s?)?(?P<number>{NUMBER})"
    rf"(?:\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn|[mb])\b)?"
    rf"(?P<percent>\s?%|\s(?:percent|per cent)\b)?",
    re.IGNORECASE,
)
# "two dozen" is 24 and "more than a dozen" 12; "dozens of" stays a word (no number before it).
# "a" is a number only before a scale ("a dozen", "a hundred").
WORD_FIGURE = re.compile(
    rf"(?:(?P<hedge>{HEDGE})\s+(?:{ADDED})?)?\b(?P<number>{'|'.join(WORD_NUMBERS)}|a(?=[\s-]+{SCALE_WORD}))\b"
    rf"(?:[\s-]+(?P<scale>{SCALE_WORD})\b)?(?:\s+of\b)?",
    re.IGNORECASE,
)
# A bare count in words ("four people", "Twelve homes"): prose to the fact box ("two leaders"),
# but a value of its slot when two sources count one thing (disagree.py). Two to ninety-nine,
# tens joined by a hyphen ("twenty-four"); not glued to another number or a hyphenated
# modifier ("two-year", "one-third", "two hundred"), and followed by a lower-case word.
BARE_WORD_COUNT = re.compile(
    rf"(?<![\w-])(?:(?P<tens>{'|'.join(w for w, v in WORD_NUMBERS.items() if 20 <= v < 100)})-)?"
    rf"(?P<number>{'|'.join(w for w, v in WORD_NUMBERS.items() if v < 100)})"
    r"(?=\s+[a-z])(?![\w-])",
    re.IGNORECASE,
)
# Whether a sentence has a number word at all (the figure patterns are slow where it has none).
NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(WORD_NUMBERS)}|dozen)\b", re.IGNORECASE)
# A day of the month: a number right after or before a month ("Sept. 14", "14th of May").
# Month names are capitalised: "Martori, 35", "junior 3" and "may 5" name no month.
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?"
    r"|AUG|SEPT?|OCT|NOV|DEC)\b\.?"
)
# "November, 4 2008" too (group `comma`: then only before a year, for "In March, 12 people
# died" counts).
MONTH_BEFORE = re.compile(rf"\b{MONTHS}(?P<comma>,)?\s+(?:\d{{1,2}}\s*(?:-|–|to|and)\s*)?$")
MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}")
# Words after a number that are not what it counts yet ("12 of the ..."), and words that
# end the noun phrase a figure counts ("4,000 people were ...").
SKIP_AFTER = frozenset(
    """of the a an and or to in on at for from by with as than percent per cent""".split()
)
# Adverbs of time and manner and the names of days and months end it too, and are never what
# a figure counts ("aged 14 and 11 respectively", "in March earmarked $40 million").
_PHRASE_END_WORDS = """is are was were be been has have had will would could should may might
    can said says to in on at for from by with as than and or but that which who this these
    those its their his her respectively each apiece ago today yesterday tomorrow now then later
    earlier alone also just only previous"""
PHRASE_END = frozenset(_PHRASE_END_WORDS.split()) | CALENDAR_WORDS
# An amount: a figure with its currency, percent sign or scale.
AMOUNT = (
    rf"(?:[$€£¥₹₩]\s?)?(?:{NUMBER})\s?(?:%|percent|per cent)?"
    r"(?:\s?(?:thousand|million|billion|trillion))?"
)
# "from 30% to 12%", "between 3 and 5 inches", "10-15%"; "between $2.65 million and more than
# $3 million" too (the high end's own hedge bounds it further).
RANGE = re.compile(
    rf"(?:from|between)\s+{AMOUNT}\s+(?:to|and)\s+(?:(?:{HEDGE})\s+)?{AMOUNT}"
    rf"|(?:{NUMBER})\s?(?:-|–|to)\s?(?:{NUMBER})\s?(?:%|percent|per cent)",
    re.IGNORECASE,
)
# Number endings of ranks and decades; words before a rank ("No. 2", "the top 10").
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|s|['’]s)\b")  # "the 20th film", "the '80s", "the 90's"
RANK_BEFORE = re.compile(r"\b(?:No|no|Nos|number|Number|[Tt]op|[Rr]anked|[Rr]anks)\.?\s*$")
# "Flight 214", "Section 2", "Amendment 64": nouns after which a number names a thing.
IDENTIFIER_NOUNS = (
    "flight|section|article|amendment|chapter|title|rule|route|highway|interstate|room|suite"
    "|apartment|gate|platform|bus|model|version|episode|season|volume|page|part|clause"
    "|paragraph|act|bill|proposition|prop|measure|item|exhibit|channel|phase|resolution"
    "|district|ward|precinct|pier|terminal|runway|docket|case|form|schedule|annex|appendix"
    # labels of a place in a list, a scale or a contest: "table 4", "Group 3", "HPV type 68",
    # "stage 4", "Category 5", "Game 7", "option (2)", "positions 47 and 48", "floor 3"
    "|table|figure|fig|figs|group|type|level|grade|stage|category|tier|round|game|row|seat|option"
    "|question|step|unit|lot|floor|zone|lane|track|jersey|position|positions"
)
# "p. 3", "pp. 12", "# 149", "No 5": a page or a number sign.
# "Press 2 to ...", "or dial 3": a key of a phone menu (not "told the press 2 days later").
# "(refs 13, 19)": the numbers of works a paper cites.
# "the Yes on 12 campaign", "No on 5 ads": the side a campaign takes on a numbered measure
# (capitalised as a name: "voted no on 12 bills" counts bills).
IDENTIFIER_BEFORE = re.compile(
    rf"(?:\b(?:{IDENTIFIER_NOUNS})\s|\b(?:p|pp|pg)\.\s?|#\s?|(?-i:\b(?:Yes|No|YES|NO)\s+on\s)"
    r"|(?:^|[\"“(,;:]\s?|\b(?:to|or|and|then)\s)(?:press|dial)\s"
    r"|\brefs?\.?\s(?:\d{1,3}\s?[,–-]\s?)*)$",
    re.IGNORECASE,
)
# "20-something", "30-odd": an age or an amount in a simile, never a figure.
# "the 800-pound gorilla" is an idiom, "5-foot-7" a height in feet and inches.
# "a 24-hour-a-day job", "a seven-day-a-week habit": how much of the time, no length of it.
# "the 60-day injured list": the name of a list of a team's players.
SIMILE_AFTER = re.compile(
    r"-(?:something|odd|ish)\b|-pound gorilla\b|-(?:foot|feet)-\d"
    r"|[\s-](?:hours?|days?)-an?-(?:day|week)\b|-day\s+(?:disabled|injured|inactive)\s+list\b"
    # "6 feet 5 inches", "the 6-foot 7-inch center": a height in two units, which neither
    # number states alone
    r"|[\s-](?:foot|feet)[\s-]+\d{1,2}[\s-]+inch"
    # "a 4-star general": a rank
    r"|-star\s+(?:general|admiral|rank|officer)\b",
    re.IGNORECASE,
)
# "she writes like a 19-year-old", "in the style of a 12-year-old", "it's like having your
# 80-year-old uncle move in": an age in a simile (someone's, any reader's, no one's).
SIMILE_BEFORE = re.compile(
    r"\b(?:like|style of)\s+(?:[a-z]+ing\s+)?(?:an?|your|some(?:one['’]s)?)\s$", re.IGNORECASE
)
# After a bare noun, its verb: a participle in -ed ("200 people arrested"), one in -ed or -en
# after an auxiliary ("200 people have been arrested", "have now been arrested", "were
# taken"), or any verb form after a relative pronoun and an auxiliary ("400 people who were sheltering"). A participle followed by
# a number, or "by" and a number, is another figure's. The verb is the match's last group.
# Regular participles, and -en ones only after an auxiliary ("often", "seven" are no verbs): an
# irregular verb is missed, never misread.
EVENT_AFTER = re.compile(
    r"\s+(?:(?:(?:have|has|had)\s+(?:(?:now|already|since|also)\s+)?been|were|was|are|is|been)"
    r"\s+([a-z]{3,}(?:ed|en))"
    r"|([a-z]{3,}ed))\b(?!\s+(?:by\s+)?\d)"
    r"|\s+(?:who|that)\s+(?:(?:have|has|had)\s+been|were|are|was|is)\s+([a-z]{3,}(?:ed|en|ing))\b"
)
# "five members of a crew were rescued": the group a counted noun belongs to, after it; the
# verb after that group is the counted noun's (up to three words: "of the same crew").
OF_GROUP_AFTER = re.compile(r"\s+of\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+(?=\s+(?:were|was|who|that)\b)")
# "Seven of the council's 12 members voted": a whole named after a part, whose verb is the
# part's.
WHOLE_BEFORE = re.compile(r"\bof\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# Right before a figure, its verb in the past ("killed 40", "scored 23 points", "rushed for 90
# yards"); not an adjective after an article ("an estimated 40"). Before "for", a span of time
# is how long the verb lasted ("required for two decades"), which says not what it counts:
# claims.py reads the "for" (group 2) only before another unit.
EVENT_BEFORE = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<![\w-])([a-z]{3,}ed)\s+(for\s+)?$")
# "sentenced to 25 years", "jailed for up to six months", "banned for three years": a span
# after a verb of a penalty is the penalty, a figure that says what it is with its verb.
TERM_BEFORE = re.compile(
    r"\b(sentenced|jailed|imprisoned|banned|suspended|barred)\s+(?:to|for)\s+"
    r"(?:(?:up\s+to|nearly|almost|about|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)
# "60 years ago", "six months after the vote": a span that places something in time.
# "the biggest fight in nearly two decades", "the lowest turnout in 40 years", "in the last 10
# years we have been busier than ever": the span a superlative is measured over, no quantity of
# the story (the first of something "in 40 years" is a figure: the span since the last one).
SUPERLATIVE = (
    r"\b(?:the|its|his|her|their|our|my|your)\s+(?:[\w-]+\s+)?"
    r"(?:(?!(?:r|w|t|cont|prot|inter|requ|arr|for|gu|qu|ch|n|p|v|sugg|hon|mod|dig|harv)est\b)"
    r"[a-z-]+est|most|least|worst|best)\b"
)
SPAN_WORDS = r"(?:years?|decades?|months?|weeks?|centuries)\b"
SUPERLATIVE_SPAN_BEFORE = re.compile(
    SUPERLATIVE + r"[^,;:.!?]{0,80}?\b(?:in|over|for)\s+(?:the\s+(?:last|past)\s+)?"
    r"(?:(?:more than|nearly|almost|about|over|at least|some)\s+)?$",
    re.IGNORECASE,
)
SPAN_BEFORE_SUPERLATIVE = re.compile(
    r"\s+" + SPAN_WORDS + r"[^,;:.!?]{0,60}?" + SUPERLATIVE, re.IGNORECASE
)
SPAN_OPENS_BEFORE = re.compile(r"\b(?:in|over)\s+the\s+(?:last|past)\s+$", re.IGNORECASE)
SPAN_AFTER = re.compile(r"\s+" + SPAN_WORDS, re.IGNORECASE)
# "ten thousand winters ago", "three generations ago": years counted in seasons or lifetimes.
# "more than five weeks away", "six weeks and a day after the launch" place it too.
TIME_SPAN_AFTER = re.compile(
    r"[\s-](?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries"
    r"|summers?|winters?|generations?)"
    r"(?:\s+and\s+(?:a|an|one|\d+)\s+(?:half|years?|months?|weeks?|days?|hours?|minutes?))?"
    r"\s+(?:ago|after|before|later|earlier|prior|since|from now|away)\b",
    re.IGNORECASE,
)
# "the first four years of his lease", "the last two weeks of 2019": a part of a time that
# places what it tells in time (a quarter, a term's start), no length of anything.
# "its first 50 days", "in her first three years": a term's first days, with "of" or not.
PERIOD_OF_BEFORE = re.compile(
    r"\b(?:the|their|his|her|its|our|my|your)\s+"
    r"(?:(?P<first>first|opening|initial)|last|final|past|next|closing)\s+$",
    re.IGNORECASE,
)
PERIOD_OF_AFTER = re.compile(
    r"[\s-](?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+of\b", re.IGNORECASE
)
# "Suppose that Doe carries 31 counties", "For one, imagine 500 people inside": the imperative
# opening a sentence or a clause puts a case to the reader, what follows it is not what is.
# Not a verb inside a clause ("hard to imagine, but ...", "could not imagine how"), nor
# "Imagine Dragons" (a name: a capital after it).
SUPPOSE_BEFORE = re.compile(
    r"(?:^|[,;:—]\s*|--\s*)(?:(?i:and|but|so|now|just|or)\s+)?"
    r"(?:[Ss]uppose|[Ss]upposing|[Ii]magine)\s+(?![A-Z])"
)
# Words that end a verb's phrase, not a noun's: the words before a figure that end with one
# ("came out with 27 percent", "slid by that margin down to 39 percent", "hovering near 70%")
# say what was done, not what the figure counts.
PARTICLES = frozenset("out down up off near away back".split())
# Before a bare verb ("hopes to win 61 percent", "would shave less than 2 percent", "is
# expected to balloon to 80 million"): the words before the figure are what is done to it.
INFINITIVE_BEFORE = re.compile(
    r"\b(?:to|will|would|could|should|can|may|might|must|shall|do|does|did)\s+$", re.IGNORECASE
)
# "has shrunk by 40,000", "have risen by 9 percent": a verb of change after an auxiliary,
# then "by" and the figure: the figure is by how much.
AUXILIARY_BEFORE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|be|been|being)\s+$", re.IGNORECASE
)
# "has slipped to 38 percent" likewise: to what, not what.
CHANGE_BY = re.compile(r"\s+(?:by|to)\s*$", re.IGNORECASE)
# "sales climbed from $410 million", "a steep climb from the 3 percent": a change from the
# figure, which is where it started, not the change.
CHANGE_FROM = re.compile(r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)
# Verbs of change ("the toll rose to 31", "cut its rate 5.25% to 5%"): also what disagree.py
# reads as a value told as a change.
CHANGE_VERBS = frozenset(
    """rose risen rises rising climbed climbs grew grown jumped increased swelled fell fallen
    dropped declined raised lowered cut""".split()
)
# The same changes named as nouns ("a climb from 3 percent").
CHANGE_WORDS = CHANGE_VERBS | frozenset(
    """rise increase increases decrease decreases decline declines drop drops fall falls
    jump jumps gain gains growth climb surge dip slide plunge""".split()
)
# "could cost $500 million", "agreed to pay $5 million", "will receive $20 million": a verb
# of money names the slot an amount of money fills, what it is; not what was done to it.
MONEY_VERBS = frozenset(
    """cost costs pay pays paid spend spends spent save saves saved raise raises raised receive
    receives received earn earns earned lose loses lost fine fines fined award awards awarded
    owe owes owed donate donates donated""".split()
)
# "The death toll has risen to 45": the subject before the auxiliary is what reached the
# figure; its verb and "to" say only that it changed.
SUBJECT_BEFORE_CHANGE = re.compile(
    r"\s+(?:has|have|had|is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+\s+to\s+$"
)
# "Backing for the levy has slipped to 31 percent": a noun after a preposition is no subject.
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|at|for|from|by|with|as|into|over|under|about|against|among)\s+"
    r"(?:(?:the|a|an|its|their|his|her|our|this|that)\s+)?$",
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
# Lower-case only: "50 Cent" is a name.
CENTS_AFTER = re.compile(r"\s?(?:cents?|¢)(?!\w)")
# "seven out of 10 voters": a share, read as a percentage; "9 out 10" too, a slip of the pen
# for it (read as two numbers, the 10 would count the winners).
# "one in 20 homes" too (group `one`: "killed 5 in 10 attacks" is no share), but not "one in
# 2015" nor "one in 24 hours".
OUT_OF = re.compile(
    rf"\b(?:(?P<part>\d+|{'|'.join(NUMBER_WORDS)})\s+(?:(?P<out>out)(?:\s+of)?|of)"
    rf"|(?P<one>one|1)\s+in)\s+"
    rf"(?P<every>every\s+)?(?P<whole>{NUMBER})\b",
    re.IGNORECASE,
)
# "won 14 of its next 19 games", "12 of the 20 people": a part of a whole that a determiner,
# a possessive or a qualifier sets apart ("7 of 10 voters", with none, is a share: OUT_OF). The
# part counts only within that whole: shown alone, "18 games" would read as all of them.
PART_OF_WHOLE = re.compile(
    rf"(?<![\w.,])(?P<part>{NUMBER}|{'|'.join(NUMBER_WORDS)})\s+of\s+"
    r"(?P<det>(?:(?:the|its|their|his|her|our|your|these|those|[\w’'.-]+['’]s?)\s+){1,2}"
    r"(?:[a-z][\w-]*\s+){0,2})"
    rf"(?P<whole>{NUMBER})\b",
    re.IGNORECASE,
)
# "2.5 doctors per 1,000 people", "one bed for every 300 residents": the number after the rate
# word is the base of a rate, no count of anything; the rate is written per it.
RATE_BASE_BEFORE = re.compile(r"\b(?:per|for\s+every|for\s+each)\s+$", re.IGNORECASE)
# The words after a figure up to the base of the rate it is written per: "2.5 doctors per
# 1,000 people" (groups: the words, the rate word, the base, its scale).
RATE_BASE_AFTER = re.compile(
    r"((?:\s+[A-Za-z][\w’'-]*){0,3}?)\s+(per|for\s+every|for\s+each)\s+"
    r"(\d{1,3}(?:,\d{3})+|\d+)(\s+(?:thousand|million|billion))?\b"
)
# Words that end what the base of a rate counts: "per 100,000 residents last year" is per
# resident; the year is when.
RATE_BASE_ENDS = frozenset("last next this that each every".split())
# "58 wins, including 51 by knockout", "among them 12 children": a count of a part of what the
# sentence counted before it; it is never the same fact as the whole, nor a rival value of it.
SUBSET_BEFORE = re.compile(
    r"(?:\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which"
    r"|of\s+them)\s+)(?:(?:some|about|nearly|almost|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# "if 500 people had been inside", "unless 60 senators vote": a figure in a condition states
# what would be, not what is; it is kept, labelled, and never one fact with what is. A
# sentence that opens with the condition ("If the dam breaks, 500 people could die") puts all
# its figures in it.
# "determine if their plans harm any of the 1,318 species" asks whether: no condition. A
# condition opens its clause, after a comma, a conjunction or "that".
CONDITION_BEFORE = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:and|but|or|even|only|that|so|then)\s+)(?:if|unless)\b"
    # "would stand if she could win 12 percent": "if", its subject and a modal
    r"|\bif\s+(?:[\w’']+\s+){1,2}(?:could|would|can|should|might|were)\b"
    # an assumption is a condition too: "we assume that it earns 25%", "assuming 3% growth"
    r"|\b(?:we|i|you|they|analysts?)\s+(?:\w+\s+)?assume\b|\bassuming\b",
    re.IGNORECASE,
)
# "In that scenario, ...", "In the worst case, ...", "Under such a scenario, ...": a supposed
# case opening the sentence is a condition too (what follows says what would be only with a
# modal: "In that case, the jury awarded ..." tells a trial).
CONDITION_OPENS = re.compile(
    r"^\W*(?:if|unless|even\s+if"
    r"|(?:in|under)\s+(?:that|this|such\s+an?|either|each|the|a)\s+(?:[\w-]+\s+)?"
    r"(?:scenario|case|event)\s*,)",
    re.IGNORECASE,
)
# "Don't take out a loan you will pay off for 30 years": advice says what not to do; its
# numbers are of no happening.
ADVICE_OPENS = re.compile(r"^\W{0,2}(?:don['’]t|do\s+not)\s", re.IGNORECASE)
# What the rest of a sentence opening with a condition says when it says what would be.
CONDITION_MODAL = re.compile(r"\b(?:would|could|might|should|will|may|can)\b|['’]d\b", re.I)
# A year that places a happening in the figure's clause: "the 2004 tsunami", "in 2004" (not
# "since 2004", a baseline); after the figure only "in 2004" right after what it counts.
HAPPENING_YEAR = re.compile(
    r"\b(?:in|the|during)\s+(1[89]\d\d|20\d\d)(?![\w,.]\d|\s?%)", re.IGNORECASE
)
HAPPENING_YEAR_AFTER = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,3}?in\s+(1[89]\d\d|20\d\d)\b(?![\w,.]\d|\s?%)", re.IGNORECASE
)
# What follows the whole of a share written with "in" when it is no share: a unit of time or
# measure ("one in 24 hours").
NOT_SHARE_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(MEASURE_UNITS))}|hr|min|sec|mins|secs)(?:e?s)?\b", re.IGNORECASE
)
# Scale words after a number written in words ("two hundred", "three million").
WORD_SCALES = {"dozen": 12.0, "hundred": 100.0, **SCALE}
# Number words a figure may open with: "a" only before a scale word ("more than a dozen"), and
# a figure only after a hedge ("a hundred times" is a manner of speaking).
WORD_FIGURE_NUMBERS = {**WORD_NUMBERS, "a": 1}
ARTICLE_NUMBERS = frozenset({"a"})
# "at 9 a.m.", "10 pm", "9:30": a time of day, not a count.
# "1720 GMT", "at 0900 local time": a time on the 24-hour clock.
CLOCK_AFTER = re.compile(
    r"\s*(?:[ap]\.\s?m\.?|am\b|pm\b|:\d|o['’]clock\b"
    r"|(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|local time|hours? local)\b)"
)
# "for six months": a length of time, a quantity, though its unit is one of time.
DURATION_OPENER = "for "
AT_LEAST = frozenset(
    {"more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than"}
    | {"as little as", "as few as", "as low as"}
)
AT_MOST = frozenset(
    {"less than", "fewer than", "under", "at most", "up to", "as many as", "as much as"}
    | {"no more than", "as high as"}
)
# Figures that count no thing: a year, an age without its owner, a street number ("the 3300
# block"); "years" alone is a duration, compared only as such.
# "a total of 12": what the sentence counted before, not totals.
# "100 grand": a thousand dollars in speech, no count of anything called a grand.
NOT_THINGS = frozenset({"old", "age", "aged", "block", "total", "grand"})
# Nouns of a quantity's size or change, beside QUANTITY_NOUNS ("number", "total"): a label of
# such nouns and its verb ("the number rose to 163"), or of one and words that place it in a
# series ("47% in the latest count"), says nothing of what is counted. Not "toll" (of the
# dead) nor "share" ("1,000 shares" are shares).
QUANTITY_NAMES = frozenset("value figure level increase decrease rise drop".split())
# Adjectives that place a count in a series or in time: "the latest count", "a final tally".
SERIES_WORDS = frozenset(
    "latest new final first last current previous official overall early preliminary".split()
)
AGE_AFTER = re.compile(r"[- ]?(?:years?|yrs?)[- ]old\b", re.IGNORECASE)
# "a 32-year-old Jane Doe", "the 32-year-old former aide Jane Doe": whose age it is.
# Group `next`: the word after the name (claims.py: a noun there makes the capitalised words its
# qualifier, "a 90-year-old Texas woman", "a 24-year-old Coast Guard officer").
NAME_AFTER_AGE = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}((?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+)(?![\w'’-])"
    r"(?:\s+(?P<next>[a-z]+)\b)?"
)
# "Jane Doe, 32,", "Jane Doe (32)", "Jane Doe, aged 32", "Jane Doe, a 32-year-old", "Jane
# Doe, now 32,": a name right before an age.
# "Cesar Doe Jr., 56,": a suffix after the name is part of it.
NAME_BEFORE_AGE = re.compile(
    r"((?:[A-Z][\w'’-]+\s){0,3}[A-Z][\w'’-]+(?:,?\s(?:Jr|Sr)\.|\s(?:II|III|IV))?)(?:,\s*|\s+\()"
    r"(?:(?:a|an|the)\s+|aged?\s+|who\s+(?:is|was)\s+|now\s+|then\s+)?$"
)
# Words that end the noun phrase a figure counts: "2,000 troops stationed", "4,000 people
# evacuated" (participles), "inches of rain" (a preposition).
PHRASE_STOP = frozenset("of in on at for from by with as to into over under per".split())
# Verbs in -s that, after the counted noun, end its phrase: "a 47-page indictment says" counts
# pages of an indictment, no "say". Some are nouns too ("12 claims"): only after a noun.
VERBS_AFTER_NOUN = frozenset(
    """says alleges claims shows finds states notes adds accuses seeks lists describes details
    reveals argues warns suggests estimates calls charges goes comes means remains makes takes
    gets includes requires applies""".split()
)
# "Jane Doe, a 32-year-old teacher": a name before an article is not whose age it is.
ARTICLES_BEFORE = (" a", " an", " the")
# Participles end the noun phrase a figure counts ("4,000 people evacuated").
PARTICIPLE_ENDINGS = ("ed", "ing")
# Letters written right after digits that are the figure's unit or scale ("5,250ft", "24km",
# "$17.5bn"), an ordinal or decade ending ("20th", "80s") or a time ("9am"). Other letters glued
# to a number make a name or a code ("8chan", "49ers", "4NBC", "5G"), never a quantity.
# Case counts: "5g" is grams, "5G" a network.
GLUED_UNITS = frozenset(
    """k K m M b B bn Bn BN mn tn km cm mm nm ft in yd mi kg g mg lb lbs oz t mph kph kmh ml l
    GB MB TB KB MW GW kW KW kWh MWh Hz GHz MHz h hr hrs min mins sec secs s st nd rd th am pm
    AM PM""".split()
)
# Of those, the units of measure, as the noun a figure written in full is read to measure
# ("200ft" and "200 feet"; "5km" and "5 kilometres").
GLUED_MEASURES = {
    "ft": "feet",
    "km": "kilometre",
    "cm": "centimetre",
    "mm": "millimetre",
    "mi": "mile",
    "yd": "yard",
    "kg": "kilogram",
    "lb": "pound",
    "lbs": "pound",
    "oz": "ounce",
}
# "20 or so people", "two dozen or so": a hedge written after the number.
HEDGE_AFTER = re.compile(r"\s+(?P<hedge>or (?:so|more|less|fewer))\b", re.IGNORECASE)
# "five years or less", "10 days or more": the hedge after the noun the number counts.
HEDGE_AFTER_NOUN = re.compile(r"\s+[a-z]+\s+(?P<hedge>or (?:more|less|fewer))\b")
# What a hedge written after the number says, as a hedge written before it ("60 or more": at
# least 60).
HEDGES_AFTER = {
    "or more": "at least",
    "or less": "at most",
    "or fewer": "at most",
    "or so": "about",  # shown before the number, "or so 40" would read as nothing
}
# "up to a 6.25% stake", "nearly a $2 billion cut": a hedge, an article, then a share or an
# amount. Not the hedges that are prepositions too ("talked about a 5% raise", "a row over a
# $5 million contract").
HEDGE_ARTICLE_BEFORE = re.compile(
    r"(?:^|[^\w])(?P<hedge>up to|nearly|almost|more than|less than|roughly|approximately"
    r"|as much as|at least|close to)\s+an?\s+$",
    re.IGNORECASE,
)
# "60-plus votes", "$70,000-plus", "90-plus percent": a lower bound.
PLUS_AFTER = re.compile(r"-?plus\b|\+(?![\d+])", re.IGNORECASE)  # "a 12+ hour flight" too
PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
# "by the time she was 17", "when he turned 40": an age, of whom the clause says.
# Its subject is a person: a pronoun or a name ("When the count was 40" counts).
AGE_CLAUSE_BEFORE = re.compile(
    r"\b(?:[Ww]hen|[Bb]y the time|[Uu]ntil|[Ss]ince|[Bb]efore|[Aa]fter)\s+"
    r"(?:he|she|I|we|they|you|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:was|were|is|turned|turns|reached)\s+$"
)
# "424 BC", "79 AD", "360 B.C.": a year of an era (upper case: "an ad" is an advertisement).
ERA_AFTER = re.compile(r"\s?(?:B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)(?![A-Za-z])")
# A year before 1800 written after a preposition and closing its phrase: "in the spring of 1694,",
# "In 1294, ...". Later years are never figures anyway; counts this large are written "1,677".
OLD_YEAR = re.compile(r"1[0-7]\d\d")
YEAR_BEFORE = re.compile(
    r"\b(?:in|of|since|from|until|till|by|circa|c\.|around|before|after|between|and)\s$",
    re.IGNORECASE,
)
# Numbers people dial in an emergency ("called 911", "a 911 call", "the 999 operator").
EMERGENCY_NUMBERS = frozenset({"911", "999"})
# "12 people familiar with the talks", "more than a dozen officials who asked that their names
# be kept out": how many sources a report has, not a quantity of its story.
SOURCES_AFTER = re.compile(
    r"\s+(?:(?:current|former|senior|administration|government|campaign|white house|u\.s\.|other|"
    r"and|more)\s+){0,4}(?:people|persons|officials|sources|aides|advisers|advisors|staffers|"
    r"diplomats|lawmakers|participants|insiders)\s+(?:familiar with (?:the |his |her |their )"
    r"(?:matter|case|deal|agreement|talks|negotiations|discussions|deliberations|decision|"
    r"episode|situation|investigation|inquiry|probe|plans?|thinking|process|conversations?|"
    r"meetings?)|with (?:direct |first-hand |firsthand )?knowledge of|close to the|briefed on"
    r"|who (?:spoke|asked|requested|were not authori[sz]ed|declined to be named)"
    r"|speaking on (?:the )?condition)\b",
    re.IGNORECASE,
)
# "100 percent wrong", "I'm 100% sure", "there is 100 percent no risk", "you can't have 100
# percent safety": a percentage as an intensifier, no share of anything.
INTENSIFIER_PERCENTS = frozenset({100.0, 110.0, 1000.0})
INTENSIFIED_AFTER = re.compile(
    r"\s+(?:not|sure|certain|right|wrong|correct|incorrect|true|false|behind|committed|"
    r"confident|convinced|honest|clear|positive|serious|safe|guilty|innocent|responsible|"
    r"accurate|agree|disagree|supportive|done|ready|fine|healthy|healed|recovered|focused|"
    r"on board|in favou?r|against|accountable|legal|illegal|legit|support|supports|"
    r"back|backs|believe|trust|stand|stands|no|safety|security|privacy|certainty)\b|[\"”’']",
    re.IGNORECASE,
)
# "between 6 and 27 percent", "3 to 5 million": the first end of a range written with the unit
# or scale of the second.
RANGE_TAIL = re.compile(
    rf"\s?(?P<joint>to|or|and)\s?(?:{NUMBER})"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?P<percent>\s?%|\s(?:percent|per cent)\b)?",
    re.IGNORECASE,
)
# A bare one-letter scale ("3m") is a million only before what it counts ("3m people"): else it
# may be metres ("2,400m above sea level").
LETTER_SCALE_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?:people|[a-z]+s)\b")
# Function words that open a clause or a sentence: written capitalised right after a number,
# they show the number ends what came before ("... approach. 24 As Lindqvist suggested": a
# footnote marker left by a copied page), never a count of what follows.
CLAUSE_OPENERS = frozenset(
    """a an the as in on at this that these those it he she they we i you but and or if when
    while where since after before for from with by to of our his her their its there here
    however although though instead meanwhile still yet so because unless until whether
    whereas besides""".split()
)
# "twenty-five", "three hundred and forty million", "three-and-a-half": a number in words that
# goes on; read as its first word it would be wrong ("three hundred" for 340 million), so it is
# left out.
_NUMBER_WORDS = "|".join(NUMBER_WORDS)
# "three-quarters of", "two thirds": a fraction, not a count of anything.
FRACTION_WORD = r"(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
# "one-half of 1 percent", "a third of a percent": the number is a fraction's whole, not the
# quantity the sentence gives.
FRACTION_OF_BEFORE = re.compile(
    rf"\b(?:half|{FRACTION_WORD}|hundredths?)\s+of\s+(?:an?\s+|one\s+)?$", re.IGNORECASE
)
COMPOUND_AFTER = re.compile(
    rf"(?:\s*-\s*|\s+)(?:and[\s-]+)?(?:{_NUMBER_WORDS}|a[\s-]+half|{SCALE_WORD}|{FRACTION_WORD})\b",
    re.IGNORECASE,
)
COMPOUND_BEFORE = re.compile(
    rf"\b(?:{_NUMBER_WORDS}|{SCALE_WORD})(?:\s+and\s+|\s*-\s*)$", re.IGNORECASE
)
# "close to two percent": a number in words with a percent word after it.
WORD_PERCENT_AFTER = re.compile(r"\s+(?:percent|per cent)\b", re.IGNORECASE)
# Words a name may go on with after a number ("30 Rock is back", "66 Perry for"): a verb or a
# preposition, where a qualifier goes on with the noun it qualifies ("2,000 American troops").
NAME_FOLLOWERS = frozenset(
    "is are was were has have had will would can could for in on at to with from by".split()
)
# Plurals that do not end in "s": what a count after them counts ("200 people came").
PLURAL_NOUNS = frozenset("people children men women police staff personnel cattle".split())
# Money named after the number ("90 million dollars", "16 billion euros"). Pounds are left
# out: they weigh as often as they pay.
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY"}
CURRENCY_AFTER = re.compile(
    rf"\s+(?:US\s+)?(?P<currency>{'|'.join(CURRENCY_WORDS)})\b", re.IGNORECASE
)
# Verbs in their plain form that a count closing a clause may follow ("could reach 24
# million", "will hit 50"), and the endings of inflected verbs ("rose to", "killing 16",
# "turns 40", "totaled 12"): after any other bare word, such a number labels it ("equality
# 101", "official 302").
COUNT_VERBS = frozenset(
    """reach hit top exceed total number cost pay earn win lose get add cut raise kill injure
    hire employ sell buy need seat hold see make take keep give owe spend save collect gain
    drop fall rise grow climb jump double triple score lead trail count turn become surpass
    won lost got hit cut set put saw took gave made held kept paid sold bought rose fell grew
    drew led left spent brought met became came went topped""".split()
)
VERB_ENDINGS = ("ed", "ing", "s", "en")
# Words after which "about" and "over" are prepositions, not hedges: "information about two
# programs", "learned about 37", "presided over two briefings", "handed over 300 emails".
PREPOSITION_HEDGES = {
    "about": frozenset(
        """information news story stories details questions question learned learn learning
        talk talked talking know knew worry worried concerned think thinking thought care
        cared complained wrote written read heard hear asked ask joked""".split()
    ),
    "over": frozenset(
        """presided presiding preside fought fight fighting argued arguing handed hand turned
        turn took take taken control authority power jurisdiction dispute disputes row spat
        clash clashed""".split()
    ),
}
# "$2 billion in tax breaks", "$3 million in sales": what an amount of money is of.
# Not before a number: "passed $2 billion in 23 days" is a span of time.
AMOUNT_OF = re.compile(r"\s+in\s+(?=[^\W\d_])")
# "a victim under 12", "people over 65", "children under 5": after a noun, these bound the noun
# (an age, a size), they do not count it ("killed over 12" counts; after a verb it is a hedge).
NOUN_BOUNDS = frozenset({"under", "over"})
# "ages 15 and 9", "Americans age 18 to 34", "at age 36": ages, of people the figure does not
# name, not counts of the noun before them.
AGE_BEFORE = re.compile(
    r"\b(?:age|ages|aged)\s+(?:of\s+)?(?:\d{1,3}\s*(?:,|and|to|or|-|–)\s*)?$", re.I
)
# "38 to 49 months", "$250,000 to $300,000": a range without "from" ("from 60% to 41%" may be a
# change, "54 to 45" a tally: figures.py takes it as a range only when it rises, and "fell 1.3
# percent to $190 million" a change and where it ended: a share at one end, money at the other).
RANGE_TO = re.compile(
    rf"(?<![Ff]rom )(?<![\w.,])(?P<low>(?:[$€£¥₹₩]\s?)?(?:{NUMBER}))(?P<low_share>\s?(?:%|percent|per cent))?"
    rf"(?:\s?(?P<low_scale>thousand|million|billion|trillion))?\s+to\s+"
    rf"(?P<high>(?:[$€£¥₹₩]\s?)?(?:{NUMBER}))(?P<high_share>\s?(?:%|percent|per cent))?"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion))?"
)
RANGE_BETWEEN = "between"
LOW_END_HEDGE = "at least"
HIGH_END_HEDGE = "up to"
# "~50 km", "<700 °C", "≥ 3": a hedge written as a sign before the number.
SIGN_HEDGES = {
    "~": "about",
    "∼": "about",
    "≈": "about",
    "<": "less than",
    "≤": "at most",
    ">": "more than",
    "≥": "at least",
}
# "two to three weeks", "four or five days": a number in words after another and "to" or "or"
# is the high end of a range.
WORD_RANGE_BEFORE = re.compile(rf"(?:\b(?:{_NUMBER_WORDS})|\d)\s*(?:to|or|-|–)\s*$", re.IGNORECASE)
# "$5.1 trillion in cuts over 10 years": after an amount, "over" and a length of time is the
# period the amount is spread over, no hedge ("for over 10 years" is one).
# "talked for 30 hours over three days", "killed 12 people over two days": after a count of
# any noun, likewise (not after a year and a preposition: "in 2019 for over 10 years").
PERIOD_AMOUNT_BEFORE = re.compile(
    r"[$€£¥₹₩%]|\b(?:percent|per cent|thousand|million|billion|trillion|bn)\b"
    r"|\d\s+(?!(?:for|in|on|at|to|and|or|by|with|from|of)\b)[a-z]+\b",
    re.IGNORECASE,
)
# Words before "less than" that make it no bound of the amount: "refused anything less than
# $4.2 billion" asks for $4.2 billion.
NOT_A_BOUND_BEFORE = re.compile(r"\b(?:anything|nothing)\s+$", re.IGNORECASE)
# "the lower 48", "the contiguous 48": the states of a country, an idiom and no count.
# "the 405 freeway": a road's name.
IDIOM_BEFORE = re.compile(r"\b(?:[Ll]ower|[Cc]ontiguous)\s$")
ROAD_AFTER = re.compile(r"\s+(?:freeway|expressway|motorway|turnpike|highway)\b", re.IGNORECASE)
# "32-bit", "a 27-inch touchscreen", "a 55-inch TV", "a .38-caliber revolver", "a 12-gauge
# shotgun": the size or make of a device or a weapon, no quantity the news reports.
DEVICE_SIZE_AFTER = re.compile(
    r"\s?-\s?bit\b|[\s-](?:caliber|calibre|gauge)\b"
    r"|[\s-]?mm\s+(?:handguns?|pistols?|rifles?|guns?|semi-?automatics?|ammunition|rounds?)\b"
    r"|[\s-]inch(?:es)?[\s,]+(?:[\w-]+[\s,]+){0,2}(?:screens?|displays?|"
    r"touch\s?screens?|monitors?|televisions?|tvs?|tablets?|laptops?|notebooks?|phones?|"
    r"smartphones?|models?|versions?|ipads?|imacs?|macbooks?|all-in-ones?)\b",
    re.IGNORECASE,
)
# "workers who are 62 and older", "aged 65 or over": a bound of an age, no count.
AGE_BOUND_AFTER = re.compile(
    r"\s+(?:and|or)\s+(?:older|younger|over|under|up|above|below)\b", re.IGNORECASE
)
# "30 or 40 members": a guess between two numbers (the first end is no figure, the second is
# one at most).
OR_RANGE = re.compile(rf"(?<![\d.,])(?P<low>{NUMBER})\s+or\s+(?P<high>{NUMBER})(?![\d.,]\d)")
# "Smith was 56 when ...", "she is now 61,": an age, told of a person by a pronoun or a name
# inside the sentence (a capitalised word opening it may be anything: "Turnout was 56").
AGE_STATED_BEFORE = re.compile(
    r"(?:\b(?:he|she|He|She)|(?<=[\w,;:] )[A-Z][\w’'-]+)\s+(?:is|was)\s+"
    r"(?:now\s+|then\s+|currently\s+|only\s+|just\s+|still\s+)?$"
)
AGE_STATED_AFTER = re.compile(r"\s*(?:[,.;)]|$|\s(?:when|and|at the time|in)\b)")
# "2 1/2 hours": a whole number before a fraction; read alone it would be wrong.
MIXED_FRACTION_AFTER = re.compile(r"\s\d/\d")
# Words after a name that are no part of whose it is ("Jane Roe Jr." is Jane Roe).
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# Words that join two clauses or phrases: the words before one are the other's ("12 were
# killed and 20 wounded": "killed" is not what 20 counts).
COORDINATORS = frozenset("and or but".split())
# A share written as a ratio ("one in every 500", "29 of 34", "nine out of 10"): its percentage
# is ours, not the source's.
SHARE_WRITTEN = re.compile(r"\w\s+(?:out(?:\s+of)?|of|in)\s+(?:every\s+)?\d[\d,.]*$", re.IGNORECASE)
# "2 in 3 chance", "5 in 1,000": a ratio; neither number counts anything ("one in 20 homes" is
# read as a share by OUT_OF).
RATIO_IN = re.compile(rf"(?<![\d.,])(?P<part>\d+)\s+in\s+(?:every\s+)?(?P<whole>{NUMBER})\b")
# "$50 per person", "$3 a gallon", "20 a day": a rate, per one of the unit after the rate word;
# shown without it, it would read as a total. "12 a day after the vote" is no rate.
RATE_AFTER = re.compile(
    r"\s+(?P<rate>per|an?|each|every)\s+(?P<unit>[a-z]+)\b"
    r"(?!\s+(?:after|before|later|earlier|ago)\b)"
)
# Units a rate after "a" or "an" is written per ("$3 a gallon"): a unit of measure or one of
# these; any word after "per" is one.
RATE_UNITS = MEASURE_UNITS | frozenset(
    """head person share piece gallon barrel night game season visit ticket unit student
    resident household family""".split()
)
# "rose 0.3 percentage points to 5.1 percent": the words of a change in points before a
# percentage are not what the percentage is of.
POINT_WORDS = frozenset({"point", "points", "percentage"})
# Words after a unit that say which way a measure goes ("40 feet high", "2 feet shorter", "two
# hours north"): a dimension, a comparison or a direction, never what is measured.
MEASURE_DIRECTIONS = frozenset(
    """high tall long wide deep thick away ahead behind apart ago later earlier higher taller
    longer wider deeper thicker shorter lower north south east west""".split()
)
# Nouns that give only a length, of time or of text ("a 40-minute period", "about 1,000
# pages"): beside a figure they say how long, never of what.
LENGTH_NOUNS = frozenset("page period span stretch interval spell stint".split())
# Nouns that name a body of people as a whole: a share of one ("20% of the population") is a
# share of people, as "20% of voters" is, with nothing said of them.
PEOPLE_WHOLES = frozenset("population public electorate workforce citizenry membership".split())
# "Windows 8, due out ...", "Apollo 11 landed": after a number that a capitalised word opening
# the sentence names, the end of the phrase or a verb; a count goes on with what it counts.
NAMED_NUMBER_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:[a-z]+ed|is|are|was|were|has|had)\b")
# Words a rate is written with after a figure ("goals conceded per match").
RATE_WORDS = frozenset({"per"})
# "he won't turn 30 until after the final", "he turns 40 next week": an age, after a verb
# of reaching it, when nothing counted follows.
AGE_TURN_BEFORE = re.compile(r"\bturn(?:s|ed|ing)?\s+$")
AGE_TURN_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$|\s(?:until|when|on|in|next|this|last|later|before|after|and|but)\b)"
)
# Possessives that may follow "of" in what a figure counts ("two million of its customers").
POSSESSIVES = frozenset("its their his her our my your".split())
# Words that leave what a figure counts hanging when it ends with them ("1,482 pounds between"
# 2005 and 2008): cut off.
DANGLING = frozenset(
    """between among during through toward towards against across within without about around
    after before until since than""".split()
)
# What a figure is shown with must say what it counts. Words that open a clause or join one
# ("12 when he ...", "20 after beating ...") never open such a label: the figure ends its own
# noun phrase there, and what follows is another clause's.
# Nor does a relative pronoun ("71 percent of whom back ...": the share is of a noun before).
LABEL_NEVER_OPENS = frozenset(
    """when whenever while whilst after before since until till because though although
    whereas unless once where wherever whereby whether if so yet nor then thus hence whom whose
    which""".split()
)
# "6 percent higher than last term", "12% cheaper than forecast": a comparison, whose
# one word after the figure says by how much, not what is counted.
COMPARISON_WORD = "than"
# "64 percent say the city is ...": a share of people who say or think something, whose
# words after it are what they say, not what is counted.
# Verbs of saying in -s are left out: they are plural nouns too ("12 claims", "50 states").
SAID_AFTER = frozenset(w for w in ATTRIBUTION_VERBS if not w.endswith("s")) | frozenset(
    "think thought believe agree expect".split()
)
# "at a steady 46 percent", "a mere 3 percent", "a whopping 70": a word between an article and
# a figure says how the figure strikes the writer, never what it counts.
FIGURE_MODIFIER_BEFORE = re.compile(r"\b(?:a|an)\s+[a-z]+\s+$")
# "52 percent back it, compared to 35 percent a year ago": the other side of a comparison,
# which counts what the figure it is compared with counts.
COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.)\s+(?:[a-z]+\s+)?$")
# "$4 million last week", "30 percent last spring": the words after a figure say when, not
# what it counts.
WHEN_AFTER = re.compile(
    r"\s+(?:last|next|this|that|past|coming)\s+(?:days?|weeks?|weekend|months?|years?|decades?"
    r"|quarter|season|spring|summer|autumn|fall|winter|night|morning|evening|"
    + "|".join(sorted(CALENDAR_WORDS))
    + r")\b",
    re.IGNORECASE,
)
# "a 3-pointer", "a 6-footer", "a 10-pounder": a thing named by a unit and its number, in one
# word (group 1: the unit); the number counts nothing ("12-member" is no unit's).
UNIT_NOUN_AFTER = re.compile(r"-([a-z]+)ers?\b")
# "at a height of 900 meters", "a sentence of 15 years": the noun before "of" names what a
# measure in a unit is; not a noun of quantity ("a total of 12 points", "a span of two weeks").
NOUN_OF_BEFORE = re.compile(r"\b([a-z]{3,})\s+of\s+$")
QUANTITY_NOUNS = frozenset(
    """total maximum minimum average mean sum amount number lot lots couple handful series
    set group pair period span range spell matter tally count""".split()
)
# How a measure is shown with the noun that names it: "height in meters".
MEASURED_IN = "in"
# "the five years I've lived here", "the 40 days we'd spent": a subject and its auxiliary in
# one word open a clause, whose words are no part of what the figure counts.
CONTRACTED_AUXILIARY = re.compile(r"[’'](?:ve|re|ll|d|m)$", re.IGNORECASE)
# "a 9-all tie": a tied score; "$20 bills", "£50 notes": the face value of a note or coin, no
# amount of money.
SCORE_WORD_AFTER = re.compile(r"[-–]all\b", re.IGNORECASE)
DENOMINATION_AFTER = re.compile(r"\s+(?:bills?|notes?|banknotes?|coins?)\b", re.IGNORECASE)
# "won by 4 points", "took the county by 3,100 votes", "lost by two goals": the units a
# contest's result is told in; counted after "by" they are the winner's margin, which is what
# the figure counts (not after a verb of change: "rose by 3 points").
MARGIN_UNITS = frozenset("point vote seat goal run stroke length".split())
# Verbs that change a size ("widened her lead by 1,200 votes", "narrowed the gap by 3
# points"): a count after their "by" is the change, no margin.
# "was down by 5 points", "is up by 3", "closed off by 2": a value changed, by this much.
CHANGE_ADVERBS = frozenset({"up", "down", "off"})
SIZE_CHANGE_VERBS = frozenset(
    """expanded widened extended narrowed shrank shrunk reduced trimmed slashed boosted""".split()
)
MARGIN_BEFORE = re.compile(r"\bby\s+$")
# "paced by 13 points from the center": points someone scored, no margin.
MARGIN_NOT_AFTER = re.compile(r"\s+(?:from|off)\b")
MARGIN_WORD = "margin"
# "$9-plus billion": a scale after the plus the figure's "-plus" is written with.
SCALE_AFTER = re.compile(r"\s+(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE)
# A relative "of" a number ("a mother of 12", "a grandfather of five") counts their children
# or grandchildren, which the words around the number do not say: no label can be given.
KIN_OF_BEFORE = re.compile(
    r"\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent|grandma"
    r"|grandpa|great-grandmother|great-grandfather)s?\s+of\s+$",
    re.IGNORECASE,
)
# A verb's "-ing" form ("falling") and an adverb's "-ly" ("allegedly"): as a figure's only word,
# or the adverb before a verb, they say what was done, not what is counted.
GERUND_ENDINGS = ("ing",)
ADVERB_ENDINGS = ("ly",)
