"""The fact box of a story: who, where, figures, facts, timeline, quotes and conflicts."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from generator.align import FACT_SIMILARITY, SentenceGroup, content_tokens
from generator.dates import WEEKDAYS, find_dates, weekdays_in
from generator.models import (
    Analysis,
    Cited,
    Conflict,
    DateMention,
    Entity,
    Figure,
    FigureMention,
    Sentence,
    StoryQuote,
    TimelineEntry,
)
from generator.summary import representative, shorten
from generator.text import fold

# Entities and figures shown in the fact box: enough to scan, few enough to scan in seconds.
MAX_ENTITIES = 12
MAX_FIGURES = 8
MAX_FACTS = 8
MAX_TIMELINE = 12
# A disagreement's topic is the main clause of a sentence, cut to this length.
TOPIC_MAX_CHARS = 120
# Sentences that make up an article's lead when ranking the actors of a story.
LEAD_SENTENCES = 2


def _resolve(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Folded mention name -> folded canonical name: a surname or given name alone ("Lee",
    "President Lee") goes to the one multi-word person name that contains it."""
    persons: Counter[str] = Counter()
    for analysis in analyses:
        for mention in analysis.mentions:
            if (mention.type == "person" or mention.role) and " " in fold(mention.name):
                persons[fold(mention.name)] += 1
    canonical: dict[str, str] = {}
    for analysis in analyses:
        for mention in analysis.mentions:
            key = fold(mention.name)
            if " " in key or key in canonical or mention.type in ("place", "organisation"):
                continue
            owners = sorted((n, name) for name, n in persons.items() if key in name.split())
            if owners and (len(owners) == 1 or owners[-1][0] > 2 * owners[-2][0]):
                canonical[key] = owners[-1][1]
    return canonical


def entities(analyses: Sequence[Analysis]) -> tuple[Entity, ...]:
    """One entity per real-world thing across the story, with its sources, aliases and role."""
    canonical = _resolve(analyses)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    sources: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        for mention in analysis.mentions:
            key = canonical.get(fold(mention.name), fold(mention.name))
            names[key][mention.name] += 1
            types[key][mention.type] += 1
            if mention.role:
                roles[key][mention.role] += 1
            sources[key].add(analysis.article.id)
    found = []
    for key, counts in names.items():
        kinds = types[key]
        if kinds["person"] or (roles[key] and kinds["person?"]):
            kind = "person"
        elif any(k not in ("person?", "other") for k in kinds):
            kind = max(
                (k for k in kinds if k not in ("person?", "other")), key=lambda k: (kinds[k], k)
            )
        elif kinds["person?"] and " " in key:
            kind = "person"  # a name of two to four words no evidence says is something else
        else:
            kind = "other"
        if kind == "other":
            continue
        multiword = [n for n in counts if " " in n] or list(counts)
        name = max(multiword, key=lambda n: (counts[n], len(n), n))
        role = max(roles[key], key=lambda r: (roles[key][r], len(r), r)) if roles[key] else None
        aliases = tuple(sorted(n for n in counts if n != name))
        found.append(Entity(name, kind, role, aliases, tuple(sorted(sources[key]))))
    found.sort(key=lambda e: (-len(e.sources), e.type, e.name))
    return tuple(found)


def figures(analyses: Sequence[Analysis]) -> tuple[Figure, ...]:
    """Figures grouped by value and unit, each with the sources that state it."""
    grouped: dict[tuple[str, float], list[tuple[str, FigureMention]]] = defaultdict(list)
    for analysis in analyses:
        for figure in analysis.figures:
            grouped[(figure.unit, figure.value)].append((analysis.article.id, figure))
    found = []
    for (unit, value), rows in grouped.items():
        abouts = Counter(fold(f.about) for _, f in rows if f.about)
        about_key = abouts.most_common(1)[0][0] if abouts else ""
        about = next((f.about for _, f in rows if fold(f.about) == about_key), "")
        text = Counter(f.text for _, f in rows).most_common(1)[0][0]
        hedges = Counter(f.hedge for _, f in rows if f.hedge)
        hedge = hedges.most_common(1)[0][0] if hedges else None
        sources = tuple(sorted({a for a, _ in rows}))
        found.append(Figure(value, unit, about, text, sources, hedge))
    found.sort(key=lambda f: (-len(f.sources), f.unit, f.value))
    return tuple(found[:MAX_FIGURES])


def facts(groups: Sequence[SentenceGroup]) -> tuple[Cited, ...]:
    """Statements that two or more sources make, most supported first."""
    shared = [g for g in groups if len(g.articles) >= 2]
    shared.sort(key=lambda g: (-len(g.articles), -g.centrality, representative(g).text))
    return tuple(Cited(representative(g).text, g.articles) for g in shared[:MAX_FACTS])


def timeline(
    analyses: Sequence[Analysis], groups: Sequence[SentenceGroup]
) -> tuple[TimelineEntry, ...]:
    """Dated statements from all sources, oldest first; one entry per date and fact.

    An undated article's relative dates ("on Monday", "August 25") are read against the
    story's earliest publication date: its sources report the same event at the same time."""
    group_of = {(s.article, s.index): g for g in groups for s in g.members}
    # (date, fact) -> precision, the sentences that give that date, and their articles
    entries: dict[tuple[str, Sentence], tuple[str, list[str], set[str]]] = {}
    anchor = min((a.article.published for a in analyses if a.article.published), default=None)
    for analysis in analyses:
        by_index = {s.index: s for s in analysis.sentences}
        mentions = analysis.dates
        if analysis.article.published is None and anchor is not None:
            mentions = tuple(
                DateMention(iso, precision, written, s.index)
                for s in analysis.sentences
                for iso, precision, written in find_dates(s.text, anchor)
            )
        for mention in mentions:
            sentence = by_index[mention.sentence]
            group = group_of.get((sentence.article, sentence.index))
            fact = representative(group) if group else sentence
            precision, texts, sources = entries.setdefault(
                (mention.date, fact), (mention.precision, [], set())
            )
            texts.append(sentence.text)
            sources.add(analysis.article.id)
    result = []
    for (date, _), (precision, texts, sources) in entries.items():
        text = min(texts, key=lambda t: (len(t), t))  # the plainest sentence giving this date
        result.append(TimelineEntry(date, text, tuple(sorted(sources)), precision))
    # The best supported entries, shown in date order.
    result = sorted(result, key=lambda e: (-len(e.sources), e.date, e.text))[:MAX_TIMELINE]
    return tuple(sorted(result, key=lambda e: (e.date, -len(e.sources), e.text)))


def quotes(analyses: Sequence[Analysis], people: Sequence[Entity]) -> tuple[StoryQuote, ...]:
    """Direct quotations, one per distinct text, the speaker given by full name."""
    full_name = {
        fold(alias): person.name for person in people for alias in (person.name, *person.aliases)
    }
    for person in people:
        for part in fold(person.name).split():
            full_name.setdefault(part, person.name)
    seen: set[str] = set()
    found = []
    for analysis in analyses:
        for quote in analysis.quotes:
            key = fold(quote.text)
            if key in seen:
                continue
            seen.add(key)
            speaker = full_name.get(fold(quote.speaker), quote.speaker) if quote.speaker else None
            found.append(StoryQuote(speaker, quote.text, analysis.article.id))
    return tuple(found)


def conflicts(
    analyses: Sequence[Analysis],
    groups: Sequence[SentenceGroup],
    people: Sequence[Entity],
    alignment: tuple[np.ndarray, Sequence[Sentence]] | None = None,
) -> tuple[Conflict, ...]:
    """Where sources that state the same fact disagree: a different day, a different number with
    the same unit, or a different role for the same person. Nothing is reported otherwise.

    `alignment` (the sentence similarities the groups were made from) lets a source whose
    sentence in a fact gives no day give it in another sentence that says the same thing."""
    published = {a.article.id: a.article.published for a in analyses}
    pooled = _DayPool(alignment) if alignment is not None else None
    Claims = dict[str, set[tuple[float, str | None]]]
    numbers: dict[tuple[str, int], Claims] = defaultdict(lambda: defaultdict(set))
    for a in analyses:
        for f in a.figures:
            numbers[(a.article.id, f.sentence)][f.unit].add((f.value, f.hedge))
    found: list[Conflict] = []
    for group in groups:
        if len(group.articles) < 2:
            continue
        # Days: the weekdays ("on Friday") and the calendar days ("August 23") each source gives
        # for this fact. Each kind is compared only with its own kind: a weekday cannot be
        # checked against a date unless the publication day is known.
        weekdays: dict[str, set[str]] = {}
        days: dict[str, set[str]] = {}
        for s in group.members:
            context = [m.text for m in group.members if m is not s]
            named, dated = day_claims(s.text, context, published[s.article])
            if named:
                weekdays[s.article] = named
            if dated:
                days[s.article] = dated
        said = {s.article: s.text for s in group.members}
        day_said = {article: said[article] for article in weekdays}  # before pooling
        if pooled is not None and weekdays:
            for s, anchor in pooled.restating(group, set(weekdays)):
                if named := day_claims(s.text, [anchor.text], published[s.article])[0]:
                    weekdays[s.article] = named  # the topic stays the fact's own sentences
        found.extend(_disagreement(f"Day: {_claim_topic(day_said, weekdays)}", weekdays))
        found.extend(_disagreement(f"Date: {_claim_topic(said, days)}", days))
        for unit in {u for s in group.members for u in numbers[(s.article, s.index)]}:
            values = {
                s.article: numbers[(s.article, s.index)][unit]
                for s in group.members
                if numbers[(s.article, s.index)].get(unit)
            }
            if _compatible_figures(list(values.values())):
                continue  # "more than 1,100 points" and "1,175 points" agree
            labels = {
                article: {figure_label(unit, v) for v, _ in vals}
                for article, vals in values.items()
            }
            found.extend(_disagreement(f"Figure: {_claim_topic(said, labels)}", labels))
    for person in people:
        if person.type != "person":
            continue
        roles: dict[str, set[str]] = {}
        for a in analyses:
            for m in a.mentions:
                if m.role and fold(m.name) in {fold(person.name), *map(fold, person.aliases)}:
                    roles.setdefault(a.article.id, set()).add(fold(m.role))
        found.extend(_disagreement(f"Title of {person.name}", roles, role_conflict=True))
    return tuple(found)


# How far a hedged figure reaches: "about 4,000" agrees with anything within 10% of 4,000.
APPROXIMATE_SHARE = 0.1
# Figures this close are one figure written with more or fewer digits.
ROUNDING_SHARE = 0.005
_AT_LEAST = frozenset({"more than", "over", "at least"})
_AT_MOST = frozenset({"less than", "fewer than", "under", "at most", "up to"})


def _agree(a: tuple[float, str | None], b: tuple[float, str | None]) -> bool:
    """Whether two figures can both be true: equal, or one's hedge admits the other."""
    (x, hedge_x), (y, hedge_y) = a, b
    if abs(x - y) <= ROUNDING_SHARE * max(abs(x), abs(y)):
        return True  # 18,589 and 18,589.69: the same figure, rounded
    for value, hedge, other in ((x, hedge_x, y), (y, hedge_y, x)):
        if hedge in _AT_LEAST and other >= value:
            return True
        if hedge in _AT_MOST and other <= value:
            return True
        if (
            hedge
            and hedge not in _AT_LEAST | _AT_MOST
            and abs(other - value) <= APPROXIMATE_SHARE * value
        ):
            return True
    return False


def _compatible_figures(claims: list[set[tuple[float, str | None]]]) -> bool:
    """True when every two sources give at least one pair of figures that agree."""
    return all(
        any(_agree(a, b) for a in first for b in second)
        for i, first in enumerate(claims)
        for second in claims[i + 1 :]
    )


def _claim_topic(said: Mapping[str, str], claims: Mapping[str, set[str]]) -> str:
    """What a disagreement is about: the main clause of the shortest sentence making a claim
    (`said`: each source's sentence)."""
    claiming = [text for article, text in said.items() if article in claims] or list(said.values())
    if not claiming:
        return ""  # nothing claimed: no disagreement will be reported
    text = min(claiming, key=lambda t: (len(t), t))
    return shorten(text, TOPIC_MAX_CHARS) or text


def prominent_names(people_and_places: Sequence[Entity], analyses: Sequence[Analysis]) -> list[str]:
    """Names ranked by how many sources put them in their lead (first two sentences): the
    actors of the event itself rather than the background."""
    leads = [" ".join(s.text for s in a.sentences[:LEAD_SENTENCES]) for a in analyses]
    ranked = []
    for entity in people_and_places:
        forms = [entity.name, *entity.aliases]
        in_leads = sum(1 for lead in leads if any(form in lead for form in forms))
        ranked.append((-in_leads, -len(entity.sources), entity.name))
    return [name for score, _, name in sorted(ranked) if score < 0]


def figure_label(unit: str, value: float) -> str:
    """A figure as a reader writes it: 12%, 4,000, 2.5 billion USD."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale and unit != "%":
            shown = f"{value / scale:,.1f}".removesuffix(".0") + f" {word}"
            break
    else:
        shown = f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "%":
        return f"{shown}%"
    return shown if unit == "count" else f"{shown} {unit}"


def _disagreement(
    topic: str, claims: dict[str, set[str]], role_conflict: bool = False
) -> list[Conflict]:
    """A conflict when two sources' claims do not overlap at all; sources that agree are pooled."""
    if len(claims) < 2:
        return []
    if role_conflict:
        # "president" and "prime minister" for two people is not a conflict; "former president"
        # and "president" for one person is. Only roles that differ by a qualifier count.
        words = {frozenset(v.split()) for vals in claims.values() for v in vals}
        if not any(a < b or b < a for a in words for b in words if a != b):
            return []
    by_claim: dict[str, set[str]] = defaultdict(set)
    for article, values in claims.items():
        if role_conflict:
            for value in values:  # one source may use both titles; each title lists its users
                by_claim[value[:1].upper() + value[1:]].add(article)
        else:
            by_claim[", ".join(sorted(values))].add(article)
    if len(by_claim) < 2:
        return []
    sets = [set(k.split(", ")) for k in by_claim]
    if any(a & b for i, a in enumerate(sets) for b in sets[i + 1 :]) and not role_conflict:
        return []
    return [
        Conflict(
            topic,
            tuple(
                Cited(claim, tuple(sorted(sources))) for claim, sources in sorted(by_claim.items())
            ),
        )
    ]


_CLAUSE_BREAK = re.compile(r"\s*[,;:()]\s+|\s+[—–-]+\s+")


def day_claims(
    text: str, context: Sequence[str], published: str | None
) -> tuple[set[str], set[str]]:
    """The weekdays ("on Friday") and calendar days ("August 23", as ISO dates) a sentence gives
    for the fact it shares with the `context` sentences. When a sentence names several, only
    the clause that says most of what the context says counts: in "Before meeting her on
    Monday, the envoy landed on Saturday for talks", the landing is the shared fact."""
    shared = {t for other in context for t in content_tokens(other)}
    best: tuple[set[str], set[str]] = (set(), set())
    best_overlap = -1
    for clause in _CLAUSE_BREAK.split(text):
        named = weekdays_in(clause)
        dated = {
            iso
            for iso, precision, written in find_dates(clause, published)
            if precision == "day" and written.split()[-1].lower() not in WEEKDAYS
        }
        if not named and not dated:
            continue
        overlap = len(shared & set(content_tokens(clause)))
        if overlap > best_overlap:
            best, best_overlap = (named, dated), overlap
        elif overlap == best_overlap:
            best = (best[0] | named, best[1] | dated)  # no clause stands out: all are claims
    return best


class _DayPool:
    """Sentences that give a day, and which sentences of the story they restate."""

    def __init__(self, alignment: tuple[np.ndarray, Sequence[Sentence]]) -> None:
        self.similarity, self.sentences = alignment
        self.row = {(s.article, s.index): i for i, s in enumerate(self.sentences)}
        self.dated = [i for i, s in enumerate(self.sentences) if weekdays_in(s.text)]

    def restating(self, group: SentenceGroup, claimed: set[str]) -> list[tuple[Sentence, Sentence]]:
        """For each source that gives no weekday in this fact: its sentence that names a
        weekday and states the same thing as one of the fact's sentences that names one (as
        similar as two members of a fact), with that sentence."""
        anchors = [self.row[(s.article, s.index)] for s in group.members if s.article in claimed]
        found: dict[str, tuple[float, Sentence, Sentence]] = {}
        for i in self.dated:
            candidate = self.sentences[i]
            if candidate.article in claimed:
                continue
            for j in anchors:
                score = float(self.similarity[i, j])
                if score >= FACT_SIMILARITY and score > found.get(candidate.article, (0.0,))[0]:
                    found[candidate.article] = (score, candidate, self.sentences[j])
        return [(s, anchor) for _, s, anchor in (found[a] for a in sorted(found))]
