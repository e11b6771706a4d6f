"""Rendering: Jinja2 templates turn stories and articles into Markdown pages and digest.json."""

from __future__ import annotations

import functools
import hashlib
import html
import json
import logging
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from generator import __version__
from generator import lang as lang_data
from generator.cache import DiskCache, content_key
from generator.cache import code_fingerprint as modules_fingerprint
from generator.claims import figure_label
from generator.config import Config
from generator.dates import day_of
from generator.errors import RenderError
from generator.feeds import JSON_FEED_FILE, RSS_FILE, json_feed, rss
from generator.models import Analysis, Article, Entity, Keyphrase, Story, TimelineEntry
from generator.quotes import QUOTES_SHOWN
from generator.text import fold, slugify

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
# Characters that Markdown, its extensions (attribute lists, tables, admonitions) or HTML give a
# meaning to. From article text each is written as a numeric character reference, which every
# Markdown renderer shows as the character itself and never interprets.
_MARKUP_CHARS = frozenset("\\`*_{}[]()<>#+-.!|~^=:&\"'$@%")
_MARKUP_ENTITIES = {ord(ch): f"&#{ord(ch)};" for ch in _MARKUP_CHARS}
_URL_SCHEMES = ("http", "https")
_WHITESPACE = re.compile(r"\s+")
# The code a page's Markdown depends on, besides the templates.
SUMMARY_DOTS = 5  # support dots shown per fact: more sources than this are shown as a number
NO_SITE_URL = (
    f"site_url is not set, so {RSS_FILE} and {JSON_FEED_FILE} are left out and sitemap.xml lists "
    "no page (their links must be absolute); set site_url in digest.yml (or the file given with "
    "--config) to the site's public address, for example site_url: https://example.org/digest/"
)


def md(value: object) -> str:
    """Escape untrusted text for Markdown and HTML: every markup character as an entity, and
    line breaks folded, so text from an article can never become markup, a link or a template."""
    text = _WHITESPACE.sub(" ", str(value))  # one line; an edge space is kept for pieces
    return text.translate(_MARKUP_ENTITIES)


def safe_url(value: object) -> str | None:
    """An http(s) URL fit for an href attribute, or None (javascript:, data: and others refused)."""
    url = str(value or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if (
        parts.scheme.lower() not in _URL_SCHEMES
        or not parts.netloc
        or any(c in url for c in " \n\r\t<>\"'`")
    ):
        return None
    return html.escape(url, quote=True)


def yaml_string(value: object) -> str:
    """A YAML scalar for front matter. The theme puts front matter (title, description, tags)
    into the HTML as it is, so the text is HTML-escaped first; JSON strings are valid YAML."""
    return json.dumps(html.escape(" ".join(str(value).split()), quote=True), ensure_ascii=False)


def when(iso: str, precision: str = "day", end: str | None = None) -> str:
    """A timeline date at its own precision: '1882', 'Jan 2024', 'week of 9 Mar 2024'; a span
    from its first date to its `end`, the year or month they share written once: '16 Oct – 14
    Nov 2015', '3–9 Mar 2015', 'Mar – Jun 2014', '1998 – 2004'."""
    if end:
        return _span_text(iso, end)
    if precision == "week":
        return f"week of {human_date(iso)}"
    if len(iso) == 4:
        return iso
    if len(iso) == 7:
        return f"{date.fromisoformat(iso + '-01'):%b %Y}"
    return human_date(iso)


def _span_text(first: str, last: str) -> str:
    """A span of dates as the page writes a date, what both ends share written once."""
    if len(first) != len(last) or len(first) == len("2015"):
        return f"{when(first, _PRECISION[len(first)])} – {when(last, _PRECISION[len(last)])}"
    if len(first) == len("2015-10"):
        a, b = date.fromisoformat(first + "-01"), date.fromisoformat(last + "-01")
        return f"{a:%b} – {b:%b %Y}" if a.year == b.year else f"{a:%b %Y} – {b:%b %Y}"
    a, b = date.fromisoformat(first), date.fromisoformat(last)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%b %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"
    return f"{human_date(first)} – {human_date(last)}"


# The precision of an ISO date by its length.
_PRECISION = {len("2015"): "year", len("2015-10"): "month", len("2015-10-16"): "day"}


def human_date(iso: str | None) -> str:
    """'2024-03-16' -> '16 Mar 2024' (and the same for a date-time); '' when unknown."""
    day = day_of(iso)
    return f"{day.day} {day:%b %Y}" if day else ""


def date_range(first: str | None, last: str | None) -> str:
    a, b = day_of(first), day_of(last)
    if a is None or b is None:
        return ""
    if a == b:
        return human_date(first)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%b %Y}"
    return f"{human_date(first)} – {human_date(last)}"


def dots(count: int, total: int) -> str:
    shown = min(total, SUMMARY_DOTS)
    filled = round(count / total * shown) if total else 0
    return "●" * filled + "○" * (shown - filled)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(number: int) -> str:
    return str(number).translate(_SUPERSCRIPT)


# A story page stays light whatever the story's size (a story of 1,000 articles would otherwise
# make a page of megabytes): beyond these, lists are cut short and the rest is on the source
# pages and in digest.json.
PAGE_LIMITS = {
    "quotes_shown": QUOTES_SHOWN,  # quotations shown open; the next ones folded
    "quotes_on_page": 30,  # quotations on the page at all
    "notes_in_full": 30,  # sources with a full note; the next ones get a line each
    "sources_listed": 200,  # sources on the page at all (the rest: digest.json, source pages)
    "cites_shown": 8,  # citation numbers after one sentence, then "+N"
    "sources_named": 12,  # outlets named in a list ("as reported by …"), then "and N more"
    "people_in_fact_box": 5,  # people with their roles in the fact box's Who row
    "places_in_fact_box": 5,  # places in its Where row
    "organisations_in_fact_box": 4,  # organisations in its Organisations row
    # Names in its "Also named" row before the rest fold away under "and N more": a line a
    # reader scans, whatever a story of many sources names. The folded names stay in the page
    # (a closed <details>), so the search index still finds the story by each of them.
    "also_named_shown": 8,
    # Names in that row at all, folded ones too (the rest: digest.json): about 5 KB of names
    # however many a story of a thousand sources gives.
    "also_named_on_page": 300,
}


def make_env(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    """The one template environment: Markdown-friendly whitespace, strict undefined, our filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # Markdown, not HTML: untrusted text goes through `md` explicitly
    )
    env.filters.update(
        md=md,
        url=safe_url,
        yaml=yaml_string,
        date=human_date,
        when=when,
        weekday_date=lambda iso: f"{date.fromisoformat(iso[:10]):%a} {human_date(iso)}",
        excerpt=_excerpt,
        figure=lambda value, unit, written="": figure_label(unit, value, written),
        sup=superscript,
    )
    env.globals.update(date_range=date_range, dots=dots, limits=PAGE_LIMITS)
    return env


@dataclass(frozen=True)
class SourceRef:
    """How a story page refers to one of its articles."""

    id: str
    slug: str
    number: int
    name: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None


def _refs(story: Story, articles: Mapping[str, Article]) -> dict[str, SourceRef]:
    refs = {}
    for number, ident in enumerate(
        (i for i in story.articles if i not in story.duplicates), start=1
    ):
        a = articles[ident]
        refs[ident] = SourceRef(
            ident,
            a.slug,
            number,
            a.source_name or f"Source {number}",
            a.title,
            a.outlet,
            a.author,
            a.published,
            a.url,
        )
    return refs


# Days an event happened on: dated timeline entries this close to the reporting dates.
EVENT_WINDOW_DAYS = 7
EVENT_DAYS_SHOWN = 3


def event_days(story: Story) -> list[TimelineEntry]:
    """The days of the event itself (not its background): day-precise timeline entries near the
    reporting dates, best supported first, then in date order."""
    first, last = day_of(story.first_published), day_of(story.last_published)
    near = []
    for entry in story.timeline:
        if entry.kind != "event" or entry.end:
            continue  # a plan, a deadline, the background or a span is not a day of the event
        day = day_of(entry.date) if entry.precision == "day" else None
        if day is None:
            continue
        if (
            first
            and last
            and not (
                (first - day).days <= EVENT_WINDOW_DAYS and (day - last).days <= EVENT_WINDOW_DAYS
            )
        ):
            continue
        near.append(entry)
    best = sorted(near, key=lambda e: (-len(e.sources), e.date))[:EVENT_DAYS_SHOWN]
    return sorted(best, key=lambda e: e.date)


@dataclass(frozen=True)
class Copy:
    """A copy of a source's text folded into its story, and whether it is known to be a
    republication of that source (else both only carry the same text)."""

    copy: str
    original: str
    known: bool


# A credit line near the start or the end of a text names the outlet it came from.
CREDIT_CHARS = 300


def published_before(first: Article, then: Article) -> bool:
    """Whether `first` is known to have been published before `then`: both with a time of day
    and a time zone, at an earlier instant; else on an earlier day. Two articles of the same
    day, one of them without its time or zone, show nothing of which came first."""
    try:
        one = datetime.fromisoformat(first.published or "")
        two = datetime.fromisoformat(then.published or "")
    except ValueError:
        return False
    if one.tzinfo is not None and two.tzinfo is not None:
        return one < two
    return one.date() < two.date()


def credits(copy: Article, outlet: str | None) -> bool:
    """Whether `copy` credits `outlet` for its text: in its byline, or in a credit line near its
    start or end ("(Reuters) -", "By Reuters", "This article first appeared in ..."), written
    as the article's language writes one. The outlet's name anywhere else (a story about it, a
    quotation of it) credits nothing."""
    if not outlet:
        return False
    name = re.escape(outlet)
    if re.search(rf"(?<!\w){name}(?!\w)", copy.author or "", re.IGNORECASE):
        return True
    forms = lang_data.get(copy.language).boilerplate.credit_lines
    text = copy.text
    ends = (text[:CREDIT_CHARS], text[-CREDIT_CHARS:])
    return any(
        re.search(form.format(outlet=name), end, re.IGNORECASE) for form in forms for end in ends
    )


def republished(copy: Article, original: Article) -> bool:
    """Whether the evidence shows that `copy` republished `original`: it was published later,
    or it credits the original's outlet. Copies that agree in text but not in evidence say
    only that the same text appeared in both."""
    return published_before(original, copy) or credits(copy, original.source_name)


def copy_line(copy: Article, original: Article, names: tuple[str, str]) -> Copy:
    """How a copy folded into its story is told: who republished whom when the evidence shows
    it, either way round (the article grouping calls the original may be the later one), else
    that the same text appeared in both. `names` are the copy's and the original's."""
    if republished(copy, original):
        return Copy(names[0], names[1], True)
    if republished(original, copy):
        return Copy(names[1], names[0], True)
    return Copy(names[0], names[1], False)


@dataclass(frozen=True)
class OutletLine:
    """One outlet in a story's sources line, with its articles in the story (one or more)."""

    name: str
    refs: tuple[SourceRef, ...]


def outlets(refs: Mapping[str, SourceRef]) -> list[OutletLine]:
    """The story's sources, one per outlet, in the order of their first article: an outlet
    with two articles in the story is one source with two articles, never listed twice.
    Articles of no known outlet ("Source 3") each stand alone."""
    by_name: dict[str, list[SourceRef]] = {}
    for ref in refs.values():
        by_name.setdefault(ref.name, []).append(ref)
    return [OutletLine(name, tuple(found)) for name, found in by_name.items()]


@dataclass(frozen=True)
class RelatedLink:
    """A related story as its page shows it: where it is, its headline and why it is related."""

    id: str
    headline: str
    why: str


def related_links(story: Story, headlines: Mapping[str, str]) -> list[RelatedLink]:
    """The story's related stories that this digest publishes (a single-source story left out of
    the site is not linked)."""
    return [
        RelatedLink(r.story, headlines[r.story], r.why)
        for r in story.related
        if r.story in headlines
    ]


def story_context(
    story: Story, articles: Mapping[str, Article], headlines: Mapping[str, str] | None = None
) -> dict[str, Any]:
    refs = _refs(story, articles)
    people = [e for e in story.entities if e.type == "person"]
    places = [e for e in story.entities if e.type == "place"]
    organisations = [e for e in story.entities if e.type == "organisation"]
    copies = [
        copy_line(
            articles[copy],
            articles[original],
            (articles[copy].source_name or articles[copy].title or copy, refs[original].name),
        )
        for copy, original in sorted(story.duplicates.items())
    ]
    return {
        "story": story,
        "refs": refs,
        "sources": list(refs.values()),
        "outlets": outlets(refs),
        "total": len(refs),
        "related": related_links(story, headlines or {}),
        "people": people,
        "places": places,
        "organisations": organisations,
        "also_named": also_named(people, places, organisations),
        "copies": copies,
        "tags": story_tags(story),
        "event_days": event_days(story),
        # The story's own days, plans and deadlines; apart, the earlier happenings recalled.
        "timeline": [e for e in story.timeline if e.kind != "background"],
        "background": [e for e in story.timeline if e.kind == "background"],
    }


def also_named(
    people: Sequence[Entity], places: Sequence[Entity], organisations: Sequence[Entity]
) -> list[str]:
    """The names the fact box's Who, Where and Organisations rows leave out, for its "Also named"
    row: the story page is the only indexed page that names them (the people and places pages
    and the sections below the fact box are left out of the search index), so a search for any
    of them still finds the stories that name them; past PAGE_LIMITS' cap, digest.json has them."""
    return [
        e.name
        for entities, shown in (
            (people, PAGE_LIMITS["people_in_fact_box"]),
            (places, PAGE_LIMITS["places_in_fact_box"]),
            (organisations, PAGE_LIMITS["organisations_in_fact_box"]),
        )
        for e in entities[shown:]
    ][: PAGE_LIMITS["also_named_on_page"]]


# Tags shown on a story (its best keyphrases).
STORY_TAGS = 6


def story_tags(story: Story) -> list[str]:
    return [k.phrase for k in story.keyphrases[:STORY_TAGS]]


def tag_index(stories: Sequence[Story]) -> list[dict[str, Any]]:
    """Tags on more than one story, most stories first, each with the anchor of its entry in
    the full listing (the one Material's tags plugin writes: "tag:" and a lower-case slug)."""
    from pymdownx.slugs import slugify  # type: ignore[import-untyped]

    slug = slugify(case="lower")
    counts: dict[str, int] = {}
    for story in stories:
        for tag in story_tags(story):
            counts[tag] = counts.get(tag, 0) + 1
    shared = sorted(((n, tag) for tag, n in counts.items() if n > 1), key=lambda x: (-x[0], x[1]))
    # The slug keeps word characters and hyphens only; anything else is dropped again here,
    # since the anchor goes into an attribute as it is.
    return [
        {"tag": tag, "stories": n, "anchor": "tag:" + _NOT_SLUG.sub("", slug(tag, "-"))}
        for n, tag in shared
    ]


_NOT_SLUG = re.compile(r"[^\w-]")


@functools.lru_cache(maxsize=256)  # one article's phrases, for each of its paragraphs
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )


def highlighted(text: str, phrases: Sequence[str]) -> str:
    """Escaped text with each keyphrase wrapped in <mark> (matching is case-insensitive)."""
    if not phrases:
        return md(text)
    pattern = _phrase_pattern(tuple(phrases))
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(md(text[last : match.start()]))
        out.append(f"<mark>{md(match[0])}</mark>")
        last = match.end()
    out.append(md(text[last:]))
    return "".join(out)


@dataclass(frozen=True)
class StoryLink:
    """What a source page shows of its story: the link to it."""

    id: str
    headline: str


# Article, its keyphrases, its lead, its story, whether search lists it.
SourceInputs = tuple[Article, tuple[Keyphrase, ...], str | None, StoryLink | None, bool]


def source_inputs(analysis: Analysis, story: Story | None, searchable: bool) -> SourceInputs:
    """Everything a source page is made from (and nothing else: its cache key)."""
    link = StoryLink(story.id, story.headline) if story is not None else None
    return analysis.article, tuple(analysis.keyphrases), analysis.lead, link, searchable


def source_page(env: jinja2.Environment, inputs: SourceInputs) -> str:
    article, keyphrases, lead, story, searchable = inputs
    phrases = [k.phrase for k in keyphrases]
    blocks = [
        (b.kind, md(b.text) if b.kind == "h" else highlighted(b.text, phrases))
        for b in article.blocks
    ]
    heading = article.title or _excerpt(lead or "") or article.source_name or article.id
    return env.get_template("source.md.j2").render(
        article=article,
        keyphrases=keyphrases,
        blocks=blocks,
        story=story,
        heading=heading,
        searchable=searchable,
    )


def story_page_inputs(
    story: Story, articles: Mapping[str, Article], headlines: Mapping[str, str]
) -> tuple[Story, tuple[Article, ...], tuple[str | None, ...]]:
    """Everything a story page is made from (its cache key): the story, its articles (their
    names, links and copies), and the headlines of its related stories (None for one not
    published). A new day changes the pages of the stories it adds to or relates to, not the
    others."""
    return (
        story,
        tuple(articles[i] for i in story.articles),
        tuple(headlines.get(r.story) for r in story.related),
    )


def story_page(
    env: jinja2.Environment,
    story: Story,
    articles: Mapping[str, Article],
    headlines: Mapping[str, str],
) -> str:
    return env.get_template("story.md.j2").render(**story_context(story, articles, headlines))


def templates_fingerprint(templates_dir: Path) -> str:
    """A hash of the rendering code, the page limits in force and every template: new
    templates or limits, new cached pages."""
    digest = hashlib.sha256(modules_fingerprint("render").encode())
    digest.update(repr(sorted(PAGE_LIMITS.items())).encode())
    for template in sorted(templates_dir.rglob("*.j2")):
        digest.update(template.relative_to(templates_dir).as_posix().encode() + b"\0")
        digest.update(template.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


PAGE_TITLE_MAX_CHARS = 80


def _excerpt(text: str, limit: int = PAGE_TITLE_MAX_CHARS) -> str:
    """The start of a text, cut at a word, for a page that has no title of its own."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def article_entry(
    analysis: Analysis, story: str | None, duplicate_of: str | None
) -> dict[str, Any]:
    """One article of digest.json."""
    a = analysis.article
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "outlet": a.outlet,
        "author": a.author,
        "published": a.published,
        "dateline": a.dateline,
        "url": a.url,
        "category": a.category,
        "summary_only": a.summary_only,
        "text": a.text,
        "removed": [{"line": r.line, "reason": r.reason} for r in a.removed],
        "lead": analysis.lead,
        # As asdict() writes them, without its deep copy (an archive's digest holds tens of
        # thousands of keyphrases).
        "keyphrases": [{"phrase": k.phrase, "score": k.score} for k in analysis.keyphrases],
        "story": story,
        "duplicate_of": duplicate_of,
    }


def story_row(story: Story, published: Collection[str]) -> dict[str, Any]:
    """One story of digest.json: its related stories among those `published`."""
    row = asdict(story)
    row["related"] = [asdict(r) for r in story.related if r.story in published]
    row["articles"] = list(story.articles)
    row.pop("duplicates")
    row["notes"] = [
        {
            "article": n.article,
            "lead": n.lead,
            "unique": list(n.unique),
            "keyphrases": list(n.keyphrases),
            "facts_covered": n.facts_covered,
        }
        for n in story.notes
    ]
    return row


def digest_data(stories: Sequence[Story], analyses: Sequence[Analysis]) -> dict[str, Any]:
    """The digest as plain data, in the shape documented by schema/digest.schema.json."""
    story_of = {i: s.id for s in stories for i in s.articles}
    duplicate_of = {copy: original for s in stories for copy, original in s.duplicates.items()}
    articles = [
        article_entry(
            analysis, story_of.get(analysis.article.id), duplicate_of.get(analysis.article.id)
        )
        for analysis in sorted(analyses, key=lambda a: a.article.id)
    ]
    published = {s.id for s in stories}
    story_rows = [story_row(s, published) for s in stories]
    return {"generator": f"news-digest {__version__}", "articles": articles, "stories": story_rows}


# The page that holds the whole digest as data.
DIGEST_PAGE = "digest.json"
# digest.json is written as json.dumps writes it with this indent (one space a level).
DIGEST_INDENT = 1
# Its articles and stories are two levels deep: in a list, in the top object.
_ENTRY_DEPTH = 2


def _entry_json(entry: object) -> str:
    """An article or a story of digest.json, indented as it is there."""
    text = json.dumps(entry, ensure_ascii=False, indent=DIGEST_INDENT)
    # A JSON string holds no raw line break: every line of the text starts a line of the entry.
    margin = " " * (DIGEST_INDENT * _ENTRY_DEPTH)
    return "\n".join(margin + line for line in text.split("\n"))


def digest_json(
    stories: Sequence[Story],
    analyses: Sequence[Analysis],
    store: DiskCache | None = None,
    *,
    end: str = "",
) -> str:
    """digest.json: the text json.dumps(digest_data(...), ensure_ascii=False, indent=1)
    writes, then `end`. With `store`, each article's and story's part is kept there under the
    hash of what it is made from: a daily archive's digest holds every article ever read, and
    Python's indenting encoder takes seconds over it. The text is made by one join of its
    parts: the digest of the bench's 10,000 articles is 74.6 million characters, four bytes
    each when one of them is beyond the first 65,536 (an emoji), 298 MB as one string, and
    each whole copy made on the way (a section joined, then the whole, then a line break
    added) held as much again."""
    story_of = {i: s.id for s in stories for i in s.articles}
    duplicate_of = {copy: original for s in stories for copy, original in s.duplicates.items()}
    published = {s.id for s in stories}

    def kept(key: str, make: Callable[[], object]) -> str:
        if store is None:
            return _entry_json(make())
        return store.get_or_make(key, str, lambda: _entry_json(make()))

    articles = []
    for analysis in sorted(analyses, key=lambda a: a.article.id):
        ident = analysis.article.id
        entry = article_entry(analysis, story_of.get(ident), duplicate_of.get(ident))
        articles.append(kept(content_key("article", entry), functools.partial(dict, entry)))
    rows = [
        kept(
            content_key("story", story, [r.story in published for r in story.related]),
            functools.partial(story_row, story, published),
        )
        for story in stories
    ]
    margin = " " * DIGEST_INDENT
    generator = json.dumps(f"news-digest {__version__}", ensure_ascii=False)
    parts = [f'{{\n{margin}"generator": {generator},\n']
    for name, entries, last in (("articles", articles, False), ("stories", rows, True)):
        after = "" if last else ","
        if entries:
            parts.append(f'{margin}"{name}": [\n')
            for n, text in enumerate(entries):
                if n:
                    parts.append(",\n")
                parts.append(text)
            parts.append(f"\n{margin}]{after}\n")
        else:
            parts.append(f'{margin}"{name}": []{after}\n')
    parts.append("}" + end)
    return "".join(parts)


@dataclass(frozen=True)
class Page:
    path: str  # relative to the docs folder, always "/"-separated
    content: str
    # The page's entry in the site's navigation, for the pages listed there by a name that
    # comes from the input (a section's); None for every other page.
    nav_title: str | None = None


# The pages that list the people and places the stories name: path, entity type, title, intro.
ENTITY_PAGES = (
    (
        "people.md",
        "person",
        "People",
        "Everyone the stories name, with the titles the sources give them.",
    ),
    (
        "places.md",
        "place",
        "Places",
        "Countries, cities and regions the stories take place in or mention.",
    ),
)
# A page of people (or places) lists at most this many names; beyond, it lists the initials and
# each initial has a page of its own, so that no page grows with the whole archive (a year's
# people page was megabytes, sent to every reader who opened it).
ENTITY_PAGE_ENTRIES = 300
# Stories on the home page; the rest are in the archive.
HOME_STORIES = 30
HOME_SINGLES = 20
ARCHIVE_PAGE_STORIES = 50
# Source pages of older stories are left out of the search index, which every reader downloads
# whole (a source page's entry is its title and metadata: about 230 bytes).
SEARCH_RECENT_STORIES = 300


def entity_index(stories: Sequence[Story], kind: str) -> list[dict[str, Any]]:
    """People (or places) across stories, A to Z, each with their roles and their stories."""
    found: dict[str, dict[str, Any]] = {}
    for story in stories:
        for entity in story.entities:
            if entity.type != kind:
                continue
            key = fold(entity.name)
            entry = found.setdefault(key, {"name": entity.name, "roles": set(), "stories": []})
            if entity.role:
                entry["roles"].add(entity.role)
            entry["stories"].append(story)
    entries = []
    for key, entry in sorted(found.items()):
        letter = key[:1].upper() if key[:1].isalpha() else "#"
        entries.append({**entry, "roles": sorted(entry["roles"]), "letter": letter})
    return entries


def _initial_slug(letter: str) -> str:
    """The page name of an initial of entity_index: a-z as it is, '#' (not a letter) 'other',
    any other letter its code point."""
    if letter == "#":
        return "other"
    return letter.lower() if letter.isascii() else f"u{ord(letter):04x}"


def entity_pages(
    env: jinja2.Environment, stories: Sequence[Story], spec: tuple[str, str, str, str]
) -> list[Page]:
    """The page of the people (or places) of `spec` (an entry of ENTITY_PAGES); past
    ENTITY_PAGE_ENTRIES names, a list of initials there and a page per initial beside it
    (people.md, people/a.md, ...)."""
    path, kind, title, intro = spec
    template = env.get_template("entities.md.j2")
    entries = entity_index(stories, kind)
    whole = {"title": title, "intro": intro, "entries": entries, "initials": [], "index": ""}
    if len(entries) <= ENTITY_PAGE_ENTRIES:
        return [Page(path, template.render(**whole, prefix=""))]
    folder = path.removesuffix(".md")
    by_initial: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        by_initial.setdefault(entry["letter"], []).append(entry)
    initials: list[dict[str, Any]] = [
        {"letter": letter, "path": f"{folder}/{_initial_slug(letter)}.md", "count": len(group)}
        for letter, group in by_initial.items()
    ]
    pages = [Page(path, template.render(whole | {"entries": [], "initials": initials}, prefix=""))]
    for initial in initials:
        letter = initial["letter"]
        one = {"title": f"{title}: {letter}", "entries": by_initial[letter], "index": f"../{path}"}
        pages.append(Page(initial["path"], template.render(whole | one, prefix="../")))
    return pages


def _month(story: Story) -> str | None:
    """The month a story is filed under in the archive: when it was first reported, so that a
    story never moves between archive pages as it grows."""
    day = day_of(story.first_published) or day_of(story.last_published)
    return f"{day:%Y-%m}" if day else None


def archive_pages(env: jinja2.Environment, stories: Sequence[Story]) -> list[Page]:
    """The archive: an index of months, and each month's stories, newest first, in pages of
    ARCHIVE_PAGE_STORIES. Stories of earlier months never change their page."""
    by_month: dict[str, list[Story]] = {}
    for story in stories:
        by_month.setdefault(_month(story) or "undated", []).append(story)
    months = sorted((m for m in by_month if m != "undated"), reverse=True)
    if "undated" in by_month:
        months.append("undated")
    pages = []
    entries = []
    for month in months:
        chunk_list = by_month[month]
        chunks = [
            chunk_list[i : i + ARCHIVE_PAGE_STORIES]
            for i in range(0, len(chunk_list), ARCHIVE_PAGE_STORIES)
        ]
        title = "Undated" if month == "undated" else f"{date.fromisoformat(month + '-01'):%B %Y}"
        entries.append({"month": month, "title": title, "stories": len(chunk_list)})
        for number, chunk in enumerate(chunks, start=1):
            name = month if number == 1 else f"{month}-page-{number}"
            content = env.get_template("archive.md.j2").render(
                title=title,
                month=month,
                stories=chunk,
                page=number,
                pages=len(chunks),
                prefix="../",
            )
            pages.append(Page(f"archive/{name}.md", content))
    index = env.get_template("archive_index.md.j2").render(months=entries)
    return [Page("archive/index.md", index), *pages]


def section_of(story: Story, articles: Mapping[str, Article]) -> str | None:
    """A story's section: the category most of its sources give (ties: A to Z), or None."""
    counts: dict[str, int] = {}
    for ident in story.articles:
        if ident in story.duplicates:
            continue
        category = articles[ident].category
        if category:
            counts[category] = counts.get(category, 0) + 1
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], c))


def recent_stories(stories: Sequence[Story], days: int) -> list[Story]:
    """The stories reported in the last `days` days, counted back from the newest story (so
    the same input gives the same pages whatever the day of the build)."""
    newest = max((d for s in stories if (d := day_of(s.last_published))), default=None)
    if newest is None:
        return list(stories)
    return [
        s
        for s in stories
        if (last := day_of(s.last_published)) is not None and (newest - last).days < days
    ]


def most_covered(stories: Sequence[Story]) -> list[Story]:
    """Stories reported by more than one source, the most sources first, then the latest."""
    return sorted(
        (s for s in stories if not s.is_single_source),
        key=lambda s: (-(len(s.articles) - len(s.duplicates)), _negated(s.last_published), s.id),
    )


def home_sections(
    stories: Sequence[Story], articles: Mapping[str, Article], days: int
) -> tuple[list[tuple[str | None, list[Story]]], list[Story], bool]:
    """The home page: stories of the last `days` days, grouped by section, the most-covered
    first; single-source reports apart. Also whether older stories exist."""
    shown = recent_stories(stories, days)
    multi = most_covered(shown)[:HOME_STORIES]
    singles = [s for s in shown if s.is_single_source][:HOME_SINGLES]
    grouped: dict[str | None, list[Story]] = {}
    for story in multi:
        grouped.setdefault(section_of(story, articles), []).append(story)
    named = sorted(name for name in grouped if name is not None)
    sections: list[tuple[str | None, list[Story]]] = [(name, grouped[name]) for name in named]
    if None in grouped:
        sections.append(("More stories" if named else None, grouped[None]))
    more = len(multi) + len(singles) < len(stories)
    return sections, singles, more


def section_paths(stories: Sequence[Story], articles: Mapping[str, Article]) -> dict[str, str]:
    """Each section that any story of the digest belongs to, with the path of its page. A
    section keeps its page while its stories are old, so that the site's navigation, which
    lists the sections, changes only when a new section appears (a navigation that changes
    changes every page of the site)."""
    names = sorted({name for s in stories if (name := section_of(s, articles)) is not None})
    paths: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        slug = base = slugify(name, "section")
        number = 1
        while slug in taken:  # two names of one slug ("Sport", "sport"): each its own page
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        paths[name] = f"sections/{slug}.md"
    return paths


# A section's page: its stories of the last `home_days` days, the most covered first; older ones
# are in the archive.
SECTION_STORIES = 50
SECTION_SINGLES = 20


def section_pages(
    env: jinja2.Environment,
    stories: Sequence[Story],
    articles: Mapping[str, Article],
    paths: Mapping[str, str],
    days: int,
) -> list[Page]:
    recent: dict[str, list[Story]] = {name: [] for name in paths}
    for story in recent_stories(stories, days):
        name = section_of(story, articles)
        if name is not None:
            recent[name].append(story)
    pages = []
    for name, path in paths.items():
        shown = recent[name]
        content = env.get_template("section.md.j2").render(
            title=name,
            days=days,
            stories=[(s, story_context(s, articles)) for s in most_covered(shown)][
                :SECTION_STORIES
            ],
            singles=[(s, story_context(s, articles)) for s in shown if s.is_single_source][
                :SECTION_SINGLES
            ],
            prefix="../",
        )
        pages.append(Page(path, content, nav_title=name))
    return pages


def _negated(iso: str | None) -> tuple[int, ...]:
    """A sort key that puts later dates first (undated last)."""
    if not iso:
        return (1,)
    return (0, *(-ord(ch) for ch in iso))


def render(
    stories: Sequence[Story],
    analyses: Sequence[Analysis],
    config: Config,
    templates_dir: Path = TEMPLATES_DIR,
    cache_dir: Path | None = None,
) -> tuple[Page, ...]:
    """Every Markdown page of the site, and digest.json. With `cache_dir`, source pages are
    kept there between builds."""
    env = make_env(templates_dir)
    articles = {a.article.id: a.article for a in analyses}
    story_of = {i: s for s in stories for i in s.articles}
    sections, singles, more = home_sections(stories, articles, config.home_days)
    section_page = section_paths(stories, articles)
    try:
        pages = [
            Page(
                "index.md",
                env.get_template("index.md.j2").render(
                    config=config,
                    sections=[
                        {
                            "title": heading,
                            # The section's own page (the group of stories of no section
                            # has a heading but no page).
                            "page": section_page.get(section_of(members[0], articles) or ""),
                            "stories": [(s, story_context(s, articles)) for s in members],
                        }
                        for heading, members in sections
                    ],
                    singles=[(s, story_context(s, articles)) for s in singles],
                    more=more,
                ),
            ),
            Page("about.md", env.get_template("about.md.j2").render(config=config)),
            Page(
                "tags.md",
                env.get_template("tags.md.j2").render(config=config, shared=tag_index(stories)),
            ),
            *(page for spec in ENTITY_PAGES for page in entity_pages(env, stories, spec)),
            *archive_pages(env, stories),
            *section_pages(env, stories, articles, section_page, config.home_days),
        ]
        searchable = {i for s in stories[:SEARCH_RECENT_STORIES] for i in s.articles}
        headlines = {s.id: s.headline for s in stories}
        # Story and source pages, most of the site, change only with what they are made from:
        # kept between builds under its hash.
        store = (
            DiskCache.for_code(cache_dir, "pages", templates_fingerprint(templates_dir))
            if cache_dir is not None
            else None
        )
        for story in stories:
            made = functools.partial(story_page, env, story, articles, headlines)
            if store is not None:
                key = content_key("story", *story_page_inputs(story, articles, headlines))
                content = store.get_or_make(key, str, made)
            else:
                content = made()
            pages.append(Page(f"stories/{story.id}.md", content))
        for analysis in analyses:
            article_id = analysis.article.id
            inputs = source_inputs(analysis, story_of.get(article_id), article_id in searchable)
            make = functools.partial(source_page, env, inputs)
            content = make() if store is None else store.get_or_make(content_key(inputs), str, make)
            pages.append(Page(f"sources/{analysis.article.slug}.md", content))
    except jinja2.TemplateError as error:
        raise RenderError(f"template error: {error}") from error
    digest = (
        DiskCache.for_code(cache_dir, "digest", modules_fingerprint("render"))
        if cache_dir is not None
        else None
    )
    pages.append(Page(DIGEST_PAGE, digest_json(stories, analyses, digest, end="\n")))
    if config.site_url:
        pages.append(Page(RSS_FILE, rss(stories, config.site_name, config.site_url)))
        pages.append(Page(JSON_FEED_FILE, json_feed(stories, config.site_name, config.site_url)))
    else:
        # Links in a feed must be absolute: without the site's address a feed would be invalid,
        # so none is written. MkDocs' sitemap then lists no page; it stays, because Material's
        # instant navigation asks for it on every page (a missing one is an error each time).
        log.warning(NO_SITE_URL)
    return tuple(sorted(pages, key=lambda p: p.path))
