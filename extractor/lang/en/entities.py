"""English cues for people, places and organisations (read by extractor.entities)."""

from __future__ import annotations

CLDR_LOCALE = "en"
# Countries whose cities this language names in its own way (the gazetteer keeps those names).
HOME_COUNTRIES: frozenset[str] = frozenset({"GB", "IE", "US", "CA", "AU", "NZ"})

_ROLES: dict[str, tuple[str, ...]] = {
    "actor": ("actor", "actors"),
    "actress": ("actress", "actresses"),
    "director": ("director", "directors", "film director", "film-maker", "filmmaker"),
    "art director": ("art director",),
    "director general": ("director general", "director-general"),
    "cosmonaut": ("cosmonaut", "cosmonauts"),
    "astronaut": ("astronaut", "astronauts"),
    "commander": ("commander", "commanders"),
    "cardiac surgeon": ("cardiac surgeon", "heart surgeon"),
    "surgeon": ("surgeon", "surgeons"),
    "doctor": ("doctor", "doctors", "physician"),
    "pilot": ("pilot", "pilots"),
    "writer": ("writer", "writers", "author", "novelist"),
    "screenwriter": ("screenwriter", "screenwriters"),
    "producer": ("producer", "producers"),
    "journalist": ("journalist", "journalists", "reporter", "correspondent"),
    "photographer": ("photographer",),
    "singer": ("singer",),
    "president": ("president",),
    "prosecutor": ("prosecutor", "district attorney"),
    "prime minister": ("prime minister", "premier"),
    "minister": ("minister",),
    "foreign minister": ("foreign minister", "foreign secretary"),
    "interior minister": ("interior minister", "home secretary"),
    "secretary of state": ("secretary of state",),
    "defense secretary": ("defense secretary", "defence secretary"),
    "press secretary": ("press secretary",),
    "chancellor": ("chancellor",),
    "mayor": ("mayor",),
    "governor": ("governor",),
    "senator": ("senator",),
    "ambassador": ("ambassador",),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "secretary general": ("secretary general", "secretary-general"),
    "chief executive": ("chief executive", "ceo"),
    "founder": ("founder", "co-founder"),
    "entrepreneur": ("entrepreneur", "businessman", "businesswoman", "billionaire", "tycoon"),
    "engineer": ("engineer", "engineers"),
    "scientist": ("scientist", "scientists"),
    "researcher": ("researcher", "researchers"),
    "professor": ("professor",),
    "judge": ("judge",),
    "lawyer": ("lawyer", "attorney"),
    "coach": ("coach",),
    "footballer": ("footballer",),
    "pope": ("pope",),
    "king": ("king",),
    "queen": ("queen",),
    "prince": ("prince",),
    "princess": ("princess",),
    "general": ("general",),
    "colonel": ("colonel",),
    "captain": ("captain",),
    # The wider vocabulary of news roles: politics, business, courts, police, sport, culture,
    # science, religion, and the people a story happens to ('the victim X').
    "vice president": ("vice president", "vice-president", "vp"),
    "deputy prime minister": ("deputy prime minister", "deputy premier"),
    "president-elect": ("president-elect",),
    "first lady": ("first lady",),
    "chair": ("chairman", "chairwoman", "chairperson", "chairs"),
    "managing director": ("managing director", "executive director"),
    "music director": (
        "music director",
        "musical director",
        "artistic director",
        "creative director",
    ),
    "chief officer": (
        "chief operating officer",
        "chief financial officer",
        "chief officer",
        "cfo",
        "coo",
        "chief economist",
        "chief strategist",
    ),
    "lawmaker": (
        "lawmaker",
        "legislator",
        "congressman",
        "congresswoman",
        "mp",
        "mep",
        "assemblyman",
        "assemblywoman",
    ),
    "councillor": ("councillor", "councilor", "councilman", "councilwoman", "alderman"),
    "commissioner": ("commissioner", "high commissioner"),
    "envoy": ("envoy", "diplomat", "special envoy"),
    "attorney general": ("attorney general", "solicitor general"),
    "magistrate": ("magistrate", "justice", "chief justice", "solicitor", "barrister"),
    "police officer": (
        "officer",
        "police officer",
        "detective",
        "inspector",
        "sergeant",
        "constable",
        "chief constable",
        "superintendent",
        "trooper",
        "sheriff",
        "police chief",
        "investigator",
    ),
    "soldier": ("soldier", "lieutenant", "admiral", "marshal", "commandant"),
    "analyst": ("analyst", "economist", "strategist", "trader", "investor", "banker"),
    "editor": ("editor", "columnist", "presenter", "broadcaster", "anchor", "commentator"),
    "poet": ("poet", "poet laureate", "laureate", "playwright", "essayist"),
    "artist": (
        "artist",
        "painter",
        "sculptor",
        "designer",
        "architect",
        "photographer",
        "illustrator",
        "cartoonist",
    ),
    "musician": (
        "musician",
        "composer",
        "conductor",
        "rapper",
        "singer-songwriter",
        "guitarist",
        "drummer",
        "pianist",
        "violinist",
        "bassist",
        "dj",
    ),
    "performer": ("comedian", "dancer", "ballerina", "magician"),
    "scholar": (
        "historian",
        "archaeologist",
        "palaeontologist",
        "paleontologist",
        "curator",
        "biologist",
        "physicist",
        "chemist",
        "geologist",
        "glaciologist",
        "climatologist",
        "astronomer",
        "mathematician",
        "economist",
        "sociologist",
    ),
    "health worker": ("nurse", "paramedic", "midwife"),
    "firefighter": ("firefighter", "fireman"),
    "cleric": (
        "bishop",
        "archbishop",
        "cardinal",
        "priest",
        "rabbi",
        "imam",
        "pastor",
        "reverend",
        "monk",
        "nun",
    ),
    "activist": ("activist", "campaigner", "protester", "advocate"),
    "student": ("student", "pupil", "teacher", "headteacher", "lecturer"),
    "athlete": (
        "athlete",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "winger",
        "full-back",
        "centre-back",
        "quarterback",
        "batsman",
        "bowler",
        "jockey",
        "cyclist",
        "rider",
        "driver",
        "racer",
        "sprinter",
        "swimmer",
        "skier",
        "boxer",
        "wrestler",
        "golfer",
        "referee",
        "umpire",
        "team-mate",
        "teammate",
        "champion",
        "world champion",
        "tennis player",
        "player",
    ),
    "manager": ("manager", "head coach", "assistant coach", "boss"),
    "party": (
        "victim",
        "suspect",
        "defendant",
        "accused",
        "witness",
        "survivor",
        "passenger",
        "resident",
        "motorist",
        "pedestrian",
        "gunman",
        "attacker",
    ),
}
ROLE_NOUNS: dict[str, str] = {form: en for en, forms in _ROLES.items() for form in forms}
PLURAL_ROLE_NOUNS: frozenset[str] = frozenset(
    {"actors", "actresses", "directors", "cosmonauts", "astronauts", "commanders", "surgeons",
     "doctors", "pilots", "writers", "screenwriters", "producers", "journalists", "engineers",
     "scientists", "researchers"}
)  # fmt: skip

# Roles a film, show or book title can modify: 'the Mission Impossible actor'.
WORK_ROLES: frozenset[str] = frozenset(
    {"actor", "actress", "director", "writer", "screenwriter", "producer", "singer"}
)

ROLE_NAME_GAP = 0
# English modifiers precede the noun: 'a US company', 'the private space company'.
PRENOMINAL_MODIFIERS = 2
MODIFIER_BEFORE_ROLE_IS_NOT_PERSON = True

# Endings of capitalised nationality adjectives ('Russian', 'Chinese', 'Danish', 'Iraqi')
# that may precede a name: 'Mexican Ariel Cruz'.
DEMONYM_SUFFIXES: tuple[str, ...] = ("an", "ian", "ese", "ish", "i", "ic", "ean", "ch")

NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn",
     "al", "el", "dos", "das", "du", "y"}
)  # fmt: skip
CONJUNCTIONS: frozenset[str] = frozenset({"and", "&"})

CAST_CUES: tuple[str, ...] = (
    r"\bthe cast (?:includes|also includes|features|comprises)(?: also)?\b:?",
    r"\bcast:",
    r"\bstarring\b:?",
    r"\balso starring\b:?",
)
FICTION_SCOPE_CUES: tuple[str, ...] = (r"\bplot\b\s*:", r"\bsynopsis\b\s*:", r"\bstoryline\b\s*:")
FICTION_NAME_CUES: tuple[str, ...] = (
    r"\bin the role of\s*$",
    r"\bplays? the (?:role|character|part) of\s*$",
    r"\bplaying the (?:role|character|part) of\s*$",
    r"\bthe character(?: of)?\s*$",
    r"\bas the character\s*$",
)

AGE_BEFORE: tuple[str, ...] = (r"\b(?P<age>\d{1,3})[- ]year[- ]old\b",)
AGE_AFTER: tuple[str, ...] = (
    r"^\s*(?:,\s*(?:aged\s+)?|\(\s*)(?P<age>\d{1,3})(?:\s*years?\s*old)?\s*[,)]",
)

ORG_CUE_NOUNS: frozenset[str] = frozenset(
    {"agency", "company", "firm", "broadcaster", "network", "organisation", "organization",
     "association", "foundation", "group", "bank", "party", "union", "university",
     "corporation", "startup", "ministry", "studio"}
)  # fmt: skip

# Capitalised words that make a name a place or an organisation, not a person.
PLACE_NAME_WORDS: frozenset[str] = frozenset(
    {"street", "st.", "avenue", "road", "square", "bridge", "river", "lake", "mount", "mountains",
     "island", "islands", "bay", "gulf", "sea", "ocean", "valley", "county", "district",
     "province", "park", "station", "airport", "port", "harbour", "harbor", "beach", "canyon",
     "saint", "st", "san", "santa"}
)  # fmt: skip
ORG_NAME_WORDS: frozenset[str] = frozenset(
    {"institute", "university", "college", "bank", "party", "council", "committee", "ministry",
     "department", "agency", "foundation", "association", "society", "group", "federation",
     "union", "court", "commission", "house", "senate", "hospital", "museum", "theatre",
     "theater", "academy", "center", "centre", "fund", "organization", "organisation",
     "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc",
     "command", "police", "army", "navy", "force", "club", "studios", "records", "times",
     "post", "news"}
)  # fmt: skip
ORG_NAME_CONNECTORS: frozenset[str] = frozenset({"of", "for", "&", "the"})

# "X's wife", "the company of X": a full name owning one of these is a person.
PERSON_POSSESSED_NOUNS: frozenset[str] = frozenset(
    {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "partner",
     "girlfriend", "boyfriend", "family", "company", "firm", "lawyer", "spokesman",
     "spokeswoman", "spokesperson"}
)  # fmt: skip
POSSESSIVE_SUFFIXES: frozenset[str] = frozenset({"'s", "’s", "'", "’"})
POSSESSIVE_PREPOSITIONS: frozenset[str] = frozenset({"of"})

VEHICLE_NOUNS: frozenset[str] = frozenset(
    {"spacecraft", "spaceship", "capsule", "rocket", "launcher", "module", "satellite", "probe",
     "vehicle", "mission", "aircraft", "plane", "ship", "submarine", "shuttle"}
)  # fmt: skip

FACILITY_BEFORE: dict[str, str] = {"cosmodrome of": "cosmodrome", "cosmodrome in": "cosmodrome"}
FACILITY_AFTER: dict[str, str] = {
    "cosmodrome": "cosmodrome",
    "spaceport": "spaceport",
    "launch site": "launch site",
    "space center": "space centre",
    "space centre": "space centre",
    "airport": "airport",
}

CELESTIAL: dict[str, str] = {"Earth": "Earth", "Moon": "Moon", "Mars": "Mars"}
CELESTIAL_CUES: frozenset[str] = frozenset(
    {"the", "on", "from", "to", "of", "around", "orbit", "orbits", "orbiting", "circling",
     "circle", "circles", "toward", "towards", "reach", "above", "back"}
)  # fmt: skip

LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "from", "to", "near", "outside", "inside", "toward", "towards", "via"}
)  # fmt: skip

# The subset that hardly ever introduces a person ('to'/'from' do: 'a letter to Clinton').
STRONG_LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "outside"})

BYLINE_CUES: tuple[str, ...] = (r"\b(?:By|BY)\s+",)

CREDIT_PATTERNS: tuple[str, ...] = (
    r"(?i)\b(?:photo|image|picture|credit|credits)\s*(?::|©|by\b|courtesy\b)[^\n)]*",
    r"©[^\n)]*",
    r"(?i)\bcourtesy of\b[^\n)]*",
    r"(?i)\([^()\n]*\b(?:photo|photograph|image)\b[^()\n]*\)",
)

# Common nouns that, capitalised inside a sentence, name an institution ('the Senate').
INSTITUTION_WORDS: frozenset[str] = frozenset(
    {"government", "state", "congress", "senate", "house", "parliament", "council", "church",
     "army", "navy", "police", "kremlin", "pentagon"}
)  # fmt: skip

COMMON_CAPITALISED: frozenset[str] = frozenset(
    {"trailer", "video", "photo", "watch", "read", "update", "breaking", "news", "live",
     "exclusive", "state", "government", "earth", "nice", "mobile", "reading", "split", "bath",
     "orange", "mission", "independence", "university", "man", "sale", "deal", "hope",
     "eagle", "gap", "of"}
)  # fmt: skip

# --- what a name's first or last word says about it (extractor.entities.heads) ---------------
# English names put their head last: 'Bruce Museum', 'U.S. Embassy', 'East Central Railway'.
HEAD_POSITION = "last"
# Heads that make a name an organisation whatever the model said ('Telford Hospital').
ORG_HEADS: frozenset[str] = frozenset(
    {"museum", "museums", "hospital", "hospitals", "embassy", "consulate", "railway",
     "railways", "airline", "airlines", "airways", "university", "college", "institute",
     "institution", "bank", "council", "committee", "ministry", "department", "agency",
     "foundation", "association", "society", "federation", "union", "commission", "academy",
     "trust", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc",
     "llc", "group", "club", "police", "constabulary", "party", "orchestra", "symphony",
     "philharmonic", "choir", "school", "library", "gallery", "authority", "board", "bureau",
     "office", "service", "services", "network", "studios", "records", "press", "media",
     "newspaper", "magazine", "journal", "times", "post", "herald", "gazette", "tribune",
     "telegraph", "observer", "courier", "fc", "f.c.", "afc", "united", "rovers", "wanderers",
     "athletic", "hotspur", "albion"}
)  # fmt: skip
# Heads of awards, prizes and trophies, of competitions and of works: a name of that kind is
# none of person, place or organisation ('Booker Prize', 'Golden Lion', 'Davis Cup').
MISC_HEADS: frozenset[str] = frozenset(
    {"prize", "prizes", "award", "awards", "trophy", "cup", "medal", "lion", "globe",
     "oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "bafta", "baftas", "championship",
     "championships", "grand prix", "open", "games", "olympics", "festival", "act", "bill",
     "treaty", "accord", "agreement", "plan", "doctrine", "index", "jersey"}
)  # fmt: skip
# Nouns that introduce the title of a work: 'the novel Bring Up the Bodies', 'the film Dune'.
WORK_NOUNS: frozenset[str] = frozenset(
    {"film", "films", "movie", "movies", "novel", "novels", "book", "books", "memoir",
     "series", "show", "sitcom", "drama", "documentary", "programme", "program", "album",
     "albums", "song", "songs", "single", "track", "play", "musical", "opera", "ballet",
     "painting", "poem", "poems", "podcast", "game", "video game", "exhibition", "franchise",
     "sequel", "prequel", "episode", "trilogy", "saga", "newsletter", "column", "hit"}
)  # fmt: skip
# Words before a name that make it a street, square or venue ('Via Roma' is Italian; English
# writes them after the name, and they are in PLACE_NAME_WORDS).
STREET_WORDS: frozenset[str] = frozenset()
# Heads that open an institution's name whose complement follows in lower case (Italian).
INSTITUTION_HEADS: frozenset[str] = frozenset()
INSTITUTION_LINKS: frozenset[str] = frozenset()
# Articles between a title, its comma and a work noun ('Dune', il film; Nomadland, the film).
ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
INSTITUTION_ARTICLES: frozenset[str] = frozenset()

# --- sports teams named after places (extractor.entities.teams) -----------------------------
# Words that make a document a sports report: three of them, and team cues count.
SPORT_WORDS: frozenset[str] = frozenset(
    {"match", "matches", "game", "goal", "goals", "scored", "league", "championship", "season",
     "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "winger", "try",
     "tries", "penalty", "referee", "stadium", "fixture", "fixtures", "cup", "final",
     "semi-final", "quarter-final", "tournament", "squad", "caps", "kick-off", "half-time",
     "innings", "wicket", "race", "lap", "pole", "grid", "stage", "peloton", "podium", "set",
     "sets", "seed", "clay", "championships", "scrum", "flanker", "fly-half", "captain",
     "champions", "relegation", "promotion", "transfer", "club", "clubs", "side", "sides",
     "supporters", "fans", "points", "table", "standings", "derby", "playoff", "play-off"}
)  # fmt: skip
# After a team: 'England flanker Tom Curry', 'Napoli boss', 'Wales complete record comeback'.
TEAM_AFTER: frozenset[str] = frozenset(
    {"beat", "beats", "defeated", "defeat", "edged", "thrashed", "routed", "crushed", "stunned",
     "drew", "draw", "lost", "lose", "host", "hosted", "hosts", "face", "faced", "faces",
     "overcame", "won", "win", "wins", "complete", "completed", "clinched", "flanker",
     "fly-half", "scrum-half", "prop", "hooker", "lock", "winger", "striker", "midfielder",
     "defender", "goalkeeper", "keeper", "forward", "captain", "coach", "manager", "boss",
     "player", "players", "side", "team", "squad", "fans", "supporters", "caps", "cap",
     "debut", "shirt", "career", "academy", "legend", "f.c.", "fc", "a.f.c.", "afc"}
)  # fmt: skip
# Before a team: 'victory over Ireland', 'spells at Portsmouth', 'joined Chelsea', 'v Wales'.
TEAM_BEFORE: frozenset[str] = frozenset(
    {"beat", "beating", "defeated", "defeating", "against", "v", "vs", "vs.", "versus", "over",
     "champions", "side", "joined", "signed", "left", "spells", "spell", "career",
     "playing", "played", "host", "hosts", "hosted", "visiting", "face", "faced", "facing",
     "edged", "thrashed", "lost", "moved", "moving", "returned", "signing"}
)  # fmt: skip
# 'for' and 'to' and 'at' count only after a sports verb ('signed for', 'lost to', 'career at').
TEAM_BEFORE_AFTER_VERB: frozenset[str] = frozenset({"for", "to", "at", "over"})
# 'Kingston side Harbour View': after these the team is the name that follows, not the place.
TEAM_HEAD_NOUNS: frozenset[str] = frozenset({"side", "team", "club", "outfit", "squad"})
# Club names: a place and one of these after it ('Ipswich Town', 'Manchester City'), when the
# whole is no place of the gazetteer ('Mexico City' is one).
CLUB_SUFFIXES: frozenset[str] = frozenset(
    {"city", "town", "united", "county", "rovers", "wanderers", "athletic", "albion", "hotspur",
     "rangers", "fc", "f.c.", "afc"}
)  # fmt: skip
# Italian writes an article before a team named after a city ('il Napoli'); English does not.
TEAM_ARTICLES: frozenset[str] = frozenset()

# Courtesy and academic titles written before a name ('Dr Nkosazana Dlamini-Zuma'): never part of
# the name; the record's names are as a reader would list them.
HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "dr", "dr.", "prof", "prof."}
)  # fmt: skip
# Kinship nouns: the name right after one is a person ('her older sister Venus', 'la moglie
# Agnese'), whatever else the name may be.
KINSHIP_NOUNS: frozenset[str] = frozenset(
    {"sister", "brother", "wife", "husband", "son", "daughter", "mother", "father",
     "widow", "widower", "cousin", "uncle", "aunt", "nephew", "niece", "grandson",
     "granddaughter", "grandmother", "grandfather", "partner", "fiancée", "fiancé", "girlfriend",
     "boyfriend", "twin", "stepson", "stepdaughter", "stepfather", "stepmother"}
)  # fmt: skip
