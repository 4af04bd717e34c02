"""Which occurrence of an event a fact belongs to, when a source tells several apart.

A story of two quakes gives each its depth and magnitude: "il secondo evento ... 28 km di
profondità", "the first quake ... a depth of 7 kilometres". A fact takes the occurrence named
nearest before it in its sentence (an ordinal before an event word, or a phrase turning back
to the previous one), else the first named after it there, else the last ordinal of the nearest
preceding sentence that has one. A fact of a source that names none has no occurrence.
Hand-written over the event lexicon: spaCy has no ordinal-to-event linker, and the ordinal
words and event words are per-language lexicon entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang import load_lang_module
from .lexicon import tokens, word_slot

__all__ = ["cues", "occurrence_of"]

# "il secondo forte evento", "the second powerful earthquake": an adjective may stand between.
_REACH = 3
_EARLIER = 0  # a cue for "the occurrence before the one being told"


# Punctuation inside a number ("7.9", "2:17", "7,5") breaks no clause.
_BREAK = re.compile(r"[,;:.!?()\[\]–—](?!\d)")


@dataclass(frozen=True, slots=True)
class _Lex:
    lang: str
    ordinals: dict[str, int]
    nouns: frozenset[str]
    earlier: tuple[tuple[str, ...], ...]
    stops: frozenset[str]


@cache
def _lexicon(lang: str) -> _Lex:
    data = load_lang_module(lang, "events")
    return _Lex(
        lang,
        dict(getattr(data, "ORDINALS", {})),
        frozenset(getattr(data, "OCCURRENCE_NOUNS", ())),
        tuple(tuple(p.split()) for p in getattr(data, "EARLIER_CUES", ())),
        frozenset(getattr(data, "ORDINAL_STOPS", ())),
    )


# Slots of words that stand in every sentence and name no occurrence ("the first statement").
_NOT_OCCURRENCES = frozenset({"announcement", "elapsed"})


def _names_event(word: str, nouns: frozenset[str], lang: str) -> bool:
    return word in nouns or word_slot(word, lang) not in (None, *_NOT_OCCURRENCES)


def _follows(words: list[tuple[int, str, str]], i: int, sentence: str, lex: _Lex) -> bool:
    """An ordinal used as an adjective of an event word: "la seconda forte scossa", not "prima
    del terremoto" (before), "secondo quanto dichiarato" (according to), "first, the quake"."""
    ordinal_end = words[i][0] + len(words[i][1])
    for start, raw, word in words[i + 1 : i + 1 + _REACH]:
        if _BREAK.search(sentence[ordinal_end:start]) or raw.split("'")[0] in lex.stops:
            return False
        if _names_event(word, lex.nouns, lex.lang):
            return True
    return False


@lru_cache(maxsize=256)
def cues(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    """(offset, occurrence) of each occurrence cue of a sentence; occurrence 0 = the earlier."""
    lex = _lexicon(lang)
    words = [(start, low.replace("’", "'"), word) for start, _, low, word in tokens(sentence)]
    lowered = [w for _, _, w in words]
    found: list[tuple[int, int]] = []
    for i, (start, _, word) in enumerate(words):
        if any(tuple(lowered[i : i + len(p)]) == p for p in lex.earlier):
            found.append((start, _EARLIER))
        elif word in lex.ordinals and _follows(words, i, sentence, lex):
            found.append((start, lex.ordinals[word]))
    return tuple(found)


def _resolve(found: list[tuple[int, int]], before: int | None) -> int:
    """An 'earlier' cue is one before the occurrence told just before it (or the first)."""
    n = found[-1][1]
    if n != _EARLIER:
        return n
    told = next((c for _, c in reversed(found[:-1]) if c != _EARLIER), before)
    return max(1, (told or 2) - 1)


def occurrence_of(sentences: list[str], index: int, offset: int, lang: str) -> int | None:
    """The occurrence a fact at `offset` of sentence `index` belongs to, or None."""
    if not 0 <= index < len(sentences):
        return None
    told: int | None = None
    for k in range(index - 1, -1, -1):
        # A turn back ("a nord-est del precedente") is about its own phrase, not what the
        # sentence tells: only ordinals carry over to the next sentences.
        ordinals = [c for c in cues(sentences[k], lang) if c[1] != _EARLIER]
        if ordinals:
            told = ordinals[-1][1]
            break
    own = list(cues(sentences[index], lang))
    sentence = sentences[index]
    # A turn back reaches to the end of its clause: "il terzo evento, a nord del precedente, è
    # a 5 km" is the third's depth; "dopo quella ... registrata a 20 km" is the earlier one's.
    before = [
        c
        for c in own
        if c[0] < offset and (c[1] != _EARLIER or not _BREAK.search(sentence[c[0] : offset]))
    ]
    if before:
        return _resolve(before, told)
    after = [c for c in own if c[0] >= offset]
    if after:
        return _resolve(after[:1], told)
    return told
