"""English measure vocabulary: what a number counts or measures, as a language-independent slot.

Stems are lower-case and matched at the start of a word ("injur" -> injured, injuring);
`WORDS` are matched whole. Slot names are the same in every language.
"""

COUNT_STEMS: dict[str, tuple[str, ...]] = {
    "dead": ("dead", "death", "killed", "killing", "died", "victim", "fatalit", "perish",
             "bodies", "lives"),
    "injured": ("injur", "wounded", "hurt"),
    "missing": ("missing", "unaccounted"),
    "evacuated": ("evacu", "displaced", "homeless"),
    "rescued": ("rescued", "pulled alive", "pulled out alive", "saved"),
    "arrested": ("arrested", "detained"),
    "hospitalised": ("hospital",),
    "critical": ("critical", "serious condition"),
    "buildings": ("building", "homes", "houses"),
    "aftershocks": ("aftershock",),
    "vehicles": ("vehicle", "cars", "trucks"),
    "families": ("famil",),
    "inhabitants": ("inhabitant", "resident"),
    "troops": ("soldier", "troops", "officers", "police officers"),
}  # fmt: skip
COUNT_WORDS: dict[str, tuple[str, ...]] = {"dead": ("toll",)}

GENERIC_COUNTED: frozenset[str] = frozenset(
    {"people", "persons", "person", "individuals", "others", "men", "women", "adults"}
)

DIMENSION_STEMS: dict[str, tuple[str, ...]] = {
    "height": ("height", "plung", "plummet", "drop"),
    "depth": ("depth",),
    "length": ("length", "section", "stretch"),
    "distance": ("distance", "epicent", "northeast", "northwest", "southeast", "southwest"),
}
DIMENSION_WORDS: dict[str, tuple[str, ...]] = {
    "height": ("high", "tall", "fell"),
    "depth": ("deep",),
    "length": ("long",),
    "distance": ("north", "south", "east", "west", "away"),
}

MONEY_STEMS: dict[str, tuple[str, ...]] = {
    "price": ("worth", "valued", "price", "cost"),
    "fine": ("fine", "penalt"),
    "assets": ("seiz", "assets", "confiscat"),
    "funds": ("pledg", "fund", "compensat"),
}

MAGNITUDE_WORDS: tuple[str, ...] = ("magnitude",)
QUAKE_NOUNS: tuple[str, ...] = ("quake", "earthquake", "temblor", "tremor", "quakes")

LOWER_BOUNDS: tuple[str, ...] = (
    "more than", "over", "at least", "above", "in excess of", "upwards of", "no fewer than",
    "climbed above", "exceeded",
)  # fmt: skip
UPPER_BOUNDS: tuple[str, ...] = (
    "less than",
    "fewer than",
    "under",
    "up to",
    "at most",
    "no more than",
)

APPROXIMATE_NUMBERS: dict[str, float] = {}

# Plural numbers that say "at least this many": "hundreds of buildings", "dozens of cars".
VAGUE_PLURALS: tuple[str, ...] = ("tens", "dozens", "hundreds", "thousands", "millions")

ARTICLES: tuple[str, ...] = ()
NUMBER_OF: tuple[str, ...] = ()
