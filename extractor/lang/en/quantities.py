"""English quantity data: units, multipliers and words that are never counted nouns."""

# surface (lower-case) -> (canonical unit, kind)
UNITS: dict[str, tuple[str, str]] = {
    "km": ("km", "distance"), "kilometers": ("km", "distance"), "kilometres": ("km", "distance"),
    "kilometer": ("km", "distance"), "kilometre": ("km", "distance"),
    "miles": ("mi", "distance"), "mile": ("mi", "distance"), "mi": ("mi", "distance"),
    "m": ("m", "distance"), "meters": ("m", "distance"), "metres": ("m", "distance"),
    "meter": ("m", "distance"), "metre": ("m", "distance"),
    "feet": ("ft", "distance"), "ft": ("ft", "distance"),
    "kg": ("kg", "weight"), "kilograms": ("kg", "weight"), "kilos": ("kg", "weight"),
    "pounds": ("lb", "weight"), "lbs": ("lb", "weight"), "lb": ("lb", "weight"),
    "tons": ("t", "weight"), "tonnes": ("t", "weight"),
    "%": ("%", "percent"), "percent": ("%", "percent"), "per cent": ("%", "percent"),
    "dollars": ("USD", "money"), "$": ("USD", "money"), "euros": ("EUR", "money"),
    "€": ("EUR", "money"), "rubles": ("RUB", "money"), "roubles": ("RUB", "money"),
    "mph": ("mph", "speed"), "km/h": ("km/h", "speed"),
    "degrees": ("°", "temperature"), "°c": ("°C", "temperature"), "°f": ("°F", "temperature"),
}  # fmt: skip

MULTIPLIERS: dict[str, float] = {
    "dozen": 12, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
}  # fmt: skip

OF = ("of",)

NOT_NOUNS: frozenset[str] = frozenset(
    {
        "new", "other", "more", "first", "last", "alleged", "former", "additional", "further",
        "have", "has", "had", "after", "struck", "hit", "who", "which", "into", "onto", "of",
        "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "the",
        "is", "are", "was", "were", "that", "than", "per", "times", "points", "years", "year",
        "percent", "against", "but", "as", "p.m", "a.m", "am", "pm",
    }
)  # fmt: skip

# Endings of verb forms, never a counted noun ("tre resteranno"); the measure vocabulary's own
# words ("killed", "feriti") are counted whatever their ending.
VERB_ENDINGS: tuple[str, ...] = ("ing",)

# "60-70 km" is written with a dash in every language; these words join a range's ends too
# ("10 to 20 people", "da 10 a 20 persone").
RANGE_LINKS: tuple[str, ...] = ("to",)
# "between 10 and 20": the joining word of a range opened by these.
RANGE_OPENERS: tuple[str, ...] = ("between",)
RANGE_AND: tuple[str, ...] = ("and",)
