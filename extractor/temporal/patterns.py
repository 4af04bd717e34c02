"""Regex builders for the language tables: word lists as tries, boundaries, normalised keys."""

from __future__ import annotations

import re

__all__ = ["APOS", "LETTER", "TOKEN", "DIGIT", "alt", "alt_exact", "bounded", "norm", "last_tokens"]

APOS = "['’]"
LETTER = r"[^\W\d_]"
TOKEN = re.compile(r"\w+")
DIGIT = re.compile(r"\d")

_Trie = dict[str, "_Trie"]


def alt(words: object) -> str:
    """One regex for a list of words/phrases, as a trie: 'jan(?:uary)?' rather than
    'january|jan'. Python's re tries alternatives one by one at every position, so a trie makes
    the long lists (months, units, number words) several times cheaper to scan."""
    trie: _Trie = {}
    for w in {str(w).lower() for w in words}:  # type: ignore[attr-defined]
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"  # an empty list matches nothing (not the empty string)
    return "(?:" + _emit(trie) + ")"


def alt_exact(words: tuple[str, ...]) -> str:
    """A case-sensitive alternation of a few phrases, longest first."""
    if not words:
        return "(?!)"
    return "(?:" + "|".join(APOS.join(map(re.escape, w.split("'"))) for w in
                            sorted(words, key=len, reverse=True)) + ")"  # fmt: skip


def _emit(node: _Trie) -> str:
    alts = [_char(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch != ""]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def _char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return APOS
    return re.escape(ch)


def bounded(pattern: str) -> str:
    """Wrap with letter/digit boundaries (works for phrases ending in an apostrophe too)."""
    return rf"(?<![\w'’]){pattern}(?![\w])"


def norm(s: str) -> str:
    """The key of a phrase in the tables: one space, straight apostrophe, lower case."""
    return " ".join(s.replace("’", "'").split()).lower()


def last_tokens(phrases: object) -> set[str]:
    """The last word of each phrase: the token the scanner finds a phrase by."""
    out = set()
    for p in phrases:  # type: ignore[attr-defined]
        toks = TOKEN.findall(str(p).lower())
        # not a one-letter token ("new year's" -> "year", not the "s" of every possessive)
        long = [t for t in toks if len(t) > 1]
        if long or toks:
            out.add((long or toks)[-1])
    return out
