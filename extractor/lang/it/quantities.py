"""Italian quantity data: units, multipliers and words that are never counted nouns."""

# surface (lower-case) -> (canonical unit, kind)
UNITS: dict[str, tuple[str, str]] = {
    "km": ("km", "distance"), "chilometri": ("km", "distance"), "chilometro": ("km", "distance"),
    "m": ("m", "distance"), "metri": ("m", "distance"), "metro": ("m", "distance"),
    "cm": ("cm", "distance"), "centimetri": ("cm", "distance"),
    "miglia": ("mi", "distance"),
    "kg": ("kg", "weight"), "chili": ("kg", "weight"), "chilo": ("kg", "weight"),
    "chilogrammi": ("kg", "weight"), "g": ("g", "weight"), "grammi": ("g", "weight"),
    "tonnellate": ("t", "weight"), "tonnellata": ("t", "weight"),
    "%": ("%", "percent"), "per cento": ("%", "percent"), "percento": ("%", "percent"),
    "euro": ("EUR", "money"), "€": ("EUR", "money"), "dollari": ("USD", "money"),
    "$": ("USD", "money"), "rubli": ("RUB", "money"),
    "km/h": ("km/h", "speed"), "chilometri orari": ("km/h", "speed"),
    "gradi": ("°", "temperature"), "°c": ("°C", "temperature"),
}  # fmt: skip

# Written after a number, they multiply it: "3mila", "2 milioni".
MULTIPLIERS: dict[str, float] = {
    "dozzine": 12, "mila": 1e3, "mille": 1e3, "milioni": 1e6, "milione": 1e6,
    "miliardi": 1e9, "miliardo": 1e9,
}  # fmt: skip

# Joins a multiplier or unit to a counted noun: "3 milioni di persone".
OF = ("di", "d'", "d’")

# Words after a number that are not what it counts.
NOT_NOUNS: frozenset[str] = frozenset(
    {
        "cui", "nuovi", "nuove", "primi", "prime", "ultimi", "ultime", "soli", "sole", "diversi",
        "vari", "tanti", "pochi", "molti", "loro", "dopo", "anche", "ancora", "sarebbero",
        "a", "e", "o", "di", "da", "in", "con", "su", "per", "tra", "fra", "il", "lo", "la", "i",
        "gli", "le", "un", "una", "del", "della", "dei", "delle", "che", "non", "è", "sono",
        "anni", "anno", "volte", "volta", "punti", "contro", "ed", "mentre", "ma",
    }
)  # fmt: skip

# Endings of verb forms, never a counted noun ("tre resteranno"); the measure vocabulary's own
# words ("killed", "feriti") are counted whatever their ending.
VERB_ENDINGS: tuple[str, ...] = (
    "ano",
    "ono",
    "anno",
    "ebbe",
    "ando",
    "endo",
    "isce",
    "ava",
    "eva",
    "rono",
)

# "60-70 km" is written with a dash in every language; these words join a range's ends too
# ("10 to 20 people", "da 10 a 20 persone").
RANGE_LINKS: tuple[str, ...] = ("a",)
# "between 10 and 20": the joining word of a range opened by these.
RANGE_OPENERS: tuple[str, ...] = ("tra", "fra")
RANGE_AND: tuple[str, ...] = ("e",)
