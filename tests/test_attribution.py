"""Who said what: quotation speakers by the grammar of attribution, and quotes per story.

The grammar cases are sentences written for these tests (invented people). The floors are
measured on PolNeAR's held-out half (../shared/eval/polnear, never copied here), whose speakers
a reader resolved where the annotation gives only a pronoun or a description
(tests/fixtures/polnear/resolved.jsonl).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import people
from generator.analyse import analyse
from generator.clean import clean
from generator.config import Config
from generator.models import Analysis, Entity
from generator.quotes import story_quotes
from tests.conftest import ENGLISH, read_sources, write

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
# Held-out PolNeAR floors (issue 16): where we name a speaker, it is the right person at least
# this often; and at least this share of named direct quotations is found with its speaker
# (measured 0.968 and 0.697 when last raised).
SPEAKER_PRECISION_FLOOR = 0.96
NAMED_DIRECT_RECALL_FLOOR = 0.67


def analysed(folder: Path, *bodies: str) -> tuple[Analysis, ...]:
    paths = [
        write(folder, f"a{n}.md", f"---\ntitle: Article {n}\noutlet: Outlet {n}\n---\n\n{body}\n")
        for n, body in enumerate(bodies)
    ]
    return analyse(clean(read_sources(*paths)), Config(), workers=1)


def speakers(folder: Path, body: str) -> dict[str, str | None]:
    (analysis,) = analysed(folder, body)
    return {" ".join(quote.text.split()[:4]): quote.speaker for quote in analysis.quotes}


def test_the_subject_of_the_verb_not_the_nearest_name(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Maria Lindqvist represents the families of the crew.\n\n"
        "“This has to be the first time that a port authority has hidden its own inspection "
        "reports from a court,” said Lindqvist’s colleague Tomas Berglund, a lawyer at the "
        "Harbour Rights Centre.\n\n"
        "Senator Ruth Okafor, a close ally of Governor Dan Whitlow, told reporters: “We are "
        "not going to stand by while the harbour is sold off piece by piece.”",
    )
    assert found["This has to be"] == "Tomas Berglund"
    assert found["We are not going"] == "Ruth Okafor"


def test_pronouns_go_to_a_person_of_the_right_gender_or_to_nobody(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Anna Berg, the harbour master, spoke after Paul Rask at the hearing.\n\n"
        "Rask left before the vote.\n\n"
        "“We warned the council about the cracks in the seawall three winters ago,” she said.\n\n"
        "The Harbour Board met again on Friday.\n\n"
        "Jonas Vik and Erik Holm both spoke at that meeting.\n\n"
        "“The repairs will take at least two years to finish properly,” he said.",
    )
    assert found["We warned the council"] == "Anna Berg"
    assert found["The repairs will take"] is None  # two men just named: no guess


def test_a_surname_two_people_share_is_not_given_to_either(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Bill Hartley and Joan Hartley run the ferry company together.\n\n"
        "“We have never missed a crossing in thirty years of service,” Hartley said.",
    )
    assert found["We have never missed"] not in ("Bill Hartley", "Joan Hartley")


def test_titles_and_scare_quotes_are_not_quotations(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "The documentary “The Long Walk Home to the Sea and Back Again” opened in March "
        "to good reviews.\n\n"
        "“The plan will not survive the winter storms,” a spokesman for the board said.",
    )
    assert list(found) == ["The plan will not"]
    assert found["The plan will not"] is None  # a spokesman: speaker not stated


def test_reported_speech_participles_and_quotations_over_sentences(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Marek Dolan criticised the ruling on Tuesday, saying it “ignored every warning the "
        "council had given since the spring.”\n\n"
        "Ilse Jansen said the court had been “careless with the facts of this case from the "
        "very start.”\n\n"
        "Jansen added: “We will appeal. The ruling ignores what the engineers told the court "
        "under oath.”",
    )
    assert found["ignored every warning the"] == "Marek Dolan"
    assert found["careless with the facts"] == "Ilse Jansen"
    appeal = next(text for text in found if text.startswith("We will appeal"))
    assert found[appeal] == "Ilse Jansen"


def test_a_speaker_after_the_verb_keeps_initials_and_short_titles(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "The council met on Monday to vote on the harbour budget.\n\n"
        "“We cannot keep paying for repairs that never get finished,” said Sen. Mara K. "
        "Ostrander (D-Vt.), who chairs the panel.\n\n"
        "“The port has waited long enough for an honest answer from them,” said Gov. Tobias "
        "Wren of Maine.",
    )
    assert found["We cannot keep paying"] == "Mara K. Ostrander"
    assert found["The port has waited"] == "Tobias Wren"


def test_a_quotation_that_runs_on_is_not_attributed_by_its_own_words(tmp_path: Path) -> None:
    # The second sentence of the running quotation is no attribution of it: its "States" is
    # a name, not a verb of speech.
    found = speakers(
        tmp_path,
        "Independent candidate Rosa Calloway spoke at a diner in Bangor.\n\n"
        "“What an odd contest,” Calloway said, waving at the diners. “Would you believe how "
        "odd it is? I may be mayor of the Isles and States of Korvia soon. That is how odd!”",
    )
    assert found["Would you believe how"] == "Rosa Calloway"


def test_the_subject_right_before_the_verb_and_not_the_one_a_noun_belongs_to(
    tmp_path: Path,
) -> None:
    found = speakers(
        tmp_path,
        "Senator Lena Marsh toured the flooded district on Monday with Mayor Carl Udo.\n\n"
        "A spokesman for Lena Marsh said: “We will not comment on the budget until the vote "
        "is done.”\n\n"
        "At one point, a resident asked for a photo and Udo said, “as long as we are not "
        "breaking any rules here.”\n\n"
        "“Is this a priority for them because it is an election year, or because they truly "
        "believe in it?” Marsh said at a press conference.",
    )
    assert found["We will not comment"] is None  # the spokesman spoke, unnamed
    assert found["as long as we"] == "Carl Udo"
    assert found["Is this a priority"] == "Lena Marsh"


def test_a_name_of_unknown_kind_speaks_only_as_the_whole_subject(tmp_path: Path) -> None:
    # Surnames never written with a first name or a title: the analysis cannot tell what they
    # name, but as the whole subject of a verb of speech they are who spoke.
    found = speakers(
        tmp_path,
        "The show's host pressed the governor on the flood defences during the broadcast.\n\n"
        "“You will have to ask the river about that one, not me,” Ostrander said of the "
        "levees.\n\n"
        "“Nobody on this panel has read the engineers' report yet,” said Quillfeather.\n\n"
        "“We expect the count to be finished before the end of the week,” a Brannigan "
        "campaign aide said.\n\n"
        "Democrats said: “The budget for the levees has been cut three years in a row now.”",
    )
    assert found["You will have to"] == "Ostrander"
    assert found["Nobody on this panel"] == "Quillfeather"
    assert found["We expect the count"] is None  # an aide, unnamed
    assert found["The budget for the"] is None  # a party is no speaker's name


def test_a_run_of_pronouns_and_a_participle_keep_the_speaker(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Paul Brandt, the governor, toured the harbour on Monday.\n\n"
        "He met the fishermen first. He then walked along the broken seawall. He spoke to the "
        "engineers for an hour.\n\n"
        "“We will rebuild every metre of it before the winter comes,” he said, adding, “and "
        "nobody will pay a cent more in harbour fees.”\n\n"
        "Mayor Lena Moss was there too.\n\n"
        "She wrote to the council on Tuesday, saying that “the harbour cannot wait another "
        "winter for its repairs.”\n\n"
        "Jordan Vex, the harbour pilot, came later. They stayed. They left. They spoke.\n\n"
        "“The channel has silted up faster than anyone thought it would,” she said.",
    )
    assert found["We will rebuild every"] == "Paul Brandt"
    assert found["and nobody will pay"] == "Paul Brandt"
    assert found["the harbour cannot wait"] == "Lena Moss"
    # Nothing says Jordan Vex is a woman, and three sentences have passed: no guess.
    assert found["The channel has silted"] is None


def test_a_family_name_two_people_share_is_never_guessed(tmp_path: Path) -> None:
    # "Mr. Halvorsen" right after the father is named is not the story's main Halvorsen; far
    # from him, the bare name is the main one, named first; an honorific tells the wife.
    analyses = analysed(
        tmp_path,
        "Donald Halvorsen opened his third hotel in Ohio on Monday.\n\n"
        "His father, Fred Halvorsen, built apartments in Queens decades ago.\n\n"
        "“We never borrowed a dollar we could not pay back within the year,” Mr. Halvorsen "
        "said in a 1978 interview.\n\n"
        "The new hotel has 300 rooms. It cost $40 million. Work took two years.\n\n"
        "“This is the finest hotel the state has seen in a generation,” Halvorsen said.\n\n"
        "Marta Quist and her husband, Leon Quist, run the bakery next door.\n\n"
        "“We have had more customers in one week than in the whole of last year,” Mrs. Quist "
        "said.\n\n"
        "Ana Ruiz said Paul Brandt would win the county easily.\n\n"
        "“I think the voters are just waiting to be asked,” she said.",
        "Donald Halvorsen opened a hotel in Ohio on Monday.\n\n"
        "“We will open two more before the end of next year,” Halvorsen said.",
    )
    entities = [e for e in people.entities(analyses, ENGLISH) if e.type == "person"]
    shown = {" ".join(q.text.split()[:4]): q.speaker for q in story_quotes(analyses, entities, [])}
    assert shown["We never borrowed a"] is None
    assert shown["This is the finest"] == "Donald Halvorsen"
    assert shown["We have had more"] == "Marta Quist"
    assert shown["I think the voters"] == "Ana Ruiz"  # the subject of "said", not of its clause


def test_the_speaker_is_the_subject_of_the_verb_not_of_what_was_said(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Party chairman Mark Oster drew fierce criticism on Friday.\n\n"
        'Appearing on "Harbour Hour," Sen. Jim Calder, R-Maine, stopped short of that but said '
        "Oster owed the crews an apology. “Chairman Oster should apologise to every crew on "
        "the water and to their families,” he said.\n\n"
        "Oster's spokeswoman answered the senator in an email on Saturday, saying that “the "
        "chairman has nothing to apologize for and will not do so.”\n\n"
        "Tom Reyes Jr., the mayor's son, runs the family firm. His father, Tom Reyes, retired "
        "in May. The firm has 40 staff. It builds boats.\n\n"
        "“We will double the size of the yard before the end of next year,” Reyes said.",
    )
    assert found["Chairman Oster should apologise"] == "Jim Calder"
    assert found["the chairman has nothing"] is None  # his spokeswoman, unnamed
    # A suffix is no family name: the bare name is the son's, whom the article is about.
    assert found["We will double the"] == "Tom Reyes Jr"


def test_party_tags_organisations_documents_and_introductions(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "The storm flooded the harbour district on Monday night, and the Coastal Safety Agency "
        "sent inspectors.\n\n"
        "Rep. Omar Teller, D-N.Y., said: “The federal money has to reach these towns within "
        "days, not months.”\n\n"
        "“It is too early to say what the repairs will cost the county in the end,” the agency "
        "said.\n\n"
        "The Harbour Board released a statement on Tuesday. “All ferries will stay in port "
        "until the seawall is inspected by engineers,” the statement said.\n\n"
        "“Nobody has told us when the ferries will run again this month,” the company said.\n\n"
        "In a letter to residents, Councillor Pavel Brandt added:\n\n"
        "“We owe the volunteers more than thanks for what they did that night.”",
    )
    assert found["The federal money has"] == "Omar Teller"
    assert found["It is too early"] == "Coastal Safety Agency"
    assert found["All ferries will stay"] == "Harbour Board"
    assert found["Nobody has told us"] is None  # no company is named
    assert found["We owe the volunteers"] == "Pavel Brandt"


def test_a_role_between_names_and_a_name_inside_a_quotation(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Senator Jane Marlow is running for governor.\n\n"
        "Marlow spokesman Tom Reyes wouldn't say when the senator will name a running mate. "
        "“I have nothing new to share on that yet,” he said.\n\n"
        "But Marlow campaign chairman Paul Ostrander said the senator's appeal would cross "
        "party lines. “Our view is that the case Jane Marlow makes will carry in every "
        "county,” he told a rally in the square, and then promised: “Our numbers among "
        "first-time voters will keep climbing every single week.”\n\n"
        "Marlow has no standing to judge that “on her own terms,” Ostrander added, saying the "
        "choice belongs “to the voters of this county and to nobody else at all.”",
    )
    assert found["I have nothing new"] == "Tom Reyes"
    assert found["Our numbers among first-time"] == "Paul Ostrander"
    assert found["to the voters of"] == "Paul Ostrander"


def test_documents_titles_with_of_auxiliaries_and_a_describing_subject(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Senator Jane Marlow toured the quay on Monday.\n\n"
        "The Harbour Board released a terse statement late on Friday saying the ferries would "
        "“stay in port until every engineer has signed off on the seawall.”\n\n"
        "“Nobody expected the water to rise so fast that night,” said former secretary of "
        "state Ana Ruiz, who lives on the quay.\n\n"
        "Sen. Tom Reyes (Vt.) has said that he would “rebuild every metre of the seawall with "
        "federal money if he must.”\n\n"
        "Marlow, a top aide said, “is quite sure of the vote on the harbour levy” next "
        "week, and since May she has often told reporters that “the town cannot wait for the "
        "county to act.”",
    )
    assert found["stay in port until"] == "Harbour Board"
    assert found["Nobody expected the water"] == "Ana Ruiz"
    assert found["rebuild every metre of"] == "Tom Reyes"
    assert found["is quite sure of"] is None  # the aide's words, about Marlow
    assert found["the town cannot wait"] == "Jane Marlow"


def test_appositives_possessives_suffixes_and_a_bare_shared_name(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Lena Quist and Paul Quist run the ferry company. Their daughter Marta Quist joined it "
        "in May.\n\n"
        "Quist, 35, the daughter of Paul Quist and Lena Quist, said on the radio on Monday, "
        "“Next summer we will run a second boat to the island.”\n\n"
        "“Paul wants to hear from the harbour lawyers first and then he will decide,” Tom "
        "Reyes, Paul Quist's chief of staff, told reporters.\n\n"
        "Karl Brenner Jr. replied, “Between us, I have never heard of the man, but I will ask "
        "at the club.”",
    )
    # The bare name is not the father's just because his is the longer name in the sentence.
    assert found["Next summer we will"] != "Paul Quist"
    assert found["Paul wants to hear"] == "Tom Reyes"
    assert found["Between us, I have"] == "Karl Brenner Jr"


def test_a_short_clause_and_a_colon_introduce_the_subject_s_words(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        "Senator Jane Marlow toured the quay on Monday.\n\n"
        "Marlow put it bluntly: “Nobody on the county board has read the engineers' report "
        "yet.”\n\n"
        "Outside the hall, protesters held banners reading: “Stop the harbour levy before it "
        "stops the town.”",
    )
    assert found == {"Nobody on the county": "Jane Marlow"}  # a banner is nobody's speech


def test_a_story_shows_each_quotation_once_with_every_outlet(tmp_path: Path) -> None:
    quote = "We will rebuild the seawall before the next winter comes"
    analyses = analysed(
        tmp_path,
        f"Mayor Lena Moss visited the harbour.\n\n“{quote},” Moss said.",
        f"The mayor spoke to residents.\n\n“{quote}.”",
        f"Lena Moss, the mayor, was asked about the cost.\n\n“{quote},” she said on Monday.",
    )
    people = [Entity("Lena Moss", "person", "Mayor", ("Moss",), ("a0", "a2"))]
    (shown,) = [q for q in story_quotes(analyses, people, ["Lena Moss"]) if quote in q.text]
    assert shown.speaker == "Lena Moss"
    assert set(shown.sources) == {a.article.id for a in analyses if a.quotes}


@pytest.mark.skipif(
    not (EVAL_DIR / "polnear").is_dir(),
    reason="../shared/eval/polnear is not there (see the eval README): PolNeAR floors not run",
)
def test_polnear_held_out_speakers_hold_their_floors() -> None:
    from tools import attribution

    texts, gold = attribution.load_gold(EVAL_DIR)
    held_out = {i for i in texts if attribution.split_of(i) == "heldout"}
    sources = [s for s in read_sources(EVAL_DIR / "polnear" / "input.jsonl") if s.id in held_out]
    analyses = analyse(clean(sources), Config())
    result = attribution.score(attribution.place(analyses, texts), gold, held_out)
    assert result.judged > 1000  # the gold is there and was matched
    assert result.precision >= SPEAKER_PRECISION_FLOOR, result
    assert result.recall >= NAMED_DIRECT_RECALL_FLOOR, result
