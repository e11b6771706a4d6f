"""People that are people: evidence for every person, one identity per person, roles that are
titles or job nouns (issue 16, point 2). The texts are written for these tests."""

from __future__ import annotations

from dataclasses import replace

from generator.analyse import analyse_article
from generator.config import Config
from generator.entities import demonyms
from generator.models import Analysis, Article, Block, Entity, Keyphrase, Story
from generator.people import entities, parse_name, unify
from tests.conftest import ENGLISH


def _analysis(ident: str, *paragraphs: str) -> Analysis:
    article = Article(
        ident,
        ident,
        f"{ident}.txt",
        None,
        None,
        None,
        None,
        None,
        None,
        "en",
        tuple(Block("p", text, n) for n, text in enumerate(paragraphs, start=1)),
        (),
    )
    return analyse_article(article, Config())


def _people(*analyses: Analysis) -> dict[str, Entity]:
    return {e.name: e for e in entities(analyses, ENGLISH) if e.type == "person"}


def test_acts_events_groups_and_adjectives_are_not_people() -> None:
    people = _people(
        _analysis(
            "a",
            "Lawmakers voted on Tuesday to repeal parts of the Fair Rent Act, a law that "
            "African Americans and older voters rely on, the senator's office said.",
            "The vote came days before the Super Bowl, and critics cited the Fifth Amendment in "
            "their complaint to the Department of Defense.",
            "Governor Maria Lopez said the repeal would hurt families. She spoke in Austin.",
            "An American official and a former Republican aide described the bill as a giant "
            "step backwards.",
        )
    )
    assert set(people) == {"Maria Lopez"}, people
    assert people["Maria Lopez"].role == "Governor"


def test_a_name_needs_evidence_to_be_a_person() -> None:
    people = _people(
        _analysis(
            "a",
            "Shares of Quintell Dynamo rose after Harold Finch, 54, told investors the plan "
            "would work.",
            "The Velvet Horizon tour begins in May, organisers said.",
            "The video was released by Victoria Forward, a conservative political action "
            "committee, and praised by Andrew Paulson, the conservative publisher.",
        )
    )
    assert set(people) == {"Harold Finch", "Andrew Paulson"}


def test_every_form_of_a_name_is_one_person() -> None:
    first = _analysis(
        "a",
        "President Harold Brenner signed the order on Monday.",
        "Brenner said the order would take effect at once.",
    )
    second = _analysis(
        "b",
        "Harold J. Brenner, the president, defended the order.",
        "Mr. Brenner spoke in the Rose Garden, where President Brenner met reporters.",
    )
    people = _people(first, second)
    brenners = [p for p in people.values() if "Brenner" in p.name]
    assert len(brenners) == 1, people
    assert brenners[0].sources == ("a", "b")
    assert {"Brenner", "Harold J. Brenner"} <= {brenners[0].name, *brenners[0].aliases}


def test_a_bare_surname_goes_to_the_one_person_of_that_name_in_play() -> None:
    only_hillary = _analysis(
        "a",
        "Hillary Clinton campaigned in Ohio on Friday.",
        "Clinton told supporters the race was close.",
    )
    both = _analysis(
        "b",
        "Hillary Clinton arrived in Ohio together with Bill Clinton.",
        "Clinton told supporters the race was close.",
    )
    people = _people(only_hillary, both)
    assert "Bill Clinton" in people and "Hillary Clinton" in people
    assert "Clinton" not in people  # never a person of its own, never the wrong one
    assert "Clinton" in people["Hillary Clinton"].aliases
    assert people["Bill Clinton"].sources == ("b",)
    assert "Clinton" not in people["Bill Clinton"].aliases


def test_a_given_name_alone_joins_its_full_name() -> None:
    people = _people(
        _analysis(
            "a",
            "Former President Barack Obama spoke in Chicago on Sunday.",
            "The crowd cheered as President Barack thanked them, aides said.",
        )
    )
    assert [p.name for p in people.values() if "Barack" in p.name] == ["Barack Obama"]


def test_titles_with_of_stay_whole_and_roles_are_titles_or_job_nouns() -> None:
    people = _people(
        _analysis(
            "a",
            "Speaker of the House Ellen Marsh met Secretary of State Victor Hale.",
            "Mark Bauer, however, said the meeting was short.",
            "Lisa Tran, a spokeswoman for the group, declined to comment.",
            "The retail giant Walmart said Tom Reyes for the House was a good choice.",
        )
    )
    assert people["Ellen Marsh"].role == "Speaker of the House"
    assert people["Victor Hale"].role == "Secretary of State"
    assert people["Mark Bauer"].role is None
    assert people["Lisa Tran"].role == "spokeswoman"
    assert "Tom Reyes" in people
    assert not any(name.startswith("of ") or " for " in name for name in people)


def test_days_and_labels_around_a_name_are_not_part_of_it() -> None:
    people = _people(
        _analysis(
            "a",
            "Party chairman Michael Steele Sunday defended his remarks.",
            "Democrat Stacey Plaskett said the remarks were wrong.",
            "President George W. Bush met Justice Anthony M. Kennedy in Houston.",
        )
    )
    assert {"Michael Steele", "Stacey Plaskett", "George W. Bush", "Anthony M. Kennedy"} <= set(
        people
    ), people


def test_a_dateline_and_an_article_open_no_name() -> None:
    """A dateline in capitals before "An" once left "An <demonym>" as a person ("An" is in the
    first-name list); an article word opens no name once the label before it is gone."""
    people = _people(
        _analysis(
            "a",
            "LISBON An Icelandic sailor was rescued off the coast on Sunday, the navy said.",
            "The Icelandic sailor, 41, had been missing for two days.",
        )
    )
    assert not any(name.split()[0] == "An" for name in people), people


def test_a_name_that_is_all_a_quotation_holds_makes_no_person() -> None:
    people = _people(
        _analysis(
            "a",
            "The band's debut album, “Marcus Rides Again,” came out in 1971, singer Jane Roe "
            "said on Friday.",
            'Its second record, "Annie Goes West", sold better.',
            "“Marcus Doe is a friend,” she said, and she thanked “President Tom Kale,” too.",
            "A search for “Lena Fairweather” now shows the painter Lena Fairweather first.",
        )
    )
    assert "Marcus Rides Again" not in people and "Annie Goes West" not in people, people
    # a name quoted as words does not outweigh the evidence of another mention
    assert {"Jane Roe", "Marcus Doe", "Tom Kale", "Lena Fairweather"} <= set(people), people


def test_a_role_phrase_ends_at_a_verb_or_a_preposition_before_it() -> None:
    people = _people(
        _analysis(
            "a",
            "The estimate is far too low, writes marine biologist Vera Lindqvist in a new book.",
            "Two pupils were behind teacher Hal Brennan when the alarm went off.",
            "A stagehand walks past host Tom Kale before the show.",
        )
    )
    roles = {name: entity.role for name, entity in people.items()}
    assert roles == {
        "Vera Lindqvist": "marine biologist",
        "Hal Brennan": "teacher",
        "Tom Kale": "host",
    }, roles


def test_a_name_after_a_noun_of_a_vessel_names_the_vessel() -> None:
    people = _people(
        _analysis(
            "a",
            "Divers aboard the navy ship Mary Lark found the wreck on Monday, officials said.",
            "The Mary Lark will return to port on Friday.",
            "Later the crew went aboard Jane Roe's yacht, captain Tom Kale said.",
        )
    )
    assert "Mary Lark" not in people, people
    assert {"Jane Roe", "Tom Kale"} <= set(people), people


def test_military_ranks_are_titles_not_parts_of_the_name() -> None:
    people = _people(
        _analysis(
            "a",
            "Field Marshal Tom Kale and Major General Ann Roe met on Monday.",
            "Kale said the talks went well, and Roe agreed.",
        )
    )
    assert {n: e.role for n, e in people.items()} == {
        "Tom Kale": "Field Marshal",
        "Ann Roe": "Major General",
    }, people


def test_parse_name_keeps_what_tells_people_apart() -> None:
    assert parse_name("Harold J. Brenner", ENGLISH).key == parse_name("Harold Brenner", ENGLISH).key
    assert parse_name("Bill Clinton", ENGLISH).key == parse_name("William Clinton", ENGLISH).key
    assert parse_name("Bill Clinton", ENGLISH).key != parse_name("Hillary Clinton", ENGLISH).key
    assert (
        parse_name("Harold Brenner Jr.", ENGLISH).key != parse_name("Harold Brenner", ENGLISH).key
    )


def _story(ident: str, people: list[Entity], phrases: list[str]) -> Story:
    return Story(
        ident,
        "Headline",
        (ident,),
        {},
        None,
        None,
        (),
        tuple(Keyphrase(p, 0.1) for p in phrases),
        (),
        tuple(people),
        (),
        (),
        (),
        (),
        (),
    )


def test_one_name_per_person_across_the_site() -> None:
    full = _story(
        "s1", [Entity("Harold J. Brenner", "person", "President", ("Brenner",), ("a",))], []
    )
    plain = _story("s2", [Entity("Harold Brenner", "person", "President", (), ("b",))], [])
    plain_too = replace(plain, id="s3")
    bare = _story(
        "s4",
        [
            Entity("Brenner", "person", "President", (), ("c",)),
            Entity("Miriam Brenner", "person", None, (), ("c",)),
        ],
        ["Brenner", "tariffs"],
    )
    stories = unify([full, plain, plain_too, bare], dict.fromkeys("s1 s2 s3 s4".split(), ENGLISH))
    names = {e.name for s in stories for e in s.entities}
    assert names == {"Harold Brenner", "Miriam Brenner"}
    assert [k.phrase for k in stories[3].keyphrases] == ["Harold Brenner", "tariffs"]
    assert "Harold J. Brenner" in stories[0].entities[0].aliases


def test_tags_name_each_person_once_and_leave_out_days_first_names_and_generic_words() -> None:
    from generator.keyphrases import story_keyphrases

    brenner = Entity(
        "Harold Brenner", "person", "President", ("Brenner", "Harold J. Brenner"), ("a",)
    )
    place = Entity("Georgia", "place", None, (), ("a",))
    per_article = [
        [Keyphrase("Brenner", 0.01), Keyphrase("Monday", 0.02), Keyphrase("tariffs", 0.05)],
        [
            Keyphrase("Harold Brenner", 0.02),
            Keyphrase("Harold J", 0.03),
            Keyphrase("Hope", 0.04),
            Keyphrase("people", 0.05),
            Keyphrase("Adam B", 0.06),
            Keyphrase("Georgia", 0.07),
        ],
    ]
    tags = [k.phrase for k in story_keyphrases(per_article, 10, [brenner, place], ENGLISH)]
    assert tags[0] == "Harold Brenner"
    assert sorted(tags) == ["Georgia", "Harold Brenner", "tariffs"]


def test_the_tag_index_lists_tags_of_several_stories_first() -> None:
    from generator.render import tag_index

    stories = [
        _story("s1", [], ["tariffs", "Harold Brenner"]),
        _story("s2", [], ["Harold Brenner", "steel"]),
        _story("s3", [], ["Harold Brenner", "tariffs"]),
    ]
    index = tag_index(stories)
    assert [(e["tag"], e["stories"]) for e in index] == [("Harold Brenner", 3), ("tariffs", 2)]
    assert index[0]["anchor"] == "tag:harold-brenner"


def test_an_outlet_naming_itself_and_a_short_second_reference_make_no_organisation() -> None:
    reported = _analysis(
        "a",
        "The Harbour City Police Department said two men were arrested after the fire.",
        "The Department said both men would appear in court, a spokesman told the Daily Courier.",
    )
    own = replace(reported, article=replace(reported.article, outlet="dailycourier.com"))
    other = _analysis(
        "b", "Firefighters spoke to the Daily Courier and the Evening Post on Friday."
    )
    found = {e.name: e for e in entities((own, other), ENGLISH) if e.type == "organisation"}
    assert "Department" not in found  # the second reference of the city's police department
    assert "Department" in found["Harbour City Police Department"].aliases
    # Daily Courier's own "told Daily Courier" is no mention; another outlet's is.
    assert found["Daily Courier"].sources == ("b",)


def test_a_kind_of_body_named_alone_is_no_organisation_but_a_body_named_so_is() -> None:
    found = _analysis(
        "a",
        "The Department said on Monday that the Council would meet the Club in the spring.",
        "The Senate said nothing, and the Office gave no reason.",
    )
    shown = {e.name for e in entities((found,), ENGLISH) if e.type == "organisation"}
    assert not shown & {"Department", "Council", "Club", "Office"}, shown
    assert "Senate" in shown


def test_a_place_named_like_a_person_of_the_story_is_not_listed_as_a_place() -> None:
    found = _analysis(
        "a",
        "Officer Ana Cordova said the crowd gathered in Denver on Friday.",
        "Cordova said the march would go on.",
    )
    listed = {(e.name, e.type) for e in entities((found,), ENGLISH)}
    assert ("Cordova", "place") not in listed, listed
    assert ("Denver", "place") in listed


def test_initials_written_without_spaces_stay_in_the_name() -> None:
    found = _analysis(
        "a",
        "The U.S. Coast Guard said the U.N. Refugee Agency had asked for help.",
        "U.S. Rep. Jane Roe said the U.S. wanted answers.",
    ).mentions
    names = {m.name: m for m in found}
    assert names["U.S. Coast Guard"].type == "organisation"  # not "S. Coast Guard"
    assert "U.N. Refugee Agency" in names
    assert names["Jane Roe"].role == "Rep."
    assert not any(name.startswith(("S. ", "N. ")) for name in names)


def test_a_count_of_people_is_not_a_person() -> None:
    """A number word and a plural ("Nine Iraqis") count people; the number word is in the
    name list, and nothing else made it a name. Two demonyms ("Peruvian Canadian") name a group."""
    people = _people(
        _analysis(
            "a",
            "Nine Iraqis were hurt in the blast on Sunday, police said.",
            "Seven Canadians were among the passengers, officials said.",
            "A Peruvian Canadian, 45, was detained in the north, his family said.",
        )
    )
    assert people == {}, people


def test_a_team_named_after_a_city_or_a_mascot_is_an_organisation() -> None:
    found = entities(
        [
            _analysis(
                "a",
                "The San Antonio Spurs signed guard Lucas Moreira on Monday.",
                "Moreira, 24, scored 30 points against the Spurs last season.",
                "Jordan Hawks coach Ana Cordova said she had wanted him for the Hawks.",
                "Serena Williams watched from the stands. The Williams sisters are fans, she said.",
            )
        ],
        ENGLISH,
    )
    kinds = {e.name: e.type for e in found}
    assert kinds.get("San Antonio Spurs") == "organisation", kinds
    assert kinds.get("Jordan Hawks") == "organisation", kinds
    people = {name for name, kind in kinds.items() if kind == "person"}
    assert {"Lucas Moreira", "Ana Cordova", "Serena Williams"} <= people, kinds
    assert not any("Spurs" in name or "Hawks" in name for name in people), kinds


def test_one_person_under_two_spellings_or_with_a_middle_name_is_one_person() -> None:
    """Two given names of two genders ("Daniel", "Daniela"), or apart from their first
    letters ("Jason", "Mason"), stay two people of one family, not one misspelt."""
    first = _analysis(
        "a",
        "Coach Jonathan Pereira said the team would rebuild.",
        "Alison Mei Chen, 34, was named the winner on Friday.",
        "Daniel Ortega, 41, and Daniela Ortega, 39, said they would appeal.",
    )
    second = _analysis(
        "b",
        "Coach Jonathon Pereira said he was proud of his players.",
        "Mei Chen said she was thrilled with the prize.",
        "Jason Reyes, 12, and Mason Reyes, 10, were rescued by Officer Ana Cordova.",
    )
    people = _people(first, second)
    pereiras = [p for p in people.values() if "Pereira" in p.name]
    chens = [p for p in people.values() if "Chen" in p.name]
    assert len(pereiras) == 1 and pereiras[0].sources == ("a", "b"), people
    assert len(chens) == 1 and chens[0].name == "Alison Mei Chen", people
    assert {"Daniel Ortega", "Daniela Ortega", "Jason Reyes", "Mason Reyes"} <= set(people)


def test_a_label_word_before_a_name_takes_the_words_before_it_along() -> None:
    people = _people(
        _analysis(
            "a",
            "Midvale All-American Tom Reyes scored 20 points on Saturday.",
            "Deputy Assistant AG Jane Roe said the case would go ahead.",
        )
    )
    assert {"Tom Reyes", "Jane Roe"} <= set(people), people
    assert not any("All-American" in name or "AG" in name for name in people), people


def test_a_conjunction_or_a_hyphenated_participle_ends_a_role_phrase() -> None:
    people = _people(
        _analysis(
            "a",
            "The hearing was put off because defense attorney Jane Roe was ill.",
            "The club re-hired longtime attorney Tom Reyes on Monday.",
        )
    )
    assert people["Jane Roe"].role == "defense attorney", people
    assert people["Tom Reyes"].role is not None, people
    assert "hired" not in people["Tom Reyes"].role, people


def test_a_word_for_a_people_is_no_place() -> None:
    """Words for a country's or a region's people ("West African", "Thai", "Brits"), a direction
    before one included, and a headline's capitalised phrase that opens with one, are no places;
    the places beside them, a direction before a place's name included, still are."""
    found = _analysis(
        "a",
        "West African and Southeast Asian crews unloaded the catch in Lisbon on Monday.",
        "Thai buyers outbid the Brits, while North Dakotan and Central American traders waited "
        "in North Dakota and in Portugal.",
        "South Africans Cheer Late Goal as East Timorese fans sang in South Sudan.",
    )
    places = {e.name for e in entities((found,), ENGLISH) if e.type == "place"}
    peoples = {
        "West African",
        "Southeast Asian",
        "Thai",
        "Brits",
        "North Dakotan",
        "Central American",
        "East Timorese",
    }
    assert not places & peoples, places & peoples
    assert not any(p.startswith("South Africans") for p in places), places
    assert {"Lisbon", "North Dakota", "Portugal", "South Sudan"} <= places, places


def test_words_for_peoples_are_made_from_the_gazetteer_names_by_rule() -> None:
    """The language's rules make the word for the people of any country, continent or US state
    from its name, singular and plural; no place's own name is one."""
    peoples = demonyms(ENGLISH)
    assert {"chilean", "mexicans", "iraqi", "texan", "oceanian", "new mexican"} <= peoples
    assert {"french", "afghans"} <= peoples  # no rule makes them: the language lists them
    assert not {"guinea", "georgia", "chile", "niger"} & peoples


def test_a_place_the_gazetteer_names_whole_is_a_place_whatever_its_last_word() -> None:
    """A name the gazetteer lists whole is a place though its last word ends the names of
    organisations: "Bank", "News"."""
    found = _analysis(
        "a",
        "Olive growers in the West Bank lost most of their harvest to a late frost.",
        "Welders from Newport News and growers from Gaza and the West Bank met the envoy.",
    )
    kinds = {e.name: e.type for e in entities((found,), ENGLISH)}
    assert kinds["West Bank"] == "place", kinds
    assert kinds["Newport News"] == "place", kinds


def test_what_english_calls_otherwise_is_no_place_for_a_towns_other_name() -> None:
    """A city's other names in the gazetteer that share no word with its own name are
    translations and nicknames ("White House", "Google", "Rest"): read as places, the White
    House and a search engine became places on the places page."""
    found = _analysis(
        "a",
        "Aides at the White House said the search on Google found nothing about the levy.",
        "Rest assured, the clerk said, the levy will be repealed in Boston.",
    )
    places = {e.name for e in entities((found,), ENGLISH) if e.type == "place"}
    assert not {"White House", "Google", "Rest"} & places, places
    assert "Boston" in places, places


def test_a_thing_or_an_outlet_named_after_a_place_is_no_place() -> None:
    """A war, a programme or a newspaper named after a place is none ("Gulf War", "North
    Harbour Programme", "San Marco Courier"); a work's title in quotation marks that is a
    town's name neither; a dateline in capitals keeps its first word ("LOS ANGELES")."""
    found = _analysis(
        "a",
        "LOS ANGELES (Wire) — A veteran of the Gulf War told the San Marco Courier about the "
        "North Harbour Programme.",
        'Her cousin once sang in "Hamilton" before she moved to Denver.',
    )
    kinds = {e.name: e.type for e in entities((found,), ENGLISH)}
    places = {name for name, kind in kinds.items() if kind == "place"}
    assert not {"Gulf War", "North Harbour Programme", "Hamilton", "ANGELES"} & places, places
    assert kinds.get("San Marco Courier") == "organisation", kinds
    assert {"LOS ANGELES", "Denver"} <= places, places


def test_hills_and_harbours_are_places_though_their_names_open_with_a_first_name() -> None:
    """ "Beverly Hills", "Pearl Harbor": the words of a place end them, as "Valley" or "Bay"
    do; a person's surname that is such a word in the singular ("Lauryn Hill") stays hers."""
    found = _analysis(
        "a",
        "The couple kept homes in Aspen and Beverly Hills, their lawyer said.",
        "A lecturer in Ohio studied the storm that sank ships at Pearl Harbor.",
        "The singer Lauryn Hill, 48, opened the gala.",
    )
    kinds = {e.name: e.type for e in entities((found,), ENGLISH)}
    assert {kinds[n] for n in ("Beverly Hills", "Pearl Harbor")} == {"place"}, kinds
    assert kinds["Lauryn Hill"] == "person", kinds


def test_a_house_is_a_body_and_two_bodies_joined_by_and_are_two() -> None:
    """A name ending in "House" names a body ("the Grey House", as "the White House" does),
    never a person's; two bodies joined by "and" are two names; a person "of" or "for" a body
    is a person."""
    found = _analysis(
        "a",
        "Grey House aides said the Grey House and Congress would meet on Monday.",
        "Senator Tom Reyes of the Senate agreed with Jane Roe for the House.",
        "Governor Maria Lopez and Grey House aides left, and the House and Senate adjourned.",
    )
    kinds = {e.name: e.type for e in entities((found,), ENGLISH)}
    assert kinds.get("Grey House") == "organisation", kinds
    assert kinds.get("Congress") == "organisation", kinds
    assert kinds.get("Senate") == "organisation", kinds
    assert kinds.get("Tom Reyes") == "person", kinds
    assert kinds.get("Maria Lopez") == "person", kinds
    assert not any(" and " in name or " of " in name for name in kinds), kinds
