"""Language data, one folder per language, in the manner of spacy/lang/<code>/.

Each folder is a package `extractor.lang.<code>` with modules named after the concept they
hold (`temporal`, `roles`, `events`, `tokenizer`, ...). Adding a language means adding a folder;
`supported_languages()` discovers them.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType

from ..errors import UnsupportedLanguageError

__all__ = ["supported_languages", "require_language", "load_lang_module"]


@cache
def supported_languages() -> tuple[str, ...]:
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg))


def require_language(lang: object) -> str:
    """`lang` itself when it is a supported language code, else UnsupportedLanguageError."""
    if not isinstance(lang, str) or lang not in supported_languages():
        raise UnsupportedLanguageError(
            f"unsupported language {lang!r} (supported: {', '.join(supported_languages())})"
        )
    return lang


def load_lang_module(lang: str, concept: str) -> ModuleType:
    """Import `extractor.lang.<lang>.<concept>`, e.g. ('it', 'temporal')."""
    require_language(lang)
    return importlib.import_module(f"{__name__}.{lang}.{concept}")
