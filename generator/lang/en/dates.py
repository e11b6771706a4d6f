"""The English grammar of dates in text: which words place a date, and what it dates."""

from __future__ import annotations

import re

from generator.lang.en.calendar import MONTH_WORD, WEEKDAYS
from generator.lang.en.numbers import NUMBER_WORDS

# A written date with its year: day, month, year ("16th March 2024") and month, day, year
# ("Mar. 16, 2024"); the month's word is checked against the calendar.
ORDINAL = r"(?:st|nd|rd|th)?"
DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}}){ORDINAL}\s+([a-z]+)\.?,?\s+(\d{{4}})", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(rf"([a-z]+)\.?\s+(\d{{1,2}}){ORDINAL},?\s+(\d{{4}})", re.IGNORECASE)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# Dates as sentences write them: a month and a day, a weekday after a preposition or alone
# (capitalised), a month after a preposition, a year after one, a day or a period relative to
# publication, and a year before a noun ("the 2015 agreement").
MENTIONS = re.compile(
    rf"\b(?:"
    rf"(?P<md>(?P<month1>{MONTH_WORD})\s+{_DAY}(?:\s*(?:-|–|to|and)\s*(?P<day_end>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year1>\d{{4}}))?)"
    rf"|(?P<dm>(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{MONTH_WORD})(?:,?\s+(?P<year2>\d{{4}}))?)"
    rf"|(?P<weekday>(?:on|last|this|next|since|from|by|until)\s+(?P<wd>{'|'.join(WEEKDAYS)}))"
    rf"|(?P<bare>(?-i:{'|'.join(w.capitalize() for w in WEEKDAYS)}))"
    rf"|(?P<mo>(?:in|since|from|until|by|last|next|early|late|mid-?)\s+(?P<month3>{MONTH_WORD})(?!\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\b)(?:\s+(?P<year3>\d{{4}}))?)"
    rf"|(?P<yr>(?:in|since|from|until|by|of|to|between)\s+(?P<year4>(?:1[89]|20)\d\d)(?:\s*(?:-|–|to|and)\s*(?P<year_end>(?:1[89]|20)\d\d))?)"
    rf"|(?P<rel>yesterday|today(?!['’])|tomorrow|(?:last|next|this) (?:week|month|year)"
    rf"|(?P<count>\d{{1,2}}|{'|'.join(NUMBER_WORDS)}) (?P<unit>days?|weeks?|months?|years?) ago)"
    rf"|the (?P<year5>(?:19|20)\d\d)(?= [a-z])"
    rf")\b",
    re.IGNORECASE,
)
# A weekday's name, in any case: what MENTIONS' weekday groups (wd, bare) are made of.
WEEKDAY_NAME = re.compile("|".join(WEEKDAYS), re.IGNORECASE)
# "Friday, Sept. 14", "Monday, Oct. 26, 2015": a weekday that the date after it pins down.
DATE_FOLLOWS = re.compile(
    rf",?\s+(?:{MONTH_WORD}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD})", re.I
)
# A weekday that is part of a name: "Super Tuesday", "Fox News Sunday", "Black Friday", "the
# Sunday Times", "Good Friday".
NAME_BEFORE_DAY = re.compile(
    r"(?:(?<=[\w.,;:] )[A-Z][\w’'.-]*|\b(?:Super|Black|Good|Cyber|Ash|Palm|Easter|Bloody|Holy)) $"
)
# "Today" written with a capital inside a sentence is NBC's programme, not a day; so is "TODAY"
# in capitals inside a sentence that is not all capitals ("the USA TODAY Network").
SHOW_TODAY = re.compile(r"(?<=[\w,;:] )T(?:oday|ODAY)\b")
# Where a clause ends: punctuation, a dash, a "that" clause.
CLAUSE_BREAK = re.compile(r"[;:()]|,\s|\s[—–-]\s|\bthat\b")
# A deadline: what must happen by a day, or lasts until it; the words between the cue and the
# date are small ones ("until early", "through the"), not a name ("brought by Mueller in
# November": an agent), and "due to" gives a cause, not a date. After "by" only words of time
# may come between ("by the end of", "by noon"): "struck by a driver Wednesday" and "arrested
# by police Tuesday" name who did it, and the day is the day it was done.
_BY_TIME_WORDS = "the|end|close|middle|start|beginning|of|early|late|mid|next|this|noon|midnight"
DEADLINE_CUE = re.compile(
    r"\b(?:(?:until|till|through|due(?!\s+(?:to|in|at|back)\b)|deadline|expires?|expiring|no later than"
    r"|effective)\s+(?:(?-i:[a-z0-9][\w'’-]*)\s+){0,2}"
    rf"|by\s+(?:(?:{_BY_TIME_WORDS})\s+){{0,3}})$",
    re.IGNORECASE,
)
# Words of saying: a date next to one of these is the day something was said, not the day of
# what was said ("officials said on Tuesday"; "in a brief statement Thursday"). Verbs in every form
# ("explain", "explains", "explained", "explaining"); those that are also common nouns ("state",
# "post", "claim", "blast", "challenge") only in the forms that are verbs; none that is as often
# a deed ("maintain", "posting a loss", "adding jobs"). "Appeared" only on a programme or as
# one seemed ("appeared on a Sunday show", "appeared to be angered"): one who "appeared in court
# Friday" did not speak, he was there.
_SPEECH_VERBS = """
    say says saying said tell tells telling told tweet tweets tweeting tweeted write writes
    wrote add added insist insists insisting insisted argue argues arguing argued urge urges
    urging urged encourage encourages encouraging encouraged ask asks asking asked warn warns
    warned explain explains explaining explained deny denies denying denied declare declares
    declaring declared concede concedes conceding conceded suggest suggests suggesting suggested
    predict predicts predicting predicted vowing vowed repeating repeated reiterate reiterates
    reiterating reiterated complain complains complaining complained criticize criticizes
    criticizing criticized criticise criticises criticising criticised blasting blasted slamming
    slammed praising praised downplay downplays downplaying downplayed respond responds
    responding responded reply replies replying replied recalling recalled reveal reveals
    revealing revealed disclose discloses disclosing disclosed divulge divulges divulging
    divulged acknowledge acknowledges acknowledging acknowledged testify testifies
    testifying testified defend defends defending defended confirm confirms confirming confirmed
    accuse accuses accusing accused dismiss dismisses dismissing dismissed mock mocks mocking
    mocked speak speaks speaking spoke assert asserts asserting asserted contend contends
    contending contended disputing disputed emphasize emphasizes emphasizing emphasized
    emphasise emphasises emphasising emphasised expressing expressed indicate indicates
    indicating indicated maintained proclaim proclaims proclaiming proclaimed tout touts touting
    touted stressing stressed quip quips quipping quipped scoff scoffs scoffing scoffed
    ridiculing ridiculed deride derides deriding derided lambaste lambastes lambasting lambasted
    chide chides chiding chided rebuking rebuked assail assails assailing assailed decry decries
    decrying decried denounce denounces denouncing denounced condemn condemns condemning
    condemned clarify clarifies clarifying clarified challenging challenged noted noting stated
    stating posted questioned questioning addressed addressing reported reports reporting
    signaled signalled signaling signalling echoed echoing mentioned mentioning remarked
    remarking claimed claiming attacked joked joking promised countered
    countering interviewed
""".split()
# Where words are said to a public: "on Twitter", "took to Facebook".
_MEDIA = "Twitter|Facebook|television|TV"
REPORT_WORDS = re.compile(
    rf"\b(?:{'|'.join(_SPEECH_VERBS)}"
    r"|criticism|interview|statement|remarks|speech|press conference|news conference|briefing"
    r"|op-ed|testimony|appearance|attacks? on|called for|called on|called it|call for"
    r"|called (?:\S+ ){1,3}?for|condolences?|lament|laments|lamenting|lamented|weighs? in"
    r"|weighing in|pledge|pledges|pledging|pledged|bashed|bashing|a claim|the claim"
    r"|commented|commenting"
    # a threat to do something is said ("threatened Tuesday to sue the county")
    r"|threaten(?:s|ed|ing)?(?= (?:\S+ ){0,3}?to\b)"
    r"|appear(?:ed|ing) (?:on|to)"
    r"|lashed out|pushed back|hit back|fired back|weighed in|doubled down|pointed out"
    r"|took aim|took on|debate|rally"
    # "took to Twitter"; not "took to the streets", "continued to rise", "continued the
    # search": deeds as often as words. In PolNeAR's tune half, "continued" before "to" or an
    # object was an attribution's cue 7 times of 16 (4 of them with a word of saying after it,
    # a cue here of its own), elsewhere 25 times of 37. ("took on cargo" stays: "took on" a
    # rival is said, and a telling taken for a deed would add a wrong day.)
    rf"|took to (?:{_MEDIA})|continued(?!\s+(?:to|the|a|an|its|his|her|their)\b)"
    rf"|on (?:{_MEDIA})|news show)\b",
    re.IGNORECASE,
)
# Nouns of words said. Not words of saying wherever they stand ("angered leaders with his
# comments"): only as the object of the verb right before a date ("repeated those
# comments Friday", "had harsh words Sunday night") do they date the words, not a happening.
SPOKEN_NOUNS = frozenset(
    """comment comments remark remarks word words speech speeches statement statements
    interview interviews testimony""".split()
)
# Verbs of charging or alleging: told right before a date that "that" follows ("charged in a
# complaint Tuesday that the firm hid its losses"), a claim made that day, not a charge of a
# crime ("charged with").
CLAIM_VERB = re.compile(r"\b(?:charg|alleg)(?:es|ed|ing|e)\b(?!\s+with\b)", re.IGNORECASE)
# Verbs of announcing: a word of saying that is as often a deed ("announced a ban", "announced
# Tuesday he is running"), so no word of saying where it stands; set after the news it
# attributes (", the network announced Tuesday."), its date is the day of the telling.
ANNOUNCING = re.compile(r"announc(?:es|ed|ing|e)", re.IGNORECASE)
# "had" and a participle, adverbs between ("had come up", "had already been arrested"); not
# "had to" nor "had" with an object ("had a bad day").
PAST_PERFECT = re.compile(
    r"\bhad(?:n['’]t| not)?(?: (?:\w+ly|already|also|just|long|first|earlier|never|since|once))*"
    r" (?:been|come|gone|done|become|run|begun|seen|known|\w+ed|\w+en|\w+wn)\b",
    re.IGNORECASE,
)
# Before a date in its clause: a published source of what the date dates ("according to a
# report published Monday"); not a document whose making is itself a happening ("according to
# a charge sheet filed Tuesday").
SOURCE_CUE = re.compile(
    r"\baccording to (?:a|an|the)\b(?:\s+[\w’'-]+){0,4}?\s+(?:report|article|story|statement"
    r"|interview|post|tweet|poll|survey|notice|memo|column|op-ed|blog|book|profile)s?\b",
    re.IGNORECASE,
)
# The words before "that" when a clause that follows says of what was said: "in a statement
# that went out late on Friday".
REPORT_ANTECEDENT = re.compile(
    r"\b(?:interview|statement|post|tweet|letter|op-ed)\s*$",
    re.IGNORECASE,
)
# A speech act told apart from its clause: a sentence that opens with one ("Asked about the
# remarks, he remained adamant on Sunday") or goes on with one after its date ("offered a vote
# of confidence on Tuesday, saying ...").
REPORT_OPENER = re.compile(
    r"\W*(?:asked|speaking(?! of\b)|responding|replying|testifying|talking(?! of\b)|interviewed"
    r"|questioned|pressed|saying|suggesting|insisting|arguing|noting|claiming|explaining)\b",
    re.IGNORECASE,
)
# A verb's -ing form after one of these is a phrase of its own, not what its clause tells:
# "took the mayor's office in 2012 partly by arguing that ...".
GERUND_PREPOSITIONS = frozenset("by for after before without since of from about".split())
GERUND_ENDING = "ing"
# Before a date in its clause: "for approving a budget on Tuesday", "after voting to override
# Wednesday", "since joining the board in March". Not "in" or "on" ("in trading Monday").
GERUND_PHRASE = re.compile(
    r"\b(?:for|after|before|by|since|without|while|when|upon)\s+(?-i:[a-z]+ing)\b",
    re.IGNORECASE,
)
REPORT_PARTICIPLE = re.compile(
    r",[\"”’]*\s+(?:saying|telling|adding|arguing|claiming|insisting|noting|asking|accusing|declaring"
    r"|explaining|calling|decrying|asserting|vowing|stressing|complaining|proclaiming)\b",
    re.IGNORECASE,
)
# "from 1998 to 2004", "from Nov. 14 through Jan. 8": a span, dated by its start (a term of
# office, a war).
RANGE_OF_YEARS = re.compile(
    rf"(?:from|between)\s+(?:\d{{4}}|{MONTH_WORD}\s+(?:\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)),?"
    rf"\s*(?:-|–|to|and|through|until|till)\s*(?:{MONTH_WORD}\s+)?\d",
    re.I,
)
# The opening word of a range of dates, right before its first date.
RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.I)
# A span written as two dates: "from Oct. 16 to Nov. 14", "March 3-9", "from March 2013 until
# June 2014", "between Oct. 1 and Oct. 5" ("on May 4 and 5" is two days, no span).
SPAN_OPENERS = frozenset({"from", "between"})
SPAN_AND_OPENERS = frozenset({"between"})
SPAN_LINK_WORDS = frozenset({"to", "through", "thru", "until", "till"})
SPAN_LINK = re.compile(r"\s*,?\s*(?:-|–|—|to|through|thru|until|till)\s*", re.I)
SPAN_AND = re.compile(r"\s*,?\s*and\s*", re.I)
ORDINAL_END = re.compile(r"^(?:st|nd|rd|th)")
# Between a participle and its date: an adverb of time ("released early Friday") or a
# preposition ("filed on Monday").
PARTICIPLE_TO_DATE = frozenset("on in early late last this".split())
# Right before a date, the other side of a change told with an amount: "climbed to 58% from
# 41% in 2009", "up 8% from a low of $12,500 in 2009": a baseline, not a happening.
_AMOUNT_VALUE = (
    r"(?:(?:a|an|the|its|recent|low|high|peak|of|about|nearly|roughly|some|just|more|less|fewer"
    r"|than|over|under|almost|around)\s+)*"
    r"[$€£]?\d[\d,.]*\s*(?:%|percent\b|per cent\b|million\b|billion\b|trillion\b)?"
)
# ... and the other side's own year, and the clause that tells what the amount was ("down from
# the more than $9,000 it paid two years ago"); or the new side of the change, its year the
# period the new amount is counted over ("grew from $12 million in 2016 to $19 million in
# 2018"): both are amounts compared, not happenings.
FROM_AMOUNT = re.compile(
    rf"\bfrom\s+{_AMOUNT_VALUE}\s*(?:(?:it|he|she|they|we|which|that)\s+[a-z]+\s+)?"
    r"(?:in|on|at|during)?\s*$"
    rf"|\bfrom\s+{_AMOUNT_VALUE}\s+(?:(?:in|on|during)\s+[\w.]+(?:\s+\d{{4}})?\s+)?"
    rf"(?:to|up to|down to)\s+{_AMOUNT_VALUE}\s*(?:in|on|at|during)?\s*$",
    re.I,
)
# A share ("45%", "31.5 percent"): a year or a month in its clause is the period the share is
# counted over ("In 2012, 30% of the farms ran at a loss"), a statistic, not a happening.
SHARE = re.compile(r"\d[\d.,]*\s*(?:%|percent\b|per cent\b)", re.I)
# An amount counted over a span: money, a share, millions ("$20 million", "31.5 percent").
AMOUNT = re.compile(
    r"[$€£]\s?\d|\b\d[\d,.]*\s*(?:%|percent\b|per cent\b|million\b|billion\b|trillion\b)",
    re.I,
)
# A year or a month written after "in" or "during" right after an amount and at most the word
# of what it counts ("grossed $40 million in 2014", "with 9.1 billion gallons in 2013"): the
# period the amount is counted over ("paid $4 million to the family in 2012" is a payment, and
# keeps its year; "repaid $9,000 earlier this year" tells when it was done). Matched up to the
# date's end.
AMOUNT_BEFORE = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*|\b\d[\d,.]*\s*(?:%|percent\b|per cent\b|million\b|billion\b|trillion\b))"
    r"(?:\s*(?:million|billion|trillion)\b)?(?:\s+[\w'’&-]+)?"
    rf"\s+(?:in|during)\s+(?:(?:1[89]|20)\d\d|{MONTH_WORD}\.?(?:\s+\d{{4}})?)$",
    re.I,
)
# A date after one of these opens or bounds a period, or names a thing ("the budget of 2012"):
# it dates no happening.
PERIOD_WORDS = frozenset({"since", "from", "between", "of", "to"})
# Verbs in the past that do not end in -ed; not those that are as often a noun or the present
# ("the Fed", "a split", "shut down").
IRREGULAR_PAST = frozenset(
    """was were had did said told met went came took made gave left ran won lost began sent held
    spoke wrote became brought thought found got saw knew put set led paid sold bought fell rose
    struck chose broke drove flew kept meant stood felt heard hit quit read sat shot spent
    taught threw wore withdrew overtook upheld overturned sought swore fought caught beat drew
    grew built fled froze hid shook sank stole stuck swept tore underwent arose awoke
    bent blew bled clung dealt dug forgot forgave hung laid lent lit overcame oversaw rang
    rode sang shone slid slept strove swam swung understood undertook wept withheld
    withstood woke""".split()
)
# What is left of "is", "has" and "are" in a contraction ("he's sentenced", "they're charged"),
# read as a word of its own: an -ed word after one is no verb in the past.
CONTRACTED_AUXILIARIES = frozenset("s re".split())
# Before an -ed word: "has sought", "have long argued" (a past that the sentence gives no day);
# "is expected", "are widely seen" (the present).
PERFECT_AUXILIARIES = frozenset("has have having ve is are am be being".split())
# A clause opened by one of these is the object of the verb before it ("said that ...").
COMPLEMENT_OPENERS = frozenset({"that"})
# Before a date in its clause, a verb in the past that tells what did not happen ("did not
# return calls Friday", "Neither the mayor's office nor the council met him Saturday"): the
# date dates no happening.
# So does a clause that says there was none of something ("There was no word from the
# mayor's office on Monday"), or one that tells what would have been, had something been done
# ("had they acted back in 2010, the mill would be open").
NEGATED = re.compile(
    r"\b(?:(?:did|was|were|had)(?: not|n['’]t)|never|neither|there (?:was|were) no)\b"
    r"|(?:^|[,;:]\s)\W*(?:but\s+)?had (?:I|we|you|he|she|it|they)\b",
    re.IGNORECASE,
)
# Words of negation between an auxiliary and its verb ("is not expected").
NEGATIONS = frozenset("not never".split())
# Adverbs that stand between an auxiliary and its verb without ending in -ly ("was first
# elected", "had also served", "were then moved"): the two are one verb group.
INNER_ADVERBS = frozenset(
    "first also then still just again once already long ever soon even".split()
)
# A verb of the present or the future ("may" is left out: it is also a month).
PRESENT_MARKER = re.compile(
    r"(?<!\bto )\b(?:is|are|am|has|have|will|shall|can|must|isn't|aren't|won't|can't)\b", re.I
)
# "followed by the council": an -ed word before "by" with no auxiliary is a participle.
AGENT_WORDS = frozenset({"by"})
# Words ending in -ed that are not verbs in the past.
NOT_PAST = frozenset(
    """need needs speed red bed hundred seed indeed proceed embed shed feed deed weed heed reed
    greed creed breed bleed steed""".split()
)
# "promised to close all the mines by 2019": a deadline set in the past.
# Not "to making": a gerund after "to" is no infinitive.
INFINITIVE = re.compile(r"\bto (?-i:(?![a-z]+ing\b)[a-z]+)\b(?<!\bto the)(?<!\bto a)(?<!\bto an)")
DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())
# Articles and possessives: "the Friday deadline", "a Sept. 14 email" (not "this Friday").
NOUN_DETERMINERS = frozenset("a an the his her its their our my your own".split())
# Parts of a day: after a weekday they are no noun it names ("issued his Monday afternoon").
PARTS_OF_DAY = frozenset("morning afternoon evening night overnight".split())
# Prepositions that are no stop words: after a part of a day they open a phrase of place or
# cause ("was arrested Wednesday night near the bridge"), and the day is that of the happening,
# not a noun it names.
DAY_PART_PREPOSITIONS = frozenset("near outside inside amid despite opposite".split())
# Modal verbs: a clause with one speaks of what may or must happen.
MODAL = re.compile(r"\b(?:will|would|shall|should|must|can|could|may|might|has to|have to)\b")
# "ahead of the vote", "in advance of the visit": a happening set before another, which a
# clause in the past ("spoke to reporters ahead of the rally on Monday") does not tell to be
# still ahead.
AHEAD_OF = re.compile(r"\b(?:ahead|in advance) of\b", re.IGNORECASE)
# Words that make what a date dates a plan: "will meet on Monday", "is due to vote on June 1".
# "will" and "shall" as verbs: lower case or in capitals, or capitalised where a sentence or a
# quotation begins and before a word in lower case ("Will the board meet on Friday?");
# capitalised elsewhere they are a name ("columnist George Will renewed his feud this week",
# "Will Roe spoke on Friday" is no plan).
_FUTURE_MODAL = r"(?-i:will|shall|WILL|SHALL)|(?<![\w,;] )(?-i:Will|Shall)(?=\s+(?-i:[a-z]))"
PLAN_CUE = re.compile(
    r"\b(?:"
    + _FUTURE_MODAL
    + r"|is to|are to|(?:is|are|was|were) due|scheduled|slated|set for|set to"
    r"|expected to|expects? to|planning to|planned for|intends? to|upcoming|the coming"
    r"|ahead of|in advance of|plans? for|later this|to be held|prepar(?:e|es|ed|ing) (?:for|to)"
    r"|expect(?:s|ed)?(?: \S+){0,6}? to be)\b"
    # a team that goes through to a later round: "advances to play Saturday", "advance to face
    # the winner on Friday" (the present: "advanced to" may tell of a round already played when
    # the paper came out; and "moved to advance the bill to a floor vote on Monday" tells no game)
    r"|\badvances? to (?:play|face|meet|take on)\b"
    # "plans to attend", not "the mayor's plan to build a wall": a noun names a plan, not its day
    r"|(?<![’']s )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?<!\ba )\bplans? to\b"
    # the present of a scheduled happening: "is meeting on Tuesday", "are in court Monday"
    r"|\b(?:is|are|am)\s+(?:\w+ing|in|on|at)\b(?:\s+[\w'’-]+){0,4}\s*$"
    # a day set for what is to come: "set the sentencing for Sept. 12", "scheduled a vote for
    # Friday" (a day set for it is ahead of the setting, whatever the tense of "set")
    r"|\b(?:set|scheduled|rescheduled|slated|postponed|moved|pushed back)\b"
    r"(?:\s+(?-i:[a-z][\w'’-]*)){0,4}\s+for\s*$",
    re.IGNORECASE,
)
# A plan that was not carried out, or not yet when told: "was supposed to open in April",
# "had been expected to vote on Tuesday". Its date dates nothing that happened.
UNFULFILLED = re.compile(
    r"\b(?:was|were) supposed to\b|\bhad (?:been expected|planned|hoped|intended) to\b"
    r"|\b(?:was|were) to have\b"
    # "was originally planning to speak Monday", "originally scheduled for June 3": changed since
    r"|\boriginally\b",
    re.IGNORECASE,
)
# After a planned date: the plan is off ("a rally set for Wednesday has been postponed").
CALLED_OFF = re.compile(
    r"\b(?:postponed|cancell?ed|called off|scrapped|put off|scuttled|shelved)\b", re.IGNORECASE
)
# Words that put the weekday that follows them in the future.
FUTURE_CUE = re.compile(
    r"\b(?:"
    + _FUTURE_MODAL
    + r"|would|is to|are to|is due|are due|due to|scheduled|expected|set to"
    r"|planned|before|ahead of|in advance of|upcoming|later)\b"
    r"|(?<![’']s )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?<!\ba )\bplans?\b",
    re.IGNORECASE,
)

# "every Friday": a habit, not a day.
HABIT_WORDS = frozenset({"every", "each"})
# "until Friday", "by June 1": a deadline (unless the clause tells of the past).
DEADLINE_WORDS = frozenset({"until", "till", "through", "by"})
# In a clause in the past, "had raised £1,870 by Thursday" dates what was done; "stayed until
# Friday", "battled through Jan. 25" end a period: neither is a deadline.
DONE_BY = frozenset({"by"})
PERIOD_END = frozenset({"until", "till", "through"})
# "will deliver an update before Nov. 4", "will wrap up its recess after this week": the day
# bounds the happening, which is on no day the text tells.
BOUND_WORDS = frozenset({"before", "after"})
# A date that opens with one of these is a plan.
PLAN_OPENERS = ("next", "tomorrow")
NEXT_WORD = "next"
# "last Wednesday" written on a Wednesday: today, or a week before? Which is not known.
LAST_WORD = "last"
# "may" is a verb far more often than a month: in a text in capitals, a month only with its
# year (elsewhere a month's name is capitalised: "in May").
AMBIGUOUS_MONTHS = frozenset({"may"})
PAST_ENDING = "ed"
# Relative dates ("yesterday", "last week", "two days ago"), resolved against the publication day.
DAY_SHIFTS = {"yesterday": -1, "today": 0, "tomorrow": 1}
PERIOD_SHIFTS = {"last": -1, "next": 1, "this": 0}
AGO = "ago"
# Weeks in the news this language is read from start on Sunday ("last week" in a Thursday paper
# is the Sunday-to-Saturday week before its own).
WEEK_START = 6
PERIODS = {
    word: period for period in ("day", "week", "month", "year") for word in (period, f"{period}s")
}
# Words that open a subordinate clause or phrase: a date in one is not the sentence's news.
SUBORDINATOR = re.compile(
    r"\b(?:since|after|before|when|while|who|whom|whose|which|that|where|following|as|because"
    r"|although|though|whereas|if|once|ahead of|until)\b",
    re.IGNORECASE,
)
# A date that opens with one of these is the week before the report's: rarely the story's own.
LAST_WEEK = ("last week",)
# A time told before the sentence: "On Aug. 17 that year", "at the end of that week, on Oct. 7".
ANAPHORIC_TIME = re.compile(
    r"\b(?:that|the same|the following|the previous|the prior|the preceding)\s+"
    r"(?:year|week|spring|summer|fall|autumn|winter)\b",
    re.IGNORECASE,
)
# The signature of an embedded post, right before its date: "— Name (@user) June 3, 2017".
POST_SIGNATURE = re.compile(r"\(@\w+\)\s*$")
# Before a main verb: "was indicted", "has resigned", "will meet", "did not vote".
AUXILIARIES = frozenset(
    "was were is are am be been being has have had having will would shall did does do".split()
)
# After a verb and its object, an adjunct opens with one of these: "pleaded guilty | on Friday
# | in federal court | to charges", "was charged | by prosecutors | after a long inquiry".
ADJUNCT_OPENERS = frozenset(
    """on in at by after before for from during with into over following amid since until as
    while when because to without against under despite about through between""".split()
)
# The future seen from the past, or a condition: "announced that they would campaign together
# June 15", "the law would take effect Jan. 1". What it dates is a plan when it is still ahead
# of the report; one already past by then may or may not have happened.
REPORTED_FUTURE = re.compile(r"\bwould\b(?!\s+(?:not\s+)?have\b)", re.IGNORECASE)
# A plan told in the past: "was scheduled to begin Monday", "were expected to vote on May 2",
# "was set for Friday" (not "was set in motion in May": that was done). Written after the day,
# it is not known whether it happened; written before it, the present would do ("is
# scheduled"): which week, or year, the day is in, the text does not tell.
PAST_PLAN = re.compile(
    r"\b(?:was|were)\s+(?:(?:also|then|still|first|initially)\s+)?"
    r"(?:scheduled|slated|set|expected|due|planned|planning|going)\s+(?:to|for)\b",
    re.IGNORECASE,
)
# A date joined to another by "and" or "or" ("in 1970 and 1985", "in April and May", "tonight or
# tomorrow", "Friday or perhaps early next week"): two happenings, a span or a guess; no one
# day of one happening. Names of days and months are capitalised.
_DATE_WORD = (
    rf"(?:(?-i:{'|'.join(w.capitalize() for w in WEEKDAYS)})"
    rf"|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|today|tonight|tomorrow|yesterday|(?:next|last|this)\s+(?:week|month|year)"
    r"|(?:1[89]|20)\d\d)"
)
_HEDGED = (
    r"(?:(?:possibly|perhaps|maybe|probably|again|then|early|late|on|in|by|next|last|this)\s+){0,3}"
)
# A year before another in a list ("in 2007, 2013 and 2014") is one of several, too.
COORDINATED_AFTER = re.compile(
    rf",?\s+(?:and|or)\s+{_HEDGED}{_DATE_WORD}\b|,\s+(?:1[89]|20)\d\d\b", re.IGNORECASE
)
COORDINATED_BEFORE = re.compile(
    rf"\b{_DATE_WORD}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?:and|or)\s+{_HEDGED}$", re.IGNORECASE
)
# In a range of years, the word that joins two years that are two dates, not a span ("in 1970
# and 1985"; "between 1970 and 1985" is a span).
YEAR_PAIR = re.compile(r"\d{4}\s+and\s+\d{4}")
# Right after a date: a picture it is the date of ("in this Oct. 3, 2012 handout photo").
PICTURE_AFTER = re.compile(
    r",?\s+(?:(?:file|handout|undated|aerial|satellite|video)\s+)?(?:photo|photograph|picture"
    r"|image|still|screenshot|screen grab)s?\b",
    re.IGNORECASE,
)
# Right before a date: the other side of a comparison ("more permits this May than it did in
# May 2010", "higher than in 2010"): a baseline, not a happening. Not "more than 30 people
# died in 2014": a number after "than" is a count.
BASELINE = re.compile(r"\bthan\s+(?!\d)(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
# A sentence that opens with the label of an editor's note on the page ("CORRECTION: This story
# gave the wrong name for the harbour master on Friday", "Editor's note: ..."): what it dates
# is the page's own history, not a happening of the story. Not "UPDATE:", whose news follows.
PAGE_NOTE = re.compile(r"\W*(?:correction|clarification|editor['’]?s['’]? note)\s*:", re.IGNORECASE)
# Before a date: the stamp of an update to a report ("UPDATE - Oct. 12, 9:45 a.m.: ...",
# "Updated on Friday:"): the date is the day the report was updated, not of a happening. A
# date after the stamp's colon is the update's news ("UPDATE 2: On Tuesday the agency ...").
UPDATE_STAMP = re.compile(
    r"\W*(?:UPDATE|UPDATED|Update|Updated|CORRECTION|Correction)\b(?:\s*\d+)?[^\w:]*"
    r"(?:on\s+|at\s+)?$"
    # the page's own note on its making: "This report was corrected on 9 June 2016", "This story
    # has been updated on ...", "A version of this column appeared in print on ...": the day
    # the page changed or was printed, no happening of the story
    r"|\W*This (?:article|story|report|post|piece|page|version)"
    r"(?: (?:was|has been|had been|is))?(?: (?:first|originally|last))?"
    r" (?:amended|updated|corrected|changed|edited|published|posted|modified)\s+(?:on\s+|at\s+)?$"
    # "A version of this review appeared in print on Oct. 4, 2012, on page C3"
    r"|\W*A version of this (?:article|story|report|review|column) appeared\b[^.]{0,30}?$"
)
# One of two dates: "in 2011 or 2012", "in May or June 2014" (after the first, before the second).
ALTERNATIVE_AFTER = re.compile(r"\s*or\s+(?:[A-Za-z]+\.?\s+)?'?\d", re.IGNORECASE)
# A count of time may be one of two as well: "five or six years ago".
ALTERNATIVE_BEFORE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(NUMBER_WORDS)}))\s+or\s+(?:[A-Za-z]+\.?\s+)?$", re.IGNORECASE
)
# Right after a year, the end of a season or a span written with it: "in 1982-83", "the
# 2012/13 budget" (a four-digit end is read with the year by MENTIONS).
SEASON_TAIL = re.compile(r"\s*[-–/]\s*'?\d{2}\b(?!\d)")
# Words that open a clause or phrase hanging off the sentence's news: a date after one of them,
# in its own stretch of the sentence, dates that clause ("Smith, who was elected in 2008,
# said ...", "the worst since the junta fell in 1974", "spoke out against the bill, which passed
# on Thursday", "a rule that was adopted in 1960", "a dispute that began in June", "rose, while
# costs fell in 2010", "despite a ban in 1972"; "if she had won the race in 2010": a condition,
# not what happened), not the news. "that" only when a verb follows it (a relative clause, not
# "said that on Friday he ..."); not a verb in the past that is as often a noun after "that" as a
# determiner ("that set of rules", "that shot").
_ALSO_NOUNS = frozenset("set put read hit beat shot lit laid lent bent".split())
SIDE_OPENER = re.compile(
    r"\b(?:who|whom|whose|which|where|since|because|although|though|whereas|while|unless"
    r"|if|until|after|before|despite|compared (?:to|with)|according to|(?<!\bthe )following"
    r"|(?<!\bwould )(?<!['’]d )like)\b"
    r"|\bthat\s+(?=(?:was|were|had|has|have|is|are|would|will|could)\b|[a-z]+ed\b"
    rf"|(?:{'|'.join(sorted(IRREGULAR_PAST - _ALSO_NOUNS))})\b)",
    re.IGNORECASE,
)
# What a concern, a claim or a rumour holds, which the sentence does not tell as news, up to
# the end of its clause, commas and all: "raised concerns that the inquiry began in 2016",
# "harbor suspicions that he lied, met them in 2016 or both".
CONTENT_OPENER = re.compile(
    r"\b(?:concerns?|suspicions?|fears?|claims?|allegations?|accusations?|rumou?rs?"
    r"|speculation|theory|theories|beliefs?|idea|notion|hopes?|suggestions?|assertions?"
    # what a report or an account holds: "citing a report that two men were held on Monday"
    r"|reports?|accounts?)"
    r"\s+that\b",
    re.IGNORECASE,
)
# Before a plan's or a deadline's date in its sentence, what makes it no plan told as news: an
# opinion about what is to come ("believes the feud will last until the vote in July"), a hope
# or a wish ("hoped the board would release the report this week", "hopes to sign the deal on
# Friday": what is hoped for may or may not be set for that day), or a guess at its odds ("It
# is likely he will speak on Saturday", "will probably vote in May"). What the date dates is
# what someone thinks, or wants, will happen.
NOT_PLANNED = re.compile(
    r"\b(?:believes?|believed|believing|thinks?|thinking|doubts?|doubted|doubting|fears?"
    r"|feared|fearing|predicts?|predicted|predicting|bets?|betting|wagers?|wagered)\b"
    r"(?!\s+(?:to|for|of|in|on|by)\b)"
    r"|\b(?:hopes?|hoped|hoping|hopeful|wish(?:es|ed|ing)?)\b"
    r"|\b(?:(?:un)?likely|probably|possibly|perhaps|maybe)\b",
    re.IGNORECASE,
)
# Before a plan's date: a need ("will have to win two games in April"), what must happen, not
# what is planned ("must answer the charges by April 26" is a deadline, and stays one).
NEEDED = re.compile(r"\b(?:ha(?:ve|s|d) to|need(?:s|ed)? to|must)\b", re.IGNORECASE)
# ... or a clause the date is in, with no comma between: a condition ("will keep her seat if
# turnout stays low in May") or a question ("declined to say whom she would back in June", "on
# whether the vote will be held in May"); "If the bill fails, the House will vote on Friday" is
# a plan of its own, after the condition.
NOT_PLANNED_CLAUSE = re.compile(
    r"\b(?:if|unless|whether)\b"
    r"|\b(?:on|about|over|as to|ask|asks|asked|say|says|said|know|knows|knew|decide|decides"
    r"|decided)\s+"
    r"(?:who|whom|what|which|whether)\b",
    re.IGNORECASE,
)
# Before a date in its stretch of the sentence, a phrase inside a noun phrase or a verb's object:
# a gerund after "of" or "with" ("was found guilty in May of robbing a bank in 2015", "the trial
# of two men charged with killing a guard on Oct. 2, 2011") or a list of examples ("made ten
# playoff appearances, including a title in 1983"). The date dates what the phrase tells, not
# the news of the clause. Nouns in -ing are no gerunds ("the end of the meeting in 2015").
NESTED_PHRASE = re.compile(
    r"\b(?:of|with)\s+(?:(?-i:[a-z]+ly)\s+)?(?!(?:nothing|something|anything|everything|morning|evening|building"
    r"|spring|during|wedding|meeting|hearing|funding|ruling|briefing|housing|ceiling|thing"
    r"|king|ring|string|offering|opening|ending|earning|earnings|training|clothing|being"
    r"|shooting|bombing|landing|filing|holding|listing|setting|standing|warning|uprising"
    r"|gathering|signing|swearing)\b)(?-i:[a-z]+ing)\b"
    r"|(?:^|\b)(?:including|such as)\b",
    re.IGNORECASE,
)
# The words of NESTED_PHRASE that open a list of examples after a noun ("including a title in
# 1983"): a list is no subject, and a verb right after a noun in it is a participle of that noun.
LIST_OPENERS = frozenset({"including", "such as"})
# Words that are the subject of a clause by themselves: in "a lawsuit his aide had filed in
# 2014" and "the car they bought in 2010" a clause follows a noun without "that" or "which".
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
# "On that day, ...", "that night": a day the sentence before gives (timeline_acts.py).
DAY_POINTED_BACK = re.compile(r"\bthat\s+(?:day|night)\b", re.IGNORECASE)
# Nouns of time: before a subject and its verb they open the sentence's own clause ("Two years
# later the council approved ..."), not a clause after a noun.
TIME_NOUNS = frozenset(
    """year years month months week weeks day days decade decades time times later earlier ago
    morning afternoon evening night""".split()
)
# Before a noun of time, the article that makes it the head of a clause after it ("as calm as
# the day he joined the club in 2010": the date is the clause's, not the news's).
TIME_HEAD_ARTICLES = frozenset({"the"})
# Of those, the relative pronouns: what follows them is a clause even before its verb ("who in
# 2008 won ..."); the others open one only with a verb ("after he was charged in 2014", not
# "went after the aide on Tuesday").
RELATIVE_PRONOUNS = frozenset("who whom whose which where".split())
# Of those, the ones whose phrase holds a date even without a verb: "Since the report by the
# state on May 9, she has ...", "the first vote since a recount two weeks ago": what is
# counted from that day, not a happening of it; "despite a ruling in May", "92 crimes compared
# to 80 in the same months of 2010": a happening or a count the news is set against; "according
# to records filed on Friday": where the news is read, not when it happened.
PHRASE_OPENERS = frozenset({"since", "despite", "compared to", "compared with", "according to"})
# Of those, the ones whose phrase holds a date without a verb when it opens the sentence: "Before
# the bridge's collapse on May 9, the firm was ...", "After a recount in 2004, she ...": what the
# sentence tells came before or after that day, on no day it gives. (Further in, "testified
# before the panel on Tuesday" gives the day of the testimony.) "From the day in 1999 when the
# shop opened, the family has ...": what is counted from that day ("From 2007 to 2011, he ..."
# and "From Monday, the shop will ..." write the opener with the date).
FRONTED_PHRASE_OPENERS = frozenset({"before", "after", "following", "from"})
# Verbs in the present that tell what a document, a record or a count holds: "the complaint
# filed Monday claims ...", "the report released on Monday shows ...". After a participle
# and its date set beside a noun, they are the main verb, whose news is not that day's.
CONTENT_VERBS = frozenset(
    """says shows alleges claims accuses charges details describes finds states includes lists
    names cites notes argues contends asserts suggests indicates reveals outlines marks
    recommends concludes calls confirms""".split()
)
# Words that open a clause of time that trails the news and compares it with another time ("...,
# just as they did in April", "..., as was the case last week"). ("When" and "while" tell the
# time of the news itself: "was killed when she was crossing the street on Friday".)
FRAME_OPENER = re.compile(r"^\s*(?:just |even )?(?:as|once)\b", re.I)
# Such a clause opening its sentence: "As was the case in 1996, ...", "As in 2008, the party
# ..." (not "As the bill reached her desk on Monday, she ...", which tells the news's time).
FRONTED_FRAME = re.compile(
    r"^\W*(?:just |even )?as (?:was|were|is|are|has been|had been|in|with|did|happened)\b", re.I
)
# The first words of an apposition: a noun phrase set beside a name between commas or dashes
# ("Acme Mills, a firm begun in 1950, tried ...", "— an unarmed teenager shot last year —").
APPOSITION_OPENERS = frozenset("a an the another his her its their".split())
# Nouns a year written right before them names, so that "in <year> <noun>" dates the thing,
# not a happening of the sentence: "rose to fame in 1997 film ...", "($76 million in 2006
# dollars)", "lost in 2012 elections".
NAMED_BY_YEAR = frozenset(
    """movie movies film films book novel album song show series episode season seasons
    dollars prices terms census survey poll report study budget election elections race
    campaign primary primaries game games tournament championship final finals war model
    edition law act""".split()
)
