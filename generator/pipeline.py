"""The whole build, top to bottom: read, clean, analyse, group, synthesise, render, publish."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from generator.analyse import analyse
from generator.backend import DOCS, FRAMEWORK_LOGGERS
from generator.cache import prune_unused
from generator.clean import clean
from generator.config import Config
from generator.dates import day_of
from generator.errors import DigestError, InputError
from generator.files import write_atomically
from generator.group import group
from generator.models import Analysis, Group, Story
from generator.read import nothing_read, read
from generator.render import DIGEST_PAGE, render
from generator.site import publish
from generator.synthesise import synthesise

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass
class BuildReport:
    """What a build did: counts, skipped inputs, warnings and seconds per stage."""

    articles: int = 0
    stories: int = 0
    skipped: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


class _WarningCollector(logging.Handler):
    """Collects every warning (and error) logged while a build runs, for --strict and the report."""

    def __init__(self, report: BuildReport) -> None:
        super().__init__(logging.WARNING)
        self.report = report

    def emit(self, record: logging.LogRecord) -> None:
        self.report.warnings.append(record.getMessage())


def build(
    inputs: Sequence[Path],
    site_dir: Path,
    config: Config,
    *,
    html: bool = True,
    json_file: Path | None = None,
    strict: bool = False,
    regroup: bool = False,
    cache_dir: Path | None = None,
    progress: Progress = lambda stage: None,
) -> BuildReport:
    """Build the digest of `inputs` into `site_dir`. With `strict`, any warning fails the build
    before anything is published."""
    report = BuildReport()
    collector = _WarningCollector(report)
    watched = [logging.getLogger(name) for name in ("generator", *FRAMEWORK_LOGGERS)]
    for logger in watched:
        logger.addHandler(collector)
    try:
        _build(
            inputs,
            site_dir,
            config,
            report,
            html=html,
            json_file=json_file,
            strict=strict,
            regroup=regroup,
            cache_dir=cache_dir,
            progress=progress,
        )
    finally:
        for logger in watched:
            logger.removeHandler(collector)
    return report


def for_pages(analysis: Analysis) -> Analysis:
    """What the pages of the site read of an analysis (the article, its lead and its
    keyphrases) and nothing else. Here, not in models.py: the analyses kept in the cache are
    filed under a hash of the modules analysis imports, models.py among them."""
    return Analysis(analysis.article, (), analysis.lead, analysis.keyphrases)


def newest_report(stories: Sequence[Story]) -> datetime | None:
    """The day of the newest report of any story (its start, UTC): the date the site gives as
    its own, so that the same articles make the same bytes on any day; None when no article
    is dated (then MkDocs dates the site by the clock)."""
    days = [d for story in stories if (d := day_of(story.last_published)) is not None]
    if not days:
        return None
    return datetime.combine(max(days), datetime.min.time(), tzinfo=UTC)


# Which story each article was put in by the last build: read back so that stories keep their
# ids (and URLs) and their articles when later builds add articles.
STATE_FILE = "digest-state.json"


def load_state(path: Path) -> dict[str, str]:
    """Article id -> story id from the last build; empty (with a warning) when unreadable."""
    if not path.is_file():
        return {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        stories = loaded["stories"]
        return {article: story for story, articles in stories.items() for article in articles}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        log.warning(
            "%s: cannot read the previous grouping (%s); stories are regrouped", path, error
        )
        return {}


def state_of(groups: Sequence[Group], carried: Mapping[str, str] | None = None) -> str:
    """The grouping to keep, with `carried` (article -> story) for articles of earlier builds
    that this build's input lacks: their story ids are never given to another story, and an
    article that comes back rejoins its story."""
    stories: dict[str, list[str]] = {g.id: list(g.articles) for g in groups}
    for article, story in sorted((carried or {}).items()):
        stories.setdefault(story, []).append(article)
    ordered = {story: stories[story] for story in sorted(stories)}
    return json.dumps({"stories": ordered}, indent=1, ensure_ascii=False) + "\n"


def missing_from_input(previous: Mapping[str, str], groups: Sequence[Group]) -> dict[str, str]:
    """Articles of the previous build that this build's input lacks (article -> story), with a
    warning naming each story that disappears because all its articles did. An archive only
    grows, so a build over it loses nothing; a rolling input (the last week of articles) would
    silently delete old stories: the warning says so (and --strict fails the build)."""
    present = {article for g in groups for article in g.articles}
    missing = {a: story for a, story in previous.items() if a not in present}
    stories = {g.id for g in groups}
    gone: dict[str, list[str]] = {}
    for article, story in sorted(missing.items()):
        gone.setdefault(story, []).append(article)
    for story, articles in sorted(gone.items()):
        if story in stories:
            log.info("story %s: article(s) %s no longer in the input", story, ", ".join(articles))
        else:
            log.warning(
                "story %s is no longer published: none of its article(s) (%s) is in the input; "
                "build from the whole archive to keep it",
                story,
                ", ".join(articles),
            )
    return missing


def _build(
    inputs: Sequence[Path],
    site_dir: Path,
    config: Config,
    report: BuildReport,
    *,
    html: bool,
    json_file: Path | None,
    strict: bool,
    regroup: bool,
    cache_dir: Path | None,
    progress: Progress,
) -> None:
    clock = time.perf_counter()

    def stage(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        report.seconds[name] = round(now - clock, 3)
        clock = now

    progress("read")
    result = read(
        inputs,
        config.max_file_bytes,
        config.max_articles,
        tick=lambda articles: progress(f"read {articles}"),
        cache_dir=cache_dir,
    )
    report.skipped = list(result.skipped)
    if not result.sources:
        # A site of no article is no digest: fail, and keep the previous site.
        raise DigestError(f"nothing to build: {nothing_read(inputs, result)}")
    stage("read")
    progress("clean")
    articles = clean(result.sources, config.language, cache_dir)
    kept = {article.id for article in articles}
    report.skipped += [
        InputError(source.path, "no article text left after removing boilerplate")
        for source in result.sources
        if source.id not in kept
    ]
    if not articles:
        raise DigestError(
            f"nothing to build: no article text is left in the {len(result.sources)} article(s) "
            "read once boilerplate is removed (each is named above); give the articles' own text"
        )
    # The articles as read are not needed any more (the cleaned ones hold all later stages
    # read): a second copy of every text would stay for the whole build.
    del result
    stage("clean")
    progress("analyse")
    analyses = analyse(
        articles,
        config,
        cache_dir=cache_dir,
        tick=lambda done, total: progress(f"analyse {done}/{total}"),
    )
    # Each analysis holds its article: analysed in a worker process, a copy of the one here.
    del articles
    stage("analyse")
    progress("group")
    previous = {} if regroup else load_state(site_dir / STATE_FILE)
    groups = group(analyses, previous)
    missing = missing_from_input(previous, groups)
    stage("group")
    progress("synthesise")
    stories = synthesise(groups, analyses, config, cache_dir)
    # The pages are made from each article, its lead and its keyphrases: the rest of the
    # analyses (sentences, names, figures, dates, quotes), most of their memory, goes before
    # the pages come.
    analyses = tuple(for_pages(analysis) for analysis in analyses)
    stage("synthesise")
    progress("render")
    pages = list(render(stories, analyses, config, cache_dir=cache_dir))
    stage("render")
    report.articles, report.stories = len(analyses), len(stories)
    dated = newest_report(stories)
    # What the pages were made from is not needed any more: the memory goes to MkDocs.
    del analyses, stories
    if strict and report.warnings:
        raise DigestError(
            f"{len(report.warnings)} warning(s) in strict mode; the site was not updated"
        )
    progress("site" if html else "write")
    publish(
        pages,
        site_dir,
        config,
        html=html,
        html_cache=cache_dir,
        dated=dated,
    )
    write_atomically(site_dir / STATE_FILE, state_of(groups, missing))
    if json_file is not None:
        # The pages were let go once written: digest.json is one of them.
        write_atomically(json_file, (site_dir / DOCS / DIGEST_PAGE).read_bytes())
    if cache_dir is not None:
        prune_unused(cache_dir)
    stage("site" if html else "write")
