"""Direct quotations and who said them, including quotations whose opening mark was lost."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.models import Mention, Quote, Sentence
from generator.patterns import SPEECH_VERBS

# A quotation shorter than this is a scare quote or a title ("America First"), not speech.
QUOTE_MIN_WORDS = 6
_OPEN, _CLOSE = '"“«', '"”»'
_QUOTED = re.compile(r"[\"“«](?P<text>[^\"“”«»]{10,}?)[\"”»]")
# A quotation whose opening mark was lost: text, then a closing mark and the attribution.
_LOST_OPENING = re.compile(r"^(?P<text>[^\"“”«»]{10,}?)[,.!?]?[\"”»]\s*(?P<rest>.+)$")
_VERBS = "|".join(sorted(SPEECH_VERBS))
# "..., she said." / "said he": the speaker is the person the text was just about.
_PRONOUN_SAID = re.compile(rf"\b(?:he|she)\s+(?:{_VERBS})\b|\b(?:{_VERBS})\s+(?:he|she)\b", re.I)


def _speaker(attribution: str, people: Sequence[Mention]) -> str | None:
    """The person an attribution names ("Jane Doe told reporters", "declaring," after a name)."""
    for person in people:
        if person.name in attribution or person.name.split()[-1] in attribution.split():
            return person.name
    return None


def _antecedent(before: str, local: Sequence[Mention], previous: Sequence[Mention]) -> str | None:
    """Whom "she said" refers to: the last person named earlier in the sentence, else the
    first person (the subject, in news style) of the sentence before."""
    named = [m for m in local if m.type.startswith("person") and m.name in before]
    if named:
        return max(named, key=lambda m: before.rfind(m.name)).name
    subjects = [m for m in previous if m.type.startswith("person")]
    return subjects[0].name if subjects else None


def find_quotes(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> tuple[Quote, ...]:
    """Quotations with their speaker: a name next to a verb of speech, a pronoun's antecedent
    ("..., she said"), or, for a quotation that goes on in the next sentence with no
    attribution, the speaker of the quotation before."""
    people_by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.type not in ("place", "organisation"):
            people_by_sentence.setdefault(mention.sentence, []).append(mention)
    people = [m for m in mentions if m.type not in ("place", "organisation")]
    found: list[Quote] = []
    for sentence in sentences:
        text = sentence.text
        local = people_by_sentence.get(sentence.index, [])
        previous = people_by_sentence.get(sentence.index - 1, [])
        for match in _QUOTED.finditer(text):
            quoted = match["text"].strip(" ,")
            if len(quoted.split()) < QUOTE_MIN_WORDS:
                continue
            outside = text[: match.start()] + " " + text[match.end() :]
            attributed = re.search(rf"\b({_VERBS}|declaring|saying)\b", outside, re.I)
            speaker = _speaker(outside, local) if attributed else None
            if speaker is None and _PRONOUN_SAID.search(outside):
                speaker = _antecedent(text[: match.start()], local, previous)
            if speaker is None and not outside.strip(" .,;:") and found:
                last = found[-1]  # a quotation that goes on: "…" she said. "…"
                if last.sentence == sentence.index - 1:
                    speaker = last.speaker
            found.append(
                Quote(
                    speaker or _speaker(outside, previous) or _speaker(outside, people),
                    quoted,
                    sentence.index,
                )
            )
        if not any(ch in text for ch in _OPEN) and (lost := _LOST_OPENING.match(text)):
            rest = lost["rest"]
            quoted = lost["text"].strip(" ,")
            if re.search(rf"\b({_VERBS})\b", rest, re.I) and len(quoted.split()) >= QUOTE_MIN_WORDS:
                found.append(
                    Quote(_speaker(rest, local) or _speaker(rest, people), quoted, sentence.index)
                )
    return tuple(found)
