"""English titles, honorifics, job nouns and the words of a byline's job."""

from __future__ import annotations

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
marshal
field marshal
brigadier
brigadier general
major general
lieutenant general
lieutenant colonel
vice admiral
rear admiral
corporal
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
# Words that name a journalist's job in a byline ("By Jane Doe, Local Democracy Reporter").
BYLINE_ROLES = frozenset(
    """reporter correspondent editor writer journalist staff desk columnist contributor
    producer bureau chief analyst""".split()
)
# Words of titles, without the small words inside some ("Secretary of State").
ROLE_WORDS = frozenset(w for t in ROLE_TITLES for w in t.split()) - {"of", "state", "the"}
# The last word of every title, and the word just before a name (a comma may follow it).
TITLE_ENDINGS = frozenset(t.split()[-1].lower() for t in ROLE_TITLES)
# Titles that take the name of a portfolio before them: "Health Minister", "Home Secretary".
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner"})
# Words that make another rank of a title: "former president" and "president" are two claims.
ROLE_QUALIFIERS = frozenset(
    {"former", "deputy", "acting", "interim", "vice", "outgoing", "incoming", "late", "junior"}
)
# Small words that carry a title on: "Secretary of State", "Minister for Health".
TITLE_CONNECTORS = frozenset({"of", "for"})
# Rank words that are no role alone: "former" is none, "deputy" is one.
RANK_ADJECTIVES = frozenset({"former", "acting", "interim", "outgoing", "incoming", "late", "vice"})
# Words that make a title rank differently ("deputy minister" and "minister"); words of time
# ("former", "late", "outgoing", "incoming") describe the person at another moment, not a
# different role, and are never a disagreement.
TIME_QUALIFIERS = frozenset({"former", "late", "outgoing", "incoming", "then", "ex"})
RANK_QUALIFIERS = ROLE_QUALIFIERS - TIME_QUALIFIERS
# Ranks of police and armed forces. "Deputy" before one names the job of a sheriff's deputy who
# holds that rank ("Deputy Sgt. Doe"), not a rank beneath it: no force has a "deputy sergeant".
FORCE_RANKS = frozenset(
    {"sergeant", "corporal", "lieutenant", "detective", "trooper", "constable", "officer"}
)
# The words of titles, without their full stops.
TITLE_WORDS = frozenset(w for title in ROLE_TITLES for w in title.replace(".", "").split())
# Honorifics that say a person's gender (a pronoun after the name agrees with it).
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "madam", "dame", "lady"})
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
# Small words left out when two titles are compared ("Secretary of State", "the Speaker").
SMALL_WORDS = frozenset({"of", "the"})
