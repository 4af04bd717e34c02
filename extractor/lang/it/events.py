"""Italian event lexicon: which words name which event slot.

Entries are lower-case stems matched at the start of a token, so one stem covers the
inflections ("lanciat" -> lanciato/lanciata/lanciati). Slot names are language-independent.
"""

EVENT_STEMS: dict[str, tuple[str, ...]] = {
    "launch": ("lanci", "decoll", "partit", "partenz", "partì"),
    "landing": ("atterr", "rientr", "ammar"),
    "docking": ("attracc", "agganci"),
    "arrival": ("arriv", "raggiun"),
    "stay": ("permanen", "trascorr", "rimarr", "rimast", "soggiorn", "rester"),
    "filming": ("ripres", "girat", "girar", "filmat", "film"),
    "announcement": ("annunci", "comunicat", "dichiar"),
    "release": ("uscit", "usci", "distribu"),
    # News events of every kind: disasters, crime and justice.
    "collapse": ("croll",),
    "quake": ("terremot", "scoss", "sism"),
    "arrest": ("arrest", "cattur"),
    "death": ("uccision", "omicid", "strage", "decess"),
    "sentence": ("condann", "sentenz"),
    "attack": ("attentat", "attacc", "bombe"),
    "explosion": ("esplo",),
    "fire": ("incendi",),
    "flood": ("alluvion", "esondaz"),
    "fugitive": ("latitan",),
}

EVENT_PHRASES: dict[str, tuple[str, ...]] = {
    # "12 ore fa" / "12 hours ago" is the time elapsed until the writing, not an event's length.
    "elapsed": ("fa",),
    "launch": ("preso il volo", "è partito", "è partita"),
}

# Function words that are never event words even when a stem matches ("parte" = part).
STOP_TOKENS: frozenset[str] = frozenset({"partita", "partite", "film"})

# Words before a fact that make it planned rather than done: "l'aggancio è previsto alle
# 14:12", "dovrebbe durare tre ore", "in programma il 5 ottobre".
PLANNED_CUES: tuple[str, ...] = (
    "previsto", "prevista", "previsti", "previste", "dovrebbe", "dovrebbero", "programmato",
    "programmata", "in programma", "atteso", "attesa", "attesi", "fissato", "fissata",
    "pianificato", "pianificata", "avverrà", "si terrà",
)  # fmt: skip

# Which occurrence of an event a sentence tells about, when a story has several ("la seconda
# scossa", "il primo evento"): an ordinal counts only before an event word a few words on.
ORDINALS: dict[str, int] = {
    "primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3,
}  # fmt: skip
# Nouns that name an occurrence of any event, beside the event words of EVENT_STEMS.
OCCURRENCE_NOUNS: tuple[str, ...] = ("evento", "eventi", "episodio")
# Phrases that turn back to the occurrence before the one being told ("dopo quella ... di
# magnitudo 7.9", "a nord-est del precedente").
EARLIER_CUES: tuple[str, ...] = ("dopo quella", "dopo quello", "precedente", "quella precedente")
# Words right after an ordinal that make it no adjective: "prima del terremoto" (before),
# "secondo quanto dichiarato", "secondo l'INGV" (according to).
ORDINAL_STOPS: frozenset[str] = frozenset({
    "di", "del", "della", "dello", "dei", "degli", "delle", "dell", "che", "quanto", "il", "la",
    "lo", "l", "i", "gli", "le", "un", "una", "a", "al", "alla", "all", "in", "per", "con",
})  # fmt: skip
