"""Boilerplate that reads the same in every language: links, addresses, handles, bullets."""

from __future__ import annotations

# (reason, pattern), as in a language's list of boilerplate lines (lang/en/boilerplate.py takes
# these into its own, in its order): a line that is nothing but one of these is furniture
# whatever the language of the page.
BARE_LINK = ("bare link", r"(<)?(https?://|www\.)\S+(>)?")
SOCIAL_HANDLE = ("social handle", r"([@#][\w.]{2,}[\s,]*)+")
LIST_PUNCTUATION = ("list punctuation", r"[-*•·|>»›]+")
BARE_EMAIL = ("bare email", r"[\w.+-]+@[\w-]+(\.[\w-]+)+")

BOILERPLATE: tuple[tuple[str, str], ...] = (BARE_LINK, SOCIAL_HANDLE, LIST_PUNCTUATION, BARE_EMAIL)
