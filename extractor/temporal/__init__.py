"""Temporal tagging: dates, times, sets, intervals, durations and ages with exact offsets.

`tag(text, lang, anchor)` is the public entry point; `component.py` wraps it as the spaCy
factory `extractor_temporal`.
"""

from .tagger import tag
from .types import Timex

__all__ = ["tag", "Timex"]
