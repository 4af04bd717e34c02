"""English event lexicon: which words name which event slot.

Entries are lower-case stems matched at the start of a token ("launch" -> launched,
launches). Slot names are language-independent.
"""

EVENT_STEMS: dict[str, tuple[str, ...]] = {
    "launch": ("launch", "liftoff", "lift-off", "depart", "take-off", "takeoff"),
    "landing": ("land", "touchdown", "splashdown", "return"),
    "docking": ("dock",),
    "arrival": ("arriv", "reach"),
    "stay": ("spend", "spent", "stay"),
    "filming": ("shoot", "shot", "filming", "footage"),
    "announcement": ("announc", "said", "statement"),
    "release": ("release", "premiere"),
    # News events of every kind: disasters, crime and justice.
    "collapse": ("collaps",),
    "quake": ("quake", "earthquake", "temblor", "tremor"),
    "arrest": ("arrest", "captur"),
    "death": ("killing", "murder", "assassinat"),
    "sentence": ("sentenc", "convict"),
    "attack": ("attack", "bombing"),
    "explosion": ("explo",),
    "fire": ("fire", "blaze"),
    "flood": ("flood",),
    "fugitive": ("fugitive", "manhunt"),
}

# Multi-word event expressions, matched on lower-cased token sequences.
EVENT_PHRASES: dict[str, tuple[str, ...]] = {
    # "12 ore fa" / "12 hours ago" is the time elapsed until the writing, not an event's length.
    "elapsed": ("ago",),
    "launch": (
        "took off",
        "take off",
        "takes off",
        "taking off",
        "lift off",
        "lifted off",
        "blast off",
        "blasted off",
        "blasts off",
    ),
    "landing": ("touched down", "touch down"),
    "collapse": ("gave way", "came down", "fell down"),
    "fugitive": ("on the run", "in hiding"),
}

STOP_TOKENS: frozenset[str] = frozenset({"landscape", "landmark", "landmarks", "shotgun"})

# Words before a fact that make it planned rather than done: "docking is scheduled for
# 14:12", "the flight will take three hours", "due to land on 17 October".
PLANNED_CUES: tuple[str, ...] = (
    "scheduled", "planned", "expected", "due to", "set to", "slated", "will", "is to", "are to",
    "would", "planning", "plans to", "aims to",
)  # fmt: skip

# Which occurrence of an event a sentence tells about, when a story has several ("the second
# quake", "the first shock"): an ordinal counts only before an event word a few words on.
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3}
# Nouns that name an occurrence of any event, beside the event words of EVENT_STEMS.
OCCURRENCE_NOUNS: tuple[str, ...] = ("event", "shock", "jolt", "incident")
# Phrases that turn back to the occurrence before the one being told.
EARLIER_CUES: tuple[str, ...] = ("the previous", "the earlier", "the prior")
# Words right after an ordinal that make it no adjective ("the first of", "first the quake").
ORDINAL_STOPS: frozenset[str] = frozenset({"of", "the", "a", "an", "to", "time", "in", "at"})
