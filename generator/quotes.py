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


def _speaker(attribution: str, people: Sequence[Mention]) -> str | None:
    """The person an attribution names ("Jane Doe told reporters", "declaring," after a name)."""
    for person in people:
        if person.name in attribution or person.name.split()[-1] in attribution.split():
            return person.name
    return None


def find_quotes(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> tuple[Quote, ...]:
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
            speaker = (
                _speaker(outside, local)
                if re.search(rf"\b({_VERBS}|declaring|saying)\b", outside, re.I)
                else None
            )
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
