"""Figures as claims: what each number counts, where it is said, and which are one fact.

figures.py reads the numbers of a sentence; here each becomes a claim of one source: a value
(or an end of a range) with its unit and hedge, and the thing it counts, as a key two sources can
share: an event ("dead" for "14 people died" and "a death toll of 16") or the head noun of what
follows the number ("troop" for "2,000 U.S. troops"). Two sources give the same figure only when
they count the same thing; a number that counts nothing said is shown only with its own source.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from generator.entities import is_group
from generator.figures import GLUED_LETTERS, about_after, subset_of_count, verb_before
from generator.figures_box import join_alike, sentence_names, stray_label
from generator.lang import is_caption
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, Figure, FigureClaim, FigureMention
from generator.text import fold

# Figures shown in the fact box: enough to scan, few enough to scan in seconds.
MAX_FIGURES = 8
# A sentence with more figures than this is a list or a table row: which figure goes with which
# noun is a guess.
LIST_FIGURES = 4
# Words either side of a figure, within its clause, that may say what it counts.
EVENT_WINDOW = 4
# How far a hedged figure reaches: "about 4,000" agrees with anything within 10% of 4,000.
APPROXIMATE_SHARE = 0.1
# Figures this close are one figure written with more or fewer digits.
ROUNDING_SHARE = 0.005
# Words two sentences must share, besides the unit, for two lengths of time (or two ages of
# someone unnamed) to be one fact: one shared word ("judge") is too often chance.
SHARED_CONTEXT_WORDS = 2

# Counts this small meet by chance: two sources' counts of one thing this small are one fact
# only when their sentences share something more than the thing.
FEW = 10
# Words before the "by" of a margin its verb may be written ("widened her lead over
# the field in the north by"): a verb of change among them makes the count a change, no margin.
MARGIN_VERB_REACH = 8
# Words after a figure read for what it counts when two figures' nouns are compared.
ABOUT_REACH = 8
# How near a scaled value must be to one of two decimals to be written with them.
LABEL_EPSILON = 1e-6
# Decimals of a scaled amount a label keeps when the source writes them ("$3.392 billion"); a
# value with more was computed (a conversion), not written, and is rounded to one.
LABEL_DECIMALS = 3

_CLAUSE_END = re.compile(r"[,;:()\[\]]")
_WORDS = re.compile(r"[^\W\d_]+")


def claims_of(analysis: Analysis, lang: LanguageData) -> list[FigureClaim]:
    """The figures of one article as claims, captions and table rows left out."""
    by_index = {s.index: s.text for s in analysis.sentences}
    per_sentence: dict[int, list[FigureMention]] = defaultdict(list)
    for figure in analysis.figures:
        per_sentence[figure.sentence].append(figure)
    found = []
    published = analysis.article.published
    # Names the article gives a person, and names it gives a place or a body.
    named: dict[bool, set[str]] = {True: set(), False: set()}
    for mention in analysis.mentions:
        if mention.type in ("person", "place", "organisation"):
            named[mention.type == "person"].update(_name_words(mention.name, lang))
    events = set(lang.figures.figure_events.values())
    for index, figures in sorted(per_sentence.items()):
        text = by_index.get(index, "")
        if len(figures) > LIST_FIGURES or is_caption(text, lang):
            continue
        for figure in figures:
            thing, person = counted(figure, text, lang)
            if _stated_age(figure, thing, named[True], lang):
                thing, person = "age", figure.about  # "Devin was 41."
            event = thing in events
            if thing != "age" and not says_what_it_counts(figure, text, lang, event):
                thing = ""  # shown, it would be shown with words that count nothing
            person = _without_titles(person, lang)
            if person and is_group(person.split(), lang):
                person = None  # "the 52-year-old Canadian": a nationality, no one named
            about = margin(figure, text, lang) or measure_named(figure, text, lang) or figure.about
            verb = ""
            if thing and thing != "age" and figure.unit == "count" and about:
                verb = event_verb(figure.text, about.split()[0], text, lang)
                if verb and _bare(about) and fold(about) != verb:
                    about = f"{about} {verb}"  # "40 people killed", not "40 people"
            elif thing in events and figure.unit == "count":
                # "three died and 17 were injured": the 17 are shown as injured
                verb = about = verb_after(figure.text, text, lang)
            if thing and thing != "age" and (label := _other_case(figure, text, published, lang)):
                # "if 500 people had been inside", "the 2004 quake killed 5,000": kept, said
                # for what it is, and never one fact with this event's figures.
                thing, about = f"{thing} ({label})", f"{about} ({label})".strip()
            words = set(_name_words(person or "", lang))
            if words and words <= named[False] and not words & named[True]:
                person = None  # "the 39-year-old London man": an age, of no one named
            found.append(
                FigureClaim(
                    article=analysis.article.id,
                    sentence=index,
                    value=figure.value,
                    unit=figure.unit,
                    hedge=figure.hedge,
                    text=figure.text,
                    about=about,
                    thing=thing,
                    person=person,
                    said=text,
                    verb=verb,
                )
            )
    return found


def _bare(about: str) -> bool:
    """Whether a figure's label is one word alone ("people", "points"): a group or a unit,
    which says what is counted only with the happening it takes part in."""
    return about.isalpha()


def event_verb(written: str, about: str, sentence: str, lang: LanguageData) -> str:
    """The verb of the happening a bare label's count takes part in: written after its noun
    ("200 people were arrested", "400 people who were sheltering") or before the figure
    ("injured 200 people", "scored 23 points", "rushed for 90 yards", "jailed for 6 years");
    "" when the sentence gives none."""
    at = locate(written, sentence)
    if at < 0:
        return ""
    noun = re.compile(rf"\s*{re.escape(about)}\b", re.IGNORECASE).match(sentence, at + len(written))
    whole = lang.figures.whole_before.search(sentence, 0, at)
    after = None
    if noun and not whole:
        group = lang.figures.of_group_after.match(sentence, noun.end())
        after = lang.figures.event_after.match(sentence, group.end() if group else noun.end())
    if after and after.lastindex:
        return after[after.lastindex].lower()
    if term := lang.figures.term_before.search(sentence, 0, at):
        return term[1].lower()  # "sentenced to 25 years": a penalty's length is what it is
    before = lang.figures.event_before.search(sentence, 0, at)
    if not before or (before[2] and lang.figures.duration_after.fullmatch(f" {about}")):
        return ""  # "required for two decades": how long, not what is counted
    return before[1].lower()


def margin(figure: FigureMention, sentence: str, lang: LanguageData) -> str:
    """What a count after "by" counts when its unit is one a contest is won by: the margin
    ("ahead by 4 points": point margin; "took the county by 3,100 votes after ...": vote
    margin), not after a verb or an adverb of change ("rose by 3 points", "widened her lead by
    1,200 votes", "was down by 5 points") nor when someone's score follows ("paced by 13
    points from the center"); "" when it is none."""
    grammar = lang.figures
    at = locate(figure.text, sentence)
    count = figure.unit == "count" and at > 0
    by = grammar.margin_before.search(sentence, 0, at) if count else None
    if not by:
        return ""
    changes = grammar.change_words | grammar.size_change_verbs | grammar.change_adverbs
    clause = _CLAUSE_END.split(sentence[: by.start()])[-1]
    if any(fold(w) in changes for w in _WORDS.findall(clause)[-MARGIN_VERB_REACH:]):
        return ""
    words = figure.about.split()
    for index, word in enumerate(words[:2]):
        unit = singular(fold(word), lang)
        if unit not in grammar.margin_units:
            continue
        written = re.compile(rf"\b{re.escape(word)}\b").search(sentence, at + len(figure.text))
        if written and grammar.margin_not_after.match(sentence, written.end()):
            return ""
        return " ".join([*words[:index], unit, grammar.margin_word])
    return ""


def measure_named(figure: FigureMention, sentence: str, lang: LanguageData) -> str:
    """What a measure shown only with its unit is, when the noun before its "of" names it
    ("sank to a depth of 40 meters": depth in meters; "a sentence of 12 years": sentence in
    years; "a margin of error of 3 points": the noun's own "of" phrase too); not a noun of
    quantity ("a total of 14 miles"); "" when there is none."""
    grammar = lang.figures
    unit, *rest = figure.about.split() or [""]
    ends = grammar.phrase_stop | grammar.particles | grammar.dangling
    if (
        figure.unit != "count"
        or singular(unit.lower(), lang) not in grammar.measure_units
        or any(w.lower() not in ends for w in rest)
    ):
        return ""  # "10 kilometers near": the unit alone; "12 points scored": more is said
    at = locate(figure.text, sentence)
    noun = grammar.noun_of_before.search(sentence, 0, at) if at > 0 else None
    if not noun or noun[1] in grammar.quantity_nouns or noun[1] in lang.stop_words:
        return ""
    named = noun[1]
    if (head := grammar.noun_of_before.search(sentence, 0, noun.start(1))) and head[1] not in (
        grammar.quantity_nouns | lang.stop_words
    ):
        named = sentence[head.start(1) : noun.end(1)]  # "margin of error", not "error"
    return f"{named} {grammar.measured_in} {unit}"


def verb_after(written: str, sentence: str, lang: LanguageData) -> str:
    """The verb of the happening a count with no noun takes part in, written right after it
    ("17 were injured"), or ""."""
    at = locate(written, sentence)
    after = lang.figures.event_after.match(sentence, at + len(written)) if at >= 0 else None
    return after[after.lastindex].lower() if after and after.lastindex else ""


def says_what_it_counts(
    figure: FigureMention, sentence: str, lang: LanguageData, event: bool = False
) -> bool:
    """Whether the words a figure is shown with (its `about`) name what it counts. Not when
    it is a relative's "of" ("a mother of 12": her children, which no word names), nor when
    another clause follows it ("12 when he left", "20 after beating them"), nor when its
    words are a verb ("about 200 falling", "$500 allegedly handed") or a name the number
    stands by ("the 8 Mile", "Jane Doe for $20 million"); "11 Acme plant workers" counts
    workers. An `event` counted (a toll, read from a word near the figure) is named by that
    word, whatever verb the figure is shown with."""
    at = locate(figure.text, sentence)
    if at < 0 or not figure.about:
        return True
    grammar = lang.figures
    if grammar.kin_of_before.search(sentence, 0, at):
        return False
    end = at + len(figure.text)
    following = _NEXT_WORD.match(sentence, end)
    before = _WORD_BEFORE.search(sentence, 0, at)
    if (
        figure.unit == "count"
        and following
        and following[1].lower() in grammar.label_never_opens
        and not (before and before[1].lower() in grammar.phrase_stop)
    ):
        return False  # "the boy was 12 when ...": no word names what 12 counts
    words = figure.about.split()
    if all(fold(w) in lang.stop_words or _adverb(w, lang) for w in words) and not (
        len(words) == 1 and _adverb(words[0], lang)
    ):
        # "he", "those", "us directly": no noun ("$8 million yearly", a lone adverb,
        # says how often: a rate)
        return False
    first, last = words[0], words[-1]
    if _clause_after(figure.about, sentence, end, lang):
        return False  # "12% cheaper than", "410 nearing Monday's vote"
    # A verb's "-ing" form alone, or an adverb before a verb: what was done, not what is counted.
    if first.islower() and first.endswith(grammar.gerund_endings) and len(words) == 1:
        return False
    if (
        first.islower()
        and first.endswith(grammar.adverb_endings)
        and len(words) > 1
        and words[1].endswith(grammar.participle_endings)
    ):
        return False
    if about_after(sentence, end, grammar) != figure.about:
        money_verb = figure.unit not in ("count", "%") and last.lower() in grammar.money_verbs
        if not event and not money_verb and verb_before(sentence, at, figure.about, grammar):
            return False  # "hopes to win 61 percent": what was done, not what is counted
        # The words before it: a name right before it ("Jane Doe", "the new Mayor at 40"),
        # or a name and its verb ("Doe added"), says who, not what.
        return figure.unit != "count" or not (
            _is_name_word(last, lang)
            or (_is_name_word(first, lang) and last.endswith(grammar.participle_endings))
        )
    # After it, a name's words with no lower-case word or plural after them: "the 8 Block"
    # ("5 Acme jackpots" and "5 Senate Whigs" count what they say); or a name's word and a
    # noun in the singular right after the number, which a count of two or more never takes:
    # "the 8 Block gang", a gang's name ("31 percent of the rural vote" is a share).
    return not (
        _is_name_word(first, lang)
        and (
            not any(w.islower() or not _is_name_word(w, lang) for w in words[1:])
            or (
                figure.unit == "count"
                and figure.value >= 2
                and len(words) == 2
                and sentence[end:].split(maxsplit=1)[:1] == [first]
                and not is_group([first], lang)
                and _singular_noun(words[-1], lang)
            )
        )
    )


def _singular_noun(word: str, lang: LanguageData) -> bool:
    """Whether a lower-case word reads as a noun in the singular: no plural, no "-ing" form."""
    folded = fold(word)
    return (
        word.islower()
        and word.isalpha()
        and not word.endswith("s")
        and folded not in lang.figures.plural_nouns
        and not word.endswith(lang.figures.participle_endings)
    )


def _adverb(word: str, lang: LanguageData) -> bool:
    return word.islower() and word.endswith(lang.figures.adverb_endings)


def _clause_after(about: str, sentence: str, end: int, lang: LanguageData) -> bool:
    """Whether the words after a figure it is shown with are no noun phrase: a comparative
    ("6 percent higher than last term"), a verb of saying ("64 percent say the ..."), or a
    verb's "-ing" form with its object ("410 nearing Monday's vote"; "15 remaining
    Whigs" counts Whigs)."""
    at = sentence.find(about, end)
    if at < 0 or sentence[end:at].strip():
        return False  # read before the figure, or after words skipped ("of")
    words = about.split()
    grammar = lang.figures
    after = _NEXT_WORD.match(sentence, at + len(about))
    if len(words) == 1 and after and after[1].lower() == grammar.comparison_word:
        return True
    if words[0] in grammar.said_after:
        return True  # "64 percent say the city is ...": what they say
    if len(words) < 2 or not (words[0].islower() and words[0].endswith(grammar.gerund_endings)):
        return False
    second = words[1]
    possessive = second.endswith(("'s", "’s"))
    return second[:1].isupper() and (possessive or singular(fold(second), lang) == fold(second))


def _is_name_word(word: str, lang: LanguageData) -> bool:
    """A capitalised word that is no plural and no acronym ("Block"; not "KOs", "Greeks")."""
    folded = fold(word)
    return (
        word[:1].isupper() and not word.rstrip("s").isupper() and singular(folded, lang) == folded
    )


# The word right after a figure, and the word right before it.
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")


# The label of a figure told of what would be, not of what is.
HYPOTHETICAL = "hypothetical"
_CLAUSE_YEAR = re.compile(r"(?<![\w$£€.,])(1[89]\d\d|20\d\d)(?![\w,.]\d|\s?%)")


def _other_case(
    figure: FigureMention, sentence: str, published: str | None, lang: LanguageData
) -> str:
    """Why a figure is not of this event, as a label: "if" for a figure in a condition ("If
    500 people had been inside"), the year of an earlier happening a toll is told of ("the
    2004 tsunami killed 230,000 people", in a later article), or "" when it is of this one."""
    at = locate(figure.text, sentence)
    if at < 0:
        return ""
    grammar = lang.figures
    end = at + len(figure.text)
    before = _CLAUSE_END.split(sentence[:at])[-1]
    after = _CLAUSE_END.split(sentence[end:])[0]
    if grammar.condition_before.search(before) or grammar.suppose_before.search(sentence, 0, at):
        return HYPOTHETICAL  # "unless 60 senators vote", "suppose that Doe carries 31 counties"
    if grammar.condition_opens.match(sentence):
        # "If the dam breaks, 500 people could die": the rest of the sentence says what would
        # be; "If it was a mistake, I don't see why it lasted four weeks" says what was.
        condition_ends = _CLAUSE_END.search(sentence)
        if not condition_ends or at < condition_ends.start():
            return HYPOTHETICAL
        if grammar.condition_modal.search(sentence, condition_ends.end()):
            return HYPOTHETICAL
    if sentence[end : end + 1] == "-":
        return ""  # "the 2011 shooting death of his 10-week-old dog": a measure, no toll
    thing = counted(figure, sentence, lang)[0]
    if thing not in set(grammar.figure_events.values()):
        return ""
    years = {int(y) for y in _CLAUSE_YEAR.findall(f"{before} {after}")}
    if len(years) != 1:
        return ""
    # The year places the happening only before the figure ("the 2004 tsunami killed") or as
    # "in 2004" right after it, within the clause dashes end: not "since 2000 -- and 3.3
    # million deaths", nor "in a region hit by the tsunami of 2004".
    placed = {int(y) for y in grammar.happening_year.findall(_YEAR_CLAUSE_END.split(before)[-1])}
    if later := grammar.happening_year_after.match(_YEAR_CLAUSE_END.split(after)[0]):
        placed.add(int(later[1]))
    year = years.pop()
    this_year = int(published[:4]) if published and published[:4].isdigit() else None
    earlier = this_year is None or year < this_year
    return str(year) if earlier and year in placed else ""


# What ends a clause for the year of a happening: dashes too.
_YEAR_CLAUSE_END = re.compile(r"[,;:()\[\]—–]|--")


def _without_titles(person: str | None, lang: LanguageData) -> str | None:
    """A name without the titles written before it ("Deputy Sheriff Carl Moss" -> "Carl
    Moss"), or None when it is a title or a job alone ("Police Chief, 56,"): a name ends with
    no job noun."""
    if not person:
        return person
    roles = lang.titles.title_words | lang.titles.job_words

    def role(word: str) -> bool:
        word = fold(word).strip(".,")
        return word in roles or singular(word, lang) in roles  # "Pilots Dana Lowe"

    parts = person.removesuffix("'s").removesuffix("’s").split()  # "Klitschko's"
    if not parts or role(parts[-1]):
        return None
    while parts and role(parts[0]):
        parts.pop(0)
    return " ".join(parts) or None


def _stated_age(figure: FigureMention, thing: str, people: set[str], lang: LanguageData) -> bool:
    """Whether a bare count told of a one-word name of a person of the article, "Devin was
    41.", is that person's age: a count of no thing, where the name opens the sentence."""
    return bool(
        figure.unit == "count"
        and not figure.hedge
        and figure.value.is_integer()
        and 1 <= figure.value <= OLDEST_AGE
        and figure.about
        and " " not in figure.about
        and fold(figure.about) == thing
        and thing in people
    )


def counted(figure: FigureMention, sentence: str, lang: LanguageData) -> tuple[str, str | None]:
    """What a figure counts, as a key, and whose age it is when it is one: "14 people died" and
    "the death toll rose to 16" count the dead; "2,000 U.S. troops", troops; "Jane Doe, 25,"
    is the age of Jane Doe. A part of a whole set apart ("14 of its next 19 games") counts
    within that whole, and a part of a count before it ("including 51 wins by knockout") is
    a part: neither is ever the same fact as a count of all, nor a rival value of one."""
    thing, person = _counted(figure, sentence, lang)
    at = locate(figure.text, sentence)
    if not thing or thing == "age" or at < 0:
        return thing, person
    grammar = lang.figures
    end = at + len(figure.text)
    for found in _matches_in(grammar.part_of_whole, sentence):
        if at <= found.start("part") and found.end("part") <= end:
            return f"{thing} of {found['whole']}", None
    if figure.unit == "count" and subset_of_count(sentence, at, lang):
        return f"{thing} {PART_KEY}", None
    return thing, person


# What the key of a part of a count ends with ("win part"): no noun of a language is written so.
PART_KEY = "(part)"


def _matches_in(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return list(pattern.finditer(text))


def _counted(figure: FigureMention, sentence: str, lang: LanguageData) -> tuple[str, str | None]:
    noun = head_noun(figure.about, lang)
    at = locate(figure.text, sentence)
    if at >= 0 and figure.unit == "count":  # money and percentages are never ages
        end = at + len(figure.text)
        is_age, person = _age_of(sentence, at, end, lang)
        if is_age:
            return "age", person  # "Jane Doe, aged 32" too
        if lang.figures.age_before.search(sentence, 0, at):
            return "", None  # "ages 15 and 9": ages of people it does not name, not a count
        if _age_after_noun(sentence, at, end, figure, lang) or _age_in_time_clause(
            sentence, at, end, figure, lang
        ):
            return "age", None  # "the actress, 33, ...": her age, no count of actresses
        compound = _COMPOUND_UNIT.match(sentence, end)
        if compound and compound[1].lower() not in lang.stop_words:
            # "a 30-minute speech" measures minutes, "a 225-page report" counts pages: not
            # speeches nor reports.
            word = singular(compound[1].lower(), lang)
            noun = lang.figures.thing_synonyms.get(word, word)
        glued = GLUED_LETTERS.match(sentence, end)
        if glued and glued[0] in lang.figures.glued_measures:
            # "fell 200ft down the glacier" measures feet, as "fell 200 feet" does: not the
            # glacier, and never the same fact as "200 metres"
            noun = lang.figures.glued_measures[glued[0]]
    if noun in lang.figures.not_things:
        return "", None  # "the 3300 block": an address, not a count
    if at >= 0:
        end = at + len(figure.text)
        before = _CLAUSE_END.split(sentence[:at])[-1]
        after = _CLAUSE_END.split(sentence[end:])[0]
        near = [
            *_within_phrase(_WORDS.findall(after)[:EVENT_WINDOW], lang),
            *_within_phrase(_WORDS.findall(before)[-EVENT_WINDOW:][::-1], lang),
        ]
        for word in near:  # "the Grateful Dead" is a name: only lower-case words are events
            if word.islower() and (event := lang.figures.figure_events.get(word)):
                return event, None
        if lang.figures.value_of_before.search(sentence, 0, at) and (
            event := _amount_event(_WORDS.findall(before), lang)
        ):
            return event, None  # "the death toll from the mine blast stood at 40"
    return noun, None


def _amount_event(words: list[str], lang: LanguageData) -> str | None:
    """The event of the last noun of an amount among a clause's words before its count ("the
    death toll from the blast stood at": dead; "the number of people injured was": injured),
    told by the word right before that noun or those after it; None when no such noun is there
    ("the man arrested after the attack was": his age) or its phrase names no event."""
    at = next(
        (i for i in range(len(words) - 1, -1, -1) if words[i] in lang.figures.amount_nouns), None
    )
    if at is None:
        return None
    for word in words[max(at - 1, 0) :]:
        if word.islower() and (event := lang.figures.figure_events.get(word)):
            return event
    return None


def _within_phrase(words: list[str], lang: LanguageData) -> list[str]:
    """The words nearest a figure up to a coordinator: in "killing at least nine hikers and
    injuring scores", the injuring is the scores', not the nine's."""
    cut = next((i for i, w in enumerate(words) if w.lower() in lang.figures.coordinators), None)
    return words if cut is None else words[:cut]


def locate(written: str, sentence: str) -> int:
    """Where a figure as written stands in its sentence: "6" in "on Dec. 26, 1996, ... the
    6-year-old" is the last one, not the 6 inside 26; -1 when it is not there."""
    # As the pattern (?<![\w.,])written(?!\d) would find it, without compiling a pattern per
    # figure (a thousand of them in a story build).
    at = sentence.find(written)
    while at >= 0:
        end = at + len(written)
        # \w is what str.isalnum() says, and "_"; \d is a decimal digit
        free_before = at == 0 or not (sentence[at - 1].isalnum() or sentence[at - 1] in "_.,")
        if free_before and (end == len(sentence) or not sentence[end].isdecimal()):
            return at
        at = sentence.find(written, at + 1)
    return sentence.find(written)


def _age_of(sentence: str, at: int, end: int, lang: LanguageData) -> tuple[bool, str | None]:
    """Whether the number at sentence[at:end] is an age, and whose when a name is next to it:
    "Jane Doe, 32,", "Jane Doe (32)", "Jane Doe, aged 32", "a 32-year-old Jane Doe", "Jane Doe,
    a 32-year-old teacher"."""
    found = lang.figures.name_before_age.search(sentence, 0, at)
    # "Instead, the 68-year-old": a word opening the sentence, no name.
    before = _name_in(found[1], lang) if found else None
    if year_old := lang.figures.age_after.match(sentence, end):
        if before:
            return True, before
        after = lang.figures.name_after_age.match(sentence, year_old.end())
        if after and _names_whose_age(sentence[year_old.end() : after.start(1)], after, lang):
            return True, _name_in(after[1], lang)
        return True, None  # "her 34-year-old cousin on Friday": no one named
    closes = sentence[end : end + 1] in (",", ".", ";", ")") or not sentence[end:].strip()
    if before and found and closes and not found[0].rstrip().endswith(lang.figures.articles_before):
        return True, before
    return False, None


# "a 30-minute speech": the word a number is joined to by a hyphen is its unit.
_COMPOUND_UNIT = re.compile(r"\s?-\s?([A-Za-z]+)\b(?!-)")
# "the actress, 33, ...": a number set off by commas after a noun, closing its phrase.
_SET_OFF_AFTER_NOUN = re.compile(r"\b([a-z]{3,}),\s*$")
_SET_OFF_CLOSES = re.compile(r"\s*(?:[,.;)]|and\b|$)")
# People live no longer than this: a larger number set off after a noun is no age.
OLDEST_AGE = 120


def _age_after_noun(
    sentence: str, at: int, end: int, figure: FigureMention, lang: LanguageData
) -> bool:
    """Whether a bare number set off by commas right after a singular noun is the age of whom
    the noun names ("The singer, 27, and the goalkeeper, 31, ..."): a count is never
    written so, and a number after a plural ("the seats, 125,") is not an age."""
    if figure.hedge or not figure.value.is_integer() or not 1 <= figure.value <= OLDEST_AGE:
        return False
    noun = _SET_OFF_AFTER_NOUN.search(sentence, 0, at)
    if not noun or not _SET_OFF_CLOSES.match(sentence, end):
        return False
    word = noun[1]
    grammar = lang.figures
    return not (
        word in lang.stop_words
        or word in grammar.phrase_end
        or word in grammar.measure_units
        or word in grammar.number_words
        or word in lang.calendar.calendar_words
        or singular(word, lang) != word
        or word in grammar.plural_nouns
        or word.endswith(grammar.verb_endings[:2])  # "killed, 12, ..." and "-ing"
    )


def _age_in_time_clause(
    sentence: str, at: int, end: int, figure: FigureMention, lang: LanguageData
) -> bool:
    """Whether a bare number closing a clause of time, or stated of a pronoun or a name, is
    someone's age: "by the time she was 17", "when he turned 40,", "Smith was 56 when"."""
    grammar = lang.figures
    return bool(
        not figure.hedge
        and figure.value.is_integer()
        and 1 <= figure.value <= OLDEST_AGE
        and (
            (
                grammar.age_turn_before.search(sentence, 0, at)
                and grammar.age_turn_after.match(sentence, end)
            )
            or (
                grammar.age_clause_before.search(sentence, 0, at)
                and _SET_OFF_CLOSES.match(sentence, end)
            )
            or (
                grammar.age_stated_before.search(sentence, 0, at)
                and grammar.age_stated_after.match(sentence, end)
            )
        )
    )


def _name_in(words: str, lang: LanguageData) -> str | None:
    """The name in capitalised words, without the words opening a sentence before it that are
    no name ("Today Tom Reyes" -> "Tom Reyes", "Instead" -> None)."""
    grammar = lang.figures
    parts = words.split()
    while parts and (
        (word := parts[0].lower().strip(",")) in lang.stop_words
        or word in grammar.phrase_end
        or word in grammar.clause_openers
    ):
        parts.pop(0)
    return " ".join(parts) or None


def _names_whose_age(between: str, after: re.Match[str], lang: LanguageData) -> bool:
    """Whether the name after an age ("a 32-year-old former aide Jane Doe") is whose age it is:
    not when a preposition or a verb stands between ("15-year-old boys from Maple County",
    "the 49-year-old teaches at ..."), nor when a noun follows it, which the capitalised words
    then qualify ("a 24-year-old Coast Guard officer")."""
    grammar = lang.figures
    words = between.split()
    if any(
        w in lang.stop_words or w in grammar.phrase_stop or w in grammar.phrase_end for w in words
    ):
        return False
    following = after["next"]
    noun_after = bool(
        following
        and following not in lang.stop_words
        and following not in grammar.phrase_end
        and not following.endswith(grammar.participle_endings)
    )
    return not noun_after


def head_noun(about: str, lang: LanguageData) -> str:
    """The noun a phrase is about, singular: "American soldiers" -> "soldier", "people
    evacuated" -> "people", "inches of rain" -> "inch"."""
    rate = lang.figures.rate_after.match(" " + fold(about))
    if rate:  # "per person", "a gallon": a rate, never the same thing as a total
        unit = singular(rate["unit"], lang)
        return f"per {lang.figures.thing_synonyms.get(unit, unit)}"
    content: list[str] = []
    words = fold(about).split()
    if words[:1] == [lang.figures.part_of_word]:
        words = words[1:]  # "of its next 19 games": a part counts what its whole counts
    for word in words:
        if word in lang.figures.phrase_stop or (
            content
            and (
                word.endswith(lang.figures.participle_endings)
                or word in lang.figures.verbs_after_noun
            )
        ):
            break
        if word not in lang.stop_words and word.isalpha():
            content.append(word)
    # What a count counts is its first plural ("American troops left" counts troops), else
    # the last word of the phrase ("tax rate").
    plural = next(
        (w for w in content if singular(w, lang) != w or w in lang.figures.plural_nouns), None
    )
    head = plural or (content[-1] if content else "")
    noun = singular(head, lang) if head else ""
    noun = lang.figures.thing_synonyms.get(noun, noun)
    if noun in lang.figures.measure_units and (per := _rate_of(about, head, lang)):
        return f"{noun} {per}"  # "60 miles per hour": a speed, never a length of 60 miles
    if noun and (base := _RATE_BASE.search(about.lower())):
        # "2.5 doctors per 1,000 people": a rate per 1,000 people, never a count of doctors.
        unit = singular(base[2], lang)
        unit = lang.figures.thing_synonyms.get(unit, unit)
        return f"{noun} per {base[1].replace(',', '')} {unit}"
    return noun


def _rate_of(about: str, head: str, lang: LanguageData) -> str:
    """The rate a unit of measure is written per right after it ("miles per hour", "metres a
    second": "per hour", "per second"), or ""."""
    written = fold(about)
    at = written.find(head)
    rate = lang.figures.rate_after.match(written, at + len(head)) if at >= 0 else None
    if rate is None or (rate["rate"] != "per" and rate["unit"] not in lang.figures.rate_units):
        return ""
    unit = singular(rate["unit"], lang)
    return f"per {lang.figures.thing_synonyms.get(unit, unit)}"


# The base of a rate within what a figure counts: "doctors per 1,000 people" (the base's
# number, then the first word of what it counts).
_RATE_BASE = re.compile(
    r"\b(?:per|for\s+every|for\s+each)\s+([\d,.]+(?:\s+[a-z]+illion|\s+thousand)?)\s+([a-z]+)"
)


def singular(word: str, lang: LanguageData) -> str:
    """The singular of a plural noun, by the rules of the language `lang` ("cities" -> "city")."""
    for endings, shortest, cut, added, exceptions in lang.tokens.singular_rules:
        if len(word) >= shortest and word.endswith(endings) and not word.endswith(exceptions):
            return word[:-cut] + added
    return word


def agree(a: tuple[float, str | None], b: tuple[float, str | None], lang: LanguageData) -> bool:
    """Whether two figures (value, hedge) can both be true: equal, or one's hedge admits the
    other ("about 4,000" and "4,100"; "more than 1,100" and "1,175")."""
    (x, hedge_x), (y, hedge_y) = a, b
    if abs(x - y) <= ROUNDING_SHARE * max(abs(x), abs(y)):
        return True  # 18,589 and 18,589.69: the same figure, rounded
    for value, hedge, other in ((x, hedge_x, y), (y, hedge_y, x)):
        if hedge in lang.figures.at_least and other >= value:
            return True
        if hedge in lang.figures.at_most and other <= value:
            return True
        if (
            hedge
            and hedge not in lang.figures.at_least | lang.figures.at_most
            and abs(other - value) <= APPROXIMATE_SHARE * value
        ):
            return True
    return False


def same_value(x: float, y: float) -> bool:
    return abs(x - y) <= ROUNDING_SHARE * max(abs(x), abs(y))


Claims = Mapping[str, Sequence[FigureClaim]]


def claims_by_article(
    analyses: Sequence[Analysis], lang: LanguageData
) -> dict[str, tuple[FigureClaim, ...]]:
    """Each article's claims (`claims_of`), by article id: made once for a story, whose fact
    box and disagreements all read them (made by each, they cost a tenth of its synthesis)."""
    return {a.article.id: tuple(claims_of(a, lang)) for a in analyses}


def story_figures(
    analyses: Sequence[Analysis], lang: LanguageData, claims: Claims | None = None
) -> tuple[Figure, ...]:
    """The story's figures, each with the sources that give that value for the same thing,
    most sources first, then by where the sources put them (news puts what matters first).
    `claims` are the analyses' claims by article id, when they were already made. Before the
    fact box's choice (`fact_box_figures`, what the build shows): how figures are read and
    joined across sources, as the tests check it."""
    joined = _shown(analyses, lang, claims)
    return tuple(_figure([c for part in parts for c in part], lang) for parts in joined)


def fact_box_figures(
    analyses: Sequence[Analysis], lang: LanguageData, claims: Claims | None = None
) -> tuple[Figure, ...]:
    """The figures a story shows: of its most prominent ones (`story_figures`, in their order),
    those whose label a reader can take for what they count (`unreadable`). The box shows no
    sentence: "404 yards" says nothing however many sources give it (it was right with its
    label in none of 14 such figures of ECB+ events an editor read). A figure left out frees no
    place for a less prominent one: those come later in their articles, from one source, and
    are more often misread (a "13" of "the 13 colonies")."""
    shown = (_readable_joined(parts, lang) for parts in _shown(analyses, lang, claims))
    return tuple(figure for figure in shown if figure is not None)


def _shown(
    analyses: Sequence[Analysis], lang: LanguageData, claims: Claims | None
) -> list[list[list[FigureClaim]]]:
    """The most prominent figures (`_prominent`), one fact under two labels (one player's saves
    and stops) joined into one (figures_box.join_alike), each as its parts. Joined after the
    cut: a figure joined frees no place for a less prominent one (later in its articles, from
    one source, more often off the story)."""
    return join_alike(_prominent(analyses, lang, claims)[:MAX_FIGURES], lang, same_person)


def _readable_joined(parts: Sequence[list[FigureClaim]], lang: LanguageData) -> Figure | None:
    """A joined figure as the fact box shows it (`_readable_figure`); when the label its claims
    give most is one a reader cannot read ("150 lost" beside "150 passports"), its first part
    a reader can read, with that part's sources."""
    figure = _readable_figure([c for part in parts for c in part], lang)
    if figure is not None or len(parts) == 1:
        return figure
    return next((f for part in parts if (f := _readable_figure(part, lang)) is not None), None)


def _prominent(
    analyses: Sequence[Analysis], lang: LanguageData, claims: Claims | None
) -> list[list[FigureClaim]]:
    """The claims of the story's figures, one list per figure, most prominent first."""
    made = claims if claims is not None else claims_by_article(analyses, lang)
    groups: list[list[FigureClaim]] = []
    twice = _said_twice(c for a in analyses for c in made[a.article.id] if c.thing)
    for claim in (c for a in analyses for c in made[a.article.id] if c.thing):
        home = next(
            (
                g
                for g in groups
                if g[0].unit == claim.unit
                and same_value(g[0].value, claim.value)
                and any(
                    same_person(other.person, claim.person, lang)
                    and (
                        (
                            same_thing(claim, other, lang)
                            and not {_said_key(claim), _said_key(other)} & twice
                        )
                        or _repeated(claim, other, lang)
                    )
                    for other in g
                )
            ),
            None,
        )
        if home is None:
            groups.append([claim])
        else:
            home.append(claim)
    groups = _ages_to_owners(groups)
    return sorted(groups, key=lambda g: (-len({c.article for c in g}), _first(g), g[0].unit))


def _readable_figure(group: Sequence[FigureClaim], lang: LanguageData) -> Figure | None:
    """A group's figure under the first label of its claims a reader can read (`unreadable`):
    the one most of them give, then those that name an event a figure counts ("people died"
    of one source when the other writes "people"; not "years the ferry", words that only
    follow a unit), then a bare label with its event ("12 people have died": people dead);
    None when there is none."""
    figure = _figure(group, lang)
    events = lang.figures.figure_events
    counts = Counter(c.about for c in group if set(fold(c.about).split()) & events.keys())
    labels = [figure.about, *sorted(counts, key=lambda about: (-counts[about], about))]
    things = sorted({c.thing for c in group if c.thing in events.values()})
    if len(things) == 1 and _bare(figure.about) and not _measure(figure.about, lang):
        labels.append(f"{figure.about} {things[0]}")  # not "14 years dead": how long ago
    for about in dict.fromkeys(labels):
        labelled = replace(figure, about=about)
        if not unreadable(group, labelled, lang):
            return labelled
    return None


# Why a figure's label tells a reader nothing without its sentence (`unreadable`).
UNNAMED_AGE = "an age of no one named"
UNIT_ONLY = "a unit only"
SHARE_BASE_ONLY = "a share's base only"
CLAUSE_ONLY = "a clause of its own"
VERB_ONLY = "a verb only"
FRAGMENT = "a table's cell or a reply"
NOT_ITS_VALUE = "a bound denied or a fraction's whole"
MEASURE_ONLY = "a quantity's own name only"
# What a label's case set in brackets is ("votes (hypothetical)"): what kind of figure it is.
_BRACKETED = re.compile(r"\([^)]*\)")


def unreadable(group: Sequence[FigureClaim], figure: Figure, lang: LanguageData) -> str:
    """Why a figure's label (its unit and its `about`) names nothing a reader can take it for,
    or "": an age of no one named ("41 years old"); a label of units, measures, money words and
    people in general only ("12 people", "5 years", "$75,000 a year"); a percentage of a plural
    with nothing said of it ("62% of Democrats": do what?); words that open a clause of their
    own with its subject, a pronoun ("$700 billion He stole", "he's worth $9 billion": stole
    what?); a verb alone ("totaled $4 million": what did?) or, for a share, a verb and its
    object ("follows Roe with 16 percent": the share is not Roe's); a sentence that is the
    figure and a word or two ("Yes 33%.", "Sure, 100 percent."), a table's cell or a reply;
    a figure the sentence gives as no value (`_not_its_value`)."""
    if group[0].thing == "age" and not any(c.person for c in group):
        return UNNAMED_AGE
    if all(_fragment(c, lang) for c in group):
        return FRAGMENT
    if all(_not_its_value(c, lang) for c in group):
        return NOT_ITS_VALUE
    if _pronoun_opens(fold(figure.about).split(), lang):
        return CLAUSE_ONLY
    words = _label_content(figure.about, figure.unit, lang)
    if not words:
        return UNIT_ONLY
    if _names_a_quantity_only(figure.about, lang):
        return MEASURE_ONLY
    raw = _WORDS.findall(fold(_BRACKETED.sub(" ", figure.about)))
    # Words as written, a hyphen's compound one word ("self-identify").
    whole = [w.strip('.,;:!?"“”') for w in _BRACKETED.sub(" ", figure.about).lower().split()]
    if figure.unit == "%" and all(
        _share_of(c, lang) and _people_only(whole, c.said, lang) for c in group
    ):
        return SHARE_BASE_ONLY
    before = _read_before(group, figure.about, lang)
    written = [w for w in raw if w not in lang.stop_words]
    if all(_verb_form(w, figure.unit, before, lang) for w in written):
        return VERB_ONLY
    if figure.unit == "%" and before and _object_of_verb(group, figure.about, lang):
        return VERB_ONLY
    if (
        before
        and _verb_form(written[-1], figure.unit, before, lang)
        and _after_preposition(group, figure.about, lang)
    ):
        return VERB_ONLY
    return stray_label(group, figure.unit, figure.about, lang)


def _names_a_quantity_only(about: str, lang: LanguageData) -> bool:
    """Whether a label names only a quantity, not what it counts: nouns of a quantity and
    words that place it in a series ("increase", "latest count", "new total"), or such a noun
    and its verb in the past ("number rose", "total reached"); not "minimum wage", "average
    rating" nor "number of voters", which say what."""
    grammar = lang.figures
    quantities = grammar.quantity_nouns | grammar.quantity_names
    written = [
        w for w in _WORDS.findall(fold(_BRACKETED.sub(" ", about))) if w not in lang.stop_words
    ]
    heads = [singular(w, lang) for w in written]
    if not any(w in quantities for w in heads):
        return False
    if all(w in quantities or w in grammar.series_words for w in heads):
        return True
    return (
        len(written) == 2
        and heads[0] in quantities
        and (written[1].endswith("ed") or written[1] in lang.dates.irregular_past)
    )


def _pronoun_opens(words: Sequence[str], lang: LanguageData) -> bool:
    """Whether a label's words open with a subject pronoun, or go on with one right after a
    unit ("2 weeks she's been", "7 days I lay"): a clause of its own, not what is counted ("23
    steps he took" are steps)."""
    for index, word in enumerate(words):
        if re.split(r"['’]", word)[0] in lang.dates.subject_pronouns and (
            index == 0 or _measure(words[index - 1], lang)
        ):
            return True
    return False


# A sentence with no more words than this besides its figure is a table's cell or a reply.
FRAGMENT_WORDS = 2


def _fragment(claim: FigureClaim, lang: LanguageData) -> bool:
    """Whether a claim's sentence is its figure and no more than FRAGMENT_WORDS words, with no
    subject and verb among them: "Turnout was 61 percent." and "Donations totaled $2 million."
    are sentences, "Opposed 33%." (a verb first) a table's cell."""
    words = _WORDS.findall(fold(claim.said.replace(claim.text, " ", 1)))
    return len(words) <= FRAGMENT_WORDS and not any(_verb(w, lang) for w in words[1:])


def _verb(word: str, lang: LanguageData) -> bool:
    """Whether a word is an auxiliary or a verb in the past ("was", "has", "totaled")."""
    grammar = lang.dates
    return (
        word in grammar.auxiliaries
        or word in grammar.irregular_past
        or (
            bool(grammar.past_ending)
            and word.endswith(grammar.past_ending)
            and word not in grammar.not_past
        )
    )


def _not_its_value(claim: FigureClaim, lang: LanguageData) -> bool:
    """Whether the sentence gives its figure as no value of anything: a lower bound its clause
    or its label denies ("isn't going to send more than 3 agents": at most 3; "could not break
    50 percent"), or the whole a fraction is of ("one-half of 1 percent": half a percent)."""
    at = locate(claim.text, claim.said)
    if at < 0:
        return False
    if lang.figures.fraction_of_before.search(claim.said, 0, at) or _denies(claim.about, lang):
        return True  # "could not break 50 percent": a bound, denied
    if claim.hedge not in lang.figures.at_least:
        return False
    return _denies(_CLAUSE_END.split(claim.said[:at])[-1], lang)


def _denies(words: str, lang: LanguageData) -> bool:
    """Whether words hold a negation ("not", "isn't")."""
    return any(w in lang.dates.negations or w.endswith(_NEGATED) for w in fold(words).split())


# How a verb's negation is written on its auxiliary ("isn't", "didn't").
_NEGATED = ("n't", "n’t")


def _read_before(group: Sequence[FigureClaim], about: str, lang: LanguageData) -> bool:
    """Whether a label is the words of its claims written before the figure ("revenue fell
    17.7 percent"), not after it ("17.7 percent of revenue")."""
    for claim in group:
        at = locate(claim.text, claim.said)
        if claim.about == about and at >= 0:
            return about_after(claim.said, at + len(claim.text), lang.figures) != about
    return False


# Verbs' forms this short that end as a participle does are other words ("bed", "sing").
SHORTEST_VERB_FORM = 5


def _verb_form(word: str, unit: str, before: bool, lang: LanguageData) -> bool:
    """Whether a label's word is a verb's and names nothing counted: a past participle ("2,400
    needed"), a verb of saying or thinking, an "-ing" form written before the figure ("despite
    spending $3 million"; after it, "$3 million in funding" is a noun) or a verb of money for
    a count or a share; not a happening a figure counts ("12 injured") nor, for money, a verb
    of money ("$8 million raised": money raised)."""
    grammar = lang.figures
    if word in grammar.figure_events:
        return False
    money = grammar.money_verbs
    if unit not in ("count", "%") and word in money:
        return False
    endings = (
        grammar.participle_endings
        if before
        else tuple(e for e in grammar.participle_endings if e not in grammar.gerund_endings)
    )
    return (
        (len(word) >= SHORTEST_VERB_FORM and word.endswith(endings))
        or word in grammar.said_after
        or word in lang.verbs.speech
        or word in money
    )


def _after_preposition(group: Sequence[FigureClaim], about: str, lang: LanguageData) -> bool:
    """Whether a label written before its figure opens right after a preposition ("those in
    the race received 18 percent": "race received"): its noun is the preposition's, not the
    subject of the verb the label ends with."""
    for claim in group:
        at = locate(claim.text, claim.said)
        written = claim.said.rfind(about, 0, at) if claim.about == about and at > 0 else -1
        if written > 0:
            return bool(lang.figures.preposition_before.search(claim.said, 0, written))
    return False


def _object_of_verb(group: Sequence[FigureClaim], about: str, lang: LanguageData) -> bool:
    """Whether a label written before its figure is a name that a word before it governs
    ("follows Doe with 16 percent", "Roe trails Ada Lind with 16 percent"): the name is that
    word's object or qualifier, not whose the figure is ("the poll shows Doe at 51 percent":
    a verb of showing presents whose it is; "challenger Ada Lind has 44%": a noun before a
    name is its title)."""
    words = about.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if first is None or not all(w[:1].isupper() for w in words[first:]):
        return False
    if first:
        return all(w.islower() and fold(w) not in lang.stop_words for w in words[:first])
    for claim in group:
        at = locate(claim.text, claim.said)
        written = claim.said.rfind(about, 0, at) if claim.about == about and at > 0 else -1
        if written > 0 and _opens_relative(claim.said[written + len(about) : at], lang):
            return False  # "trails Tom Brandt, who has 42 percent": the name holds the figure
        if written > 0 and (word := _WORD_BEFORE.search(claim.said, 0, written)):
            governor = word[1]
            return (
                governor.islower()
                and governor.endswith(lang.figures.verb_endings[:3])  # "trails", "edged"
                and governor not in lang.stop_words
                and governor not in lang.figures.verbs_after_noun
                and governor not in lang.titles.title_words | lang.titles.job_words
            )
    return False


def _opens_relative(between: str, lang: LanguageData) -> bool:
    """Whether the words between a name and its figure open a relative clause of the name
    (", who has", ", whose party won"): the name is the clause's subject, whose the figure is."""
    words = _WORDS.findall(fold(between))
    return bool(words) and words[0] in lang.dates.relative_pronouns


def _label_content(about: str, unit: str, lang: LanguageData) -> list[str]:
    """The words of a figure's label that may name what it counts, lower case, in order: no
    rate ("a year", "per share"), case set in brackets ("(hypothetical)": what kind of figure,
    not what it counts), function words, units or measures ("percentage points", "points":
    what scored or lost them is not said), a measure's direction ("feet high", "hours
    north"), nouns of a length alone ("pages", "period"), people in general ("individuals"),
    nouns that count no thing ("old", "total"), or, for money, its own currency or cents."""
    grammar = lang.figures
    written = grammar.rate_after.sub(" ", f" {fold(_BRACKETED.sub(' ', about))}")
    content = []
    words = re.findall(r"[^\W\d_]+", written)
    for word in words:
        one = singular(word, lang)
        if (
            word in lang.stop_words
            or one in grammar.measure_units
            or word in grammar.point_words
            or one in grammar.length_nouns
            or word in grammar.measure_directions
            or grammar.thing_synonyms.get(one, one) == "people"
            or word in grammar.not_things
            or (unit not in ("count", "%") and _money_word(word, lang))
        ):
            continue
        content.append(word)
    return content


def _measure(word: str, lang: LanguageData) -> bool:
    """Whether a word is a unit of measure ("years", "miles"): how much, not who."""
    return singular(fold(word), lang) in lang.figures.measure_units


def _money_word(word: str, lang: LanguageData) -> bool:
    """Whether a word names money itself ("dollars", "cents"), not what money pays for."""
    return word in lang.figures.currency_words or bool(
        lang.figures.cents_after.fullmatch(f" {word}")
    )


def _people_only(words: Sequence[str], said: str, lang: LanguageData) -> bool:
    """Whether a share's label (all its words, function words too) names only the people it is
    a share of: a plural noun phrase, or a body of people as a whole ("Israel's population"),
    whatever qualifies it before ("registered voters", "remaining delegates"), with nothing
    said of them after it, or one word only that says nothing whole: a participle that says
    which of them ("voters surveyed", "precincts reporting"), or a verb whose object the label
    cuts off ("voters put ..."). Two words after it say something ("voters back the levy"), and
    so does one verb closing its clause ("62% of voters disapprove."); "liberal", "growth rate"
    and "the island's vote" say what a share is."""
    grammar = lang.figures
    last = next(
        (
            i
            for i in range(len(words) - 1, -1, -1)
            if words[i] in grammar.plural_nouns
            or singular(words[i], lang) != words[i]
            or words[i] in grammar.people_wholes
        ),
        None,
    )
    if last is None:
        return False
    after = words[last + 1 :]
    if not after:
        return True
    if len(after) > 1:
        return False
    lone = after[0]
    if lone.endswith(grammar.participle_endings):
        return True
    ends = re.compile(rf"\b{re.escape(lone)}\s*(?:[.,;:!?)]|$)", re.IGNORECASE)
    return ends.search(said) is None


def _share_of(claim: FigureClaim, lang: LanguageData) -> bool:
    """Whether a percentage is written as a share of what follows it ("62% of Democrats"): a
    share of things, which says what it is only with what is said of them ("62% of Democrats
    back the plan"); "15% tariffs" is a rate of its own. A percentage compared with an earlier
    one takes that one's words ("51 percent of voters back Doe, versus 39 percent for Roe"):
    shown with them, it is a share of the same people, with nothing said of them either."""
    at = locate(claim.text, claim.said)
    end = at + len(claim.text)
    if at >= 0 and (tail := lang.figures.range_tail.match(claim.said, end)):
        end = tail.end()  # "10 to 15 percent of the voters": the low end is a share of them too
    after = claim.said[end:].split()[:1] if at >= 0 else []
    return (bool(after) and fold(after[0]) == lang.figures.part_of_word) or _carried(claim)


def _carried(claim: FigureClaim) -> bool:
    """Whether a figure's words are an earlier figure's of its sentence, written after that
    one ("51 percent of voters ..., versus 39 percent"), not next to this one: taken from it
    (the far side of "compared with", "versus")."""
    at = locate(claim.text, claim.said)
    words = claim.said.rfind(claim.about, 0, at) if claim.about and at > 0 else -1
    if words < 0 or not claim.said[words + len(claim.about) : at].strip():
        return False
    return bool(_FIGURE_BEFORE.search(claim.said, 0, words))


# A number within the few words before a figure's words: they are that number's.
_FIGURE_BEFORE = re.compile(r"\d\S*(?:\s+\S+){0,2}\s+$")


def _said_key(claim: FigureClaim) -> tuple[str, int, str, float]:
    return claim.article, claim.sentence, claim.unit, round(claim.value, 6)


def _said_twice(claims: Iterable[FigureClaim]) -> set[tuple[str, int, str, float]]:
    """The (article, sentence, unit, value) of figures a sentence gives twice ("six weeks in
    quarantine and six years on the farm", "four hours diving and four hours to upload"):
    cited for one of them, the sentence does not show a reader which, so it is no evidence
    that another source says the same."""
    counts: dict[tuple[str, int, str, float], int] = defaultdict(int)
    for claim in claims:
        counts[_said_key(claim)] += 1
    return {key for key, found in counts.items() if found > 1}


def _repeated(a: FigureClaim, b: FigureClaim, lang: LanguageData) -> bool:
    """Whether two claims of one article are one figure said twice (a headline and its
    story): the same thing, and for a unit of measure the same words after it and no two
    different holders named ("13 points" of one player, and of another)."""
    return (
        a.article == b.article
        and bool(a.thing)
        and a.thing == b.thing
        and (
            a.thing not in lang.figures.measure_units
            or (fold(a.about) == fold(b.about) and not _names_apart(a, b, lang))
        )
    )


def _name_words(name: str, lang: LanguageData) -> list[str]:
    """The words of a name that tell who it is, lower case: no suffix ("Jr."), no initial
    ("K."), no possessive ending ("Reid's")."""
    words = []
    for word in fold(name).replace("'s", " ").replace("’s", " ").split():
        word = word.strip(".,'’")
        if len(word) > 1 and word not in lang.figures.name_suffixes:
            words.append(word)
    return words


def same_person(a: str | None, b: str | None, lang: LanguageData) -> bool:
    """Whether two names (or no name) are one person's: "Jane Doe", "Doe", "Jane" and "Jane
    K. Doe Jr." are; "Jane Doe" and "John Doe" are not."""
    if a == b:
        return True
    if not a or not b:
        return False
    first, second = _name_words(a, lang), _name_words(b, lang)
    if not first or not second:
        return False
    shorter, longer = sorted((first, second), key=len)
    if len(shorter) == 1:
        return shorter[0] in longer
    return shorter[-1] == longer[-1] and set(shorter) <= set(longer)


def _ages_to_owners(groups: list[list[FigureClaim]]) -> list[list[FigureClaim]]:
    """An age told of no one named ("the 33-year-old actress") is left out when someone named
    has that age: most often it is theirs, shown already, but whose it is is a guess ("a
    19-year-old was arrested" in a story of a 19-year-old sister). Ages of no one named with
    the same value are one figure."""
    named = {g[0].value for g in groups if g[0].thing == "age" and g[0].person}
    kept: list[list[FigureClaim]] = []
    unnamed: dict[float, list[FigureClaim]] = {}
    for group in groups:
        value = group[0].value
        if group[0].thing != "age" or group[0].person:
            kept.append(group)
        elif any(same_value(value, age) for age in named):
            continue
        elif value in unnamed:
            unnamed[value].extend(group)
        else:
            unnamed[value] = group
            kept.append(group)
    return kept


def same_thing(a: FigureClaim, b: FigureClaim, lang: LanguageData) -> bool:
    """Whether two claims count the same thing: the same key, or the key of one named in the
    other's clause ("12% duties" and "duties on grain imports at 12 percent"), with enough of
    their sentences in common to be one fact."""
    if not a.thing or not b.thing or a.article == b.article:
        return False
    bounds = lang.figures.at_least, lang.figures.at_most
    if any(a.hedge in one and b.hedge in other for one, other in (bounds, bounds[::-1])):
        return False  # "more than four times a year" and "less than four times a year"
    same_key = a.thing == b.thing
    if not same_key and _qualifier(a.thing) != _qualifier(b.thing):
        return False  # "14 of its next 19 games" and "14 wins"; a rate and a count; "if"
    if not (same_key or a.thing in clause_words(b, lang) or b.thing in clause_words(a, lang)):
        return False
    if (
        not same_key
        and _counts_noun_after(a, lang)
        and _counts_noun_after(b, lang)
        and not _about_words(a, lang) & _about_words(b, lang)
    ):
        return False  # "a 10-win turnaround" and "10 seasons": each names what it counts
    if (happening := _happening(a, lang)) and _happening(b, lang) not in ("", happening):
        return False  # "200 people arrested" and "200 people marched": two happenings
    units = lang.figures.measure_units
    if (a.thing in units or b.thing in units) and _names_apart(a, b, lang):
        return False  # "14 points" of one player and of another
    if not same_key and a.thing in units and b.thing in units:
        return False  # "three hours a week" and "three days a week": two units, two measures
    shared = (context_words(a, lang) & context_words(b, lang)) - {a.thing, b.thing}
    if same_key and not shared and a.unit == "count" and a.value <= FEW:
        # "two dead in the flooded valley" and "a crash on the ridge road killed two": a few
        # of one thing, with nothing else in common, are two tallies that meet by chance.
        return False
    if a.thing in units or b.thing in units or (a.thing == "age" and not a.person):
        # "nine years" as head of the board and "nine years" working together: a unit, or
        # the age of someone unnamed, says what is measured only with the rest of the sentence.
        return len(shared) >= SHARED_CONTEXT_WORDS
    # "Ruiz at 38 percent" and "38 percent of voters call Ruiz too cautious": one key
    # named in the other's clause is one fact only when the sentences share something more.
    return same_key or bool(shared)


def _happening(claim: FigureClaim, lang: LanguageData) -> str:
    """The happening a claim's count takes part in: its verb, as the event it names ("detained":
    "arrested"), or its key when that is an event; "" when its sentence gives none."""
    events = lang.figures.figure_events
    if claim.verb:
        return events.get(claim.verb, claim.verb)
    return claim.thing if claim.thing in events.values() else ""


def _names_apart(a: FigureClaim, b: FigureClaim, lang: LanguageData) -> bool:
    """Whether two claims' sentences each name someone or something and share no name: a
    unit's count said of two different holders ("14 points" by two players)."""
    names_a, names_b = sentence_names(a.said, lang), sentence_names(b.said, lang)
    return bool(names_a and names_b and not names_a & names_b)


def _qualifier(thing: str) -> str:
    """What sets a key apart from its noun: " of 23" (a part of a whole), " per 1000 people" (a
    rate), " (part)", " (if)", " (2004)"; "" for a plain noun or event."""
    return thing.partition(" ")[2]


def _counts_noun_after(claim: FigureClaim, lang: LanguageData) -> bool:
    """Whether a claim's key is the noun written right after its number ("10 seasons", "a
    10-win improvement"), not one read from the words around it ("tariffs ... at 15%")."""
    at = locate(claim.text, claim.said)
    if at < 0:
        return False
    end = at + len(claim.text)
    compound = _COMPOUND_UNIT.match(claim.said, end)
    if compound:
        word = singular(compound[1].lower(), lang)
        return lang.figures.thing_synonyms.get(word, word) == claim.thing
    return head_noun(about_after(claim.said, end, lang.figures), lang) == claim.thing


def _about_words(claim: FigureClaim, lang: LanguageData) -> frozenset[str]:
    """The content words, singular, of what a figure counts and the rest of its phrase ("27
    separate pieces of rescue equipment")."""
    at = locate(claim.text, claim.said)
    phrase = _CLAUSE_END.split(claim.said[at + len(claim.text) :])[0] if at >= 0 else ""
    words = []
    written = fold(f"{claim.about} {phrase}".replace("-", " "))
    # What a count is per ("three hours a week", "three times a week") is no part of what it
    # counts: two counts per week of different things share the week only.
    written = lang.figures.rate_after.sub(" ", f" {written}")
    for word in written.split()[:ABOUT_REACH]:
        if word in lang.figures.phrase_end:
            break  # "10 seasons and the wins followed": the wins are another phrase's
        if word.isalpha() and word not in lang.stop_words:
            words.append(singular(word, lang))
    return frozenset(words)


def context_words(claim: FigureClaim, lang: LanguageData) -> frozenset[str]:
    """The content words, singular, of a figure's sentence that say what it is about: no units,
    no days or months, no numbers."""
    words = (singular(w, lang) for w in fold(claim.said).split() if w.isalpha())
    return frozenset(
        w
        for w in words
        if w not in lang.stop_words
        and w not in lang.figures.measure_units
        and w not in lang.calendar.calendar_words
        and w not in lang.figures.number_words
        and w not in lang.verbs.speech
        and w != claim.thing
    )


def clause_words(claim: FigureClaim, lang: LanguageData) -> frozenset[str]:
    """The content words, singular, of the clause a figure is written in."""
    at = locate(claim.text, claim.said)
    if at < 0:
        return frozenset()
    before = _CLAUSE_END.split(claim.said[:at])[-1]
    after = _CLAUSE_END.split(claim.said[at + len(claim.text) :])[0]
    words = fold(f"{before} {after}").split()
    return frozenset(singular(w, lang) for w in words if w not in lang.stop_words and w.isalpha())


def _first(claims: Iterable[FigureClaim]) -> tuple[int, str]:
    return min((c.sentence, c.article) for c in claims)


# A sentence of prose ends as one does, with a full stop, an exclamation or a question mark
# (inside a quotation or brackets or not); a headline, a list item or a fact box's line does not.
_PROSE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")


def _in_prose(sentence: str) -> bool:
    return _PROSE_END.search(sentence) is not None


def _figure(claims: Sequence[FigureClaim], lang: LanguageData) -> Figure:
    def most_common(values: Iterable[str]) -> str:
        counts: dict[str, int] = defaultdict(int)
        for value in values:
            counts[value] += 1
        return max(sorted(counts), key=lambda v: counts[v]) if counts else ""

    # Each source's evidence is its first sentence of the body that gives the figure: a
    # headline repeated over the body or a line of a fact box only when nothing else does.
    first_said: dict[str, str] = {}
    for claim in sorted(claims, key=lambda c: (c.article, not _in_prose(c.said), c.sentence)):
        first_said.setdefault(claim.article, claim.said)
    hedge = most_common(c.hedge for c in claims if c.hedge) or None
    about = most_common(c.about for c in claims if c.about)
    if claims[0].thing == "age":
        named = [c.person for c in claims if c.person]
        # The name most sources write, the fullest of those.
        person = max(sorted(named), key=lambda n: (named.count(n), len(n))) if named else None
        about = f"age of {person}" if person else "years old"
    text = most_common(c.text for c in claims)
    share = claims[0].unit == "%" and lang.figures.share_written.search(text)
    return Figure(
        value=claims[0].value,
        unit=claims[0].unit,
        about=about,
        text=text,
        shown=text if share else "",
        sources=tuple(sorted(first_said)),
        hedge=hedge,
        said=tuple(Cited(text, (article,)) for article, text in sorted(first_said.items())),
    )


def figure_label(unit: str, value: float, written: str = "") -> str:
    """A figure as a reader writes it: 12%, 4,000, 2.5 billion USD; or as its source wrote it,
    when that is given (`written`, a Figure's `shown`: "nine out of 10")."""
    if written:
        return written
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale and unit != "%":
            # "$3.85 million" stays 3.85 million: a label rounded to one decimal (3.9) would
            # state a figure no source does; longer values are rounded as a reader would.
            scaled = value / scale
            # "$3.392 billion" too: up to LABEL_DECIMALS as written, else rounded to one.
            digits = next(
                (
                    d
                    for d in range(1, LABEL_DECIMALS + 1)
                    if abs(scaled * 10**d - round(scaled * 10**d)) < LABEL_EPSILON
                ),
                1,
            )
            shown = f"{scaled:,.{digits}f}".rstrip("0").rstrip(".") + f" {word}"
            break
    else:
        shown = f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "%":
        return f"{shown}%"
    return shown if unit == "count" else f"{shown} {unit}"
