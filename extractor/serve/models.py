"""Loading every language's pipeline once per worker, before it accepts requests."""

from __future__ import annotations

from typing import Any

__all__ = ["load_models"]

# A line each pipeline stage has something to do with (a name, a place, a date, a number), so
# that lazily loaded data (gazetteers, dateparser's tables, the HTML extractor) is read now and
# not on a client's first request.
_WARM_UP = "Roma, 5 ottobre 2021 - Mario Rossi visited London on 6 October 2021 for 12 days."
_WARM_UP_HTML = (
    "<html><head><title>t</title></head><body><article><p>"
    + _WARM_UP
    + "</p></article></body></html>"
)


def load_models(model: str | None = None) -> dict[str, dict[str, Any]]:
    """Load and warm up the pipeline of each supported language; what /health reports."""
    from ..api import extract_article
    from ..ingest import article_from_html, article_from_text, detect_language
    from ..lang import supported_languages
    from ..pipeline import get_nlp

    loaded: dict[str, dict[str, Any]] = {}
    for lang in supported_languages():
        nlp = get_nlp(lang, model)
        extract_article(article_from_text(_WARM_UP, lang=lang), model=model)
        meta = nlp.meta
        loaded[lang] = {
            "model": str(meta.get("name", "")),
            "version": str(meta.get("version", "")),
            "pipes": list(nlp.pipe_names),
        }
    detect_language(_WARM_UP)  # its identifier is read on first use
    article_from_html(_WARM_UP_HTML, lang=supported_languages()[0])
    return loaded
