"""The fact box of a story: the facts the sources share and the actors its leads name.

The people are in people.py, the figures are claims (claims.py), the timeline has a module of
its own (timeline.py), and so has the engine that finds where sources disagree (disagree.py);
the quotes are in quotes.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.align import SentenceGroup
from generator.lang.schema import LanguageData
from generator.models import Analysis, Cited, Entity
from generator.summary import Stated, fit_for_summary, representative

MAX_FACTS = 8
# Sentences that make up an article's lead when ranking the actors of a story.
LEAD_SENTENCES = 2


def facts(
    groups: Sequence[SentenceGroup], lang: LanguageData, stated: Stated | None = None
) -> tuple[Cited, ...]:
    """Statements that two or more sources make, most supported first. With what each group
    states (`summary.stated_groups`, from the alignment the groups were made from), a source
    counts only when its sentence states what the shown one says (summary.stating), not when
    it merely shares some of its words."""
    cited = []
    for at, group in enumerate(groups):
        if len(group.articles) < 2:
            continue
        if stated is not None:
            shown, sources = stated[at]
        else:
            shown, sources = representative(group, lang), group.articles
        # Shown as a fact, a sentence must stand alone as a summary's does: not a quotation
        # whose speaker it does not name, a question or a caption.
        if len(sources) >= 2 and fit_for_summary(shown.text, lang):
            cited.append((group, Cited(shown.text, sources)))
    cited.sort(key=lambda pair: (-len(pair[1].sources), -pair[0].centrality, pair[1].text))
    return tuple(fact for _, fact in cited[:MAX_FACTS])


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
