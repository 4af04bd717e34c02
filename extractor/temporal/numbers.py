"""Numbers in time expressions: digits, number words (through text2num), the amount before a
unit ("three and a half", "a couple of"), years in words, Roman numerals."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from .. import numerals
from .context import assistant
from .language import Lang, tables
from .patterns import DIGIT, LETTER, norm

__all__ = ["parse_number", "number_value", "number_before", "year_in_words", "roman"]

_NUMBER_SHAPE = re.compile(rf"{LETTER}+(?:[\s-]{LETTER}+)*")
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_SLASH = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})\s*$")
# a plain integer right before the unit ("12 days"), not part of "1.5", "24/7" or "3-4"
_INT_BEFORE = re.compile(r"(?<![\w.,/'’-])(\d{1,9})\s+$")
_LAST_WORD = re.compile(r"([\w'’]+(?:-[\w'’]+)*)['’]?\s*$")


def parse_number(lang: str, s: str) -> float | None:
    """'12' -> 12, 'dodici' -> 12, 'a dozen' -> 12, 'twenty-one' -> 21; None if not a number."""
    return number_value(lang, norm(s))


@lru_cache(maxsize=65536)
def number_value(lang: str, n: str) -> float | None:
    """`parse_number` of a normalised phrase (see `patterns.norm`)."""
    if not n:
        return None
    if n.isdigit():
        return float(n)
    if n[0].isdigit():
        head, _, word = n.partition(" ")
        digits = numerals.parse_digits(head, lang)
        if digits is None and re.fullmatch(r"\d+[.,]\d+", head):
            digits = float(head.replace(",", "."))  # '1,5 hours' in English too
        if digits is not None:
            if not word:
                return digits
            # '3.2 million', '1,5 milioni'
            scale = numerals.multipliers(lang).get(word)
            return digits * scale if scale is not None else None
    L = tables(lang)
    if n in L.num_words:
        return float(L.num_words[n])
    if not _NUMBER_SHAPE.fullmatch(n):
        return None
    try:
        return float(text2num(n.replace("-", " ") if L.m.SPLIT_HYPHENATED_NUMBERS else n, lang))
    except ValueError:
        return None


def number_before(L: Lang, text: str, pos: int) -> tuple[int, float | None] | None:
    """The longest number (or vague quantifier) that ends right before `pos`.

    Returns (start, amount) with amount None for vague quantifiers, or None.
    """
    seg_start = max(0, pos - 60)
    seg = text[seg_start:pos]
    if seg and not seg[-1].isspace() and not seg.endswith(("'", "’")):
        return None
    # fast paths (most units follow a plain integer, or no number at all)
    m = _INT_BEFORE.search(seg)
    if m is not None:
        return seg_start + m.start(1), float(m[1])
    last = _LAST_WORD.search(seg)
    if last is None:
        return None
    lang = L.lang
    lw = norm(last[1])
    if lw in numerals.of_words(lang) and last.start() > 0:
        # '3 milioni di anni': the number ends with a multiplier before 'di'
        pre = _LAST_WORD.search(seg, 0, last.start())
        if pre is not None and norm(pre[1]) in numerals.multipliers(lang):
            return number_before(L, text, seg_start + last.start())
    if (
        lw not in L.number_enders
        and lw not in numerals.multipliers(lang)
        and not DIGIT.search(lw)
        and number_value(lang, lw) is None
    ):
        return None
    sl = _SLASH.search(seg) if "/" in seg else None
    if sl is not None and 0 < int(sl[1]) < int(sl[2]):
        # "1/2 hour", "3/4 h": a proper fraction ("24/7" is not one)
        return seg_start + sl.start(), int(sl[1]) / int(sl[2])
    found = _words_before(L, seg)
    return (seg_start + found[0], found[1]) if found is not None else None


def _words_before(L: Lang, seg: str) -> tuple[int, float | None] | None:
    """The longest number phrase in words closing `seg`: (its start in `seg`, amount)."""
    # four words make most numbers; a fraction before the unit needs up to seven
    # ("one and three quarters of an")
    words = list(_WORD.finditer(seg))
    # a fraction before the unit ends with one of a few words ("... quarters of an")
    hint = bool(words) and words[-1][0].lower() in L.fraction_enders
    long = hint and L.fraction_tail.search(seg)
    for w0 in words[-7 if long else -4 :]:
        cand = seg[w0.start() :]
        # the candidate must end exactly at pos (only whitespace/apostrophe between)
        if cand.strip() == "":
            continue
        n = norm(cand)
        if n in L.vague_quant:
            # assistants count "a few" as three (both dev suites do); news keeps it vague
            few = L.assistant_few.get(n) if assistant() else None
            return w0.start(), few
        if "\n" in cand.rstrip():
            continue
        val = _amount(L, cand.rstrip(), n, hint)
        if val is not None:
            return w0.start(), val
    return None


def _amount(L: Lang, cand: str, n: str, fraction: bool) -> float | None:
    """A number phrase, "and a half" after it, or (when `fraction`) "and three quarters"."""
    val = parse_number(L.lang, cand)
    if val is None and L.half_suffix.search(n):
        base = parse_number(L.lang, L.half_suffix.sub("", n))
        val = base + 0.5 if base is not None else None
    fm = L.fraction_suffix.search(n) if val is None and fraction else None
    if fm is not None:  # "one and three quarters (of an)", "two and a quarter"
        base = parse_number(L.lang, n[: fm.start()])
        count = L.fraction_counts.get(norm(fm["fn"]), 0) if fm["fn"] else 1
        if base is not None and count:
            val = base + count * L.fraction_words[norm(fm["fw"])]
    return val


def year_in_words(L: Lang, words: str) -> int | None:
    """'nineteen seventy eight' -> 1978, 'two thousand and eighteen' -> 2018, 'duemila' -> 2000,
    'nineteen zero one' -> 1901; None unless the words are a year from 1000 to 2199."""
    n = norm(words)
    if DIGIT.search(n):
        return None
    whole = number_value(L.lang, n)
    if whole is not None and 1000 <= whole < 2200 and float(whole).is_integer():
        return int(whole)
    # "nineteen seventy eight": hundreds, then the year of the century
    toks = n.replace("-", " ").split()
    if len(toks) < 2:
        return None
    head = number_value(L.lang, toks[0])
    rest = toks[1:]
    if rest[0] in L.m.YEAR_ZERO_WORDS and len(rest) == 2:  # "nineteen oh one"
        rest = rest[1:]
    tail = number_value(L.lang, " ".join(rest))
    if head is None or tail is None or not (10 <= head <= 21 and 0 <= tail < 100):
        return None
    return int(head) * 100 + int(tail)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(s: str) -> int | None:
    """'XXI' -> 21 (the subtractive form included: 'XIV' -> 14)."""
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        nxt = _ROMAN.get(s[i + 1], 0) if i + 1 < len(s) else 0
        total += -v if v < nxt else v
    return total
