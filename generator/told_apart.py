"""Whether two figures, each in its sentence, are told apart: of two happenings, places,
owners, periods or framings. One decision for every path of disagree.py that compares figures:
the sentences grouped as one fact and the slots of sentences less alike."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.amounts import Framing, framed_apart, names_apart
from generator.counts import toll
from generator.lang.schema import LanguageData
from generator.models import FigureClaim


def other_people(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether each of two clauses names someone of the story the other does not: whatever both
    tell of, the one acted on or the one acting is another person ("the club placed Jane Doe
    on leave", "the club placed John Roe on leave"). A clause that names fewer may leave one
    unnamed ("Doe was fired", "Roe fired Doe"): the same happening may be told."""
    return bool(first - second and second - first)


@dataclass(frozen=True)
class Marks:
    """What tells one source's happening from another of its kind in a fact's sentence: the
    places its claim's clause names, the words that tell one more of a series ("a second
    bomb", "another victim"), and whether its figure is of a plan ("had planned to cut")."""

    places: frozenset[str] = frozenset()
    # A figure's: the places of its sentence's first short clause, where the clause after it
    # happens ("In Vessa, 14 died"); compared only with another such head.
    heads: frozenset[str] = frozenset()
    series: frozenset[str] = frozenset()
    tense: str = ""  # a figure's: "plan", "done" or "" (see disagree._figure_tense)
    # A day's: the figures its sentence gives. One happening counted otherwise on another day
    # is another one ("shares fell 4% on Monday", "shares fell 2% on Tuesday").
    counts: frozenset[float] = frozenset()
    # A figure's: the story's people its clause names as whom it is of, not as a speaker ("Ada
    # Lind won with 54 percent", "Ivan Doyle won with 61 percent": two people's shares).
    persons: frozenset[str] = frozenset()
    # A figure's: the weekdays its own clause puts its happening on, not a day of saying (see
    # dates.weekdays_in). One thing counted on two days is two counts ("saved 6 miners on
    # Monday", "saved 4 miners on Tuesday"), as a day counted otherwise is another day.
    days: frozenset[str] = frozenset()
    # A figure's: asked for, a dissenter's, a rate, of a period told from the paper's day
    # (amounts.framing): "asked for $50 million" and "gave $20 million" are two amounts.
    framing: Framing = field(default_factory=Framing)

    def apart(self, other: Marks) -> bool:
        """Whether two sources tell two happenings: each names a place the other does not
        ("5,000 marched in Leeds", "12,000 marched in York"), or at the head of its sentence
        ("In Vessa, 14 died", "In Morrow, 9 died"), they tell other places in a
        series ("the first victim", "the second victim"; "a second bomb" and "a bomb"), or one
        tells a plan and the other what was done ("expected 50,000 fans", "drew 38,000 fans"),
        or they tell a day counted otherwise ("fell 4% on Monday", "fell 2% on Tuesday") or a
        thing counted on two days, or two framings of an amount (amounts.framed_apart)."""
        return (
            bool(self.places and other.places and not self.places & other.places)
            or bool(self.heads and other.heads and not self.heads & other.heads)
            or self.series != other.series
            or {self.tense, other.tense} == {"plan", "done"}
            or bool(self.counts and other.counts and not self.counts & other.counts)
            or bool(self.days and other.days and not self.days & other.days)
            or framed_apart(self.framing, other.framing)
            or other_people(self.persons, other.persons)
        )


@dataclass(frozen=True)
class Told:
    """One source's figure in its sentence, with what may tell it from another's."""

    claim: FigureClaim
    marks: Marks  # what tells its happening from another of its kind
    years: frozenset[str]  # years its sentence gives: a figure of 2014 is not one of 2007-14
    names: frozenset[str]  # capitalised words next to it: the place, body or person it is of
    owners: frozenset[str]  # the names before it in its clause: whose it is
    # The noun right before a length's verb, stemmed: what covered it ("the rock fell").
    measured_by: str
    # A length's content words after its unit, stemmed ("searched 5 miles of river": river).
    measured_of: frozenset[str]
    # The weekdays and ISO days its sentence gives ("saturday", "2018-12-22").
    when: frozenset[str]
    # Whether its sentence tells one more event than another's ("another attack", "the first").
    other_event: bool
    # The nouns before it in its clause with the word written right before each, stemmed, as
    # (noun, modifier): ("nurs", "senior") of "senior nurses earn $72,000". See _modified_apart.
    modified: frozenset[tuple[str, str]] = frozenset()
    # Whether its clause tells it as for or against something ("voted for the plan"): "for",
    # "against" or "".
    stance: str = ""
    # What a change it is the size of is of: the content words, stemmed, before the word of
    # change in its clause ("property tax will rise by 2 percent": property, tax); empty when
    # no such word is there.
    changed: frozenset[str] = frozenset()


def told_apart(first: Told, second: Told, lang: LanguageData, *, grouped: bool) -> bool:
    """Whether two figures' sentences tell them apart: of two periods, places or owners, of
    two happenings or framings (_two_happenings: their marks). Sentences less alike than one
    fact's (not `grouped`) are told apart by looser cues too (_happenings_apart: a day anywhere
    in a sentence, a place named on one side only); sentences grouped as one fact often write
    a day of saying or a place the other leaves out ("the coast guard said on Wednesday that 14
    had died", "the capsizing on Tuesday, in which 16 died")."""
    if first.years != second.years:
        return True  # "27.45% from 2006 through 2013" and "29.8% for 2013"
    if first.names and second.names and not first.names & second.names:
        return True  # "killed in Idlib" and "killed in Homs"
    if names_apart(first.owners, second.owners):
        return True  # "the Senate plan" and "the House plan"
    if {first.stance, second.stance} == {"for", "against"}:
        return True  # "7 voted for the plan", "4 voted against it"
    if not toll(first.claim, lang) and _modified_apart(first.modified, second.modified):
        return True  # "senior nurses earn $72,000", "junior nurses earn $41,000"
    if first.changed and second.changed and not first.changed & second.changed:
        return True  # "pay has risen by 3 percent", "prices have risen by 14 percent"
    return _two_happenings(first, second) or (
        not grouped and _happenings_apart(first, second, lang)
    )


def _modified_apart(first: frozenset[tuple[str, str]], second: frozenset[tuple[str, str]]) -> bool:
    """Whether two figures' clauses name one noun with another word before it, each with a
    word the other does not write: "the roads motion passed by 8 votes" and "the parks motion
    passed by 6 votes" are two motions' tallies. Not for tolls: an event is written with words
    of each outlet's own ("the deadly quake", "the strong quake")."""
    return any(
        noun == other_noun
        and word != other_word
        and (noun, word) not in second
        and (noun, other_word) not in first
        for noun, word in first
        for other_noun, other_word in second
    )


def _two_happenings(first: Told, second: Told) -> bool:
    """Whether two figures' words tell two happenings: two places, two of a series, or a plan
    and what was done (see Marks); or, for lengths, two things that covered them ("the rock
    fell 200 feet", "the climber fell 40 feet") or two of what was covered ("ran 10 miles on
    Monday", "ran 26 miles in the race")."""
    if first.marks.apart(second.marks):
        return True
    if first.measured_by and second.measured_by and first.measured_by != second.measured_by:
        return True
    return first.measured_of != second.measured_of


def _happenings_apart(first: Told, second: Told, lang: LanguageData) -> bool:
    """Whether two counts of one happening's doing may be of two: tolls of two events
    (_two_events), counts of a thing by its verb on two days or of one more happening ("4
    trucks were stopped on Monday", "7 ... on Tuesday")."""
    if toll(first.claim, lang):
        return _two_events(first, second)
    return bool(first.claim.verb) and _two_moments(first, second)


def _two_events(first: Told, second: Told) -> bool:
    """Whether two tolls may be of two events: one sentence tells one more event ("another
    crash", "the second attack", "also killed"), they are of days told apart ("Saturday",
    "Sunday"), or one names a place, body or person the other does not."""
    return _two_moments(first, second) or bool(first.names) != bool(second.names)


def _two_moments(first: Told, second: Told) -> bool:
    """Whether two figures' sentences tell two happenings: one tells one more ("another
    crash", "the second attack", "also"), or they are of days told apart."""
    if first.other_event or second.other_event:
        return True
    return bool(first.when and second.when and not first.when & second.when)
