"""Numbers written in digits, shared by the temporal and quantity taggers.

Italian writes 3,5 and 3.000; English 3.5 and 3,000: the decimal symbol of each language comes
from CLDR (babel). Numbers in words go through text2num in the taggers themselves.
"""

from __future__ import annotations

import re
from functools import cache

from babel.numbers import get_decimal_symbol

from .lang import load_lang_module

__all__ = ["decimal_comma", "multipliers", "of_words", "parse_digits"]


@cache
def decimal_comma(lang: str) -> bool:
    return get_decimal_symbol(lang) == ","


@cache
def multipliers(lang: str) -> dict[str, float]:
    """'million' -> 1e6, 'mila' -> 1e3: the words that scale a number written before them."""
    table = load_lang_module(lang, "quantities").MULTIPLIERS
    return {k.lower(): float(v) for k, v in table.items()}


@cache
def of_words(lang: str) -> tuple[str, ...]:
    """The words joining a multiplier to what it counts: 'di' in '3 milioni di anni'."""
    return tuple(w.lower() for w in load_lang_module(lang, "quantities").OF)


@cache
def _patterns(comma: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    thousands, decimal = (".", ",") if comma else (",", ".")
    return (
        re.compile(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+"),
        re.compile(rf"\d+(?:\{decimal}\d+)?"),
    )


def parse_digits(token: str, lang: str) -> float | None:
    """'3,000' (en) / '3.000' (it) -> 3000; '3.5' (en) / '3,5' (it) -> 3.5; else None."""
    grouped, plain = _patterns(decimal_comma(lang))
    if grouped.fullmatch(token):
        return float(re.sub(r"\D", "", token))
    if plain.fullmatch(token):
        return float(token.replace(",", "."))
    return None
