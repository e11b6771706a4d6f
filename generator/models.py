"""Plain, typed, frozen data passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Meta:
    """Metadata given with an article (front matter, JSON keys, sidecar) or inferred from it."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date or date-time
    url: str | None = None
    language: str | None = None
    id: str | None = None
    category: str | None = None  # the section of the site (a feed's category)
    summary_only: bool = False  # the text is a feed's summary: the page could not be fetched


@dataclass(frozen=True)
class Block:
    """One paragraph or heading of an article body, as read from the input."""

    kind: str  # "p" (paragraph line) or "h" (heading)
    text: str
    line: int  # 1-based line number in the source, 0 when unknown


@dataclass(frozen=True)
class Source:
    """One article as read, before cleaning: its raw blocks and the metadata given with it."""

    id: str
    path: str
    blocks: tuple[Block, ...]
    meta: Meta
    format: str
    # The body was extracted from an HTML page (by trafilatura), which already left out the
    # page's navigation, related links and footer: the cleaner removes only what it is sure of.
    extracted: bool = False


@dataclass(frozen=True)
class RemovedLine:
    line: str
    reason: str
    number: int


@dataclass(frozen=True)
class Article:
    """A cleaned article: body blocks, true metadata, and every line removed with its reason."""

    id: str
    slug: str
    path: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    dateline: str | None
    url: str | None
    language: str
    blocks: tuple[Block, ...]
    removed: tuple[RemovedLine, ...]
    category: str | None = None  # the section of the site its stories go in
    summary_only: bool = False  # only its feed's summary could be had
    # The page's only date is the stamp of a later version ("Updated ..."): `published` is that
    # update, the last day its text can have been written, not the day it was (a paragraph
    # carried over from the first version keeps that version's "yesterday").
    updated_only: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)

    @property
    def source_name(self) -> str | None:
        """What a reader calls this source: the outlet, else the site of its URL; None when
        neither is known (pages then say "Source 2" or show the title)."""
        if self.outlet:
            return self.outlet
        try:
            host = urlsplit(self.url or "").hostname or ""
        except ValueError:  # a malformed URL ("A://[") names no site
            return None
        return host.removeprefix("www.") or None


@dataclass(frozen=True)
class Sentence:
    text: str
    article: str
    index: int  # position among the article's body sentences
    paragraph: int


@dataclass(frozen=True)
class Keyphrase:
    phrase: str
    score: float  # YAKE score: lower is better


@dataclass(frozen=True)
class Mention:
    """A named entity as one article mentions it."""

    name: str
    type: str  # "person" | "place" | "organisation" | "other"
    role: str | None
    sentence: int


@dataclass(frozen=True)
class FigureMention:
    """A number in one sentence of one article."""

    value: float
    unit: str
    about: str
    text: str  # the figure as written
    sentence: int
    hedge: str | None = None  # "about", "nearly", "more than"...
    range_text: str | None = None  # the whole range it is part of: "from 30% to 12%"


@dataclass(frozen=True)
class DateMention:
    date: str  # ISO, as precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # "year" | "month" | "week" | "day"
    text: str
    sentence: int
    # What the date dates: "event", "plan", "deadline", "report" (the day something was said),
    # "modifier" (a year naming a thing: "the 2015 deal"), or "unknown" (a weekday in a clause
    # with no verb in the past: which week is meant is not known).
    kind: str = "event"
    # Where `text` stands in its sentence (start, end), as analysis read it: synthesis reads the
    # sentence's dates from here instead of parsing them again. None for a date made otherwise.
    span: tuple[int, int] | None = None
    # A span's last date, ISO ("from Oct. 16 to Nov. 14": the 14th); None when the date is no
    # span's first.
    last: str | None = None


@dataclass(frozen=True)
class Quote:
    speaker: str | None
    text: str
    sentence: int


@dataclass(frozen=True)
class Analysis:
    """Everything read out of one article; a pure function of the cleaned article."""

    article: Article
    sentences: tuple[Sentence, ...]
    lead: str | None
    keyphrases: tuple[Keyphrase, ...]
    mentions: tuple[Mention, ...] = ()
    figures: tuple[FigureMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Cited:
    """A piece of text and the articles that support it."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    role: str | None
    aliases: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class FigureClaim:
    """One source's figure as a claim: its value, unit and hedge, and the thing it counts."""

    article: str
    sentence: int
    value: float
    unit: str
    hedge: str | None
    text: str  # the figure as written
    about: str  # the words that say what it counts, as written
    thing: str  # what it counts, as a key: an event ("dead") or a noun ("troop"); "" unknown
    person: str | None  # whose age it is, for an age given after a name ("Jane Doe, 25,")
    said: str  # the sentence
    # The verb of the happening a bare noun's count takes part in ("arrested" for "200 people
    # were arrested"), shown with the noun; "" when the sentence gives none.
    verb: str = ""


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    about: str
    text: str
    sources: tuple[str, ...]
    hedge: str | None = None
    said: tuple[Cited, ...] = ()  # each source's sentence that gives it
    # The figure as its source wrote it, when a label of the value would state what no source
    # does (a share written "one in every 500", not our 0.2%); else "".
    shown: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    date: str
    text: str
    sources: tuple[str, ...]
    precision: str = "day"  # "year" | "month" | "week" | "day"
    # "event" (a day of the story's own events), "plan", "deadline", or "background" (an
    # earlier happening the sources recall)
    kind: str = "event"
    # Each source's own sentence that dates the happening (one per source): the outlets tell
    # one happening in their own words, and `text` shows one of them.
    said: tuple[Cited, ...] = ()
    # The last date of a span the entry lasts over (ISO, as precise as the text gives it):
    # "from Oct. 16 to Nov. 14" is one entry from its first day to this one; None for a date.
    end: str | None = None


@dataclass(frozen=True)
class StoryQuote:
    """A quotation as the story shows it: once, with every outlet that carries it."""

    speaker: str | None  # None: the outlets do not make the speaker clear, or disagree
    text: str
    source: str  # the first outlet that carries it (kept for digest.json readers)
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    topic: str
    claims: tuple[Cited, ...]


@dataclass(frozen=True)
class SourceNote:
    article: str
    lead: str | None
    unique: tuple[str, ...]
    keyphrases: tuple[str, ...]
    facts_covered: int


@dataclass(frozen=True)
class Related:
    """Another story on the same matter but not the same event (a follow-up, an earlier or a
    look-alike event), and why in a few words ("same names: Pence, Indiana; later event")."""

    story: str
    why: str


@dataclass(frozen=True)
class Group:
    """The output of grouping: which articles form one story, which are copies of which, and
    which other stories it is related to."""

    id: str
    articles: tuple[str, ...]  # every article of the story, copies included, in reading order
    duplicates: dict[str, str] = field(default_factory=dict)  # copy id -> original id
    related: tuple[Related, ...] = ()


@dataclass(frozen=True)
class Story:
    id: str
    headline: str
    articles: tuple[str, ...]
    duplicates: dict[str, str]
    first_published: str | None
    last_published: str | None
    summary: tuple[Cited, ...]
    keyphrases: tuple[Keyphrase, ...]
    facts: tuple[Cited, ...]
    entities: tuple[Entity, ...]
    figures: tuple[Figure, ...]
    timeline: tuple[TimelineEntry, ...]
    quotes: tuple[StoryQuote, ...]
    conflicts: tuple[Conflict, ...]
    notes: tuple[SourceNote, ...]
    related: tuple[Related, ...] = ()

    @property
    def is_single_source(self) -> bool:
        return len(self.articles) == 1


@dataclass(frozen=True)
class NavEntry:
    """One entry of the site's navigation: a page (`path`, relative to the pages' folder) or,
    without a path, a section of `children`. Titles are plain text, escaped by the backend."""

    title: str
    path: str | None = None
    children: tuple[NavEntry, ...] = ()
