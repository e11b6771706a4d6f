"""Feeds of the stories: RSS 2.0 and JSON Feed 1.1, with absolute permalinks that never change.

Feeds exist only for a site whose public address (`site_url`) is known: RSS needs absolute
links, and a JSON Feed without them is of no use to a reader (see render.py).

Text from articles is escaped for where it lands. An RSS `description` is HTML (the RSS 2.0
specification allows entity-encoded HTML there, and readers render it so): the text is
HTML-escaped, then XML-escaped. An RSS `title` is plain text, but many readers render it as
HTML: each `<` that could open markup is written as `&lt;` before the XML escaping, so a reader
that renders HTML shows the character and a reader that shows text shows it as written unless it
could open a tag (where it shows `&lt;`). JSON Feed says which fields are plain text (`title`,
`content_text`, `tags`) and which is HTML (`content_html`): the feed writes plain text only.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from generator.dates import day_of
from generator.models import Story

# Items in a feed: readers poll often; the newest stories are what they need.
FEED_ITEMS = 50
RSS_FILE, JSON_FEED_FILE = "feed.xml", "feed.json"
CHANNEL_DESCRIPTION = "stories from many outlets, each claim cited."
# A '<' opens markup in HTML before a letter, '/', '!' or '?' (the tag open state of the HTML
# tokenizer); older parsers differ at the edges, so a '<' stays as it is only where no parser
# reads markup: before ASCII white space, a digit, '=', another '<' or the end ("1 < 2", "I <3").
_MAY_OPEN_MARKUP = re.compile(r"<(?![ \t\n\r0-9=<]|$)")
# Characters XML 1.0 does not allow, whatever the escaping.
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def home(site_url: str) -> str:
    """The site's address with one trailing slash, as MkDocs writes it."""
    if not site_url:  # render.py writes no feed then: a relative feed is an invalid one
        raise ValueError("a feed needs the site's absolute address (site_url)")
    return f"{site_url.rstrip('/')}/"


def permalink(site_url: str, story: Story) -> str:
    """The story's absolute address."""
    return f"{home(site_url)}stories/{story.id}/"


def _moment(iso: str | None) -> datetime | None:
    day = day_of(iso)
    if day is None:
        return None
    try:
        moment = datetime.fromisoformat(iso or "")
    except ValueError:
        moment = datetime(day.year, day.month, day.day)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _summary(story: Story) -> str:
    return " ".join(sentence.text for sentence in story.summary)


def escape(text: str) -> str:
    """Text as XML character data (characters XML cannot hold are dropped)."""
    return xml_escape(_NOT_XML.sub("", text))


def plain_text(text: str) -> str:
    """XML for an RSS element that holds plain text, such as a title, which many readers render
    as HTML all the same: nothing in it can become a tag, a comment or a declaration."""
    # Characters XML cannot hold go first: dropping one could put a letter after a '<'.
    return xml_escape(_MAY_OPEN_MARKUP.sub("&lt;", _NOT_XML.sub("", text)))


def html_text(text: str) -> str:
    """XML for an RSS element that holds HTML (a description): the text HTML-escaped, then
    XML-escaped, so a reader shows the text as written and never renders it as markup."""
    return escape(html.escape(text, quote=False))


def rss(stories: Sequence[Story], site_name: str, site_url: str) -> str:
    """RSS 2.0 for a site at the absolute address `site_url`; the guid is the story id, which
    later builds keep (see group.py)."""
    items = []
    for story in stories[:FEED_ITEMS]:
        moment = _moment(story.last_published)
        date_line = f"\n      <pubDate>{format_datetime(moment)}</pubDate>" if moment else ""
        items.append(
            f"""    <item>
      <title>{plain_text(story.headline)}</title>
      <link>{escape(permalink(site_url, story))}</link>
      <guid isPermaLink="false">{escape(story.id)}</guid>{date_line}
      <description>{html_text(_summary(story))}</description>
    </item>"""
        )
    body = "\n".join(items)
    self_link = quoteattr(home(site_url) + RSS_FILE)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{plain_text(site_name)}</title>
    <link>{escape(home(site_url))}</link>
    <description>{plain_text(f"{site_name}: {CHANNEL_DESCRIPTION}")}</description>
    <atom:link href={self_link} rel="self" type="application/rss+xml"/>
{body}
  </channel>
</rss>
"""


def json_feed(stories: Sequence[Story], site_name: str, site_url: str) -> str:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) for a site at the absolute address
    `site_url`; plain-text fields only."""
    items = []
    for story in stories[:FEED_ITEMS]:
        item: dict[str, object] = {
            "id": story.id,
            "url": permalink(site_url, story),
            "title": story.headline,
            "content_text": _summary(story),
            "tags": [k.phrase for k in story.keyphrases[:6]],
        }
        if moment := _moment(story.last_published):
            item["date_published"] = moment.isoformat()
        items.append(item)
    feed: dict[str, object] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": site_name,
        "home_page_url": home(site_url),
        "feed_url": home(site_url) + JSON_FEED_FILE,
        "description": f"{site_name}: {CHANNEL_DESCRIPTION}",
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"
