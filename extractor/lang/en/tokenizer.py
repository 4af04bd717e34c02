"""English tokenizer tweaks.

spaCy's English infixes split a hyphen between letters ("Anne-Gaelle" -> Anne / - / Gaelle).
The shipped NER learnt from CoNLL-2003 and WikiNEuRal, where a hyphenated word is one token, so
split hyphens put words the model never saw in front of it and cut names in two ("Anne" and
"Gaelle Sidot", "Chester" of "Chester-le-Street"). We keep a single hyphen inside the word, as the
training data does; dashes (–, —, --) and "~" still split.
"""

from __future__ import annotations

from spacy.lang.char_classes import ALPHA
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex

__all__ = ["customize_tokenizer"]

_SPACY_HYPHEN_RULE = "(?:-|–|—|--|---|——|~)(?=["
_DASH_RULE = rf"(?<=[{ALPHA}0-9])(?:–|—|--|---|——|~)(?=[{ALPHA}])"
_TRAILING_HYPHEN = rf"(?<=[{ALPHA}])-"


def customize_tokenizer(nlp: Language) -> None:
    """Swap spaCy's letter-hyphen-letter infix for one that leaves single hyphens (idempotent)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # a custom tokenizer: leave it alone
        return
    defaults = [str(p) for p in (nlp.Defaults.infixes or [])]
    infixes = [p for p in defaults if _SPACY_HYPHEN_RULE not in p]
    if len(infixes) == len(defaults):  # pragma: no cover - spaCy changed its rule
        raise RuntimeError("spaCy English hyphen infix not found; update the tokenizer patch")
    infixes.append(_DASH_RULE)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # ... but a hyphen closing a word ('Dominic Nitiwul- Defence' in a list) is no part of it
    suffixes = [str(p) for p in (nlp.Defaults.suffixes or [])]
    if _TRAILING_HYPHEN not in suffixes:
        suffixes.append(_TRAILING_HYPHEN)
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
