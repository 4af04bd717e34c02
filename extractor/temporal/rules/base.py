"""What a rule is, and the checks many rules share.

A rule is a small named function: it reads the patterns it needs from the language's tables
(`ctx.L`), runs them where the scanner says they can match (`ctx.S`), and yields a candidate
per match it accepts. The rule's name is the function's: a wrong timex points to one rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..candidates import Cand
from ..context import Context, assistant
from ..language import Lang
from ..patterns import TOKEN

__all__ = ["Rule", "cap_ok"]

Rule = Callable[[Context], Iterable[Cand]]


def cap_ok(L: Lang, text: str, start: int, case_sensitive: bool) -> bool:
    """In a language that capitalises names, an ambiguous one ("May", "March") needs its capital;
    unambiguous names ("october", "monday") are accepted in lower case too."""
    if not case_sensitive or text[start].isupper() or assistant():
        return True  # an assistant reads typed requests: "march 3", "thu" are dates there
    w = TOKEN.match(text, start)
    word = w.group().lower() if w else ""
    return word not in L.m.AMBIGUOUS_MONTHS and word not in L.m.WEEKDAY_ABBREVIATIONS
