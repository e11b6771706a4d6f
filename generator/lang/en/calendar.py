"""English calendar words: months, weekdays and their abbreviations, as words and as patterns."""

from __future__ import annotations

# A month's name or abbreviation, inside patterns matched case-sensitively (metadata lines,
# datelines): the month itself in any case.
MONTHS = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Month names and abbreviations -> the month's number.
MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A month's name or abbreviation, with its full stop, inside case-insensitive patterns.
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Weekdays and their abbreviations, lower case ("Mon", "Tues", "Thurs").
WEEKDAY_WORDS = frozenset(
    """mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday
    sun sunday""".split()
)
# The names of months and weekdays, written out.
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
