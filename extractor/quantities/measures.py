"""What a number measures, as a slot every language shares ('dead', 'injured', 'height'...).

The shipped pipelines have no parser, so the measure comes from a window of the number's
clause, read with the measure vocabulary of `extractor/lang/<lang>/measures.py`:

- a count of a noun the vocabulary knows is that noun's slot ("35 morti", "15 injured");
- a count of people in general ("persone", "people") takes the slot of the nearest word of what
  happened to them ("912 people had been killed", "quattro persone estratte vive");
- a number standing alone takes the slot of the nearest counted word of its clause ("I feriti
  sono 16", "rose to 211" after "death toll");
- a length is a height, a depth, a length or a distance by the nearest word of that dimension
  ("da un'altezza di 70 metri", "a depth of 7 kilometres"); a sum of money is a price, a fine,
  seized assets or pledged funds the same way.

A quantity the window says nothing about has no measure: the diff never compares it by its unit
alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import load_lang_module

__all__ = ["PEOPLE_SLOTS", "Token", "count_measure", "measure_of", "measure_vocabulary"]

Token = tuple[int, int, str]

# Slots that say what happened to people: the only ones a generic "people" can take.
PEOPLE_SLOTS = frozenset(
    {"dead", "injured", "missing", "evacuated", "rescued", "arrested", "hospitalised", "critical"}
)
_CLAUSE_END = re.compile(r"[.!?;\n]")
# Windows, in words: the governing word of "people" sits next to it; a lone number's noun can
# be a little further back ("il conto delle vittime finora accertate: sono 37").
_PEOPLE_WINDOW = 4
_ALONE_BEFORE, _ALONE_AFTER = 8, 3
_DIMENSION_WINDOW = 10


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    counts: tuple[tuple[tuple[str, ...], str, bool], ...]  # (words, slot, whole word only)
    generic: frozenset[str]
    dimensions: tuple[tuple[tuple[str, ...], str, bool], ...]
    money: tuple[tuple[tuple[str, ...], str, bool], ...]


def _entries(
    stems: dict[str, tuple[str, ...]], words: dict[str, tuple[str, ...]]
) -> tuple[tuple[tuple[str, ...], str, bool], ...]:
    out = [(tuple(s.split()), slot, False) for slot, items in stems.items() for s in items]
    out += [(tuple(w.split()), slot, True) for slot, items in words.items() for w in items]
    return tuple(sorted(out, key=lambda e: (-len(e[0]), -len(e[0][-1]))))


@cache
def measure_vocabulary(lang: str) -> _Vocabulary:
    m = load_lang_module(lang, "measures")
    return _Vocabulary(
        counts=_entries(m.COUNT_STEMS, m.COUNT_WORDS),
        generic=frozenset(m.GENERIC_COUNTED),
        dimensions=_entries(m.DIMENSION_STEMS, m.DIMENSION_WORDS),
        money=_entries(m.MONEY_STEMS, {}),
    )


def _bare(word: str) -> str:
    """A word without its elided article or preposition: "un'altezza" -> "altezza"."""
    return re.split(r"['’]", word)[-1] or word


def _match(
    lowered: list[str], p: int, entries: tuple[tuple[tuple[str, ...], str, bool], ...]
) -> str | None:
    for words, slot, whole in entries:
        if p + len(words) > len(lowered):
            continue
        head = [_bare(w) for w in lowered[p : p + len(words) - 1]]
        last = _bare(lowered[p + len(words) - 1])
        if list(words[:-1]) != head:
            continue
        if last == words[-1] or (not whole and last.startswith(words[-1])):
            return slot
    return None


def count_measure(word: str, lang: str) -> str | None:
    """The slot a single counted word names ('feriti' -> injured), or None."""
    return _match([word.lower()], 0, measure_vocabulary(lang).counts)


def _clause(tokens: list[Token], text: str, i: int, k: int) -> tuple[int, int]:
    """Token range [lo, hi) of the clause holding tokens i..k-1."""
    lo = i
    while lo > 0 and not _CLAUSE_END.search(text[tokens[lo - 1][1] : tokens[lo][0]]):
        lo -= 1
    hi = k
    while hi < len(tokens) and not _CLAUSE_END.search(text[tokens[hi - 1][1] : tokens[hi][0]]):
        hi += 1
    return lo, hi


def _nearest(
    lowered: list[str],
    span: tuple[int, int],
    window: tuple[int, int],
    clause: tuple[int, int],
    entries: tuple[tuple[tuple[str, ...], str, bool], ...],
    allowed: frozenset[str] | None = None,
) -> str | None:
    """The slot of the nearest vocabulary word within `window` (before, after) words of the span;
    on a tie the word after (what happened to the counted: "912 people had been killed")."""
    i, k = span
    best: tuple[int, str] | None = None
    for p in range(max(clause[0], i - window[0]), min(clause[1], k + window[1])):
        if i <= p < k:
            continue
        slot = _match(lowered, p, entries)
        if slot is None or (allowed is not None and slot not in allowed):
            continue
        distance = (i - p) * 2 + 1 if p < i else (p - k + 1) * 2
        if best is None or distance < best[0]:
            best = (distance, slot)
    return best[1] if best else None


def measure_of(
    tokens: list[Token],
    lowered: list[str],
    text: str,
    i: int,
    k: int,
    kind: str,
    noun: str | None,
    lang: str,
) -> str | None:
    """What the quantity on tokens i..k-1 measures; `noun` is a count's noun, if it has one."""
    vocabulary = measure_vocabulary(lang)
    if kind == "magnitude":
        return "magnitude"
    clause = _clause(tokens, text, i, k)
    if kind == "count":
        if noun is not None:
            own = count_measure(noun, lang)
            if own is not None:
                return own
            if noun.lower() not in vocabulary.generic:
                return noun.lower()  # "3mila attrici": its own noun, compared in its language
            window = (_PEOPLE_WINDOW, _PEOPLE_WINDOW)
            return _nearest(lowered, (i, k), window, clause, vocabulary.counts, PEOPLE_SLOTS)
        # A word right after a lone number qualifies it ("12 in codice rosso", "four in a
        # critical condition"); else the counted noun is the one it stands for, before it.
        # ... up to a comma: "I feriti sono 16, ricoverati" counts the injured
        stop = k
        while stop < clause[1] and "," not in text[tokens[stop - 1][1] : tokens[stop][0]]:
            stop += 1
        near = (clause[0], stop)
        after = _nearest(lowered, (i, k), (0, _ALONE_AFTER), near, vocabulary.counts)
        return after or _nearest(lowered, (i, k), (_ALONE_BEFORE, 0), clause, vocabulary.counts)
    window = (_DIMENSION_WINDOW, _DIMENSION_WINDOW)
    if kind == "distance":
        return _nearest(lowered, (i, k), window, clause, vocabulary.dimensions)
    if kind == "money":
        return _nearest(lowered, (i, k), window, clause, vocabulary.money)
    return None
