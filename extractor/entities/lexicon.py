"""Word lists the entity rules consult, loaded once per process.

- the curated organisation list (data/organizations.json) with aliases and descriptions,
- common given names (data/given_names.txt),
- per-language cues from `extractor.lang.<lang>.entities`, compiled, plus words that are never
  an entity on their own: spaCy's stop words and babel's month and weekday names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import ModuleType

from ..lang import load_lang_module
from .gazetteer import first_word_forms, normalise

__all__ = ["OrgEntry", "OrgList", "get_org_list", "given_names", "LangCues", "get_lang_cues"]


@dataclass(frozen=True, slots=True)
class OrgEntry:
    canonical: str
    kind: str
    country: str | None


class OrgList:
    """Normalised alias -> (entry, alias as listed)."""

    def __init__(self) -> None:
        self.aliases: dict[str, tuple[OrgEntry, str]] = {}
        self.descriptions: dict[str, dict[str, OrgEntry]] = {}  # lang -> normalised -> entry
        self.max_words = 1
        self.first_words: set[str] = set()

    def lookup(self, text: str) -> tuple[OrgEntry, str] | None:
        return self.aliases.get(normalise(text))

    def get(self, key: str) -> tuple[OrgEntry, str] | None:
        """Lookup by an already normalised key."""
        return self.aliases.get(key)

    def description(self, lang: str, text: str) -> OrgEntry | None:
        return self.descriptions.get(lang, {}).get(normalise(text))


@cache
def get_org_list() -> OrgList:
    raw = json.loads(
        resources.files(__package__).joinpath("data/organizations.json").read_text("utf-8")
    )
    orgs = OrgList()
    for item in raw["organizations"]:
        entry = OrgEntry(item["canonical"], item["kind"], item.get("country"))
        for alias in item["aliases"]:
            orgs.aliases.setdefault(normalise(alias), (entry, alias))
            orgs.first_words.update(first_word_forms(normalise(alias)))
            orgs.max_words = max(orgs.max_words, len(alias.split()))
        for lang, descs in item.get("descriptions", {}).items():
            for desc in descs:
                orgs.descriptions.setdefault(lang, {})[normalise(desc)] = entry
    return orgs


@cache
def given_names() -> frozenset[str]:
    text = resources.files(__package__).joinpath("data/given_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _compile(patterns: tuple[str, ...], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


@dataclass(frozen=True)
class LangCues:
    """A language's entity cues, compiled, plus the closed-class words of the language."""

    lang: str
    module: ModuleType
    role_nouns: dict[str, str]
    role_first_words: frozenset[str]
    work_roles: frozenset[str]  # English roles that name a work before them ('the X actor')
    plural_roles: frozenset[str]
    role_max_words: int
    role_name_gap: int
    prenominal_modifiers: int
    modifier_before_role_is_not_person: bool
    particles: frozenset[str]
    conjunctions: frozenset[str]
    cast_cues: tuple[re.Pattern[str], ...]
    fiction_scope_cues: tuple[re.Pattern[str], ...]
    fiction_name_cues: tuple[re.Pattern[str], ...]
    age_before: tuple[re.Pattern[str], ...]
    age_after: tuple[re.Pattern[str], ...]
    org_cue_nouns: frozenset[str]
    vehicle_nouns: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    place_name_words: frozenset[str]
    org_name_words: frozenset[str]
    org_name_connectors: frozenset[str]
    non_person_name_words: frozenset[str]  # place/org name words of every language
    org_name_words_all: frozenset[str]
    place_name_words_all: frozenset[str]
    possessed_nouns: frozenset[str]
    possessive_suffixes: frozenset[str]
    possessive_prepositions: frozenset[str]
    facility_before: dict[str, str]
    facility_after: dict[str, str]
    celestial: dict[str, str]
    celestial_cues: frozenset[str]
    locative_prepositions: frozenset[str]
    strong_locative_prepositions: frozenset[str]
    byline_cues: tuple[re.Pattern[str], ...]
    credit_patterns: tuple[re.Pattern[str], ...]
    never_alone: frozenset[str]  # lower-case words that are never an entity by themselves
    closed_class: frozenset[str]  # the part of never_alone no context can make a place name
    institution_words: frozenset[str]
    honorifics: frozenset[str]  # 'Mr', 'Dr', 'dott.': before a name, never part of it
    kinship_nouns: frozenset[str]  # 'her sister Venus': the name after one is a person


def _calendar_words(locale: str) -> set[str]:
    from babel import Locale

    loc = Locale(locale)
    words: set[str] = set()
    for table in (loc.months, loc.days):
        # Wide forms only: abbreviations ('Jan', 'Mar', 'Sun') are also given names and words.
        for context in ("format", "stand-alone"):
            words.update(normalise(v) for v in table[context]["wide"].values())
    return words


@cache
def _all_name_words(attribute: str) -> frozenset[str]:
    """'Charles River' in an Italian text is still a river: names mix languages, so the
    place/organisation name words of every supported language apply to every text."""
    from ..lang import supported_languages

    words: set[str] = set()
    for lang in supported_languages():
        try:
            mod = load_lang_module(lang, "entities")
        except ModuleNotFoundError:
            continue
        words.update(normalise(w) for w in getattr(mod, attribute))
    return frozenset(words)


@cache
def get_lang_cues(lang: str) -> LangCues:
    from spacy.util import get_lang_class

    mod = load_lang_module(lang, "entities")
    stop = {normalise(w) for w in get_lang_class(lang).Defaults.stop_words}
    closed = stop | _calendar_words(mod.CLDR_LOCALE) | {normalise(w) for w in mod.ROLE_NOUNS}
    never = closed | {normalise(w) for w in mod.COMMON_CAPITALISED}
    return LangCues(
        lang=lang,
        module=mod,
        role_nouns={normalise(k): v for k, v in mod.ROLE_NOUNS.items()},
        role_first_words=frozenset(normalise(k).split()[0] for k in mod.ROLE_NOUNS),
        work_roles=frozenset(mod.WORK_ROLES),
        plural_roles=frozenset(normalise(w) for w in mod.PLURAL_ROLE_NOUNS),
        role_max_words=max(len(k.split()) for k in mod.ROLE_NOUNS),
        role_name_gap=mod.ROLE_NAME_GAP,
        prenominal_modifiers=mod.PRENOMINAL_MODIFIERS,
        modifier_before_role_is_not_person=mod.MODIFIER_BEFORE_ROLE_IS_NOT_PERSON,
        particles=frozenset(mod.NAME_PARTICLES),
        conjunctions=frozenset(mod.CONJUNCTIONS),
        cast_cues=_compile(mod.CAST_CUES, re.IGNORECASE),
        fiction_scope_cues=_compile(mod.FICTION_SCOPE_CUES, re.IGNORECASE),
        fiction_name_cues=_compile(mod.FICTION_NAME_CUES, re.IGNORECASE),
        age_before=_compile(mod.AGE_BEFORE),
        age_after=_compile(mod.AGE_AFTER),
        org_cue_nouns=frozenset(normalise(w) for w in mod.ORG_CUE_NOUNS),
        vehicle_nouns=frozenset(normalise(w) for w in mod.VEHICLE_NOUNS),
        demonym_suffixes=tuple(mod.DEMONYM_SUFFIXES),
        place_name_words=frozenset(normalise(w) for w in mod.PLACE_NAME_WORDS),
        org_name_words=frozenset(normalise(w) for w in mod.ORG_NAME_WORDS),
        org_name_connectors=frozenset(normalise(w) for w in mod.ORG_NAME_CONNECTORS),
        non_person_name_words=_all_name_words("PLACE_NAME_WORDS")
        | _all_name_words("ORG_NAME_WORDS"),
        org_name_words_all=_all_name_words("ORG_NAME_WORDS"),
        place_name_words_all=_all_name_words("PLACE_NAME_WORDS"),
        possessed_nouns=frozenset(normalise(w) for w in mod.PERSON_POSSESSED_NOUNS),
        possessive_suffixes=frozenset(mod.POSSESSIVE_SUFFIXES),
        possessive_prepositions=frozenset(mod.POSSESSIVE_PREPOSITIONS),
        facility_before={normalise(k): v for k, v in mod.FACILITY_BEFORE.items()},
        facility_after={normalise(k): v for k, v in mod.FACILITY_AFTER.items()},
        celestial=dict(mod.CELESTIAL),
        celestial_cues=frozenset(mod.CELESTIAL_CUES),
        locative_prepositions=frozenset(mod.LOCATIVE_PREPOSITIONS),
        strong_locative_prepositions=frozenset(mod.STRONG_LOCATIVE_PREPOSITIONS),
        byline_cues=_compile(mod.BYLINE_CUES),
        credit_patterns=_compile(mod.CREDIT_PATTERNS),
        never_alone=frozenset(never),
        closed_class=frozenset(closed),
        institution_words=frozenset(normalise(w) for w in mod.INSTITUTION_WORDS),
        honorifics=frozenset(normalise(w) for w in getattr(mod, "HONORIFICS", ())),
        kinship_nouns=frozenset(normalise(w) for w in getattr(mod, "KINSHIP_NOUNS", ())),
    )
