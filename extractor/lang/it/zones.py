"""Italian time-zone words the diff reads around a clock time (beyond the temporal tagger's
ZONE_PHRASES): 'local' is the zone of the place the story happens in."""

ZONE_WORDS: dict[str, str] = {
    "ora italiana": "Europe/Rome", "italiane": "Europe/Rome", "italiana": "Europe/Rome",
    "in italia": "Europe/Rome", "ora locale": "local", "locali": "local", "ora di greenwich": "UTC",
}  # fmt: skip
