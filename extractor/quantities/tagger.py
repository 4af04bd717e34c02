"""Quantities a story turns on: distances, weights, money, percentages, magnitudes and counts.

"408km" (distance), "15 kg" (weight), "circa 3mila attrici" (count of attrici, approximate),
"magnitudo 7,9" (magnitude), "oltre 1.300 morti" (count of the dead, at least 1,300). Number
words go through text2num ("tremila", "three thousand"). Dates, durations and ages are the
temporal tagger's: spans it claimed are skipped here.

A count needs a countable noun: the noun after the number ("35 morti"), after an Italian
inverted article ("912 le persone morte", "5.385 i feriti"), or — for a number standing alone
("sono 37", "injuring 15", "rose to 211") — a word of the measure vocabulary in its clause.
What each quantity measures is `measure` (see `measures.py`).
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
from .measures import Token, count_measure, measure_of, measure_vocabulary

__all__ = ["Quantity", "tag_quantities"]


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str  # canonical unit ('km', 'kg', '%', 'EUR', 'M') or the counted noun ('attrici')
    kind: str  # 'distance', 'weight', 'money', 'percent', 'magnitude', 'count'...
    approximate: bool = False
    bound: str | None = None  # 'lower' ("oltre 1.300"), 'upper' ("less than 12")
    measure: str | None = None  # what it measures: 'dead', 'injured', 'height', 'magnitude'...
    end_value: float | None = None  # a range: "60-70 km", "between 10 and 20 people"


_CURRENCY_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9}

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
    lower: tuple[tuple[str, ...], ...]
    upper: tuple[tuple[str, ...], ...]
    approximate_numbers: dict[str, float]
    articles: frozenset[str]
    number_of: frozenset[str]
    magnitude_words: frozenset[str]
    quake_nouns: frozenset[str]
    verb_endings: tuple[str, ...]
    range_links: frozenset[str]
    range_openers: frozenset[str]
    vague: frozenset[str]
    range_and: frozenset[str]


def _phrases(items: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    # Longest first, so "sono almeno" wins over "almeno".
    return tuple(sorted((tuple(p.lower().split()) for p in items), key=len, reverse=True))


@cache
def _data(lang: str) -> _Data:
    q = load_lang_module(lang, "quantities")
    t = load_lang_module(lang, "temporal")
    m = load_lang_module(lang, "measures")
    return _Data(
        units={k.lower(): v for k, v in q.UNITS.items()},
        unit_words=max(len(k.split()) for k in q.UNITS),
        multipliers=dict(q.MULTIPLIERS),
        of=tuple(q.OF),
        not_nouns=q.NOT_NOUNS,
        approximators=_phrases(t.APPROXIMATORS),
        lower=_phrases(m.LOWER_BOUNDS),
        upper=_phrases(m.UPPER_BOUNDS),
        approximate_numbers={k: float(v) for k, v in m.APPROXIMATE_NUMBERS.items()},
        articles=frozenset(m.ARTICLES),
        number_of=frozenset(m.NUMBER_OF),
        magnitude_words=frozenset(m.MAGNITUDE_WORDS),
        quake_nouns=frozenset(m.QUAKE_NOUNS),
        verb_endings=tuple(q.VERB_ENDINGS),
        range_links=frozenset(q.RANGE_LINKS),
        range_openers=frozenset(q.RANGE_OPENERS),
        vague=frozenset(m.VAGUE_PLURALS),
        range_and=frozenset(q.RANGE_AND),
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


def _digits(token: str, lang: str) -> float | None:
    """Digits as the language writes them; a decimal written the other language's way ("7.5" in
    an Italian text) is still a decimal, as thousands are always grouped by three."""
    value = parse_digits(token, lang)
    if value is None and re.fullmatch(r"\d+[.,]\d{1,2}", token):
        value = float(token.replace(",", "."))
    return value


class _Scan:
    """The tokens of a text, the spans other taggers claimed, and the lookups on them."""

    def __init__(self, text: str, lang: str, taken: Sequence[tuple[int, int]]) -> None:
        self.text, self.lang, self.data = text, lang, _data(lang)
        self.tokens: list[Token] = [(m.start(), m.end(), m[0]) for m in _WORD.finditer(text)]
        self.lowered = [t[2].lower() for t in self.tokens]
        blocked = sorted(taken)
        self._starts = [s for s, _ in blocked]
        self._reach = list(accumulate((e for _, e in blocked), max))

    def taken(self, start: int, end: int) -> bool:
        # Some span starting before `end` reaches past `start`: one bisection, not a scan of
        # every date (a long article has thousands, and this runs at every token).
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start

    def gap(self, a: int, b: int) -> str:
        """The text between token a and token b."""
        return self.text[self.tokens[a][1] : self.tokens[b][0]]

    def before(self, i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
        return any(i - len(p) >= 0 and tuple(self.lowered[i - len(p) : i]) == p for p in phrases)


def _number(s: _Scan, i: int) -> tuple[float | None, int, str | None, bool]:
    """(value, index after it, glued suffix, approximate numeral) of a number at token i."""
    word = s.tokens[i][2]
    glued = re.fullmatch(r"(\d+(?:[.,]\d+)*)([^\W\d_]+|%)", word)
    if glued:
        return _digits(glued[1], s.lang), i + 1, glued[2].lower(), False
    if word[0].isdigit():
        if i > 0 and s.gap(i - 1, i) in {"-", "/"}:
            return None, i + 1, None, False  # "MS-19", "10/06"
        return _digits(word, s.lang), i + 1, None, False
    # "una decina di dispersi", "una quindicina i feriti": approximate numbers in words.
    lowered = s.lowered
    if lowered[i] in {"un", "una"} and i + 1 < len(lowered):
        if (value := s.data.approximate_numbers.get(lowered[i + 1])) is not None:
            return value, i + 2, None, True
    if (number := _words(lowered[i], s.lang)) is not None:
        # Only a word that is a number by itself can start a longer one ("three thousand").
        for k in range(min(i + 4, len(s.tokens)), i + 1, -1):
            value = _words(" ".join(lowered[i:k]), s.lang)
            if value is not None:
                return value, k, None, False
        return number, i + 1, None, False
    return None, i + 1, None, False


def _magnitude(s: _Scan, i: int, j: int, number: float) -> int | None:
    """The end token of a magnitude at tokens i..j ("magnitudo M 7,9", "7.8 magnitude",
    "a 7.8 quake"), or None when the number is no magnitude."""
    d = s.data
    k = i - 1
    while k >= 0 and s.lowered[k] in {"m", "di", "of", "pari", "a"} and i - k <= 2:
        k -= 1
    if k >= 0 and s.lowered[k] in d.magnitude_words:
        return j
    if j < len(s.tokens) and s.lowered[j] in d.magnitude_words:
        return j + 1
    if not number.is_integer() and j < len(s.tokens) and s.lowered[j] in d.quake_nouns:
        return j
    return None


def _countable(s: _Scan, k: int) -> bool:
    """Whether token k is a noun a number can count ("morti", "aftershocks"; not "nuovi",
    "resteranno", "after")."""
    noun = s.tokens[k][2]
    word = s.lowered[k]
    gap = s.gap(k - 1, k) if k > 0 else ""
    if (gap and not gap.isspace()) or not noun.isalpha() or not noun.islower() or len(noun) < 3:
        return False
    if word in s.data.not_nouns or s.taken(s.tokens[k][0], s.tokens[k][1]):
        return False
    if count_measure(word, s.lang) is not None:
        return True  # "feriti", "killed", "injured": the vocabulary's own words are counted
    return not word.endswith(s.data.verb_endings)


def _counted_noun(s: _Scan, j: int) -> int | None:
    """The token of the noun a number ending before token j counts, if any."""
    d, n = s.data, len(s.tokens)
    k = j + 1 if j < n and s.lowered[j] in d.of else j
    if k < n and s.lowered[k] in d.articles and k == j:
        k += 1  # "912 le persone morte", "5.385 i feriti"
        if k < n and s.lowered[k] in d.number_of:
            k += 1  # "912 il numero dei morti"
            while k < n and (s.lowered[k] in d.of or s.lowered[k].startswith("de")) and k < j + 4:
                k += 1
    if k < n and _countable(s, k):
        return k
    return None


def _range_end(s: _Scan, i: int, j: int) -> tuple[float | None, int]:
    """'60-70 km', '10 to 20 people', 'between 10 and 20': the upper end of a range of the
    number on tokens i..j-1, and the index after it."""
    n, d = len(s.tokens), s.data
    if j < n and s.tokens[j][2][0].isdigit() and s.gap(j - 1, j) in {"-", "–"}:
        return _digits(s.tokens[j][2], s.lang), j + 1
    links = d.range_links | (
        d.range_and if i > 0 and s.lowered[i - 1] in d.range_openers else set()
    )
    if j + 1 < n and s.lowered[j] in links and s.tokens[j + 1][2][0].isdigit():
        return _digits(s.tokens[j + 1][2], s.lang), j + 2
    return None, j


def _unit(s: _Scan, i: int, j: int, suffix: str | None) -> tuple[tuple[str, str] | None, int, int]:
    """(unit, index after it, start offset) of the quantity whose number ends before j."""
    d, n = s.data, len(s.tokens)
    start = s.tokens[i][0]
    if suffix is not None:
        return d.units.get(suffix), j, start
    if j < n and s.gap(j - 1, j) == "-" and s.lowered[j] in d.units:
        return d.units[s.lowered[j]], j + 1, start  # "a 200-metre section"
    for width in range(d.unit_words, 0, -1):
        words = " ".join(s.lowered[j : j + width])
        if j + width <= n and words in d.units:
            return d.units[words], j + width, start
    if i > 0 and s.tokens[i - 1][2] in {"$", "€"}:
        return d.units[s.tokens[i - 1][2]], j, s.tokens[i - 1][0]
    return None, j, start


def _bound(s: _Scan, i: int) -> str | None:
    if s.before(i, s.data.lower):
        return "lower"
    if s.before(i, s.data.upper):
        return "upper"
    return None


def _one(s: _Scan, i: int) -> tuple[Quantity | None, int]:
    """The quantity starting at token i, and the token to go on from."""
    d = s.data
    number, j, suffix, approximate = _number(s, i)
    if number is None or s.taken(s.tokens[i][0], s.tokens[j - 1][1]):
        return None, i + 1
    start = s.tokens[i][0]
    if suffix is None and (m_end := _magnitude(s, i, j, number)) is not None:
        q_end = s.tokens[m_end - 1][1]
        return _make(s, i, start, q_end, number, ("M", "magnitude"), approximate), m_end
    if suffix in _CURRENCY_SCALE and i > 0 and s.tokens[i - 1][2] in {"$", "€"}:
        number *= _CURRENCY_SCALE[suffix]  # "€500m", "$2bn": the money convention of news
        suffix = None
    elif suffix in d.multipliers:
        number *= d.multipliers[suffix]
        suffix = None
    elif j < len(s.tokens) and s.lowered[j] in d.multipliers and s.gap(j - 1, j).isspace():
        number *= d.multipliers[s.lowered[j]]
        j += 1
    end_value, after = _range_end(s, i, j)
    if end_value is not None:
        j = after
    unit, j, start = _unit(s, i, j, suffix)
    if unit is None and suffix is not None:
        return None, i + 1
    if unit is None:
        if number.is_integer() and 1900 <= number <= 2100:
            return None, j  # years are the temporal tagger's business
        if not number.is_integer():
            return None, j  # a count is of whole things: "7.5 after" counts nothing
        k = _counted_noun(s, j) if j < len(s.tokens) and s.gap(j - 1, j).isspace() else None
        if k is not None:
            unit, j = (s.tokens[k][2], "count"), k + 1
        else:
            alone = count_measure_near(s, i, j)
            if alone is None:
                return None, j  # a count needs a countable noun
            unit = (alone, "count")
    q = _make(s, i, start, s.tokens[j - 1][1], number, unit, approximate, end_value)
    return q, j


def count_measure_near(s: _Scan, i: int, j: int) -> str | None:
    """What a number standing alone counts, from the measure words of its clause."""
    return measure_of(s.tokens, s.lowered, s.text, i, j, "count", None, s.lang)


def _make(
    s: _Scan,
    i: int,
    start: int,
    end: int,
    value: float,
    unit: tuple[str, str],
    approximate: bool,
    end_value: float | None = None,
) -> Quantity:
    bound = _bound(s, i if start == s.tokens[i][0] else i - 1)
    if s.lowered[i] in s.data.vague or (
        i + 1 < len(s.lowered) and s.lowered[i + 1] in s.data.vague
    ):
        bound, approximate = bound or "lower", True  # "hundreds of buildings": at least 100
    approximate = approximate or s.before(i, s.data.approximators)
    k = i
    while k < len(s.tokens) and s.tokens[k][1] <= end:
        k += 1
    noun = unit[0] if unit[1] == "count" else None
    measure = measure_of(s.tokens, s.lowered, s.text, i, k, unit[1], noun, s.lang)
    return Quantity(
        start=start,
        end=end,
        text=s.text[start:end],
        value=value,
        unit=unit[0],
        kind=unit[1],
        approximate=approximate,
        bound=bound,
        measure=measure,
        end_value=end_value,
    )


def tag_quantities(text: str, lang: str, taken: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Quantities in `text`, skipping the (start, end) spans in `taken`."""
    measure_vocabulary(lang)  # fail early on a language without one
    s = _Scan(text, lang, taken)
    found: list[Quantity] = []
    i = 0
    while i < len(s.tokens):
        q, i = _one(s, i)
        if q is not None:
            found.append(q)
    return found
