"""Italian event lexicon: which words name which event slot.

Entries are lower-case stems matched at the start of a token, so one stem covers the
inflections ("lanciat" -> lanciato/lanciata/lanciati). Slot names are language-independent.
"""

EVENT_STEMS: dict[str, tuple[str, ...]] = {
    "launch": ("lanci", "decoll", "partit", "partenz", "partì"),
    "landing": ("atterr", "rientr", "ammar"),
    "docking": ("attracc", "aggancia"),
    "arrival": ("arriv", "raggiun"),
    "stay": ("permanen", "trascorr", "rimarr", "rimast", "soggiorn", "rester"),
    "filming": ("ripres", "girat", "girar", "filmat", "film"),
    "announcement": ("annunci", "comunicat", "dichiar"),
    "release": ("uscit", "usci", "distribu"),
}

EVENT_PHRASES: dict[str, tuple[str, ...]] = {
    "launch": ("preso il volo", "è partito", "è partita"),
}

# Function words that are never event words even when a stem matches ("parte" = part).
STOP_TOKENS: frozenset[str] = frozenset({"partita", "partite", "film"})
