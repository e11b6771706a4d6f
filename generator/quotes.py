"""Direct quotations and who said them, by the grammar of attribution rather than by proximity.

A quotation's speaker is the subject of the verb of speech that carries it, in the quotation's
own sentence: `"…," Jane Doe said`, `"…," said Jane Doe, a spokeswoman`, `Jane Doe told
reporters: "…"`, `"…," according to Jane Doe`. The subject is read as news grammar writes it:
before the verb, the head of its noun phrase is the name nearest the verb, and an appositive
("Jane Doe, a senator from Ohio, said") is skipped; after the verb, the first name.
A pronoun subject ("…," she said) is the person the passage is about: the speaker of the
quotation just before, else the person named as the subject of the sentence before; never an
organisation or a place, and never a guess between two people. A quotation that goes on from
the one before with no attribution of its own keeps that speaker. When the text does not make
the speaker clear, the quotation has none ("speaker not stated").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator import names
from generator.lang.schema import LanguageData
from generator.models import Analysis, Entity, Mention, Quote, Sentence, StoryQuote
from generator.text import fold

# A quotation shorter than this is a scare quote or a title ("Fortress Europe"), not speech.
QUOTE_MIN_WORDS = 6
# Words between a verb of speech and the quotation it introduces: "said in a statement on
# Thursday that". Further away, the verb belongs to another clause.
VERB_TO_QUOTE_WORDS = 8
# Words between a verb of speech and a quotation inside the speech it reports: "Doe said she
# would stay because the plan was "…"". Beyond a sentence's usual clause, it is someone else's.
REPORTED_SPEECH_WORDS = 25
# Words of a subject before its verb: "the mayor's top budget adviser Jane Roe said".
SUBJECT_WORDS = 12
# Sentences back in which a pronoun finds the person it stands for.
ANTECEDENT_SENTENCES = 3

_OPEN, _CLOSE = '"“«', '"”»'
_QUOTED = re.compile(r"[\"“«](?P<text>[^\"“”«»]{10,}?)[\"”»]")
# The marks that face one way; a straight mark faces either (see _run_on_quotation).
_STRAIGHT = '"'
_OPENING_MARKS = frozenset(_OPEN) - {_STRAIGHT}
_CLOSING_MARKS = frozenset(_CLOSE) - {_STRAIGHT}
_CLOSING_PUNCTUATION = frozenset(",.!?")


@dataclass(frozen=True)
class _Person:
    """A name as the sentence writes it, where it is, and what kind of thing it names."""

    name: str
    start: int
    end: int
    organisation: bool


def _located(text: str, mentions: Sequence[Mention], surnames: frozenset[str]) -> list[_Person]:
    """Where each person or organisation mention of the sentence is written, left to right. A
    name typed as a place or a common word that is the surname of a person of the article
    ("Warren" beside "Elizabeth Warren") is that person here."""
    found: dict[int, _Person] = {}
    for mention in mentions:
        if mention.type in ("place", "other") and mention.name not in surnames:
            continue
        organisation = mention.type == "organisation"
        for surface in {mention.name, mention.name.split()[-1]}:
            for start in _occurrences(text, surface):
                known = found.get(start)
                if known is None or len(known.name) < len(mention.name):
                    found[start] = _Person(mention.name, start, start + len(surface), organisation)
    people = sorted(found.values(), key=lambda p: p.start)
    # A surname inside a full name already found is the same mention.
    return [p for p in people if not any(q.start < p.start < q.end for q in people)]


def _occurrences(text: str, word: str) -> list[int]:
    """Where `word` is written in `text` as a whole word (str.find: no pattern per name)."""
    found, at = [], text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not (before.isalnum() or before in "’'-") and not (after.isalnum() or after == "-"):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _after_verb(
    text: str, people: Sequence[_Person], verb_end: int, lang: LanguageData
) -> _Person | str | None:
    """The subject written after its verb: `said Jane Doe, a senator`, `said Senate leader Jane
    Doe`, `said she`. The subject's noun phrase ends at a comma or a clause word; its head is
    the last person it names (a title's organisation comes first: "Senate", "Judicial Watch")."""
    rest = text[verb_end:]
    if match := lang.attribution.pronoun_after.match(rest):
        return match[1].lower()
    phrase = lang.attribution.phrase_end.search(rest)
    phrase_end = verb_end + (phrase.start() if phrase else len(rest))
    inside = [p for p in people if verb_end <= p.start and p.end <= phrase_end]
    if not inside:
        return None
    if lang.attribution.not_subject_between.search(text[verb_end : inside[0].start]):
        return None  # "said that Jane Doe …", "told Jane Doe": not the subject
    persons = [p for p in inside if not p.organisation]
    return persons[-1] if persons else inside[-1]


# How far into its sentence a shared subject may start.
SHARED_SUBJECT_WORDS = 8


def _before_verb(
    text: str, people: Sequence[_Person], verb_start: int, lang: LanguageData
) -> _Person | str | None:
    """The subject written before its verb: `Jane Doe said`, `Jane Doe, a senator, said`,
    `the mayor's aide Tom Reyes said`, `she said`."""
    before = text[:verb_start]
    words = list(re.finditer(r"\S+", before))
    if not words:
        return None
    window_start = words[-SUBJECT_WORDS:][0].start()
    if lang.attribution.pronoun_before.search(before):
        return str(lang.attribution.pronoun.findall(before)[-1]).lower()
    parts = _split_commas(before, window_start)
    for part_start, part_end in reversed(parts):
        part = before[part_start:part_end]
        if not part.strip():
            continue
        if lang.attribution.coordinator.fullmatch(part) or lang.attribution.coordinator.search(
            part
        ):
            return _shared_subject(text, people)
        if lang.attribution.aside.match(part) and not lang.attribution.pronoun_opening.match(part):
            continue  # an appositive or an aside: the subject is before it
        inside = [p for p in people if part_start <= p.start and p.end <= part_end]
        if not inside:
            return None  # a description without a name: "A campaign spokesman said"
        head = inside[-1]
        if lang.attribution.two_speakers.search(before[inside[0].start : head.start]):
            return None  # "Jane Doe and John Roe said": two speakers
        tail = before[head.end : part_end]
        # Nothing but a bracket ("(D-Ohio)") or an adverb may follow the head before the verb.
        if lang.attribution.subject_tail.fullmatch(tail):
            return head
        return None
    return None


def _shared_subject(text: str, people: Sequence[_Person]) -> _Person | None:
    """The subject of a sentence's first clause: its first person, if the sentence opens with it."""
    for person in people:
        if person.organisation:
            continue
        if len(text[: person.start].split()) <= SHARED_SUBJECT_WORDS and not re.search(
            r"[,;]", text[: person.start]
        ):
            return person
        return None
    return None


def _split_commas(text: str, start: int) -> list[tuple[int, int]]:
    parts, at = [], start
    for match in re.finditer(r",", text[start:]):
        parts.append((at, start + match.start()))
        at = start + match.end()
    parts.append((at, len(text)))
    return parts


@dataclass(frozen=True)
class _Attribution:
    speaker: _Person | str | None  # a person, a pronoun ("he", "she"), or nobody named
    found: bool  # a verb of speech attributes the quotation (whether or not it names someone)


def _attribution(
    text: str, start: int, end: int, people: Sequence[_Person], lang: LanguageData
) -> _Attribution:
    """Who the sentence says spoke the quotation at text[start:end] (marks included)."""
    after = text[end:]
    # `"…," Jane Doe said` / `"…," said Jane Doe` / `"…," according to Jane Doe`
    lead = re.match(r"\s*[,—–-]?\s*", after)
    clause = after[lead.end() if lead else 0 :]
    offset = len(text) - len(clause)
    verb = lang.attribution.verb.search(clause)
    if verb and verb.start() <= len(" ".join(clause.split()[:SUBJECT_WORDS])):
        verb_start, verb_end = offset + verb.start(), offset + verb.end()
        if verb[0].lower() == lang.attribution.according:
            to = lang.attribution.according_to.match(text[verb_end:])
            if to:
                return _Attribution(_after_verb(text, people, verb_end + to.end(), lang), True)
        elif verb.start() == 0 or clause[: verb.start()].strip() == "":
            return _Attribution(_after_verb(text, people, verb_end, lang), True)
        elif not any(
            c in clause[: verb.start()] for c in _OPEN + _CLOSE + ";:"
        ) and not lang.attribution.clause_opener.match(clause):
            return _Attribution(_before_verb(text[:verb_start], people, verb_start, lang), True)
    # `Jane Doe said: "…"` / `Jane Doe told reporters that "…"`
    before = text[:start]
    verbs = list(lang.attribution.verb.finditer(before))
    if verbs:
        verb = verbs[-1]
        gap = before[verb.end() :]
        near = len(gap.split()) <= VERB_TO_QUOTE_WORDS
        # `Jane Doe said she would wait because there is "…"`: a quotation inside the speech
        # a verb reports belongs to its subject, unless another verb that reports or names
        # someone else's words comes between.
        reported = len(gap.split()) <= REPORTED_SPEECH_WORDS and not lang.attribution.nested.search(
            gap
        )
        if (near or reported) and not any(c in gap for c in _OPEN + _CLOSE + ";"):
            if verb[0].lower() == lang.attribution.according:
                to = lang.attribution.according_to.match(before[verb.end() :])
                if to:
                    return _Attribution(
                        _after_verb(text, people, verb.end() + to.end(), lang), True
                    )
            if verb[0].lower().endswith(lang.attribution.participle_ending) and before[
                : verb.start()
            ].rstrip().endswith(","):
                # "Jane Doe tied the scores to the law, saying "…"": the main clause's subject.
                return _Attribution(_shared_subject(text, people), True)
            subject = _before_verb(before[: verb.start()], people, verb.start(), lang)
            inverted = lang.attribution.inverted_gap.fullmatch(gap)
            if subject is None and inverted and verb[0].lower() in lang.attribution.inverting_verbs:
                subject = _after_verb(text, people, verb.end(), lang)  # "said Jane Doe: "…""
            return _Attribution(subject, True)
    if according := lang.attribution.according_after.match(after):
        return _Attribution(_after_verb(text, people, end + according.end(), lang), True)
    return _Attribution(None, False)


def _gender(name: str, roles: Mapping[str, str | None], lang: LanguageData) -> str | None:
    """What the text or the name says of a person's gender: an honorific, else a first name
    that clearly carries one; None when neither tells."""
    role = (roles.get(name) or "").lower().rstrip(".")
    if role in lang.titles.female_honorifics:
        return "f"
    if role in lang.titles.male_honorifics:
        return "m"
    words = name.split()
    return names.gender(words[0]) if len(words) > 1 else None


class _Passage:
    """What the article has said so far: the speakers of recent quotations and the subjects of
    recent sentences, for pronouns to refer back to."""

    def __init__(self, people_roles: Mapping[str, str | None], lang: LanguageData) -> None:
        self.roles = people_roles
        self.lang = lang
        # (sentence, name, sure) newest last; `sure` is False for a name the analysis could
        # not tell is a person's ("Aragão" alone): a pronoun after it is not resolved past it.
        self.recent: list[tuple[int, str, bool]] = []

    def note(self, sentence: int, person: str, *, sure: bool = True) -> None:
        self.recent.append((sentence, person, sure))

    def antecedent(self, pronoun: str, sentence: int) -> str | None:
        """The person `he` or `she` stands for: the latest one the passage was about, of a
        compatible gender where the text tells it. None when that is a name of unknown kind,
        or when another compatible person was named since the sentence before last and the
        latest was not the subject of the sentence just before (two candidates: no guess)."""
        wanted = self.lang.attribution.pronoun_genders.get(pronoun)
        compatible: list[tuple[int, str, bool]] = []
        for at, person, sure in reversed(self.recent):
            if at < sentence - ANTECEDENT_SENTENCES:
                break
            gender = _gender(person, self.roles, self.lang) if sure else None
            if wanted and gender and gender != wanted:
                continue
            compatible.append((at, person, sure))
        if not compatible or not compatible[0][2]:
            return None
        at, person, _ = compatible[0]
        rivals = {p for a, p, _ in compatible[1:] if p != person and a >= sentence - 2}
        if rivals and at < sentence - 1:
            return None
        return person


def _full_name(name: str, people: Sequence[str]) -> str:
    """A bare name as the one full name of the article that ends (or, for names written family
    name first, begins) with it: "Doe" -> "Jane Doe"; left bare when two people share it."""
    if " " in name:
        return name
    matches = {p for p in people if " " in p and p.split()[-1] == name}
    if not matches:
        matches = {p for p in people if " " in p and p.split()[0] == name}
    return matches.pop() if len(matches) == 1 else name


# An opening mark with no closing mark after it: the quotation runs on into the next sentences.
_OPENING = re.compile(r"(?:^|(?<=[\s(—–-]))[\"“«](?=\S)(?P<text>[^\"“”«»]*)$")
# A closing mark with no opening mark before it: the end of a quotation begun earlier.
_CLOSING = re.compile(r"^(?P<text>[^\"“”«»]+?)[\"”»](?=[\s,.;:!?)—–-]|$)")
# An attribution that stands as a sentence of its own after a quotation: "Jane Doe said."
ATTRIBUTION_SENTENCE_WORDS = 12


@dataclass
class _Open:
    """A quotation that runs over several sentences, until its closing mark."""

    parts: list[str]
    sentence: int
    paragraph: int
    speaker: str | None
    attributed: bool


class _Reader:
    """Reads an article's quotations sentence by sentence, remembering what the passage said."""

    def __init__(
        self, sentences: Sequence[Sentence], mentions: Sequence[Mention], lang: LanguageData
    ) -> None:
        self.sentences = sentences
        self.lang = lang
        self.by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            self.by_sentence.setdefault(mention.sentence, []).append(mention)
        self.names = sorted({m.name for m in mentions if m.type.startswith("person")})
        # Family names come last in most names and first in some (names written family first,
        # as many East Asian names are): both ends of a full name may be its family name.
        self.surnames = frozenset(
            word for n in self.names if " " in n for word in (n.split()[0], n.split()[-1])
        )
        roles = {m.name: m.role for m in mentions if m.type.startswith("person") and m.role}
        self.passage = _Passage(roles, lang)
        self.found: list[Quote] = []
        # The last quotation whose speaker the text made clear: (sentence, paragraph, speaker).
        self.last: tuple[int, int, str] | None = None

    def people(self, sentence: Sentence) -> list[_Person]:
        return _located(sentence.text, self.by_sentence.get(sentence.index, []), self.surnames)

    def speaker(
        self, attribution: _Attribution, sentence: Sentence, quote_start: int = 0
    ) -> str | None:
        """The name an attribution gives; for a pronoun, the subject of the sentence's own
        words before the quotation ("Jane Doe fired back: "…," she wrote"), else the passage's."""
        if isinstance(attribution.speaker, _Person):
            return _full_name(attribution.speaker.name, self.names)
        if isinstance(attribution.speaker, str):
            local = self.subject_in(sentence, quote_start)
            if local is not None:
                wanted = self.lang.attribution.pronoun_genders.get(attribution.speaker)
                gender = _gender(local, self.passage.roles, self.lang)
                if not (wanted and gender and gender != wanted):
                    return local
            return self.passage.antecedent(attribution.speaker, sentence.index)
        return None

    def subject_in(self, sentence: Sentence, end: int) -> str | None:
        """The person in subject position in sentence.text[:end], if any."""
        if end <= 0:
            return None
        text = sentence.text[:end]
        clause = self.lang.attribution.introduction.sub("", text, count=1)
        offset = len(text) - len(clause)
        for person in self.people(sentence):
            if person.start < offset or person.end > end:
                continue
            before = text[offset : person.start]
            after = sentence.text[person.end : person.end + 2]
            if self.lang.attribution.not_subject_before.search(before) or after.startswith(
                ("’s", "'s", "-")
            ):
                return None
            return None if person.organisation else _full_name(person.name, self.names)
        return None

    def emit(self, text: str, speaker: str | None, sentence: Sentence, *, attributed: bool) -> None:
        """Keep a quotation the text attributes (a verb of speech, or the run of a speaker's
        words); a quoted phrase no verb attributes is a title or a scare quote."""
        if attributed and speaker is not None:
            self.last = (sentence.index, sentence.paragraph, speaker)
            self.passage.note(sentence.index, speaker)
        if attributed and len(text.split()) >= QUOTE_MIN_WORDS:
            self.found.append(Quote(speaker, text.strip(" ,"), sentence.index))

    def follows(self, position: int) -> _Attribution | None:
        """The attribution that stands as the next sentence of the paragraph ("Jane Doe said.")."""
        if position + 1 >= len(self.sentences):
            return None
        here, after = self.sentences[position], self.sentences[position + 1]
        if after.paragraph != here.paragraph or any(c in after.text for c in _OPEN + _CLOSE):
            return None
        if len(after.text.split()) > ATTRIBUTION_SENTENCE_WORDS:
            return None
        attribution = _attribution(
            " " + after.text, 0, 0, _shifted(self.people(after), 1), self.lang
        )
        return attribution if attribution.found else None

    def unattributed(self, position: int, whole_sentence: bool) -> tuple[str | None, bool]:
        """The speaker of a quotation its own sentence does not attribute: the next sentence's
        attribution, else (for a sentence that is all quotation) the speaker of the quotation
        just before in the same paragraph. (None, False) when neither holds."""
        sentence = self.sentences[position]
        if (attribution := self.follows(position)) is not None:
            return self.speaker(attribution, self.sentences[position + 1]), True
        if whole_sentence and self.last is not None:
            at, paragraph, speaker = self.last
            if paragraph == sentence.paragraph and at >= sentence.index - 2:
                return speaker, True
        return None, False

    def read(self) -> tuple[Quote, ...]:
        running: _Open | None = None
        for position, sentence in enumerate(self.sentences):
            text = sentence.text
            if running is not None and running.paragraph != sentence.paragraph:
                self.close(running, None)
                running = None
            if running is None and not any(c in text for c in _OPEN + _CLOSE):
                self.note_subject(sentence)
                continue
            people = self.people(sentence)
            rest_from = 0
            if running is not None:
                closing = _CLOSING.match(text)
                if closing is None:
                    running.parts.append(text)
                    continue
                running.parts.append(closing["text"])
                attribution = _attribution(text, 0, closing.end(), people, self.lang)
                self.close(running, attribution if attribution.found else None, sentence)
                running = None
                rest_from = closing.end()
            elif (closing := _CLOSING.match(text)) and not any(
                c in text[: closing.end()] for c in _OPEN
            ):
                # The end of a quotation whose opening mark was lost.
                attribution = _attribution(text, 0, closing.end(), people, self.lang)
                self.emit(
                    closing["text"],
                    self.speaker(attribution, sentence),
                    sentence,
                    attributed=attribution.found,
                )
                rest_from = closing.end()
            quoted_here = rest_from > 0
            named_before = len(self.passage.recent)
            for match in _QUOTED.finditer(text, rest_from):
                quoted_here = True
                attribution = _attribution(text, match.start(), match.end(), people, self.lang)
                if attribution.found:
                    speaker, attributed = self.speaker(attribution, sentence, match.start()), True
                else:
                    whole = not text[: match.start()].strip() and not text[match.end() :].strip(
                        " .,"
                    )
                    speaker, attributed = self.unattributed(position, whole)
                self.emit(match["text"], speaker, sentence, attributed=attributed)
            tail_from = max([rest_from] + [m.end() for m in _QUOTED.finditer(text, rest_from)])
            if opening := _OPENING.search(text, tail_from):
                quoted_here = True
                attribution = _attribution(text, opening.start(), len(text), people, self.lang)
                running = _Open(
                    [opening["text"]],
                    sentence.index,
                    sentence.paragraph,
                    self.speaker(attribution, sentence, opening.start()),
                    attribution.found,
                )
                if not attribution.found and opening.start() == 0:
                    speaker, attributed = self.unattributed(position, whole_sentence=True)
                    running.speaker, running.attributed = speaker, attributed
            if not quoted_here or (len(self.passage.recent) == named_before and running is None):
                self.note_subject(sentence)
        if running is not None:
            self.close(running, None)
        return tuple(self.found)

    def note_subject(self, sentence: Sentence) -> None:
        """Remember whom a sentence is about, for the pronouns after it: the subject of its verb
        of speech, else the name in subject position (not a possessive, not after a
        preposition). A name of unknown kind there is noted as unknown, so that a pronoun
        after it is not resolved past it; a sentence that opens with a pronoun changes nothing."""
        text = sentence.text
        clause = self.lang.attribution.introduction.sub("", text, count=1)
        if self.lang.attribution.opens_with_pronoun.match(clause):
            return
        people = self.people(sentence)
        for verb in self.lang.attribution.verb.finditer(text):
            subject: _Person | str | None = None
            if verb[0].lower() in self.lang.attribution.inverting_verbs and re.match(
                r"\s+[A-Z]", text[verb.end() :]
            ):
                subject = _after_verb(
                    text, people, verb.end(), self.lang
                )  # "…, said Jane Doe, a …"
            if subject is None:
                subject = _before_verb(text[: verb.start()], people, verb.start(), self.lang)
            if isinstance(subject, _Person) and not subject.organisation:
                self.passage.note(sentence.index, _full_name(subject.name, self.names))
                return
            if isinstance(subject, str):
                return
            break
        offset = len(text) - len(clause)
        candidates = [
            (at, m)
            for m in self.by_sentence.get(sentence.index, ())
            if m.type != "place"
            for at in _occurrences(text, m.name)
            if at >= offset
        ]
        for at, mention in sorted(candidates, key=lambda c: c[0]):
            before = text[offset:at]
            after = text[at + len(mention.name) : at + len(mention.name) + 2]
            if self.lang.attribution.not_subject_before.search(before) or after.startswith(
                ("’s", "'s", "-")
            ):
                continue
            if before.rstrip().endswith("-"):
                continue
            sure = mention.type.startswith("person") or mention.name in self.surnames
            if self.lang.attribution.and_after.match(text[at + len(mention.name) :]):
                sure = False  # "Jonas Vik and Erik Holm spoke": a pronoun after is either
            self.passage.note(sentence.index, _full_name(mention.name, self.names), sure=sure)
            return

    def close(
        self, running: _Open, attribution: _Attribution | None, sentence: Sentence | None = None
    ) -> None:
        """Emit a quotation of several sentences, attributed where it opened or where it closed."""
        speaker, attributed = running.speaker, running.attributed
        if attribution is not None and sentence is not None:
            speaker, attributed = self.speaker(attribution, sentence), True
        first = next(s for s in self.sentences if s.index == running.sentence)
        self.emit(" ".join(p.strip() for p in running.parts), speaker, first, attributed=attributed)


def _shifted(people: Sequence[_Person], by: int) -> list[_Person]:
    return [_Person(p.name, p.start + by, p.end + by, p.organisation) for p in people]


def find_quotes(
    sentences: Sequence[Sentence], mentions: Sequence[Mention], lang: LanguageData
) -> tuple[Quote, ...]:
    """Every quotation of at least QUOTE_MIN_WORDS words that a verb of speech attributes (or
    that runs on from one), with the speaker the attribution names; None when the text does not
    make the speaker clear."""
    return _Reader(sentences, mentions, lang).read()


# Quotations shown on a story page before the rest are folded away.
QUOTES_SHOWN = 8
# Below this many words a quotation is a fragment: it ranks after whole statements.
FRAGMENT_WORDS = 12
# Words of a quotation that two outlets must share, in order, to carry the same quotation
# (one may cut it shorter than the other).
SAME_QUOTE_MIN_WORDS = 6


def _identity(people: Sequence[Entity]) -> dict[str, str]:
    """Folded names and aliases -> the person's name across the story. A bare word of a name
    ("Clinton") stands for the person only when no other person of the story has it."""
    identity = {fold(alias): p.name for p in people for alias in (p.name, *p.aliases)}
    owners: dict[str, set[str]] = {}
    for person in people:
        for word in fold(person.name).split():
            owners.setdefault(word, set()).add(person.name)
    for word, holders in owners.items():
        if len(holders) == 1 and word not in identity:
            identity[word] = next(iter(holders))
    return identity


def story_quotes(
    analyses: Sequence[Analysis], people: Sequence[Entity], key_people: Sequence[str]
) -> tuple[StoryQuote, ...]:
    """Each quotation once, with every outlet that carries it and one speaker: the one its
    outlets name (as the story's one identity for that person), or none when they name
    different people. Ranked: a named speaker first, then the outlets that carry it, a key
    person of the story, and whole statements before fragments."""
    identity = _identity(people)
    merged: list[tuple[str, list[str], list[str | None]]] = []  # text, sources, speakers
    keys: list[str] = []
    for analysis in analyses:
        for quote in analysis.quotes:
            key = fold(quote.text).strip(" .,")
            speaker = identity.get(fold(quote.speaker), quote.speaker) if quote.speaker else None
            for n, known in enumerate(keys):
                if _same_quote(key, known):
                    text, sources, speakers = merged[n]
                    if analysis.article.id not in sources:
                        sources.append(analysis.article.id)
                    speakers.append(speaker)
                    if len(quote.text) > len(text):
                        merged[n] = (quote.text, sources, speakers)
                        keys[n] = key
                    break
            else:
                keys.append(key)
                merged.append((quote.text, [analysis.article.id], [speaker]))
    key_set = set(key_people)
    found = []
    for text, sources, speakers in merged:
        named = {s for s in speakers if s}
        speaker = named.pop() if len(named) == 1 else None
        found.append(StoryQuote(speaker, text, sources[0], tuple(sources)))
    return tuple(
        sorted(
            found,
            key=lambda q: (
                q.speaker is None,
                -len(q.sources),
                q.speaker not in key_set,
                len(q.text.split()) < FRAGMENT_WORDS,
                q.text,
            ),
        )
    )


def _same_quote(one: str, other: str) -> bool:
    if one == other:
        return True
    shorter, longer = sorted((one, other), key=len)
    return len(shorter.split()) >= SAME_QUOTE_MIN_WORDS and shorter in longer


def quotes_unnamed_speaker(text: str, lang: LanguageData) -> bool:
    """Whether a sentence quotes someone it does not name ("…," she said; "…," a source
    said): shown alone, as in a summary, it would leave the reader asking who spoke."""
    people = [
        _Person(m[0], m.start(), m.end(), organisation=False)
        for m in lang.attribution.capitalised_run.finditer(text)
        if m.start() > 0 or len(m[0].split()) > 1 or m[0].lower() not in lang.sentences.openers
    ]
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text) if _long_quote(m["text"])]
    if (run_on := _run_on_quotation(text)) is not None:
        spans.append(run_on)
    return any(
        not isinstance(_attribution(text, start, end, people, lang).speaker, _Person)
        for start, end in spans
    )


def _long_quote(quoted: str) -> bool:
    return len(quoted.split()) >= QUOTE_MIN_WORDS


def _run_on_quotation(text: str) -> tuple[int, int] | None:
    """Where a quotation runs on past the sentence: a mark that opens with none to close it
    ("“The plan is dead. ...": the sentence ends inside the quotation), or one that closes what
    an earlier sentence opened. The quoted part of the sentence, as (start, end), or None."""
    opens = [i for i, ch in enumerate(text) if ch in _OPENING_MARKS]
    closes = [i for i, ch in enumerate(text) if ch in _CLOSING_MARKS]
    straight = [i for i, ch in enumerate(text) if ch == _STRAIGHT]
    if len(straight) % 2:
        # A straight mark does not say which way it faces: one after a sentence's punctuation
        # (',"' '."') closes; else a long run of words after the last one is a quotation
        # left open.
        last = straight[-1]
        if text[last - 1 : last] not in _CLOSING_PUNCTUATION and _long_quote(text[last + 1 :]):
            opens.append(straight[-1])
        else:
            closes.insert(0, straight[0])
    if len(opens) > len(closes) and _long_quote(text[opens[-1] + 1 :]):
        return opens[-1], len(text)
    if len(closes) > len(opens) and _long_quote(text[: closes[0]]):
        return 0, closes[0] + 1
    return None
