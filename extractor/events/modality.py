"""Whether a fact is planned or actual, and whether a duration is a bound, from the words
before it in its sentence (the cues are in `extractor/lang/<lang>/events.py` and
`measures.py`).

"L'aggancio è previsto alle 14:12" and "docking is scheduled for 14:12" are planned; "si è
agganciata alle 14:22" is actual. The diff reports a planned value against an actual one as a
deviation, not a conflict.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import load_lang_module

__all__ = ["bound_of", "modality_of"]

_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d+", re.UNICODE)
# A cue governs the fact it stands close to ("è previsto alle 14:12"), not one a clause away.
_WINDOW = 6
_CLAUSE_END = re.compile(r"[.!?;:\n]")


def _phrases(items: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(i.lower().split()) for i in items), key=len, reverse=True))


@cache
def _cues(lang: str) -> tuple[tuple[str, ...], ...]:
    return _phrases(tuple(getattr(load_lang_module(lang, "events"), "PLANNED_CUES", ())))


@cache
def _bounds(lang: str) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    m = load_lang_module(lang, "measures")
    return _phrases(tuple(m.LOWER_BOUNDS)), _phrases(tuple(m.UPPER_BOUNDS))


def _words_before(sentence: str, start: int) -> list[str]:
    head = sentence[:start]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    head = head[ends[-1] :] if ends else head
    return [m[0].lower() for m in _WORD.finditer(head)]


def modality_of(sentence: str, start: int, lang: str) -> str:
    """'planned' when a planning cue stands within a few words before the fact."""
    words = _words_before(sentence, start)[-_WINDOW:]
    for cue in _cues(lang):
        n = len(cue)
        if any(tuple(words[p : p + n]) == cue for p in range(len(words) - n + 1)):
            return "planned"
    return "actual"


def bound_of(sentence: str, start: int, lang: str) -> str | None:
    """'lower' / 'upper' when a bound word comes right before the fact ("more than 9 hours")."""
    words = _words_before(sentence, start)
    lower, upper = _bounds(lang)
    for bound, phrases in (("lower", lower), ("upper", upper)):
        if any(tuple(words[-len(p) :]) == p for p in phrases if len(words) >= len(p)):
            return bound
    return None
