"""Which event a date or duration is about, from the event lexicon of the article's language.

The nearest event word in the fact's sentence names the slot ("Il 5 ottobre 2021 ... è stato
lanciato" -> launch; "departed today" -> launch). The lexicons live in
`extractor/lang/<lang>/events.py`, so the same slot is found in every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang import load_lang_module

__all__ = ["find_slot", "tokens", "word_slot"]

_ELISION = re.compile(r"^\w{1,4}['’](?=\w)")
_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)


def tokens(sentence: str) -> list[tuple[int, int, str, str]]:
    """(start, end, lower-cased word, word without its elided article) of each word: an elided
    article is not part of the word ("l'aggancio" is "aggancio")."""
    out = []
    for m in _WORD.finditer(sentence):
        low = m[0].lower()
        out.append((m.start(), m.end(), low, _ELISION.sub("", low)))
    return out


@dataclass(frozen=True, slots=True)
class _Lexicon:
    stems: tuple[tuple[str, str], ...]  # (stem, slot), longest stems first
    phrases: tuple[tuple[tuple[str, ...], str], ...]
    stop: frozenset[str]


@cache
def _lexicon(lang: str) -> _Lexicon:
    data = load_lang_module(lang, "events")
    stems = sorted(
        ((stem, slot) for slot, items in data.EVENT_STEMS.items() for stem in items),
        key=lambda item: -len(item[0]),
    )
    phrases = [
        (tuple(phrase.split()), slot)
        for slot, items in getattr(data, "EVENT_PHRASES", {}).items()
        for phrase in items
    ]
    return _Lexicon(tuple(stems), tuple(phrases), frozenset(getattr(data, "STOP_TOKENS", ())))


# Every fact of a sentence asks for the same sentence's event words: without the cache a long
# unpunctuated text (one sentence, hundreds of facts) costs facts x sentence length.
@lru_cache(maxsize=64)
def _event_words(sentence: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    lex = _lexicon(lang)
    words = [(start, end, word) for start, end, _, word in tokens(sentence)]
    found: list[tuple[int, int, str]] = []
    lowered = [w for _, _, w in words]
    for i, (start, end, word) in enumerate(words):
        for phrase, slot in lex.phrases:
            if tuple(lowered[i : i + len(phrase)]) == phrase:
                found.append((start, words[i + len(phrase) - 1][1], slot))
        if word in lex.stop:
            continue
        for stem, slot in lex.stems:
            if word.startswith(stem):
                found.append((start, end, slot))
                break
    return tuple(found)


# An event word across a comma, a bracket or a coordinating conjunction is in another clause
# ("collapsed on 14 August, killing 35 people": the date is the collapse's; "latitante da 30
# anni e arrestato lunedì": the years are the fugitive's): it counts as this much further away.
_CLAUSE_PENALTY = 1000
_CLAUSE_MARK = re.compile(r"[,;:()\[\]–—]")
# After the fact, a conjunction starts the next predicate; before it, it mostly joins nouns
# ("struck Turkey and Syria on Monday").
_NEXT_PREDICATE = re.compile(r"\b(?:e|ed|and|but|ma|or|o)\b", re.IGNORECASE)


def find_slot(sentence: str, fact_start: int, fact_end: int, lang: str) -> str | None:
    """The slot named by the event word nearest to the fact (offsets relative to `sentence`)."""
    best: tuple[int, str] | None = None
    for start, end, slot in _event_words(sentence, lang):
        if start < fact_end and end > fact_start:
            continue  # the fact's own words ("launch date") are not its event
        after = end > fact_start
        gap = sentence[fact_end:start] if after else sentence[end:fact_start]
        apart = _CLAUSE_MARK.search(gap) or (after and _NEXT_PREDICATE.search(gap))
        distance = len(gap) + (_CLAUSE_PENALTY if apart else 0)
        if best is None or distance < best[0]:
            best = (distance, slot)
    return best[1] if best else None


def word_slot(word: str, lang: str) -> str | None:
    """The slot a single word names ('lanciato' -> launch), or None."""
    lex = _lexicon(lang)
    lowered = word.lower()
    if lowered in lex.stop:
        return None
    return next((slot for stem, slot in lex.stems if lowered.startswith(stem)), None)
