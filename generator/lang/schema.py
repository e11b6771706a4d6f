"""What a language gives the pipeline: typed, frozen word lists and patterns, grouped by use.

Every field has the value of a language without data: no word, a pattern that never matches.
A language's folder (lang/en/) fills the fields it has; lang/xx/ is the language without data.
The classes compare and hash by identity (eq=False): a language's data is made once, and a
cached function keyed by it must not hash hundreds of word sets on every call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

# A pattern that matches nothing: what a language without data has for every pattern.
NEVER = re.compile(r"(?!)")


@dataclass(frozen=True, eq=False)
class Calendar:
    """Months and weekdays."""

    # Names and abbreviations of months, lower case -> the month's number (1-12).
    month_numbers: Mapping[str, int] = field(default_factory=dict)
    # The weekdays' names, lower case, Monday first (the order of date.weekday()).
    weekdays: tuple[str, ...] = ()
    # Weekdays with their abbreviations ("tues").
    weekday_words: frozenset[str] = frozenset()
    # The names of months and weekdays, written out.
    calendar_words: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Numbers:
    """Numbers written as words."""

    # Number words, lower case -> their value ("two": 2).
    words: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class SentenceRules:
    """Where sentences end (sentences.py): the word before a full stop, lower case without its
    final stop, and the words after it."""

    # Abbreviations always followed by more of the sentence ("Mr.", "Gen.").
    never_final: frozenset[str] = frozenset()
    # Abbreviations before or after a number ("No. 10"): they end a sentence before a word.
    before_number: frozenset[str] = frozenset()
    month_abbreviations: frozenset[str] = frozenset()
    # Abbreviations that usually end what comes before them ("Ltd.", "Jr.").
    usually_final: frozenset[str] = frozenset()
    # Times of day ("a.m"), and the words after them that go on with the sentence ("Friday").
    clock: frozenset[str] = frozenset()
    time_continuations: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    place_abbreviations: frozenset[str] = frozenset()
    # Words that open sentences: after an abbreviation, one of them starts a new sentence.
    openers: frozenset[str] = frozenset()
    # Words that go on with an institution's name after a place abbreviation ("U.S. Senate"),
    # and the small words that join the words of a name ("Food and Drug Administration").
    name_continuations: frozenset[str] = frozenset()
    name_joiners: frozenset[str] = frozenset()
    # Verbs of speech: after a quotation's "!" or "?", the attribution goes on with it.
    speech: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class DateGrammar:
    """How dates are written in sentences and what tells what a date dates (dates.py).

    `mentions` has the named groups dates.py reads: md (month1, day, day_end, year1), dm
    (day2, month2, year2), weekday (wd), bare, mo (month3, year3), yr (year4, year_end), rel
    (count, unit) and year5."""

    # A written date: day, month, year ("16th March 2024"); month, day, year ("Mar. 16,
    # 2024"). Groups: the day, the month's word and the year, in the order written.
    day_month_year: re.Pattern[str] = NEVER
    month_day_year: re.Pattern[str] = NEVER
    mentions: re.Pattern[str] = NEVER
    # Any weekday's name that `mentions` reads as a weekday (its wd and bare groups): a sentence
    # without one names no weekday, and the long `mentions` pattern is not run for its weekdays.
    weekday_name: re.Pattern[str] = NEVER
    # After a weekday: the date it falls on ("Friday, Sept. 14").
    date_follows: re.Pattern[str] = NEVER
    # Before a weekday: a name it is part of ("Super Tuesday").
    name_before_day: re.Pattern[str] = NEVER
    # A word for "today" that is a name when capitalised mid-sentence.
    show_today: re.Pattern[str] = NEVER
    clause_break: re.Pattern[str] = NEVER
    deadline_cue: re.Pattern[str] = NEVER
    report_words: re.Pattern[str] = NEVER
    # The words of nested_phrase that open a list of examples ("including a title in 1983").
    list_openers: frozenset[str] = frozenset()
    # Nouns of words said: as the object of a verb right before a date ("repeated those comments
    # Friday"), they make the date the day the words were said.
    spoken_nouns: frozenset[str] = frozenset()
    range_of_years: re.Pattern[str] = NEVER
    range_opener: re.Pattern[str] = NEVER
    plan_cue: re.Pattern[str] = NEVER
    # A note on the page itself opening a sentence ("Correction: ..."): its dates are the page's.
    page_note: re.Pattern[str] = NEVER
    # Words that place a happening before another ("ahead of the vote"): the other is a plan
    # only when the clause is not told in the past.
    ahead_of: re.Pattern[str] = NEVER
    # A plan told as not carried out ("was supposed to open in April").
    unfulfilled: re.Pattern[str] = NEVER
    # After a planned date: the plan is off ("set for Wednesday, has been postponed").
    called_off: re.Pattern[str] = NEVER
    future_cue: re.Pattern[str] = NEVER
    modal: re.Pattern[str] = NEVER
    infinitive: re.Pattern[str] = NEVER
    # Words right before or at the start of a date that make it a period, a habit, a deadline.
    period_words: frozenset[str] = frozenset()
    habit_words: frozenset[str] = frozenset()
    deadline_words: frozenset[str] = frozenset()
    # A date opening with one of these is a plan ("next week", "tomorrow").
    plan_openers: tuple[str, ...] = ()
    # The word that puts a weekday in the coming week ("next Monday").
    next_word: str = ""
    # "last": before the publication's own weekday, it does not say which week ("last Friday"
    # written on a Friday).
    last_word: str = ""
    # Month names that are far more often another word ("may"): a month only with its year.
    ambiguous_months: frozenset[str] = frozenset()
    # The past tense: irregular verbs, the ending of the others, words with that ending that are
    # no verbs, and the words after which such a word is an adjective ("a revised bill").
    irregular_past: frozenset[str] = frozenset()
    past_ending: str = ""
    not_past: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    # "has", "have": a past with no day ("has sought"); "by" after a participle ("followed by").
    perfect_auxiliaries: frozenset[str] = frozenset()
    # What is left of an auxiliary in a contraction ("he's sentenced": "s").
    contracted: frozenset[str] = frozenset()
    # A verb of the present or the future in a clause: "is", "has", "will".
    present_marker: re.Pattern[str] = NEVER
    negations: frozenset[str] = frozenset()
    # Before a noun of time, the article that makes it a clause's head ("the day he joined").
    time_head_articles: frozenset[str] = frozenset()
    # Adverbs between an auxiliary and its verb ("was first elected"): no break of the group.
    inner_adverbs: frozenset[str] = frozenset()
    # A clause telling what did not happen.
    negated: re.Pattern[str] = NEVER
    # The words that open a clause that is the object of a verb ("said that ...").
    complement_openers: frozenset[str] = frozenset()
    agent_words: frozenset[str] = frozenset()
    # Relative dates: a day's word -> days from publication ("yesterday": -1); a period's
    # opener -> periods ahead ("next": 1); the word after a count of periods back ("ago"); and
    # the words of periods -> "day", "week", "month" or "year".
    day_shifts: Mapping[str, int] = field(default_factory=dict)
    period_shifts: Mapping[str, int] = field(default_factory=dict)
    ago: str = ""
    periods: Mapping[str, str] = field(default_factory=dict)
    # The day a calendar week starts on (Python's weekday(): 0 Monday ... 6 Sunday): "last week"
    # is the week before the one the report is in, from that day to the day before it.
    week_start: int = 0
    # Words that open a subordinate clause ("since", "who"): a date in one is not the news.
    subordinator: re.Pattern[str] = NEVER
    # What makes a date one of two ("in 2011 or 2012"): the words right after it, and those right
    # before it.
    alternative_after: re.Pattern[str] = NEVER
    alternative_before: re.Pattern[str] = NEVER
    # A date that opens with one of these is the week before the report's.
    last_week: tuple[str, ...] = ()
    # Articles and possessives: a date between one and a noun names a thing ("the Friday
    # deadline").
    noun_determiners: frozenset[str] = frozenset()
    parts_of_day: frozenset[str] = frozenset()
    # Prepositions, not stop words, that open a phrase after a part of a day ("Wednesday night
    # near the bridge"): the day is the happening's, not a noun's it names.
    day_part_prepositions: frozenset[str] = frozenset()
    # A sentence that refers to a time told before it ("that year", "the same week"): its dates
    # without a year belong to that time, not to the publication's.
    anaphoric_time: re.Pattern[str] = NEVER
    # Right before a date: the account of a post it dates ("(@user) June 3, 2017").
    post_signature: re.Pattern[str] = NEVER
    # A word of saying right before a clause about it ("an interview that aired ...").
    report_antecedent: re.Pattern[str] = NEVER
    # Before a date in its clause: its source ("according to a report published Monday").
    source_cue: re.Pattern[str] = NEVER
    # A sentence that opens with a speech act, or goes on with one after a date.
    report_opener: re.Pattern[str] = NEVER
    report_participle: re.Pattern[str] = NEVER
    # Prepositions before a verb's -ing form: a phrase of its own ("by arguing").
    gerund_prepositions: frozenset[str] = frozenset()
    gerund_ending: str = ""
    # A preposition and a verb's -ing form, with no clause break after them, right before a
    # date: the date is in that phrase ("for passing a bill on Tuesday").
    gerund_phrase: re.Pattern[str] = NEVER
    # Deadline words that, in a clause in the past, date what was done by then ("by"), and
    # those that then end a period ("until"): either way no deadline.
    done_by: frozenset[str] = frozenset()
    period_end: frozenset[str] = frozenset()
    # Right before a date, words that make it a bound of a happening, not its day ("will
    # deliver an update before Nov. 4", "after this week").
    bound_words: frozenset[str] = frozenset()
    # The happening a sentence tells, for telling two outlets' accounts of one happening apart
    # from two happenings (timeline.py): auxiliaries before a main verb ("was indicted", "will
    # meet"), and the words that open an adjunct after the verb and its object ("pleaded guilty
    # on Friday in a county court to charges"), where the happening's core ends.
    auxiliaries: frozenset[str] = frozenset()
    adjunct_openers: frozenset[str] = frozenset()
    # Before a date: the stamp of an update ("UPDATE - Oct. 12, 9:45 a.m.:").
    update_stamp: re.Pattern[str] = NEVER
    # A plan told in the past ("was scheduled to begin Monday"): which week it is in is not told.
    past_plan: re.Pattern[str] = NEVER
    # After a date: a picture it dates ("in this Oct. 3, 2012 handout photo").
    picture_after: re.Pattern[str] = NEVER
    # Before a date: the other side of a comparison ("than it did in May 2010").
    baseline: re.Pattern[str] = NEVER
    # "would": the future seen from the past, or a condition ("said they would meet June 15").
    reported_future: re.Pattern[str] = NEVER
    # Right after or before a date, another date joined by "and"/"or" ("in April and May").
    coordinated_after: re.Pattern[str] = NEVER
    coordinated_before: re.Pattern[str] = NEVER
    # Two years joined as two dates, not a span ("in 1970 and 1985").
    year_pair: re.Pattern[str] = NEVER
    # Right after a year: the end of a season or span written with it ("1982-83", "2012/13").
    season_tail: re.Pattern[str] = NEVER
    # A clause or phrase that hangs off the sentence's news ("who was elected in 2008"), its
    # relative pronouns, the opening of a clause that likens the news to another time ("..., much
    # as she had in June"), and the first words of an apposition ("Acme Mills, a firm begun
    # in 1936, ...").
    side_opener: re.Pattern[str] = NEVER
    content_opener: re.Pattern[str] = NEVER
    # Before a plan's or a deadline's date: an opinion ("believes ... will"); before a plan's, a
    # need ("will have to") or, in the date's own clause, a condition or a question ("if",
    # "whether"): no plan told as news.
    not_planned: re.Pattern[str] = NEVER
    needed: re.Pattern[str] = NEVER
    not_planned_clause: re.Pattern[str] = NEVER
    relative_pronouns: frozenset[str] = frozenset()
    # A span written as two dates: the words that open it ("from", "between"), those of them
    # after which "and" joins its dates, and what joins its first date to its last ("to",
    # "through", "-"; "and" after "between"), its words as a date's first word ("until June").
    span_openers: frozenset[str] = frozenset()
    span_and_openers: frozenset[str] = frozenset()
    span_link: re.Pattern[str] = NEVER
    span_and: re.Pattern[str] = NEVER
    span_link_words: frozenset[str] = frozenset()
    # The ending of an ordinal day ("3rd"), read off before the link of a span ("3rd-9th").
    ordinal_end: re.Pattern[str] = NEVER
    # Words between a participle and its date ("released early Friday", "filed on Monday").
    participle_to_date: frozenset[str] = frozenset()
    # An amount (money, a share, millions): a span in its clause is the period it is counted
    # over ("made $4 million between 2003 and 2006").
    amount: re.Pattern[str] = NEVER
    # Before a date, the other side of a change told with an amount ("climbed to 58% from 41% in
    # 2009"); a share, whose clause's year or month is the period it is counted over.
    from_amount: re.Pattern[str] = NEVER
    share: re.Pattern[str] = NEVER
    # A year or a month right after an amount it is the period of ("grossed $40 million in
    # 2014"), matched up to the date's end.
    amount_before: re.Pattern[str] = NEVER
    # Openers whose phrase holds its date even without a verb ("since the audit on May 9"):
    # the date is a baseline the news is counted from, not the news's own.
    phrase_openers: frozenset[str] = frozenset()
    # A verb of charging or alleging ("charged", not "charged with"): before a date that a "that"
    # clause follows, the day a claim was made.
    claim_verb: re.Pattern[str] = NEVER
    # A verb of announcing, as often a deed as a telling: set after the news it attributes
    # (", the network announced Tuesday."), its date is the day of the telling (own_days.py).
    announcing: re.Pattern[str] = NEVER
    # The past perfect ("had come up", "had been arrested"): a happening before the time the
    # story tells.
    past_perfect: re.Pattern[str] = NEVER
    # Openers of a phrase that fronts its sentence and holds its date even without a verb ("After
    # the vote on May 9, the mayor ..."): the date is the phrase's, the news is before or after it.
    fronted_phrase_openers: frozenset[str] = frozenset()
    # Verbs in the present that tell what a text or a record holds ("the complaint filed
    # Monday claims ..."): after a date in a participle set beside a noun, the main verb.
    content_verbs: frozenset[str] = frozenset()
    frame_opener: re.Pattern[str] = NEVER
    # A clause that compares the news with another time, opening the sentence ("As was the case
    # in 1996, ...").
    fronted_frame: re.Pattern[str] = NEVER
    apposition_openers: frozenset[str] = frozenset()
    # A phrase inside a noun phrase before a date ("of robbing a bank", "including a title"); the
    # words that are a clause's subject alone ("he", "they") and nouns of time ("years later"):
    # to find a clause set after a noun without "that" ("a lawsuit his aide had filed in 2011").
    nested_phrase: re.Pattern[str] = NEVER
    subject_pronouns: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    # A day told by pointing back ("that day", "that night"): the day of the sentence before.
    day_pointed_back: re.Pattern[str] = NEVER
    # Nouns a year right before them names ("in 1997 film", "in 2005 dollars").
    named_by_year: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Tokens:
    """How content words are compared (align.py, claims.py)."""

    # A percentage written in words or with its sign, and the word it is made (" percent").
    percent: re.Pattern[str] = NEVER
    percent_word: str = ""
    # A plural's ending cut to compare words ("troops", "troop"), and endings that are no
    # plural ("ss").
    plural_ending: str = ""
    not_plural_endings: tuple[str, ...] = ()
    # Plurals made singular, tried in order: (endings, shortest word, letters cut, ending
    # added, endings that are no plural).
    singular_rules: tuple[tuple[tuple[str, ...], int, int, str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, eq=False)
class Restating:
    """What decides whether one sentence states what another says (restate.py)."""

    # Words that turn what follows them to its opposite ("not", "unlikely"), and the ending of a
    # word that does ("isn't").
    negations: frozenset[str] = frozenset()
    negated_ending: str = ""
    # Words that make what follows them a possibility ("could", "if").
    hedges: frozenset[str] = frozenset()
    # Words that open another clause, which a negation before them does not reach.
    clause_breaks: frozenset[str] = frozenset()
    # Words for an amount known only by its order ("hundreds"): compared as numbers are.
    vague_amounts: frozenset[str] = frozenset()
    # Verbs of saying and their like: every quotation shares them, they state nothing.
    attribution_words: frozenset[str] = frozenset()
    # Of them, those whose object is who is told, not who says ("told reporters").
    telling: frozenset[str] = frozenset()
    # What a word loses to be compared: a possessive or a clitic ("it's" -> "it").
    clitic: re.Pattern[str] = NEVER
    # A word without its inflection ("meetings" -> "meet"); a language without data keeps it.
    uninflect: Callable[[str], str] = field(default=lambda word: word)
    # A word's stem, its derivations cut too ("preparation", "prepared" -> "prepar"): looser
    # than without its inflections; a language without data keeps the word.
    stem: Callable[[str], str] = field(default=lambda word: word)
    # Words without their inflections -> the word of their family that stands for all
    # ("talk" -> "meet"): words news writes for one thing.
    synonyms: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class Boilerplate:
    """The furniture of a web page and its metadata lines (clean.py), and the captions and
    credits left in article text (timeline.py, claims.py, disagree.py, synthesise.py)."""

    # (reason, pattern) of whole lines that are boilerplate, tried in order; matched case-
    # insensitively against the whole line.
    lines: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # (reason, pattern) of metadata lines, with the named groups author, outlet and date.
    metadata: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # Lines of boilerplate that carry the outlet's name (group "outlet").
    outlet_clues: tuple[re.Pattern[str], ...] = ()
    # A line that opens a list of links to other stories ("Related articles").
    related_marker: re.Pattern[str] = NEVER
    # "About <Company>": the press release's boilerplate under it.
    about: re.Pattern[str] = NEVER
    # "CITY (Agency) -" at the start of a paragraph (groups place, agency), and alone on a line.
    dateline: re.Pattern[str] = NEVER
    dateline_only: re.Pattern[str] = NEVER
    # A list item: what opens it says the lines after a colon are the article's own.
    list_item: re.Pattern[str] = NEVER
    # A date stamp line: its tokens, its numbers, its words, and the verbs that make a line of
    # a time alone a stamp ("Updated 10:42").
    stamp_token: re.Pattern[str] = NEVER
    ordinal_digits: re.Pattern[str] = NEVER
    datestamp_words: frozenset[str] = frozenset()
    stamp_verbs: frozenset[str] = frozenset()
    # The verbs of a stamp that dates a later version, not the first publication ("Updated").
    update_verbs: frozenset[str] = frozenset()
    # Time zones of the outlets that write a numeric date month first ("11/30/09 05:40 PM ET").
    month_first_zones: frozenset[str] = frozenset()
    # Lines that end a press release ("-ends-").
    end_marks: frozenset[str] = frozenset()
    # Small words of a title-cased line.
    small_words: frozenset[str] = frozenset()
    # What separates the people of a byline, and the place a byline may end with.
    author_separator: re.Pattern[str] = NEVER
    byline_place: re.Pattern[str] = NEVER
    # A caption or a credit inside the text, and a line of the page around the article.
    caption: re.Pattern[str] = NEVER
    furniture: re.Pattern[str] = NEVER
    # Lines that credit another outlet for the text, "{outlet}" standing for its escaped name
    # (patterns to format, not compiled: render.py fills in each outlet).
    credit_lines: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Verbs:
    """Verbs of speech."""

    # A capitalised name right before or after one of these is a person's.
    speech: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Titles:
    """Titles, honorifics and job nouns: what is written before or beside a person's name."""

    # Titles written before a name, longest first ("prime minister", "minister", "gen.").
    role_titles: tuple[str, ...] = ()
    # The words of titles (without the small words inside some), and their last words.
    role_words: frozenset[str] = frozenset()
    title_endings: frozenset[str] = frozenset()
    # The words of titles without full stops (keyphrases.py).
    title_words: frozenset[str] = frozenset()
    # Short forms of titles -> the title written out ("sen" -> "senator").
    title_abbreviations: Mapping[str, str] = field(default_factory=dict)
    # Courtesy titles, and those that say a person's gender.
    honorifics: frozenset[str] = frozenset()
    female_honorifics: frozenset[str] = frozenset()
    male_honorifics: frozenset[str] = frozenset()
    # Job nouns, the endings of the others ("-ist") and words with those endings that are no
    # job ("water").
    job_words: frozenset[str] = frozenset()
    job_suffixes: tuple[str, ...] = ()
    not_jobs: frozenset[str] = frozenset()
    # Words that make another rank of a title ("deputy"); of those, the adjectives that are no
    # role alone ("former"), the words of time ("former", "late") and the others.
    role_qualifiers: frozenset[str] = frozenset()
    rank_adjectives: frozenset[str] = frozenset()
    time_qualifiers: frozenset[str] = frozenset()
    rank_qualifiers: frozenset[str] = frozenset()
    # Ranks of police and armed forces, which "deputy" does not lower ("Deputy Sgt.").
    force_ranks: frozenset[str] = frozenset()
    # Titles that take a portfolio before them ("Health Minister").
    portfolio_titles: frozenset[str] = frozenset()
    # Small words that carry a title on ("Secretary of State"), and those dropped when two
    # titles are compared.
    title_connectors: frozenset[str] = frozenset()
    small_words: frozenset[str] = frozenset()
    # A journalist's job in a byline ("reporter").
    byline_roles: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class NameWords:
    """Words that say what a name names, and the forms one name is written in."""

    # Lower-case words inside names ("Bank of England"), and words that never open or end one.
    connector_words: frozenset[str] = frozenset()
    edge_words: frozenset[str] = frozenset()
    # Last words of organisations' names, and nouns of an organisation's kind ("company").
    organisation_words: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    # Organisation words that name a body alone ("the Senate"): never a longer name's short form.
    bodies_named_alone: frozenset[str] = frozenset()
    # Last words of things' names (laws, events, buildings) and of places' names, first words
    # of places' names, and places the gazetteer lacks.
    thing_words: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    place_prefixes: frozenset[str] = frozenset()
    extra_places: tuple[str, ...] = ()
    # Members of a party, faith or corps ("Democrat"); endings of demonyms ("-ian") and of
    # their plurals ("-ans").
    group_words: frozenset[str] = frozenset()
    demonym_endings: tuple[str, ...] = ()
    plural_demonym_endings: tuple[str, ...] = ()
    # How a place's name makes the word for its people: (ending of the name, what replaces it)
    # ("kenya" -> "kenyan"); the words no rule makes ("french"); words of direction that make
    # a people's word of a wider area ("west" in "West African").
    demonym_rules: tuple[tuple[str, str], ...] = ()
    irregular_demonyms: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()
    # Names of one thing: folded alias -> the name shown, and -> a token for comparing words.
    alias_of: Mapping[str, str] = field(default_factory=dict)
    alias_keys: Mapping[str, str] = field(default_factory=dict)
    # Short forms of first names -> the name ("bill" -> "william"); name suffixes ("jr").
    nicknames: Mapping[str, str] = field(default_factory=dict)
    name_suffixes: frozenset[str] = frozenset()
    # Words too general to be a tag alone.
    generic_tag_words: frozenset[str] = frozenset()
    # Last words of outlets' names ("Gazette"), section labels ("World news"), and labels
    # that open a paragraph like a dateline without a place ("Update:").
    outlet_words: frozenset[str] = frozenset()
    section_labels: frozenset[str] = frozenset()
    not_places: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class EntityGrammar:
    """What the words around a name say it names (entities.py)."""

    # A run of capitalised words that may be a name.
    name: re.Pattern[str] = NEVER
    # Before a name: a place cue ("in"), a title (group role), a job noun (groups det, job),
    # a qualifier of a title ("former"), "the", an organisation's cue; after it: an
    # appositive role (groups det, owner, job), evidence of a person, of an organisation
    # (group filler), of a place.
    place_cue: re.Pattern[str] = NEVER
    role_before: re.Pattern[str] = NEVER
    job_before: re.Pattern[str] = NEVER
    appositive: re.Pattern[str] = NEVER
    qualifier_before: re.Pattern[str] = NEVER
    the_before: re.Pattern[str] = NEVER
    # A plural name after "the", as a team or a band is named (group 1: the plural).
    group_after_the: re.Pattern[str] = NEVER
    organisation_before: re.Pattern[str] = NEVER
    organisation_after: re.Pattern[str] = NEVER
    place_after: re.Pattern[str] = NEVER
    place_before: re.Pattern[str] = NEVER
    # Words before a name that say it names a vessel or craft: "the ship Sea Lark".
    craft_before: re.Pattern[str] = NEVER
    person_after: re.Pattern[str] = NEVER
    # A sentence opening with a pronoun for a person; a word that is never a name.
    pronoun_opener: re.Pattern[str] = NEVER
    not_a_name: re.Pattern[str] = NEVER
    # A verb or a participle in a role phrase ("accusing").
    verb_form: re.Pattern[str] = NEVER
    # Calendar words that end a run of capitals without being part of the name.
    trailing_calendar: frozenset[str] = frozenset()
    # Words that end a role phrase read from the text.
    role_breakers: frozenset[str] = frozenset()
    # Small words that join names, the article, the first person pronoun, the plural ending.
    and_word: str = ""
    of_word: str = ""
    for_word: str = ""
    the_word: str = ""
    first_person: str = ""
    plural_ending: str = ""
    # Words right before an organisation's name ("the", "at").
    organisation_cues: frozenset[str] = frozenset()
    # A name after one of these is not a speaker; a verb of speech right before a name.
    speaker_not_after: re.Pattern[str] = NEVER
    speech_before: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Attribution:
    """Who said a quotation: the grammar of attribution (quotes.py)."""

    # A verb of speech, and the verbs that report or name other words inside reported speech.
    verb: re.Pattern[str] = NEVER
    nested: re.Pattern[str] = NEVER
    # Verbs news writes before their subject ("…," said Jane Doe).
    inverting_verbs: frozenset[str] = frozenset()
    # Pronouns -> the gender they carry ("she": "f"); pronouns after, before and at the start
    # of a verb's clause; a clause that opens with a pronoun.
    pronoun_genders: Mapping[str, str] = field(default_factory=dict)
    pronoun_after: re.Pattern[str] = NEVER
    pronoun_before: re.Pattern[str] = NEVER
    pronoun: re.Pattern[str] = NEVER
    pronoun_opening: re.Pattern[str] = NEVER
    opens_with_pronoun: re.Pattern[str] = NEVER
    # Where the noun phrase of a subject after its verb ends; an aside between commas; an
    # introductory phrase; a word that puts a name out of subject position; coordinated verbs.
    phrase_end: re.Pattern[str] = NEVER
    title_of: re.Pattern[str] = NEVER
    aside: re.Pattern[str] = NEVER
    introduction: re.Pattern[str] = NEVER
    not_subject_before: re.Pattern[str] = NEVER
    not_subject_between: re.Pattern[str] = NEVER
    coordinator: re.Pattern[str] = NEVER
    two_speakers: re.Pattern[str] = NEVER
    subject_tail: re.Pattern[str] = NEVER
    possessed: re.Pattern[str] = NEVER
    # A subject that describes an organisation or a document, after a quotation ("…," the
    # agency said) and before one (The agency said: "…"); its noun is the pattern's group.
    described_after: re.Pattern[str] = NEVER
    described_before: re.Pattern[str] = NEVER
    # Nouns of organisations and of the documents they issue; a sentence that says who issued
    # a document ("The Harbour Board released a statement").
    organisation_heads: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    issues_document: re.Pattern[str] = NEVER
    # Before a quotation, a document that says it ("released a statement saying that").
    document_says: re.Pattern[str] = NEVER
    document_from: re.Pattern[str] = NEVER
    # After a name written after its verb, the verb of a clause of its own ("said Doe must go").
    clause_after_subject: re.Pattern[str] = NEVER
    # Before a name, what makes it the object of a noun, not the subject ("a spokesman for").
    object_before: re.Pattern[str] = NEVER
    # "according to": the verb, the word after it, the phrase after a quotation.
    according: str = ""
    according_to: re.Pattern[str] = NEVER
    according_after: re.Pattern[str] = NEVER
    clause_opener: re.Pattern[str] = NEVER
    relative: re.Pattern[str] = NEVER
    clause_break: re.Pattern[str] = NEVER
    participle_ending: str = ""
    inverted_gap: re.Pattern[str] = NEVER
    and_after: re.Pattern[str] = NEVER
    # A run of capitalised words (a name that may be a speaker).
    capitalised_run: re.Pattern[str] = NEVER


@dataclass(frozen=True, eq=False)
class FigureGrammar:
    """How figures are written and what they count (figures.py, claims.py)."""

    # A figure in digits (groups hedge, currency, number, scale, percent) and in words (groups
    # hedge, number, scale); whether a sentence has a number word at all.
    figure: re.Pattern[str] = NEVER
    word_figure: re.Pattern[str] = NEVER
    number_word: re.Pattern[str] = NEVER
    # A count in words with no hedge or scale ("four people"), read only to compare sources.
    bare_word_count: re.Pattern[str] = NEVER
    # Scale words -> their value, after digits and after number words.
    scales: Mapping[str, float] = field(default_factory=dict)
    word_scales: Mapping[str, float] = field(default_factory=dict)
    # Number words a figure may be written in (after a hedge), and all number words.
    word_numbers: Mapping[str, int] = field(default_factory=dict)
    number_words: Mapping[str, int] = field(default_factory=dict)
    # What makes a number no quantity: a month around it (a day of the month), an identifier
    # noun before it, a simile, a span of time, a street, a rank, an ordinal ending, a time.
    month_before: re.Pattern[str] = NEVER
    month_after: re.Pattern[str] = NEVER
    identifier_before: re.Pattern[str] = NEVER
    simile_after: re.Pattern[str] = NEVER
    time_span_after: re.Pattern[str] = NEVER
    # The span a superlative is measured over ("the biggest fight in two decades"): the words
    # before the number, or "in the last" before it and the superlative after its unit.
    superlative_span_before: re.Pattern[str] = NEVER
    span_opens_before: re.Pattern[str] = NEVER
    span_before_superlative: re.Pattern[str] = NEVER
    # Endings of a verb's "-ing" form and of an adverb: no label opens with them alone.
    gerund_endings: tuple[str, ...] = ()
    adverb_endings: tuple[str, ...] = ()
    duration_opener: str = ""
    street_after: re.Pattern[str] = NEVER
    rank_before: re.Pattern[str] = NEVER
    ordinal_after: re.Pattern[str] = NEVER
    clock_after: re.Pattern[str] = NEVER
    # Units and shares: a length of time in words, cents, "nine out of 10", a range.
    duration_after: re.Pattern[str] = NEVER
    cents_after: re.Pattern[str] = NEVER
    out_of: re.Pattern[str] = NEVER
    # A part of a whole set apart ("14 of its next 19 games": groups part, det, whole), the
    # base of a rate before its number ("per 1,000"), a part of a count before it ("including
    # 51"), a condition ("if 500 people ...": a word in the clause, or opening the sentence).
    part_of_whole: re.Pattern[str] = NEVER
    rate_base_before: re.Pattern[str] = NEVER
    rate_base_ends: frozenset[str] = frozenset()
    rate_base_after: re.Pattern[str] = NEVER
    part_of_word: str = ""
    subset_before: re.Pattern[str] = NEVER
    condition_before: re.Pattern[str] = NEVER
    condition_opens: re.Pattern[str] = NEVER
    # A sentence of advice, whose numbers are of no happening ("Don't ...").
    advice_opens: re.Pattern[str] = NEVER
    condition_modal: re.Pattern[str] = NEVER
    # The year that places a happening a figure is told of, in its clause and after it.
    happening_year: re.Pattern[str] = NEVER
    happening_year_after: re.Pattern[str] = NEVER
    range: re.Pattern[str] = NEVER
    # The noun phrase a figure quantifies: words skipped after the number, words that end it.
    skip_after: frozenset[str] = frozenset()
    phrase_end: frozenset[str] = frozenset()
    # Hedges that bound a figure ("more than", "up to").
    at_least: frozenset[str] = frozenset()
    at_most: frozenset[str] = frozenset()
    # What a count counts: words of events ("died" -> "dead"), synonyms of things ("soldier"
    # -> "troop"), nouns that count no thing ("block"), words that end the counted phrase.
    figure_events: Mapping[str, str] = field(default_factory=dict)
    # Words right before a count that make it the value of a noun before them ("the death toll
    # from the blast stood at 40", "a toll of 40"): the count is of that noun's event.
    value_of_before: re.Pattern[str] = NEVER
    # Nouns of an amount ("toll", "number") a count after `value_of_before` is the value of.
    amount_nouns: frozenset[str] = frozenset()
    thing_synonyms: Mapping[str, str] = field(default_factory=dict)
    not_things: frozenset[str] = frozenset()
    # Nouns of a quantity's size or change ("value", "increase") besides `quantity_nouns`, and
    # words that place a count in a series ("latest"): a label of them alone says nothing of
    # what a figure counts.
    quantity_names: frozenset[str] = frozenset()
    series_words: frozenset[str] = frozenset()
    phrase_stop: frozenset[str] = frozenset()
    verbs_after_noun: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    # Ages: "years old" after a number; a name before or after an age; articles before it.
    age_after: re.Pattern[str] = NEVER
    name_after_age: re.Pattern[str] = NEVER
    name_before_age: re.Pattern[str] = NEVER
    articles_before: tuple[str, ...] = ()
    # More that makes a number no quantity: letters glued to it that are no unit ("8chan"), an
    # era ("424 BC"), an old year after a preposition, an emergency number, a percentage as an
    # intensifier ("100 percent sure").
    glued_units: frozenset[str] = frozenset()
    # Of those, the units of measure, each -> the noun a figure written with it in full
    # measures ("200ft" measures what "200 feet" does).
    glued_measures: Mapping[str, str] = field(default_factory=dict)
    era_after: re.Pattern[str] = NEVER
    old_year: re.Pattern[str] = NEVER
    year_before: re.Pattern[str] = NEVER
    emergency_numbers: frozenset[str] = frozenset()
    intensifier_percents: frozenset[float] = frozenset()
    intensified_after: re.Pattern[str] = NEVER
    # The second end of a range, whose unit or scale the first end shares ("6 to 27 percent");
    # what a one-letter scale must precede to be one ("3m people"); what follows a share's
    # whole when it is none ("12 in 24 hours"); number words that open a figure only before a
    # scale and after a hedge ("more than a dozen").
    range_tail: re.Pattern[str] = NEVER
    letter_scale_noun: re.Pattern[str] = NEVER
    not_share_after: re.Pattern[str] = NEVER
    article_numbers: frozenset[str] = frozenset()
    # Function words that, capitalised after a number, open a new clause ("36 As ...").
    clause_openers: frozenset[str] = frozenset()
    # A hedge written after the number ("20 or so").
    hedge_after: re.Pattern[str] = NEVER
    # A number in words that goes on after or before a number word ("twenty-five").
    compound_after: re.Pattern[str] = NEVER
    compound_before: re.Pattern[str] = NEVER
    # A percent word after a number in words ("two percent").
    word_percent_after: re.Pattern[str] = NEVER
    # Units of measure (singular): a figure of one is the same fact as another's only when
    # their sentences share what is measured.
    measure_units: frozenset[str] = frozenset()
    # Who a report's sources are, after their number ("12 people familiar with the talks").
    sources_after: re.Pattern[str] = NEVER
    # Words a name opened by a number may go on with ("30 Rock is").
    name_followers: frozenset[str] = frozenset()
    # Plurals without a plural ending ("people", "children").
    plural_nouns: frozenset[str] = frozenset()
    # Hedge -> the words after which it is a preposition ("presided over two briefings").
    preposition_hedges: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Verbs a count closing a clause may follow, plain and by their endings ("reach 24 million").
    count_verbs: frozenset[str] = frozenset()
    verb_endings: tuple[str, ...] = ()
    # Money named by a word after the number ("90 million dollars") -> its currency code.
    currency_after: re.Pattern[str] = NEVER
    currency_words: Mapping[str, str] = field(default_factory=dict)
    # What an amount is of, after a preposition ("$2 billion in tax breaks").
    amount_of: re.Pattern[str] = NEVER
    # Hedges that, after a noun and before a bare number, bound the noun rather than count it
    # ("a victim under 12", "people over 65").
    noun_bounds: frozenset[str] = frozenset()
    # Words of age before a number ("ages 15 and 9", "Americans age 18 to 34").
    age_before: re.Pattern[str] = NEVER
    # A range written "A to B" without "from" (groups low, high), and the hedges its ends take:
    # "38 to 49 months" says at least 38 and up to 49 months; "between" ranges take them too.
    range_to: re.Pattern[str] = NEVER
    range_between: str = ""
    low_end_hedge: str = ""
    high_end_hedge: str = ""
    # Hedges written as signs ("~50 km", "<700"); the number before a number in words that makes
    # it a range's high end ("two to three weeks"); the amount before "over" that makes "over
    # 10 years" a period; the words that make "less than" no bound ("anything less than").
    sign_hedges: Mapping[str, str] = field(default_factory=dict)
    # Hedges written after the number -> as written before ("60 or more": "at least"); a hedge
    # and an article before a share or an amount ("up to a 6.25% stake"); "-plus" after a
    # number ("90-plus percent"); a clause of time whose closing number is an age.
    hedges_after: Mapping[str, str] = field(default_factory=dict)
    hedge_after_noun: re.Pattern[str] = NEVER
    hedge_article_before: re.Pattern[str] = NEVER
    plus_after: re.Pattern[str] = NEVER
    percent_after: re.Pattern[str] = NEVER
    age_clause_before: re.Pattern[str] = NEVER
    word_range_before: re.Pattern[str] = NEVER
    period_amount_before: re.Pattern[str] = NEVER
    not_a_bound_before: re.Pattern[str] = NEVER
    # No quantities: idioms ("the lower 48"), roads ("the 405 freeway"), sizes of devices
    # ("32-bit", "a 55-inch TV"), ratios ("2 in 3 chance": groups part, whole).
    idiom_before: re.Pattern[str] = NEVER
    road_after: re.Pattern[str] = NEVER
    device_size_after: re.Pattern[str] = NEVER
    ratio_in: re.Pattern[str] = NEVER
    # A bound of an age after the number ("58 and older"); "30 or 40" (groups low, high); an
    # age stated of a pronoun or a name ("Smith was 56 when"), before and after the number;
    # a fraction after a whole number ("2 1/2").
    age_bound_after: re.Pattern[str] = NEVER
    or_range: re.Pattern[str] = NEVER
    age_stated_before: re.Pattern[str] = NEVER
    age_stated_after: re.Pattern[str] = NEVER
    mixed_fraction_after: re.Pattern[str] = NEVER
    # Suffixes of names ("Jr."); words that join clauses ("and"); a share written as a ratio.
    name_suffixes: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    share_written: re.Pattern[str] = NEVER
    # An age in a simile by the words before it ("like a 19-year-old"); a rate after a figure
    # ("$3 a gallon": groups rate, unit) and the units it may be per after an article; words
    # of a change in points ("percentage points").
    simile_before: re.Pattern[str] = NEVER
    # The happening a bare group noun or unit takes part in, written right after it ("40 people
    # were killed", "400 people who were sheltering") or as the verb right before the figure
    # ("injured 200 people", "scored 23 points"): the last group that matched is the verb.
    event_after: re.Pattern[str] = NEVER
    event_before: re.Pattern[str] = NEVER
    # A verb of a penalty and its "to" or "for" right before its length ("jailed for 6 years"):
    # the verb, group 1.
    term_before: re.Pattern[str] = NEVER
    # The group a counted noun belongs to, before its verb ("members of a crew were").
    of_group_after: re.Pattern[str] = NEVER
    # Before a figure, the "of" of a part named before it: a verb after the figure is the part's.
    whole_before: re.Pattern[str] = NEVER
    rate_after: re.Pattern[str] = NEVER
    rate_units: frozenset[str] = frozenset()
    point_words: frozenset[str] = frozenset()
    # Words after a unit that give a measure's direction ("feet high"), nouns of a length alone
    # ("pages", "period") and nouns of a body of people as a whole ("population").
    measure_directions: frozenset[str] = frozenset()
    length_nouns: frozenset[str] = frozenset()
    people_wholes: frozenset[str] = frozenset()
    # Before a number, a fraction's "of" ("one-half of 1 percent"): the number is its whole.
    fraction_of_before: re.Pattern[str] = NEVER
    # What follows a number named by the word opening its sentence ("Apollo 11 landed").
    named_number_ends: re.Pattern[str] = NEVER
    # Words a rate is written with ("per"); a verb of reaching an age, and what follows the
    # age ("turn 25 until").
    rate_words: frozenset[str] = frozenset()
    age_turn_before: re.Pattern[str] = NEVER
    age_turn_after: re.Pattern[str] = NEVER
    # Possessives after "of" in what a figure counts; words that leave it hanging at its end.
    possessives: frozenset[str] = frozenset()
    dangling: frozenset[str] = frozenset()
    # Words that never open what a figure is shown with ("12 when ..."); a relative "of" a
    # number ("a mother of 12"), which counts no thing its words name.
    label_never_opens: frozenset[str] = frozenset()
    kin_of_before: re.Pattern[str] = NEVER
    span_after: re.Pattern[str] = NEVER
    # A part of a time, before and after the number ("the first four years of").
    period_of_before: re.Pattern[str] = NEVER
    period_of_after: re.Pattern[str] = NEVER
    # Words that put a case to the reader ("suppose that ..."): figures after them are no facts.
    suppose_before: re.Pattern[str] = NEVER
    # The words before a figure that are a verb's, not a noun's: particles ("came out with"),
    # what comes before a bare verb ("to win"), the names of months and days.
    particles: frozenset[str] = frozenset()
    # The word after a comparative ("higher than"); a scale word after a figure's "-plus".
    comparison_word: str = ""
    # An article and a word that qualify the figure after them ("a steady 46 percent"), and
    # the pronouns that, read before it instead, name nothing it counts.
    figure_modifier_before: re.Pattern[str] = NEVER
    subject_pronouns: frozenset[str] = frozenset()
    # What opens the other side of a comparison ("compared to 35 percent").
    compared_before: re.Pattern[str] = NEVER
    # A time right after a figure ("last week"), which says when and never what it counts.
    when_after: re.Pattern[str] = NEVER
    # A noun made of a unit right after a number ("3-pointer"; group 1, the unit).
    unit_noun_after: re.Pattern[str] = NEVER
    # The noun before "of" a measure names ("a height of"), the nouns of quantity that name
    # none, and the word between the noun and the unit when shown ("height in meters").
    noun_of_before: re.Pattern[str] = NEVER
    quantity_nouns: frozenset[str] = frozenset()
    measured_in: str = ""
    # A subject and its auxiliary in one word ("I've"), which opens a clause.
    contracted_auxiliary: re.Pattern[str] = NEVER
    # A tied score written with a word ("9-all"); the notes or coins a face value is of.
    score_word_after: re.Pattern[str] = NEVER
    denomination_after: re.Pattern[str] = NEVER
    # The units a contest is won by ("by 4 points"), what comes right before such a margin,
    # and the word it is shown with ("point margin").
    margin_units: frozenset[str] = frozenset()
    size_change_verbs: frozenset[str] = frozenset()
    margin_before: re.Pattern[str] = NEVER
    margin_not_after: re.Pattern[str] = NEVER
    margin_word: str = ""
    # Verbs of saying or thinking, after a share of people ("64 percent say").
    said_after: frozenset[str] = frozenset()
    scale_after: re.Pattern[str] = NEVER
    infinitive_before: re.Pattern[str] = NEVER
    # An auxiliary before a verb of change, and "by" between it and the figure ("has shrunk by").
    auxiliary_before: re.Pattern[str] = NEVER
    change_by: re.Pattern[str] = NEVER
    # "from" between a change and the figure it started at ("a climb from 3 percent"); words of
    # change.
    change_from: re.Pattern[str] = NEVER
    change_words: frozenset[str] = frozenset()
    # Adverbs that make a value's verb one of change ("was down by 5 points").
    change_adverbs: frozenset[str] = frozenset()
    # Verbs of money ("could cost $5 million"): they name what an amount is.
    money_verbs: frozenset[str] = frozenset()
    # An auxiliary, a verb of change and "to" before a figure: the subject before is its label.
    subject_before_change: re.Pattern[str] = NEVER
    preposition_before: re.Pattern[str] = NEVER
    calendar_words: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Disagreements:
    """What tells sources disagree (disagree.py)."""

    # "officials said on Tuesday": a day of a report; a sentence that may claim a day at all.
    reported_on: re.Pattern[str] = NEVER
    may_claim: re.Pattern[str] = NEVER
    # Words of the calendar, left out when clauses are compared.
    calendar_tokens: frozenset[str] = frozenset()
    # Words of voting, ruling or playing: next to one, "7-6" is a tally.
    tally_words: frozenset[str] = frozenset()
    # Words after two counts that make them a part of a game, not its result ("a 15-2 run").
    tally_parts: frozenset[str] = frozenset()
    # Words right before two counts that make them a season's record ("falling to 5-10").
    record_before: re.Pattern[str] = NEVER
    # Beginnings of words of a happening that takes place once in a story -> its name.
    once_events: Mapping[str, str] = field(default_factory=dict)
    # The same, for happenings that take place once for each person (a death, an arrest).
    once_per_person: Mapping[str, str] = field(default_factory=dict)
    # Pronouns that stand for a person: a happening told of one has no clear subject.
    actor_pronouns: frozenset[str] = frozenset()
    # Words after which a name is not a subject ("aides of Jane Doe", "for Jane Doe").
    name_prepositions: frozenset[str] = frozenset()
    # Things figures are never compared as counts of (units of measure).
    uncompared: frozenset[str] = frozenset()
    # Of those, units of a length a happening covers ("fell 600 metres"): compared when the
    # verb right before both figures is one.
    lengths: frozenset[str] = frozenset()
    # Words next to a figure that say nothing of which figure it is ("said", "also").
    slot_noise: frozenset[str] = frozenset()
    # Nouns that alone name one quantity of an event ("turnout"): next to two sources' figures,
    # they say the figures fill one slot.
    slot_names: frozenset[str] = frozenset()
    # Words next to an amount that make it one asked for ("requested $2 million"); those whose
    # figure a sentence may give apart ("critics"); the period an amount is per, right after it
    # ("a year"); a period told from the report's own ("last year"), and words of one such period.
    asked_for: frozenset[str] = frozenset()
    dissenters: frozenset[str] = frozenset()
    rate_after: re.Pattern[str] = NEVER
    relative_period: re.Pattern[str] = NEVER
    same_period: Mapping[str, str] = field(default_factory=dict)
    # Hedges of a figure that falls short of its number ("nearly 90%"): a number above it is
    # beyond its tolerance.
    short_of: frozenset[str] = frozenset()
    # Right after a count's noun, the words that open a clause restricting what it counts.
    restricting_openers: frozenset[str] = frozenset()
    # "the third fire in six weeks": groups nth, count and unit.
    recurrence_span: re.Pattern[str] = NEVER
    # "the second verse of the hymn": groups nth, part and thing; parts that are moments of a
    # happening ("the second half of the game"), never compared.
    part_ordinal: re.Pattern[str] = NEVER
    part_moments: frozenset[str] = frozenset()
    # Parts of a day ("late", "morning") and endings cut off words of happenings.
    day_parts: frozenset[str] = frozenset()
    # What may stand before a day told at the head of its sentence, ahead of the clause it
    # dates ("Early Friday, she checked in"): a pattern of the text before the day.
    fronted_day_before: re.Pattern[str] = NEVER
    # Words that open a clause inside the one such a day dates ("... where she checked in").
    fronted_clause_end: re.Pattern[str] = NEVER
    stem_endings: tuple[str, ...] = ()
    # Stems of verbs news writes for one happening's day -> the stem that stands for them all
    # ("landed", "arrived"): beside the restating synonyms, two sources' days of it compare.
    happening_synonyms: Mapping[str, str] = field(default_factory=dict)
    # The verb of a happening to come ("will play", "is set to sign"): group 1, lower case.
    planned_verb: re.Pattern[str] = NEVER
    # The state of a plan or an expected act ("abandoned", "put on hold", "unlikely to
    # meet"): one named group per state; the pairs of states that exclude each other, and the
    # states a plan never leaves ("abandoned"); words
    # before a state that make it no claim ("threatened to cancel"); a sentence's condition.
    plan_state: re.Pattern[str] = NEVER
    state_opposites: tuple[tuple[str, str], ...] = ()
    final_states: frozenset[str] = frozenset()
    state_unsure_before: re.Pattern[str] = NEVER
    state_condition: re.Pattern[str] = NEVER
    # A running count told at one moment: in a figure's clause ("so far"), in a sentence of
    # votes ("with 81 percent of precincts reporting"); words before a figure that ask about
    # it ("whether").
    count_so_far: re.Pattern[str] = NEVER
    votes_counted_so_far: re.Pattern[str] = NEVER
    # A sentence that gives a figure of a poll or survey (a story may cite several).
    figure_of_a_poll: re.Pattern[str] = NEVER
    figure_asked: re.Pattern[str] = NEVER
    # A word before a period told from the paper's day that ends it the day before ("earlier
    # this week"); what follows a day of saying to tell what was said ("said in 2019 that").
    before_the_day: frozenset[str] = frozenset()
    # An ordinal ("third", "21st"); words right before a value that tell it as a change or a
    # new total ("rose to", "now"): another moment's value, not a slot's.
    ordinal: re.Pattern[str] = NEVER
    value_changed: re.Pattern[str] = NEVER
    # Words that tell a toll of one more event than another's ("another attack", "also").
    other_event: re.Pattern[str] = NEVER
    # Right after a figure, in its clause, the side it is of: for ("voted for the plan", "in
    # favour") or against ("voted against it"); groups "for" and "against".
    stance_after: re.Pattern[str] = NEVER
    # Words that tell a happening as one of several of its kind ("a second bomb", "another
    # victim"), not another figure ("another $2.5 billion").
    one_of_several: re.Pattern[str] = NEVER
    # What follows a number that makes it part of an address ("the 3300 block of ..."): a
    # place, compared as one, never as a count.
    address_after: re.Pattern[str] = NEVER
    # A period told from the paper's day, written without digits ("this week", "last year").
    period_told: re.Pattern[str] = NEVER
    # Prefixes that make a verb of the irregular past another ("repaid", "withheld").
    verb_prefixes: tuple[str, ...] = ()
    reported_that: re.Pattern[str] = NEVER
    # Nouns of occasions of one sitting ("debate", "funeral"): a day written with one is the
    # day it was held. Words that make an occasion another of its kind ("next", "first"), and
    # words before an occasion named that set another moment by it ("ahead of").
    one_sitting: frozenset[str] = frozenset()
    occasion_other: re.Pattern[str] = NEVER
    occasion_relative: frozenset[str] = frozenset()
    # An occasion's name right before a weekday (groups: modifiers, noun) or after it as its
    # possessive (group: the words that may name it).
    occasion_before: re.Pattern[str] = NEVER
    occasion_owner: re.Pattern[str] = NEVER
    # Counts of one thing two outlets may give of two moments or two groups (counts.py): a
    # toll's sentence that tells it at a moment ("initially", "early reports"); words that
    # make a count one of a whole ("in all", "across") or over a period ("this year", "since
    # May"); words of a part of the hurt ("seriously", "taken to hospital"); a doer among the
    # dead ("killed himself", "including the gunman"); words that open where a count happened
    # ("at", "near").
    toll_moment: re.Pattern[str] = NEVER
    count_whole: re.Pattern[str] = NEVER
    # The length of one happening, joined to its noun ("a 13-hour standoff") or after it ("the
    # standoff lasted 13 hours"). Groups: hedge, number, unit, noun.
    happening_span_before: re.Pattern[str] = NEVER
    happening_span_after: re.Pattern[str] = NEVER
    # The units of those lengths, alone: a sentence without one holds none (the two patterns
    # above are slow to fail).
    happening_span_unit: re.Pattern[str] = NEVER
    count_period: re.Pattern[str] = NEVER
    toll_part: re.Pattern[str] = NEVER
    doer_died: re.Pattern[str] = NEVER
    place_openers: frozenset[str] = frozenset()
    # Named roles (named_slots.py): nouns that end a body's name ("Committee") and words that
    # tell whose body it is ("House", "County"); the platforms one posts on; what names the
    # account that posted (group "handle"); what a handle is.
    body_nouns: frozenset[str] = frozenset()
    body_jurisdictions: frozenset[str] = frozenset()
    platform: re.Pattern[str] = NEVER
    posted_by: re.Pattern[str] = NEVER
    handle: re.Pattern[str] = NEVER
    # Where a named person lives, right after the name (residences.py): groups "name" and
    # "place" or "lived_in".
    residence: re.Pattern[str] = NEVER
    # One quotation credited to two people of one title (roles.py): who is quoted with a title
    # right before the name and a verb of speech after it or before it (groups "title",
    # "name"); a colour written before a thing's name (groups "colour", "thing"), and the
    # spellings of one colour ("grey" is "gray").
    credited: re.Pattern[str] = NEVER
    credited_after: re.Pattern[str] = NEVER
    coloured: re.Pattern[str] = NEVER
    colour_spellings: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class SummaryWords:
    """What a summary sentence or a headline cannot open with, end with or be (summary.py)."""

    # Words that open a sentence that needs the one before it ("He", "This").
    unresolved_openers: frozenset[str] = frozenset()
    # Of them, those that point back to what was said before ("That", "However").
    back_references: frozenset[str] = frozenset()
    # The pronouns that stand for the subject of a clause ("he", "they"): named before, or not
    # at all in a line shown alone.
    subject_pronouns: frozenset[str] = frozenset()
    # The words of the writer's own voice or of one who speaks to the reader ("we", "you").
    own_voice: frozenset[str] = frozenset()
    # What opens, or is set off inside, a sentence that leans on the one before it: an example
    # ("For instance, ..."), a step of a sequence ("Then there's ..."), a sequel ("Soon ...").
    leans_on_context: re.Pattern[str] = NEVER
    # "It" that stands for nothing said before: "It's too early to say whether ...".
    dummy_subject: re.Pattern[str] = NEVER
    call_to_action: re.Pattern[str] = NEVER
    photo_credit: re.Pattern[str] = NEVER
    # Time words and phrases trimmed off a headline's end.
    trailing_time: re.Pattern[str] = NEVER
    trailing_phrase: re.Pattern[str] = NEVER
    # (long form, short form) a headline uses when a line is too long.
    headline_abbreviations: tuple[tuple[str, str], ...] = ()
    # Endings of section labels ("World news").
    section_suffixes: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class KeyphraseWords:
    """Words a keyphrase is trimmed by (keyphrases.py)."""

    # Lower-case words that may sit inside a name, and a run of capitalised words.
    connectors: frozenset[str] = frozenset()
    name_run: re.Pattern[str] = NEVER


@dataclass(frozen=True, eq=False)
class HappeningWords:
    """Words that tell when one happening happened (happening_days.py)."""

    # A clock time as written ("1:30 a.m.", "9:40 pm", "2 a. m."): groups hour, minute, half.
    clock_time: re.Pattern[str] = NEVER
    # A hedge right before a clock time, by what it allows: "around" either side, "shortly
    # after" after it, "just before" before it.
    around: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    before: frozenset[str] = frozenset()
    # A word right before a clock time that makes it a bound or a span ("until", "between"),
    # never the moment a happening took place.
    bounds: frozenset[str] = frozenset()
    # A time zone or clock named after a time ("ET", "local time"): two sources may tell one
    # moment by two clocks.
    zone_after: re.Pattern[str] = NEVER
    # Words before a verb that make it no happening told as done ("will", "to", "not").
    not_done: frozenset[str] = frozenset()
    # Pronouns and other words a subject may end in that name no one in particular.
    no_actor: frozenset[str] = frozenset()
    # Words of grammar (prepositions, conjunctions, auxiliaries, pronouns) that end a noun
    # phrase read backwards from its verb, or forwards into an object.
    function_words: frozenset[str] = frozenset()
    # Words that tell a happening as one more of its kind ("again", "later").
    repeated: frozenset[str] = frozenset()
    # Adverbs right before a verb that tell its happening as the first of several ("first
    # voted", "initially"): the later ones are other happenings.
    first_of_several: frozenset[str] = frozenset()
    # Prepositions that open what a verb acts on ("into the clinic"), not where it happened.
    object_openers: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class LanguageData:
    """Everything the pipeline reads of one language. `supported` is False for a language
    without data: its articles get no entities, figures, dates or quotations (none is read as
    if it were written in another language)."""

    code: str
    supported: bool = False
    calendar: Calendar = field(default_factory=Calendar)
    numbers: Numbers = field(default_factory=Numbers)
    sentences: SentenceRules = field(default_factory=SentenceRules)
    dates: DateGrammar = field(default_factory=DateGrammar)
    # Words that carry no content of their own.
    stop_words: frozenset[str] = frozenset()
    tokens: Tokens = field(default_factory=Tokens)
    restating: Restating = field(default_factory=Restating)
    boilerplate: Boilerplate = field(default_factory=Boilerplate)
    verbs: Verbs = field(default_factory=Verbs)
    titles: Titles = field(default_factory=Titles)
    names: NameWords = field(default_factory=NameWords)
    entities: EntityGrammar = field(default_factory=EntityGrammar)
    attribution: Attribution = field(default_factory=Attribution)
    figures: FigureGrammar = field(default_factory=FigureGrammar)
    disagreements: Disagreements = field(default_factory=Disagreements)
    summary: SummaryWords = field(default_factory=SummaryWords)
    keyphrases: KeyphraseWords = field(default_factory=KeyphraseWords)
    happenings: HappeningWords = field(default_factory=HappeningWords)
