"""Cleaning: boilerplate removed (each line kept with its reason); title, byline, date found."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from generator.cache import DiskCache, code_fingerprint, content_key
from generator.dates import day_of, parse_date, reads_as_numeric_date, stamp_date
from generator.lang import get as language_data
from generator.lang import warn_without_data
from generator.lang.schema import LanguageData
from generator.models import Article, Block, Meta, RemovedLine, Source
from generator.text import fold, slugify

log = logging.getLogger(__name__)

# Boilerplate is short: a line of more words than this is prose, whatever it starts with.
BOILERPLATE_MAX_WORDS = 40
# A line repeated in this many articles of one outlet is that outlet's template (a footer, a
# promotion); two articles can share a line by syndication, three of one outlet rarely do.
REPEAT_MIN_ARTICLES = 3
# Lines this short are not worth counting as repeats ("Comments" is caught by the patterns).
REPEAT_MIN_CHARS = 12
# A copy of another article (a wire report that several sites print under the agency's
# copyright, a page saved again after an update) repeats that article's prose, lead first; a
# template under an article never repeats its lead, however long the template is beside a brief.
# Its repeated prose runs to at least this many words: a page an outlet repeats whole that is
# shorter is a notice in place of an article (no copy kept, page not found, a crawl notice:
# 30-40 words).
COPY_MIN_PROSE_WORDS = 60
# A title is a line, not a paragraph: beyond this many words it is the lead sentence.
TITLE_MAX_WORDS = 25
TITLE_MIN_WORDS = 3
TITLE_USUAL_WORDS = 5
# A subheading is short; a longer line without a full stop is prose that lost its punctuation.
HEADING_MAX_WORDS = 14
# Section labels ("World", "Middle East") sit in the first few lines above the title.
SECTION_LABEL_MAX_WORDS = 3
# ... and short in characters too, for scripts written without spaces between words.
SECTION_LABEL_MAX_CHARS = 30
TOP_LINES = 15
# Prose: a line of at least this many words ending like a sentence, or of this many in any case.
PROSE_MIN_WORDS = 6
PROSE_LONG_WORDS = 25
SENTENCE_END = (".", "!", "?", "…", "。", "！", "？")
# A headline of another story is a line, not a paragraph.
HEADLINE_MAX_WORDS = 18
# An outlet's masthead above the title ("Kerrow Valley Times", "KVLN 7 News").
MASTHEAD_MAX_WORDS = 6
# A byline without "By": a name and perhaps a job title ("Jane Doe, Political Editor").
NAME_LINE_MAX_WORDS = 8
DATESTAMP_MAX_TOKENS = 16
# A paragraph the HTML extractor kept that runs to a long sentence is the article's own, even
# when it asks the reader to watch, subscribe or follow a link: the promotions it leaves behind
# are a line long ("Subscribe to our channel for the latest videos").
EXTRACTED_BOILERPLATE_MAX_WORDS = PROSE_LONG_WORDS
# Boilerplate that an HTML extractor has already removed where it was furniture: a web address
# left in an extracted body is written out in the article's own text (a source, a venue's site).
UNSURE_AFTER_EXTRACTION = frozenset({"bare link"})
# Marks that end a sentence (a line that ends with one is prose, not a heading or a title).
TERMINAL = tuple('.!?…"”’)»:;,。！？')

# What separates a headline from the site's name in a page title.
_TITLE_PARTS = re.compile(r"\s+[-|–—·:]{1,2}\s+")
# "Kestri, ", "WASHINGTON, DC, ": a place (with its state or country) before a stamp.
_PLACE_PREFIX = re.compile(r"^[A-Z][\w'’ ]{1,30}(?:,\s*[A-Z][\w.'’ ]{1,20}?)?(?:,|\s[-–|])\s*")
_CLOCK = re.compile(r"\d{1,2}(?::\s?|\.)\d{2}(?::\s?\d{2})?[ap]?|[+-]\d{1,2}")


@dataclass
class _Draft:
    """Work in progress on one article (mutable while cleaning, never leaves this module)."""

    source: Source
    kept: list[Block]
    removed: list[RemovedLine] = field(default_factory=list)
    inferred: dict[str, str] = field(default_factory=dict)
    # Every day a stamp or a metadata line of the page gives (the first is "published", else
    # "updated").
    stamped: list[str] = field(default_factory=list)

    def remove(self, block: Block, reason: str) -> None:
        self.removed.append(RemovedLine(block.text, reason, block.line))

    def infer(self, key: str, value: str | None) -> None:
        value = (value or "").strip(" ,.;|/-")
        if value and key in ("published", "updated"):
            self.stamped.append(value)
        if value and key not in self.inferred:
            self.inferred[key] = value


def boilerplate_reason(
    line: str, lang: LanguageData, max_words: int = BOILERPLATE_MAX_WORDS
) -> str | None:
    """Why a line is boilerplate in the language `lang`, or None when it is not (or longer than
    `max_words`)."""
    if len(line.split()) > max_words:
        return None
    for reason, pattern in lang.boilerplate.lines:
        if pattern.fullmatch(line):
            return reason
    return None


def _split_authors(author: str, lang: LanguageData) -> tuple[str | None, str | None]:
    """'Jane Doe, Reuters' -> ('Jane Doe', 'Reuters'); 'Jane Doe, Political Editor' -> ('Jane
    Doe', None); 'KVLN Staff' -> (None, 'KVLN'): a one-word last part is the outlet, a job title
    is dropped, and an outlet's staff is no author."""
    parts = [p.strip() for p in lang.boilerplate.author_separator.split(author) if p.strip()]
    outlet = None
    while len(parts) > 1 and any(w.lower() in lang.titles.byline_roles for w in parts[-1].split()):
        parts.pop()
    if len(parts) > 1 and len(parts[-1].split()) == 1:
        outlet = parts.pop()
    if len(parts) == 1 and parts[0].split()[-1].lower() in lang.titles.byline_roles:
        staff_of = " ".join(parts[0].split()[:-1])
        return None, staff_of or outlet
    return ", ".join(parts) or None, outlet


def _names_a_date(author: str, lang: LanguageData) -> bool:
    """A byline's "author" that is a day ("By Friday") or a month alone ("By March 2020"); a
    month with a surname is a name ("By April Ryan")."""
    words = [w.lower().rstrip(".,") for w in author.split()]
    return words[0] in lang.calendar.weekday_words or (
        words[0] in lang.calendar.month_numbers and len(words) == 1
    )


def metadata_reason(line: str, draft: _Draft, lang: LanguageData) -> str | None:
    """Why a line is metadata (filling the draft's inferred fields), or None."""
    if len(line.split()) > BOILERPLATE_MAX_WORDS // 2:
        return None
    for reason, pattern in lang.boilerplate.metadata:
        match = pattern.fullmatch(line)
        if match is None:
            continue
        found = match.groupdict()
        if found.get("author") and _names_a_date(found["author"], lang):
            continue  # "By Friday, the company had ...": a sentence, not a byline
        if found.get("author"):
            author, outlet = _split_authors(found["author"], lang)
            draft.infer("author", author)
            draft.infer("outlet", outlet)
        draft.infer("outlet", found.get("outlet"))
        if found.get("date"):
            draft.infer(_stamp_kind(line, lang), _stamp_day(found["date"], line, lang))
        return reason
    return None


def _outlet_clue(line: str, lang: LanguageData) -> str | None:
    for pattern in lang.boilerplate.outlet_clues:
        if match := pattern.search(line):
            return match["outlet"].strip()
    return None


# A page's stamps (published, updated) that lie further apart than this give no one day the
# page was written: a page of dated posts or letters ("April 10, 2016" above, "April 13, 2015"
# further down), whose undated sentences a wrong year would misplace. Its date is left unknown.
STAMPS_APART_DAYS = 7


def _one_date(stamped: list[str]) -> bool:
    """Whether the days a page's stamps give lie close enough to be the day it was written."""
    days = sorted(d for d in (day_of(s) for s in stamped) if d is not None)
    return not days or (days[-1] - days[0]).days <= STAMPS_APART_DAYS


def _stamp_words(text: str, lang: LanguageData) -> list[str]:
    """The tokens of a stamp line, lower case, as a page's spacing would not split them, without
    an abbreviation's full stop ("Feb.", "p. m." -> "feb", "p.m")."""
    return [
        t.replace(" ", "").rstrip(".") for t in lang.boilerplate.stamp_token.findall(text.lower())
    ]


def _stamp_kind(line: str, lang: LanguageData) -> str:
    """'updated' for a stamp of a later version only ("Updated 8:15 AM ET, Mar 18, 2024"),
    else 'published' (a line that gives both starts with the first publication)."""
    words = set(_stamp_words(line, lang))
    updates = words & lang.boilerplate.update_verbs
    others = words & (lang.boilerplate.stamp_verbs - lang.boilerplate.update_verbs)
    return "updated" if updates and not others else "published"


def _stamp_day(date_text: str, line: str, lang: LanguageData) -> str | None:
    """The day the date of a stamp line gives, read month first when the line's time zone is
    American."""
    month_first = not lang.boilerplate.month_first_zones.isdisjoint(_stamp_words(line, lang))
    return stamp_date(date_text, lang, month_first)


def is_prose(text: str) -> bool:
    """A sentence or more: ends like a sentence and has the words of one."""
    words = len(text.split())
    ends_sentence = text.rstrip("\"”’')»").endswith(SENTENCE_END)
    return words >= PROSE_LONG_WORDS or (words >= PROSE_MIN_WORDS and ends_sentence)


def is_datestamp(text: str, lang: LanguageData) -> bool:
    """A line of nothing but a date, a time and stamp words ("Updated 8:15 AM ET, Mar 18, 2024")."""
    tokens = _stamp_words(text, lang)
    if not tokens or len(tokens) > DATESTAMP_MAX_TOKENS:
        return False
    has_month = has_number = has_clock = has_weekday = has_stamp_word = False
    for token in tokens:
        if token in lang.calendar.month_numbers:
            has_month = True
        elif lang.boilerplate.ordinal_digits.fullmatch(token):
            has_number = True
        elif _CLOCK.fullmatch(token):
            has_clock = True
        elif token in lang.calendar.weekday_words:
            has_weekday = True
        elif token in lang.boilerplate.datestamp_words:
            has_stamp_word = has_stamp_word or token in lang.boilerplate.stamp_verbs
        else:
            return False
    # Numbers alone are no date ("1500", a score, a phone number "02-751-1500"): a month, a
    # weekday or a stamp word must say so, or the numbers must read as a date ("19.11.2019").
    # "Last updated: 10:42 GMT" has no date, but the stamp word and the clock make it one.
    return (
        has_month
        or (has_number and (has_weekday or has_stamp_word))
        or (has_clock and has_stamp_word)
        or parse_date(text, lang) is not None
        or reads_as_numeric_date(text)
    )


def _first_pass(source: Source, lang: LanguageData) -> _Draft:
    """Each line by its own look: boilerplate, metadata, or kept. After a line that opens a list
    of links to other stories ("Related Articles"), the short lines that follow are headlines of
    those stories, up to the next line of prose."""
    draft = _Draft(source, [])
    in_related_list = after_end_mark = False
    max_words = EXTRACTED_BOILERPLATE_MAX_WORDS if source.extracted else BOILERPLATE_MAX_WORDS
    for block in source.blocks:
        text = block.text
        if block.kind != "p":
            in_related_list = False
            draft.kept.append(block)
        elif (reason := boilerplate_reason(text, lang, max_words)) and not (
            source.extracted and reason in UNSURE_AFTER_EXTRACTION
        ):
            draft.infer("outlet_clue", _outlet_clue(text, lang))
            draft.remove(block, reason)
            in_related_list = bool(lang.boilerplate.related_marker.fullmatch(text))
            after_end_mark = after_end_mark or text.strip().lower() in lang.boilerplate.end_marks
        elif reason := metadata_reason(text, draft, lang):
            draft.remove(block, reason)
        elif is_datestamp(text, lang) or is_datestamp(_PLACE_PREFIX.sub("", text), lang):
            # "Kestri, Updated: July 3, 2024 11:05 IST" carries a place before the stamp. A
            # date that ends in a colon heads an entry of a dated list ("March 3, 2015:"): the
            # day of that entry, not of the page.
            if not text.rstrip().endswith(":"):
                draft.infer(_stamp_kind(text, lang), _stamp_day(text, text, lang))
            draft.remove(block, "publication date")
        elif after_end_mark:
            draft.remove(block, "after the end mark")
        elif (
            (dateline := lang.boilerplate.dateline_only.fullmatch(text)) is not None
            and (dateline["agency"] or dateline["place"].isupper())
            and _is_place(dateline["place"], lang)
        ):
            draft.infer("dateline", dateline["place"])
            _infer_dateline_day(draft, dateline["date"], lang)
            draft.infer("agency", dateline["agency"])
            draft.remove(block, "dateline")
        elif (
            in_related_list
            and len(text.split()) <= HEADLINE_MAX_WORDS
            and (not is_prose(text) or text.endswith("?"))
        ):
            draft.remove(block, "link to another story")
        else:
            in_related_list = False
            draft.kept.append(block)
    return draft


def _remove_repeats(drafts: list[_Draft]) -> None:
    """Remove lines that recur across several articles of one outlet (its page template). Not
    in bodies extracted from HTML: the extractor has cut the template, and what recurs there is
    as often the outlet's own stock sentence of a running story (the delegates needed to win a
    nomination), in the body of every article that tells it. Nor the prose of a copy of another
    article (`_is_copy`): there what recurs is the article itself."""
    by_outlet: dict[str, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        if draft.source.extracted:
            continue
        outlet = (
            draft.source.meta.outlet
            or draft.inferred.get("outlet")
            or draft.inferred.get("outlet_clue")
        )
        if outlet:
            by_outlet[fold(outlet)].append(draft)
    for outlet_drafts in by_outlet.values():
        if len(outlet_drafts) < REPEAT_MIN_ARTICLES:
            continue
        # Each line folded once (a daily archive holds hundreds of thousands of them).
        folded: dict[int, list[str | None]] = {
            id(draft): [
                fold(b.text) if len(b.text) >= REPEAT_MIN_CHARS else None for b in draft.kept
            ]
            for draft in outlet_drafts
        }
        counts: dict[str, int] = defaultdict(int)
        for draft in outlet_drafts:
            for line in {key for key in folded[id(draft)] if key is not None}:
                counts[line] += 1
        lines = [folded[id(draft)] for draft in outlet_drafts]
        prose = [[_prose_words(b) for b in draft.kept] for draft in outlet_drafts]
        places = _recurring_places(lines, prose, counts)
        for draft, draft_lines, draft_prose in zip(outlet_drafts, lines, prose, strict=True):
            repeats = [counts.get(line, 0) if line is not None else 0 for line in draft_lines]
            copy = _is_copy(draft_lines, draft_prose, repeats, places)
            keep = []
            for block, n, words in zip(draft.kept, repeats, draft_prose, strict=True):
                if n >= REPEAT_MIN_ARTICLES and not (copy and words):
                    draft.remove(block, f"repeats in {n} articles of the same outlet")
                else:
                    keep.append(block)
            draft.kept = keep


# For each recurring line of prose of an outlet, its first place in each of the outlet's
# articles that hold it (articles numbered in the outlet's list).
_Places = dict[str, dict[int, int]]


def _recurring_places(
    lines: list[list[str | None]], prose: list[list[int]], counts: dict[str, int]
) -> _Places:
    """Where each line of prose that recurs in enough articles to count as repeated sits in each
    article."""
    places: _Places = defaultdict(dict)
    for article, (article_lines, article_prose) in enumerate(zip(lines, prose, strict=True)):
        for place, (line, words) in enumerate(zip(article_lines, article_prose, strict=True)):
            if line is not None and words and counts[line] >= REPEAT_MIN_ARTICLES:
                places[line].setdefault(article, place)
    return places


def _prose_words(block: Block) -> int:
    """The words of a paragraph of prose (0 for anything else)."""
    return len(block.text.split()) if block.kind == "p" and is_prose(block.text) else 0


def _is_copy(
    lines: list[str | None], prose: list[int], repeats: list[int], places: _Places
) -> bool:
    """Whether an article is a copy of another: its lead (its first paragraph of prose) recurs,
    its recurring prose is an article's length, and it recurs in the same order in every article
    that shares it. `lines` are its folded lines (None where too short to count), `prose` their
    words of prose, `repeats` the articles of the outlet each recurs in."""
    shared = [
        (line, words)
        for line, words, n in zip(lines, prose, repeats, strict=True)
        if line is not None and words and n >= REPEAT_MIN_ARTICLES
    ]
    lead = next((line for line, words in zip(lines, prose, strict=True) if words), None)
    return (
        lead is not None
        and lead in {line for line, _ in shared}
        and sum(words for _, words in shared) >= COPY_MIN_PROSE_WORDS
        and _in_one_order(list(dict.fromkeys(line for line, _ in shared)), places)
    )


def _in_one_order(lines: list[str], places: _Places) -> bool:
    """Whether the articles that share `lines` hold them in the order given: in each article,
    the places of these lines rise (an article lacking some lines is compared on those it has)."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for line in lines:
        for article, place in places[line].items():
            by_article[article].append(place)
    return all(found == sorted(found) for found in by_article.values())


def _ends_open(text: str) -> bool:
    """No sentence punctuation at the end (a closing quotation mark alone does not count)."""
    return not text.rstrip("\"”’')»").endswith(TERMINAL)


def is_section_label(text: str, lang: LanguageData) -> bool:
    words = fold(text).split()
    return (
        0 < len(words) <= SECTION_LABEL_MAX_WORDS
        and len(text) <= SECTION_LABEL_MAX_CHARS
        and _ends_open(text)
        and (
            " ".join(words) in lang.names.section_labels
            or all(w in lang.names.section_labels for w in words)
        )
    )


def looks_like_heading(text: str, lang: LanguageData) -> bool:
    """A short line without final punctuation whose words are mostly capitalised."""
    words = text.split()
    if not 1 <= len(words) <= HEADING_MAX_WORDS or not _ends_open(text) or text.endswith(","):
        return False
    content = [w for w in words if w.lower() not in lang.boilerplate.small_words and w[0].isalpha()]
    capitalised = sum(1 for w in content if w[0].isupper())
    return bool(content) and (capitalised / len(content) >= 0.6 or len(words) <= 4)


def _title_like(block: Block) -> bool:
    words = len(block.text.split())
    return block.kind == "h" or (
        TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS
        and (_ends_open(block.text) or block.text.endswith(("?", "!")))
    )


def looks_like_name(text: str, lang: LanguageData) -> bool:
    """'Anna Kovač' or 'Jane Doe, Political Editor': a byline without the 'By'."""
    # "Sofia Lindqvist in Stockholm": a byline can say where the reporter is.
    name = lang.boilerplate.byline_place.sub("", text.split(",", maxsplit=1)[0].strip())
    words = name.split()
    return (
        2 <= len(words) <= 4
        and len(text.split()) <= NAME_LINE_MAX_WORDS
        and _ends_open(text)
        and all(
            w[:1].isupper() and w.rstrip(".").replace("-", "").replace("'", "").isalpha()
            for w in words
        )
        and not any(fold(w) in lang.names.section_labels for w in words)
    )


def _headline_question(block: Block) -> bool:
    """A first line like "What is the dam dispute and why does it matter?" is a headline."""
    return block.text.endswith(("?", "!")) and len(block.text.split()) <= TITLE_MAX_WORDS


def _title_copies(title: str) -> set[str]:
    """The folded title, and its longest part when it carries the site's name ("Headline -
    Site", "Site | Headline"): the copy of the headline on the page has no site name."""
    copies = {fold(title)}
    parts = [part for part in _TITLE_PARTS.split(title) if part.strip()]
    headline = max(parts, key=len, default="")
    if len(headline) * 2 >= len(title):  # a part this short is no headline ("A - B")
        copies.add(fold(headline))
    return copies


def _top_zone(draft: _Draft, given: str | None, lang: LanguageData) -> str | None:
    """The lines above the first paragraph of prose: the title (given, else the first title-like
    line), and around it section labels, mastheads and bylines, which are removed. In a body
    extracted from HTML only copies of the title and known section labels go: the extractor
    already cut the page's header, so a short line left there is as often the article's own
    (a dateline, a product name, the first item of a list) as a masthead or a byline."""
    sure_only = draft.source.extracted
    kept = draft.kept
    first_prose = next(
        (
            i
            for i, b in enumerate(kept)
            if b.kind == "p" and is_prose(b.text) and not (i == 0 and _headline_question(b))
        ),
        len(kept),
    )
    zone = kept[: min(first_prose, TOP_LINES)]
    title = given
    chosen = None
    if title is None and first_prose < len(kept):
        candidates = [b for b in zone if _title_like(b) and not is_section_label(b.text, lang)]
        # A masthead ("KVLN 7 News") is title-like too, but shorter than any real title.
        chosen = next((b for b in candidates if len(b.text.split()) >= TITLE_USUAL_WORDS), None)
        chosen = chosen or (candidates[0] if candidates else None)
        if chosen is None and zone and zone[0].kind == "h":
            chosen = zone[0]
        title = chosen.text if chosen else None
    title_copies = _title_copies(title) if title else set()
    seen_title = False
    for block in zone:
        if block is chosen:
            seen_title = True
            kept.remove(block)
            continue
        text, words = block.text, len(block.text.split())
        if title and fold(text) in title_copies:
            reason = "duplicate title"
            seen_title = True
        elif sure_only:
            if not is_section_label(text, lang):
                continue
            reason = "section label"
        elif (
            is_section_label(text, lang)
            or (
                words <= SECTION_LABEL_MAX_WORDS
                and len(text) <= SECTION_LABEL_MAX_CHARS
                and _ends_open(text)
                and not looks_like_name(text, lang)
            )
            or ("|" in text and words <= SECTION_LABEL_MAX_WORDS * 2 and _ends_open(text))
        ):
            reason = "section label"
        elif looks_like_name(text, lang) and seen_title:
            draft.infer("author", text.split(",")[0])
            reason = "byline"
        elif (
            words <= MASTHEAD_MAX_WORDS
            and _ends_open(text)
            and ((not seen_title and title) or _ends_with_outlet_word(text, lang))
        ):
            draft.infer("outlet_clue", text)
            reason = "masthead"
        else:
            continue
        draft.remove(block, reason)
        kept.remove(block)
    return title


def _tail_zone(draft: _Draft, lang: LanguageData) -> None:
    """After the last paragraph of prose, short lines are page furniture or headlines of other
    stories; an "About <Company>" section there is a press release's boilerplate."""
    kept = draft.kept
    prose = [i for i, b in enumerate(kept) if b.kind == "p" and is_prose(b.text)]
    if not prose:
        return
    about = next(
        (
            i
            for i in range(len(kept) // 2, len(kept))
            if lang.boilerplate.about.fullmatch(kept[i].text) and i > prose[0]
        ),
        None,
    )
    last = prose[-1] if about is None else about - 1
    introduced = kept[last].text.endswith(":")
    for block in kept[last + 1 :]:
        text = block.text
        if about is not None:
            reason = "about the publisher"
        elif introduced or text.endswith(":") or lang.boilerplate.list_item.match(text):
            # "Here is how to switch plans:" and the list under it are the article's own.
            introduced = True
            continue
        elif (
            is_prose(text)
            or len(text.split()) > HEADLINE_MAX_WORDS
            or text.rstrip("\"”’')»").endswith((".", "!"))
        ):
            continue  # headlines of other stories do not end with a full stop
        else:
            reason = (
                "link to another story"
                if len(text.split()) >= TITLE_MIN_WORDS
                else "page furniture"
            )
        draft.remove(block, reason)
        kept.remove(block)


def _ends_with_outlet_word(text: str, lang: LanguageData) -> bool:
    """A line whose last word ends an outlet's name ("KVLN 7 News")."""
    words = fold(text).split()
    return bool(words) and words[-1] in lang.names.outlet_words


def _is_place(place: str, lang: LanguageData) -> bool:
    """The place of a dateline, not a label written like one ("Update:", "Summary:")."""
    return fold(place) not in lang.names.not_places


def _infer_dateline_day(draft: _Draft, date_text: str | None, lang: LanguageData) -> None:
    """A dateline's date, when it gives its year ("LONDON, Dec 3, 2012 (Reuters) -"), is the
    day the report was filed; without one ("Dec 3") it names no day."""
    if date_text:
        draft.infer("published", parse_date(date_text, lang))


def _find_dateline(draft: _Draft, lang: LanguageData) -> str | None:
    """'CITY:' or 'CITY (Agency) -' at the start of the first paragraph, cut from the text."""
    for i, block in enumerate(draft.kept):
        if block.kind != "p":
            continue
        match = lang.boilerplate.dateline.match(block.text)
        if match is None or len(match["place"].split()) > 4 or not _is_place(match["place"], lang):
            return None
        draft.infer("agency", match["agency"])
        _infer_dateline_day(draft, match["date"], lang)
        draft.kept[i] = replace(block, text=block.text[match.end() :])
        return match["place"].strip(" ,")
    return None


def _mark_headings(blocks: list[Block], lang: LanguageData) -> list[Block]:
    """Short unpunctuated lines between paragraphs become headings (never summary sentences)."""
    marked = []
    for i, block in enumerate(blocks):
        is_last = i == len(blocks) - 1
        if block.kind == "p" and not is_last and looks_like_heading(block.text, lang):
            block = replace(block, kind="h")
        marked.append(block)
    return marked


def _unique_slugs(ids: Iterable[str]) -> dict[str, str]:
    """A distinct, safe slug per id (a clash gets a numbered suffix, in id order)."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for ident in sorted(ids):
        base = slugify(ident, fallback="article")
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        slugs[ident] = slug
    return slugs


def _language(source: Source, default_language: str) -> str:
    """The language an article is read in: the one it declares, else the configured one."""
    return source.meta.language or default_language


def _finish(draft: _Draft, slug: str, default_language: str) -> Article:
    given: Meta = draft.source.meta
    language = _language(draft.source, default_language)
    lang = language_data(language)
    title = _top_zone(draft, given.title, lang)
    if not draft.source.extracted:
        # After the extractor, the short lines under the last paragraph are the article's own
        # as often as not (a list of products, prices, an embedded post): none is removed by
        # position alone.
        _tail_zone(draft, lang)
    dateline = _find_dateline(draft, lang) or draft.inferred.get("dateline")
    blocks = _mark_headings(draft.kept, lang)
    inferred = draft.inferred
    outlet = (
        given.outlet
        or inferred.get("outlet")
        or inferred.get("outlet_clue")
        or inferred.get("agency")
    )
    published = (
        parse_date(given.published, lang)
        if given.published
        else inferred.get("published") or inferred.get("updated")
        if _one_date(draft.stamped)
        else None
    )
    if given.published and published is None:
        log.warning(
            "%s: published date %r is not a date; ignored", draft.source.path, given.published
        )
    removed = tuple(sorted(draft.removed, key=lambda r: (r.number, r.line)))
    return Article(
        id=draft.source.id,
        slug=slug,
        path=draft.source.path,
        title=title,
        outlet=outlet,
        author=given.author or inferred.get("author"),
        published=published,
        dateline=dateline,
        url=given.url,
        language=language,
        blocks=tuple(blocks),
        removed=removed,
        category=given.category,
        summary_only=given.summary_only,
        updated_only=published is not None and not given.published and "published" not in inferred,
    )


# The code the first pass depends on: a change to any of them starts a new cache.


def _first_passes(
    sources: Iterable[Source], default_language: str, cache_dir: Path | None
) -> list[_Draft]:
    """The first pass of each source, in its language; with `cache_dir`, kept there between
    builds under the hash of the source (its path included), its language and the code."""
    if cache_dir is None:
        return [
            _first_pass(source, language_data(_language(source, default_language)))
            for source in sources
        ]
    store = DiskCache.for_code(cache_dir, "clean", code_fingerprint("clean"))
    found = []
    for source in sources:
        lang = language_data(_language(source, default_language))
        key = content_key(source, lang.code)
        found.append(store.get_or_make(key, _Draft, partial(_first_pass, source, lang)))
    return found


def clean(
    sources: Iterable[Source], default_language: str = "en", cache_dir: Path | None = None
) -> tuple[Article, ...]:
    """Clean every source, each in its language (the one it declares, else `default_language`);
    cross-article evidence (repeated template lines) is used too. One warning names the
    languages that have no data (lang/)."""
    drafts = _first_passes(sources, default_language, cache_dir)
    _remove_repeats(drafts)
    slugs = _unique_slugs(d.source.id for d in drafts)
    articles = []
    for draft in drafts:
        article = _finish(draft, slugs[draft.source.id], default_language)
        if not any(block.kind == "p" for block in article.blocks):
            log.warning(
                "%s: no article text left after removing boilerplate; skipped", article.path
            )
            continue
        articles.append(article)
    warn_without_data(article.language for article in articles)
    return tuple(articles)
