"""What entity recognition hands to reconciliation and to the record builder."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityLabel = Literal["PER", "LOC", "ORG"]


@dataclass(frozen=True, slots=True)
class GeoInfo:
    """Gazetteer facts about a place."""

    name: str  # canonical English name, e.g. 'Baikonur', 'Kazakhstan'
    kind: str  # 'country', 'city', 'region', 'facility', 'celestial', ...
    geonames_id: int | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(slots=True)
class EntityMention:
    """One mention of a person, place or organisation; offsets are into doc.text."""

    start: int
    end: int
    text: str
    label: EntityLabel
    sentence: int = 0
    source: str = "ner"  # 'ner', 'rule', 'gazetteer', 'byline', ...
    roles: list[str] = field(default_factory=list)  # normalised English: 'actress', 'director'
    age: int | None = None
    fictional: bool = False
    geo: GeoInfo | None = None
    canonical: str | None = None  # a known canonical name (gazetteer/org list), if any
