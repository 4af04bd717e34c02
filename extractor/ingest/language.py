"""Language identification with py3langid (a PyPI identifier, deterministic and fast)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..errors import UnsupportedLanguageError
from ..lang import supported_languages

__all__ = ["detect_language"]

# Texts shorter than this carry too little signal to trust the identifier's first choice.
_MIN_CHARS = 20


@cache
def _identifier() -> Any:
    # A private identifier, so that a user's own py3langid.set_languages() does not affect us.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """The article's language code among the supported ones, or UnsupportedLanguageError."""
    supported = supported_languages()
    sample = text[:5000]
    ident = _identifier()
    ranked = ident.rank(sample)
    best = ranked[0][0]
    if best in supported:
        return str(best)
    if len(sample.strip()) < _MIN_CHARS:
        # Too short to rule a supported language out: take the likeliest supported one.
        return str(next(code for code, _ in ranked if code in supported))
    raise UnsupportedLanguageError(
        f"the text looks like {best!r}, which extractor does not support "
        f"(supported: {', '.join(supported)}); pass --lang to force one"
    )
