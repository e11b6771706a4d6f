"""Dates of events (issue 17, point 2): what a date in a sentence dates, and where the timeline
puts the sentence. The sentences are made up; each stands for a kind of error seen on real
articles."""

from __future__ import annotations

from generator.dates import Dated, dates_in
from generator.models import Analysis, Article, DateMention, Sentence
from generator.timeline import happening, timeline
from tests.conftest import ENGLISH

# A Saturday.
PUBLISHED = "2019-03-30"


def kinds(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str]]:
    """(ISO date, text as written, kind) of every date in a sentence."""
    return [(d.iso, d.written, d.kind) for d in dates_in(text, published, ENGLISH)]


def dated(text: str, published: str | None = PUBLISHED) -> list[Dated]:
    return dates_in(text, published, ENGLISH)


def test_words_that_only_look_like_dates_are_no_dates() -> None:
    # A month's name is capitalised: "march" is a walk, "the 12 march" no twelfth of March.
    assert kinds("Thousands joined the 12 march on the capital.") == []
    # "the 12 Sept. 11 suspects": a count before a date, not the twelfth of September.
    assert all(d.iso[5:] != "09-12" for d in dated("Three of the 12 Sept. 11 suspects left."))


def test_a_year_told_before_the_sentence_leaves_its_dates_unresolved() -> None:
    assert kinds("On July 2 that year, the band released its second album.") == []
    assert kinds("At the end of that week, on Oct. 7, the files were published.") == []


def test_periods_up_to_now_and_possessives_date_nothing() -> None:
    assert kinds("Prices have risen sharply over the last week.") == []
    assert kinds("In the last year, the farmers have turned into critics.") == []
    assert [k for _, _, k in kinds("She lost last year's election to a newcomer.")] == ["modifier"]


def spans(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None, str]]:
    """(ISO date, a span's last date, kind) of every date in a sentence."""
    return [(d.iso, d.last, d.kind) for d in dates_in(text, published, ENGLISH)]


def test_a_span_is_one_date_from_its_start_to_its_end() -> None:
    # What lasts from one day to another happened on no one of them: it is dated by both ends,
    # the end no date of its own. A day without its year before the start is in the next year.
    assert spans("From Dec. 19 through Jan. 27, the strike closed the port.") == [
        ("2018-12-19", "2019-01-27", "event"),
        ("2019-01-27", None, "modifier"),
    ]
    assert spans("He taught there from March 2013 until June 2014.") == [
        ("2013-03", "2014-06", "event"),
        ("2014-06", None, "modifier"),
    ]
    assert spans("The fair will take place from Oct. 16 to Nov. 14.")[0] == (
        "2019-10-16",
        "2019-11-14",
        "plan",
    )
    assert spans("The talks ran March 3-9 in the capital.") == [
        ("2019-03-03", "2019-03-09", "event")
    ]
    assert spans("Between 1995 and 1999 the pair paid a third of it in tax.") == [
        ("1995", "1999", "event")
    ]
    assert spans("Between Oct. 1 and Oct. 5, the clerks counted the votes.")[0][1] == "2018-10-05"
    # Two days, not a span; a span whose end is not read is no date at all.
    assert spans("The talks ran on March 4 and 5 in the capital.") == [
        ("2019-03-04", None, "unknown")
    ]
    assert spans("The strike lasted from 1981-85.") == [("1981", None, "unknown")]


def test_an_agent_after_by_is_no_deadline() -> None:
    # "brought by Jones in November": who brought the suit, not a deadline ("to filing" is no
    # infinitive of a plan either); published in March, a November in the past is last year's.
    assert kinds(
        "She pleaded guilty to filing fake invoices in a suit brought by Jones in November."
    ) == [("2018-11", "in November", "event")]


def test_a_deadline_set_in_the_past_is_still_ahead() -> None:
    assert kinds("The editor set a deadline of May 1 for the essays.") == [
        ("2019-05-01", "May 1", "deadline")
    ]


def test_the_date_of_an_embedded_post_is_the_day_it_was_written() -> None:
    text = "Markets are down again today. — A. Trader (@trader) March 29, 2019"
    assert ("2019-03-29", "March 29, 2019", "report") in kinds(text)


def test_a_date_between_an_article_and_a_noun_names_a_thing() -> None:
    assert [k for _, _, k in kinds("The grant paid the staff up to the Friday deadline.")] == [
        "modifier"
    ]
    assert [k for _, _, k in kinds("She said in a March 3 letter that she would stay.")] == [
        "modifier"
    ]
    # A part of the day is no noun: "filed his Monday afternoon" dates the filing.
    assert kinds(
        "Mr. Ames filed his appeal on Sunday, and Mr. Bell filed his Monday afternoon."
    ) == [
        ("2019-03-24", "on Sunday", "event"),
        ("2019-03-25", "Monday", "event"),
    ]


def test_what_someone_said_on_a_day_is_a_report() -> None:
    # A verb of saying in any of its forms, a sentence opening with one, or one going on after
    # the weekday it dates.
    assert kinds("The coach sought to clarify Sunday that his remark was a joke.") == [
        ("2019-03-24", "Sunday", "report")
    ]
    assert kinds("Asked about the delay, the coach stayed firm on Sunday.") == [
        ("2019-03-24", "on Sunday", "report")
    ]
    text = "The senator on Tuesday offered support for the nominee, saying his record matters."
    assert kinds(text) == [("2019-03-26", "on Tuesday", "report")]


def test_a_deed_recalled_with_its_reasons_is_no_report() -> None:
    # An older date recalls a deed; its reasons do not make it a statement.
    assert kinds("He sued the club in 2014, claiming he was dropped unfairly.") == [
        ("2014", "in 2014", "event")
    ]
    # A word of saying in a phrase of its own is not what the clause tells.
    text = "Democrats took the council in 2012 partly by claiming that fares were too high."
    assert kinds(text) == [("2012", "in 2012", "event")]
    # A short aside in brackets does not cut the clause short.
    text = (
        "Gov. Ann Roe (R) announced Monday that she would stop state-paid visits to the region, "
        "where a new rule could let landlords refuse tenants."
    )
    assert kinds(text) == [("2019-03-25", "Monday", "event")]
    # Only a date among the first words of its sentence is read with the clause after it.
    text = "It started at 6 p.m. on Tuesday, Oct. 9, when the clerk sent a memo warning staff."
    assert ("2018-10-09", "Oct. 9", "event") in kinds(text)


def test_a_happening_is_told_in_the_past() -> None:
    # In a clause with no verb in the past, which happening a date dates is not known.
    assert [k for _, _, k in kinds("The market is down again this week.")] == ["unknown"]
    assert [k for _, _, k in kinds("Today the veterans will gather at the hall.")] == ["unknown"]
    assert [k for _, _, k in kinds("Jan. 24.")] == ["unknown"]  # a caption
    text = "Mr. Pell has tried to keep the audit of the floods in 2012 apart from the vote."
    assert [k for _, _, k in kinds(text)] == ["unknown"]  # a past with no day
    text = "The new treasurer, sworn in Monday, is not due to alter course."
    assert [k for _, _, k in kinds(text)] == ["unknown"]
    # "followed by the lower house": a participle, not a verb in the past.
    text = (
        "Hearings are expected to start in the Senate on Monday, followed by the House on Tuesday."
    )
    assert ("2019-03-26", "on Tuesday", "unknown") in kinds(text)
    # A quotation keeps its own tense: "What is behind this Wednesday rumour?"
    text = "She traded emails with the paper and asked, “What is behind this Wednesday rumour?”"
    assert [k for _, _, k in kinds(text)] == ["unknown"]
    # So is a span: "have been tense since" tells of no happening from 1882 to 1919.
    text = "Relations have been tense since the occupation from 1882 to 1919."
    assert kinds(text) == [("1882", "from 1882 to 1919", "unknown")]


def test_a_phrase_without_a_verb_is_told_by_the_clause_it_belongs_to() -> None:
    assert kinds("He sued her in 2014.") == [("2014", "in 2014", "event")]
    text = "Mr. Hale was sued by a former tenant, Ann Bell, in 2014, alleging unpaid rent."
    assert kinds(text) == [("2014", "in 2014", "event")]
    text = "On Feb. 8, 2011, two mayors, both members of the league, invited every councillor."
    assert kinds(text) == [("2011-02-08", "Feb. 8, 2011", "event")]
    # On the story's own days, a phrase that belongs to a verb of saying dates what was said.
    text = "The envoy, in a memo Monday to a junior minister, said he backs the deal."
    assert kinds(text) == [("2019-03-25", "Monday", "report")]


def test_a_date_in_a_phrase_of_its_own_dates_nothing_the_clause_tells() -> None:
    assert [k for _, _, k in kinds("He thanked the council for passing a budget on Tuesday.")] == [
        "unknown"
    ]
    text = "The council made sure the levy will take effect after voting to override it Wednesday."
    assert [k for _, _, k in kinds(text)] == ["unknown"]  # not the coming Wednesday's plan


def one_source(sentences: list[str], published: str | None) -> Analysis:
    """The analysis of one article told in `sentences`, with the dates they write."""
    article = Article("a", "a", "a.md", None, None, None, published, None, None, "en", (), ())
    told = tuple(Sentence(text, "a", index, index) for index, text in enumerate(sentences))
    written = tuple(
        DateMention(d.iso, d.precision, d.written, s.index, d.kind, last=d.last)
        for s in told
        for d in dates_in(s.text, published, ENGLISH)
    )
    return Analysis(article, told, None, (), dates=written)


def story_timeline(sentences: list[str], published: str = PUBLISHED) -> list[tuple[str, str]]:
    """(date, sentence) of the timeline of a one-source story told in `sentences`."""
    analysis = one_source(sentences, published)
    return [(e.date, e.text) for e in timeline([analysis], [], ENGLISH)]


def test_a_sentence_with_several_dates_is_placed_at_its_main_clause_or_left_out() -> None:
    # The day of the main clause, not the one of a relative clause.
    text = "On Monday, the mayor said she was sorry for the clerk, who quit on Friday."
    assert story_timeline([text]) == []
    # The day something was said does not compete with the day of what was said.
    text = "The clerk quit on Friday, officials said on Saturday."
    assert story_timeline([text]) == [("2019-03-29", text)]
    # Two happenings on two days: which one is the news is a guess.
    assert (
        story_timeline(["Ms. Cole sold her shares on Monday and Mr. Dunn sold his on Friday."])
        == []
    )


def test_a_weekday_right_after_a_day_long_past_is_a_day_of_that_past() -> None:
    told = [
        "At 7:41 p.m. on Oct. 9, the clerk sent a memo to the board.",
        "An hour later, the clerks made the last edits.",
        "The clerks sent the last draft to the judge on Sunday.",
    ]
    assert [day for day, _ in story_timeline(told, "2013-05-15")] == ["2012-10-09"]
    recent = ["The mayor resigned in 2005.", "The council met on Sunday."]
    assert [day for day, _ in story_timeline(recent, "2013-05-15")] == ["2005", "2013-05-12"]


def test_plans_are_told_by_verbs_of_planning() -> None:
    # "the mayor's plan to build a dam" names a plan; it does not make Wednesday a plan.
    text = "Mr. Pike opposed the mayor's plan to build a dam and on Wednesday he left for Norway."
    assert kinds(text) == [("2019-03-27", "on Wednesday", "event")]
    # "believed the letter to be linked": not a plan either.
    text = "Detectives believed the letter to be linked to the others sent this week."
    assert all(k != "plan" for _, _, k in kinds(text))
    text = "She expected a motion amending the rules to be filed this week."
    assert [k for _, _, k in kinds(text)] == ["plan"]
    # Preparing for a rally on Saturday: the coming Saturday.
    text = "Student unions prepared for a rally on Saturday."
    assert kinds(text) == [("2019-03-30", "on Saturday", "plan")]


def test_by_a_day_in_the_past_dates_what_was_done() -> None:
    text = "By Saturday, the mayor had moved out, leaving the council to pick a successor."
    assert kinds(text) == [("2019-03-30", "By Saturday", "event")]


def test_parts_of_days_and_counts_of_time_name_no_day() -> None:
    assert kinds("A month ago Thursday, the strike began.") == []
    text = "They recalled Sunday morning's storm and the hasty Sunday afternoon briefing."
    assert [k for _, _, k in kinds(text)] == ["modifier", "modifier"]
    text = "The governor approved it on Friday night, funding the schools until June 30."
    assert ("2019-03-29", "on Friday", "event") in kinds(text)


def test_more_ways_of_saying() -> None:
    for text in (
        "The mayor on Sunday sent her condolences to the victims' relatives.",
        "The mayor called Wednesday for a curfew on the park.",
        "The chairman declined to weigh in on his rival's bid Wednesday.",
        "“She is a rival,” the coach said in a TV interview that aired Wednesday evening.",
    ):
        assert [k for _, _, k in kinds(text)] == ["report"], text


def test_a_clause_that_tells_the_present_first_dates_no_past_happening() -> None:
    text = "The agency has been running the audit and the files seized this week fall under it."
    assert [k for _, _, k in kinds(text)] == ["unknown"]
    assert kinds("The project started in 2009 and is in its third year.") == [
        ("2009", "in 2009", "event")
    ]


def test_the_day_of_what_was_said_competes_and_a_deadline_does_not() -> None:
    text = (
        "The band said the call from the manager on Wednesday came as a shock, and the crew "
        "had spent the day Thursday packing."
    )
    assert story_timeline([text]) == []
    text = "The governor approved it on Friday night, funding the schools until June 30."
    assert ("2019-03-29", text) in story_timeline([text])


def test_what_did_not_happen_is_no_event() -> None:
    for text in (
        "A spokesman did not return calls on Friday.",
        "Neither the mayor nor the council met on Saturday.",
        "But on Friday, it did not seem that the deal would include pensions.",
    ):
        assert [k for _, _, k in kinds(text)] == ["unknown"], text
    # Not what did not happen after the date.
    assert [k for _, _, k in kinds("He was arrested on Friday and did not resist.")] == ["event"]


def test_sources_and_quotations_are_reports() -> None:
    text = "The aide wrote to the paper during the campaign, according to a memo published Monday."
    assert [k for _, _, k in kinds(text)] == ["report"]
    text = "In 2005, she bought paintings, according to the records."
    assert kinds(text) == [("2005", "In 2005", "event")]
    # A quotation's words are the speaker's: its "will" makes no plan of the attribution's day.
    text = "“We will act,” the mayor said in a speech Friday."
    assert [k for _, _, k in kinds(text)] == ["report"]
    # A quotation ends no clause: "said the page was “spoofed,” but ... Wednesday" is still
    # about what was said.
    text = "Her aide said the page was “spoofed,” but she used the word “joke” Wednesday."
    assert [k for _, _, k in kinds(text)] == ["report"]
    text = "In the Drew Library on Friday, the mayor said she was upset."  # "Drew" is a name
    assert [k for _, _, k in kinds(text)] == ["report"]
    text = "On Tuesday, the senator was sharp, calling one reporter a fool."
    assert [k for _, _, k in kinds(text)] == ["report"]
    assert [k for _, _, k in kinds("After his fine showing Thursday, the aide quipped.")] == [
        "report"
    ]


def test_a_determiner_that_is_no_clause() -> None:
    # "that job was made": not a relative clause, the verb the phrase "on March 26" goes with
    text = "The offer for that job was made to a rival, on March 26, 2009."
    assert kinds(text) == [("2009-03-26", "March 26, 2009", "event")]


def test_weekdays_months_and_plans_not_carried_out() -> None:
    # "last Wednesday" written on a Wednesday: that day, or the one a week before?
    assert kinds("The dispute started last Wednesday.", "2019-03-27") == []
    assert kinds("The dispute started last Tuesday.", "2019-03-27") == [
        ("2019-03-26", "last Tuesday", "event")
    ]
    # A weekday must be told in the past in its own clause: which week is meant depends on it.
    text = "The city is the latest to act -- councillors announced a pact Monday."
    assert kinds(text) == [("2019-03-25", "Monday", "event")]
    assert kinds("In May, the company filed a report.") == [("2018-05", "In May", "event")]
    text = "“Was supposed to sail in February, but he quit,” the president wrote."
    assert [k for _, _, k in kinds(text)] == ["unknown"]


def test_a_week_and_a_day_are_two_dates_even_when_they_start_on_the_same_day() -> None:
    text = (
        "The senator questioned the plan on Friday, citing the unrest in the capital, where "
        "the leader was arrested this week."
    )
    assert story_timeline([text], "2019-03-29") == []


def test_a_plan_a_day_before_publication_is_not_a_year_ahead() -> None:
    text = "Republicans will set new rules when they take the majority on Jan. 5."
    assert kinds(text, "2011-01-06") == [("2011-01-05", "Jan. 5", "plan")]
    assert kinds("The bill is due by Feb. 8.", "2018-12-20") == [
        ("2019-02-08", "Feb. 8", "deadline")
    ]


def sources_timeline(
    told: dict[str, list[str]], published: str = PUBLISHED
) -> list[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]]:
    """(date, sources, each source's own sentence) of the timeline of a story whose sources
    (id -> sentences) were all published on `published`."""
    analyses = []
    for source, sentences in told.items():
        article = Article(
            source, source, f"{source}.md", None, None, None, published, None, None, "en", (), ()
        )
        these = tuple(Sentence(text, source, i, i) for i, text in enumerate(sentences))
        written = tuple(
            DateMention(d.iso, d.precision, d.written, s.index, d.kind, last=d.last)
            for s in these
            for d in dates_in(s.text, published, ENGLISH)
        )
        analyses.append(Analysis(article, these, None, (), dates=written))
    return [
        (e.date, e.sources, tuple((c.sources[0], c.text) for c in e.said))
        for e in timeline(analyses, [], ENGLISH)
    ]


def test_one_happening_told_by_several_outlets_is_one_entry_citing_each() -> None:
    first = "Rep. Jane Doe (D-Ohio) and her aide, John Roe, were indicted on Tuesday for fraud."
    second = (
        "Representative Jane Doe was indicted in Columbus on Tuesday by a grand jury"
        " after a long audit of her party's books."
    )
    assert sources_timeline({"a": [first], "b": [second]}) == [
        ("2019-03-26", ("a", "b"), (("a", first), ("b", second)))
    ]


def test_other_happenings_on_the_same_day_stay_apart() -> None:
    # The same verb of other people, or of the same people on another thing, is another
    # happening.
    for one, other in (
        (
            "Police in Dayton arrested Ann Smith on Friday.",
            "Police in Dayton arrested Bo Jones on Friday.",
        ),
        ("The Senate passed the farm bill on Friday.", "The House passed the farm bill on Friday."),
        ("The mayor signed the budget on Friday.", "The mayor signed a pardon on Friday."),
    ):
        found = sources_timeline({"a": [one], "b": [other]})
        assert sorted(s for _, s, _ in found) == [("a",), ("b",)]


def test_the_happening_of_a_sentence_is_its_main_clause_without_adjuncts() -> None:
    assert happening(
        "Former Sen. Jo Ames, who retired in June, pleaded guilty Wednesday in a state court"
        " to charges that she misused party money.",
        ENGLISH,
    ) == ("plead", "Former Sen. Jo Ames pleaded guilty")
    assert happening("On Friday, the House approved the budget after a long debate.", ENGLISH) == (
        "approve",
        "the House approved the budget",
    )
    assert happening("A statement of regret, and nothing more.", ENGLISH) is None


def test_a_day_set_for_what_is_to_come_is_a_plan_in_the_coming_year() -> None:
    # Written in February: the hearing set "for July 12" is this July's, not last July's.
    assert kinds("The magistrate set the hearing for July 12 at 10 a.m.", "2013-02-20") == [
        ("2013-07-12", "July 12", "plan")
    ]
    assert kinds("The court scheduled a hearing for Friday.") == [("2019-04-05", "Friday", "plan")]


def test_what_would_happen_is_a_plan_while_ahead_and_unknown_once_past() -> None:
    # Written on June 9: "would tour June 15" is a plan six days ahead, not a year back.
    text = "The label announced that the singer and her drummer would tour together June 15."
    assert kinds(text, "2016-06-09") == [("2016-06-15", "June 15", "plan")]
    # Written on June 20, the day is past: it may or may not have happened.
    assert [k for _, _, k in kinds(text, "2016-06-20")] == ["unknown"]
    # A weekday planned with "would": this week's, already past, or the next? Not told.
    said = "He said on Tuesday that the two men would meet on Thursday."
    assert [k for _, w, k in kinds(said) if w == "on Thursday"] == ["unknown"]


def test_dates_joined_by_and_or_or_date_no_one_happening() -> None:
    for text in (
        "Two chapels, built in 1962 and 1978, stand within a few streets.",
        "The party spent more than $3 million in June and July alone.",
        "An aide said the ruling was likely to come tonight or tomorrow.",
        "The measure could reach a vote as soon as Friday or perhaps late next week.",
    ):
        assert {k for _, _, k in kinds(text)} <= {"unknown", "modifier"}, text
    # A span stays one ("between 1962 and 1978", "from 2005 to 2009"), dated by both its ends,
    # and its end dates no other happening.
    assert spans("From 2005 to 2009, she bought paintings.") == [("2005", "2009", "event")]


def test_a_term_of_office_beside_a_name_dates_nothing() -> None:
    text = "Lena Ortiz, the city's mayor from 2001 to 2007, said on Friday it was an error."
    assert [(w, k) for _, w, k in kinds(text)] == [
        ("from 2001 to 2007", "modifier"),
        ("on Friday", "report"),
    ]


def test_a_plan_changed_or_called_off_dates_nothing() -> None:
    assert [k for _, _, k in kinds("A rally set for Wednesday in Dayton has been postponed.")] == [
        "unknown"
    ]
    assert [k for _, _, k in kinds("She was originally planning to speak Monday in Erie.")] == [
        "unknown"
    ]


def test_would_makes_a_plan_only_in_the_dates_own_clause() -> None:
    # December dates when the shutdown began, not when the workers would be paid.
    text = "He said workers would be paid for the days missed since the strike began in December."
    assert [(iso, k) for iso, _, k in kinds(text, "2019-01-25")] != [("2019-12", "plan")]


def test_the_day_after_publication_in_an_article_updated_then_is_left_out() -> None:
    # A Wednesday article says "on Thursday" in the past while the story's other source came
    # out on Thursday: the article was updated; last week's Thursday is a guess.
    text = "The senator was still in hospital on Thursday, his spokesman said in an email."
    told = "The senator's condition was upgraded on Thursday."
    early = "2017-06-14"  # a Wednesday
    article = Article("a", "a", "a.md", None, None, None, early, None, None, "en", (), ())
    later = Article("b", "b", "b.md", None, None, None, "2017-06-15", None, None, "en", (), ())
    analyses = []
    for source, published, sentence in ((article, early, told), (later, "2017-06-15", text)):
        these = (Sentence(sentence, source.id, 0, 0),)
        written = tuple(
            DateMention(d.iso, d.precision, d.written, 0, d.kind)
            for d in dates_in(sentence, published, ENGLISH)
        )
        analyses.append(Analysis(source, these, None, (), dates=written))
    assert [e.date for e in timeline(analyses, [], ENGLISH) if "a" in e.sources] == []
    # Alone, the article's Thursday is the last one before it.
    assert [e.date for e in timeline(analyses[:1], [], ENGLISH)] == ["2017-06-08"]


def test_a_negated_deadline_bounds_nothing() -> None:
    assert [k for _, _, k in kinds("Many are not holding off until Friday to file claims.")] == [
        "unknown"
    ]
    assert [k for _, _, k in kinds("The talks will run until Friday.")] == ["deadline"]
    # Due by a day, even if it may not be done: still a deadline.
    assert [k for _, _, k in kinds("He will act if they can't agree by April 8.")] == ["deadline"]


def test_two_days_joined_by_and_are_each_no_one_happening() -> None:
    text = "The final two hearings will be held Nov. 6 and Nov. 13."
    assert {k for _, _, k in kinds(text, "2012-10-12")} == {"unknown"}


def test_a_dateline_and_an_aside_before_the_verb_leave_the_subject() -> None:
    first = "U.S. Representative Jo Lang resigned from the House on Friday, after a long audit."
    second = (
        "HARBOUR CITY — Representative Jo Lang, the Utah Democrat who used $6,500 of party funds"
        " to settle a claim, suddenly resigned from the House on Friday afternoon."
    )
    assert [s for _, s, _ in sources_timeline({"a": [first], "b": [second]})] == [("a", "b")]


def test_a_yearless_date_soon_after_the_first_report_in_an_undated_source_is_left_out() -> None:
    # The dated source is of April 10; the undated one, which may be a week later, says May 2:
    # last year's May 2 is a guess. Its "in December" is last December, though.
    dated = Article("a", "a", "a.md", None, None, None, "2016-04-10", None, None, "en", (), ())
    undated = Article("b", "b", "b.md", None, None, None, None, None, None, "en", (), ())
    told = ["The trust announced the discovery on May 2.", "The climbers set out in December."]
    sentences = tuple(Sentence(t, "b", i, i) for i, t in enumerate(told))
    analyses = [
        Analysis(dated, (Sentence("Nothing dated here.", "a", 0, 0),), None, (), dates=()),
        Analysis(undated, sentences, None, (), dates=()),
    ]
    assert [e.date for e in timeline(analyses, [], ENGLISH)] == ["2015-12"]


def test_a_baseline_of_comparison_and_the_day_of_a_picture_date_no_happening() -> None:
    text = "The clinic saw six more patients this winter than it did in May 2012."
    assert [k for _, _, k in kinds(text)] == ["modifier"]
    assert [k for _, _, k in kinds("Turnout was higher than in 2010.")] == ["modifier"]
    # A number after "than" is a count: "more than 30 died in 2014" dates the deaths.
    assert [k for _, _, k in kinds("More than 30 people died in 2014.")] == ["event"]
    text = "Two divers swim near the reef during a survey in this April 11, 2017 handout photo."
    assert [k for _, _, k in kinds(text)] == ["modifier"]
    assert [k for _, _, k in kinds("The inquiry started more than three years ago.")] == ["event"]


def test_the_stamp_of_an_update_is_the_day_of_the_report() -> None:
    text = "UPDATE - May 30, 4:15 p.m.: Hours later, the board fired him."
    assert [k for _, _, k in kinds(text, "2017-05-31")] == ["report"]
    # After the stamp's colon, a date is the update's news.
    assert [k for _, _, k in kinds("UPDATE 2: On Tuesday the agency fired him.", "2017-05-31")] == [
        "event"
    ]


def test_a_date_in_a_clause_that_hangs_off_the_news_does_not_date_it() -> None:
    # A relative clause, a clause after "since", "after" or "like", what a fear holds: the date
    # dates that clause, not what the sentence tells.
    left_out = [
        "Ms. Lane, who won the seat in 2009, voted against the budget.",
        "The council spoke out against the levy, which passed the assembly in 2015.",
        "The harbour, the busiest since the canal was dug in 1911, reopened to ships.",
        "The ferry service ended after the bridge was opened in 1972.",
        "The union backs new rules, like the ones the mayor proposed in January.",
        "Critics have raised fears that the dam was built too fast in 1998.",
        "The minister praised the nurses, just as she did in 2016.",
        # an apposition or a participle set beside a name
        "Oak Hill, a mill town founded in 1851, voted to merge with its neighbour.",
        "She was the county's treasurer, a post she held from 1990 to 1998.",
        "The inspectors cited two reports, published last year, that found leaks.",
        # a bracketed aside
        "The plant cost $40 million (a sum first set aside in 1995) to build.",
    ]
    for text in left_out:
        assert story_timeline([text]) == [], text
    # So does a day of the story's own: shown under it, the sentence would read as the news of
    # that day (the speaking out), which the text does not date.
    text = "The council spoke out against the levy, which passed the assembly on Thursday."
    assert story_timeline([text]) == []
    # The date of the news stays: in its own clause, after a relative clause that closed, in a
    # clause of time that opens the sentence or tells the time of the news ("when").
    kept = [
        ("The council, which met for three hours, approved the levy on Thursday.", "2019-03-28"),
        ("The aide who resigned left the city on Friday.", "2019-03-29"),
        ("When the police stopped the van on Friday, they found the paintings.", "2019-03-29"),
        ("A cyclist was hurt when a bus hit her on Friday.", "2019-03-29"),
        ("The writer said that on Friday he had left the city.", "2019-03-29"),
        ("The Senate, led by its new chair, passed the bill in 2017.", "2017"),
        ("The officer, 49, took two men into custody on Friday.", "2019-03-29"),
        ("The guard went after the thieves on Friday, chasing them down a lane.", "2019-03-29"),
    ]
    for text, day in kept:
        assert story_timeline([text]) == [(day, text)], text


def test_a_year_before_a_noun_it_names_dates_nothing() -> None:
    assert [k for _, _, k in kinds("She rose to fame in 1994 film Tall Grass.")] == ["modifier"]
    assert [k for _, _, k in kinds("The plant cost $40 million in 1995 dollars.")] == ["modifier"]
    assert [k for _, _, k in kinds("The fund lost money in 2008 elections.")] == ["modifier"]
    assert [k for _, _, k in kinds("The fund lost money in 2008 and closed.")] == ["event"]


def test_a_season_written_with_its_end_dates_no_one_happening() -> None:
    # "in 1996-97": at which point of the season the news happened, it does not tell.
    assert [k for _, _, k in kinds("He was a member of the title team in 1996-97.")] == ["unknown"]
    assert [k for _, _, k in kinds("The club won 40 games in 2010-2011.")] == ["unknown"]
    assert story_timeline(["The club won the cup in 1996-97."]) == []
    # A span opened by "from" is one too: it did not happen in its first year.
    assert story_timeline(["She coached the club from 1981-85."]) == []


def test_a_team_that_advances_to_play_a_weekday_plans_the_coming_one() -> None:
    # A verb in the past elsewhere in the clause ("moved") tells the last game, not the
    # next: the weekday after "advances to play" is a plan, in the coming week.
    text = "The Hornets moved to 12-3 and advances to play Monday in the final."
    assert kinds(text) == [("2019-04-01", "Monday", "plan")]
    assert kinds("The Hornets advance to face the Lions on Tuesday.") == [
        ("2019-04-02", "on Tuesday", "plan")
    ]
    # A vote to advance a bill is no game to come: it was held on its day.
    assert kinds("Delegates voted to advance to a second ballot on Tuesday.") == [
        ("2019-03-26", "on Tuesday", "event")
    ]
    (entry,) = timeline(
        [
            Analysis(
                Article("a", "a", "a.md", None, None, None, PUBLISHED, None, None, "en", (), ()),
                (Sentence(text, "a", 0, 0),),
                None,
                (),
                dates=tuple(
                    DateMention(d.iso, d.precision, d.written, 0, d.kind) for d in dated(text)
                ),
            )
        ],
        [],
        ENGLISH,
    )
    assert (entry.date, entry.kind) == ("2019-04-01", "plan")


def test_a_part_of_a_day_before_a_place_dates_the_happening() -> None:
    # "on Wednesday night near the bridge": "near" opens a phrase of place, it is no noun
    # the day names (as "the Sunday afternoon briefing" is).
    for text in (
        "The driver was arrested on Wednesday night near the old bridge.",
        "The driver was arrested Wednesday morning outside the depot.",
    ):
        assert [(iso, kind) for iso, _, kind in kinds(text)] == [("2019-03-27", "event")], text


def test_who_did_it_after_by_makes_no_deadline_of_the_day() -> None:
    # Published on a Saturday: the Wednesday and Tuesday just past, the days the deeds were done.
    assert kinds("The cyclist was struck by a driver Wednesday night outside the school.") == [
        ("2019-03-27", "Wednesday", "event")
    ]
    assert kinds("The suspect was arrested by police Tuesday.") == [
        ("2019-03-26", "Tuesday", "event")
    ]
    # Words of time between "by" and the day still make a deadline.
    assert kinds("The report must be filed by the end of Friday.") == [
        ("2019-04-05", "Friday", "deadline")
    ]


def test_a_page_note_on_its_own_change_dates_no_happening() -> None:
    # The page says when it was amended: a day of the page, not of the story.
    assert [k for _, _, k in kinds("This report was corrected on 3 May 2018.")] == ["report"]
    assert [k for _, _, k in kinds("This post has been edited on March 28.")] == ["report"]
    text = "A version of this review appeared March 4, 2012, on page C3 of the weekend edition."
    assert [k for _, _, k in kinds(text)] == ["report"]


def test_a_contracted_auxiliary_is_no_verb_in_the_past() -> None:
    # "she's sentenced" is "she is sentenced": a day still to come, not a day gone by.
    text = "She faces five years in jail when she's sentenced May 7."
    assert [k for _, _, k in kinds(text)] == ["unknown"]
    # "re-signed" is no contraction: the deed was done on Tuesday.
    assert kinds("The club re-signed the striker on Tuesday.") == [
        ("2019-03-26", "on Tuesday", "event")
    ]


def test_one_who_appeared_in_court_was_there_and_said_nothing() -> None:
    assert kinds("The suspect appeared in court Friday and was held without bail.") == [
        ("2019-03-29", "Friday", "event")
    ]
    # On a programme, or as one seemed, it is still the day of words.
    assert [k for _, _, k in kinds("The senator appeared on a talk show Sunday.")] == ["report"]


def test_a_plan_told_in_the_past_is_in_no_known_week() -> None:
    # Published on a Saturday: "was scheduled to begin Monday" may be the Monday gone by, whether
    # it began or not, or the coming one.
    assert [k for _, _, k in kinds("The trial was scheduled to begin Monday.")] == ["unknown"]
    assert kinds("The trial is scheduled to begin Monday.") == [("2019-04-01", "Monday", "plan")]
    # "was set in motion" was done; "due in court" is a plan, not a deadline.
    assert [k for _, _, k in kinds("The merger was set in motion in January.")] == ["event"]
    assert kinds("He is due in court Monday.") == [("2019-04-01", "Monday", "plan")]
    # "next Saturday" written on a Saturday is a week on, not today.
    assert kinds("Next Saturday, the band plays at home.") == [
        ("2019-04-06", "Next Saturday", "plan")
    ]


def test_a_year_counted_back_in_an_undated_source_near_the_new_year_is_left_out() -> None:
    # The dated source is of Dec. 29; the undated one may be of January: its "last year" may
    # be the year of the dated source, not the one before. Away from the turn of the year it is
    # read.
    told = ["The badge was put on a list of banned logos by the league last year."]
    for published, shown in (("2016-12-29", []), ("2016-06-09", ["2015"])):
        dated = Article("a", "a", "a.md", None, None, None, published, None, None, "en", (), ())
        undated = Article("b", "b", "b.md", None, None, None, None, None, None, "en", (), ())
        sentences = tuple(Sentence(t, "b", i, i) for i, t in enumerate(told))
        analyses = [
            Analysis(dated, (Sentence("Nothing dated here.", "a", 0, 0),), None, (), dates=()),
            Analysis(undated, sentences, None, (), dates=()),
        ]
        assert [e.date for e in timeline(analyses, [], ENGLISH)] == shown, published


def story_of(told: list[tuple[str | None, list[str]]]) -> list[Analysis]:
    """The analyses of a story whose sources each have a publication date (or None) and
    sentences."""
    analyses = []
    for at, (published, sentences) in enumerate(told):
        source = f"s{at}"
        article = Article(
            source, source, f"{source}.md", None, None, None, published, None, None, "en", (), ()
        )
        these = tuple(Sentence(text, source, i, i) for i, text in enumerate(sentences))
        written = tuple(
            DateMention(d.iso, d.precision, d.written, s.index, d.kind, last=d.last)
            for s in these
            for d in (dates_in(s.text, published, ENGLISH) if published else ())
        )
        analyses.append(Analysis(article, these, None, (), dates=written))
    return analyses


def test_several_days_written_as_one_date_date_no_one_day() -> None:
    assert spans("The fair was held on March 3-9 in the old port.") == [
        ("2019-03-03", "2019-03-09", "event")
    ]
    assert [k for _, _, k in kinds("Voters went to the polls on March 4 and 5.")] == ["unknown"]
    # A plan from one day to another is no plan of its first day: an entry from one to the other.
    text = "Registration of candidates will run from April 16 to May 14."
    analysis = one_source([text], PUBLISHED)
    shown = timeline([analysis], [], ENGLISH)
    assert [(e.date, e.end, e.kind) for e in shown] == [("2019-04-16", "2019-05-14", "plan")]


def test_a_yearless_plan_most_of_a_year_ahead_is_one_of_the_past() -> None:
    # Written in March, "until after Feb. 2" is last February's bound: next February would be
    # written with its year. Its happening is not told, so it dates nothing.
    text = "The council chose to put off the budget vote until after Feb. 2."
    assert [k for _, _, k in kinds(text)] == ["unknown"]
    text = "A draft plan to widen the road was shelved by the new board on Feb. 10."
    assert all(iso < PUBLISHED for iso, _, _ in kinds(text))
    assert story_timeline([text]) == []
    # Soon after publication, the coming one.
    assert kinds("The bill is due by Feb. 8.", "2018-12-20") == [
        ("2019-02-08", "Feb. 8", "deadline")
    ]


def test_a_day_that_bounds_a_happening_is_not_its_day() -> None:
    assert [k for _, _, k in kinds("The firm will ship a fix before April 9.")] == ["unknown"]
    assert [k for _, _, k in kinds("The assembly will end its recess after this week.")] == [
        "unknown"
    ]
    # "before next Thursday's vote": the vote is on that day.
    text = "There is little time left before next Thursday's vote."
    assert [(iso, k) for iso, _, k in kinds(text)] == [("2019-04-04", "plan")]


def test_a_plan_told_with_an_earlier_day_of_saying_is_in_no_known_week() -> None:
    # Said on Monday, "will tour on Tuesday" was the Tuesday after that Monday, already past by
    # this Saturday's paper (the sentence was written before its page's date): which Tuesday
    # it means is not known.
    text = "The mayor will tour the flooded streets on Tuesday, an aide said Monday."
    assert ("2019-04-02", "on Tuesday", "plan") not in kinds(text)
    assert not any(k == "plan" for _, _, k in kinds(text))
    # Said on Friday, the coming Tuesday is the same counted from the paper's day.
    text = "The mayor will tour the flooded streets on Tuesday, an aide said Friday."
    assert ("2019-04-02", "on Tuesday", "plan") in kinds(text)


def test_a_clause_in_the_past_after_a_plan_dates_what_was_done() -> None:
    text = (
        "The winners will meet the champions in the final on Saturday after the visitors beat"
        " the hosts 60-58 on Friday."
    )
    assert kinds(text) == [
        ("2019-03-30", "on Saturday", "plan"),
        ("2019-03-29", "on Friday", "event"),
    ]
    # A relative clause tells the plan: "which are planned for".
    text = "Elections which are planned for May 12 will be held in one round."
    assert [k for _, _, k in kinds(text)] == ["plan"]


def test_an_undated_source_s_days_counted_from_its_own_day_are_not_placed() -> None:
    # "on Wednesday", "yesterday" in a source whose date is not known are counted from a day
    # the text does not give; another source's date would be a guess (a follow-up, an old page),
    # even one that reports the story's days. A date with its month is read against the story's.
    told = [
        "The bridge was closed on Wednesday.",
        "The ferry sank yesterday.",
        "The port was closed on March 20.",
    ]
    for dated in (["Nothing dated here."], ["The mayor resigned on Monday."]):
        analyses = story_of([("2019-03-25", dated), (None, told)])
        shown = [(e.date, e.text) for e in timeline(analyses, [], ENGLISH)]
        assert ("2019-03-20", "The port was closed on March 20.") in shown
        assert not any("bridge" in text or "ferry" in text for _, text in shown)
    # Read against one dated source or another, "in April" is one month or another.
    analyses = story_of(
        [
            ("2019-03-25", ["Nothing dated here."]),
            ("2019-05-02", ["Nothing dated here either."]),
            (None, ["The port was closed in April."]),
        ]
    )
    assert [e.date for e in timeline(analyses, [], ENGLISH)] == []


def test_a_weekday_two_days_after_an_article_updated_then_is_left_out() -> None:
    # A Saturday article says "on Monday" in the past, and other outlets came out on the
    # Monday after: the article may have been updated then; last Monday is a guess.
    analyses = story_of(
        [
            ("2019-03-30", ["The governor signed the order on Monday."]),
            ("2019-04-01", ["Nothing dated here."]),
        ]
    )
    assert [e.date for e in timeline(analyses, [], ENGLISH)] == []
    # With the story reported only a week later, the Monday before the article it is.
    analyses = story_of(
        [
            ("2019-03-30", ["The governor signed the order on Monday."]),
            ("2019-04-08", ["Nothing dated here."]),
        ]
    )
    assert [e.date for e in timeline(analyses, [], ENGLISH)] == ["2019-03-25"]


def test_a_date_in_a_clause_beside_the_news_dates_no_entry_even_on_a_story_day() -> None:
    # The entry would read as the news of that day: the speaking, the wanting, the jeering.
    for text in (
        "Jane Roe, who resigned on Friday, spoke to reporters at the hall.",
        "Farmers hope to renew the grants, which lapsed on Tuesday.",
        "The coach's remarks, which were taped on Thursday, drew jeers from fans.",
    ):
        assert story_timeline([text]) == [], text
    # The news's own day stays.
    text = "The council voted Friday to approve the budget."
    assert story_timeline([text]) == [("2019-03-29", text)]


def test_a_date_a_since_phrase_holds_is_a_baseline_verb_or_not() -> None:
    for text in (
        "Since the audit by the state on May 9 that the clerk kept two ledgers, the clerk has "
        "told two stories.",
        "The vote was the first of its kind since a recount two weeks ago, when both clerks "
        "were present.",
    ):
        assert story_timeline([text]) == [], text


def test_a_relative_clause_holds_its_date_whatever_its_verb_and_asides() -> None:
    # "that" before a verb in the past without -ed; "whose" with a name set between commas.
    for text in (
        "The ruling closes a dispute that began in June.",
        "The mayor greeted Tom Doe, whose son, Jim Doe, was hurt in August at the plant.",
    ):
        assert story_timeline([text]) == [], text


def test_a_participle_beside_a_noun_dates_itself_not_the_main_verb_after_it() -> None:
    for text in (
        "The complaint filed on Tuesday alleges that the firm hid its losses.",
        "The memo sent late Friday was signed by the chief.",
    ):
        assert story_timeline([text]) == [], text
    # A verb with its object after the date is the news's own.
    text = "The chiefs of staff approved Friday a plan to cut costs."
    assert story_timeline([text]) == [("2019-03-29", text)]


def test_a_date_joined_by_and_to_another_dates_one_of_two_happenings() -> None:
    text = (
        "The only two earlier times the charter was sung in full were in 1871, when a choir "
        "sang it, and in 1931, when a band played it."
    )
    assert story_timeline([text], "2011-01-06") == []


def test_a_participle_and_its_agent_before_the_main_verb_date_the_participle() -> None:
    text = "The levy approved Thursday by the board covered none of the costs she listed."
    assert story_timeline([text]) == []
    text = "The bill passed Thursday by the Senate and signed by the governor."
    assert story_timeline([text]) == [("2019-03-28", text)]


def test_two_dates_set_side_by_side_date_two_happenings_across_a_name_aside() -> None:
    text = (
        "The clerks named two earlier cases, once by the mayor in 1977 during a flood, and "
        "again by her deputy, Jane Roe, in 1994 after a storm."
    )
    assert story_timeline([text]) == []


def test_a_weekday_joined_to_next_weeks_day_dates_neither() -> None:
    text = "The games are held at the arena on Saturday and next Monday."
    assert [k for _, _, k in kinds(text)] == ["unknown", "unknown"]


def test_a_span_an_amount_is_counted_over_is_its_period_not_a_happenings_time() -> None:
    assert spans("She made almost $4 million between 2003 and 2006 from consulting.") == [
        ("2003", "2006", "unknown")
    ]
    assert spans("The levy would raise 2 percent more from 2013 to 2022.")[0][2] == "unknown"
    # and, like a date that cannot be placed, it leaves the other date of its sentence a guess
    text = "The two firms made $6 million from 2001 to 2005, according to filings sent Friday."
    assert story_timeline([text]) == []


def test_a_week_counted_from_the_report_is_a_calendar_week() -> None:
    # Published on a Saturday (30 March 2019): "this week" is the week it is in, from its
    # Sunday; "last week" the one before; not the seven days from the report's own weekday,
    # which would put "this week" after the report.
    assert [(d.iso, d.precision) for d in dated("The union gave her its backing this week.")] == [
        ("2019-03-24", "week")
    ]
    assert [d.iso for d in dated("He won the primary last week.", "2019-03-28")] == ["2019-03-17"]
    assert [d.iso for d in dated("Two weeks ago, the board sent the files.")] == ["2019-03-10"]


def test_a_weekday_in_a_quotation_is_counted_from_when_it_was_spoken() -> None:
    # The words may have been spoken days before the report: which Tuesday, not known.
    text = "“We met them on Tuesday and they agreed,” she said."
    assert kinds(text) == [("2019-03-26", "on Tuesday", "unknown")]
    assert story_timeline([text]) == []
    # Outside the quotation, the report's own week.
    text = "She met them on Tuesday, and “they agreed,” she said."
    assert story_timeline([text]) == [("2019-03-26", text)]


def test_the_other_side_of_a_change_told_with_an_amount_is_a_baseline() -> None:
    assert [k for _, _, k in kinds("Turnout at the fair climbed to 58% from 41% in 2009.")] == [
        "modifier"
    ]
    text = "The toll was up 8% from a low of $12,500 in 2009, the audit found."
    assert [k for _, _, k in kinds(text)] == ["modifier"]


def test_the_year_of_a_share_is_the_period_of_a_statistic() -> None:
    assert story_timeline(["In 2012, 30% of the farms ran at a loss."]) == []
    # A day with a share is a happening of that day.
    text = "Shares of the firm fell 2% on Monday."
    assert story_timeline([text]) == [("2019-03-25", text)]


def test_a_threat_to_do_something_is_said() -> None:
    assert kinds("The mayor threatened Monday to sue the county.") == [
        ("2019-03-25", "Monday", "report")
    ]


def test_a_participle_with_its_agent_does_not_close_a_relative_clause() -> None:
    # "committed by ..." is no verb of its own: the span is still in the which-clause.
    text = (
        "Her aides criticized the rule, which widened the power to seize goods carried by "
        "“traders of firms tied to the old regime” from 1931 to 1946."
    )
    assert story_timeline([text]) == []


def test_a_year_in_a_list_of_years_dates_no_one_happening() -> None:
    text = "Her donations went from $40,000 in 2001 to over $1 million in 2003, 2005 and 2006."
    assert story_timeline([text]) == []
    text = "In 2007, the council met in the old hall."
    assert story_timeline([text]) == [("2007", text)]


def test_a_clause_of_time_inside_a_relative_clause_holds_its_date() -> None:
    text = (
        "The clerk did not name the aides, or Ms. Roe, the former chief, who stepped down when "
        "the mayor left office in January."
    )
    assert story_timeline([text]) == []
    # A third verb after the clause of time is the news's own.
    text = "The aide who resigned when the mayor left was sworn in on Friday."
    assert story_timeline([text]) == [("2019-03-29", text)]


def test_a_name_in_a_clause_is_no_verb_of_it() -> None:
    # "Rose" is a name, not the past of "rise": the where-clause has one verb and holds its date.
    text = "The hospital, where Rose trained as a nurse in 2004, gave the funds to the school."
    assert story_timeline([text], "2011-01-06") == []


def test_a_while_despite_or_compared_to_stretch_holds_its_date() -> None:
    for text in (
        "The fund grew fast, while the rival fund closed in 2008 after heavy losses.",
        "The mill kept its licence, despite a ban on coal plants in 1990 by the state.",
        "There were 31 fires in the town compared to 40 during the same weeks in 2009.",
        "The fair drew big crowds compared with a thin turnout in 2009.",
    ):
        assert story_timeline([text], "2011-01-06") == [], text


def test_a_phrase_that_opens_the_sentence_with_before_or_after_holds_its_date() -> None:
    for text in (
        "Before the flood on May 3, 1927, the two towns were one parish.",
        "After her defeat in 1998, Ms. Roe still ran the party's fund.",
    ):
        assert story_timeline([text], "2011-01-06") == [], text
    # Further in, the day is the news's own.
    text = "Ms. Roe stood before the judge in 1998."
    assert story_timeline([text], "2011-01-06") == [("1998", text)]


def test_a_participle_between_a_name_and_its_verb_dates_itself() -> None:
    text = "Acme Labs, started in 1988, has grown into the largest firm in the valley."
    assert story_timeline([text], "2011-01-06") == []
    # after a name aside, the name's own verb
    text = "Jane Roe, 49, joined the board in 1988, and later chaired it."
    assert story_timeline([text], "2011-01-06") == [("1988", text)]


def test_a_name_with_the_between_commas_does_not_close_the_clause_holding_a_date() -> None:
    text = (
        "Complaints grew after the county moved its water intake to a river, the Kent River, "
        "in June 2006."
    )
    assert story_timeline([text], "2011-01-06") == []


def test_a_date_in_a_clause_told_in_the_present_dates_no_happening() -> None:
    text = "The square marks the day in 1902 when the first tram reached the town."
    assert story_timeline([text], "2011-01-06") == []
    # a clause of its own after the verb of the present tells its own happening
    text = "The plaque shows that in 2009 the county closed four fire stations."
    assert story_timeline([text], "2011-01-06") == [("2009", text)]


def test_a_date_that_a_that_clause_follows_after_a_charge_or_a_statement_is_a_report() -> None:
    assert kinds("The county charged in its suit on Tuesday that the mill hid its waste.") == [
        ("2019-03-26", "on Tuesday", "report")
    ]
    text = "The mill said in a note to its workers, in January, that wages would fall."
    assert [k for _, _, k in kinds(text)] == ["report"]
    # a charge of a crime is a happening of that day
    assert kinds("Police charged the driver with theft on Tuesday.") == [
        ("2019-03-26", "on Tuesday", "event")
    ]


def test_a_condition_dates_no_happening() -> None:
    for text in (
        "Even if the claim had been proved back in 1994, the boy could not have been tried.",
        "We would like to talk to you if you were at the park on June 3, 2008.",
    ):
        assert story_timeline([text], "2011-01-06") == [], text


def test_a_date_in_the_source_a_sentence_is_read_from_dates_no_happening_of_it() -> None:
    text = "The fund took in most of its cash from one donor, according to papers filed on Sunday."
    assert story_timeline([text]) == []


def test_a_clause_of_time_inside_a_that_clause_holds_its_date() -> None:
    text = (
        "The vote was one more twist in the row, now a year old, that began when Roe quit the "
        "board in May."
    )
    assert story_timeline([text], "2011-01-06") == []


def test_a_date_that_stamps_a_caption_dates_no_clause() -> None:
    text = "June 3, 2008 Rescuers carried a man from the rubble of the school."
    assert story_timeline([text], "2011-01-06") == []
    text = "In 2008 Rescue Corps opened a base in the valley."
    assert story_timeline([text], "2011-01-06") == [("2008", text)]


def test_a_clause_that_likens_the_news_to_another_time_at_the_start_holds_its_date() -> None:
    text = "As was the case in 1994, the meaning of the note is still in dispute."
    assert story_timeline([text], "2011-01-06") == []
    text = "As the bill reached her desk on Monday, she left the capital."
    assert story_timeline([text]) == [("2019-03-25", text)]


def test_after_a_noun_a_phrase_of_after_or_before_holds_its_date() -> None:
    text = "The party won back young voters after its loss in 2008."
    assert story_timeline([text], "2011-01-06") == []
    # after a verb, the verb's own phrase
    text = "The senator went after the aide on Tuesday in a long post."
    assert story_timeline([text]) == [("2019-03-26", text)]


def test_a_quoted_title_between_commas_does_not_close_the_phrase_holding_a_date() -> None:
    text = (
        "Jane Roe took over the drums from Tom Doe before the release of the band's third "
        "album, “Blue Hour,” in 2009, the year of the flood."
    )
    assert story_timeline([text], "2011-01-06") == []
    text = "The band released its debut album, “Blue Hour,” in 2009."
    assert story_timeline([text], "2011-01-06") == [("2009", text)]


def test_what_an_opinion_a_need_a_condition_or_a_question_holds_is_no_plan() -> None:
    # What someone thinks will happen, or what must happen, is no plan of the story.
    assert (
        story_timeline(["The treasurer believes the feud will last until the vote in July."]) == []
    )
    assert story_timeline(["The coach said the team will have to win two games in April."]) == []
    # What must be done by a day is a deadline all the same.
    due = "The club must answer the charges by April 26."
    assert story_timeline([due]) == [("2019-04-26", due)]
    # A plan in a condition or a question, in its own clause.
    assert story_timeline(["The mayor will keep her seat if turnout stays low in May."]) == []
    assert story_timeline(["Her aide declined to say whom she would back in June."]) == []
    # A hope or a wish is no plan told: what is hoped for may or may not be set for that day.
    assert story_timeline(["The council hoped the board would release the report this week."]) == []
    assert story_timeline(["The mayor hopes to sign the deal with the union on Friday."]) == []
    # A condition before the plan's own clause leaves it one.
    after_condition = "If the bill fails, the House will vote again on Monday."
    assert story_timeline([after_condition]) == [("2019-04-01", after_condition)]


def test_the_years_of_amounts_compared_date_no_happening() -> None:
    text = "The firm said its sales grew from $12 million in 2016 to $19 million in 2018."
    assert story_timeline([text]) == []
    text = "The union pledged $5,000, down from the more than $40,000 it gave three years ago."
    assert story_timeline([text]) == []


def test_what_a_participle_of_saying_holds_is_not_the_news() -> None:
    text = "The senator gave no details, saying only that the panel met the witnesses last week."
    assert story_timeline([text]) == []


def test_a_date_of_a_side_clause_across_an_aside() -> None:
    # A side clause whose subject an aside parts from its verb, and one a date goes on after a
    # comma.
    text = (
        "Since talks between the union and the Acme Corporation, or Acme, broke down in "
        "January, hundreds of workers have left."
    )
    assert story_timeline([text]) == []
    text = "Fans say nothing has been as good since the drummer quit, back in 1994."
    assert story_timeline([text]) == []
    # After "but", a clause of its own begins, and the date is its.
    text = "The prize has gone to films that pleased the studios, but in 2017 it went to Lux."
    assert story_timeline([text]) == [("2017", text)]


def test_what_did_not_happen_has_no_date() -> None:
    assert story_timeline(["There was no word from the ministry on Friday."]) == []
    assert story_timeline(["Had they acted back in 2010, the plant would be open."]) == []


def test_a_relative_clause_with_an_adverb_inside_its_verb_holds_its_date() -> None:
    text = "Ms. Lund, who was first chosen for the council in 1998, has rarely lost a vote."
    assert story_timeline([text]) == []


def test_a_state_told_in_the_present_after_a_word_of_saying_is_no_happening() -> None:
    text = "The coach said the young players are getting more time in that drill this week."
    assert story_timeline([text]) == []
    # What was said to have happened keeps its date.
    text = "The coach said the team, which is still unbeaten, signed two players on Monday."
    assert story_timeline([text]) == [("2019-03-25", text)]


def test_the_year_an_amount_is_counted_over_dates_no_happening() -> None:
    assert story_timeline(["The band grossed more than $40 million in 2014."]) == []
    assert (
        story_timeline(["The state leads with 9.1 billion gallons in 2013, ahead of Ohio."]) == []
    )
    # A payment is a happening, and keeps its year.
    text = "The city paid $4 million to the family in 2012."
    assert story_timeline([text]) == [("2012", text)]


def test_a_date_in_a_phrase_that_a_sentence_counts_from_is_not_the_news() -> None:
    text = "From the day in 1999 when the shop opened, the family has sold only bread."
    assert story_timeline([text]) == []
    text = "From 2007 to 2011, he bought four farms."
    assert story_timeline([text]) == [("2007", text)]


def test_a_clause_after_the_day_holds_its_date() -> None:
    assert story_timeline(["He stayed as calm as the day he joined the club in June 2010."]) == []
    text = "Two years later the council approved the plan in May 2012."
    assert story_timeline([text]) == [("2012-05", text)]


def test_a_party_and_state_written_with_a_space_is_no_break_of_a_relative_clause() -> None:
    text = (
        "The suit filed by a former aide, an officer who Hale, R -Ore., fired in June for "
        "leaking files, alleges a long list of wrongs."
    )
    assert story_timeline([text], "2015-11-23") == []


def test_two_weekdays_joined_as_a_span_are_one_span_resolved_by_tense() -> None:
    # Told in the past, the span ended on its last weekday up to the report (Saturday): not a
    # Thursday this week and a Monday still to come.
    assert spans("The ballots were counted Tuesday through Friday, officials said.")[0] == (
        "2019-03-26",
        "2019-03-29",
        "event",
    )
    assert spans("The ferries were halted Thursday through Monday.")[0] == (
        "2019-03-21",
        "2019-03-25",
        "event",
    )
    # A plan starts on the next such first day.
    assert spans("The museum will be shut Monday through Wednesday.")[0] == (
        "2019-04-01",
        "2019-04-03",
        "plan",
    )


def test_a_clause_of_time_inside_the_stretch_dates_itself_not_the_news() -> None:
    # A trailing "as" clause with its own subject and verb; "when" after a noun or after a
    # participle set beside an object; an absolute phrase after "with".
    assert story_timeline(["The treasurer quit as the auditors were arriving on Friday."]) == []
    assert story_timeline(["The shares fell as they had done on Friday."]) == []
    assert (
        story_timeline(["Fans packed the hall on the night when the band reunited on Friday."])
        == []
    )
    assert (
        story_timeline(["Divers raised the boat wrecked when the storm struck on Tuesday."]) == []
    )
    assert (
        story_timeline(["Families of men killed when the mine flooded on Tuesday sued the firm."])
        == []
    )
    assert story_timeline(["The meeting broke up, with the budget approved on Thursday."]) == []
    # The news's own clause keeps its date: the time a "when" clause gives after the verb, "as"
    # without a clause of its own.
    assert story_timeline(["The guard was hurt when the fence fell on Friday."]) == [
        ("2019-03-29", "The guard was hurt when the fence fell on Friday.")
    ]
    assert story_timeline(["She was sworn in as treasurer on Friday."]) == [
        ("2019-03-29", "She was sworn in as treasurer on Friday.")
    ]
    assert story_timeline(["The treasurer quit on Friday as the auditors arrived."]) == [
        ("2019-03-29", "The treasurer quit on Friday as the auditors arrived.")
    ]
    # A clause in the past of its own after "as" is the same moment as the news.
    assert story_timeline(["The treasurer quit as the auditors arrived on Friday."]) == [
        ("2019-03-29", "The treasurer quit as the auditors arrived on Friday.")
    ]


def test_a_guess_at_what_will_happen_is_no_plan() -> None:
    assert story_timeline(["It is likely the board will name a new chief on Tuesday."]) == []
    assert story_timeline(["The board will probably name a new chief on Tuesday."]) == []
    assert story_timeline(["The board will name a new chief on Tuesday."]) == [
        ("2019-04-02", "The board will name a new chief on Tuesday.")
    ]


def test_one_happening_dated_at_two_precisions_is_shown_once_at_the_finer() -> None:
    told = [
        "The count was held in early March, before the strike.",
        "The count was held between March 4 and 8, and covered 40 towns.",
    ]
    assert story_timeline(told, "2019-06-20") == [("2019-03-04", told[1])]
    # Two approvals in one month by two bodies stay two.
    two = [
        "The scheme was approved in March by its budget panel.",
        "The council approved the scheme on March 20 by a vote of 9 to 2.",
    ]
    assert len(story_timeline(two, "2019-06-20")) == len(two)
