"""Back-transliteration with iuliia's schemes: which scheme wrote this spelling, and how would
the English press (Wikipedia style) write the same Cyrillic name?

iuliia only translates Cyrillic -> Latin. To go back we invert each scheme's JSON tables (letter,
previous/next-letter and word-ending mappings) into Latin fragment -> Cyrillic candidates, parse
the spelling with them, and keep only the Cyrillic candidates that iuliia translates back to
exactly the same spelling (a round trip), so the inversion never has to be perfect.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import iuliia
from iuliia.repo import SCHEMA_DIR

from .keys import APOSTROPHES

__all__ = [
    "RUSSIAN_SCHEMES",
    "schemes_for",
    "explaining_schemes",
    "back_transliterate",
    "press_form",
    "has_marks",
]

# Every Russian scheme iuliia ships ('uz' is Uzbek). Order = preference when several explain a
# spelling: the scholarly ones first because their diacritics are the strongest evidence.
RUSSIAN_SCHEMES: tuple[str, ...] = (
    "scientific",
    "gost_779",
    "iso_9_1968",
    "iso_9_1954",
    "ungegn_1987",
    "gost_16876",
    "bgn_pcgn",
    "bgn_pcgn_alt",
    "ala_lc",
    "ala_lc_alt",
    "bs_2979",
    "bs_2979_alt",
    "wikipedia",
    "mvd_310",
    "mvd_310_fr",
    "mvd_782",
    "gost_52290",
    "gost_52535",
    "gost_7034",
    "gost_779_alt",
    "gost_16876_alt",
    "iso_9_1968_alt",
    "icao_doc_9303",
    "mosmetro",
    "telegram",
    "yandex_maps",
    "yandex_money",
)
_PRESS_SCHEMES = ("wikipedia", "bgn_pcgn", "mosmetro", "yandex_maps", "bs_2979", "mvd_310")
_MAX_CANDIDATES = 24

# Letter sequences Russian spelling does not produce (a round trip alone accepts them: Yuliya
# round-trips through ыулиыа under Wikipedia). Used to drop implausible back-transliterations.
_IMPLAUSIBLE = re.compile(
    r"^[ыьъ]|[аеёиоуыэюяьъ][ыьъ]|й[аеэуыо]|[бвгджзклмнпрстфхцчшщ]э|ы[аоуэ]|и[ауо]$|^й[^о]"
)


@dataclass(frozen=True, slots=True)
class _Entry:
    latin: str
    cyrillic: str
    at_end: bool


@lru_cache(maxsize=64)
def _entries(scheme: str) -> tuple[tuple[_Entry, ...], int]:
    with open(SCHEMA_DIR / f"{scheme}.json", encoding="utf-8") as fh:
        defn = json.load(fh)
    mapping: dict[str, str] = defn.get("mapping") or {}
    prev: dict[str, str] = defn.get("prev_mapping") or {}
    nxt: dict[str, str] = defn.get("next_mapping") or {}
    ending: dict[str, str] = defn.get("ending_mapping") or {}
    found: set[_Entry] = set()

    def add(lat: str, cyr: str, at_end: bool = False) -> None:
        lat = unicodedata.normalize("NFC", lat.lower())
        if lat:
            found.add(_Entry(lat, cyr, at_end))

    for cyr, lat in mapping.items():
        add(lat, cyr)
    for pair, lat in prev.items():
        if len(pair) == 2 and nxt.get(pair) == "":
            add(lat, pair)  # e.g. mvd_310_fr: кс -> x (к silent, с -> x)
        add(lat, pair[-1])
    for pair, lat in nxt.items():
        add(lat, pair[0])
    for end, lat in ending.items():
        add(lat, end, True)
    entries = tuple(sorted(found, key=lambda e: (-len(e.latin), e.latin, e.cyrillic)))
    return entries, max(len(e.latin) for e in entries)


@lru_cache(maxsize=16384)
def back_transliterate(token: str, scheme: str) -> tuple[str, ...]:
    """Cyrillic words that `scheme` romanises as `token` (case-insensitive), lower-case."""
    word = unicodedata.normalize("NFC", token.lower())
    entries, maxlen = _entries(scheme)
    by_latin: dict[str, list[_Entry]] = {}
    for e in entries:
        by_latin.setdefault(e.latin, []).append(e)
    memo: dict[int, list[str]] = {}

    def parse(i: int) -> list[str]:
        if i == len(word):
            return [""]
        if i in memo:
            return memo[i]
        out: list[str] = []
        for length in range(min(maxlen, len(word) - i), 0, -1):
            for e in by_latin.get(word[i : i + length], ()):
                if e.at_end and i + length != len(word):
                    continue
                for rest in parse(i + length):
                    out.append(e.cyrillic + rest)
                    if len(out) >= _MAX_CANDIDATES * 4:
                        break
        memo[i] = out
        return out

    schema = iuliia.schemas.get(scheme)
    good: list[str] = []
    for cand in parse(0):
        if _IMPLAUSIBLE.search(cand):
            continue
        if unicodedata.normalize("NFC", schema.translate(cand).lower()) == word:
            good.append(cand)
            if len(good) >= _MAX_CANDIDATES:
                break
    return tuple(dict.fromkeys(good))


@lru_cache(maxsize=16384)
def schemes_for(token: str) -> tuple[str, ...]:
    """The Russian iuliia schemes under which `token` is an exact romanisation of some word."""
    return tuple(s for s in RUSSIAN_SCHEMES if back_transliterate(token, s))


def _loose(cyrillic: str) -> str:
    # Wikipedia drops soft signs and writes ё as e: compare Cyrillic candidates without them.
    return cyrillic.replace("ь", "").replace("ъ", "").replace("ё", "е")


def explaining_schemes(alias: str, reference: str) -> tuple[str, ...]:
    """Schemes that write `alias` for a Cyrillic word some scheme also writes as `reference`
    (Chkaplerov vs Shkaplerov -> ('mvd_310_fr',)). Falls back to the schemes `alias` is a valid
    romanisation under when the reference is not any scheme's output (a press form like Yulia)."""
    ref: set[str] = set()
    # The reference is usually a press spelling: read it with the press schemes first, so an
    # exotic scheme (iso_9_1968_alt writes и as y) does not invent a source for it.
    for group in (_PRESS_SCHEMES, RUSSIAN_SCHEMES):
        for s in group:
            ref.update(_loose(c) for c in back_transliterate(reference, s))
        if ref:
            break
    found = tuple(
        s
        for s in RUSSIAN_SCHEMES
        if ref.intersection(_loose(c) for c in back_transliterate(alias, s))
    )
    return found if found or ref else schemes_for(alias)


_MARK_CHARS = set(APOSTROPHES) | set("ёЁ")


def has_marks(token: str) -> bool:
    """Does the token carry scholarly-transliteration marks (š, č, ž, ’, ʹ, ë, ...)?"""
    return any(ch in _MARK_CHARS or (ord(ch) > 127 and ch.isalpha()) for ch in token)


def _restore_case(src: str, out: str) -> str:
    if src[:1].isupper() and not src.isupper():
        return out[:1].upper() + out[1:]
    if src.isupper() and len(src) > 1:
        return out.upper()
    return out


@lru_cache(maxsize=16384)
def press_form(token: str) -> str | None:
    """The Wikipedia-style spelling of a scholarly romanisation (Škaplerov -> Shkaplerov,
    Peresil’d -> Peresild, Pëtr -> Pyotr); None when no Russian scheme explains the token
    (a Serbian Biković or a Spanish López is not rewritten)."""
    if not has_marks(token):
        return token
    core = token.rstrip(".")
    for scheme in RUSSIAN_SCHEMES:
        if scheme in ("wikipedia",):
            continue
        cands = back_transliterate(core, scheme)
        if cands:
            out = iuliia.WIKIPEDIA.translate(cands[0])
            return _restore_case(core, out)
    return None
