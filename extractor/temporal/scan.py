"""The token index of one text: where each family of patterns may match (what every rule reads)."""

from __future__ import annotations

import re

from .language import Lang
from .patterns import DIGIT, TOKEN

__all__ = ["Scan"]

_LEADING_AMPM = re.compile(r"\d{3,4}[ap]m")  # "330pm", "1030am"

Span = tuple[int, int]


class Scan:
    """One text, with the windows where each family of patterns can match.

    Why: running two dozen regexes over the whole article costs milliseconds; every pattern
    family needs a trigger word (a month, a unit, a digit...), so each regex only runs over
    the merged windows around its triggers (`finditer(text, pos, endpos)` keeps offsets and
    still sees the text before `pos` for look-behinds).
    """

    def __init__(self, L: Lang, text: str) -> None:
        self.text = text
        # candidate day numbers: "15", "15th", "quindici"
        self.day_tokens: list[tuple[int, int, str]] = []
        self.digit_starts: list[int] = []  # where a token starting with a digit starts
        # starts of the number tokens a few rare patterns need: "330pm" / "330 p.m.", a bare
        # "1030", "15h", a year before "-sep-1"
        self.compact_starts: list[int] = []
        self.bare_compact: list[int] = []
        self.h_starts: list[int] = []
        self.ymd_starts: list[int] = []
        self.hour_starts: list[int] = []  # where a number of one or two digits starts
        spans = self._index(L, text)
        self._wins = {key: _merge(sp, *L.margins[key], len(text)) for key, sp in spans.items()}

    def _index(self, L: Lang, text: str) -> dict[str, list[Span]]:
        """One pass over the tokens: the trigger spans of each family, and the number tokens."""
        spans: dict[str, list[Span]] = {}
        day_words = L.day_word_starts
        word_keys = L.scan_keys
        digit_keys = L.digit_keys
        age_token = L.age_token
        day_token = L.day_token
        # Lower-case once (when that keeps offsets, which it does but for a few characters)
        low = text.lower()
        per_token = len(low) != len(text)
        for m in TOKEN.finditer(text if per_token else low):
            wl = m[0].lower() if per_token else m[0]
            keys = word_keys.get(wl)
            if keys is None and wl.isalpha():
                continue  # the common case: an ordinary word (day words are keys too)
            ts, te = m.span()
            if wl.isalpha():
                if wl in day_words:
                    self.day_tokens.append((ts, te, wl))
                if not keys:
                    continue
            elif DIGIT.search(wl):
                keys = (*(keys or ()), *digit_keys)
                if wl[0].isdigit():
                    self._number_token(wl, ts, te)
                if len(wl) <= 4 and day_token.fullmatch(wl):
                    self.day_tokens.append((ts, te, wl))
                if age_token.fullmatch(wl):
                    keys = (*keys, "age")
                if (len(wl) == 2 and wl[0] in "QHqh") or (len(wl) == 6 and wl[4] in "QHqh"):
                    keys = (*keys, "periodcode")  # "Q3", "H1", "2018Q4"
            elif keys is None:
                continue
            span = (ts, te)
            for k in keys:
                spans.setdefault(k, []).append(span)
        return spans

    def _number_token(self, wl: str, ts: int, te: int) -> None:
        """A token starting with a digit: sorted out here for the few rare patterns that start
        at such tokens ("330 pm", "15h", "2019-sep-1"), while the token is at hand."""
        self.digit_starts.append(ts)
        n_tok = len(wl)
        if n_tok <= 2:
            self.hour_starts.append(ts)
        if n_tok >= 2 and wl[-1] in "hmp":
            if wl[-1] == "h" and n_tok <= 3 and wl[:-1].isdigit():
                self.h_starts.append(ts)
            elif _LEADING_AMPM.fullmatch(wl):
                self.compact_starts.append(ts)
        elif 3 <= n_tok <= 4 and wl.isdigit():
            nxt = self.text[te : te + 2]
            if n_tok == 4 and nxt[:1] in ("-", "/"):
                self.ymd_starts.append(ts)
            if nxt.lstrip()[:1] in ("a", "p", "A", "P"):
                self.compact_starts.append(ts)
            else:
                self.bare_compact.append(ts)

    def at(self, rx: re.Pattern[str]) -> list[re.Match[str]]:
        """Matches of a pattern that starts with a digit, tried only where a number starts."""
        out = []
        for pos in self.digit_starts:
            m = rx.match(self.text, pos)
            if m is not None:
                out.append(m)
        return out

    def at_hours(self, rx: re.Pattern[str]) -> list[re.Match[str]]:
        """`at` for a pattern that starts with a one- or two-digit number (an hour)."""
        text = self.text
        return [m for pos in self.hour_starts if (m := rx.match(text, pos)) is not None]

    def at_starts(self, rx: re.Pattern[str], starts: list[int]) -> list[re.Match[str]]:
        """`at` restricted to the given token starts (sorted out in the token pass)."""
        text = self.text
        return [m for pos in starts if (m := rx.match(text, pos)) is not None]

    def windows(self, key: str) -> list[Span]:
        return self._wins.get(key, [])

    def it(self, rx: re.Pattern[str], key: str) -> list[re.Match[str]]:
        """Matches of a pattern inside the windows of its family's trigger words."""
        out: list[re.Match[str]] = []
        for ws, we in self.windows(key):
            out.extend(rx.finditer(self.text, ws, we))
        return out


def _merge(spans: list[Span], before: int, after: int, n: int) -> list[Span]:
    """The windows around the trigger spans, widened by the family's margins and merged."""
    out: list[Span] = []
    for s, e in spans:
        ws, we = max(0, s - before), min(n, e + after)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out
