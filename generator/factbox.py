"""The fact box of a story: who and where, the facts the sources share, and the quotes.

The figures are claims (claims.py), the timeline has a module of its own (timeline.py), and so
has the engine that finds where sources disagree (disagree.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from generator.align import SentenceGroup
from generator.models import Analysis, Cited, Entity, Sentence, StoryQuote
from generator.summary import best_stated, representative
from generator.text import fold

# Entities shown in the fact box: enough to scan, few enough to scan in seconds.
MAX_ENTITIES = 12
MAX_FACTS = 8
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
    for name in persons:
        # "Interior Affairs Jane Doe" (a title run into the name) is the person "Jane Doe".
        words = name.split()
        shorter = [" ".join(words[i:]) for i in range(1, len(words) - 1)]
        if found := next((s for s in shorter if persons.get(s, 0) > 0), None):
            canonical[name] = found
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


def facts(
    groups: Sequence[SentenceGroup],
    alignment: tuple[np.ndarray, Sequence[Sentence]] | None = None,
) -> tuple[Cited, ...]:
    """Statements that two or more sources make, most supported first. With the `alignment`
    the groups were made from, a source counts only when its sentence states what the shown one
    says (summary.stating), not when it merely shares some of its words."""
    cited = []
    index = {(s.article, s.index): i for i, s in enumerate(alignment[1])} if alignment else {}
    for group in groups:
        if len(group.articles) < 2:
            continue
        if alignment:
            shown, sources = best_stated(group, alignment[0], index)
        else:
            shown, sources = representative(group), group.articles
        if len(sources) >= 2:
            cited.append((group, Cited(shown.text, sources)))
    cited.sort(key=lambda pair: (-len(pair[1].sources), -pair[0].centrality, pair[1].text))
    return tuple(fact for _, fact in cited[:MAX_FACTS])


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
