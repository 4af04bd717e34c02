"""Quantities a story turns on: distances, weights, money, percentages and counts.

"408km" (distance), "15 kg" (weight), "circa 3mila attrici" (count of attrici, approximate).
Number words go through text2num ("tremila", "three thousand"). Dates, durations and ages are
the temporal tagger's: spans it claimed are skipped here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

from text_to_num import text2num

from ..lang import load_lang_module
from ..numerals import parse_digits

__all__ = ["Quantity", "tag_quantities"]


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str  # canonical unit ('km', 'kg', '%', 'EUR') or the counted noun ('attrici')
    kind: str  # 'distance', 'weight', 'money', 'percent', 'speed', 'temperature', 'count'
    approximate: bool = False


# Digits keep a glued unit or multiplier with them ("408km", "3mila", "45%").
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d+(?:[.,]\d+)*(?:[^\W\d_]+|%)?|[%€$°]", re.UNICODE)


@dataclass(frozen=True)
class _Data:
    units: dict[str, tuple[str, str]]
    unit_words: int  # the longest unit in words ("per cento" = 2)
    multipliers: dict[str, float]
    of: tuple[str, ...]
    not_nouns: frozenset[str]
    approximators: tuple[tuple[str, ...], ...]


@cache
def _data(lang: str) -> _Data:
    q = load_lang_module(lang, "quantities")
    t = load_lang_module(lang, "temporal")
    return _Data(
        units={k.lower(): v for k, v in q.UNITS.items()},
        unit_words=max(len(k.split()) for k in q.UNITS),
        multipliers=dict(q.MULTIPLIERS),
        of=tuple(q.OF),
        not_nouns=q.NOT_NOUNS,
        approximators=tuple(tuple(a.lower().split()) for a in t.APPROXIMATORS),
    )


@lru_cache(maxsize=65536)
def _words(phrase: str, lang: str) -> float | None:
    # Articles alone ("a", "un") are numbers to text2num but almost never a stated quantity.
    if phrase in {"a", "an", "un", "uno", "una", "one"}:
        return None
    try:
        return float(text2num(phrase, lang))
    except ValueError:
        return None


def tag_quantities(text: str, lang: str, taken: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Quantities in `text`, skipping the (start, end) spans in `taken`."""
    data = _data(lang)
    tokens = [(m.start(), m.end(), m[0]) for m in _WORD.finditer(text)]
    lowered = [t[2].lower() for t in tokens]
    blocked = sorted(taken)
    starts = [s for s, _ in blocked]
    reach = list(accumulate((e for _, e in blocked), max))  # furthest end among the first k

    def is_taken(start: int, end: int) -> bool:
        # Some span starting before `end` reaches past `start`: one bisection, not a scan of
        # every date (a long article has thousands, and this runs at every token).
        k = bisect_left(starts, end)
        return k > 0 and reach[k - 1] > start

    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        number: float | None = None
        j = i + 1
        # "408km", "3mila": digits glued to a unit or a multiplier.
        glued = re.fullmatch(r"(\d+(?:[.,]\d+)*)([^\W\d_]+|%)", word)
        suffix = None
        if glued:
            number = parse_digits(glued[1], lang)
            suffix = glued[2].lower()
        elif word[0].isdigit():
            number = parse_digits(word, lang)
            if number is not None and i > 0 and text[tokens[i - 1][1] : start] in {"-", "/"}:
                number = None  # "MS-19", "10/06"
        elif (number := _words(lowered[i], lang)) is not None:
            # Only a word that is a number by itself can start a longer one ("three thousand").
            for k in range(min(i + 4, len(tokens)), i + 1, -1):
                value = _words(" ".join(lowered[i:k]), lang)
                if value is not None:
                    number, j = value, k
                    break
        if number is None or is_taken(start, tokens[j - 1][1]):
            i += 1
            continue
        if suffix in data.multipliers:
            number *= data.multipliers[suffix]
            suffix = None
        elif (
            j < len(tokens)
            and lowered[j] in data.multipliers
            and text[tokens[j - 1][1] : tokens[j][0]].isspace()
        ):
            number *= data.multipliers[lowered[j]]
            j += 1
        unit: tuple[str, str] | None = None
        if suffix is not None:
            unit = data.units.get(suffix)
            if unit is None:
                i += 1
                continue
        else:
            for width in range(data.unit_words, 0, -1):
                words = " ".join(lowered[j : j + width])
                if j + width <= len(tokens) and words in data.units:
                    unit, j = data.units[words], j + width
                    break
            if unit is None and j > 0 and i > 0 and tokens[i - 1][2] in {"$", "€"}:
                unit, start = data.units[tokens[i - 1][2]], tokens[i - 1][0]
        if unit is None:
            # A count: the plain noun that follows ("3mila attrici"), possibly after "di"/"of"
            # when a multiplier came first ("3 milioni di persone").
            k = j + 1 if j < len(tokens) and lowered[j] in data.of else j
            if k >= len(tokens) or number >= 1900 and number <= 2100 and number.is_integer():
                i = j
                continue  # years are the temporal tagger's business
            noun = tokens[k][2]
            gap = text[tokens[k - 1][1] : tokens[k][0]] if k > 0 else ""
            if (
                (gap and not gap.isspace())  # "gravity 0, skydiving"
                or not noun.isalpha()
                or not noun.islower()
                or len(noun) < 3
                or lowered[k] in data.not_nouns
                or is_taken(tokens[k][0], tokens[k][1])
            ):
                i = j
                continue
            unit, j = (noun, "count"), k + 1
        q_end = tokens[j - 1][1]
        approximate = False
        for marker in data.approximators:
            n = len(marker)
            if i - n >= 0 and tuple(lowered[i - n : i]) == marker:
                approximate = True
                break
        found.append(
            Quantity(
                start=start,
                end=q_end,
                text=text[start:q_end],
                value=number,
                unit=unit[0],
                kind=unit[1],
                approximate=approximate,
            )
        )
        i = j
    return found
