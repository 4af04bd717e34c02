"""English time-zone words the diff reads around a clock time (beyond the temporal tagger's
ZONE_PHRASES): 'local' is the zone of the place the story happens in."""

ZONE_WORDS: dict[str, str] = {
    "local time": "local", "local": "local", "italian time": "Europe/Rome",
    "uk time": "Europe/London", "us eastern": "America/New_York",
}  # fmt: skip
