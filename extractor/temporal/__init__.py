"""Temporal tagging: dates, times, sets, intervals, durations and ages with exact offsets.

`tag(text, lang, anchor, convention="news")` is the public entry point (the anchor is a date or
a datetime; `convention="assistant"` switches to the readings of scheduling assistants, see
`tag`); `component.py` wraps it as the spaCy factory `extractor_temporal`.
"""

from .tagger import tag
from .types import Timex

__all__ = ["tag", "Timex"]
