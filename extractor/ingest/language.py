"""Language identification with py3langid (a PyPI identifier, deterministic and fast)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..errors import UnsupportedLanguageError
from ..lang import supported_languages

__all__ = ["detect_language"]

# Texts shorter than this carry too little signal to trust the identifier's first choice.
_MIN_CHARS = 20

# py3langid knows close varieties of our languages (Nigerian Pidgin 'pcm' next to English,
# Ligurian or Venetian next to Italian) and ranks them first on short or name-heavy news text:
# 'On 5 October 2021 Anton Shkaplerov flew to Moscow...' scores pcm 0.63, en 0.36. A supported
# language still this likely is a real contender; for a text in an unrelated language (German,
# Spanish, French) the supported ones score ~0.
_CONTENDER = 0.1


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
    code, prob = next((c, p) for c, p in ranked if c in supported)
    if prob >= _CONTENDER:
        return str(code)
    if len(sample.strip()) < _MIN_CHARS:
        # Too short to rule a supported language out: take the likeliest supported one.
        return str(code)
    raise UnsupportedLanguageError(
        f"the text looks like {best!r}, which extractor does not support "
        f"(supported: {', '.join(supported)}); pass --lang to force one"
    )
