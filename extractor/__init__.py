"""extractor: who, where, when and for how long in Italian and English news articles.

>>> from extractor import extract
>>> record = extract("Ieri a Roma il ministro Mario Rossi...", published="2021-10-06")
"""

from .api import extract, extract_article, extract_file
from .compare import Diff, diff
from .errors import (
    ExtractorError,
    InputError,
    ModelError,
    UnsupportedLanguageError,
    UsageError,
)
from .record import Record
from .tables import table
from .version import __version__

__all__ = [
    "Diff",
    "ExtractorError",
    "InputError",
    "ModelError",
    "Record",
    "UnsupportedLanguageError",
    "UsageError",
    "__version__",
    "diff",
    "extract",
    "extract_article",
    "extract_file",
    "table",
]
