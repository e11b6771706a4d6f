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
from generator.entities import is_group
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
# Words of a clause that introduces a quotation with a colon and no verb of speech.
COLON_CLAUSE_WORDS = 8
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
    # A name the analysis could not tell is a person's or an organisation's ("Maddow" alone):
    # a speaker only where it is the whole subject of a verb of speech ("…," Maddow said).
    unsure: bool = False


# A word of a name as names are written: a capital, then small letters ("Maddow", "O’Neill");
# not an acronym ("GOP") nor a contraction ("I’m").
_NAME_WORD = re.compile(r"[A-Z][a-z][\w’'.-]*|[A-Z][’'][A-Z][a-z][\w’'.-]*")


def _name_like(name: str, lang: LanguageData) -> bool:
    """Whether a name of unknown kind is written as a person's or an organisation's name could
    be: name words only, none a word that opens sentences ("We"), a title ("Senator") or a
    group ("Democrat", "Americans")."""
    words = name.split()
    return (
        bool(words)
        and all(_NAME_WORD.fullmatch(word) for word in words)
        and not any(fold(word) in lang.sentences.openers for word in words)
        and not any(fold(word).rstrip(".") in lang.titles.role_words for word in words)
        and not is_group(words, lang)
    )


def _located(
    text: str, mentions: Sequence[Mention], surnames: frozenset[str], lang: LanguageData
) -> list[_Person]:
    """Where each person or organisation mention of the sentence is written, left to right. A
    name typed as a place or a common word that is the surname of a person of the article
    ("Warren" beside "Elizabeth Warren") is that person here; another name typed as a common
    word is kept as unsure (see _Person)."""
    found: dict[int, _Person] = {}
    for mention in mentions:
        unsure = False
        if mention.type in ("place", "other") and mention.name not in surnames:
            if mention.type == "place" or not _name_like(mention.name, lang):
                continue
            unsure = True
        organisation = mention.type == "organisation"
        for surface in {mention.name, mention.name.split()[-1]}:
            for start in _occurrences(text, surface):
                known = found.get(start)
                name = mention.name
                if (
                    known is not None
                    and surface != name
                    and known.end - known.start == len(surface)
                    and known.name != name
                    and not known.organisation
                ):
                    # "Roe, the daughter of Bill Roe and Jane Roe": a bare family name of
                    # two people of the sentence stays bare, for the reader to resolve.
                    name = surface
                if (
                    known is None
                    or (known.unsure and not unsure)
                    or (known.unsure == unsure and len(known.name) < len(name))
                    or name == surface != mention.name
                ):
                    found[start] = _Person(name, start, start + len(surface), organisation, unsure)
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
    if not inside and phrase and (title := lang.attribution.title_of.match(rest, phrase.start())):
        # "said former secretary of state Jane Doe": an "of" inside a title written before
        # the name, not "said a friend of Jane Doe" (a name right after the "of").
        more = lang.attribution.phrase_end.search(rest, title.end())
        phrase_end = verb_end + (more.start() if more else len(rest))
        inside = [p for p in people if verb_end + title.end() <= p.start and p.end <= phrase_end]
    if not inside:
        return None
    if lang.attribution.not_subject_between.search(text[verb_end : inside[0].start]):
        return None  # "said that Jane Doe …", "told Jane Doe": not the subject
    sure = [p for p in inside if not p.unsure]
    if not sure:
        # A name of unknown kind is the subject only as the whole of it: "said Maddow."
        alone = len(inside) == 1 and not text[verb_end : inside[0].start].strip()
        return inside[0] if alone and not text[inside[0].end : phrase_end].strip() else None
    persons = [p for p in sure if not p.organisation]
    head = persons[-1] if persons else sure[-1]
    if lang.attribution.clause_after_subject.match(text[head.end : phrase_end]):
        return None  # "said Jane Doe must go": the name is the subject of what was said
    return head


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
    # The part right before the verb is read back SUBJECT_WORDS words at most; the parts
    # before it whole, past an appositive however long ("Jane Doe, the police chief who …
    # in 1999, said").
    parts = _split_commas(before, 0)
    parts[-1] = (max(parts[-1][0], window_start), parts[-1][1])
    for part_start, part_end in reversed(parts):
        part = before[part_start:part_end]
        if not part.strip():
            continue
        if lang.attribution.coordinator.fullmatch(part) or lang.attribution.coordinator.search(
            part
        ):
            return _shared_subject(text, people, lang)
        inside = [p for p in people if part_start <= p.start and p.end <= part_end]
        # An appositive or an aside ("Jane Doe, a senator, said"; "…, Jane Doe, now said"): the
        # subject is before it. The part right before the verb is the subject's own when it
        # names someone ("At noon, a reporter asked and Jane Doe said") or describes someone
        # ("Jane Doe, a top aide said"), unless a relative clause makes it an appositive
        # whose closing comma is missing ("Jane Doe, the pollster who founded it wrote"), or
        # it is only an adverb ("Jane Doe, a senator, later said").
        last = part_end == len(before)
        appositive = not last or (
            not inside
            and bool(
                lang.attribution.relative.search(part)
                or lang.attribution.subject_tail.fullmatch(part.lstrip())
            )
        )
        if (
            appositive
            and lang.attribution.aside.match(part)
            and not lang.attribution.pronoun_opening.match(part)
        ):
            continue
        if not inside:
            return None  # a description without a name: "A campaign spokesman said"
        sure = [p for p in inside if not p.unsure]
        head = sure[-1] if sure else inside[-1]
        if lang.attribution.two_speakers.search(before[inside[0].start : head.start]):
            return None  # "Jane Doe and John Roe said": two speakers
        if head.unsure and (
            before[part_start : head.start].strip(" " + _OPEN + _CLOSE)
            or before[head.end : part_end].strip()
        ):
            return None  # a name of unknown kind is the subject only as the whole of it
        if lang.attribution.object_before.search(before[part_start : head.start]):
            return None  # "a spokesman for Jane Doe said": the spokesman spoke
        tail = before[head.end : part_end]
        if not last and lang.attribution.possessed.match(tail):
            continue  # "Tom Reyes, Jane Doe's chief of staff, said": an appositive
        # Nothing but a bracket ("(D-Ohio)") or an adverb may follow the head before the verb.
        if lang.attribution.subject_tail.fullmatch(tail):
            return head
        return None
    return None


# A sentence that opens with a quotation, and the comma after it.
_LEADING_QUOTATION = re.compile(r"\s*[\"“«][^\"“”«»]*[\"”»]\s*,?\s*")


def _shared_subject(
    text: str, people: Sequence[_Person], lang: LanguageData
) -> _Person | str | None:
    """The subject of a sentence's first clause: its first person, if the sentence opens with
    it, or the pronoun it opens with ("In the email, she added, saying …")."""
    clause = lang.attribution.introduction.sub("", text, count=1)
    if pronoun := lang.attribution.pronoun.match(clause):
        return pronoun[1].lower()
    if leading := _LEADING_QUOTATION.match(text):
        # ""…," he said, and then added": the subject after the quotation it opens with
        if pronoun := lang.attribution.pronoun.match(text, leading.end()):
            return pronoun[1].lower()
        after = [p for p in people if p.start == leading.end() and not p.unsure]
        return after[0] if after and not after[0].organisation else None
    # The first person of the sentence with no comma before it ("And then Jane Doe went on,
    # saying"), else the first after an opening phrase ("On Monday, Jane Doe …"); not a
    # possessor ("Jane Doe's aide wrote, saying").
    for offset in dict.fromkeys((0, len(text) - len(clause))):
        for person in people:
            if person.organisation or person.unsure or person.start < offset:
                continue
            opening = text[offset : person.start]
            if (
                len(opening.split()) <= SHARED_SUBJECT_WORDS
                and not re.search(r"[,;]", opening)
                and not text.startswith(("’s", "'s"), person.end)
            ):
                return person
            break
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
    # The subject is the sentence's main clause's ("…," she said, adding, "…"): with no name
    # there, it is the speaker of the sentence's quotation before.
    shared: bool = False
    # With no name, the noun of a subject that describes an organisation or a document ("the
    # agency said", "according to the statement"), for the reader to find who it is.
    described: str | None = None


def _attribution(
    text: str, start: int, end: int, people: Sequence[_Person], lang: LanguageData
) -> _Attribution:
    """Who the sentence says spoke the quotation at text[start:end] (marks included); with
    nobody named, the noun of a subject that describes an organisation or a document."""
    found = _attribution_of(text, start, end, people, lang)
    if not found.found or found.speaker is not None or found.shared:
        return found
    described = (
        lang.attribution.described_after.match(text[end:])
        or lang.attribution.described_before.search(text[:start])
        or lang.attribution.document_says.search(text[:start])
    )
    if described is None:
        return found
    noun = next(group for group in described.groups() if group).lower()
    return _Attribution(None, True, described=noun)


def _attribution_of(
    text: str, start: int, end: int, people: Sequence[_Person], lang: LanguageData
) -> _Attribution:
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
        elif (
            not any(c in clause[: verb.start()] for c in _OPEN + _CLOSE + ";:")
            and not lang.attribution.clause_opener.match(clause)
            and not lang.attribution.clause_break.search(clause[: verb.start()])
        ):
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
                return _Attribution(_shared_subject(text, people, lang), True, shared=True)
            subject = _before_verb(before[: verb.start()], people, verb.start(), lang)
            inverted = lang.attribution.inverted_gap.fullmatch(gap)
            if subject is None and inverted and verb[0].lower() in lang.attribution.inverting_verbs:
                subject = _after_verb(text, people, verb.end(), lang)  # "said Jane Doe: "…""
            return _Attribution(subject, True)
    if according := lang.attribution.according_after.match(after):
        return _Attribution(_after_verb(text, people, end + according.end(), lang), True)
    if (
        before.rstrip().endswith(":")
        and len(before.split()) <= COLON_CLAUSE_WORDS
        and not any(c in before for c in _OPEN + _CLOSE)
    ):
        # "Jane Doe put it bluntly: "…"": a short clause whose subject opens the sentence, and
        # a colon that opens the quotation.
        subject = _shared_subject(before, [p for p in people if p.end <= start], lang)
        if isinstance(subject, _Person) and not subject.organisation:
            return _Attribution(subject, True)
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


def _family_name(full: str, lang: LanguageData) -> str:
    """The last word of a full name, or the one before its suffix ("Jane Doe Jr." -> "Doe")."""
    words = full.split()
    if len(words) > 2 and words[-1].lower() in lang.names.name_suffixes:
        return words[-2]
    return words[-1]


def _full_name(name: str, people: Sequence[str], lang: LanguageData) -> str:
    """A bare name as the one full name of the article that ends (or, for names written family
    name first, begins) with it: "Doe" -> "Jane Doe"; left bare when two people share it."""
    if " " in name:
        return name
    matches = {p for p in people if " " in p and _family_name(p, lang) == name}
    if not matches:
        matches = {p for p in people if " " in p and p.split()[0] == name}
    return matches.pop() if len(matches) == 1 else name


# A bare family name two people of an article share stands for the one the article names first,
# unless another of them was named or spoken of this many sentences back or fewer: "His father,
# Fred Roe, built it. "…," Mr. Roe said" is the father's, or may be.
RECENT_HOLDER_SENTENCES = 2

# Words between two names of which the first describes the second: "Doe campaign Chairman Tom
# Reyes", "Doe's chief of staff Tom Reyes".
DESCRIBING_WORDS = 4
# Sentences after the one that says who issued a document in which "the statement" is theirs.
DOCUMENT_SENTENCES = 3

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
        self.mentions = mentions
        # The document nouns -> the sentence and the issuer of the last one the text told of.
        self.issued: dict[str, tuple[int, str]] = {}
        self.by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            self.by_sentence.setdefault(mention.sentence, []).append(mention)
        self.names = sorted({m.name for m in mentions if m.type.startswith("person")})
        # Family names come last in most names and first in some (names written family first,
        # as many East Asian names are): both ends of a full name may be its family name. A
        # name of one word the analysis found to be a person's somewhere in the article
        # ("President Obama") is that person's where it is written alone.
        self.surnames = frozenset(
            word for n in self.names if " " in n for word in (n.split()[0], n.split()[-1])
        ) | {m.name for m in mentions if m.type == "person" and " " not in m.name}
        # Where each person is named in full.
        self.named_in: dict[int, set[str]] = {}
        for mention in mentions:
            if mention.type.startswith("person") and " " in mention.name:
                self.named_in.setdefault(mention.sentence, set()).add(mention.name)
        roles = {m.name: m.role for m in mentions if m.type.startswith("person") and m.role}
        self.passage = _Passage(roles, lang)
        self.found: list[Quote] = []
        # The last quotation whose speaker the text made clear: (sentence, paragraph, speaker).
        self.last: tuple[int, int, str] | None = None

    def people(self, sentence: Sentence) -> list[_Person]:
        return _located(
            sentence.text, self.by_sentence.get(sentence.index, []), self.surnames, self.lang
        )

    def speaker(
        self, attribution: _Attribution, sentence: Sentence, quote_start: int = 0
    ) -> str | None:
        """The name an attribution gives; for a pronoun, the subject of the sentence's own
        words before the quotation ("Jane Doe fired back: "…," she wrote"), else the passage's."""
        if attribution.shared and self.last is not None and self.last[0] == sentence.index:
            return self.last[2]  # "…," Jane Doe added, saying "…": the sentence's speaker
        if isinstance(attribution.speaker, _Person):
            return self.named(attribution.speaker, sentence.text, sentence.index)
        if attribution.shared and attribution.speaker is None:
            return None
        if attribution.described is not None:
            return self.described(attribution.described, sentence.index)
        if isinstance(attribution.speaker, str):
            wanted = self.lang.attribution.pronoun_genders.get(attribution.speaker)
            local = self.subject_in(sentence, quote_start)
            if local is not None:
                gender = _gender(local, self.passage.roles, self.lang)
                if not (wanted and gender and gender != wanted):
                    return self.unshared(local, sentence.index, wanted)
            antecedent = self.passage.antecedent(attribution.speaker, sentence.index)
            return self.unshared(antecedent, sentence.index, wanted)
        return None

    def described(self, noun: str, sentence: int) -> str | None:
        """Who "the agency" or "the statement" is: the one organisation of the article named so
        far whose name has that noun ("the Federal Aviation Agency"); the one who issued the
        last document of that kind in the last DOCUMENT_SENTENCES sentences ("The Harbour
        Board released a statement"). None when the text does not name exactly one."""
        if noun in self.lang.attribution.documents:
            issued = self.issued.get(noun)
            if issued is not None and issued[0] >= sentence - DOCUMENT_SENTENCES:
                return issued[1]
            return None
        named = {
            m.name
            for m in self.mentions
            if m.type == "organisation"
            and m.sentence <= sentence
            and noun in (fold(w) for w in m.name.split())
        }
        return named.pop() if len(named) == 1 else None

    def note_documents(self, sentence: Sentence) -> None:
        """Remember who issued a document the sentence tells of: the subject of "released a
        statement", or the name after "a letter from"."""
        text, grammar = sentence.text, self.lang.attribution
        people = [p for p in self.people(sentence) if not p.unsure]
        for issue in grammar.issues_document.finditer(text):
            issuer = _before_verb(text[: issue.start()], people, issue.start(), self.lang)
            if isinstance(issuer, _Person):
                name = self.named(issuer, text, sentence.index)
                if name is not None:
                    self.issued[issue[1].lower()] = (sentence.index, name)
        for person in people:
            if source := grammar.document_from.search(text[: person.start]):
                name = self.named(person, text, sentence.index)
                if name is not None:
                    self.issued[source[1].lower()] = (sentence.index, name)

    def holders(self, name: str) -> list[str]:
        """The people of the article whose full name a bare name is the family name of."""
        return [
            p for p in self.names if " " in p and name in (_family_name(p, self.lang), p.split()[0])
        ]

    def unshared(self, name: str | None, sentence: int, gender: str | None = None) -> str | None:
        """A speaker's name; a bare family name two people of the article share ("Clinton"
        beside Bill and Hillary Clinton) is the one of them of the `gender` a pronoun or an
        honorific gives, else the article's main holder of it (see `main_holder`), else
        nobody."""
        if name is None or " " in name:
            return name
        holders = self.holders(name)
        if len(holders) < 2:
            return name
        if gender is not None:
            other = {"m": "f", "f": "m"}.get(gender)
            holders = [h for h in holders if _gender(h, self.passage.roles, self.lang) != other]
            if len(holders) < 2:
                return holders[0] if holders else None
        return self.main_holder(holders, sentence)

    def main_holder(self, holders: Sequence[str], sentence: int) -> str | None:
        """Of the people who share a family name, the one a bare use of it stands for: news
        names its main person first, in full, and names anyone else of the name in full where
        it means them. So the holder named first in the article, unless another was named in
        full, or was what the passage was about, in the last RECENT_HOLDER_SENTENCES sentences
        ("His father, Fred Roe, … "…," Mr. Roe said" is not the main Roe's). None when the
        text does not tell."""
        first: dict[str, int] = {}
        for at in sorted(self.named_in):
            for holder in holders:
                if holder in self.named_in[at]:
                    first.setdefault(holder, at)
        if not first:
            return None
        main = min(first, key=lambda h: first[h])
        if sum(at == first[main] for at in first.values()) > 1:
            return None  # introduced together: "Bill and Hillary Roe"
        since = sentence - RECENT_HOLDER_SENTENCES
        for at in range(max(since, 0), sentence + 1):
            if any(h != main and h in self.named_in.get(at, ()) for h in holders):
                return None
        if any(at >= since and p in holders and p != main for at, p, _ in self.passage.recent):
            return None
        return main

    def named(self, person: _Person, text: str, sentence: int) -> str | None:
        """The full name of a located speaker; for a family name two people of the article
        share, the one an honorific before it tells by gender ("Mrs. Roe"), else the main one
        (see `unshared`)."""
        honorific = re.search(r"(\w+)\.?\s+$", text[: person.start])
        word = honorific[1].lower() if honorific else ""
        titles = self.lang.titles
        gender = (
            "f"
            if word in titles.female_honorifics
            else "m"
            if word in titles.male_honorifics
            else None
        )
        return self.unshared(_full_name(person.name, self.names, self.lang), sentence, gender)

    def subject_in(self, sentence: Sentence, end: int) -> str | None:
        """The person in subject position in sentence.text[:end], if any."""
        if end <= 0:
            return None
        text = sentence.text[:end]
        clause = self.lang.attribution.introduction.sub("", text, count=1)
        offset = len(text) - len(clause)
        for person in self.people(sentence):
            if person.unsure or person.start < offset or person.end > end:
                continue
            before = text[offset : person.start]
            after = sentence.text[person.end : person.end + 2]
            if (
                self.lang.attribution.not_subject_before.search(before)
                or after.startswith(("’s", "'s", "-"))
                or any(c in before for c in _OPEN + _CLOSE)  # a name quoted, or after a quote
            ):
                return None
            return None if person.organisation else _full_name(person.name, self.names, self.lang)
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

    def introduced(self, position: int) -> _Attribution | None:
        """The attribution that ends the sentence before, and introduces what follows with a
        colon ("In a statement, Jane Doe added:"), the paragraph's end or not."""
        if position == 0:
            return None
        before = self.sentences[position - 1].text.rstrip()
        if not before.endswith(":") or any(c in before for c in _OPEN + _CLOSE):
            return None
        people = self.people(self.sentences[position - 1])
        attribution = _attribution(before, len(before), len(before), people, self.lang)
        return attribution if attribution.found else None

    def unattributed(
        self, position: int, whole_sentence: bool, *, runs_on: bool = False
    ) -> tuple[str | None, bool]:
        """The speaker of a quotation its own sentence does not attribute: for a sentence that
        is all quotation, the sentence before when it ends by introducing it ("Jane Doe
        added:"); the next sentence's attribution (not for a quotation that runs on: the next
        sentence is more of it); else (for a sentence that is all quotation) the speaker of the
        quotation just before in the same paragraph. (None, False) when none holds."""
        sentence = self.sentences[position]
        if whole_sentence and (introduced := self.introduced(position)) is not None:
            before = self.sentences[position - 1]
            return self.speaker(introduced, before, len(before.text)), True
        if not runs_on and (attribution := self.follows(position)) is not None:
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
            self.note_documents(sentence)
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
                    speaker, attributed = self.unattributed(
                        position, whole_sentence=True, runs_on=True
                    )
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
        after it is not resolved past it. A sentence that opens with "he" or "she" standing for
        a person whose gender the text or the name tells, and tells alike, is still about that
        person; another pronoun changes nothing."""
        text = sentence.text
        clause = self.lang.attribution.introduction.sub("", text, count=1)
        if self.lang.attribution.opens_with_pronoun.match(clause):
            if pronoun := self.lang.attribution.pronoun.match(clause):
                self.keep_about(pronoun[1].lower(), sentence.index)
            return
        people = self.people(sentence)
        for verb in self.lang.attribution.verb.finditer(text):
            # The subject before the verb first: in "Jane Doe said John Roe will …" the name
            # after it is the subject of what she said.
            subject = _before_verb(text[: verb.start()], people, verb.start(), self.lang)
            if (
                subject is None
                and verb[0].lower() in self.lang.attribution.inverting_verbs
                and re.match(r"\s+[A-Z]", text[verb.end() :])
            ):
                subject = _after_verb(text, people, verb.end(), self.lang)  # "…, said Jane Doe"
            if isinstance(subject, _Person) and not subject.organisation:
                self.passage.note(sentence.index, _full_name(subject.name, self.names, self.lang))
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
        ordered = sorted(candidates, key=lambda c: c[0])
        for n, (at, mention) in enumerate(ordered):
            if n + 1 < len(ordered) and self.describes(
                text[at + len(mention.name) : ordered[n + 1][0]]
            ):
                continue  # "Doe spokesman Tom Reyes said": the spokesman is the subject
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
            self.passage.note(
                sentence.index, _full_name(mention.name, self.names, self.lang), sure=sure
            )
            return

    def describes(self, between: str) -> bool:
        """Whether the words between two names make the first describe the second: a role or a
        job closes them ("Doe spokesman", "Doe campaign Chairman"): the second is the head."""
        words = between.split()
        titles = self.lang.titles
        return (
            0 < len(words) <= DESCRIBING_WORDS
            and all(word.isalpha() for word in words)
            and fold(words[-1]) in titles.role_words | titles.job_words
        )

    def keep_about(self, pronoun: str, sentence: int) -> None:
        """Note again the person a sentence's opening pronoun stands for, when its gender is
        known and the pronoun's: a run of "he …" sentences stays about one man."""
        person = self.passage.antecedent(pronoun, sentence)
        wanted = self.lang.attribution.pronoun_genders.get(pronoun)
        if person is not None and wanted == _gender(person, self.passage.roles, self.lang):
            self.passage.note(sentence, person)

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
    return [_Person(p.name, p.start + by, p.end + by, p.organisation, p.unsure) for p in people]


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
