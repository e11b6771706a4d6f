"""English words that tell what sources disagree on: tallies, ranks of titles, days of reports."""

from __future__ import annotations

import re

from generator.lang.en.calendar import MONTH_NUMBERS, WEEKDAYS
from generator.lang.en.numbers import NUMBER_WORDS
from generator.lang.en.quantities import CHANGE_VERBS, MEASURE_UNITS, SCALE
from generator.lang.en.verbs import ATTRIBUTION_VERBS

# "officials said on Tuesday": the day of the report, not of the event.
REPORTED_ON = re.compile(
    r"\b(?:said|says|told|added|noted|stated|reported|confirmed|wrote|explained)\s+"
    rf"(?:(?:late|early)\s+)?on\s+(?:{'|'.join(WEEKDAYS)})\b",
    re.IGNORECASE,
)
CALENDAR_TOKENS = frozenset(
    {w.lower() for w in WEEKDAYS} | set(MONTH_NUMBERS) | {str(n) for n in range(1, 32)}
)
TALLY_WORDS = frozenset(
    """vote votes voted voting decision ruling ruled ruled majority verdict margin won win wins
    beat beating lost lose defeated defeat score scored victory draw drew passed approved
    adopted rejected""".split()
)
# "a decisive 11-3 run", "a 20-13 lead", "a 13-10 deficit": two counts of a
# part of a game, not its result.
TALLY_PARTS = frozenset({"run", "lead", "deficit", "spurt", "streak"})
# "the Hawks falling to 5-10", "Riverside improved to 25-7": a team's record after a game.
RECORD_BEFORE = re.compile(
    r"\b(?:fall|falls|fell|falling|drop|drops|dropped|dropping|improve|improves|improved|"
    r"improving|move|moves|moved|moving|slip|slips|slipped|slipping)\s+to\s+$",
    re.IGNORECASE,
)
# Pronouns that stand for a person ("he resigned Friday", "his resignation"): whom a happening
# told with one of them happened to is not clear from the sentence.
ACTOR_PRONOUNS = frozenset(
    "he him his she her hers they them their theirs i me my we us our".split()
)
# Words after which a name is no subject: "two aides of Jane Doe were indicted", "a staffer for
# Jane Doe resigned".
NAME_PREPOSITIONS = frozenset(
    """of for to by with from against about than like at in on under over between among
    behind toward towards after before""".split()
)
# A sentence without a digit or a weekday makes no claim of a day, a date or a tally.
MAY_CLAIM = re.compile(rf"\d|\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
# Things figures are never compared as counts of: a unit of measure ("15 square miles", "six
# weeks") says how, not what, is measured, and a story holds many distances and spans of time.
UNCOMPARED = frozenset({"time"}) | MEASURE_UNITS
# Units of length: "fell 600 metres" and "fell 300 metres" measure one fall, told by the verb.
# Not yards: in the news a play's gain in a game of many ("returned an interception 32 yards").
LENGTHS = (
    frozenset("mile kilometer kilometre km meter metre foot feet inch".split()) & MEASURE_UNITS
)
# Words next to a figure that do not tell which figure it is: who said it, scale and currency
# words, and words of any amount ("total", "some").
SLOT_NOISE = (
    ATTRIBUTION_VERBS
    | frozenset(SCALE)
    | frozenset(
        """percent per cent dollar dollars usd euro euros pound pounds total totaling totalling
        another additional estimated roughly nearly almost also just only reportedly min mins
        hr hrs sec secs km kms kg lb lbs mph""".split()
    )
)
# Nouns that alone name one quantity of an event: an election has one turnout, a match one
# attendance ("turnout reached 87.4 percent", "turnout was almost 80%"), however few other
# words the two sentences share.
SLOT_NAMES = frozenset({"turnout", "attendance"})
# Words right before an amount that make it one asked for ("the governor requested $2 million"):
# what was asked is not what was given, nor a rival value of it.
ASKED_FOR = frozenset(
    """ask asks asked asking request requests requested requesting seek seeks sought seeking
    demand demands demanded demanding propose proposes proposed proposing want wants wanted
    wanting""".split()
)
# Those whose figure a sentence may give apart from the facts' ("critics say it will cost $55
# million"): a figure of a side in a dispute is not an outlet's value of the fact.
DISSENTERS = frozenset("critic critics opponent opponents detractors skeptics sceptics".split())
# Right after an amount, the period it is per ("$5 million a year", "$20 per hour",
# "$1 billion annually"): a rate, never a rival value of a total ("a year ago" is a time).
RATE_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:a|an|per|each|every)\s+(?P<per>year|month|week|day|hour|season)"
    r"|(?P<adverb>annually|yearly|monthly|weekly|daily))\b(?!\s+(?:ago|earlier|before|later))",
    re.IGNORECASE,
)
# A period told from the report's own ("last year", "this season"): two sentences that tell two
# of them tell two amounts. The group names the period; the first word, which of them.
RELATIVE_PERIOD = re.compile(
    r"\b(?P<which>last|this|next|past|previous)\s+(?P<period>year|month|week|season|quarter)\b",
    re.IGNORECASE,
)
# "the past year" is the last one.
SAME_PERIOD = {"past": "last", "previous": "last"}
# Hedges of a figure just short of its number: "nearly 90%" is not 93.9%, though "about 90%"
# may be.
SHORT_OF = frozenset({"nearly", "almost"})
# Words that open a clause restricting what a count counts, right after its noun: "comments
# that opposed the rule", "passengers who were hurt" count a part of all the comments or
# passengers.
RESTRICTING_OPENERS = frozenset("that who whom which whose".split())
# "the third Zephyr bus fire in six weeks": the span of time in which a happening came for the
# nth time. Groups: the ordinal, the span's number and its unit.
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
RECURRENCE_SPAN = re.compile(
    rf"\b(?P<nth>{'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th))\b(?:\s+[\w'’-]+){{0,5}}?\s+in\s+"
    r"(?:(?:the\s+)?(?:past|last|previous)\s+|just\s+)?"
    rf"(?P<count>\d+|{'|'.join(NUMBER_WORDS)})\s+(?P<unit>days|weeks|months|years|decades)\b",
    re.IGNORECASE,
)
# "the second verse of the hymn": which one of the parts of a thing a source says. Groups: the
# ordinal, the part and the thing.
PART_ORDINAL = re.compile(
    rf"\bthe\s+(?P<nth>{'|'.join(_ORDINALS)})\s+(?P<part>[a-z]{{3,}})\s+of\s+"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?P<thing>[a-z]{3,})\b",
    re.IGNORECASE,
)
# Parts that are moments or rounds of a happening ("the second half of the game", "the third
# day of the trial"): a story tells several of them, each of another moment, so two sources'
# ordinals of one are no disagreement.
PART_MOMENTS = frozenset(
    "half halves quarter period inning innings round set leg stage phase day week month year "
    "term season time game match session hour minute".split()
)
# Parts of a day written next to a weekday ("late Friday night"): not the happening.
DAY_PARTS = frozenset("morning afternoon evening night late early last earlier later".split())
# What may stand before a day told at the head of its sentence, ahead of the clause it dates
# ("Early Friday morning, the singer checked in", "On Tuesday, police arrested ...").
FRONTED_DAY_BEFORE = re.compile(r"^\W*(?:(?:early|late)\s+(?:on\s+)?|on\s+)?$", re.IGNORECASE)
# Words that open a clause of its own inside the one a day at the head of its sentence dates
# ("On Friday, crowds gathered at the clinic where she checked in"): the day dates the verb
# before them, not one after.
FRONTED_CLAUSE_END = re.compile(
    r"\b(?:where|when|who|whom|whose|which|that|after|before|while|because|since|as|until|if)\b",
    re.IGNORECASE,
)
# Endings of tense and of nouns made from verbs, longest first: a happening told as a verb and
# as a noun ("indicted", "indictment") is one.
STEM_ENDINGS = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ied",
    "ies",
    "ed",
    "es",
    "e",
    "s",
)
# Verbs that tell one happening's day in other words: a visitor's arrival is told as his
# landing or as his hosts receiving him ("arrived in the capital on Friday", "landed there on
# Saturday", "the premier received him Saturday"). Two sources' days are compared only for
# one happening (see disagree._acts), so these are its only other names.
HAPPENING_FAMILIES = ("arrive arrived arrival land landed receive received welcome welcomed",)
# "will play", "is set to sign", "advances to play": the verb of a happening to come.
PLANNED_VERB = re.compile(r"\b(?:will|would|shall|to)\s+(?:be\s+)?([a-z]+)\b")
# The state a plan or an expected act is in, as a source tells it. Each named group is a state;
# STATE_OPPOSITES pairs the states that cannot both hold of one plan at one moment. A plan
# "abandoned" or "cancelled" is ended; one "postponed", "suspended" or "put on hold" may go on.
# An act "expected to" happen and one "unlikely to" happen: the act is the verb after "to"
# (group act or act_no), and two sources' expectations are compared only for one act.
PLAN_STATE = re.compile(
    r"\b(?:(?P<ended>abandon(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|"
    r"scuttl(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off)"
    r"|(?P<paused>postpon(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|"
    r"(?:put|puts|putting|placed?|places|placing)\s+on\s+hold|on\s+hold)"
    r"|(?P<unexpected>(?:unlikely|not\s+(?:expected|likely|scheduled|set))\s+to\s+(?P<act_no>[a-z]+))"
    r"|(?P<expected>(?:expected|likely|scheduled|poised|set)\s+to\s+(?P<act>[a-z]+)))\b",
    re.IGNORECASE,
)
STATE_OPPOSITES = (("ended", "paused"), ("expected", "unexpected"))
# States a plan does not leave: a plan postponed may be cancelled a day later, and an act
# expected may become unlikely, but a plan abandoned is not put on hold after.
FINAL_STATES = frozenset({"ended"})
# Words before a state, within its clause, that make it no claim of what is: a denial ("did
# not cancel", "no plans to"), a wish or a threat ("urged them to cancel", "threatened to
# scrap"), a possibility ("could be postponed"), an infinitive ("to cancel").
STATE_UNSURE_BEFORE = re.compile(
    r"\b(?:not|never|no|could|can|may|might|should|must|threaten\w*|urg\w*|ask\w*|"
    r"consider\w*|want\w*|wish\w*|plan\w*|propos\w*|vow\w*|demand\w*|call(?:s|ed|ing)?\s+for|"
    r"refus\w*|den(?:y|ies|ied|ying)|reject\w*|rumou?r\w*)\b|n[’']t\b|\bto\s*$",
    re.IGNORECASE,
)
# A sentence that puts a state under a condition ("would be cancelled if it rains") or asks
# about it claims none.
STATE_CONDITION = re.compile(r"\b(?:if|unless|whether|in case)\b|\?", re.IGNORECASE)
# A count still running, told at one moment: in its figure's clause ("25 dead so far", "as of
# noon"), or anywhere in the sentence of a count of votes ("led with 52 percent, with 64
# percent of precincts reporting"). Another source's figure may be of another moment.
# A market's move "in after-hours trading", "in early trading": a price at one moment of a
# session, which another source may tell at another ("fell 2 percent", "fell 9 percent").
COUNT_SO_FAR = re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far|as\s+of|at\s+last\s+count"
    r"|in\s+(?:[\w-]+\s+){0,2}trading)\b",
    re.IGNORECASE,
)
# A toll told at one moment of its rise, anywhere in its sentence ("officials initially put
# the toll at 38", "according to early reports"), or one that may be of another happening a
# span away ("days after a blast killed 40", "the latest quake to hit the region, where five
# died"): another outlet's may be of a later moment or of this story's own happening.
TOLL_MOMENT = re.compile(
    r"\b(?:initially|at\s+first|preliminary|provisional|so\s+far|thus\s+far|to\s+date"
    r"|as\s+of|at\s+last\s+count|at\s+the\s+time|at\s+that\s+(?:time|point)"
    r"|(?:early|earlier|first|initial|previous)\s+(?:reports?|figures?|counts?|tolls?"
    r"|estimates?|tall(?:y|ies))"
    r"|(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|since|earlier)"
    r"|the\s+latest)\b",
    re.IGNORECASE,
)
# The length of one happening in hours or minutes (counts.py), joined to its noun ("a nearly
# 13-hour standoff") or right after it, set off by a dash or told by its verb ("the standoff --
# 9 hours of talks", "the standoff lasted 9 hours"). Groups: hedge, number, unit, noun. Spans of
# days or years are left out: as often a plan's, a term's or a sentence's ("a 10-year plan", "a
# 20-year sentence"), of which a story tells several.
_SPAN_HEDGE = (
    r"(?:(?P<hedge>about|around|approximately|roughly|nearly|almost|some|more\s+than|over"
    r"|less\s+than|under|close\s+to|at\s+least|up\s+to)\s+)?"
)
_SPAN_NUMBER = r"(?P<number>\d{1,3}(?:\.\d)?|[a-z]+)"
HAPPENING_SPAN_UNIT = re.compile(r"hour|minute", re.IGNORECASE)
HAPPENING_SPAN_BEFORE = re.compile(
    rf"\b{_SPAN_HEDGE}{_SPAN_NUMBER}-(?P<unit>hour|minute)\s+(?P<noun>[a-z]{{3,}}(?:-[a-z]+)*)\b",
    re.IGNORECASE,
)
HAPPENING_SPAN_AFTER = re.compile(
    rf"(?<![\w-])(?P<noun>[a-z]{{3,}}(?:-[a-z]+)*)"
    r"(?:\s*(?:–|—|--)\s*|\s+(?:that\s+|which\s+)?last(?:ed|ing|s)\s+)"
    rf"{_SPAN_HEDGE}{_SPAN_NUMBER}\s+(?P<unit>hour|minute)s?\b"
    r"(?!\s+(?:later|after|before|earlier|ago|into|from|since|of\s+(?:the|its|his|her)\b))",
    re.IGNORECASE,
)
# A count of a whole ("40 in all", "across the region", "in the whole province"): another
# outlet's count without such a word may be of one place of it.
COUNT_WHOLE = re.compile(
    r"\b(?:in\s+all|in\s+total|all\s+told|overall|altogether|total|combined|nationwide"
    r"|statewide|countrywide|across|throughout|whole|entire)\b",
    re.IGNORECASE,
)
# A part of the hurt: the badly hurt, those taken to or kept in hospital, those treated at the
# scene. Beside a count of all the hurt, a count of such a part is of another group.
TOLL_PART = re.compile(
    r"\b(?:seriously|critically|severely|badly|gravely|lightly|slightly|minor|serious"
    r"|critical|hospitali[sz]ed|hospitals?|treated)\b",
    re.IGNORECASE,
)
# A doer among the dead of the event: "shot himself", "turned the gun on himself", "blew
# themselves up", "a suicide bomber", "including the gunman". Tolls a doer or two apart may
# then count with and without them.
DOER_DIED = re.compile(
    r"\b(?:kill\w*|shot|shoot\w*|turn\w*\s+(?:the|a|his|her|their)\s+(?:gun|weapon)s?\s+on"
    r"|bl[eo]w\w*|detonat\w*)\s+(?:\w+\s+){0,2}?(?:himself|herself|themselves)\b"
    r"|\bsuicide\b"
    r"|\b(?:including|among\s+them|counting|besides|excluding|not\s+including)\s+"
    r"(?:the|two|both|three)\s+(?:\w+\s+)?(?:gunm[ae]n|attackers?|bombers?|shooters?"
    r"|assailants?|hijackers?|perpetrators?|suspects?|militants?)\b",
    re.IGNORECASE,
)
# A count over a period or a rate ("this year", "since January", "a day", "every week"):
# beside a count that names none, it may hold that one or be of another span.
COUNT_PERIOD = re.compile(
    r"\b(?:this|last|past|each|every|per|a)\s+(?:day|week|month|year|season|decade)s?\b"
    r"|\bsince\b|\bin\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# Words that open where a counted thing happened, in the count's clause ("stopped at the
# northern post", "killed near the bridge"): counts at places with no word in common are two.
PLACE_OPENERS = frozenset("at near outside inside".split())
VOTES_COUNTED_SO_FAR = re.compile(
    r"\b(?:precincts|districts|ballots|votes)\s+(?:reporting|counted|tallied|in)\b", re.IGNORECASE
)
# A figure of a poll or a survey: a story may cite several, and which one a figure is of is
# seldom told in words two outlets share ("a poll for one paper found 68 percent", "a poll
# published by another said 83.3 percent").
FIGURE_OF_A_POLL = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|surveyed|respondents|"
    r"margin\s+of\s+(?:sampling\s+)?error)\b",
    re.IGNORECASE,
)
# Words before a figure, within its clause, that ask about it rather than state it ("unclear
# whether she would take 40 percent of the seats").
FIGURE_ASKED = re.compile(r"\bwhether\b", re.IGNORECASE)
# "earlier this week" in a Friday paper: Monday to Thursday.
BEFORE_THE_DAY = frozenset({"earlier"})
# "aides said in 2019 that she repaid ...": what was said follows the day of saying.
REPORTED_THAT = re.compile(r",?\s+that\b", re.IGNORECASE)
# "repaid", "rebuilt", "overpaid", "underwent", "outran", "misled", "withheld": verbs of the
# irregular past with a prefix.
VERB_PREFIXES = ("re", "over", "under", "out", "mis", "with")
# A period told from the paper's day: a sentence with one may date a happening without a digit.
PERIOD_TOLD = re.compile(r"\b(?:this|last)\s+(?:week|month|year)\b", re.IGNORECASE)
# "the third", "the 21st": an ordinal, compared in a minimal pair (disagree._minimal_pairs).
ORDINAL = re.compile(rf"\b(?:{'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th))\b(?!-)", re.IGNORECASE)
# "another attack", "a previous crash", "the storm also killed": a toll of one more event than
# the one the other source counts (ordinals tell that too: see ORDINAL).
OTHER_EVENT = re.compile(r"\b(?:another|previous|earlier|also|separate)\b", re.IGNORECASE)
# "seven councillors voted for the plan", "four voted against it", "60 in favour": the side a
# count is of, read in the figure's clause after it. Two sides' counts are two slots.
STANCE_AFTER = re.compile(
    r"\b(?:(?P<for>(?:voted|votes?|voting)\s+for|in\s+favou?r)|(?P<against>against|opposed))\b",
    re.IGNORECASE,
)
# "a second bomb", "another victim", "a separate leak": one happening or thing of several of its
# kind, after one before it. Not "first" ("his first visit abroad", "the first time": a first of
# its kind more often than one of a series the story tells), "another $2.5 billion" (another
# figure) nor "also" (another statement, as often).
ONE_OF_SEVERAL = re.compile(
    rf"\b(?:{'|'.join(_ORDINALS[1:])}|another|separate)\b(?!\s*[$€£\d])", re.IGNORECASE
)
# "in the 3300 block of Elm Street": a number of an address (American police usage).
ADDRESS_AFTER = re.compile(r"\s+block\b", re.IGNORECASE)
# "the toll rose to 31", "now stands at 12", "up from 9", "has climbed to": a value told as a
# change or a new total, of another moment than a value told plainly.
_VALUE_CHANGED_WORDS = CHANGE_VERBS | {"reached", "revised", "updated", "now", "up", "down", "from"}
VALUE_CHANGED = re.compile(
    rf"\b(?:{'|'.join(sorted(_VALUE_CHANGED_WORDS))})"
    r"(?:\s+\w+)?\s+(?:to|at)?\s*(?:about|around|some|nearly|almost|more\s+than)?\s*$",
    re.IGNORECASE,
)

# Occasions of one sitting: a day written with one ("the debate on Tuesday", "Thursday's
# rally") is the day it was held. Not gatherings that often last days or recur in one story
# under one name (a trial, a summit, a hearing, a vote taken in stages, a game of a series).
ONE_SITTING = frozenset(
    """debate face-off showdown speech rally concert ceremony funeral wedding inauguration
    parade vigil memorial gala premiere election referendum primary caucus caucuses""".split()
)
# Words in an occasion's name that make it another of its kind ("the next debate", "the
# first rally", "last week's vigil").
OCCASION_OTHER = re.compile(
    r"\b(?:next|last|final|upcoming|previous|earlier|later|another|other|first|second|third"
    r"|fourth|fifth|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
# Words before an occasion named in a sentence that set another moment by it ("ahead of the
# debate", "since the rally"): the sentence tells of something else.
OCCASION_RELATIVE = frozenset("before after ahead since until following preceding than".split())

# Nouns that end the name of a body ("the House Foreign Affairs Committee"): its two names in
# two sources, one word apart inside, are one body named two ways.
BODY_NOUNS = frozenset(
    """committee council commission department agency ministry court board bureau authority
    university college institute foundation association""".split()
)
# Words of a body's name that tell whose body it is (a chamber, a level of government): a word
# that differs right after one opens the body's remit ("Texas House Education Committee", "Elm
# County Zoning Board"), so two such names are two bodies.
BODY_JURISDICTIONS = frozenset(
    """house senate assembly chamber congress congressional parliament parliamentary legislature
    legislative state county city town village borough district parish province provincial
    regional federal national municipal""".split()
)
# Platforms an account posts on.
PLATFORM = re.compile(
    r"\b(?:YouTube|Twitter|Facebook|Instagram|TikTok|Vimeo|Reddit|Snapchat)\b", re.IGNORECASE
)
# The account that posted: "posted on YouTube by JaneDoe99", "published under an account
# titled JDoeVids", "uploaded by the user JDoeVids".
POSTED_BY = re.compile(
    r"\b(?:posted|uploaded|published|shared)\b[^.;:]{0,40}?\bby\s+(?:the\s+(?:user|account)\s+)?"
    r"[\"“]?(?P<handle>@?[\w.-]+)"
    r"|\b(?:account|channel|user(?:name)?)\s+(?:titled|named|called)\s+[\"“]?(?P<handle2>@?[\w.-]+)",
)
# A handle: one word of letters, digits or underscores, with a capital or a digit inside it
# ("JaneDoe99", "@jdoe_1"), told from a person's name.
HANDLE = re.compile(r"@?[A-Za-z][A-Za-z]*(?:[A-Z0-9_][A-Za-z0-9_]*)+")
# Words at most between an occasion's determiner and its noun ("the vice presidential debate").
OCCASION_MODIFIERS = 3
_NAME_WORD = r"[A-Za-z][\w'’-]*"
# Right before a weekday: a clause's opening determiner (after a preposition of the moment,
# "During the"), its modifiers (group 1) and the noun (group 2), with "on" ("The debate on
# Tuesday", "the face-off Thursday night").
OCCASION_BEFORE = re.compile(
    rf"^\s*(?:(?:during|at)\s+)?(?:the|this|that)\s+((?:{_NAME_WORD}\s+){{0,{OCCASION_MODIFIERS}}}?)"
    rf"({_NAME_WORD})\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# Right after a weekday: its possessive and the words that may name the occasion (group 1:
# "Thursday night's vice presidential debate").
OCCASION_OWNER = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night))?['’]s"
    rf"((?:\s+{_NAME_WORD}){{1,{OCCASION_MODIFIERS + 1}}})"
)
# Where a named person lives, right after the name: "Jane Doe, 34, of Elmton", "Jane Doe of
# Elmton is charged", "Jane Doe, who lived in Elmton,". Group "name": the capitalised words
# before; "place" (after "of") or "lived_in" (after "who lives in"): the town's capitalised words,
# the whole run of them. After "lives in" the town must end its clause: "who lived in Elmton
# until 2010" or "for years" tells another time.
_TOWN = r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}"
RESIDENCE = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*\w)(?:,\s*(?:aged\s+)?\d{1,3},)?"
    rf"(?:,?\s+of\s+(?P<place>{_TOWN})(?!\s+[A-Z])(?![\w’\'-])"
    rf"|,\s+who\s+(?:lives|lived|resides|resided)\s+in\s+(?P<lived_in>{_TOWN})(?=\s*[,.;)]|\s*$))"
)
# One quotation credited to two people of one title (roles.py). A person's name as news writes
# it after a title: initials and a surname ("A.J. Smith", "AJ Smith") or a first name, an
# optional middle initial and a surname ("Jane Q. Doe").
_CREDITED_NAME = (
    r"(?P<name>(?:(?:[A-Z]\.\s?){1,3}|[A-Z]{2}\s+|[A-Z][a-z][\w’'-]*\s+(?:[A-Z]\.\s+)?)"
    r"[A-Z][a-z][\w’'-]+)"
)
# The words of a title right before the name ("Rovers general manager"): at most four.
_CREDITED_TITLE = r"(?P<title>(?:[A-Za-z][\w’'.-]*\s+){1,4})"
# Verbs that credit a quotation or a statement to its speaker.
_CREDITING_VERBS = "said|says|told|added|stated|wrote|tweeted|issued|released"
# '"…," team general manager Jane Doe said' / 'Jane Doe ... issued this statement: "…"'.
CREDITED = re.compile(rf"{_CREDITED_TITLE}{_CREDITED_NAME}(?=,?\s+(?:{_CREDITING_VERBS})\b)")
# '"…," said team general manager Jane Doe'.
CREDITED_AFTER = re.compile(rf"\b(?:said|says)\s+{_CREDITED_TITLE}{_CREDITED_NAME}(?![\w’'-])")
# Basic colour words, in lower case: a capitalised one is a name ("White House").
_COLOURS = (
    "black|white|red|blue|green|yellow|orange|purple|pink|brown|gray|grey|silver|beige|tan|maroon"
)
_SHADE = r"(?:(?:dark|light|pale|bright)[\s-])?"
# A colour right before a thing's capitalised name, a model year between or before them ("a
# silver Toyota Sedanio", "a 2013 gray Sedanio"). Groups "first" and "second": the colour words
# without their shade; "thing": the name's capitalised words.
COLOURED = re.compile(
    rf"(?<![\w-])(?P<colour>{_SHADE}(?P<first>{_COLOURS})"
    rf"(?:(?:\s+and\s+|-){_SHADE}(?P<second>{_COLOURS}))?)\s+(?:(?:19|20)\d\d\s+)?"
    r"(?P<thing>[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?![\w-])"
)
# Spellings of one colour.
COLOUR_SPELLINGS = {"grey": "gray"}
