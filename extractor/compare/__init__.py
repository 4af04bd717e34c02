"""Compare facts across sources."""

from .engine import diff, load_record_or_article
from .html import render_html
from .model import Diff, DiffSource, EntityRow, Evidence, FactRow
from .render import render_text

__all__ = [
    "Diff",
    "DiffSource",
    "EntityRow",
    "Evidence",
    "FactRow",
    "diff",
    "load_record_or_article",
    "render_html",
    "render_text",
]
