"""The one exception hierarchy of news-digest, and its warning category."""

from __future__ import annotations


class DigestError(Exception):
    """Base of every error the generator raises on purpose."""


class ConfigError(DigestError):
    """The configuration or the command line is wrong; the run stops before any work."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


class InputError(DigestError):
    """One input file cannot be read; it is reported by name and skipped."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class RenderError(DigestError):
    """A page or the site could not be rendered or built."""


class UpdateInterrupted(KeyboardInterrupt):
    """Ctrl-C while a built site was being put in place file by file: each file is whole, some
    of the previous build and some of this one, until the next build finishes the update. (A
    KeyboardInterrupt, not a DigestError: the run stops as on any Ctrl-C.)"""


class DigestWarning(UserWarning):
    """Warnings of our own; tests turn them into errors."""


class FetchError(DigestError):
    """One feed, page or robots.txt could not be fetched; it is reported by name and skipped.

    `reason` is short and stable ("HTTP 404", "robots.txt forbids", "blocked address ..."),
    so a summary can count failures by kind. A `transient` failure (timeout, server error) is
    tried again in a later run; any other is final."""

    def __init__(self, url: str, reason: str, transient: bool = False) -> None:
        self.url = url
        self.reason = reason
        self.transient = transient
        super().__init__(f"{url}: {reason}")
