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


def test_points_are_shown_only_with_what_scored_them() -> None:
    assert _values(_shown("Ada Lind scored 23 points in the final.")) == [23.0]
    assert _shown("The gauge slid 340 points.") == []
    assert _shown("The gap is now 9 percentage points.") == []


def test_a_share_of_people_something_is_said_of_is_shown() -> None:
    assert _values(_shown("A survey found 61 percent of farmers disagree.")) == [61.0]
    assert _values(_shown("A survey found 61 percent of farmers back higher tariffs.")) == [61.0]


def test_a_share_whose_label_cuts_what_is_said_of_its_people_is_not_shown() -> None:
    assert _shown("A survey found 61 percent of farmers back the levy.") == []
    assert _shown("A survey found 61 percent of the farmers polled.") == []
    assert _shown("Just 13% of registered farmers in the survey approved.") == []
    assert _shown("A tenth of them, or 7 percent of the remaining growers, agreed.") == []


def test_a_share_of_a_whole_body_of_people_is_a_share_of_people() -> None:
    assert _shown("She said 20 percent of the valley's population would leave.") == []
    assert _shown("Perhaps 10 to 15 percent of the island's population might leave.") == []


def test_a_share_compared_with_an_earlier_one_takes_its_base_and_is_not_shown() -> None:
    text = "Here 51 percent of respondents backed Ada Lind, versus 39 percent for Bo Crane."
    assert 39.0 not in _values(_shown(text))


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


def test_a_label_that_is_a_verb_alone_is_not_shown() -> None:
    assert _shown("The charity hid three gifts that totaled $4.2 million.") == []
    assert _shown("By the end the rebel slate had received 48.7 percent.") == []
    assert _shown("She had 900 delegates, short of the 1,234 needed to win.") == [
        (900.0, "delegates", ("s0",))
    ]
    # A happening a count counts, a verb of money for money, a unit with its verb stay.
    assert _values(_shown("The storm left 17 injured.")) == [17.0]
    assert _values(_shown("The club has raised $2 million.")) == [2000000.0]
    assert _values(_shown("The crew worked 30 hours straight.")) == [30.0]


def test_a_share_labelled_by_a_verb_and_its_object_is_not_shown() -> None:
    assert _shown("Ada Lind trails Bo Crane with 16 percent in the latest count.") == []
    assert _shown("Then Lind follows Crane with 16 percent in the latest count.") == []
    assert _values(_shown("The latest count shows Bo Crane at 16 percent.")) == [16.0]
    assert _values(_shown("Rival candidate Bo Crane has 44% in the latest count.")) == [44.0]


def test_a_share_whose_holder_opens_a_relative_clause_is_shown_with_its_holder() -> None:
    # The name is the relative clause's subject: the share is hers, not the verb's object.
    assert _shown("Bo Crane now trails Ada Lind, who has 47 percent.") == [
        (47.0, "Ada Lind", ("s0",))
    ]


def test_a_label_opening_with_a_pronoun_and_its_verb_is_not_shown() -> None:
    assert _shown("The tycoon insists he's worth $9 billion.") == []


def test_a_figure_with_only_a_word_or_two_beside_it_is_not_shown() -> None:
    assert _shown("Opposed 33%.") == []
    assert _shown("Sure, 100 percent.") == []


def test_a_measure_with_its_direction_or_a_length_alone_is_not_shown() -> None:
    assert _shown("The new fence might be 14 feet high.") == []
    assert _shown("He drove three hours north to the coast.") == []
    assert _shown("The audit ran over a 40-minute period on Sunday.") == []
    assert _shown("The file runs to about 1,500 pages.") == []


def test_a_change_in_percent_and_the_money_it_ended_at_are_no_range() -> None:
    text = "Sales at the mill slid 2.4 percent to $81.5 million in May."
    made = claims.claims_by_article([analysis("s0", text)], ENGLISH)["s0"]
    assert [(c.value, c.unit, c.hedge) for c in made] == [
        (2.4, "%", None),
        (81500000.0, "USD", None),
    ]


def test_a_tally_with_its_unit_written_once_after_it_counts_no_side() -> None:
    text = "The survey has Ada Lind beating Bo Crane 47 to 42 percent."
    made = claims.claims_by_article([analysis("s0", text)], ENGLISH)["s0"]
    assert all(not c.thing for c in made if c.value in (47.0, 42.0))
    assert _shown(text) == []


def test_a_clause_set_off_by_a_comma_lends_no_words_to_a_share_after_its_verb() -> None:
    text = "Ada Lind, who won over the farmers of Lake County, pulled almost 70 percent."
    assert _shown(text) == []
    assert _shown("Bo Crane came third in Lake County, getting just 14 percent.") == []
    assert _values(_shown("The county had the highest rate, around 97 percent.")) == [97.0]


def test_a_share_someone_could_earn_if_is_hypothetical() -> None:
    text = "Ada Lind would stand alone if she could win 12 percent of the county vote."
    assert _shown(text) == [(12.0, "county vote (hypothetical)", ("s0",))]


def test_a_bound_the_clause_denies_is_not_shown() -> None:
    assert _shown("The board isn't going to hire more than 3 guards this year.") == []
    assert _values(_shown("The board will hire no more than 3 guards this year.")) == [3.0]


def test_the_whole_of_a_fraction_is_not_shown() -> None:
    assert _shown("Lind held a lead of less than half of 1 percent at noon.") == []


def test_a_label_of_a_prepositions_noun_and_a_verb_is_not_shown() -> None:
    text = "Rivals still named on the ballot received 6.4 percent in the county."
    assert _shown(text) == []
    assert _values(_shown("Ada Lind received 48.7 percent in the county.")) == [48.7]


def test_a_label_with_a_pronoun_and_its_verb_after_the_unit_is_not_shown() -> None:
    assert _shown("Over the past three weeks he's been running radio spots.") == []
    assert _values(_shown("She counted the 23 steps he took to the door.")) == [23.0]


def test_a_label_that_denies_its_figure_is_not_shown() -> None:
    assert _shown("Even here Ada Lind could not break 50 percent.") == []


def test_grand_counts_no_thing() -> None:
    assert _shown("Students who spend 100 grand on a degree complain.") == []


def test_a_share_whose_one_hyphened_verb_is_cut_from_its_object_is_not_shown() -> None:
    assert _shown("In the valley, 43 percent of farmers self-identify as growers.") == []


def test_a_measure_named_by_a_noun_with_its_own_of_phrase_keeps_it() -> None:
    assert _shown("Its margin of error of 3.8 points was wide.") == [
        (3.8, "margin of error in points", ("s0",))
    ]


def test_a_short_sentence_with_a_subject_and_its_verb_is_no_table_cell() -> None:
    # Review of session 13: a sentence of a subject, a verb and a figure says what it counts.
    assert _values(_shown("Turnout was 61 percent.")) == [61.0]
    assert _values(_shown("Donations totaled $2 million.")) == [2000000.0]


def test_money_passed_by_a_verb_of_paying_says_what_it_is() -> None:
    # Review of session 13: a fine, an award, a debt or a gift is money a verb names.
    assert _values(_shown("Okafor was fined $5,000.")) == [5000.0]
    assert _values(_shown("The jury awarded the family $2 million.")) == [2000000.0]


def test_a_figure_labelled_only_by_the_name_of_a_quantity_is_not_shown() -> None:
    """ "163 number rose", "38% increase", "47% latest count": the label names the quantity
    itself, not what it counts; "voters" or "roads cleared" say what."""
    assert _shown("The number rose to 163 by Friday.") == []
    assert _shown("Ticket sales were up, a 38% increase.") == []
    assert _shown("The total stood at 47 percent in the latest count.") == []
    assert _values(_shown("The number of voters reached 163.")) == [163.0]
    assert _values(_shown("Crews cleared 312 roads.")) == [312.0]
