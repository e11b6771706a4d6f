"""Which dated happenings are a story's own news by who did them (issue 17): in a story of one
report, a happening that someone the lead does not name did before the lead's day, to something
it does not name, is background. The sentences are made up; each stands for a kind of entry seen
on real articles."""

from __future__ import annotations

from dataclasses import replace

from generator.config import Config
from generator.models import Analysis, Group
from generator.synthesise import synthesise_story
from tests.test_timeline import one_source

# A Thursday.
PUBLISHED = "2016-06-09"
LEAD = "The Harrow council approved the ferry levy on Wednesday after a long night."


def shown(*analyses: Analysis) -> list[tuple[str, str, str]]:
    """(date, kind, sentence) of what a story of these articles shows on its timeline."""
    group = Group("event", tuple(a.article.id for a in analyses), {})
    story = synthesise_story(group, {a.article.id: a for a in analyses}, Config())
    return [(e.date, e.kind, e.text) for e in story.timeline]


def test_what_someone_the_lead_does_not_name_did_before_the_lead_is_background() -> None:
    # a rival's outing two days before the vote the lead reports
    outing = "Orla Fenwick toured the salt marshes with her grandchildren on Monday."
    assert shown(one_source([LEAD, outing], PUBLISHED)) == [
        ("2016-06-06", "background", outing),
        ("2016-06-08", "event", LEAD),
    ]


def test_the_leads_people_its_matter_and_what_came_after_stay_the_storys_own() -> None:
    lead = "Councillor Bram Tessaly and the Harrow council approved the ferry levy on Wednesday."
    # the lead names who did it
    named = "On Monday, Tessaly walked out of a hearing on the harbour."
    # someone else acted on the lead's matter
    matter = "Skipper Ione Castell filed a rival levy on Tuesday."
    # someone else acted after the lead: a consequence or a reaction
    after = "Harbour master Ilse Brandt closed the north quay on Thursday."
    # no name: a noun that points back to the story's matter
    unnamed = "The vote was delayed twice on Tuesday."
    # beside them, someone no lead names did something else before the lead
    outing = "Orla Fenwick toured the salt marshes on Tuesday."
    story = one_source([lead, named, matter, after, unnamed, outing], PUBLISHED)
    assert sorted(shown(story)) == [
        ("2016-06-06", "event", named),
        ("2016-06-07", "background", outing),
        ("2016-06-07", "event", matter),
        ("2016-06-07", "event", unnamed),
        ("2016-06-08", "event", lead),
        ("2016-06-09", "event", after),
    ]


def test_a_story_of_several_reports_or_an_undated_lead_leaves_the_entry() -> None:
    outing = "Orla Fenwick toured the salt marshes with her grandchildren on Monday."
    # a lead that dates no day: nothing tells what came before the news
    undated = one_source(["The Harrow council has approved the ferry levy.", outing], PUBLISHED)
    assert ("2016-06-06", "event", outing) in shown(undated)
    # one report: the outing led up to its news; beside another report, it may be a step of
    # the news the other leads with or names elsewhere
    first = one_source([LEAD, outing], PUBLISHED)
    assert ("2016-06-06", "background", outing) in shown(first)
    other = another_source(one_source([LEAD, "Fenwick spoke against the levy."], PUBLISHED), "c")
    assert ("2016-06-06", "event", outing) in shown(first, other)


def another_source(analysis: Analysis, ident: str) -> Analysis:
    """The same article as told by another source, `ident`."""
    return replace(
        analysis,
        article=replace(analysis.article, id=ident, slug=ident),
        sentences=tuple(replace(s, article=ident) for s in analysis.sentences),
    )
