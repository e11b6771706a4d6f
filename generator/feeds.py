"""Feeds of the stories: RSS 2.0 and JSON Feed 1.1, with permalinks that never change."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape as xml_escape

from generator.dates import day_of
from generator.models import Story

# Items in a feed: readers poll often; the newest stories are what they need.
FEED_ITEMS = 50


def permalink(site_url: str, story: Story) -> str:
    """The story's address: absolute when the site's address is known, else site-relative."""
    path = f"stories/{story.id}/"
    return f"{site_url.rstrip('/')}/{path}" if site_url else path


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


# Characters XML 1.0 does not allow, whatever the escaping.
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def escape(text: str) -> str:
    return xml_escape(_NOT_XML.sub("", text))


def rss(stories: Sequence[Story], site_name: str, site_url: str) -> str:
    """RSS 2.0; the guid is the story id, which later builds keep (see group.py)."""
    items = []
    for story in stories[:FEED_ITEMS]:
        link = permalink(site_url, story)
        moment = _moment(story.last_published)
        date_line = f"\n      <pubDate>{format_datetime(moment)}</pubDate>" if moment else ""
        items.append(
            f"""    <item>
      <title>{escape(story.headline)}</title>
      <link>{escape(link)}</link>
      <guid isPermaLink="false">{escape(story.id)}</guid>{date_line}
      <description>{escape(_summary(story))}</description>
    </item>"""
        )
    channel_link = site_url or "./"
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{escape(site_name)}</title>
    <link>{escape(channel_link)}</link>
    <description>{escape(site_name)}: stories from many outlets, each claim cited.</description>
{body}
  </channel>
</rss>
"""


def json_feed(stories: Sequence[Story], site_name: str, site_url: str) -> str:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
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
        "items": items,
    }
    if site_url:
        feed["home_page_url"] = site_url
        feed["feed_url"] = f"{site_url.rstrip('/')}/feed.json"
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"
