"""When the story's lead happening happened, told as two days or two clock times by two sources
("Jane Doe checked into the clinic on Tuesday" and "Jane Doe entered the clinic Friday"; "about
1:30 a.m." and "about 1 a.m.").

The same happening is shown by the text, not guessed: both days are told in each article's lead
(its first LEAD_SENTENCES sentences, which tell its main happening), each dates a verb in the past
in its own clause (or the clause a day at the head of the sentence opens), never a verb of speech
(the day of a telling), nor one after a word of a plan or a denial ("will", "to", "not"), nor a
happening told as one of several ("another", "a second", "again", "first voted"). Both verbs have
one actor: the same person of the story, or the same head noun ("the fire"), never a pronoun or a
group (a plural: crowds act on many days); a job word ("the actress") is the person the article's
headline names first, its subject. One verb (its stem) is one act; two verbs are one act only when
both have the same object ("entered the clinic", "checked into the clinic"). Two objects that each
give names and share none ("the Elm Clinic", "the Oak Clinic"), or with two head nouns and no name
in common ("met the mayor", "met the governor"), or words before one head that each has and the
other lacks ("the budget bill", "the tax bill"), are two happenings. Weekdays are compared only in
papers of one day (or undated papers), a source that gives two values is on no side, and a sentence
with two days or two times dates nothing here.

Clock times differ only beyond their hedges: a time with its minutes written is read to within
ABOUT_MINUTES, one on the hour ("about 2 a.m.") to within HOUR_MINUTES, either side for "about",
after it for "shortly after", before it for "just before"; times told with a clock's name ("ET",
"local time") are not compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.conflict_parts import CLAUSE_BREAK, components, person_owner, plainest, topic
from generator.dates import day_of, quoted, weekday_spans
from generator.lang import is_caption
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, Conflict, Entity
from generator.text import fold

# An article tells its main happening in its first sentence or two (the first is often a title
# line or a dateline's sentence).
LEAD_SENTENCES = 2
# Words at most between a happening's verb and the day or time that dates it, within a clause.
VERB_WINDOW = 12
# Words at most of a piece set off by commas at the head of a sentence, before the clause it
# dates ("Late Sunday, around 11:15 p.m., the climber reached the camp").
FRONTED_WORDS = 4
# Words at most of an appositive between a subject and its verb ("Jane Doe, 33, checked in").
APPOSITIVE_WORDS = 6
# How far a clock time may be from the moment it tells, in minutes: one with its minutes
# written ("about 1:30") is a reporter's quarter hour; one on the hour ("about 2 a.m.") may be
# any time within the half hours either side.
ABOUT_MINUTES = 10
HOUR_MINUTES = 30

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Characters before a subject's noun phrase a number of it may be in ("some 200 fans").
COUNT_REACH = 8
# A number standing alone ("30", "1,000"), not inside a word ("26-year-old").
_COUNT = re.compile(r"(?<![\w-])\d[\d,.]*(?![\w-])")
# The half of the day as written ("a. m.", "PM", "p.m"), shown as "a.m." or "p.m.".
_HALF_OF_DAY = re.compile(r"\b([ap])\.?\s?m\b\.?", re.IGNORECASE)


@dataclass(frozen=True)
class _Told:
    """A day or a clock time one source gives its lead happening."""

    source: str
    sentence: str
    actor: str  # the person's folded full name, or the subject's head noun
    shown: str  # the actor as the page names it ("Jane Doe", "the fire")
    verb: str  # the verb's stem ("check")
    written: str  # the verb and its object as written, up to the object's head ("checked into
    # the Elm Clinic")
    thing: str  # the object's head noun, lower case; "" when none
    names: frozenset[str]  # capitalised words of the object, other than its head
    modifiers: frozenset[str]  # the words of the object's noun phrase before its head, folded
    paper: str | None  # the day its paper went out, when known
    day: str | None  # the weekday, as written
    time: str | None  # the clock time as written ("about 1:30 a.m.")
    minutes: tuple[int, int] | None  # the first and last minute of the day it may tell


def happening_day_conflicts(
    analyses: Sequence[Analysis], people: Sequence[Entity], lang: LanguageData
) -> list[Conflict]:
    """Sources that give the story's lead happening two days or two clock times (see above)."""
    grammar = lang.happenings
    if grammar.clock_time.pattern == "(?!)":
        return []  # a language without the words
    owner = person_owner(people)
    names = {fold(p.name): p.name for p in people if p.type == "person"}
    told = [t for a in analyses for t in _told(a, owner, names, lang)]
    if len({t.source for t in told}) < 2:
        return []  # most stories: no two leads date a happening
    found = []
    for group in _happenings(told):
        found.extend(_conflicts([told[i] for i in group], lang))
    return found


def _happenings(told: Sequence[_Told]) -> list[list[int]]:
    """The told happenings linked as one, in groups none of whose two members are two."""
    links: dict[int, set[int]] = {i: set() for i in range(len(told))}
    for i, first in enumerate(told):
        for j in range(i + 1, len(told)):
            if _one_happening(first, told[j]):
                links[i].add(j)
                links[j].add(i)
    groups = []
    for group in components(links):
        members = [told[i] for i in group]
        if any(_two_things(a, b) for n, a in enumerate(members) for b in members[n + 1 :]):
            continue  # linked through a member that names no object: which is it?
        groups.append(list(group))
    return groups


def _one_happening(first: _Told, second: _Told) -> bool:
    """Whether two sources' leads tell one happening: one actor, one act (one verb, or two
    verbs of one object), not two named objects, in papers of one day."""
    if first.source == second.source or first.paper != second.paper:
        return False
    if first.actor != second.actor or _two_things(first, second):
        return False
    return first.verb == second.verb or (bool(first.thing) and first.thing == second.thing)


def _two_things(first: _Told, second: _Told) -> bool:
    """Whether two objects are two: each names something and they share no name, or each has a
    head noun of its own and they share no name ("met the mayor", "met the governor")."""
    if first.names and second.names and not first.names & second.names:
        return True
    if first.modifiers - second.modifiers and second.modifiers - first.modifiers:
        return True  # "the state budget bill", "the state tax bill": each of its own kind
    return bool(
        first.thing
        and second.thing
        and first.thing != second.thing
        and not first.names & second.names
    )


def _conflicts(group: Sequence[_Told], lang: LanguageData) -> list[Conflict]:
    """The day and the time one happening is given by its sources, where they differ."""
    found = []
    days = _sides([(t.source, t.day) for t in group if t.day])
    if len(days) > 1:
        found.append(_conflict("Day", "the day", group, days, lang))
    elif not any(t.day for t in group) or len({t.day for t in group if t.day}) == 1:
        times = _sides([(t.source, t.time) for t in group if t.time])
        spans = {t.time: t.minutes for t in group if t.time and t.minutes}
        if len(times) > 1 and all(
            _apart(spans[a], spans[b]) for n, a in enumerate(times) for b in list(times)[n + 1 :]
        ):
            found.append(_conflict("Time", "the time", group, times, lang))
    return found


def _sides(given: Sequence[tuple[str, str]]) -> dict[str, set[str]]:
    """Sources grouped by the one value each gives; one that gives two is on no side."""
    values: dict[str, set[str]] = defaultdict(set)
    for source, value in given:
        values[source].add(value)
    sides: dict[str, set[str]] = defaultdict(set)
    for source, written in values.items():
        if len(written) == 1:
            sides[next(iter(written))].add(source)
    return dict(sides)


def _conflict(
    kind: str, what: str, group: Sequence[_Told], sides: dict[str, set[str]], lang: LanguageData
) -> Conflict:
    """The disagreement of one happening's day or time, named by its actor and act."""
    sources = set().union(*sides.values())
    said = [t for t in group if t.source in sources]
    text = plainest(t.sentence for t in said)
    first = min(said, key=lambda t: (t.source, t.sentence))
    return Conflict(
        f"{kind}: {what} {first.shown} {first.written}, in “{topic(text, lang)}”",
        tuple(Cited(value, tuple(sorted(s))) for value, s in sorted(sides.items())),
    )


def _apart(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return first[1] < second[0] or second[1] < first[0]


def _told(
    analysis: Analysis, owner: dict[str, str], names: dict[str, str], lang: LanguageData
) -> list[_Told]:
    """The days and clock times an article's lead gives a happening (see above)."""
    published = day_of(analysis.article.published)
    paper = published.isoformat() if published else None
    headline = _headline_person(analysis, owner)
    found = []
    for sentence in analysis.sentences[:LEAD_SENTENCES]:
        text = sentence.text
        if is_caption(text, lang):
            continue
        days = [
            (day, start, end)
            for day, start, end, kind in weekday_spans(text, lang)
            if kind in ("event", "unknown")  # not a plan, a deadline, a telling, a noun's day
        ]
        times = [(m[0], m.start(), m.end()) for m in lang.happenings.clock_time.finditer(text)]
        for anchors, is_day in ((days, True), (times, False)):
            if len(anchors) != 1:
                continue  # two days or two times in a sentence: which dates what is not clear
            value, start, end = anchors[0]
            if quoted(text, start):
                continue
            minutes = None if is_day else _minutes(text, start, end, lang)
            if not is_day and minutes is None:
                continue
            happening = _happening(text, start, end, lang)
            if happening is None:
                continue
            subject, verb, told = happening
            if any(c.isdigit() for c in told):
                continue  # "towed 14 cars": a tally of its own, one of a day's
            actor = _actor(subject, owner, lang)
            if actor is None:
                continue
            if headline and actor[0] in lang.titles.job_words:
                actor = (headline, headline)  # "the actress" of a headline naming one person
            thing, object_names, modifiers = _object(told, lang)
            found.append(
                _Told(
                    analysis.article.id,
                    text,
                    actor[0],
                    names.get(actor[0], actor[1]),
                    _stem(verb.lower(), lang),
                    _act(verb, told, thing, lang),
                    thing,
                    object_names,
                    modifiers,
                    paper,
                    value if is_day else None,
                    None if is_day else _written_time(text, start, end, lang),
                    minutes,
                )
            )
    return found


def _headline_person(analysis: Analysis, owner: dict[str, str]) -> str | None:
    """The person of the story an article's headline names first (its subject: "Jane Doe checks
    into the Elm Clinic"), when a form of one person's name opens the first name it writes."""
    title = fold(analysis.article.title or "")
    first: tuple[int, str] | None = None
    for form, whose in owner.items():
        at = _word_at(form, title)
        if at is not None and (first is None or at < first[0]):
            first = (at, whose)
    if first is None or first[1].startswith("?"):
        return None
    return first[1]


def _word_at(form: str, text: str) -> int | None:
    """Where a name's form first stands in a text as whole words, or None. (A loop of `find`:
    a pattern built for each form and headline was a tenth of a story's synthesis.)"""
    start = text.find(form)
    while start != -1:
        end = start + len(form)
        if not _word_char(text, start - 1) and not _word_char(text, end):
            return start
        start = text.find(form, start + 1)
    return None


def _word_char(text: str, at: int) -> bool:
    """Whether a text has a word's character (as the pattern `\\w`) at `at`."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _happening(text: str, start: int, end: int, lang: LanguageData) -> tuple[str, str, str] | None:
    """The subject's text, the verb as written and the object's text of the happening a day or
    time (at start:end) dates: the verb in the past nearest before it in its clause, or the first
    of the clause after the pieces at the head of the sentence it opens; None for a verb of
    speech, of a plan, a denial, or of one happening of several."""
    before = text[:start]
    clause = _clause_before(before, lang)
    words = list(_WORD.finditer(clause))[-VERB_WINDOW:]
    for n in range(len(words) - 1, -1, -1):
        match = words[n]
        if _in_past(match[0], lang) and match[0].lower() not in lang.dates.auxiliaries:
            if _modifies(clause, words, n, lang):
                continue  # "towed 14 stranded cars", "the injured man": a noun's word
            at = len(before) - len(clause) + match.start()
            return _checked(text, at, at + len(match[0]), text[at + len(match[0]) : start], lang)
    if not _fronted(before, lang):
        return None
    rest = text[end:]
    offset = end
    for piece in CLAUSE_BREAK.split(rest):
        at = rest.find(piece)
        piece_words = list(_WORD.finditer(piece))
        verb = next((w for w in piece_words if _in_past(w[0], lang)), None)
        if verb is not None:
            verb_at = offset + at + verb.start()
            after = CLAUSE_BREAK.split(text[verb_at + len(verb[0]) :])[0]
            return _checked(text, verb_at, verb_at + len(verb[0]), after, lang)
        if len(piece_words) > FRONTED_WORDS:
            return None
        rest = rest[at + len(piece) :]
        offset += at + len(piece)
    return None


def _clause_before(before: str, lang: LanguageData) -> str:
    """The clause a day or time is written in, up to it: back over pieces set off by commas that
    are only small words or names ("in Elmton, Calif., on"), which close the clause before."""
    starts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(before))]
    at = len(starts) - 1
    while at > 0:
        words = _WORD.findall(before[starts[at] :])
        if any(_in_past(w, lang) for w in words) or not all(
            w.lower() in lang.happenings.function_words or w[0].isupper() for w in words
        ):
            break
        at -= 1
    return before[starts[at] :]


def _modifies(clause: str, words: Sequence[re.Match[str]], n: int, lang: LanguageData) -> bool:
    """Whether a word in the past in a clause describes the noun after it: it follows a number
    or a determiner ("14 stranded cars", "the injured man")."""
    start = words[n].start()
    if re.search(r"\d\S*\s*$", clause[:start]):
        return True
    return n > 0 and words[n - 1][0].lower() in lang.dates.determiners


def _fronted(before: str, lang: LanguageData) -> bool:
    """Whether the text before a day or time is only short pieces at the head of a sentence
    with no verb ("Early", "Late Friday, around"), so the day dates the clause after them."""
    pieces = CLAUSE_BREAK.split(before)
    return all(
        len(_WORD.findall(p)) <= FRONTED_WORDS
        and not any(_in_past(w, lang) for w in _WORD.findall(p))
        for p in pieces
    )


def _checked(
    text: str, at: int, end: int, told: str, lang: LanguageData
) -> tuple[str, str, str] | None:
    """The subject's text, verb and object's text of a verb at `at`, or None for a verb of
    speech, of a plan or a denial, or of one of several happenings."""
    verb = text[at:end]
    grammar = lang.happenings
    if verb.lower() in lang.verbs.speech:
        return None  # the day of a telling
    before = text[:at]
    near = [w.lower() for w in _WORD.findall(CLAUSE_BREAK.split(before)[-1])][-3:]
    if set(near) & grammar.not_done or before.rstrip().endswith("n't"):
        return None
    if near and near[-1] in grammar.first_of_several:
        return None  # "first voted": one happening of several, a later one follows
    grammar_of = lang.disagreements
    told_to = end + len(told)
    clause = {w.lower() for w in _WORD.findall(text[:told_to])}
    if (
        grammar_of.other_event.search(text, 0, told_to)
        or grammar_of.one_of_several.search(text, 0, told_to)
        or clause & grammar.repeated
    ):
        return None  # "another", "a second": one happening of several of its kind
    return before, verb, told


def _actor(subject: str, owner: dict[str, str], lang: LanguageData) -> tuple[str, str] | None:
    """The actor of a verb (its key and how the page names it) from the text before it: the
    noun phrase right before the verb, past its auxiliaries, adverbs and an appositive ("Jane
    Doe, 33, reportedly"); a person of the story it names, or its head noun; None for a pronoun,
    a plural, a name two people share, or no subject written there."""
    plain = _without_appositive(subject.rstrip())
    words = _WORD.findall(plain)
    grammar = lang.dates
    phrase: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if not phrase and (
            lower in grammar.auxiliaries
            or lower in grammar.perfect_auxiliaries
            or lower in grammar.inner_adverbs
            or lower.endswith("ly")
        ):
            continue
        if phrase and _in_past(word, lang):
            break  # the verb of a clause before it
        if word[0].isupper() or lower not in lang.happenings.function_words:
            phrase.insert(0, word)
            continue
        if lower in grammar.determiners:
            phrase.insert(0, word)
        break
    if not phrase or _counted(plain, phrase):
        return None  # no subject, or a count of people ("At least 30 were detained"): a group
    folded = fold(" ".join(phrase))
    for n in range(len(phrase)):
        form = " ".join(folded.split()[n:])
        if form in owner:
            whose = owner[form]
            return None if whose.startswith("?") else (whose, whose)
    head = phrase[-1].lower()
    if head in lang.happenings.no_actor or head in lang.happenings.function_words:
        return None
    if head.endswith("s") and not head.endswith("ss"):
        return None  # "protesters", "police officers": a group acts on many days
    if phrase[-1][0].isupper():
        return None  # a name the story does not resolve to one person
    return head, f"the {head}"


def _counted(subject: str, phrase: Sequence[str]) -> bool:
    """Whether a number stands next to a subject's noun phrase ("At least 30 were", "some 200
    fans"), not in a piece set off by commas ("Jane Doe, 41, was")."""
    start = subject.rfind(phrase[0])
    end = subject.rfind(phrase[-1]) + len(phrase[-1])
    after = re.sub(r",[^,]*,", " ", subject[end:])
    return bool(_COUNT.search(subject[max(0, start - COUNT_REACH) : start] + " " + after))


def _without_appositive(text: str) -> str:
    """A subject's text without a short piece set off by commas before its verb ("Jane Doe, 33,"
    is "Jane Doe")."""
    text = text.rstrip()
    if not text.endswith(","):
        return text
    head, _, piece = text[:-1].rpartition(",")
    if head and len(_WORD.findall(piece)) <= APPOSITIVE_WORDS:
        return head
    return text[:-1]


def _object(told: str, lang: LanguageData) -> tuple[str, frozenset[str], frozenset[str]]:
    """The head noun of an object (the last word of its first noun phrase, lower case:
    "into the Elm Clinic in Oakvale" -> "clinic") and the other capitalised words of the
    object's text, folded."""
    phrase: list[str] = []
    for word in _WORD.findall(told):
        lower = word.lower()
        if (
            lower in lang.happenings.function_words
            or lower.endswith("ly")
            or lower in lang.disagreements.day_parts
            or lower in lang.disagreements.calendar_tokens
            or _in_past(word, lang)
        ):
            if phrase:
                break
            continue
        phrase.append(word)
    if not phrase:
        return "", frozenset(), frozenset()
    head = phrase[-1].lower()
    named = frozenset(
        fold(w) for w in _WORD.findall(told) if w[0].isupper() and w.lower() != head
    ) - {fold(w) for w in lang.calendar.weekdays}
    return head, named, frozenset(fold(w) for w in phrase[:-1])


def _act(verb: str, told: str, thing: str, lang: LanguageData) -> str:
    """A verb with its object as written, up to the object's head noun: a direct object or one
    it enters ("checked into the Elm Clinic"), not where or when it happened ("on Route 9")."""
    words = told.split()
    ends = [n for n, w in enumerate(words) if thing and w.lower().strip(".,'’").endswith(thing)]
    opener = words[0] if words else ""
    if not ends or not (
        opener[0].isupper()
        or opener.lower() in lang.dates.determiners
        or opener.lower() in lang.happenings.object_openers
    ):
        return verb
    return " ".join([verb, *words[: ends[0] + 1]])


def _minutes(text: str, start: int, end: int, lang: LanguageData) -> tuple[int, int] | None:
    """The first and last minute of the day a clock time may tell, by its hedge; None for a
    bound ("until 2 a.m."), a span's end or a time told by a named clock."""
    grammar = lang.happenings
    match = grammar.clock_time.match(text, start)
    if match is None or grammar.zone_after.match(text, end):
        return None
    before = [w.lower() for w in _WORD.findall(text[:start])[-2:]]
    if before and before[-1] in grammar.bounds - grammar.after - grammar.before:
        return None
    hour = int(match["hour"]) % 12 + (12 if match["half"].lower() == "p" else 0)
    moment = hour * 60 + int(match["minute"] or 0)
    spread = ABOUT_MINUTES if match["minute"] else HOUR_MINUTES
    if before and before[-1] in grammar.after:
        return moment, moment + 2 * spread
    if before and before[-1] in grammar.before:
        return moment - 2 * spread, moment
    return moment - spread, moment + spread


def _written_time(text: str, start: int, end: int, lang: LanguageData) -> str:
    """A clock time as the page shows it, with its hedge ("about 1:30 a.m.")."""
    grammar = lang.happenings
    words = _WORD.findall(text[:start])[-2:]
    hedge = [w for w in words if w.lower() in grammar.around | grammar.after | grammar.before]
    if hedge and words[-1].lower() in grammar.after | grammar.before and len(words) == 2:
        hedge = words
    time = _HALF_OF_DAY.sub(lambda m: f"{m[1].lower()}.m.", " ".join(text[start:end].split()))
    return " ".join([*(w.lower() for w in hedge), time]).strip()


def _in_past(word: str, lang: LanguageData) -> bool:
    """Whether a word is a verb in the past ("checked", "went")."""
    grammar = lang.dates
    lower = word.lower()
    if lower in grammar.irregular_past:
        return True
    return (
        bool(grammar.past_ending)
        and lower.endswith(grammar.past_ending)
        and len(lower) > len(grammar.past_ending) + 2
        and lower not in grammar.not_past
        and word[0].islower()
        and "-" not in word  # "court-mandated", "well-known": adjectives
    )


def _stem(word: str, lang: LanguageData) -> str:
    """A verb without its ending of tense ("checked", "checks": "check")."""
    for ending in lang.disagreements.stem_endings:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word
