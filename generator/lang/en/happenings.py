"""English words that tell when one happening happened: clock times and their hedges."""

from __future__ import annotations

import re

# "1:30 a.m.", "9:40 pm", "2 a. m." (a sentence splitter may leave a space inside "a. m."),
# "11 p.m": the hour, its minutes when written, and the half of the day.
CLOCK_TIME = re.compile(
    r"(?<![\w:.])(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
# Hedges before a time: either side of it, after it, before it.
AROUND = frozenset("about around approximately roughly some nearly almost circa".split())
AFTER = frozenset("after past".split())
BEFORE = frozenset("before".split())
# A time after one of these is a bound or a span's end, not the moment of a happening.
BOUNDS = frozenset("until till by from between to through since and or".split())
# A clock named after the time ("9:40 p.m. local time", "1:40 a.m. ET").
ZONE_AFTER = re.compile(
    r"\s*(?:\(|[A-Z]{2,4}T\b|ET\b|local\b|GMT\b|UTC\b|Eastern\b|Pacific\b|Central\b|Mountain\b)"
)
# A verb after one of these is not told as done: a plan, a wish, a denial.
NOT_DONE = frozenset(
    """will would could should may might must can shall to not never n't expected set due
    scheduled planned""".split()
)
# A subject ending in one of these names no one in particular, or someone told before.
NO_ACTOR = frozenset(
    """he she it they we i you who which that this these those one someone anyone everyone
    nobody others other people""".split()
)
# Words of grammar: a noun phrase read back from its verb ends at one (a determiner is its
# first word), and an object's first noun phrase ends at one.
FUNCTION_WORDS = (
    NO_ACTOR
    | frozenset(
        """a an the his her its their our my your and or but nor so yet for of in on at to from by
    with into onto upon over under after before during since until while when where as than
    because although though if whether about against among between through across near off out
    up down is are was were be been being has have had do does did am herself himself itself
    themselves myself not no only just also still even then there here what whom whose""".split()
    )
    | AROUND
    | AFTER
    | BEFORE
)
# Prepositions that open what a verb acts on ("checked into the clinic").
OBJECT_OPENERS = frozenset("into onto".split())
# Words that tell a happening as one more of its kind, after one before it.
REPEATED = frozenset("again later anew re-entered returned".split())
# Adverbs right before a verb that tell its happening as the first of several of its kind ("the
# council first voted on Thursday", then approved on Monday): a later one is another happening.
FIRST_OF_SEVERAL = frozenset("first initially originally".split())
