"""One fact, one figure: a story's figure given under two labels, or an age under two forms of
one name, is shown once with every source (generator/figures_box.py)."""

from __future__ import annotations

from generator import claims
from tests.conftest import ENGLISH
from tests.test_claims import analysis


def shown(*texts: str) -> list[tuple[float, tuple[str, ...]]]:
    told = [analysis(chr(ord("a") + i), text) for i, text in enumerate(texts)]
    return [(f.value, f.sources) for f in claims.story_figures(told, ENGLISH)]


def test_one_record_under_two_nouns_is_one_figure() -> None:
    figures = shown(
        "Goalkeeper Lena Varga made 67 saves over 1,245 minutes this season.",
        "Varga was credited with 67 stops in 1,245 minutes of league play.",
    )
    assert [f for f in figures if f[0] == 67.0] == [(67.0, ("a", "b"))]
    # a player's and a team's: two holders of one value stay two figures
    figures = shown(
        "Tomas Reyes ran for 812 yards in the cup.",
        "The Harbor Lions ran for 812 yards in the cup as a team.",
    )
    assert sorted(f for f in figures if f[0] == 812.0) == [(812.0, ("a",)), (812.0, ("b",))]


def test_one_payment_under_two_labels_is_one_figure() -> None:
    figures = shown(
        "The Dunmore Guild sent a cheque for $48,312.55 to the county on Friday.",
        "The Dunmore Guild made a transfer of $48,312.55 on Friday, county clerks said.",
    )
    assert [f for f in figures if f[0] == 48312.55] == [(48312.55, ("a", "b"))]


def test_an_age_under_two_forms_of_one_full_name_is_one_figure() -> None:
    figures = shown(
        "Okonkwo, 41, said the oven had failed twice.",
        "Mira, 41, baked through the night.",
        "Mira Okonkwo, 41, opened the bakery in Pell Street.",
    )
    assert [f for f in figures if f[0] == 41.0] == [(41.0, ("a", "b", "c"))]


def test_a_rank_or_a_share_that_only_says_completely_is_no_figure() -> None:
    told = [
        analysis("a", "Orla Quint ranks fourth with $6 million, ahead of the field."),
        analysis("b", "The harbour master said the spill was 100 percent avoidable."),
    ]
    shown_values = [f.value for f in claims.fact_box_figures(told, ENGLISH)]
    assert 6e6 not in shown_values and 100.0 not in shown_values
