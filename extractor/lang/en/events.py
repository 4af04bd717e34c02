"""English event lexicon: which words name which event slot.

Entries are lower-case stems matched at the start of a token ("launch" -> launched,
launches). Slot names are language-independent.
"""

EVENT_STEMS: dict[str, tuple[str, ...]] = {
    "launch": ("launch", "liftoff", "lift-off", "blast", "depart", "take-off", "takeoff"),
    "landing": ("land", "touchdown", "splashdown", "return"),
    "docking": ("dock",),
    "arrival": ("arriv", "reach"),
    "stay": ("spend", "spent", "stay"),
    "filming": ("shoot", "shot", "filming", "footage"),
    "announcement": ("announc", "said", "statement"),
    "release": ("release", "premiere"),
}

# Multi-word event expressions, matched on lower-cased token sequences.
EVENT_PHRASES: dict[str, tuple[str, ...]] = {
    "launch": ("took off", "take off", "takes off", "taking off", "lift off", "lifted off"),
    "landing": ("touched down", "touch down"),
}

STOP_TOKENS: frozenset[str] = frozenset({"landscape", "landmark", "landmarks", "shotgun"})
