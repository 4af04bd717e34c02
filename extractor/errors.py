"""The exception tree. Everything the library raises on purpose derives from ExtractorError.

The CLI maps UsageError/InputError to exit code 2 with a one-line message.
"""

from __future__ import annotations

__all__ = [
    "ExtractorError",
    "UsageError",
    "InputError",
    "UnsupportedLanguageError",
    "ModelError",
]


class ExtractorError(Exception):
    """Base class of all errors raised by extractor."""


class UsageError(ExtractorError):
    """The caller asked for something that cannot be done (bad option, bad combination)."""


class InputError(ExtractorError):
    """An input article or record cannot be read or understood."""


class UnsupportedLanguageError(InputError):
    """The article's language is not one extractor has language data for."""


class ModelError(ExtractorError):
    """A spaCy pipeline could not be loaded or lacks what extractor needs."""
