"""Person names: are two spellings the same person, and which spelling is canonical?

Pure Python (no spaCy). The evidence, strongest first:

- `exact`: the same spelling (case and surrounding punctuation aside);
- `romanisation`: different spellings of one Cyrillic name (phonetic keys of every token
  intersect, see `keys.py`); the detail names the iuliia schemes that write the alias;
- `given-name-variant`: surnames agree and the given names are one name in the variant table
  (`data/given_names.tsv`: Pyotr/Peter/Piotr, Aleksandr/Oleksandr);
- `edit-distance`: a typo (one edit on a long surname, or on a given name nobody else bears);
- `surname-of-full-name` / `given-name-of-full-name`: a one-word mention of a full name (the
  caller decides whether that is unambiguous in its context).

What is never merged: different given names that the table knows as different names (Oleg vs
Pavel Novitsky, Anna vs Yana), a male and a female surname form (Putin vs Putina, Novitsky vs
Novitskaya), surnames more than one edit apart (Shkaplerov vs Shipenko).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import iuliia
from rapidfuzz.distance import OSA

from .keys import APOSTROPHES, fold, is_cyrillic, token_keys
from .translit import explaining_schemes, has_marks, press_form
from .types import Link

__all__ = [
    "PersonName",
    "parse_person",
    "same_person",
    "canonical_person_name",
    "given_name_groups",
    "canonical_given_name",
    "compare_surnames",
    "compare_given",
    "given_conflict",
    "is_initial",
    "REASON_RANK",
]

# How weak a piece of evidence is; a link reports its weakest piece.
REASON_RANK: dict[str, int] = {
    "exact": 0,
    "romanisation": 1,
    "given-name-variant": 2,
    "edit-distance": 3,
    "given-name-of-full-name": 4,
    "surname-of-full-name": 4,
}
# Typos are accepted on keys/spellings at least this long (one edit on a 4-letter name is a
# different name far too often: Ivan/Iван, Oleg/Olga).
MIN_TYPO_LEN = 5
MIN_GIVEN_TYPO_LEN = 5

_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "la", "le", "bin"})
_POSSESSIVE = re.compile(r"['’]s$")
_TRIM = f'.,;:!?()[]{{}}«»‹›„“”"{APOSTROPHES}'


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person mention split into given name, middle tokens and surname."""

    text: str
    tokens: tuple[str, ...]

    @property
    def single(self) -> bool:
        return len(self.tokens) == 1

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    @property
    def given(self) -> str | None:
        return self.tokens[0] if len(self.tokens) > 1 else None

    @property
    def middle(self) -> tuple[str, ...]:
        return self.tokens[1:-1]


@lru_cache(maxsize=65536)
def parse_person(text: str) -> PersonName:
    """Split a mention into tokens; drops a possessive 's and stray punctuation."""
    text = unicodedata.normalize("NFC", text.strip())
    text = _POSSESSIVE.sub("", text)
    raw = [t.strip(_TRIM) if not is_initial(t) else t for t in text.split()]
    tokens = [t for t in raw if t]
    # Lower-case particles (van, de) belong to the surname: 'Ludwig van Beethoven'.
    merged: list[str] = []
    for tok in tokens:
        if len(merged) > 1 and merged[-1].lower() in _PARTICLES:
            merged[-1] = f"{merged[-1]} {tok}"
        else:
            merged.append(tok)
    return PersonName(text, tuple(merged) if merged else (text,))


@lru_cache(maxsize=65536)
def is_initial(tok: str) -> bool:
    t = tok.rstrip(".")
    return tok.endswith(".") and 0 < len(t) <= 3 and t[:1].isupper()


# --- given-name table ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _GivenTable:
    canonical: tuple[str, ...]  # group id -> canonical spelling
    by_spelling: dict[str, frozenset[int]]  # fold(spelling) -> groups
    by_key: dict[str, frozenset[int]]  # phonetic key -> groups


@lru_cache(maxsize=1)
def _given_table() -> _GivenTable:
    text = resources.files(__package__).joinpath("data/given_names.tsv").read_text("utf-8")
    canonical: list[str] = []
    by_spelling: dict[str, set[int]] = {}
    by_key: dict[str, set[int]] = {}
    schemes = [iuliia.schemas.get(n) for n in iuliia.schemas.names() if n != "uz"]
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        gid = len(canonical)
        canonical.append(fields[0])
        listed = {fields[0]}
        if len(fields) > 2:
            listed.update(fields[2].split())
        romanised: set[str] = set()
        for cyr in fields[1].split() if len(fields) > 1 else ():
            romanised.add(cyr)
            romanised.update(s.translate(cyr) for s in schemes)
        for sp in listed | romanised:
            by_spelling.setdefault(fold(sp), set()).add(gid)
        # Only romanisations are looked up by phonetic key (an unlisted spelling of Юлия is
        # still Юлия); listed translations match exactly, or Marie would make Mario a Maria.
        for sp in romanised | {fields[0]}:
            for k in token_keys(sp):
                by_key.setdefault(k, set()).add(gid)
    return _GivenTable(
        tuple(canonical),
        {k: frozenset(v) for k, v in by_spelling.items()},
        {k: frozenset(v) for k, v in by_key.items()},
    )


@lru_cache(maxsize=65536)
def given_name_groups(name: str) -> frozenset[int]:
    """Variant-table groups a given name belongs to (empty when unknown). An exact spelling
    wins over the phonetic key, so Yana and Anna (same key) stay different names."""
    table = _given_table()
    exact = table.by_spelling.get(fold(name))
    if exact:
        return exact
    found: set[int] = set()
    for k in token_keys(name):
        found.update(table.by_key.get(k, ()))
    return frozenset(found)


def canonical_given_name(name: str) -> str | None:
    groups = given_name_groups(name)
    if len(groups) == 1:
        return _given_table().canonical[next(iter(groups))]
    return None


# --- token comparison ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TokenMatch:
    reason: str
    detail: str | None = None


def _gender_pair(x: str, y: str) -> bool:
    """Are two surname keys the masculine and feminine forms of one family name?
    Ivanov/Ivanova, Putin/Putina (stem + a), Novitsky/Novitskaya, Navalny/Navalnaya (i <-> a)."""
    if x + "a" == y or y + "a" == x:
        return True
    return len(x) == len(y) > 2 and x[:-1] == y[:-1] and {x[-1], y[-1]} == {"i", "a"}


def _gender_clash(a: Iterable[str], b: Iterable[str]) -> bool:
    return any(_gender_pair(x, y) for x in a for y in b)


_VOWELS = frozenset("aeiouy")


def _inflection_only(x: str, y: str) -> bool:
    """Do two spellings differ only in a final vowel? Mario/Maria, Paolo/Paola, Rossi/Rosso,
    Aleksandr/Aleksandra: in Italian and Slavic names that is gender or number, not a typo."""
    if len(x) == len(y):
        return x[:-1] == y[:-1] and x[-1] != y[-1] and bool({x[-1], y[-1]} & _VOWELS)
    longer, shorter = (x, y) if len(x) > len(y) else (y, x)
    return len(longer) == len(shorter) + 1 and longer[:-1] == shorter and longer[-1] in _VOWELS


def _min_distance(a: frozenset[str], b: frozenset[str]) -> int:
    return min((OSA.distance(x, y) for x in a for y in b), default=99)


def _same_spelling(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


@lru_cache(maxsize=262144)
def compare_surnames(
    a: str, b: str, min_typo_len: int = MIN_TYPO_LEN + 1, scrambled_ok: bool = False
) -> TokenMatch | None:
    """Same surname? exact / romanisation / edit-distance (guarded), else None. A typo is
    accepted on spellings of at least `min_typo_len` letters, never between the masculine and
    feminine forms of a name. `scrambled_ok` (the caller knows the given names agree) also
    accepts a scrambled long surname (`_scrambled`: Skpaklerov for Shkaplerov)."""
    if _same_spelling(a, b):
        return TokenMatch("exact")
    ka, kb = token_keys(a), token_keys(b)
    if not ka or not kb:
        return None
    if ka & kb:
        return TokenMatch("romanisation")
    if _gender_clash(ka, kb):
        return None
    fa, fb = fold(a), fold(b)
    if min(len(fa), len(fb)) < min_typo_len or _inflection_only(fa, fb):
        return None
    dist = OSA.distance(fa, fb)
    if min(len(k) for k in ka | kb) >= MIN_TYPO_LEN:
        dist = min(dist, _min_distance(ka, kb))
    if dist <= 1 or (scrambled_ok and _scrambled(fa, fb)):
        return TokenMatch("edit-distance", f"distance={OSA.distance(fa, fb)}")
    return None


LONG_TYPO_LEN = 9


def _scrambled(x: str, y: str) -> bool:
    """A long surname typed with its letters scrambled: same first letter and last four,
    at most three edits, and nearly the same letters (Skpaklerov for Shkaplerov). Different
    long surnames differ in their letters or their ending (Kovalenko/Kovalchuk)."""
    if min(len(x), len(y)) < LONG_TYPO_LEN or abs(len(x) - len(y)) > 1:
        return False
    if x[0] != y[0] or x[-4:] != y[-4:]:
        return False
    cx, cy = Counter(x), Counter(y)
    if sum(((cx - cy) + (cy - cx)).values()) > 2:
        return False
    return OSA.distance(x, y) <= 3


def _initial_match(initial: str, full: str) -> bool:
    ini = fold(initial.rstrip("."))
    return bool(ini) and fold(full).startswith(ini)


@lru_cache(maxsize=262144)
def compare_given(a: str, b: str) -> TokenMatch | None:
    """Same given name? Known-different names (by the variant table) are never merged."""
    if _same_spelling(a, b):
        return TokenMatch("exact")
    if is_initial(a) or is_initial(b):
        short, full = (a, b) if is_initial(a) else (b, a)
        if is_initial(full):
            return TokenMatch("exact") if fold(short) == fold(full) else None
        return TokenMatch("exact") if _initial_match(short, full) else None
    ga, gb = given_name_groups(a), given_name_groups(b)
    ka, kb = token_keys(a), token_keys(b)
    if ga and gb:
        if not ga & gb:
            return None
        return TokenMatch("romanisation" if ka & kb else "given-name-variant")
    if ka & kb:
        return TokenMatch("romanisation")
    fa, fb = fold(a), fold(b)
    # A typo of a known given name may be short (Olwg for Oleg); two unknown names need more
    # letters before one edit reads as a typo (Jane and June are two women).
    min_len = MIN_GIVEN_TYPO_LEN - 1 if ga or gb else MIN_GIVEN_TYPO_LEN
    if min(len(fa), len(fb)) < min_len or _inflection_only(fa, fb):
        return None
    dist = min(_min_distance(ka, kb), OSA.distance(fa, fb))
    if dist <= 1:
        return TokenMatch("edit-distance", f"distance={dist}")
    return None


def given_conflict(a: str, b: str) -> bool:
    """Are these two given names known to be different names? (Both in the variant table in
    different groups, or initials that disagree.) Unknown spellings and typos never conflict."""
    if is_initial(a) or is_initial(b):
        return compare_given(a, b) is None
    ga, gb = given_name_groups(a), given_name_groups(b)
    return bool(ga) and bool(gb) and not ga & gb


# --- person comparison --------------------------------------------------------------------------


def _weakest(matches: Sequence[tuple[str, str, TokenMatch]]) -> tuple[str, str | None]:
    """The overall reason (weakest evidence) and a detail for the tokens that differ."""
    reason = max((m.reason for _, _, m in matches), key=REASON_RANK.__getitem__, default="exact")
    if reason == "exact":
        return reason, None
    if reason == "romanisation":
        differing = [(x, y) for x, y, m in matches if m.reason == "romanisation"]
        per_token = [set(explaining_schemes(x, y)) for x, y in differing]
        common = set.intersection(*per_token) if per_token else set()
        chosen = common or set().union(*per_token)
        order = {s: i for i, s in enumerate(_scheme_order())}
        return reason, ", ".join(sorted(chosen, key=order.__getitem__)) if chosen else None
    details = [
        f"{x}→{y}" if m.detail is None else m.detail for x, y, m in matches if m.reason == reason
    ]
    return reason, "; ".join(details) if details else None


def _scheme_order() -> tuple[str, ...]:
    from .translit import RUSSIAN_SCHEMES

    return RUSSIAN_SCHEMES


def full_name_match(a: PersonName, b: PersonName) -> list[tuple[str, str, TokenMatch]] | None:
    """Token matches between two multi-token names, or None if they are different people."""
    assert a.given is not None and b.given is not None
    gm = compare_given(a.given, b.given)
    if gm is None:
        return None
    # With the given name agreeing outright, a typo is accepted on a shorter surname too
    # (Oleg Kotov / Oleg Kotv).
    strong = gm.reason in ("exact", "romanisation") and not is_initial(a.given)
    sm = compare_surnames(
        a.surname, b.surname, MIN_TYPO_LEN if strong else MIN_TYPO_LEN + 1, scrambled_ok=strong
    )
    if sm is None:
        return None
    out = [(a.given, b.given, gm), (a.surname, b.surname, sm)]
    # Middle names (patronymics, second given names) must agree when both sides have one.
    if a.middle and b.middle:
        if len(a.middle) != len(b.middle):
            return None
        for x, y in zip(a.middle, b.middle, strict=True):
            mm = compare_given(x, y)
            if mm is None:
                return None
            out.append((x, y, mm))
    if sm.reason == "edit-distance" and gm.reason == "edit-distance":
        return None  # two typos at once is two different names
    return out


def same_person(a: str, b: str) -> Link | None:
    """Why spelling `a` names the same person as `b` (a Link with alias=a), or None.

    A one-word name against a full name yields `surname-of-full-name` or
    `given-name-of-full-name`: plausible, but only the caller knows whether it is unambiguous.
    """
    pa, pb = parse_person(a), parse_person(b)
    if not pa.tokens or not pb.tokens:
        return None
    if pa.single and pb.single:
        m = compare_surnames(pa.surname, pb.surname)
        if m is None:
            return None
        reason, detail = _weakest([(pa.surname, pb.surname, m)])
        return Link(a, reason, detail)
    if pa.single or pb.single:
        one, full = (pa, pb) if pa.single else (pb, pa)
        tok = one.surname
        if compare_surnames(tok, full.surname) is not None:
            return Link(a, "surname-of-full-name", full.text)
        assert full.given is not None
        gm = compare_given(tok, full.given)
        if gm is not None and gm.reason != "edit-distance" and not is_initial(tok):
            return Link(a, "given-name-of-full-name", full.text)
        return None
    matches = full_name_match(pa, pb)
    if matches is None:
        return None
    reason, detail = _weakest(matches)
    return Link(a, reason, detail)


# --- canonical names ----------------------------------------------------------------------------


def _press(token: str) -> str:
    if is_cyrillic(token):
        from .keys import cyrillic_to_latin

        return cyrillic_to_latin(token)
    return press_form(token) or token


def _pick(forms: Sequence[str], prefer: str | None = None) -> str:
    """Most supported spelling: support = how many forms share its phonetic key (so a typo
    loses to the spelling it is a typo of), then raw frequency, then `prefer`, then first seen."""
    counts = Counter(forms)
    keys = {f: token_keys(f) for f in counts}
    first = {f: i for i, f in reversed(list(enumerate(forms)))}

    def score(f: str) -> tuple[int, int, int, int]:
        support = sum(n for g, n in counts.items() if keys[g] & keys[f])
        return (support, counts[f], int(f == prefer), -first[f])

    return max(counts, key=score)


def canonical_person_name(spellings: Iterable[str]) -> str:
    """The most complete form, in English-press (Wikipedia-style) romanisation.

    Scholarly spellings are rewritten (Škaplerov -> Shkaplerov, Peresil’d -> Peresild); when
    the given name is spelt more than one way the variant table's English-press form wins
    (Julia/Yuliya/Yulia -> Yulia; Pet/Pyotr -> Pyotr); a name seen once, without scholarly
    marks, stays as written. Spellings are given once per mention (frequency counts).
    """
    names = [parse_person(s) for s in spellings if s and s.strip()]
    if not names:
        return ""
    longest = max(len(n.tokens) for n in names)
    full = [n for n in names if len(n.tokens) == longest]
    if longest == 1:
        forms = [_convert_whole(n.tokens)[0] for n in names]
        return _pick(forms)
    converted = [_convert_whole(n.tokens) for n in full]
    surnames = [c[-1] for c in converted]
    surname = _pick(surnames)
    givens_raw = [c[0] for c in converted]
    distinct_given = {fold(g) for g in givens_raw}
    given = _pick(givens_raw)
    rewritten = any(c != n.tokens for c, n in zip(converted, full, strict=True))
    if len(distinct_given) > 1 or rewritten:
        # Several spellings, or a scholarly romanisation being rewritten to press style.
        canon = canonical_given_name(given)
        if canon is not None and not any(is_initial(g) for g in givens_raw):
            given = canon
        elif any(is_initial(g) for g in givens_raw):
            spelled = [g for g in givens_raw if not is_initial(g)]
            if spelled:
                given = _pick(spelled)
    template = converted[[c[-1] for c in converted].index(surname)]
    middle = list(template[1:-1])
    return " ".join([given, *middle, surname])


def _convert_whole(tokens: Sequence[str]) -> tuple[str, ...]:
    """Rewrite scholarly tokens only when every marked token is a Russian romanisation (so a
    Serbian Miloš Biković or a Spanish López-Alegría is kept as written)."""
    marked = [t for t in tokens if has_marks(t) or is_cyrillic(t)]
    if not marked:
        return tuple(tokens)
    out = []
    for t in tokens:
        if is_cyrillic(t):
            out.append(_press(t))
            continue
        if not has_marks(t):
            out.append(t)
            continue
        p = press_form(t)
        if p is None:
            return tuple(tokens)
        out.append(p)
    return tuple(out)
