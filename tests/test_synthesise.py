"""Synthesis on the seeds and on stories of 2, 3 and many sources from the events fixture."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator import disagree, factbox
from generator import synthesise as synthesise_module
from generator.align import SentenceGroup
from generator.analyse import analyse
from generator.clean import clean
from generator.config import Config
from generator.figures import find_figures
from generator.group import group
from generator.models import Analysis, Group, Related, Sentence, Story
from generator.quotes import quotes_unnamed_speaker
from generator.render import DIGEST_PAGE, PAGE_LIMITS, render
from generator.summary import HEADLINE_MAX_CHARS, fit_for_summary, opens_unresolved, shorten
from generator.synthesise import synthesise
from tests.conftest import ENGLISH, read_sources, write


@pytest.fixture(scope="module")
def seed_story(seed_analyses: tuple[Analysis, ...]) -> Story:
    (story,) = synthesise(group(seed_analyses), seed_analyses, Config())
    return story


def test_headline_is_short_and_names_the_actors(
    seed_story: Story, seed_expected: dict[str, Any]
) -> None:
    assert len(seed_story.headline) <= HEADLINE_MAX_CHARS
    for word in seed_expected["story"]["headline_words"]:
        assert word in seed_story.headline


def test_summary_cites_sources_per_sentence(
    seed_story: Story, seed_expected: dict[str, Any]
) -> None:
    most = seed_expected["story"]["summary_most_sources_min"]
    assert 3 <= len(seed_story.summary) <= 6
    assert all(s.sources for s in seed_story.summary)
    assert any(len(s.sources) >= most for s in seed_story.summary)
    assert not opens_unresolved(seed_story.summary[0].text, ENGLISH)


def test_tariff_figure_shows_its_sources(seed_story: Story, seed_expected: dict[str, Any]) -> None:
    expected = seed_expected["story"]["tariff"]
    tariff = next(
        f for f in seed_story.figures if f.unit == expected["unit"] and f.value == expected["value"]
    )
    assert len(tariff.sources) == expected["sources"]
    assert expected["about"] in tariff.about


def test_leaders_are_one_entity_each_with_roles(
    seed_story: Story, seed_expected: dict[str, Any]
) -> None:
    people = {e.name: e for e in seed_story.entities if e.type == "person"}
    for leader in seed_expected["story"]["leaders"]:
        if "name" in leader:
            person = people[leader["name"]]
        else:
            person = next(e for name, e in people.items() if name.startswith(leader["name_start"]))
        assert person.role == leader["role"] and len(person.sources) == leader["sources"]
        if "alias" in leader:
            assert leader["alias"] in person.aliases
        if "one_entity_named" in leader:
            assert sum(1 for name in people if leader["one_entity_named"] in name) == 1


def test_facts_are_shared_by_two_or_more_sources(seed_story: Story) -> None:
    assert seed_story.facts
    assert all(len(f.sources) >= 2 for f in seed_story.facts)


def test_every_source_has_a_note_with_its_lead(
    seed_story: Story, seed_analyses: tuple[Analysis, ...], seed_expected: dict[str, Any]
) -> None:
    leads = {a.article.id: a.lead for a in seed_analyses}
    assert [n.article for n in seed_story.notes] == list(seed_story.articles)
    for note in seed_story.notes:
        assert note.lead == leads[note.article]
    # Most seeds say something the others do not; a note shows it only when no other source's
    # sentence resembles it (issue 17: a fact told in other words is not news only one has),
    # and only when it is understood alone (a line that opens with a pronoun whose person is
    # named only in the sentences before it is not).
    notes = sum(1 for note in seed_story.notes if note.unique)
    assert notes >= seed_expected["story"]["notes_with_unique_lines_min"]


def test_nothing_from_boilerplate_appears(seed_story: Story, seed_expected: dict[str, Any]) -> None:
    expected = seed_expected["story"]
    texts = [s.text for s in seed_story.summary] + [f.text for f in seed_story.facts]
    texts += [t for n in seed_story.notes for t in n.unique] + [e.text for e in seed_story.timeline]
    for text in texts:
        for words in expected["boilerplate_words"]:
            assert words not in text
        for words in expected["boilerplate_words_any_case"]:
            assert words not in text.lower()


def test_shorten_keeps_the_main_clause() -> None:
    lead = (
        "Norwegian Prime Minister Jane Doe received the visiting president in Oslo on Saturday, "
        "in a rare visit meant to renew their trade pact."
    )
    assert (
        shorten(lead, ENGLISH)
        == "Norwegian Prime Minister Jane Doe received the visiting president in Oslo"
    )


def test_stories_of_two_three_and_many_sources(event_analyses: tuple[Analysis, ...]) -> None:
    stories = synthesise(group(event_analyses), event_analyses, Config())
    sizes = {len(s.articles) - len(s.duplicates) for s in stories}
    assert {1, 2, 3} <= sizes and max(sizes) >= 5
    for story in stories:
        assert len(story.headline) <= HEADLINE_MAX_CHARS
        distinct = len(story.articles) - len(story.duplicates)
        assert 1 <= len(story.summary) <= 6
        if distinct > 1:
            assert all(len(f.sources) >= 2 for f in story.facts)
        assert len(story.notes) == distinct
    dates = [s.last_published for s in stories if s.last_published]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_single_source_stories_can_be_left_out(event_analyses: tuple[Analysis, ...]) -> None:
    stories = synthesise(group(event_analyses), event_analyses, Config(publish_single_source=False))
    assert all(len(s.articles) - len(s.duplicates) > 1 for s in stories)


def test_timeline_and_event_days(seed_story: Story, seed_expected: dict[str, Any]) -> None:
    expected = seed_expected["story"]
    dates = [entry.date for entry in seed_story.timeline]
    assert dates == sorted(dates)
    assert set(expected["timeline_dates"]) <= set(dates)
    # A span of years ("from ... to ...") is no happening of its first year: not shown.
    assert not any(entry.date == expected["span_start_not_shown"] for entry in seed_story.timeline)
    # An undated source's weekday is counted from a day the text does not give: it is not read
    # against another source's date, and its day of arrival is not placed.
    assert not any(entry.date == expected["arrival"]["date"] for entry in seed_story.timeline)
    assert not any(expected["arrival"]["word"] in entry.text for entry in seed_story.timeline)


def test_day_and_title_disagreements(seed_story: Story, seed_expected: dict[str, Any]) -> None:
    day = next(c for c in seed_story.conflicts if c.topic.startswith("Day:"))
    claims = {claim.text: claim.sources for claim in day.claims}
    expected = seed_expected["story"]["day_disagreement"]
    assert set(claims) == set(expected)
    # One source states its day in a sentence of its own, beside a meeting on another day: it
    # still counts on its side.
    assert {day: len(sources) for day, sources in claims.items()} == expected
    # One source gives a person both a former and a present title: that source is on neither
    # side, and no other source differs, so there is no title disagreement.
    assert not any(c.topic.startswith("Title of") for c in seed_story.conflicts)
    assert not any(c.topic.startswith("Figure:") for c in seed_story.conflicts)


def test_a_claim_is_read_from_the_clause_that_states_the_fact() -> None:
    def claims(text: str, context: list[str], published: str | None = None) -> dict[str, set[str]]:
        return {
            k: v for k, (v, _) in disagree.clause_claims(text, context, published, ENGLISH).items()
        }

    context = ["The envoy arrived in Lisbon on Friday for talks with the finance minister."]
    text = (
        "Before meeting the president in Madrid on Monday, the envoy landed in Lisbon on "
        "Saturday for talks with the finance minister."
    )
    assert claims(text, context) == {"Day": {"Saturday"}, "Date": set(), "Tally": set()}
    assert claims("Talks ran from Monday to Wednesday.", context)["Day"] == set()
    # No clause says more of the fact than another: every day named is a claim.
    opening = ["The exhibition opened to the public after a year of delays."]
    both = claims("It opened on Monday and closed on Wednesday.", opening)
    assert both["Day"] == {"Monday", "Wednesday"}
    dated = claims(
        "The envoy, who flew in on March 3, met the minister on March 4.", context, "2025-03-05"
    )
    # The meeting shares "minister" with the fact; written without its year, the date is
    # compared by month and day only.
    assert dated["Date"] == {"--03-04"}
    # A day that dates something the fact does not mention is no claim.
    assert claims("The law, which took effect on June 1, was annulled.", context)["Date"] == set()
    court = ["The court struck down the law on Tuesday."]
    assert claims("The court voted 5-7 to strike down the law.", court)["Tally"] == {"7-5"}
    assert claims("The court struck down the law after 2-3 days.", court)["Tally"] == set()


def test_a_record_or_a_run_is_no_result_of_a_game() -> None:
    def tallies(text: str) -> set[str]:
        return disagree.tallies_in(text, ENGLISH)

    assert tallies("The Rams won 91-73 over the visiting Owls (7-2).") == {"91-73"}
    assert tallies("The Rams beat the Owls, falling to 5-10 on the season.") == set()
    assert tallies("The Rams won after a pivotal 15-2 run late in the game.") == set()
    assert tallies("A late goal gave the Rams a 20-13 lead, and they won.") == set()
    assert tallies("The Rams (10-0) kept a perfect record with a 91-73 win.") == {"91-73"}


def test_tallies_are_not_read_as_figures() -> None:
    sentences = [Sentence("The court ruled 7-6 that the law was void, with 13 judges.", "a", 0, 0)]
    assert [f.value for f in find_figures(sentences, ENGLISH)] == [13.0]


def test_title_disagreements_need_a_rank_word_and_two_sides() -> None:
    conflict = disagree._role_conflict
    sides = conflict(
        "Jane Doe",
        {"a": {"deputy minister"}, "b": {"minister"}, "c": {"minister", "mp"}},
        ENGLISH,
    )
    assert [(c.text, c.sources) for c in sides[0].claims] == [
        ("Deputy minister", ("a",)),
        ("Minister", ("b", "c")),
    ]
    assert conflict("Jane Doe", {"a": {"minister"}, "b": {"shipping minister"}}, ENGLISH) == []
    assert (
        conflict("Jane Doe", {"a": {"former president", "president"}, "b": {"president"}}, ENGLISH)
        == []
    )


def test_hedged_figures_do_not_conflict() -> None:
    def agree(claims: list[set[disagree.Claim]]) -> bool:
        return disagree._Point("Figure", ("Figure",), [], {}, lang=ENGLISH).consistent(claims)

    assert agree([{(1100.0, "more than")}, {(1175.0, None)}])
    assert agree([{(4000.0, "about")}, {(4200.0, None)}])
    assert not agree([{(4000.0, "about")}, {(5000.0, "more than")}])
    assert not agree([{(12.0, None)}, {(14.0, None)}])


def test_stories_kept_between_builds_equal_fresh_ones(
    event_analyses: tuple[Analysis, ...],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    groups = group(event_analyses)
    fresh = synthesise(groups, event_analyses, Config())
    assert synthesise(groups, event_analyses, Config(), cache_dir=tmp_path) == fresh
    # Read back from disk, analyses are equal objects but not the same ones: still a hit.
    reloaded = tuple(pickle.loads(pickle.dumps(a)) for a in event_analyses)
    written: list[str] = []
    real = synthesise_module.synthesise_story

    def counting(story_group: Group, *args: Any) -> Story:
        written.append(story_group.id)
        return real(story_group, *args)

    monkeypatch.setattr(synthesise_module, "synthesise_story", counting)
    assert synthesise(groups, reloaded, Config(), cache_dir=tmp_path) == fresh
    assert written == []
    # One article changed (and so its analysis): only its story is written again; other
    # settings: all of them.
    changed = next(g for g in groups if len(g.articles) > 2)
    target = changed.articles[0]
    edited = tuple(
        replace(a, article=replace(a.article, title="An edited title"))
        if a.article.id == target
        else a
        for a in reloaded
    )
    synthesise(groups, edited, Config(), cache_dir=tmp_path)
    assert written == [changed.id]
    written.clear()
    synthesise(groups, reloaded, Config(summary_sentences=5), cache_dir=tmp_path)
    assert len(written) == len(groups)
    # New stories of a later day relate to old ones: the old stories are not written again,
    # and they carry their new related stories.
    written.clear()
    relating = replace(groups[0], related=(Related(groups[-1].id, "a later story"),))
    again = synthesise([relating, *groups[1:]], reloaded, Config(), cache_dir=tmp_path)
    assert written == []
    assert next(s for s in again if s.id == relating.id).related == relating.related


def test_stories_written_by_workers_equal_stories_written_here(
    event_analyses: tuple[Analysis, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    groups = group(event_analyses)
    here = synthesise(groups, event_analyses, Config(), workers=1)
    monkeypatch.setattr(synthesise_module, "PARALLEL_MIN_STORIES", 2)
    by_workers = synthesise(groups, event_analyses, Config(), workers=2)
    assert len(groups) >= 2 * synthesise_module.CHUNK_STORIES  # both workers write some
    assert by_workers == here


def test_figures_that_are_not_quantities_are_never_compared() -> None:
    """Ages, street numbers, decades and ranks read from real Multi-News stories were once
    taken for disagreeing figures."""
    sentences = [
        Sentence("The band played through the '80s and won its 20th award in 1995.", "a", 0, 0),
    ]
    assert find_figures(sentences, ENGLISH) == ()
    point = disagree._figure_points
    members = (
        Sentence("Kevin Doe, 25, was arrested near the 3300 block of West Avenue.", "a", 0, 0),
        Sentence("Kevin Doe, 30, was arrested near the 3000 block of West Avenue.", "b", 0, 0),
    )
    group = SentenceGroup(members, 1.0)
    numbers = {(s.article, s.index): list(find_figures([s], ENGLISH)) for s in members}
    values = {
        s.article: {(f.value, f.hedge, f.unit) for f in numbers[(s.article, s.index)]}
        for s in members
    }
    nobody = disagree._NamedPeople([], [])
    assert all(not p.claims for p in point(group, numbers, values, nobody, ENGLISH))


def test_a_quotation_cut_at_its_inner_full_stop_is_no_statement_of_fact() -> None:
    """A quotation of several sentences is split at its full stops: its first sentence keeps
    an opening mark and no closing one, its last a closing mark and "he said". Alone, neither
    says who spoke, so neither goes into a summary or the facts the sources agree on."""
    opened = "“The council ignored every warning we sent about the old bridge for years."
    closed = "They simply never answered a single letter from the residents,” he said."
    named = "They simply never answered a single letter from the residents,” Jane Roe said."
    straight = '"The council ignored every warning we sent about the old bridge for years.'
    for text in (opened, closed, straight):
        assert quotes_unnamed_speaker(text, ENGLISH), text
        assert not fit_for_summary(text, ENGLISH), text
    assert not quotes_unnamed_speaker(named, ENGLISH)
    assert fit_for_summary("The council ignored every warning about the old bridge.", ENGLISH)


def test_the_facts_agreed_on_never_list_a_quotation_without_its_speaker() -> None:
    def sentence(article: str, text: str, index: int = 0) -> Sentence:
        return Sentence(text, article, index, index)

    quoted = "“It is remarkable what the council can get away with in this town,” he said."
    stated = "The council closed the old bridge to traffic on Monday after an inspection."
    groups = [
        SentenceGroup((sentence("a", quoted), sentence("b", quoted)), 0.9),
        SentenceGroup((sentence("a", stated, 1), sentence("b", stated, 1)), 0.8),
    ]
    assert [fact.text for fact in factbox.facts(groups, ENGLISH)] == [stated]


def test_a_summary_member_that_names_no_day_counted_from_its_paper_is_shown() -> None:
    """ "Yesterday" is read against the day the digest is read, and a story's sources are of
    different days: of two members stating one fact, the one that names no such day is shown."""
    import numpy as np

    from generator.summary import best_stated, names_relative_day

    relative = "Yesterday the council closed the old bridge to traffic after a failed inspection."
    dated = "On Monday the council closed the old bridge to traffic after a failed inspection."
    members = (Sentence(relative, "a", 0, 0), Sentence(dated, "b", 0, 0))
    group = SentenceGroup(members, 0.9)
    similarity = np.array([[1.0, 0.9], [0.9, 1.0]])
    index = {("a", 0): 0, ("b", 0): 1}
    shown, _ = best_stated(group, similarity, index, ENGLISH)
    assert shown.text == dated
    assert names_relative_day(relative, ENGLISH) and not names_relative_day(dated, ENGLISH)
    # Alone, the member that names one is still shown: the fact is not lost.
    alone = SentenceGroup(members[:1], 0.9)
    assert best_stated(alone, similarity[:1, :1], {("a", 0): 0}, ENGLISH)[0].text == relative


# Sixteen made-up volunteers, more than a fact box shows or the story once kept (twelve names).
VOLUNTEERS = tuple(
    zip(
        "Ana Tomas Lena Pavel Marta Jonas Irene Oskar Nadia Viktor Clara Emil Sofia Hugo Greta "
        "Felix".split(),
        "Brandt Ikeda Moreau Novak Quinlan Rasmussen Sorensen Tavares Ueda Valdez Whitcombe "
        "Yilmaz Zeller Abbott Baptiste Castell".split(),
        strict=True,
    )
)


def test_a_story_keeps_every_name_its_articles_give(tmp_path: Path) -> None:
    """Two sources name sixteen volunteers: the story keeps every one of them, so digest.json
    lists them and the page's "Also named" row holds them (folded past its first names) for the
    search index; the Who row still shows only its first few."""
    lines = [
        "Flood water closed the Kessel bridge on Tuesday, and the council met to plan repairs."
    ]
    lines += [
        f"{first} {last}, a volunteer, said the water rose fast." for first, last in VOLUNTEERS
    ]
    for outlet in ("Daily Courier", "Valley Times"):
        header = (
            f"---\ntitle: Flood closes a bridge\noutlet: {outlet}\npublished: 2026-03-03\n---\n"
        )
        write(tmp_path, f"{outlet}.md", header + "\n\n".join(lines) + "\n")
    analyses = analyse(clean(read_sources(tmp_path)), Config(), workers=1)
    (story,) = synthesise(group(analyses), analyses, Config())
    volunteers = {f"{first} {last}" for first, last in VOLUNTEERS}
    assert {e.name for e in story.entities if e.type == "person"} == volunteers
    pages = {page.path: page.content for page in render((story,), analyses, Config())}
    (entry,) = json.loads(pages[DIGEST_PAGE])["stories"]
    assert volunteers <= {e["name"] for e in entry["entities"]}
    fact_box = pages[f"stories/{story.id}.md"]
    (who,) = [line for line in fact_box.splitlines() if line.startswith("| **Who**")]
    assert sum(name in who for name in volunteers) == PAGE_LIMITS["people_in_fact_box"]
    assert all(name in fact_box for name in volunteers)
