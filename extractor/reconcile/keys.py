"""Phonetic keys for romanised (mostly Russian and Ukrainian) name tokens.

Every romanisation scheme writes the same Cyrillic letter its own way: Щ is `shch` (Wikipedia),
`šč` (ISO/R 9), `ŝ` (ISO 9:1995), `shh` (GOST 7.0.34), `chtch` (French), `sch` (German, Moscow
metro); Ю is `yu`, `iu`, `ju`, `û`, `iou`. A key folds a Latin (or Cyrillic) token back toward a
common skeleton so that all schemes' outputs for one Cyrillic name share a key:

- multigraphs become one symbol per Cyrillic consonant class (Z=ж, H=х, Q=ч, W=ш/щ, C=ц);
- iotation (я/ю/е/ё written ya/ia/ja/â, ...) and й/ы/и collapse: a run of i/y/j before a vowel is
  dropped, elsewhere it becomes `i`; iotated o (ё: yo/io/ë) becomes `e` since many schemes and
  most press write ё as `e`;
- soft/hard signs and apostrophes vanish; doubled letters collapse (Peressild);
- French and German habits: `ou`, `gu` before e/i, final `-ine`, final `-off`, `w`, `tz`.

Where a spelling is genuinely ambiguous (French `ch` = ш, English `ch` = ч, German `ch` = х;
`j` = й or French ж; `x` = кс or х) the token gets several keys; two tokens match when their key
sets intersect. The number of keys per token is capped.

No library does this: iuliia only goes Cyrillic -> Latin, and generic phonetic algorithms
(Soundex, Metaphone) are built for English spelling and would merge far too much.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

import iuliia

__all__ = ["token_keys", "fold", "is_cyrillic", "cyrillic_to_latin", "MAX_KEYS"]

MAX_KEYS = 16

# Letters that NFD does not decompose into "base + mark" the way we need.
_PREMAP: dict[str, str] = {
    "š": "sh",
    "č": "ch",
    "ž": "zh",
    "ŝ": "shch",
    "û": "yu",
    "â": "ya",
    "ë": "yo",
    "ё": "yo",
    "ß": "ss",
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "ь": "",
    "ъ": "",
}
# Soft/hard sign renderings and apostrophes: ’ (bgn_pcgn), ʹ ʺ (ISO), ` (gost_779_alt), ' " ”.
APOSTROPHES = "'’‘`ʹʺʼ\"”“´"
_APOS_RE = re.compile(f"[{re.escape(APOSTROPHES)}]")

# Graphemes, longest first, with their alternative readings.
_GRAPHEMES: dict[str, tuple[str, ...]] = {
    "schtsch": ("W",),
    "shch": ("W",),
    "chtch": ("W",),
    "tsch": ("Q",),
    "shh": ("W",),
    "sch": ("W", "sQ"),
    "tch": ("Q",),
    "zh": ("Z",),
    "kh": ("H",),
    "ch": ("Q", "W", "H"),
    "sh": ("W",),
    "ts": ("C",),
    "tz": ("C",),
    "tc": ("C",),
    "cz": ("C",),
    "ph": ("f",),
    "gh": ("g",),
    "th": ("t",),
    "ou": ("u",),
    "sc": ("sC", "W"),  # Telegram writes щ as sc
    "c": ("C",),
    "x": ("ks", "H"),
    "h": ("H",),
    "w": ("v",),
    "q": ("k",),
    "j": ("j", "Z"),
}
_MAXLEN = max(len(g) for g in _GRAPHEMES)
_VOWELS = frozenset("aeou")
_SEMI = frozenset("iyj")
_HUSHING = frozenset("ZQW")

_UK_TO_RU = str.maketrans({"і": "и", "ї": "йи", "є": "е", "ґ": "г", "І": "И", "Ї": "Йи", "Є": "Е"})
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text))


def cyrillic_to_latin(text: str) -> str:
    """Wikipedia-style romanisation (Ukrainian letters read as their Russian counterparts)."""
    return iuliia.WIKIPEDIA.translate(text.translate(_UK_TO_RU))


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Lower-case ASCII letters only: diacritics expanded/stripped, apostrophes dropped."""
    if is_cyrillic(token):
        token = cyrillic_to_latin(token)
    token = _APOS_RE.sub("", unicodedata.normalize("NFC", token).lower())
    token = "".join(_PREMAP.get(ch, ch) for ch in token)
    token = unicodedata.normalize("NFD", token)
    return "".join(ch for ch in token if "a" <= ch <= "z")


def _collapse(symbols: list[str]) -> list[str]:
    out: list[str] = []
    for s in symbols:
        if not out or out[-1] != s:
            out.append(s)
    return out


def _vowel_pass(symbols: list[str]) -> str:
    symbols = _collapse(symbols)
    out: list[str] = []
    i = 0
    n = len(symbols)
    while i < n:
        s = symbols[i]
        if s in _SEMI:
            j = i
            while j < n and symbols[j] in _SEMI:
                j += 1
            if j < n and symbols[j] in _VOWELS:
                # Iotation (ya/ia/ja/yu/iu/ye/yo/...): dropped; iotated o (ё) reads as e.
                if symbols[j] == "o":
                    out.append("e")
                    i = j + 1
                else:
                    i = j
                continue
            out.append("i")
            i = j
            continue
        if s == "o" and out and out[-1] in _HUSHING:
            # ё after ж/ч/ш/щ is written o (Gorbatschow, Khrushchov) or e (Gorbachev).
            out.append("e")
        else:
            out.append(s)
        i += 1
    return "".join(_collapse(out))


def _part_keys(part: str) -> frozenset[str]:
    if not part:
        return frozenset()
    # French: Gagarine, Eltsine, Soljenitsyne; old western -off (Rachmaninoff, Smirnoff).
    if len(part) > 5 and (part.endswith("ine") or part.endswith("yne")):
        part = part[:-1]
    if part.endswith("off") or part.endswith("eff"):
        part = part[:-2] + "v"
    part = re.sub(r"gu(?=[eiy])", "g", part)  # French Guerguiev, Evguenii
    if part.startswith("eh") and len(part) > 2 and part[2] not in "aeiouy":
        part = "e" + part[2:]  # GOST 16876 alt writes э as eh
    options: list[tuple[str, ...]] = []
    i = 0
    while i < len(part):
        for length in range(min(_MAXLEN, len(part) - i), 0, -1):
            g = part[i : i + length]
            if g in _GRAPHEMES:
                options.append(_GRAPHEMES[g])
                i += length
                break
        else:
            options.append((part[i],))
            i += 1
    keys: set[str] = set()
    ambiguous = [k for k, opt in enumerate(options) if len(opt) > 1]
    if len(ambiguous) > 4:  # cap the product: later ambiguous graphemes take their first reading
        for k in ambiguous[4:]:
            options[k] = options[k][:1]
    for combo in product(*options):
        symbols: list[str] = []
        for reading in combo:
            symbols.extend(reading)
        keys.add(_vowel_pass(symbols))
        if len(keys) >= MAX_KEYS:
            break
    return frozenset(keys)


@lru_cache(maxsize=65536)
def token_keys(token: str) -> frozenset[str]:
    """The phonetic keys of one name token (hyphenated parts keyed separately, joined by '-')."""
    parts = [fold(p) for p in re.split(r"[-‐‑–]", token)]
    parts = [p for p in parts if p]
    if not parts:
        return frozenset()
    per_part = [sorted(_part_keys(p)) for p in parts]
    keys = {"-".join(c) for c in product(*per_part)}
    return frozenset(sorted(keys)[:MAX_KEYS]) if len(keys) > MAX_KEYS else frozenset(keys)
