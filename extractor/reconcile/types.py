"""What reconciliation hands to the record builder."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..entities.types import EntityLabel, GeoInfo


@dataclass(frozen=True, slots=True)
class Link:
    """Why one spelling was linked to an entity."""

    alias: str
    reason: str  # 'exact', 'gazetteer', 'romanisation', 'given-name-variant', 'edit-distance',
    #              'surname-of-full-name', 'given-name-of-full-name', 'acronym', 'org-alias'
    detail: str | None = None  # e.g. the iuliia scheme, 'distance=1'
    score: float | None = None


@dataclass(slots=True)
class Cluster:
    """One real-world entity: its mentions (indices into doc._.entities) and canonical name."""

    id: str  # 'person:anton-shkaplerov'
    label: EntityLabel
    name: str
    members: list[int]
    aliases: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    ages: list[int] = field(default_factory=list)
    fictional: bool = False
    geo: GeoInfo | None = None
