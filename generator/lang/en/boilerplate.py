"""English page furniture: boilerplate lines, metadata lines, datelines, captions and credits.

Every pattern is matched against one whole, normalised line, case-insensitively, unless it says
otherwise; adding a pattern here needs no code change."""

from __future__ import annotations

import re

from generator.lang.en.calendar import MONTH_NUMBERS, MONTHS
from generator.lang.xx.boilerplate import BARE_EMAIL, BARE_LINK, LIST_PUNCTUATION, SOCIAL_HANDLE

_SOCIAL = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|email|e-mail|mail|print|"
    r"copy link|copy|get link|other apps|share|tweet|messenger|flipboard|tumblr|threads|bluesky|"
    r"instagram|youtube|tiktok|google news|sms|pocket|vk|line|viber|snapchat"
)

# The links of a site's footer.
_SITE_LINK = (
    r"((privacy|cookie) policy|privacy|cookies|terms( of (use|service))?|terms and conditions|"
    r"contact( us)?|about( us)?|sitemap|accessibility|advertise( with us)?)"
)

# (reason, pattern). A line matching any pattern is boilerplate, removed with that reason.
BOILERPLATE: tuple[tuple[str, str], ...] = (
    (
        "share button",
        rf"[-*•·|]?\s*(share( this)?( article| story| post)?( on| via)?\s*)?({_SOCIAL})(\s*[|/,·]\s*({_SOCIAL}))*\s*",
    ),
    (
        "share button",
        r"share( this| the)?( article| story| post| page)?( on (social media|\w+))?:?|\d+\s+shares?",
    ),
    (
        "follow or subscribe prompt",
        r"(please\s+)?(follow|like|join|subscribe|sign up|download|get)\b.{0,80}\b(on|to|for|our|the)\b.{0,80}\b(channel|newsletters?|app|whatsapp|telegram|twitter|facebook|instagram|youtube|google news|x|threads|alerts|updates|podcast)\b.{0,40}",
    ),
    (
        "follow or subscribe prompt",
        r"(subscribe|sign up)( now| today| here)?( for| to)?( free)?( our| the)?( daily| weekly)?( newsletters?)?[.!:]?",
    ),
    ("follow or subscribe prompt", r"(click|tap) here\b.{0,100}"),
    (
        "share button",
        r"[-*•·]?\s*(click|tap)( here)? to (share|email|print|tweet|post|pin|copy|save)\b.{0,100}",
    ),
    ("follow or subscribe prompt", r"(follow|like|subscribe)( us| me)?[.!:]?"),
    (
        "comment form",
        r"(leave a (reply|comment)|post a comment|add (a )?comment|comments?|view comments|show comments|\d+ comments?|be the first to comment.*|join the (conversation|discussion).*|cancel reply|(your )?name\s*\*?|(your )?email\s*\*?|website|submit( comment)?|post comment)[.:]?",
    ),
    (
        "comment policy",
        r"(your email address will not be published.*|our comment policy.*|comments are the responsibility of .*|required fields are marked.*|the comments posted here are not from .*|kindly refrain from using .*|comments are moderated.*|we welcome (your )?comments.*|by commenting,? you agree.*|save my name, email,? and website.*)",  # eval-text: boilerplate (a common comment policy)
    ),
    (
        "link to another story",
        r"(also read|read also|see also|read more|more on this|related|related (articles?|stories|posts|news|coverage|content|links)|recommended( for you| stories)?|you (may|might) also like|more from .{1,40}|more stories|trending( now| stories)?|most (read|popular|viewed)|don'?t miss|must read|top stories|latest (news|stories)|editor'?s picks?|in (other|related) news|suggested( reading)?)\s*(\([^)]{0,40}\)\s*)?([:|»>\-–—].*)?",
    ),
    (
        "link to another story",
        r"(watch|video|listen|podcast|gallery|photos|in pictures|live updates?)\s*[:|\-–—]\s*.{0,160}",
    ),
    (
        "navigation",
        r"(back to top( button)?|scroll to top|skip to (main )?content|next (article|post|story)|previous (article|post|story)|(go )?back|home|menu|search|close|load more|show more|continue reading|page \d+( of \d+)?)\s*[»›>]?",
    ),
    ("navigation", r"home\s*[»›>/|].*"),
    (
        "advertisement",
        r"(advertisement|advertisment|sponsored( content)?|ad|ads|promoted|story continues (below|after)( (this )?advertisement)?|article continues (below|after) (this )?advertisement|continue reading below|scroll to continue( with content)?)[.:]?",
    ),
    (
        "cookie notice",
        r".{0,80}\b(we use cookies|cookie (policy|settings|preferences)|accept (all )?cookies|manage cookies|our (privacy policy|terms of (use|service)))\b.{0,160}",
    ),
    # A line of nothing but the site's own links. A privacy policy named inside a sentence is
    # the article's subject as often as a cookie banner's ("Google changed its privacy policy").
    (
        "cookie notice",
        rf"({_SITE_LINK}\s*[|·/•,]\s*)*((privacy|cookie) policy|terms of (use|service)|terms and conditions)(\s*[|·/•,]\s*{_SITE_LINK})*",
    ),
    BARE_LINK,
    SOCIAL_HANDLE,
    (
        "copyright notice",
        r"(©|\(c\)).{0,160}|copyright\s*(©\s*)?(\d{4}|(?-i:[A-Z])).{0,160}|.{0,120}\ball rights reserved\.?",
    ),
    (
        "photo credit",
        r"(photo|image|picture|file photo|pic|credit|source|illustration|video)s?\s*(credit)?\s*[:/|]\s*.{0,80}|(getty images|afp|reuters|ap photo|shutterstock|file)( via getty images)?\s*",
    ),
    ("tag list", r"(tags?|topics?|filed under|categories|category)\s*:.*"),
    (
        "app prompt",
        r"(download|get) (the|our) .{0,40}\bapp\b.{0,80}|.{0,60}\b(download|get) our .{0,40}\bapp\b.{0,80}",
    ),
    ("reading time", r"\d+\s*(min|mins|minute|minutes)\.?\s*read"),
    LIST_PUNCTUATION,
    (
        "page furniture",
        r"(gift this article|save( article| for later| story)?|bookmark|listen( to (this )?article)?|report a typo|email this( link| article)?|watch live|listen live|accept( all)?|reject( all)?|manage (preferences|cookies|settings|consent)|have your say|report this comment|reuse this content|show key events only|please (turn on|enable) javascript.*|invalid email|something went wrong.*|sign in|log in|register|print( this (page|article|story))?|text size|font size|read later|newer posts?|older posts?|newer post older post( home)?|subscribe to:? post comments( \(atom\))?|powered by \w+\.?|no comments:?|labels?:.*|like this:?|like loading\.*|loading\.*|comments? \*|« ?previous( post)?|next( post)? ?»|open in app|view (in|on) app|translate( this)?( article| page)?|about|contact( us)?|about us|sitemap|corrections?)",
    ),
    (
        "link to another story",
        r"(read next|related topics|popular posts( from this blog)?|more (on|about) this (story|topic))\s*([:|»>\-–—]\s*.{0,160})?|more\s*[:|»>]\s*.{2,160}",
    ),
    ("link to another story", r"(SEE MORE|MORE|READ|WATCH|RELATED|LISTEN)\s*[:|]\s*.{2,160}"),
    ("standards notice", r"our standards\s*:.*|.{0,60}\btrust principles\.?"),
    (
        "syndication notice",
        r"\(?\s*this (story|article|report) has not been edited by .{0,200}\)?|.{0,120}auto-generated from a syndicated feed.{0,40}",
    ),
    (
        "promotion",
        r"((catch|get|read) (all )?the latest .{0,160}|don'?t miss (the latest|out|any).{0,160}|got a (story|news tip|tip)\b.{0,160}|subscribe to .{2,60} for .{0,120}|check back (later )?for (updates|more).{0,80}|follow (our|the|\S+['’]s) (full |live )?(coverage|updates|blog)\b.{0,160}|sign up (to|for) (our|the) .{0,160}|we use your sign-?up .{0,300}|market data (is )?provided by .{0,160}|disclaimer\s*:.{0,300}|support (our|independent) journalism.{0,160}|become a (member|subscriber).{0,120})",
    ),
    ("comment count", r"(comments?|replies)\s*\(\d+\)|\d+\s+(comments?|replies)"),
    (
        "paywall",
        r"(subscribe to (continue|keep) reading.*|already a subscriber\??.{0,40}|subscribers? only\.?|you have [\d.,%]+ (free )?(articles?|stories|of this article)\b.{0,120}|get unlimited (digital )?access\b.{0,120}|offer this article|gift( this)? article|unlock (this|full) (article|story).{0,80}|support (local|our|independent) journalism\b.{0,160}|this (article|story|content) is (for|available to) (subscribers|members).{0,80}|(start|begin) your (free )?trial.{0,80})",
    ),
    (
        "newsletter prompt",
        r".{0,160}\b(delivered|sent|straight) (straight |directly )?to your inbox\b.{0,80}|.{0,120}\bdelivered every (week)?(day|morning|evening|week|friday|monday)\b.{0,60}|get the .{1,60}['’]s (daily|weekly|morning|evening) .{0,100}|type your email.{0,20}|enter your email.{0,60}|thanks for reading .{1,80}|discover more from .{1,80}|you('re| are) receiving this (email |newsletter |message )?because .{2,160}|(.{0,80}\b(you can|to) )?unsubscribe\b.{0,80}",
    ),
    (
        # A form's consent line: "By subscribing, you consent to our terms", with or without "Note:".
        "consent notice",
        r"((note|nb)\s*:\s*)?by (submitting|signing up|subscribing|registering|clicking|continuing|using)\b.{0,120}\byou (agree|consent|acknowledge)\b.{0,200}",
    ),
    (
        "social counter",
        r"[\d.,]+\s*[kKmM]?\s+(likes?|restacks?|followers?|claps?|shares?|views?|reads?|entries|reactions?)|restacks?|discussion about this post|write a comment\.*|published in [A-Z][^,.;]{1,60}",
    ),
    (
        "origin note",
        r"this (article|story|report) (was )?(originally|first) (appeared|published|ran) .{2,160}|this (article|story) is a translation of .{2,200}|translated (from .{2,40} )?by .{2,80}",
    ),
    (
        "origin note",
        r"this (article|story|report) (was|has been) (compiled|written|produced|prepared|put together) (from|with|using|by) .{2,160}|(with )?(additional|further) reporting (by|from) .{2,160}",
    ),
    (
        # The outlet's own programme: "Channel 9 will have live coverage throughout the day."
        "promotion",
        r"([A-Z][\w&'’.-]*\s+){0,3}\S*(tv|radio|fm|news|channel|network)\s+will (have|broadcast|air|bring you|carry|stream|show|host)\b.{0,80}\b(live|coverage|special|debate|programme|program|updates|documentary|interview|tonight|throughout the day)\b.{0,80}",
    ),
    (
        "comment policy",
        r"(commenting|comments) (is|are) (not available|closed|disabled|turned off)\b.{0,80}",
    ),
    (
        "advertisement",
        r"(presented|sponsored|brought to you|powered) by (?-i:[A-Z])[^.]{1,60}\.?|(paid|partner|sponsored) (content|post)\b.{0,60}",
    ),
    (
        "reading time",
        r"(reading time|time to read|listen to (this )?(article|story)|read time)\s*:?\s*[\d.]+\s*(min|mins|minutes?)\.?|[\d.]+\s*(min|mins|minutes?)\.?\s*(read|listen)\.?",
    ),
    (
        "photo credit",
        r".{0,300}\((image|photo|picture|credit|pic|photograph|video|graphic)s?\b\s*:?[^)]{0,80}\)\.?|.{0,300}\b(photo|image|picture|credit|photograph)s?\s*:\s*[^.]{2,60}|.{0,200}\bchart by the author\.?",
    ),
    BARE_EMAIL,
    (
        "promotion",
        r".{0,200}\b(click|tap|watch|subscribe|get more|follow us|sign up|download)\b.{0,200}(https?://|www\.|bit\.ly/)\S+\s*",
    ),
    ("press release marker", r"(for immediate release|news provided by|###|-ends-|- ends -|ends)"),
    (
        # what a web archive shows where it kept no copy of the page: the crawler's notice
        "web archive notice",
        r".{0,120}\bdonating (their|its) crawl data to the internet archive\b.*",
    ),
)

# Lines that open a list of links to other stories: the short lines after them are headlines.
RELATED_MARKERS = (
    r"(related( articles?| stories| posts| news| coverage| content| links| topics)?|read next|read more|"
    r"more (stories|from .{1,40}|on this( story)?)|you (may|might) also like|recommended( for you| stories)?|"
    r"popular posts( from this blog)?|most (read|popular|viewed)( \w+)?|trending( now| stories)?|top stories|"
    r"latest (news|stories)|editor'?s picks?|also read|see also|don'?t miss)\s*:?"
)

# The "About <Company>" boilerplate closing a press release, with the paragraphs under it.
ABOUT_SECTION = r"(?i:about)\s+(?:the\s+)?[A-Z][\w&.,' -]{1,60}"

# Tokens of a date-and-time stamp line ("Updated 8:15 AM ET, Mon March 18, 2024"): a line made of
# nothing else is publication metadata; a token's final full stop is dropped ("a.m." is "a.m").
# "Story created", "Article posted", "Originally published": a stamp's label may name what it
# dates; "14:58 hrs" is a time.
DATESTAMP_WORDS = frozenset(
    """published updated posted last first modified created released originally story article
    date on at by am pm a.m p.m hrs gmt utc bst cet cest ist et est edt pt pst pdt mt
    mst mdt ct cst cdt akst akdt hst aest jst kst hkt sgt""".split()
)
# The time zones of the United States and Canada: an outlet that stamps its pages in one writes
# a numeric date month first, as the US does ("12/23/12 06:03 PM ET" is December 23).
MONTH_FIRST_ZONES = frozenset("et est edt ct cst cdt mt mst mdt pt pst pdt akst akdt hst".split())

# Lines that carry metadata rather than body text. Each is removed from the body and, where it can,
# fills a metadata field. Named groups: author, outlet, date. These are matched case-sensitively
# (names must be capitalised), with keywords marked case-insensitive inline.
DATE_TEXT = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[tT ]\d{{1,2}}:\d{{2}}\S*)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\.?,?\s+\d{{4}}"
    rf"|{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})"
)
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|da|van|von|bin|al|la|le|del|dos)){0,4}"
_CLOCK = (
    r"(?:\s*(?:,|at|-|–|\|)?\s*\d{1,2}[:.]\d{2}\s*(?i:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?)?"
)
_WEEKDAY = r"(?:(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s+)?"

METADATA: tuple[tuple[str, str], ...] = (
    # "Some Desk / Jane Doe / 16th March 2024"
    (
        "byline",
        rf"(?P<outlet>[^/|]{{2,60}}?)\s+(?i:desk)\s*[/|]\s*(?P<author>[^/|]{{2,60}}?)\s*[/|]\s*(?P<date>{DATE_TEXT}){_CLOCK}",
    ),
    (
        "byline",
        rf"(?i:(?:written |reported |posted )?by)\s+(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?:\s*[,|/–-]\s*(?P<outlet>[A-Z][^,|/]{{1,60}}?))?(?:\s*[,|/–-]\s*{_WEEKDAY}(?P<date>{DATE_TEXT}){_CLOCK})?(?:\s+(?i:at|in)\s+[^.]{{2,60}})?(?:\s*\|\s*\d+\s*(?i:min|mins|minutes?)\s*(?i:read))?\.?",
    ),
    # "Jane Doe / Harbour Post / 14 October 2024"
    (
        "byline",
        rf"(?P<author>{_NAME})\s*[/|]\s*(?P<outlet>[^/|]{{2,60}}?)\s*[/|]\s*{_WEEKDAY}(?P<date>{DATE_TEXT}){_CLOCK}",
    ),
    (
        "byline",
        r"(?i:staff (?:reporter|report|writer|correspondent)s?|from staff reports|wire services|agencies)",
    ),
    (
        "byline",
        rf"(?i:author|written by|edited by|reported by|words by|text by|by)\s*:\s*(?P<author>{_NAME})(?:\s*\((?P<outlet>[^)]{{2,60}})\))?\.?",
    ),
    # "By Jenna Pryce, court reporter" / "By Claire Fontanel (Lyon correspondent)"
    (
        "byline",
        rf"(?i:by)\s+(?P<author>{_NAME})\s*(?:,\s*[a-z][\w ]{{2,40}}|\([^)]{{2,60}}\))\.?",
    ),
    (
        "publication date",
        rf"(?i:published|posted)\s+(?i:by)\s+(?P<outlet>[A-Z][^.]{{1,60}}?)\s+(?i:on)\s+{_WEEKDAY}(?P<date>{DATE_TEXT})\.?",
    ),
    (
        "publication date",
        rf"(?i:published|updated)\s+(?i:on)\s+{_WEEKDAY}(?P<date>{DATE_TEXT}).{{0,120}}",
    ),
    ("press release", r"SOURCE:?\s+(?P<outlet>[A-Z][^.]{1,60})"),
    (
        "contact line",
        r"(?i:(?:media |press )?contacts?(?: reporter)?|for more information)\s*:?\s+.{2,160}",
    ),
    (
        "publication date",
        rf"(?i:published|posted|updated|last updated|first published|date)\s*(?i:on|at)?\s*:?\s*{_WEEKDAY}(?P<date>{DATE_TEXT}){_CLOCK}(?:\s*[|,;]\s*(?i:updated|last updated)?\s*:?\s*{_WEEKDAY}{DATE_TEXT}{_CLOCK})?\.?",
    ),
    ("publication date", rf"{_WEEKDAY}(?P<date>{DATE_TEXT}){_CLOCK}"),
    (
        "credit line",
        r"\(?(?i:reporting|writing|editing|additional reporting|compiled|edited) (?i:by) .{2,200}\)?",
    ),
)

# Lines that carry the outlet's name inside boilerplate (the line is still removed by the
# patterns above; these only read the name out of it). Tried in order; the first match wins.
OUTLET_CLUES: tuple[str, ...] = (
    r"the comments posted here are not from (?P<outlet>.{2,60}?)\.?(?:\s|$)",  # eval-text: boilerplate
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*(?P<outlet>[^.,|]{2,60}?)\s*(?:\.|,|\||all rights|$)",
    r"follow (?:the )?(?P<outlet>.{2,60}?) (?:english )?(?:readers )?channel on",
    r"(?:subscribe|sign up) to (?:the )?(?P<outlet>[A-Z].{1,50}?)(?:'s)? newsletter",
)


# A line opening with "CITY:" or "CITY (Agency) -" or "CITY, Aug 23 (Agency) -" is a dateline;
# its date (group date), written with its year, is the day the report was filed.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})"
    r"(?:,\s*(?P<date>" + MONTHS + r"\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z .&]{2,30})\)\s*)?"
    r"(?::|\s[-–—]{1,2})\s+(?=\S)"
)


# Page furniture left inside article text: photo and graphic captions, credits, video prompts.
# A sentence that matches states nothing of the story: no figure, date or note is read from it.
CAPTION = re.compile(
    r"^\s*(?:FILE\s*[-–—]|In this (?:[\w.,']+\s+){0,8}(?:photo|image|picture|frame grab))"
    r"|\((?:AP|Reuters|AFP|Getty|EPA)\b[^)]*(?:Photo|Images|Pool)[^)]*\)"
    r"|\(Associated Press\)|\bGraphic shows\b|\b(?:Photo|Image) (?:credit|courtesy)\b"
    # "Monday, Oct. 22, 2018": the weekday, the day and the year together are a caption's date
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b"
    # a byline or a navigation line: "By Jane Doe | The Daily | 5 Nov 2025 | Updated: 3:02 pm"
    r"|\s\|\s.*\s\|\s"
    # a teaser cut short by the page, or a caption cut short before its credit:
    # "... on Saturday,... (Reuters)"
    r"|(?:\.\.\.|…)\s*(?:\([^()]{2,40}\)\s*)?$"
    # who stands where in a photo: "(L)", "(2nd R)", "(left)"; not "(R)" alone, a party's
    r"|\((?:\d(?:st|nd|rd|th) (?:L|R)|L|left|right|center|centre)\)"
    # a video's teaser: "Jane Doe has the latest on the storm.", "Jane Doe has the details."
    r"|\b(?:has|with) the latest\b|(?-i:\b[A-Z][\w'’-]+ has the details\.?(?:\s*\(|\s*$))"
    # a photographer's credit: "(Jane Doe/The Daily)", "(Photo: Jane Doe / The Daily)", "Jane
    # Doe / For The Daily" before the caption it credits
    r"|(?-i:\((?:Photo:\s*)?(?:[A-Z][\w.'’-]+\s){1,3}[A-Z][\w.'’-]+\s?/\s?[A-Z][^()]{1,60}\))"
    r"|(?-i:\b[A-Z][\w'’-]+\s[A-Z][\w'’-]+\s/\s(?:For\s)?The\s[A-Z])"
    # a gallery's or a player's controls glued to a caption: "Hide Caption 3 of 40 Photos:",
    # "Skip in Skip x Embed x Share", "Mute Autoplay Skip Ad", "Enlarge Image"
    r"|\bHide Caption\b|\b\d+ of \d+ Photos?:|\bEmbed x Share\b|\bSkip in Skip\b|\bAutoplay\b"
    r"|\bSkip Ad\b|\bEnlarge Image\b|\bContinue reading the main story\b"
    # a video player's close button glued to the video's description: "CLOSE Two reporters ..."
    r"|(?-i:^\W*CLOSE\s+[A-Z])"
    # a video's title and running time, with no full stop: "The storm in 3 minutes 01:42"
    # (not a time a clause ends with: "until 10:30")
    r"|(?<!\bat)(?<!\bby)(?<!\bto)(?<!\buntil)(?<!\bfrom)(?<!\bbefore)(?<!\bafter)"
    r"\s\d{1,2}:\d{2}\s*$"
    # an embedded post's credit line: "A post shared by Jane Doe (@jdoe) on Aug 3, 2018"
    r"|\bA (?:photo|video|post) shared by\b"
    # a wire photo's caption ends with its place and date: "... in Lyon, May 14, 2016."
    # (a sentence of news dates with "on", not after a place and a comma)
    r"|\b[A-Z][\w.'’-]+,\s+" + MONTHS + r"\.?\s+\d{1,2},\s+\d{4}\.?\s*$"
    # "... in this Oct. 3, 2012 handout photo", "in this undated file image": a caption's tail
    r"|\bin this (?:[\w.,']+\s+){0,8}?(?:\d{4},?|handout|file|undated)\s+(?:[\w.,']+\s+){0,2}?"
    r"(?:photo|photograph|image|picture)\b"
    # a wire photo's caption that shows a place: "General view of the hospital's entrance ..."
    r"|^\s*(?:a )?general view of\b"
    r"|^\s*\(?(?:Photos?|Image|Video|Watch|Related|Read more|Click here|Email This|Published|Updated"
    r"|Credit|Caption)\b",
    re.IGNORECASE,
)


# Lines of the page around an article that are not its news: credits, prompts, disclaimers,
# links. Never shown as what a source adds.
FURNITURE = re.compile(
    r"https?://|www\.|\bcontributed to this (?:report|story|article)\b|^\s*\(?[A-Z][\w.]*(?: [A-Z][\w.]*)* "
    r"writers?\b|\bsign up\b|\bsubscribe\b|\bnewsletter\b|\bviews expressed\b|\bafter the jump\b"
    r"|\bclick here\b|\bread more\b|\bfollow (?:us|him|her) on\b|\ball rights reserved\b"
    r"|\bcopyright\b|\bearn a commission\b|\baffiliate links?\b|\(\s*[A-Z][^()]*/(?:AP|Reuters|AFP|Getty)[^()]*\)|\bvia AP\b"
    # the station's promotion, the reporter's handle, the comments' state, the author's disclosure
    r"|\bstay (?:with|tuned to)\b.{0,40}\bfor (?:the latest (?:on|news|updates)|updates)\b|\bfollow @\w"
    r"|\bcomments? (?:for this (?:post|story|article) )?(?:are|is) (?:now )?closed\b"
    r"|\bthe author (?:wrote this article|is not receiving compensation|has no (?:positions|business))"
    # the page's own links and account: "click through the slideshow", "the link above"
    r"|\bclick (?:through|on)\b|\bslideshow\b|\b(?:using )?the links? (?:above|below)\b"
    r"|\blog (?:in|into) (?:to )?your account\b|\btweet @\w"
    # the page's prompts: "Check out the rest of our coverage", "Read on for ...", "we will
    # update this story", "our apps for iPhone", and a web archive's crawl notice
    r"|\bcheck out (?:the rest of )?our\b|^\W*read on\b|\bwill update this (?:story|article)\b"
    r"|\bapps? for (?:iphone|ipad|android)\b|\bkeep up[- ]to[- ]date (?:on|with) the latest\b|\bwayback machine\b",
    re.IGNORECASE,
)

# Lines that end a press release; what follows them is the issuer's boilerplate.
END_MARKS = frozenset({"###", "-ends-", "- ends -", "ends", "-30-"})
# Words that make a line of numbers a date stamp ("Updated 10:42").
STAMP_VERBS = frozenset({"published", "updated", "posted", "modified", "created", "released"})
# The verbs of a stamp that dates a later version of the page: the first publication, when the
# page gives it too, is the day it was written.
UPDATE_VERBS = frozenset({"updated", "modified"})
# Small words left in lower case in a title-cased heading.
SMALL_WORDS = frozenset(
    """a an and as at but by for from in into of on or over the to under up with vs via""".split()
)
# The patterns above, compiled: boilerplate and outlet clues case-insensitively, metadata lines
# case-sensitively (their keywords are marked case-insensitive inline).
LINES = tuple((reason, re.compile(p, re.IGNORECASE)) for reason, p in BOILERPLATE)
METADATA_LINES = tuple((reason, re.compile(p)) for reason, p in METADATA)
OUTLET_CLUE_LINES = tuple(re.compile(p, re.IGNORECASE) for p in OUTLET_CLUES)
# A list item: a bullet, a number, or a date opening a line ("June 9 – Tampa, FL").
LIST_ITEM = re.compile(
    r"^(?:[-*•·–]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+|\d|(?:"
    + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
    + r")\.?\s+\d)",
    re.IGNORECASE,
)
# A line that opens a list of related stories; the "About <Company>" heading of a release.
RELATED_MARKER = re.compile(RELATED_MARKERS, re.IGNORECASE)
ABOUT = re.compile(ABOUT_SECTION)
# A dateline alone on its line.
DATELINE_ONLY = re.compile(DATELINE.pattern.replace(r"\s+(?=\S)", r"\s*"))
# The tokens of a date stamp line, and its numbers (with their ordinal endings).
# A page's spacing may split a clock or "p.m." ("5: 55p", "05:08: 35", "8:41 p. m.").
STAMP_TOKEN = re.compile(
    r"[a-z]+\.?(?:\s?m\.)?|\d{1,2}(?::\s?|\.)\d{2}(?::\s?\d{2})?[ap]?\b|\d+(?:st|nd|rd|th)?"
    r"|[+-]\d{1,2}"
)
DIGITS = re.compile(r"\d{1,4}(?:st|nd|rd|th)?")
# "Jane Doe, Reuters", "Jane Doe and John Roe": what separates the parts of a byline.
AUTHOR_SEPARATOR = re.compile(r"\s*(?:,|\band\b|&)\s*")
# "Sofia Lindqvist in Stockholm": a byline can say where the reporter is.
BYLINE_PLACE = re.compile(r"\s+in\s+[A-Z][\w -]+$")

# Lines that credit another outlet for an article's text, "{outlet}" standing for the outlet's
# name (escaped): "WASHINGTON (Reuters) -", "By Reuters", "Source: Reuters", "This article
# first appeared in The Gazette", "(c) 2025 The Gazette", "The Gazette contributed to this
# report".
CREDIT_LINES = (
    r"\(\s*{outlet}\s*\)\s*[-–—:]",
    r"(?m)^\W*{outlet}\s*[-–—:]",
    r"(?m)^\W*by\s+(?:the\s+)?{outlet}\b",
    r"\b(?:via|source\s*:|courtesy of|credit\s*:)\s*(?:the\s+)?{outlet}\b",
    r"\b(?:originally|first)\s+(?:appeared|published|ran|posted)\b.{{0,40}}?"
    r"\b(?:in|on|at|by|of)\s+(?:the\s+)?{outlet}\b",
    r"(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?(?:the\s+)?{outlet}\b",
    r"\b{outlet}\s+contributed\s+to\s+this\s+(?:report|story|article)\b",
)
