"""One validated configuration, loaded once: every option, its type, its default and its meaning."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator.errors import ConfigError

DEFAULT_CONFIG_FILE = "digest.yml"


@dataclass(frozen=True)
class Config:
    """Options of a build. Each field's comment is its documentation (shown by `digest --help`)."""

    # Title of the published site.
    site_name: str = "News digest"
    # Public address of the site (https://...); feed.xml, feed.json and sitemap.xml need it.
    site_url: str = ""
    # Language of articles that do not declare one (ISO 639-1): the word lists they are read
    # with (generator/lang/; English only so far) and YAKE's stopwords.
    language: str = "en"
    # Longest keyphrase YAKE considers, in words.
    keyphrase_max_words: int = 3
    # Keyphrases kept per article and per story.
    keyphrases_per_article: int = 10
    # Publish stories that only one outlet reports.
    publish_single_source: bool = True
    # Sentences in a story summary (3 to 6).
    summary_sentences: int = 4
    # Articles larger than this are skipped with an error (bytes): a file, or a JSON record.
    max_file_bytes: int = 5_000_000
    # A build refuses to read more articles than this.
    max_articles: int = 50_000
    # Days of stories on the home page and the section pages (older ones: the archive).
    home_days: int = 3


def _check(name: str, value: Any, default: Any) -> str | None:
    expected = type(default)
    if expected is bool and not isinstance(value, bool):
        return f"'{name}' must be true or false, not {value!r}"
    if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
        return f"'{name}' must be a whole number, not {value!r}"
    if expected is str and not isinstance(value, str):
        return f"'{name}' must be text, not {value!r}"
    return None


# What a site's address may be: the feeds and the sitemap join page paths to it.
SITE_URL_SCHEMES = ("http", "https")
# Characters no URL holds as they are (RFC 3986 leaves them out; they must be percent-encoded).
_NOT_IN_URLS = frozenset(' <>"{}|\\^`')
# A host name with an optional port and path: what people write when they leave out the scheme.
_BARE_HOST = re.compile(r"(?://)?([a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:/\S*)?)", re.IGNORECASE)
EXAMPLE_SITE_URL = "https://example.org/digest/"


def _site_url_problem(url: str) -> str | None:
    """Why `url` cannot be the site's public address, or None (also when it is empty: then the
    feeds and the sitemap are left out, with a warning at build time)."""
    if not url:
        return None
    bare = _BARE_HOST.fullmatch(url)
    example = f"https://{bare[1]}" if bare else EXAMPLE_SITE_URL
    usage = f"an absolute http or https address such as '{example}', not {url!r}"
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises ValueError
    except ValueError:
        return f"'site_url' must be {usage}"
    if (
        parts.scheme.lower() not in SITE_URL_SCHEMES
        or not parts.hostname
        or any(ch in _NOT_IN_URLS or ch.isspace() or not ch.isprintable() for ch in url)
    ):
        return f"'site_url' must be {usage}"
    if parts.username is not None or parts.password is not None:
        # Not repeated in the message: a password has no business in a build log.
        return "'site_url' must not hold a user name or password (it is published in every feed)"
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        return f"'site_url' must not end in a query or a fragment (page paths follow it): {usage}"
    return None


def _check_values(config: Config) -> list[str]:
    problems = []
    if (problem := _site_url_problem(config.site_url)) is not None:
        problems.append(problem)
    if not 3 <= config.summary_sentences <= 6:
        problems.append("'summary_sentences' must be between 3 and 6")
    if not 1 <= config.keyphrase_max_words <= 5:
        problems.append("'keyphrase_max_words' must be between 1 and 5")
    for name in ("keyphrases_per_article", "max_file_bytes", "max_articles", "home_days"):
        if getattr(config, name) < 1:
            problems.append(f"'{name}' must be at least 1")
    return problems


def make_config(options: dict[str, Any], origin: str = "configuration") -> Config:
    """Build a Config from a mapping, reporting every unknown key and bad value together."""
    defaults = Config()
    known = {f.name for f in fields(Config)}
    problems = []
    well_typed = {}
    for key in sorted(options, key=str):
        if key not in known:
            hint = ", ".join(sorted(known))
            problems.append(f"{origin}: unknown option '{key}' (known options: {hint})")
        elif (problem := _check(key, options[key], getattr(defaults, key))) is not None:
            problems.append(f"{origin}: {problem}")
        else:
            well_typed[key] = options[key]
    # Values are checked on the options of the right type, so that one run reports them all.
    config = Config(**well_typed)
    problems += [f"{origin}: {p}" for p in _check_values(config)]
    if problems:
        raise ConfigError(problems)
    return config


def load_config(path: Path | None) -> Config:
    """Load the YAML file at `path` (or `digest.yml` in the working folder when present)."""
    if path is None:
        default = Path(DEFAULT_CONFIG_FILE)
        if not default.is_file():
            return Config()
        path = default
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(
            [f"{path}: cannot read the configuration file ({error.strerror})"]
        ) from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ConfigError([f"{where}: the configuration is not valid YAML"]) from error
    if loaded is None:
        return Config()
    if not isinstance(loaded, dict):
        raise ConfigError([f"{path}: the configuration must be a mapping of option: value"])
    return make_config(loaded, origin=str(path))
