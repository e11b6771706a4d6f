"""Which figures the fact box shows: those a reader can read without their sentence (issue 17)."""

from __future__ import annotations

from generator import claims
from generator.models import Figure
from tests.conftest import ENGLISH
from tests.test_claims import analysis


def _shown(*texts: str) -> list[tuple[float, str, tuple[str, ...]]]:
    """The fact box's figures of one article per text: value, label and sources."""
    articles = [analysis(f"s{i}", text) for i, text in enumerate(texts)]
    return [(f.value, f.about, f.sources) for f in claims.fact_box_figures(articles, ENGLISH)]


def _values(figures: list[tuple[float, str, tuple[str, ...]]]) -> list[float]:
    return [value for value, _, _ in figures]


def test_a_figure_labelled_only_by_its_unit_is_not_shown() -> None:
    text = (
        "The ferry carried 312 passengers when it ran aground.\n"
        "The captain had worked on the route for 14 years.\n"
        "The gap is now 9 percentage points.\n"
        "Repairs will cost $2 million a year."
    )
    assert _values(_shown(text)) == [312.0]


def test_a_share_of_people_with_nothing_said_of_them_is_not_shown() -> None:
    assert _shown("Only 30% of commuters, the council said.") == []
    assert _values(_shown("About 44% of the island's vote went to the mayor.")) == [44.0]
    assert _values(_shown("The plan cut the proposed 25% duties to 15% tariffs.")) == [25.0, 15.0]


def test_a_label_that_opens_its_own_clause_is_not_shown() -> None:
    assert _shown("The fund held $40 million. It dipped again in June.") == []


def test_an_age_is_shown_only_with_whose_it_is() -> None:
    unnamed = "A 52-year-old woman was treated for shock after the ferry ran aground."
    again = "The ferry ran aground and a 52-year-old woman was treated for shock."
    assert _shown(unnamed, again) == []
    named = "Captain Ilse Varga, 61, steered the ferry onto the sandbank."
    assert _shown(named) == [(61.0, "age of Ilse Varga", ("s0",))]


def test_a_unit_only_figure_is_not_shown_however_many_sources_give_it() -> None:
    first = "The ferry carried 312 passengers.\nThe ferry had sailed the route for 14 years."
    second = "For 14 years the ferry had sailed the route to the island without a fault."
    assert len(claims.story_figures([analysis("s0", first), analysis("s1", second)], ENGLISH)) == 2
    assert _shown(first, second) == [(312.0, "passengers carried", ("s0",))]


def test_a_figure_left_out_frees_no_place_for_a_less_prominent_one() -> None:
    prominent = [f"Crews cleared {n} roads in district {chr(65 + n)}." for n in range(11, 18)]
    text = "\n".join(
        ["The mayor had led the town for 9 years.", *prominent, "Volunteers baked 250 pies."]
    )
    every = claims.story_figures([analysis("s0", text)], ENGLISH)
    assert len(every) == claims.MAX_FIGURES and 250.0 not in [f.value for f in every]
    shown = claims.fact_box_figures([analysis("s0", text)], ENGLISH)
    assert [f.value for f in shown] == [float(n) for n in range(11, 18)]
    assert all(isinstance(f, Figure) and f.about for f in shown)


def test_a_toll_whose_verb_follows_an_auxiliary_is_shown_with_its_event() -> None:
    assert _shown("14 people have died since the ferry ran aground.") == [
        (14.0, "people dead", ("s0",))
    ]
    assert _shown("Coastguards said 9 people are dead.") == [(9.0, "people dead", ("s0",))]
    assert _shown("More than 40 people have now been arrested.") == [
        (40.0, "people arrested", ("s0",))
    ]


def test_a_figure_is_labelled_by_any_source_that_says_what_it_counts() -> None:
    first = "A total of 87 people had died along the coast, rescuers said."
    second = "As many as 87 people died along the coast on Friday."
    [(value, about, sources)] = _shown(first, second)
    assert (value, about.split()[:2], sources) == (87.0, ["people", "died"], ("s0", "s1"))


def test_points_alone_are_what_was_scored_or_lost() -> None:
    assert _values(_shown("The index fell 340 points.")) == [340.0]
    assert _shown("The gap is now 9 percentage points.") == []


def test_a_share_of_people_something_is_said_of_is_shown() -> None:
    assert _values(_shown("A survey found 61 percent of farmers back the levy.")) == [61.0]


def test_a_count_after_an_adverb_of_change_is_no_margin() -> None:
    made = claims.claims_by_article([analysis("s0", "The index was down by 7 points.")], ENGLISH)
    assert [c.about for c in made["s0"]] == ["points"]
    ahead = claims.claims_by_article([analysis("s0", "She won the seat by 7 points.")], ENGLISH)
    assert [c.about for c in ahead["s0"]] == ["point margin"]


def test_a_penalty_is_shown_with_its_verb() -> None:
    assert _shown("The skipper was sentenced to 8 years in prison.") == [
        (8.0, "years sentenced", ("s0",))
    ]
    assert _shown("The skipper was jailed for 3 years.") == [(3.0, "years jailed", ("s0",))]
    assert _shown("The ferry had sailed the route for 14 years.") == []
