"""Italian tokenizer tweaks.

spaCy's Italian infix rule splits after *any* apostrophe that follows a letter, which is right
for elisions (l'attrice, dell'agenzia, un'esperienza) but cuts transliterated and foreign names
in two (Peresil'd -> Peresil' + d, O'Brien -> O' + Brien, D'Alema -> D' + Alema). We replace that
one rule with a closed list of Italian elided forms: Italian elision is a small, closed class of
function words, while names with an internal apostrophe are an open class.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

__all__ = ["ELIDED_FORMS", "customize_tokenizer"]

APOSTROPHES = "'’"

# Words that are written elided before a vowel (lower case). Single letters included: l' c' d'
# m' t' s' v' n' ('c'è', 'd'oro', 'm'ha'). Kept here because they are Italian grammar.
ELIDED_FORMS: tuple[str, ...] = (
    "l", "gl", "un", "c", "d", "m", "t", "s", "v", "n", "ch",
    "dell", "all", "dall", "nell", "sull", "coll", "pell", "tra", "fra",
    "quell", "quest", "bell", "sant", "sott", "tutt", "nessun", "alcun", "ciascun",
    "qualcun", "cent", "mezz", "senz", "com", "dov", "buon", "grand", "qual",
    "anch", "dev", "neanch", "nemmen", "quand",
)  # fmt: skip

# A capitalised single letter before a capitalised word is a name prefix (O'Brien, D'Alema,
# D'Annunzio), not an elision; only L' is so common as an article that it always splits
# (L'Aquila, L'Italia).
_SINGLE_LETTER_NAME_PREFIXES = frozenset("dDoO")


def _elision_infix() -> str:
    """One regex alternative per elided form, so each lookbehind is fixed-width."""
    alternatives: list[str] = []
    for form in ELIDED_FORMS:
        variants = {form, form.capitalize(), form.upper()}
        for v in sorted(variants):
            for ap in APOSTROPHES:
                look = f"(?<=^{re.escape(v + ap)})"
                if len(v) == 1 and v in _SINGLE_LETTER_NAME_PREFIXES and v.isupper():
                    # D'altra (elision) splits, D'Alema (name) does not.
                    alternatives.append(look + r"(?=[^\W\d_])(?=[a-zà-ÿ])")
                else:
                    alternatives.append(look + r"(?=[^\W_\"])")
    return "|".join(alternatives)


_SPACY_ELISION_RULE = "][{el}])(?=".format(el="'’")


def customize_tokenizer(nlp: Language) -> None:
    """Swap spaCy's catch-all elision infix for the closed-list one (idempotent)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # a custom tokenizer: leave it alone
        return
    defaults = [str(p) for p in (nlp.Defaults.infixes or [])]
    infixes = [p for p in defaults if _SPACY_ELISION_RULE not in p]
    if len(infixes) == len(defaults):  # pragma: no cover - spaCy changed its rule
        raise RuntimeError("spaCy Italian elision infix not found; update the tokenizer patch")
    infixes.append(_elision_infix())
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
