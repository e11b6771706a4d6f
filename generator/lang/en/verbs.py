"""English verbs of speech and attribution."""

from __future__ import annotations

# Verbs of speech: a capitalised name right before or after one is a person.
SPEECH_VERBS = frozenset(
    """said says told added noted stated declared announced warned argued insisted explained
    wrote tweeted posted urged asked replied according""".split()
)
# Verbs that attribute a quotation to its speaker ("…," she said / said she / according to).
# Wider than SPEECH_VERBS, which also decide whether a name is a person: these only run next to
# a quotation.
ATTRIBUTION_VERBS = SPEECH_VERBS | frozenset(
    """say says saying tell tells telling adds adding writes writing tweets tweeting asks
    asking states declaring declares explains noting notes argues arguing insists warns
    continued continues recalled recalls replied replies responded responds answered
    acknowledged admitted admits claimed claims countered counters joked jokes quipped remarked
    conceded announced observed emphasized emphasised stressed cautioned complained boasted
    predicted promised vowed pledged testified reiterated concluded shouted yelled wondered
    mused chided scoffed retorted thundered""".split()
)
