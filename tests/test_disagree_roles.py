"""Named values of one slot told two ways (issue 17): one quotation credited to two holders of
one title, one named thing given two colours. Every text here is made up."""

from __future__ import annotations

from generator.models import Entity
from tests.test_claims import _shown, analysis

QUOTE = "“We have heard about the trouble at the depot and will look into it,”"
CREDITED = f"{QUOTE} harbour director R.T. Venn said in a statement."
# The same holder's initials with another surname: one outlet mistook the surname.
ORST = "RT Orst"


def _sides(*texts: str, entities: tuple[Entity, ...] = ()) -> list[list[object]]:
    """Each shown disagreement's kind and sides, of undated articles (one per text)."""
    analyses = [analysis(chr(ord("a") + n), text, None) for n, text in enumerate(texts)]
    return [
        [conflict.topic.split(",")[0], *((c.text, c.sources) for c in conflict.claims)]
        for conflict in _shown(*analyses, people=entities)
    ]


def test_one_quotation_credited_to_two_holders_of_one_title_disagrees_and_only_it() -> None:
    other = f"{QUOTE} port authority harbour director {ORST} said."
    assert _sides(CREDITED, other) == [
        ["Name: the harbour director quoted", ("RT Orst", ("b",)), ("R.T. Venn", ("a",))]
    ]
    # Initials cut from the name by the sentence splitter, and the title after "said".
    cut = f"{QUOTE} harbour director R.T.\nVenn said."
    after = f"{QUOTE} said harbour director R.T. Orst."
    assert _sides(cut, after) == [
        ["Name: the harbour director quoted", ("R.T. Orst", ("b",)), ("R.T. Venn", ("a",))]
    ]
    # A statement introduced by a sentence ending in a colon.
    colon = f"Harbour director R.T. Orst issued a statement:\n{QUOTE}"
    assert _sides(CREDITED, colon) == [
        ["Name: the harbour director quoted", ("R.T. Orst", ("b",)), ("R.T. Venn", ("a",))]
    ]
    # But not two titles: a deputy may read out the director's words, or two people said them.
    assert _sides(CREDITED, f"{QUOTE} deputy director R.T. Orst said.") == []
    assert _sides(CREDITED, f"{QUOTE} union leader R.T. Orst said.") == []
    # Other words: two people quoted in one story.
    assert (
        _sides(CREDITED, "“The depot will reopen on Monday,” harbour director R.T. Orst said.")
        == []
    )
    # A source that names both knows two people, who may both have said it.
    both = f"{QUOTE} harbour director R.T. Orst said.\nVenn, her predecessor, agreed."
    assert _sides(CREDITED, both) == []
    # Two first names: two people who may both have said it (a joint statement).
    assert _sides(CREDITED, f"{QUOTE} harbour director Mila Orst said.") == []
    # No title: who the speaker is is not shown.
    assert _sides(CREDITED, f"{QUOTE} R.T. Orst said.") == []


def test_one_named_thing_given_two_colours_disagrees_and_only_it() -> None:
    first = "A witness saw a silver Palomar Coupe speeding away from the depot."
    second = "Police say the driver fled in a grey 2019 Palomar Coupe heading east."
    third = "The gray Palomar Coupe was found abandoned."
    assert _sides(first, second, third) == [
        ["Colour: the colour of the Palomar Coupe", ("gray", ("b", "c")), ("silver", ("a",))]
    ]
    # But not one colour refined ("dark blue" is blue), nor colours of two things, a group's
    # or a name's.
    assert _sides("She drove a dark blue Palomar Coupe.", "She drove a blue Palomar Coupe.") == []
    # A source that gives two colours tells two things.
    two = "A red Palomar Coupe and a silver Palomar Coupe were parked outside."
    assert _sides(first, two) == []
    # A name that modifies a noun after it: two jerseys of one race.
    assert _sides("She wore a red Tourmont jersey.", "She wore a blue Tourmont jersey.") == []
    # A group of people, a capitalised colour (a name), a person of the story.
    assert _sides("A white Democrat won the seat.", "A black Democrat won the seat.") == []
    assert _sides("He works at the White House.", "He left the Blue House.") == []
    venn = Entity("Ada Venn", "person", None, (), ("a", "b"))
    assert _sides("The black Venn sedan ...", "A green Venn was seen.", entities=(venn,)) == []


def test_colours_of_a_thing_told_as_someone_s_and_as_another_s_are_of_two_things() -> None:
    # One model, one car named by its owner: the driver's car and a victim's may be two.
    drove = "The driver fled in a silver Palomar Coupe, police said."
    assert _sides(drove, "A victim's grey Palomar Coupe was hit by bullets.") == []
    assert _sides("His silver Palomar Coupe was towed.", "Her gray Palomar Coupe was towed.") == []
    # One owner both times: still one car given two colours.
    assert (
        len(_sides("His silver Palomar Coupe was towed.", "His gray Palomar Coupe was towed.")) == 1
    )
