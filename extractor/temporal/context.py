"""What every rule and composition pass reads: the text, its language, its anchor, and the
reading convention of the call."""

from __future__ import annotations

import datetime as dt
from contextvars import ContextVar, Token
from dataclasses import dataclass
from typing import Literal

from .language import Lang
from .scan import Scan

__all__ = ["Convention", "Context", "assistant", "use_convention", "reset_convention"]

Convention = Literal["news", "assistant"]

# Whether `tag` runs under the "assistant" convention (see `tag`). A ContextVar because `tag` sets
# it once per call and a dozen helpers read it; threading a flag through all of them would change
# every signature for one setting (and a ContextVar stays right under threads).
_ASSISTANT: ContextVar[bool] = ContextVar("assistant_convention", default=False)


def assistant() -> bool:
    """Whether the current `tag` call reads as a scheduling assistant does."""
    return _ASSISTANT.get()


def use_convention(convention: Convention) -> Token[bool]:
    return _ASSISTANT.set(convention == "assistant")


def reset_convention(token: Token[bool]) -> None:
    _ASSISTANT.reset(token)


@dataclass(frozen=True, slots=True)
class Context:
    """One `tag` call: the language's tables, the text's index, and the anchor."""

    L: Lang
    S: Scan
    text: str
    anchor: dt.date | None
    # the anchor's moment, when the anchor is a datetime (read by the assistant convention)
    now: dt.datetime | None
    # the publication year when only it is known (an address's '/2021/09/'): the year of last
    # resort for a yearless '5 ottobre' when the text dates nothing before it
    year_hint: int | None = None
