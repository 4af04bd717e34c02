"""Italian measure vocabulary: what a number counts or measures, as a language-independent slot.

Stems are lower-case and matched at the start of a word ("ferit" -> feriti, ferite); `WORDS`
are matched whole (short words a stem would over-match). Slot names are the same in every
language, so "35 morti" and "killing 35 people" fill one slot.
"""

# Words that name what is counted, or the event that makes it countable ("persone morte").
COUNT_STEMS: dict[str, tuple[str, ...]] = {
    "dead": ("mort", "vittim", "decedut", "decess", "uccis", "cadaver", "salme"),
    "injured": ("ferit", "contus"),
    "missing": ("dispers",),
    "evacuated": ("sfollat", "evacuat"),
    "rescued": ("estratt", "salvat", "tratt in salvo"),
    "arrested": ("arrestat", "fermat"),
    "hospitalised": ("ricoverat", "ospedal"),
    "critical": ("codice rosso", "gravissim", "critic"),
    "buildings": ("edific", "palazz", "abitazion"),
    "aftershocks": ("repliche", "scosse di assestamento"),
    "vehicles": ("auto", "veicol", "mezzi", "camion"),
    "families": ("famigli",),
    "inhabitants": ("abitant", "resident"),
    "troops": ("militar", "carabinier", "agent", "soldat", "poliziott"),
}
COUNT_WORDS: dict[str, tuple[str, ...]] = {}

# Nouns that count people without saying what happened to them: the slot comes from the word
# that governs them ("quattro persone estratte vive", "almeno 912 le persone morte").
GENERIC_COUNTED: frozenset[str] = frozenset(
    {"persone", "persona", "individui", "cittadini", "altri", "altre"}
)

# Words that make a measure of length one dimension or another.
DIMENSION_STEMS: dict[str, tuple[str, ...]] = {
    "height": ("altezz", "precipit", "volo"),
    "depth": ("profondit", "ipocentr"),
    "length": ("lunghezz", "tratto", "campat", "sezion"),
    "distance": ("distan", "epicentr"),
}
DIMENSION_WORDS: dict[str, tuple[str, ...]] = {
    "height": ("alto", "alta", "alti"),
    "length": ("lungo", "lunga", "lunghi"),
    "distance": ("nord", "sud", "est", "ovest", "nord-est", "nord-ovest", "sud-est", "sud-ovest"),
}

# Money: what a sum is ("un orologio da 35mila euro" is a price).
MONEY_STEMS: dict[str, tuple[str, ...]] = {
    "price": ("valor", "prezz", "cost"),
    "fine": ("mult", "sanzion"),
    "assets": ("sequestr", "beni", "patrimon", "confisc"),
    "funds": ("stanzia", "fond", "risarc"),
}

# A magnitude is written after its word ("magnitudo 7,9", "magnitudo di 7,5") or, with a
# decimal, before the quake it measures ("una scossa 7.5" is rare in Italian, kept for symmetry).
MAGNITUDE_WORDS: tuple[str, ...] = ("magnitudo",)
QUAKE_NOUNS: tuple[str, ...] = ("scossa", "terremoto", "sisma")

# Bounds: "oltre 1.300 morti" is at least 1,300; "meno di 12 ore" at most 12.
LOWER_BOUNDS: tuple[str, ...] = (
    "oltre", "più di", "almeno", "supera i", "supera le", "superiore a", "sopra i", "oltre i",
    "oltre le", "non meno di", "sono almeno", "sarebbero almeno", "sarebbero oltre",
)  # fmt: skip
UPPER_BOUNDS: tuple[str, ...] = ("meno di", "fino a", "al massimo", "non più di", "entro")

# An approximate number in words: "una decina di dispersi", "una quindicina i feriti".
APPROXIMATE_NUMBERS: dict[str, float] = {
    "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
    "quarantina": 40, "cinquantina": 50, "sessantina": 60, "settantina": 70, "ottantina": 80,
    "novantina": 90, "centinaio": 100, "decine": 10, "centinaia": 100, "migliaia": 1000,
}  # fmt: skip

# Plural numbers that say "at least this many": "decine di edifici", "centinaia di feriti".
VAGUE_PLURALS: tuple[str, ...] = ("decine", "centinaia", "migliaia", "dozzine")

# Articles that follow a number in the inverted predicate of Italian news ("912 le persone
# morte", "5.385 i feriti", "sono 37 i morti"): the noun after the article is what is counted.
ARTICLES: tuple[str, ...] = ("il", "lo", "la", "i", "gli", "le", "l'", "l’")
# "il numero dei morti": the count of what follows.
NUMBER_OF: tuple[str, ...] = ("numero", "bilancio", "conto")
