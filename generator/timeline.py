"""The timeline of a story: its own days, what is planned or due, and the background recalled.

Each dated sentence is placed at the date of the happening it reports (dates.py tells a date of
an event from the day something was said, a plan, a deadline, and a year that only names a
thing). The story's own events are the happenings dated within a few days before its reports;
earlier happenings are background and are labelled so; later ones are shown only as plans or
deadlines. A sentence that dates two different happenings, or that a caption holds, is left out:
which date goes with its main clause is a guess.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from generator.align import SentenceGroup
from generator.dates import Dated, dates_in, day_of
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, DateMention, Sentence, TimelineEntry
from generator.restate import claim, states, stems
from generator.summary import representative
from generator.timeline_acts import (
    days_pointed_back,
    heading_over,
    reported,
    same_act,
)

MAX_TIMELINE = 12
# The story's own events happened at most this many days before its first report (a weekly
# round-up still dates its week); anything earlier is background.
EVENT_WINDOW_DAYS = 7
# Plans and deadlines further ahead than this are outlooks, not dates of this story.
PLAN_HORIZON_DAYS = 400
# A plan named only by its month ("the general election next November") further ahead than
# this is a season of the calendar, like one named by its year: no step of this story.
MONTH_PLAN_HORIZON_DAYS = 183
_PLANNED = ("plan", "deadline")
_PLACED = ("event", *_PLANNED)


def placement(
    mention: DateMention, first: date | None, last: date | None, lang: LanguageData
) -> str | None:
    """Where a date goes: "event" (a day of the story), "plan", "deadline", "background", or
    None when it is not shown (a report's day, a modifier, or a date that cannot be placed)."""
    if mention.kind not in _PLACED:
        return None
    if first is None or last is None:
        # Without a publication date nothing tells the story's days from its background:
        # only dates written with their year are shown, as background.
        has_year = _YEAR.search(mention.text) is not None
        return "background" if mention.kind == "event" and has_year else None
    start, end = _span(mention)
    if mention.kind in _PLANNED:
        ahead = (start - last).days
        if mention.precision == "year" or end < last.toordinal() or ahead > PLAN_HORIZON_DAYS:
            return None  # vague ("in 2025"), already past, or too far ahead to be this story's
        if (
            mention.precision == "month"
            and _YEAR.search(mention.text) is None
            and ahead > MONTH_PLAN_HORIZON_DAYS
        ):
            return None  # "next November", written in December: as vague as a year
        return mention.kind
    if end < first.toordinal() - EVENT_WINDOW_DAYS:
        return "background"
    if mention.text.lower().startswith(lang.dates.last_week):
        return "background"  # the week before the report's: rarely the story's own days
    if mention.precision in ("day", "week") and start.toordinal() <= last.toordinal():
        since = (first - start).days
        return "event" if since <= EVENT_WINDOW_DAYS else None
    return None  # "this month", "this year": partly the story, partly before it


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _span(mention: DateMention) -> tuple[date, int]:
    """The first day a date can mean, and the ordinal of its last day (of a span's last date:
    "from Oct. 16 to Nov. 14")."""
    first = _days(mention.date, mention.precision)
    if mention.last:
        return first[0], _days(mention.last, mention.precision)[1]
    return first


def _days(iso: str, precision: str) -> tuple[date, int]:
    """The first day an ISO date (a day, a month, a year) can mean, and the ordinal of its last
    day; a day of week precision is the first of seven."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day.toordinal() + (6 if precision == "week" else 0)
    if len(parts) == 2:
        year, month = parts
        following = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), following.toordinal() - 1
    return date(parts[0], 1, 1), date(parts[0], 12, 31).toordinal()


_CLAUSE_START = re.compile(r"[,;:()]\s|\s[—–-]\s")


def subordinate(sentence: str, written: str, lang: LanguageData) -> bool:
    """Whether a date written in a sentence is in a subordinate clause or phrase ("since taking
    office in June", "who was mayor from 1998 to 2004")."""
    at = sentence.find(written)
    if at < 0:
        return True
    clause = _CLAUSE_START.split(sentence[:at])[-1]
    return lang.dates.subordinator.search(clause) is not None


def _introduces(sentence: str) -> bool:
    """Whether a sentence ends in a colon: it introduces what follows, a list or a quotation. A
    plan in it is the heading of that list ("Here is what the council will weigh today:"), not
    one it tells; a happening in the past it still tells ("released this statement in May:")."""
    return sentence.rstrip().endswith(":")


def main_clause_dates(
    sentence: str,
    placed: list[tuple[DateMention, str]],
    written: Sequence[DateMention],
    lang: LanguageData,
) -> list[tuple[DateMention, str]]:
    """The placed dates of a sentence that date the happening its main clause reports. In a
    sentence with one date, that date. In one with several (any kind: the day something was
    said, a plan; not a deadline, which bounds rather than dates), only a date outside
    subordinate clauses ("On Monday, the mayor said she feels
    sorry for Reyes, who resigned on Friday": not Friday), and only when the other dates
    outside them are the day it was said ("resigned on Friday, officials said Monday");
    else which date goes with the main clause is a guess, and the sentence is left out."""
    dates = {(m.date, m.precision) for m in written if m.kind != "modifier"}
    if len(dates) <= 1:
        return placed  # "this week" and "Friday" are two dates, whatever day they start
    main = [(m, k) for m, k in placed if not subordinate(sentence, m.text, lang)]
    rivals = {
        (m.date, m.precision)
        for m in written
        if m.kind not in ("modifier", "deadline")
        and not (m.kind == "report" and _attributed(sentence, m.text, lang))
        and not subordinate(sentence, m.text, lang)
    }
    if len({(m.date, m.precision) for m, _ in main} | rivals) != 1:
        return []
    if any(_coordinated_adjunct(sentence, m.text, lang) for m, _ in main):
        return []
    return main


def not_planned(sentence: str, written: str, kind: str, lang: LanguageData) -> bool:
    """Whether a plan's or a deadline's date is in what an opinion holds, in its part of the
    sentence ("believes the feud will last until the vote in July"); or a plan's in what a need
    holds ("will have to win two games in April"; "must answer the charges by April 26" is a
    deadline), or in a condition or a question in its own clause ("will keep her seat if
    turnout stays low in May", "declined to say whom she would back in June"; "if the two
    sides cannot agree by May 3" still sets a deadline): what the date dates may or must
    happen, and is no plan the sentence tells."""
    at = sentence.find(written)
    if at < 0:
        return False
    own = _CLAUSE_OF_ITS_OWN.split(sentence[:at])[-1]
    grammar = lang.dates
    if grammar.not_planned.search(own):
        return True
    clause = _ASIDE_BREAK.split(own)[-1]
    return kind == "plan" and bool(
        grammar.needed.search(own) or grammar.not_planned_clause.search(clause)
    )


def _coordinated_adjunct(sentence: str, written: str, lang: LanguageData) -> bool:
    """Whether a date opens a stretch of its sentence joined to what comes before by "and" or
    "or" without a verb of its own (", and in 1931, when ..."): it is set beside another date of
    the sentence, and dates one of two happenings."""
    at = sentence.find(written)
    if at < 0:
        return False
    words = _CLAUSE_START.split(_AGE_ASIDE.sub(" ", sentence[:at]))[-1].split()
    return (
        bool(words)
        and words[0].lower() in lang.figures.coordinators
        and _verb_at(words, lang) is None
    )


# Where an aside begins or ends: a comma or a dash (";" and ":" start a clause of its own).
_ASIDE_BREAK = re.compile(r",[\"”’]?\s|\s[—–-]+\s|[—–]")
_CLAUSE_OF_ITS_OWN = re.compile(r"[;:]\s")


def side_clause(sentence: str, written: str, lang: LanguageData) -> bool:
    """Whether a date is written in a clause or phrase that hangs off the sentence's news, so
    that it dates that clause, not the news: in brackets ("($50 million in 2005 dollars)"); in a
    relative or subordinate clause ("Smith, who was elected in 2008, said", "the worst since the
    junta fell in 1974", "comes after she crashed her car on June 8"); in what a concern or a
    claim holds ("raised concerns that the inquiry began in 2016"); in a clause that compares
    the news with another time ("..., just as they did in April"; "As the bill reached her desk
    on Monday, she ..." opens the sentence and tells its time, and so does "when": "was killed
    when she crossed the street on Friday"); or in an apposition or a participle set beside a
    name ("Acme Mills, a firm begun in 1950, tried ...", "three reports, released last year, that
    ..."). A relative clause closed before the date without a comma ("The aide who resigned
    spoke on Friday": two verbs after "who") does not hold it."""
    at = sentence.find(written)
    if at < 0:
        return False
    before = sentence[:at]
    opening = before.lstrip()[:1] == "("  # a whole sentence in brackets is no aside of its own
    if before.count("(") - opening > before.count(")"):
        return True
    own = _CLAUSE_OF_ITS_OWN.split(before)[-1]
    if lang.dates.content_opener.search(own):
        return True  # "raised concerns that the inquiry began in 2016": not told as news
    pieces = _ASIDE_BREAK.split(own)
    lead = pieces[-1]
    grammar = lang.dates
    if _beside_across_breaks(own, pieces, lang):
        return True
    # An age or a name between commas is no break of the phrase it is in ("charged with killing
    # Jane Roe, 34, on Oct. 2", "a lawsuit his aide, Jane Roe, had filed in 2011", "Roe, whose
    # son, Tom Roe, was killed in May"): what the phrase holds is read over it.
    nested = _ASIDE_BREAK.split(_AGE_ASIDE.sub(" ", own))[-1]
    if (len(pieces) == 1 and own == before and _fronted_side(before, lang)) or (
        not before.strip() and _stamp(written, sentence[at + len(written) :], lang)
    ):
        return True
    if any(_opens_side_clause(stretch, lang) for stretch in {lead, nested}):
        return True
    if (
        _in_nested_phrase(nested, lang)
        or _clause_after_noun(nested, lang)
        or _in_present_clause(nested, sentence[at + len(written) :], lang)
    ):
        return True
    if (
        _in_reduced_relative(lead, sentence[at + len(written) :], lang)
        or _in_trailing_time_clause(lead, lang)
        or _in_absolute_phrase(lead, lang)
    ):
        return True
    words = lead.split()
    if len(pieces) == 1 or not words:
        return False
    if grammar.frame_opener.match(lead) or _passive_aside(
        words, sentence[at + len(written) :], lang
    ):
        # "..., just as they did in April": another time the news is likened to; "...,
        # approved Friday by the board, ...": what was done to the thing before the comma
        return True
    first = words[0].strip(_EDGE)
    following = _ASIDE_BREAK.split(sentence[at + len(written) :], maxsplit=1)
    next_words = following[1].split()[:1] if len(following) > 1 else []
    verb_follows = (
        bool(next_words) and next_words[0][:1].islower() and _verb_at(next_words, lang) is not None
    )
    if (
        verb_follows
        and first.islower()
        and _a_participle(lead, lang)
        and first not in grammar.auxiliaries
        and _verb_at(_clause_words(pieces[-2], lang), lang) is None
    ):
        # "Acme Labs, founded in 1950, has ...": a participle set between a name and its verb
        return True
    if first.lower() in grammar.apposition_openers:
        if grammar.report_words.search(lead):
            return False  # "..., the agency announced Tuesday": who said it, no apposition
    elif not (
        first.islower()
        and first not in grammar.auxiliaries
        and _verb_at([first], lang) is not None
        # a participle right after a clause with its verb ("pointed to two videos, published
        # last year, that ..."); after a name or a title, the verb of that name ("Jane Roe, 49,
        # took ...", "Jane Roe, the mayor's aide, said ...")
        and not _a_participle(pieces[-2], lang)
        and _verb_at(_clause_words(pieces[-2], lang), lang) is not None
    ):
        return False
    # An apposition follows a clause with its verb (not one of a relative clause or of another
    # aside: "Ms. Doe, who had left the team, quit in May", "The council, led by Greens,
    # passed ..."), or stands between a subject and its verb ("Acme Mills, a firm begun in 1950,
    # tried ...").
    previous_words = [
        word
        for piece in pieces[:-1]
        if not _a_participle(piece, lang)
        for word in _clause_words(piece, lang)
    ]
    return _verb_at(previous_words, lang) is not None or verb_follows


def _passive_aside(words: Sequence[str], rest: str, lang: LanguageData) -> bool:
    """Whether a date is in a participle set after a comma with its agent ("In her memoir, Home
    Again, published Tuesday by a small press, she ...", "..., approved Friday by the board"):
    the date dates what was done to the thing before the comma, not the clause's news."""
    first = words[0].strip(_EDGE)
    following = rest.split()[:1]
    return (
        len(words) == 1
        and first.islower()
        and first not in lang.dates.auxiliaries
        and _verb_at([first], lang) is not None
        and bool(following)
        and following[0] in lang.dates.agent_words
    )


def _beside_across_breaks(own: str, pieces: Sequence[str], lang: LanguageData) -> bool:
    """Whether a date is in a clause beside the news that a comma parts from where it opens: in
    what a participle of saying holds, in a side clause it goes on after a comma, or in a
    fronted side clause whose subject an aside parts from its verb."""
    return _in_what_was_said(own, lang) or (
        len(pieces) > 1 and (_continued_side(pieces, lang) or _side_across_aside(own, lang))
    )


def _in_what_was_said(own: str, lang: LanguageData) -> bool:
    """Whether a date is in what a participle of saying after the sentence's news holds, with no
    break between ("gave no details, saying only that the panel met the witnesses last
    week"): the date is of what was said, not of the news."""
    said = list(lang.dates.report_participle.finditer(own))
    return bool(said) and _ASIDE_BREAK.search(own, said[-1].end()) is None


# A date goes on the clause before its comma when at most this many words come between
# ("..., back in 1994", "..., as early as 1990").
CONTINUED_WORDS = 3


def _continued_side(pieces: Sequence[str], lang: LanguageData) -> bool:
    """Whether a date set after a comma with no verb of its own ("..., back in 1994") goes on
    a side clause before the comma ("say nothing has been as good since the drummer quit,
    back in 1994"): it dates that clause."""
    words = pieces[-1].split()
    if len(words) > CONTINUED_WORDS or any(not w.islower() for w in words):
        return False
    if words and words[0] in lang.figures.coordinators:
        return False  # "..., but in 2017 it worked": a clause of its own begins
    openers = list(lang.dates.side_opener.finditer(pieces[-2]))
    if _verb_groups(words, lang) or not openers:
        return False
    # a clause with its verb ("since the drummer quit"), not a phrase ("According to the
    # filing, in May 2017, she ...", "was sent a week before -- on June 3 -- to ...")
    clause = _QUOTED.sub(" ", pieces[-2][openers[-1].end() :]).split()
    return _verb_groups(clause, lang) > 0 and _opens_side_clause(pieces[-2], lang)


def _side_across_aside(own: str, lang: LanguageData) -> bool:
    """Whether a sentence opens with a side clause whose subject an aside parts from its verb,
    and the date comes after that verb ("Since talks between the union and the Acme
    Corporation, or Acme, broke down in January, hundreds have left"): the date is the side
    clause's. Its stretch after the last comma opens with the verb, and the side opener is the
    sentence's first word."""
    words = _ASIDE_BREAK.split(own)[-1].split()
    if not words or not words[0].islower() or _verb_at(words[:1], lang) is None:
        return False
    openers = list(lang.dates.side_opener.finditer(own))
    if len(openers) != 1 or own[: openers[0].start()].strip(_EDGE + " "):
        return False
    return _verb_groups(_QUOTED.sub(" ", own[openers[0].end() :]).split(), lang) == 1


def _opens_side_clause(lead: str, lang: LanguageData) -> bool:
    """Whether the stretch of a sentence before a date is in a clause or phrase that a side
    opener begins: a clause with its verb ("after he was charged in 2014"; "who in 2008 ..." has
    it after the date), or a phrase that holds its date without one ("since the audit on
    May 9", "returned after the war in 2003"); not "went after the aide on Tuesday"."""
    grammar = lang.dates
    openers = list(grammar.side_opener.finditer(lead))
    if not openers:
        return False
    opener = openers[-1]  # the innermost clause the date is in
    word = " ".join(opener[0].lower().split())
    if word in grammar.phrase_openers:
        return True
    rest = _QUOTED.sub(" ", lead[opener.end() :])
    groups = _verb_groups(rest.split(), lang)
    if groups == 0 and word in grammar.bound_words:
        # "vowed to win back women after the party's loss in 2012": the date is of the loss,
        # the news came after it, on a day not told; after a verb, "before" or "after" ends
        # the verb's own phrase ("went after the aide on Tuesday", "testified before the panel
        # on Monday")
        previous = lead[: opener.start()].split()[-1:]
        return not previous or _verb_at(previous, lang) is None
    if groups == 2 and (word in grammar.relative_pronouns or word in grammar.complement_openers):
        # "who stepped down when the mayor left office in May": a clause of time inside the
        # relative clause holds the second verb, and the date with it (a third verb would be
        # the news's own: "the aide who quit when the mayor left spoke on Friday")
        inner = grammar.subordinator.search(rest)
        return inner is not None and _verb_groups(rest[: inner.start()].split(), lang) == 1
    return groups < 2 and (groups > 0 or word in grammar.relative_pronouns)


def _fronted_side(before: str, lang: LanguageData) -> bool:
    """Whether the words before a date, all of them in the first stretch of the sentence, open
    a phrase that fronts it and holds the date: "After a recount in 2004, she ..." (the phrase's
    date, not the news's), "As was the case in 1996, ..." (another time the news is likened
    to)."""
    head = before.split()[:1]
    return bool(head) and (
        head[0].strip(_EDGE).lower() in lang.dates.fronted_phrase_openers
        or lang.dates.fronted_frame.match(before) is not None
    )


def _stamp(written: str, after: str, lang: LanguageData) -> bool:
    """Whether a date that opens its sentence is a stamp over a caption or an entry of a list,
    not a date of its clause: written with its year, without a preposition or a comma after it,
    before a capitalised word ("May 3, 2014 Rescuers carry ..."); "On May 3, 2014, rescuers
    ..." and "In 2014 Rescue Corps ..." are the clause's."""
    words = written.split()
    if not words or _YEAR.search(written) is None:
        return False
    opener = words[0].strip(_EDGE).lower()
    return (opener[:1].isdigit() or opener in lang.calendar.month_numbers) and bool(
        re.match(r"\s+[A-Z]", after)
    )


def _in_present_clause(lead: str, rest: str, lang: LanguageData) -> bool:
    """Whether a date is in a clause whose verb is in the present ("is", "has", "marks",
    "shows") with none in the past, before the date or after it up to the clause's end: the date
    is in what that verb holds ("The square marks the day in 1902 when ...", "The fund has $2
    billion in 2016 ..."), and dates no happening the clause tells. Not when a clause of its own
    opens between that verb and the date ("It says that in 2009 the agency told ...")."""
    grammar = lang.dates
    words = [w.strip(_EDGE) for w in lead.split()]
    at = next(
        (
            i
            for i, word in enumerate(words)
            if i
            and word.islower()
            and (grammar.present_marker.fullmatch(word) or word in grammar.content_verbs)
        ),
        None,
    )
    if at is None or grammar.subordinator.search(" ".join(words[at + 1 :])):
        return False
    tail = _SEGMENT.split(rest, maxsplit=1)[0]
    opener = grammar.subordinator.search(tail)
    after = [w.strip(_EDGE) for w in tail[: opener.start() if opener else None].split()]
    return not any(
        word.islower()
        and not grammar.present_marker.fullmatch(word)
        and _verb_at([word], lang) is not None
        for word in [*words, *after]
    )


def _in_reduced_relative(lead: str, rest: str, lang: LanguageData) -> bool:
    """Whether a date ends a participle set right after a noun, with the clause's own verb
    after the date: "The complaint unsealed late Monday claims that ...", "the aide fired on
    Monday was ...". The date dates the participle (the release, the firing), not the news the
    main verb tells."""
    words = [w.strip(_EDGE) for w in lead.split()]
    grammar = lang.dates
    while words and (words[-1].lower() in grammar.participle_to_date or words[-1].endswith("ly")):
        words.pop()
    if len(words) < 2 or not words[-2].isalpha() or not words[-2].islower():
        return False
    noun = words[-2]
    if noun in lang.stop_words or noun in grammar.auxiliaries or noun in grammar.negations:
        return False
    if _verb_at(words[-1:], lang) is None or _verb_at([noun], lang) is not None:
        return False
    following = [w.strip(_EDGE) for w in _SEGMENT.split(rest, maxsplit=1)[0].split()]
    following = [w for w in following if w and w.lower() not in grammar.parts_of_day]

    def finite(word: str) -> bool:
        return word.islower() and (
            word in grammar.auxiliaries
            or word in grammar.content_verbs
            or _verb_at([word], lang) is not None
        )

    if following and following[0] in grammar.agent_words:
        # "the package passed Thursday by the House included ...": who did it, then the verb
        for word in following[1 : 1 + AGENT_PHRASE_WORDS]:
            if word in lang.figures.coordinators:
                return False  # "passed Friday by the House and signed ...": its own verbs
            if finite(word):
                return True
        return False
    return bool(following) and finite(following[0])


# Words that open a clause of time inside a stretch of a sentence: "as" with a verb group of
# its own ("The mayor resigned as the inquiry had opened on Tuesday", "as it did in April":
# another time, or a stretch the news fell in), "when" after a noun or a participle ("recalled
# the night when the jury acquitted him on Friday"; "was arrested when police raided the house
# on Friday" tells the time of the arrest, and stays).
_TIME_CLAUSE_OPENERS = frozenset({"as", "when"})
# Of those, the ones read after any word (with an auxiliary in their clause).
_AFTER_ANY_WORD = frozenset({"as"})


def _in_trailing_time_clause(lead: str, lang: LanguageData) -> bool:
    """Whether the stretch before a date ends in a clause of time opened inside it, with a
    subject and a verb of its own before the date ("resigned as the inquiry was opening on"):
    the date is that clause's. Not "as expected", "as mayor" (no clause), nor an opener that
    begins the stretch (see `side_clause` for those)."""
    words = [w.strip(_EDGE) for w in _QUOTED.sub(" ", lead).split()]
    for at in range(len(words) - 1, 0, -1):
        word = words[at]
        if word not in _TIME_CLAUSE_OPENERS:
            continue
        rest = words[at + 1 :]
        if not rest or _verb_at(rest[:1], lang) is not None or _verb_groups(rest, lang) == 0:
            return False
        previous = words[at - 1]
        if word in _AFTER_ANY_WORD:
            # "as it did in April", "as the team was preparing for Friday": another time, or
            # a stretch the news fell in; "sent as the panel met Thursday" (a verb in the past
            # of its own) is the same moment, and dates the news
            verb = _verb_at(rest, lang)
            return verb is not None and rest[verb[0]].lower() in lang.dates.auxiliaries
        # a noun phrase ("the night when"), not a bare complement of the verb ("was sent to
        # jail when the judge ruled": the time of the sending)
        after_determiner = at >= 2 and words[at - 2].lower() in lang.dates.determiners
        noun = after_determiner and previous.islower() and _verb_at([previous], lang) is None
        return noun or _participle_after_noun(words[:at], lang)
    return False


# A participle set after a noun needs a word before the noun (a determiner or a preposition),
# the noun and the participle.
OBJECT_PARTICIPLE_WORDS = 3


def _participle_after_noun(words: Sequence[str], lang: LanguageData) -> bool:
    """Whether a run of words ends in a participle set after a noun: the object of a verb
    before it ("searched the car abandoned") or of a preposition ("relatives of people
    killed"); not the verb of the clause ("The aide resigned when ..." tells when the aide
    resigned)."""
    if len(words) < OBJECT_PARTICIPLE_WORDS:
        return False
    before = words[-3].lower()
    object_of_verb = before in lang.dates.determiners and _verb_at(words[:-3], lang) is not None
    grammar = lang.dates
    object_of_preposition = before in lang.stop_words and not (
        before in grammar.subject_pronouns
        or before in grammar.auxiliaries
        or before in grammar.determiners
        or before in lang.figures.coordinators
    )
    return (
        (object_of_verb or object_of_preposition)
        and _verb_at(words[-2:-1], lang) is None
        and _verb_at(words[-1:], lang) is not None
    )


def _in_absolute_phrase(lead: str, lang: LanguageData) -> bool:
    """Whether the stretch before a date is an absolute phrase after "with": a noun and a
    participle, no verb of a clause ("the rally ended early, with voting suspended on"; "with
    the crowd cheering on"). The date is of what the phrase tells, beside the news."""
    words = [w.strip(_EDGE) for w in _QUOTED.sub(" ", lead).split()]
    grammar = lang.dates
    openers = [at for at, word in enumerate(words) if word.lower() == "with"]
    if not openers:
        return False
    rest = words[openers[-1] + 1 :]
    while rest and (rest[-1].lower() in grammar.participle_to_date or rest[-1].endswith("ly")):
        rest.pop()
    if len(rest) < 2 or any(w.lower() in grammar.auxiliaries for w in rest):
        return False
    last = rest[-1]
    participle = last.islower() and (
        _verb_at([last], lang) is not None or (last.endswith("ing") and len(last) > len("ring"))
    )
    return participle and _verb_at(rest[:1], lang) is None


# An agent after a participle's date ("by the House Judiciary Committee") has at most this
# many words before the main verb.
AGENT_PHRASE_WORDS = 5


def _in_nested_phrase(lead: str, lang: LanguageData) -> bool:
    """Whether the stretch before a date ends in a phrase inside a noun phrase ("of robbing a
    bank downtown in", "including a title in"), not closed by a verb of its clause after it
    ("convicted of playing a role in the crime and sentenced to death on"). In a list of
    examples, a verb right after a noun is a participle of that noun, inside the list ("including
    one poll released"): only a verb after "and" or "or" closes it."""
    found = list(lang.dates.nested_phrase.finditer(lead))
    if not found:
        return False
    rest = lead[found[-1].end() :].split()
    listed = found[-1][0].lower() in lang.dates.list_openers

    def closes(at: int) -> bool:
        if not _is_verb(rest, at, lang):
            return False
        previous = rest[at - 1].strip(_EDGE).lower() if at else ""
        return not listed or previous in lang.figures.coordinators

    return not any(closes(at) for at in range(len(rest)))


# An age, a name or a quoted title set between commas ("Jane Roe, 34, ...", "a new source, the
# Kent River, in May", "her third album, “Blue Hour,” in 2009", a party and state even written
# with a space, "R -Ore."): no break of the phrase it is in.
_AGE_ASIDE = re.compile(
    r",\s*(?:\d{1,3}|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+-?[A-Z][\w.'’-]*){0,3}),\s"
    r"|,\s*[“\"][^“”\"]{1,80}?,?[”\"],?\s"
)


def _clause_after_noun(lead: str, lang: LanguageData) -> bool:
    """Whether the stretch of a sentence before a date ends in a clause set after a noun with
    no relative pronoun, or with "that" and a subject of its own: "dropped a lawsuit his aide
    had filed in 2011", "the seat that the governor vacated in 2008". The date dates that
    clause, not the news. The clause's subject is a pronoun, a name, or a noun after a
    determiner; the noun before it is no word of time ("Two years later the council ...")
    unless an article heads it ("as calm as the day he joined the club in 2010"), and not the
    last word of a phrase that opens the sentence ("In the final the team beat ...")."""
    grammar = lang.dates
    words = [w.strip(_EDGE) for w in _QUOTED.sub(" ", lead).split()]
    words = [w for w in words if w]
    verbs = [at for at, word in enumerate(words) if _is_verb(words, at, lang)]
    # a verb after an auxiliary is of its group ("had filed"); any other opens one ("his
    # father founded closed": two)
    starts = [
        at for at in verbs if not (at - 1 in verbs and words[at - 1].lower() in grammar.auxiliaries)
    ]
    if not starts:
        return False
    verb = starts[-1]
    if verb - 1 in verbs:
        return False  # "his father founded closed": the verb of the subject's own clause
    if verb >= 1 and words[verb - 1].lower() in grammar.subject_pronouns:
        subject = verb - 1
    elif verb >= 1 and words[verb - 1][:1].isupper():
        subject = verb - 1
        while subject > max(0, verb - NAME_WORDS) and words[subject - 1][:1].isupper():
            subject -= 1
    else:
        # a determiner and a noun, with at most two words between ("his aide", "the troubled
        # actress", "his former press secretary")
        subject = next(
            (
                at
                for at in range(verb - 2, max(-1, verb - 2 - SUBJECT_MODIFIERS), -1)
                if words[at].lower() in grammar.determiners
            ),
            -1,
        )
        between = words[subject + 1 : verb]
        if subject < 0 or not all(
            w.isalpha() and w.islower() and w not in grammar.adjunct_openers for w in between
        ):
            return False
    noun = subject - 1
    relative = noun >= 1 and words[noun].lower() in lang.dates.complement_openers
    if relative:
        noun -= 1  # "the seat that the governor vacated"
    if noun < 0:
        return False
    before = words[max(0, noun - ATTRIBUTION_WORDS) : noun]
    if relative and grammar.report_words.search(" ".join(before)):
        return False  # "told a neighbour that his sister had moved": what was said
    if not relative and words[subject][:1].isupper() and not any(at in verbs for at in range(noun)):
        return False  # "Her son Jack Doe was killed": a name beside its noun, the news's subject
    head = words[noun]
    # a noun of time opens the clause of its own ("Two years later the council ..."), unless
    # an article makes it the head of the clause after it ("as calm as the day he joined")
    headed = noun > 0 and words[noun - 1].lower() in grammar.time_head_articles
    if not (head.isalpha() and head.islower()) or (
        head in lang.stop_words
        or (head in grammar.time_nouns and not headed)
        or head.endswith("ly")
        or noun in verbs
    ):
        return False
    opening = words[: noun + 1]
    return not (
        opening[0].lower() in grammar.adjunct_openers and not any(at in verbs for at in range(noun))
    )


# A name set as a clause's subject has at most this many words ("Gov. Jane Roe"); a noun that
# is, at most this many words after its determiner ("his former press secretary").
NAME_WORDS = 3
SUBJECT_MODIFIERS = 3


def _is_verb(words: Sequence[str], at: int, lang: LanguageData) -> bool:
    """Whether the word at `at` is a verb in the past or an auxiliary (or, after one, the verb
    it goes with): not a name, not an -ed word after a determiner ("a revised bill")."""
    word = words[at]
    if not word[:1].islower():
        return False
    lower = word.lower()
    if lower in lang.dates.auxiliaries:
        return True
    previous = words[at - 1].lower() if at else ""
    return previous not in lang.dates.determiners and _verb_at([word], lang) is not None


def _clause_words(text: str, lang: LanguageData) -> list[str]:
    """The words of a stretch of a sentence outside quotations and before any relative or
    subordinate clause it opens: where its own verb is."""
    return lang.dates.side_opener.split(_QUOTED.sub(" ", text), maxsplit=1)[0].split()


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _a_participle(text: str, lang: LanguageData) -> bool:
    """Whether a stretch of a sentence opens with a verb's participle ("led by Democrats")."""
    words = text.split()[:1]
    return bool(words) and words[0].islower() and _verb_at(words, lang) is not None


def _verb_groups(words: Sequence[str], lang: LanguageData) -> int:
    """How many verb groups ("was adopted", "resigned") a run of words has; a participle with
    its agent ("goods seized by ...") is none."""
    groups, after_auxiliary = 0, False
    for at in range(len(words)):
        bare = words[at].strip(_EDGE).lower()
        following = words[at + 1].strip(_EDGE).lower() if at + 1 < len(words) else ""
        verb = (
            _verb_at(words[at : at + 1], lang) is not None
            # a capitalised word inside a clause is a name ("where Rose worked", "who Will
            # met"), not a verb: the run of words never opens a sentence
            and not words[at][:1].isupper()
            and (at == 0 or words[at - 1].strip(_EDGE).lower() not in lang.dates.determiners)
            and (after_auxiliary or following not in lang.dates.agent_words)
        )
        if verb and not after_auxiliary:
            groups += 1  # "resigned spoke": two groups; "was adopted", "had not left": one
        if verb:
            after_auxiliary = bare in lang.dates.auxiliaries
        elif not (
            bare in lang.dates.negations or bare in lang.dates.inner_adverbs or bare.endswith("ly")
        ):
            after_auxiliary = False
    return groups


# A date within this many words of a word of saying is the day it was said ("officials said on
# Tuesday", "in a statement Thursday"); further off, it may date what was said ("said the letter
# from Ms. Roe on Wednesday came unexpectedly").
ATTRIBUTION_WORDS = 3


def _attributed(sentence: str, written: str, lang: LanguageData) -> bool:
    at = sentence.find(written)
    if at < 0:
        return False
    before = " ".join(sentence[:at].split()[-ATTRIBUTION_WORDS:])
    after = " ".join(sentence[at + len(written) :].split()[:ATTRIBUTION_WORDS])
    return bool(lang.dates.report_words.search(f"{before} {written} {after}"))


# A weekday is read in the past narrative of the dates before it when one of this many
# sentences before it gives a day long before the story's ("At 8:17 p.m. ... Oct. 3"; then
# "before she began recording her broadcasts on Sunday").
NARRATIVE_SENTENCES = 3


def in_past_narrative(
    mention: DateMention, mentions: Sequence[DateMention], first: date | None, lang: LanguageData
) -> bool:
    """Whether a weekday or a day counted from publication ("on Sunday", "yesterday") comes
    right after a sentence dated to a day long before the story: it is then most often a day of
    that past, which the publication date cannot tell."""
    if first is None or not _counted_from_publication(mention.text, lang):
        return False
    window = first.toordinal() - EVENT_WINDOW_DAYS
    return any(
        mention.sentence - NARRATIVE_SENTENCES <= m.sentence < mention.sentence
        and m.precision == "day"
        and not _counted_from_publication(m.text, lang)
        and _span(m)[1] < window
        for m in mentions
    )


# A source whose date is not known may have been published up to this many days after the
# story's first dated source (a follow-up, a weekly); further on, a date is last year's.
UNDATED_LATER_DAYS = 60


def _year_guessed(iso: str, written: str, anchor: str) -> bool:
    """Whether a date written without its year was put in the year before the story's first
    publication because it falls after it ("announced the find on April 11", read against a
    source of April 10): in an article whose own date is not known, which may well be later,
    that year is a guess ("in December", read against March, is last December)."""
    first = day_of(anchor)
    if first is None or _YEAR.search(written) or len(iso) < len("2000-01"):
        return False
    month, day = int(iso[5:7]), int(iso[8:10]) if len(iso) >= len("2000-01-01") else 1
    try:
        this_year = date(first.year, month, day)
    except ValueError:
        return False  # the 29th of February of a leap year, read in another
    return int(iso[:4]) < first.year and 0 < (this_year - first).days <= UNDATED_LATER_DAYS


def _period_guessed(precision: str, written: str, anchor: str, lang: LanguageData) -> bool:
    """Whether a year or a month counted from publication ("last year", "this month", "two
    years ago"), in an article whose own date is not known and which is read against the
    story's first date, may be another: the article may have been published up to
    UNDATED_LATER_DAYS later, in the next month or year ("last year" read against Dec. 29 is
    the year before the one an article of Jan. 5 means)."""
    first = day_of(anchor)
    words = written.lower().split()
    counted = bool(words) and (words[-1] == lang.dates.ago or words[0] in lang.dates.period_shifts)
    if first is None or precision not in ("year", "month") or not counted:
        return False
    later = date.fromordinal(first.toordinal() + UNDATED_LATER_DAYS)
    if precision == "year":
        return later.year != first.year
    return (later.year, later.month) != (first.year, first.month)


def _read_undated(text: str, published: Sequence[str], lang: LanguageData) -> list[Dated]:
    """The dates of a sentence of an article whose own date is not known, read against the
    story's publication dates (`published`, sorted); each is kept only when read the same
    against the first and the last of them. A day or a week counted from publication ("on
    Sunday", "yesterday", "this week") is not read at all: it is counted from the article's own
    day, which is not known (another source's day would be a guess: a follow-up, or an old page
    of a video posted years before). A date that is not kept stays a date of the sentence, which
    then dates two days ("signed one on June 2 and another today"), but none that is shown."""
    first = {d.start: d for d in dates_in(text, published[0], lang)}
    last = {(d.start, d.iso, d.precision, d.kind) for d in dates_in(text, published[-1], lang)}
    return [
        replace(d, kind="unknown")
        if (at, d.iso, d.precision, d.kind) not in last
        or d.precision == "week"
        or _counted_from_publication(d.written, lang)
        else d
        for at, d in sorted(first.items())
    ]


# A weekday told in the past is read as the last such day: the day after the publication's
# weekday is then this many days back, and the day after that this many less one.
WEEK_BACK_DAYS = 6
# An article may have been updated this many days after its publication date (the next day's
# developments added to the page, its date left as it was).
UPDATED_WITHIN_DAYS = 2


def updated_weekday(
    mention: DateMention, analysis: Analysis, days: Sequence[date], lang: LanguageData
) -> bool:
    """Whether a weekday in the past is one of the days just after its article's publication
    weekday while the story was still reported on that day: "Thursday" in a Wednesday article,
    updated on Thursday as the others were published, is that Thursday, not the one six days
    before ("Monday" in a Saturday article, with the story reported on Monday, likewise); which
    one it is, the text does not tell."""
    published = day_of(analysis.article.published)
    if published is None or mention.kind != "event" or mention.precision != "day":
        return False
    if not any(word in lang.calendar.weekday_words for word in mention.text.lower().split()):
        return False
    back = (published - date.fromisoformat(mention.date)).days
    later = date.fromisoformat(mention.date).toordinal() + WEEK_BACK_DAYS + 1
    recent = WEEK_BACK_DAYS - UPDATED_WITHIN_DAYS < back <= WEEK_BACK_DAYS
    return recent and any(0 <= day.toordinal() - later <= UPDATED_WITHIN_DAYS for day in days)


def next_week_from_its_first_day(
    mention: DateMention, analysis: Analysis, lang: LanguageData
) -> bool:
    """Whether "next week" is written on the first day of a week (a Sunday, where weeks start
    on Sunday): some writers mean the week that begins the next morning, others the one after
    it; which, the text does not tell."""
    published = day_of(analysis.article.published)
    return (
        published is not None
        and mention.precision == "week"
        and mention.text.lower().split()[:1] == [lang.dates.next_word]
        and published.weekday() == lang.dates.week_start
    )


def _counted_from_publication(written: str, lang: LanguageData) -> bool:
    return any(
        word in lang.calendar.weekday_words or word in lang.dates.day_shifts
        for word in written.lower().split()
    )


# What a clause is cut at when its happening is read: punctuation and dashes (a bracketed aside
# is dropped before).
_SEGMENT = re.compile(r",\s|;\s|:\s|\s[—–-]\s")
_ASIDE = re.compile(r"\([^()]*\)")
_EDGE = ".,;:!?\"'“”‘’"


@functools.lru_cache(maxsize=1 << 14)
def happening(text: str, lang: LanguageData) -> tuple[str, str] | None:
    """The happening a sentence's main clause tells, as (the stem of its main verb, its core:
    the subject, the verb and its object, without adjuncts, asides or subordinate clauses):
    "Rep. Roe (D-Ore.) and her husband, Tom Roe, were charged Tuesday with
    ..." -> ("charge", "Rep. Roe and her husband were charged"). None when no main clause
    with a verb in the past or an auxiliary is found: what it tells is not known."""
    grammar = lang.dates
    subject: list[str] = []
    for segment in _SEGMENT.split(_ASIDE.sub(" ", text)):
        words = segment.split()
        if not words or grammar.subordinator.match(segment.strip()) or segment.isupper():
            # "who resigned in November", "after a long inquiry", a dateline ("WASHINGTON"):
            # not the main clause
            continue
        verb = _verb_at(words, lang)
        if verb is not None and grammar.subordinator.search(" ".join(words[: verb[0]])):
            continue  # "the Ohio Democrat who used ...": an aside that describes a name
        if verb is None:
            # A phrase without a verb: the subject when it comes first ("Rep. Roe and her
            # husband, Tom Roe, were ..."), else an aside or an adjunct ("On Friday").
            if not subject and words[0].lower() not in grammar.adjunct_openers:
                subject = words
            continue
        start, main = verb
        before = words[:start]
        if all(w[:1].islower() and w.endswith("ly") for w in before):
            before = [*subject, *before]  # "Rep. Doe, ..., abruptly resigned": its subject
        core = [*before, *words[start : main + 1]]
        for word in words[main + 1 :]:
            bare = word.strip(_EDGE)
            if (
                bare.lower() in grammar.adjunct_openers
                or bare.lower() in lang.calendar.calendar_words
                or grammar.subordinator.fullmatch(bare)
            ):
                break  # "on Friday", "that serves ...": the core ends
            core.append(word)
        stem = stems(words[main].strip(_EDGE), lang)
        return (min(stem) if stem else words[main].lower()), " ".join(core).strip(_EDGE)
    return None


def _verb_at(words: Sequence[str], lang: LanguageData) -> tuple[int, int] | None:
    """Where the verb of a clause starts (its first auxiliary) and where its main verb is:
    the first word in the past ("resigned", "met") or the first auxiliary and the verb it goes
    with ("was indicted", "will meet", "did not vote"); None when there is none. A capitalised
    word is a name, an -ed word after an article an adjective ("a revised bill")."""
    grammar = lang.dates
    for at, written in enumerate(words):
        word = written.strip(_EDGE)
        lower = word.lower()
        if not word or (word[0].isupper() and at):
            continue
        if lower in grammar.auxiliaries:
            main = at
            for after in range(at + 1, len(words)):
                next_word = words[after].strip(_EDGE).lower()
                if next_word in grammar.negations or next_word.endswith("ly"):
                    continue
                if next_word in grammar.auxiliaries:
                    main = after
                    continue
                if (
                    next_word.isalpha()
                    and words[after][:1].islower()
                    and next_word not in grammar.adjunct_openers
                    and next_word not in lang.stop_words
                ):
                    main = after  # "was indicted", "were sworn", "will meet"; not "was in"
                break
            return at, main
        previous = words[at - 1].strip(_EDGE).lower() if at else ""
        regular = (
            len(lower) > MIN_REGULAR_PAST
            and lower.endswith(grammar.past_ending)
            and lower not in grammar.not_past
            and previous not in grammar.determiners
        )
        if lower in grammar.irregular_past or regular:
            return at, at
    return None


# An -ed word shorter than this is not a verb in the past ("red", "bed").
MIN_REGULAR_PAST = 3


def same_happening(one: str, other: str, lang: LanguageData) -> bool:
    """Whether two sentences dated the same day tell the same happening: their main clauses
    have the same main verb (its stem) and one's core (subject, verb, object) states the
    other's as a claim (restate.py: most of its words and what it says of its names, no other
    number, no negation or hedge the other lacks), naming no one the other does not. "Sen.
    Okafor and her aide were charged Tuesday" and "Senator Okafor was charged by federal
    prosecutors on Tuesday" are one happening; "Congress passed the bill" and "the President
    signed the bill" are two, and so are "Smith was indicted" and "Jones was indicted"."""
    first, second = happening(one, lang), happening(other, lang)
    if first is None or second is None or first[0] != second[0]:
        return False
    a, b = first[1], second[1]
    words_a, words_b = stems(a, lang), stems(b, lang)
    if not words_a or not words_b:
        return False
    similarity = len(words_a & words_b) / math.sqrt(len(words_a) * len(words_b))
    claim_a, claim_b = claim(a, lang), claim(b, lang)
    return any(
        states(shown, other, similarity) and all(name & other.tokens for name in shown.names)
        for shown, other in ((claim_a, claim_b), (claim_b, claim_a))
    )


def timeline(
    analyses: Sequence[Analysis], groups: Sequence[SentenceGroup], lang: LanguageData
) -> tuple[TimelineEntry, ...]:
    """Dated happenings from all sources, oldest first; one entry per date and fact, with every
    source that dates that fact so.

    An undated article's dates without their year ("March 18") are read against the story's
    publication dates (its sources report the same event at about the same time); its days
    counted from its own day ("on Monday", "yesterday") are not placed: that day is not known.
    A day without its year that the sources put in two years is not placed either."""
    group_of = {(s.article, s.index): g for g in groups for s in g.members}
    published = sorted(a.article.published for a in analyses if a.article.published)
    first = day_of(published[0]) if published else None
    last = day_of(published[-1]) if published else None
    days = sorted({day for day in map(day_of, published) if day is not None})
    entries: dict[tuple[When, str, Sentence], tuple[str, list[tuple[str, str]]]] = {}
    read = [
        (
            analysis,
            days_pointed_back(story_mentions(analysis, published, lang), analysis.sentences, lang),
        )
        for analysis in analyses
    ]
    two_years = _read_in_two_years([m for _, found in read for m in found])
    for analysis, mentions in read:
        by_index = {s.index: s for s in analysis.sentences}
        quoted = _in_open_quotation(analysis.sentences)
        per_sentence: dict[int, list[tuple[DateMention, str]]] = {}
        all_dates: dict[int, list[DateMention]] = {}
        for mention in mentions:
            all_dates.setdefault(mention.sentence, []).append(mention)
            kind = placement(mention, first, last, lang)
            if _yearless_day(mention) in two_years or (
                mention.sentence in quoted and _counted_from_publication(mention.text, lang)
            ):
                # a day counted from the day words were spoken, in a quotation an earlier
                # sentence opened ("“It is changing. I read the news today ...”"): which day
                # that is, the text does not tell
                continue
            if kind is not None and (
                updated_weekday(mention, analysis, days, lang)
                or next_week_from_its_first_day(mention, analysis, lang)
            ):
                continue
            if kind is not None and not in_past_narrative(mention, mentions, first, lang):
                per_sentence.setdefault(mention.sentence, []).append((mention, kind))
        for index, placed in per_sentence.items():
            sentence = by_index[index]
            if lang.boilerplate.caption.search(sentence.text):
                continue
            if _introduces(sentence.text):
                placed = [(m, k) for m, k in placed if k not in _PLANNED]
            if not all(k in _PLANNED for _, k in placed):
                placed = main_clause_dates(sentence.text, placed, all_dates[index], lang)
            # A happening is shown under a date only when that date is the date of what the
            # sentence tells: not one written in a clause beside its news ("Roe, who resigned
            # on Friday, said ...", "..., which passed on Thursday"), even a day of the story's
            # own: the entry would read as the news of that day. A plan or a deadline is told
            # by its own clause ("comes two days before she is due to meet him on May 5"),
            # and shown as one; not one that a condition, a question, an opinion or a need
            # holds ("will keep her seat if turnout stays low in May").
            placed = [
                (m, k)
                for m, k in placed
                if not (k in _PLANNED and not_planned(sentence.text, m.text, k, lang))
                and (k in _PLANNED or not side_clause(sentence.text, m.text, lang))
            ]
            group = group_of.get((sentence.article, sentence.index))
            fact = representative(group, lang) if group else sentence
            for mention, kind in {(m.date, m.last, k): (m, k) for m, k in placed}.values():
                when = (mention.date, mention.last or "")
                _, told = entries.setdefault((when, kind, fact), (mention.precision, []))
                told.append((sentence.text, analysis.article.id))
    result = [
        _entry(when, kind, precision, told)
        for when, kind, precision, told in _finest_per_happening(
            _one_per_happening(entries, lang), lang
        )
    ]
    # As many dates as fit: each date's best supported entry first, then the second ones...;
    # the story's own days before the background. Shown in date order.
    by_date: dict[str, list[TimelineEntry]] = {}
    for entry in sorted(result, key=lambda e: (-len(e.sources), e.text)):
        by_date.setdefault(entry.date, []).append(entry)
    ranked = sorted(
        result,
        key=lambda e: (
            by_date[e.date].index(e),
            e.kind == "background",
            -len(e.sources),
            e.date,
            e.text,
        ),
    )[:MAX_TIMELINE]
    return tuple(sorted(ranked, key=lambda e: (e.date, -len(e.sources), e.text)))


def story_mentions(
    analysis: Analysis, published: Sequence[str], lang: LanguageData
) -> Sequence[DateMention]:
    """The dates of an article's sentences; for an article whose own date is not known, read
    against the story's dates (see `_read_undated`)."""
    if analysis.article.published is not None or not published:
        return analysis.dates
    return [
        DateMention(d.iso, d.precision, d.written, s.index, d.kind, last=d.last)
        for s in analysis.sentences
        for d in _read_undated(s.text, published, lang)
        if not _year_guessed(d.iso, d.written, published[0])
        and not _period_guessed(d.precision, d.written, published[0], lang)
    ]


# The length of an ISO day ("2000-01-01"): a shorter one is a month or a year.
DAY_ISO = 10


def _in_open_quotation(sentences: Sequence[Sentence]) -> set[int]:
    """The sentences that begin inside a quotation an earlier sentence of their paragraph
    opened and did not close: the speaker's words, whatever marks they carry."""
    inside: set[int] = set()
    paragraph, curly, straight = None, 0, 0
    for sentence in sorted(sentences, key=lambda s: s.index):
        if sentence.paragraph != paragraph:
            paragraph, curly, straight = sentence.paragraph, 0, 0
        if curly > 0 or straight % 2:
            inside.add(sentence.index)
        curly = max(0, curly + sentence.text.count("“") - sentence.text.count("”"))
        straight += sentence.text.count('"')
    return inside


def _yearless_day(mention: DateMention) -> str | None:
    """The month and day ("04-09") of a day written without its year ("on April 9"); None for
    any other date."""
    if mention.precision != "day" or _YEAR.search(mention.text) or len(mention.date) < DAY_ISO:
        return None
    return mention.date[5:]


def _read_in_two_years(mentions: Sequence[DateMention]) -> set[str]:
    """The days written without their year that the story's sources put in two different years
    ("April 9" read in the year of a January report and in that of a September one), or in
    another year than the one a source writes with the same day ("on April 8, 2012" and "April
    8" read in 2013): which year the day is in, the text does not make clear, and it is not
    shown. A date read as nothing (a modifier, or of a kind not known) does not count."""
    years: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.kind == "modifier" or mention.precision != "day":
            continue
        written = _YEAR.search(mention.text) is not None
        if written or mention.kind != "unknown":
            years.setdefault(mention.date[5:10], set()).add(mention.date[:4])
    return {day for day, found in years.items() if len(found) > 1}


# When an entry is: its date, and a span's last date ("" for none).
When = tuple[str, str]


def _one_per_happening(
    entries: dict[tuple[When, str, Sentence], tuple[str, list[tuple[str, str]]]],
    lang: LanguageData,
) -> list[tuple[When, str, str, list[tuple[str, str]]]]:
    """The entries of one date (or span), kind and precision that tell the same happening (any
    of their sentences `same_happening` as any of the other's), joined: one entry per
    happening, with every source that dates it. (when, kind, precision, [(sentence, source)])
    in a fixed order."""
    alike: dict[tuple[When, str, str], list[list[tuple[str, str]]]] = {}
    for (when, kind, _), (precision, told) in sorted(
        entries.items(), key=lambda item: (item[0][:2], item[1][0], sorted(item[1][1]))
    ):
        alike.setdefault((when, kind, precision), []).append(sorted(set(told)))
    joined = []
    for (when, kind, precision), groups in alike.items():
        while groups:
            merged = groups.pop(0)
            changed = True
            while changed:
                changed = False
                for other in list(groups):
                    if any(_one_happening(a, b, lang) for a in merged for b in other):
                        merged = sorted({*merged, *other})
                        groups.remove(other)
                        changed = True
            joined.append((when, kind, precision, merged))
    return joined


def _one_happening(one: tuple[str, str], other: tuple[str, str], lang: LanguageData) -> bool:
    """Whether two (sentence, source) of one date tell one happening: one states the other
    (`same_happening`), or they tell one actor's act in other words, either of them perhaps
    through a verb of saying (timeline_acts.same_act), or one is the other's heading."""
    (a, source_a), (b, source_b) = one, other
    if same_happening(a, b, lang):
        return True
    if heading_over(a, source_a, b, source_b, lang) or heading_over(b, source_b, a, source_a, lang):
        return True
    told_a = [(a, happening(a, lang))]
    told_b = [(b, happening(b, lang))]
    for told in (told_a, told_b):
        said = reported(told[0][0], told[0][1], lang)
        if said:
            told.append((said, happening(said, lang)))
    return any(same_act(x, y, hx, hy, lang) for x, hx in told_a for y, hy in told_b)


# Precisions from the coarsest: a happening dated at two is shown at the finer.
_PRECISIONS = ("year", "month", "week", "day")


def _finest_per_happening(
    joined: list[tuple[When, str, str, list[tuple[str, str]]]], lang: LanguageData
) -> list[tuple[When, str, str, list[tuple[str, str]]]]:
    """The entries of one happening told at two precisions ("in late October" and "between
    Oct. 30 and Nov. 9") joined under the finer date, when it falls within the coarser one:
    the same happening is shown once, with every source that dates it (a source that gives
    both is cited for its finer sentence)."""
    kept = list(joined)
    for coarse in sorted(joined, key=lambda e: _PRECISIONS.index(e[2])):
        when, kind, precision, told = coarse
        start, end = _span(DateMention(when[0], precision, "", 0, kind, last=when[1] or None))
        finer = [
            other
            for other in kept
            if other[1] == kind
            and _PRECISIONS.index(other[2]) > _PRECISIONS.index(precision)
            and _overlaps(other, start.toordinal(), end)
            and any(
                same_happening(a, b, lang) and _same_subject(a, b, lang)
                for a, _ in told
                for b, _ in other[3]
            )
        ]
        if not finer:
            continue
        target = finer[0]
        kept.remove(coarse)
        at = kept.index(target)
        # only the sources the finer entry lacks: a source that gives both shows its finer
        finer_sources = {source for _, source in target[3]}
        others = [(text, source) for text, source in told if source not in finer_sources]
        kept[at] = (*target[:3], sorted({*target[3], *others}))
    return kept


def _same_subject(one: str, other: str, lang: LanguageData) -> bool:
    """Whether two sentences' main clauses have the same subject (the words of one's are all
    among the other's): on two dates a month apart, "the plan was approved" (by a committee) and
    "the House approved the plan" are two approvals, not one told twice."""
    subjects = []
    for text in (one, other):
        told = happening(text, lang)
        words = told[1].split() if told else []
        verb = _verb_at(words, lang)
        subjects.append(stems(" ".join(words[: verb[0]]), lang) if verb else set())
    first, second = subjects
    return bool(first and second) and (first <= second or second <= first)


def _overlaps(entry: tuple[When, str, str, list[tuple[str, str]]], start: int, end: int) -> bool:
    """Whether an entry's days meet the days from `start` to `end` (ordinals)."""
    when, kind, precision, _ = entry
    first, last = _span(DateMention(when[0], precision, "", 0, kind, last=when[1] or None))
    return first.toordinal() <= end and last >= start


def _entry(when: When, kind: str, precision: str, told: list[tuple[str, str]]) -> TimelineEntry:
    """One entry: the plainest sentence giving this date, every source that dates it, and each
    source's own sentence (its plainest)."""

    def plainest(texts: list[str]) -> str:
        # a heading in capitals is shown only when no sentence under it is
        return min(texts, key=lambda t: (t.isupper(), len(t), t))

    by_source: dict[str, list[str]] = {}
    for text, source in told:
        by_source.setdefault(source, []).append(text)
    said = tuple(Cited(plainest(texts), (source,)) for source, texts in sorted(by_source.items()))
    return TimelineEntry(
        when[0],
        plainest([text for text, _ in told]),
        tuple(sorted(by_source)),
        precision,
        kind,
        said,
        when[1] or None,
    )
