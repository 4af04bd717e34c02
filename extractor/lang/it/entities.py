"""Italian cues for people, places and organisations (read by extractor.entities)."""

from __future__ import annotations

# CLDR locale whose territory names feed the place gazetteer (babel).
CLDR_LOCALE = "it"
# Countries whose cities this language names in its own way (the gazetteer keeps those names).
HOME_COUNTRIES: frozenset[str] = frozenset({"IT", "SM", "VA"})

# Role nouns as written (lower case, masculine/feminine, singular/plural) -> normalised English.
# Multi-word roles are matched before their heads ('direttore generale' before 'direttore').
_ROLES: dict[str, tuple[str, ...]] = {
    "actor": ("attore", "attori"),
    "actress": ("attrice", "attrici"),
    "director": ("regista", "registi", "registe", "direttore", "direttrice"),
    "conductor": ("direttore d'orchestra", "direttrice d'orchestra"),
    "art director": ("direttore artistico", "direttrice artistica"),
    "director general": ("direttore generale", "direttrice generale"),
    "cosmonaut": ("cosmonauta", "cosmonauti", "cosmonaute"),
    "astronaut": ("astronauta", "astronauti", "astronaute"),
    "commander": ("comandante", "comandanti"),
    "cardiac surgeon": ("cardiochirurgo", "cardiochirurga", "cardiochirurghi"),
    "surgeon": ("chirurgo", "chirurga", "chirurghi"),
    "doctor": ("medico", "medici", "dottore", "dottoressa"),
    "pilot": ("pilota", "piloti"),
    "writer": ("scrittore", "scrittrice", "scrittori"),
    "screenwriter": ("sceneggiatore", "sceneggiatrice", "sceneggiatori"),
    "producer": ("produttore", "produttrice", "produttori"),
    "journalist": ("giornalista", "giornalisti"),
    "photographer": ("fotografo", "fotografa"),
    "camera operator": ("operatore", "operatrice"),
    "make-up artist": ("truccatore", "truccatrice"),
    "singer": ("cantante", "cantanti"),
    "president": ("presidente", "presidenti", "presidentessa"),
    "prosecutor": ("pubblico ministero", "procuratore", "procuratrice", "pm"),
    "prime minister": ("premier", "presidente del consiglio", "primo ministro", "prima ministra"),
    "minister": ("ministro", "ministra", "ministri"),
    "foreign minister": ("ministro degli esteri", "ministra degli esteri"),
    "interior minister": ("ministro dell'interno", "ministra dell'interno"),
    "economy minister": ("ministro dell'economia", "ministra dell'economia"),
    "secretary of state": ("segretario di stato", "segretaria di stato"),
    "president of the republic": ("presidente della repubblica",),
    "chancellor": ("cancelliere", "cancelliera"),
    "mayor": ("sindaco", "sindaca"),
    "governor": ("governatore", "governatrice"),
    "senator": ("senatore", "senatrice"),
    "ambassador": ("ambasciatore", "ambasciatrice"),
    "spokesperson": ("portavoce",),
    "secretary general": ("segretario generale", "segretaria generale"),
    "chief executive": ("amministratore delegato", "amministratrice delegata"),
    "founder": ("fondatore", "fondatrice"),
    "entrepreneur": ("imprenditore", "imprenditrice"),
    "engineer": ("ingegnere", "ingegnera"),
    "scientist": ("scienziato", "scienziata", "scienziati"),
    "researcher": ("ricercatore", "ricercatrice"),
    "professor": ("professore", "professoressa"),
    "judge": ("giudice",),
    "lawyer": ("avvocato", "avvocata", "avvocatessa"),
    "coach": ("allenatore", "allenatrice"),
    "footballer": ("calciatore", "calciatrice"),
    "pope": ("papa", "pontefice"),
    "king": ("re",),
    "queen": ("regina",),
    "prince": ("principe",),
    "princess": ("principessa",),
    "general": ("generale",),
    "colonel": ("colonnello",),
    "captain": ("capitano",),
    # Il lessico più ampio dei ruoli di cronaca: politica, economia, giustizia, forze
    # dell'ordine, sport, cultura, scienza, religione, e chi subisce o compie un fatto.
    "deputy prime minister": ("vicepremier", "vicepresidente del consiglio"),
    "vice president": ("vicepresidente", "vicepresidentessa"),
    "deputy minister": ("viceministro", "viceministra", "sottosegretario", "sottosegretaria"),
    "secretary": ("segretario", "segretaria"),
    "councillor": (
        "assessore",
        "assessora",
        "consigliere",
        "consigliera",
        "consigliere comunale",
        "consigliera comunale",
        "consigliere regionale",
    ),
    "lawmaker": (
        "deputato",
        "deputata",
        "parlamentare",
        "eurodeputato",
        "eurodeputata",
        "onorevole",
        "senatore a vita",
    ),
    "prefect": ("prefetto", "prefetta", "questore", "questora"),
    "magistrate": (
        "magistrato",
        "magistrata",
        "gip",
        "gup",
        "procuratore capo",
        "procuratore aggiunto",
        "sostituto procuratore",
        "notaio",
    ),
    "police officer": (
        "carabiniere",
        "poliziotto",
        "poliziotta",
        "commissario",
        "ispettore",
        "ispettrice",
        "maresciallo",
        "brigadiere",
        "appuntato",
        "tenente",
        "vigile",
        "agente di polizia",
    ),
    "soldier": ("soldato", "ammiraglio", "militare"),
    "cleric": (
        "vescovo",
        "arcivescovo",
        "cardinale",
        "sacerdote",
        "parroco",
        "monsignor",
        "monsignore",
        "don",
        "suor",
        "frate",
        "rabbino",
        "imam",
    ),
    "rector": ("rettore", "rettrice", "preside", "dirigente scolastico"),
    "manager": ("ct", "commissario tecnico", "tecnico", "manager", "dirigente"),
    "athlete": (
        "attaccante",
        "centrocampista",
        "difensore",
        "portiere",
        "terzino",
        "ala",
        "bomber",
        "tennista",
        "ciclista",
        "corridore",
        "velocista",
        "nuotatore",
        "nuotatrice",
        "sciatore",
        "sciatrice",
        "pugile",
        "schermidore",
        "campione",
        "campionessa",
        "arbitro",
        "compagno di squadra",
        "fantino",
        "atleta",
        "giocatore",
        "giocatrice",
    ),
    "analyst": ("analista", "economista", "banchiere", "investitore", "operatore"),
    "editor": (
        "direttore responsabile",
        "caporedattore",
        "editorialista",
        "inviato",
        "inviata",
        "conduttore",
        "conduttrice",
        "presentatore",
        "presentatrice",
        "telecronista",
        "opinionista",
    ),
    "poet": ("poeta", "poetessa", "drammaturgo", "drammaturga", "saggista"),
    "artist": (
        "artista",
        "pittore",
        "pittrice",
        "scultore",
        "scultrice",
        "stilista",
        "designer",
        "architetto",
        "architetta",
        "illustratore",
        "fumettista",
    ),
    "musician": (
        "musicista",
        "compositore",
        "compositrice",
        "cantautore",
        "cantautrice",
        "rapper",
        "chitarrista",
        "batterista",
        "pianista",
        "violinista",
        "dj",
        "maestro",
    ),
    "performer": ("comico", "comica", "ballerino", "ballerina", "showman", "showgirl"),
    "scholar": (
        "storico",
        "storica",
        "archeologo",
        "archeologa",
        "paleontologo",
        "paleontologa",
        "geologo",
        "geologa",
        "glaciologo",
        "glaciologa",
        "climatologo",
        "climatologa",
        "biologo",
        "biologa",
        "astronomo",
        "astronoma",
        "sociologo",
        "sociologa",
        "filosofo",
        "filosofa",
        "docente",
        "accademico",
    ),
    "health worker": ("infermiere", "infermiera", "primario", "primaria", "soccorritore"),
    "firefighter": ("vigile del fuoco", "pompiere"),
    "activist": ("attivista", "militante", "manifestante"),
    "student": ("studente", "studentessa", "insegnante", "maestra"),
    "party": (
        "vittima",
        "indagato",
        "indagata",
        "imputato",
        "imputata",
        "testimone",
        "superstite",
        "sopravvissuto",
        "sopravvissuta",
        "passeggero",
        "passeggera",
        "residente",
        "automobilista",
        "pedone",
        "latitante",
        "boss",
        "capomafia",
        "padrino",
    ),
}
ROLE_NOUNS: dict[str, str] = {form: en for en, forms in _ROLES.items() for form in forms}
PLURAL_ROLE_NOUNS: frozenset[str] = frozenset(
    {"attori", "attrici", "registi", "registe", "cosmonauti", "cosmonaute", "astronauti",
     "astronaute", "comandanti", "cardiochirurghi", "chirurghi", "medici", "piloti", "scrittori",
     "sceneggiatori", "produttori", "giornalisti", "cantanti", "presidenti", "ministri",
     "scienziati"}
)  # fmt: skip
# 'medici' and 'generale' are also adjectives/common nouns: they only count before a name.

# Roles a work title can modify before them (English-style 'the X actor'); none in Italian.
WORK_ROLES: frozenset[str] = frozenset()

# Italian puts adjectives after the noun: 'l'attrice russa Julia Peresil'd'.
ROLE_NAME_GAP = 1
# English-style 'NASA astronaut', 'Mission Impossible actor': a capitalised word right before
# a role noun is a modifier, not the person. Italian does not build roles that way.
# Italian adjectives follow the noun: 'l'agenzia spaziale russa'.
PRENOMINAL_MODIFIERS = 0
MODIFIER_BEFORE_ROLE_IS_NOT_PERSON = False

# Italian writes nationality adjectives in lower case ('l'attrice russa').
DEMONYM_SUFFIXES: tuple[str, ...] = ()

NAME_PARTICLES: frozenset[str] = frozenset(
    {"di", "de", "da", "del", "della", "dei", "van", "von", "der", "den", "la", "le", "lo",
     "bin", "ibn", "al", "el", "dos", "das", "du", "y"}
)  # fmt: skip
CONJUNCTIONS: frozenset[str] = frozenset({"e", "ed"})

# After these, a comma/'e' separated list of names follows: every name in it is a person.
CAST_CUES: tuple[str, ...] = (
    r"\bil cast (?:include|comprende|vede|annovera)(?: anche)?(?: attori come)?\b:?",
    r"\bnel cast(?: anche)?\b:?",
    r"\bcast:",
    r"\binterpreti:",
    r"\bcon la partecipazione di\b",
)
# A person named in the stretch from one of these to the end of the paragraph is a character.
FICTION_SCOPE_CUES: tuple[str, ...] = (r"\btrama\b", r"\bsinossi\b")
# A name right after one of these is a character.
FICTION_NAME_CUES: tuple[str, ...] = (
    r"\bnel(?:la)? (?:ruolo|parte|panni) (?:di|del|della)\s*$",
    r"\binterpreta(?:no|ndo)? (?:il personaggio di|il ruolo di)?\s*$",
    r"\bpersonaggio (?:di|del|della)?\s*$",
)

# Ages: a match of AGE_BEFORE just before a name, AGE_AFTER just after it ('Rossi, 37 anni').
AGE_BEFORE: tuple[str, ...] = (r"\b(?P<age>\d{1,3})enne\b",)
AGE_AFTER: tuple[str, ...] = (r"^\s*(?:,|\(|di)\s*(?P<age>\d{1,3})\s+anni\b",)

# Nouns that, in apposition with a capitalised name, make it an organisation.
ORG_CUE_NOUNS: frozenset[str] = frozenset(
    {"agenzia", "società", "azienda", "compagnia", "emittente", "ente", "organizzazione",
     "associazione", "fondazione", "gruppo", "banca", "partito", "sindacato", "università",
     "casa di produzione", "startup", "multinazionale", "ministero", "corporation"}
)  # fmt: skip

# 'la moglie di X', 'l'azienda di X': a full name owning one of these is a person.
PERSON_POSSESSED_NOUNS: frozenset[str] = frozenset(
    {"moglie", "marito", "figlio", "figlia", "madre", "padre", "fratello", "sorella", "compagna",
     "compagno", "fidanzata", "fidanzato", "famiglia", "azienda", "società", "avvocato",
     "portavoce"}
)  # fmt: skip
POSSESSIVE_SUFFIXES: frozenset[str] = frozenset()
POSSESSIVE_PREPOSITIONS: frozenset[str] = frozenset({"di"})

# Capitalised words that make a name a place ('Porta San Paolo', 'Lago Maggiore') or an
# organisation ('Istituto Superiore di Sanità', 'Banca d'Italia'); such a name is not a person.
PLACE_NAME_WORDS: frozenset[str] = frozenset(
    {"via", "viale", "piazza", "piazzale", "ponte", "lago", "monte", "monti", "fiume", "isola",
     "isole", "golfo", "mare", "valle", "stazione", "aeroporto", "porto", "lido", "provincia",
     "regione", "contea", "distretto", "quartiere", "parco", "san", "santa", "santo", "sant'",
     "sant’"}
)  # fmt: skip
ORG_NAME_WORDS: frozenset[str] = frozenset(
    {"istituto", "università", "banca", "partito", "consiglio", "comitato", "ministero",
     "agenzia", "fondazione", "associazione", "società", "gruppo", "federazione", "unione",
     "corte", "tribunale", "procura", "commissione", "camera", "senato", "ospedale", "museo",
     "teatro", "accademia", "fondo", "organizzazione", "compagnia", "spa", "s.p.a.",
     "srl", "institute", "university", "bank", "council", "command", "party", "instituts",
     "corporation", "inc.", "ltd"}
)  # fmt: skip
# Lower-case words that may join the words of an organisation's name.
ORG_NAME_CONNECTORS: frozenset[str] = frozenset(
    {"di", "del", "della", "dei", "degli", "delle", "per", "of", "for", "d'", "d’"}
)  # fmt: skip

# Vehicles and missions: a name next to one of these ('la navicella Soyuz MS-19', 'il razzo
# Falcon 9') is a craft, not an organisation or a person.
VEHICLE_NOUNS: frozenset[str] = frozenset(
    {"navicella", "navetta", "capsula", "razzo", "vettore", "lanciatore", "modulo", "satellite",
     "sonda", "veicolo", "missione", "aereo", "nave", "sottomarino", "shuttle"}
)  # fmt: skip

# Facility phrases around a gazetteer place: 'cosmodromo di Bajkonur' (before the place),
# value = English facility noun.
FACILITY_BEFORE: dict[str, str] = {
    "cosmodromo di": "cosmodrome",
    "cosmodromo": "cosmodrome",
    "base di lancio di": "launch site",
    "spazioporto di": "spaceport",
    "aeroporto di": "airport",
}
FACILITY_AFTER: dict[str, str] = {}

# Celestial bodies: only the capitalised word after one of the cue words is the body.
CELESTIAL: dict[str, str] = {"Terra": "Earth", "Luna": "Moon", "Marte": "Mars", "Sole": "Sun"}
CELESTIAL_CUES: frozenset[str] = frozenset(
    {"la", "della", "sulla", "dalla", "alla", "nella", "verso", "attorno",
     "intorno", "orbita"}
)  # fmt: skip

# Prepositions that introduce a place: they license a gazetteer hit of a small or ambiguous city.
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {"a", "ad", "in", "da", "di", "per", "verso", "presso", "vicino", "dal", "nel", "nella",
     "dalla", "tra", "fra"}
)  # fmt: skip

# The subset that hardly ever introduces a person ('da' does: 'scritto da Colombo', but
# 'lanciata da Bajkonur' is the commoner use in news after a verb of motion).
STRONG_LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "da", "dal", "nel", "nella", "presso", "verso"}
)  # fmt: skip

# Byline cue at the start of a line of the header: 'Di Mario Rossi', 'A cura di Anna Bianchi'.
BYLINE_CUES: tuple[str, ...] = (r"(?m)^(?:di|Di|DI|A cura di|a cura di)\s+",)

# Photo credits and similar boilerplate: nothing inside them is a fact of the story.
CREDIT_PATTERNS: tuple[str, ...] = (
    r"(?i)\b(?:foto|immagine|fonte foto|credits?|crediti)\s*(?::|©|di\b)[^\n)]*",
    r"©[^\n)]*",
    r"(?i)\(\s*(?:foto|ph|fotografia)\b[^()\n]*\)",
)

# Common nouns that, capitalised inside a sentence, name an institution ('il Governo',
# 'lo Stato', 'il Senato'); spaCy counts some of them as stop words.
INSTITUTION_WORDS: frozenset[str] = frozenset(
    {"governo", "stato", "consiglio", "senato", "camera", "comune", "regione", "provincia",
     "chiesa", "borsa", "parlamento", "paese", "procura", "questura", "prefettura", "esercito"}
)  # fmt: skip

# Capitalised words that are never an entity on their own (beyond spaCy's stop words).
COMMON_CAPITALISED: frozenset[str] = frozenset(
    {"trailer", "video", "foto", "intervista", "leggi", "anche", "terra", "stato", "governo",
     "paese", "comune", "regione", "chiesa", "borsa", "camera", "senato", "ultimora",
     "ultim'ora", "breaking", "news"}
)  # fmt: skip

# --- che cosa dice di un nome la sua prima parola (extractor.entities.heads) ------------------
# I nomi italiani mettono la testa per prima: 'Museo Egizio', 'Ospedale San Raffaele'.
HEAD_POSITION = "first"
ORG_HEADS: frozenset[str] = frozenset(
    {"museo", "musei", "ospedale", "ospedali", "policlinico", "ambasciata", "consolato",
     "università", "ateneo", "politecnico", "istituto", "banca", "consiglio", "comitato",
     "ministero", "dipartimento", "agenzia", "fondazione", "associazione", "società",
     "federazione", "unione", "commissione", "accademia", "compagnia", "gruppo", "azienda",
     "partito", "sindacato", "procura", "tribunale", "corte", "questura", "prefettura",
     "comando", "ispettorato", "autorità", "ente", "consorzio", "cooperativa", "orchestra",
     "coro", "scuola", "liceo", "biblioteca", "pinacoteca", "galleria", "teatro", "ufficio",
     "servizio", "direzione", "segreteria", "presidenza", "assessorato", "osservatorio",
     "centro", "circolo", "club", "polizia", "guardia", "arma", "esercito", "marina",
     "aeronautica", "radio", "rete", "studio", "studi", "editrice", "edizioni", "parco",
     "comune", "regione", "provincia", "nucleo", "reparto"}
)  # fmt: skip
MISC_HEADS: frozenset[str] = frozenset(
    {"premio", "premi", "coppa", "trofeo", "medaglia", "leone", "leoni", "oscar", "pallone",
     "maglia", "campionato", "campionati", "giro", "gran premio", "festival", "legge",
     "decreto", "trattato", "accordo", "piano", "riforma", "indice", "classifica", "serie"}
)  # fmt: skip
WORK_NOUNS: frozenset[str] = frozenset(
    {"film", "pellicola", "romanzo", "romanzi", "libro", "libri", "saggio", "serie",
     "fiction", "sitcom", "documentario", "programma", "trasmissione", "album", "canzone",
     "canzoni", "brano", "brani", "singolo", "disco", "spettacolo", "musical", "opera",
     "balletto", "dipinto", "quadro", "poesia", "podcast", "videogioco", "mostra", "saga",
     "trilogia", "sequel", "episodio", "rubrica", "tormentone", "kolossal", "cartone"}
)  # fmt: skip
# Words before a name that make the whole a street, square or venue: 'via Venezia',
# 'piazza San Vitale', 'stadio Bentegodi'.
STREET_WORDS: frozenset[str] = frozenset(
    {"via", "viale", "piazza", "piazzale", "piazzetta", "largo", "corso", "vicolo", "vico",
     "strada", "lungomare", "lungotevere", "lungarno", "contrada", "località", "frazione",
     "borgo", "rione", "quartiere", "stadio", "palazzo", "palazzetto", "palasport", "chiesa",
     "basilica", "duomo", "cattedrale", "santuario", "castello", "villa", "ponte", "galleria",
     "stazione", "aeroporto", "porto", "autostrada", "tangenziale", "monte", "lago", "fiume",
     "valle", "isola", "parco", "pista", "circuito", "arena", "teatro", "piscina"}
)  # fmt: skip
# Heads of an institution whose name goes on in lower case: 'Consiglio dei ministri',
# 'Ministero del lavoro e delle politiche sociali', 'Procura della Repubblica di Roma'.
INSTITUTION_HEADS: frozenset[str] = frozenset(
    {"consiglio", "ministero", "procura", "agenzia", "istituto", "ispettorato", "comando",
     "commissione", "comitato", "dipartimento", "direzione", "autorità", "tribunale", "corte",
     "ufficio", "assessorato", "presidenza", "segreteria", "protezione", "guardia", "camera",
     "conferenza", "osservatorio", "servizio", "azienda", "ente", "consorzio", "unione",
     "federazione", "associazione", "fondazione", "polizia", "nucleo", "reparto"}
)  # fmt: skip
# Joining words inside such a name: prepositions with their articles ('per la'), after 'e'
# between two complements ('del lavoro e delle politiche sociali').
INSTITUTION_LINKS: frozenset[str] = frozenset(
    {"di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "dell’", "d'", "d’",
     "per", "sul", "sulla", "sui", "sulle"}
)  # fmt: skip
# Articles between a title, its comma and a work noun ('Dune', il film; Nomadland, the film).
ARTICLES: frozenset[str] = frozenset(
    {"il", "lo", "la", "l'", "l’", "i", "gli", "le", "un", "uno", "una", "un'", "un’"}
)
INSTITUTION_ARTICLES: frozenset[str] = frozenset({"il", "lo", "la", "l'", "l’", "i", "gli", "le"})
# Preposition + infinitive ends the name: 'il Comune di Genova per raccontare', 'di fare'.
INFINITIVE_ENDINGS: tuple[str, ...] = ("are", "ere", "ire", "arsi", "ersi", "irsi")
INFINITIVE_PREPOSITIONS: frozenset[str] = frozenset({"di", "per", "d'", "d’"})

# --- squadre che portano il nome di un luogo (extractor.entities.teams) ----------------------
SPORT_WORDS: frozenset[str] = frozenset(
    {"partita", "partite", "gol", "rete", "reti", "campionato", "classifica", "giornata",
     "squadra", "squadre", "allenatore", "tecnico", "attaccante", "centrocampista",
     "difensore", "portiere", "rigore", "arbitro", "stadio", "coppa", "finale", "semifinale",
     "torneo", "rosa", "maglia", "tappa", "gara", "giro", "pole", "griglia", "podio", "set",
     "tennista", "ciclista", "pilota", "scudetto", "retrocessione", "promozione", "mercato",
     "club", "tifosi", "punti", "derby", "autogol", "doppietta", "pareggio", "vittoria",
     "sconfitta", "trasferta", "casa", "serie", "capolista", "vetta", "ripresa", "tempo"}
)  # fmt: skip
TEAM_AFTER: frozenset[str] = frozenset(
    {"batte", "ha battuto", "supera", "pareggia", "perde", "vince", "sconfigge", "travolge",
     "espugna", "rimonta", "ospita", "affronta", "domina", "stende", "cede", "frena", "crolla",
     "calcio", "fc"}
)  # fmt: skip
TEAM_BEFORE: frozenset[str] = frozenset(
    {"contro", "battendo", "superando", "sconfiggendo", "travolgendo", "affrontare", "battere",
     "superare", "ospita", "affronta", "batte", "supera", "vs", "vs."}
)  # fmt: skip
TEAM_BEFORE_AFTER_VERB: frozenset[str] = frozenset()
TEAM_HEAD_NOUNS: frozenset[str] = frozenset()
CLUB_SUFFIXES: frozenset[str] = frozenset({"calcio", "fc", "f.c."})
# 'il Napoli batte il Genoa', 'la Roma', 'dall'Inter': an article before a city's name makes it
# a team in a sports report (a city takes none: 'a Napoli', 'Roma è').
TEAM_ARTICLES: frozenset[str] = frozenset(
    {"il", "lo", "la", "l'", "l’", "del", "dello", "della", "dell'", "dell’", "al", "allo",
     "alla", "all'", "all’", "dal", "dallo", "dalla", "dall'", "dall’", "col", "coi", "sul",
     "sulla", "nel", "nella"}
)  # fmt: skip

# Courtesy and academic titles written before a name ('Dr Nkosazana Dlamini-Zuma'): never part of
# the name; the record's names are as a reader would list them.
HONORIFICS: frozenset[str] = frozenset(
    {"sig.", "sig.ra", "sigg.", "dott.", "dott.ssa", "prof.", "prof.ssa", "on.", "sen.",
     "avv.", "ing.", "arch."}
)  # fmt: skip
# Kinship nouns: the name right after one is a person ('her older sister Venus', 'la moglie
# Agnese'), whatever else the name may be.
KINSHIP_NOUNS: frozenset[str] = frozenset(
    {"sorella", "fratello", "moglie", "marito", "figlio", "figlia", "madre", "padre",
     "vedova", "vedovo", "cugino", "cugina", "zio", "zia", "nipote", "nonno", "nonna",
     "compagna", "compagno", "fidanzata", "fidanzato", "gemello", "gemella", "mamma", "papà",
     "suocera", "suocero", "cognato", "cognata"}
)  # fmt: skip
