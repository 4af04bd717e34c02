"""Tense: the nearest tense cue in the clause decides the direction of "Sunday", "October 17"..."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextvars import ContextVar

from .context import assistant
from .language import Lang

__all__ = ["direction", "tense"]

_CLAUSE_END = re.compile(r"[.;:!?\n,]")

# The tense cues and clause ends of the last text seen, found once per text: `tense` is asked
# about a dozen spans of the same text, and scanning their clauses again each time cost a tenth
# of the tagger's time. (text, lang) -> (cue starts, cue ends, directions, clause-end ends).
_TenseIndex = tuple[str, str, list[int], list[int], list[int], list[int]]
_TENSE_INDEX: ContextVar[_TenseIndex | None] = ContextVar("tense_index", default=None)


def direction(L: Lang, text: str, start: int, end: int) -> int:
    """The tense of the clause around [start, end): -1, +1, or the call's default."""
    return tense(L, text, start, end) or (1 if assistant() else 0)


def _tense_index(L: Lang, text: str) -> _TenseIndex:
    idx = _TENSE_INDEX.get()
    if idx is not None and idx[0] is text and idx[1] == L.lang:
        return idx
    cues = sorted(
        (m.start(), m.end(), d)
        for rx, d in ((L.past_re, -1), (L.future_re, 1))
        for m in rx.finditer(text)
    )
    clause_ends = [m.end() for m in _CLAUSE_END.finditer(text)]
    idx = (
        text, L.lang, [c[0] for c in cues], [c[1] for c in cues], [c[2] for c in cues],
        clause_ends,
    )  # fmt: skip
    _TENSE_INDEX.set(idx)
    return idx


def tense(L: Lang, text: str, start: int, end: int) -> int:
    """-1 / +1 from the nearest tense cue in the clause, 0 when there is none: the nearest one
    before the span (within 120 characters), else the first one after it."""
    _, _, starts, ends, dirs, clause_ends = _tense_index(L, text)
    # the clause begins after the last clause end before `start`
    k = bisect_right(clause_ends, start) - 1
    left = max(start - 120, clause_ends[k] if k >= 0 else 0, 0)
    # cues inside [left, start): the one ending last (past first on a tie)
    best: tuple[int, int] | None = None  # (end, -direction)
    j = bisect_left(starts, start) - 1
    while j >= 0 and starts[j] >= left:
        if ends[j] <= start:
            key = (ends[j], -dirs[j])
            if best is None or key > best:
                best = key
        j -= 1
    if best is not None:
        return -best[1]
    # else the first cue after the span, before the clause ends (within 120 characters)
    k = bisect_left(clause_ends, end + 1)
    right = min(end + 120, (clause_ends[k] - 1) if k < len(clause_ends) else len(text))
    i = bisect_left(starts, end)
    first: tuple[int, int] | None = None
    while i < len(starts) and starts[i] < right:
        if ends[i] <= right:
            key = (starts[i], dirs[i])
            first = key if first is None or key < first else first
        i += 1
    return first[1] if first is not None else 0
