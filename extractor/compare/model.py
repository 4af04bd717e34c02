"""The diff record: what several sources agree on, where they conflict, what only one says.

`schemas/diff.schema.json` is generated from these models (`extractor schema diff`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..version import SCHEMA_VERSION, __version__

__all__ = ["Diff", "DiffSource", "EntityRow", "Evidence", "FactRow"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DiffSource(_Model):
    label: str
    id: str
    language: str
    published: str | None = None
    path: str | None = None


class EntityRow(_Model):
    type: Literal["person", "place", "organization"]
    id: str = Field(description="Corpus-level id shared by every source's spelling.")
    name: str
    sources: dict[str, list[str]] = Field(description="{label: [spellings as written]}")
    status: Literal["shared", "only"]


class Evidence(_Model):
    text: str = Field(description="The fact as written.")
    sentence: str = Field(description="The sentence it was found in.")
    start: int
    end: int


class FactRow(_Model):
    kind: Literal["date", "duration", "quantity"]
    slot: str | None = Field(
        default=None,
        description="What the fact is about: an event ('launch', 'stay', 'landing'...) for "
        "dates and durations; the measured thing for quantities ('distance', 'count:attrici').",
    )
    participants: list[str] = Field(
        default_factory=list,
        description="Corpus-level ids of the people and organisations taking part, any source.",
    )
    status: Literal["agree", "compatible", "conflict", "only"]
    values: dict[str, str] = Field(description="{label: value}")
    evidence: dict[str, Evidence] = Field(description="{label: evidence}")


class Diff(_Model):
    schema_version: str = SCHEMA_VERSION
    extractor_version: str = __version__
    sources: list[DiffSource]
    entities: list[EntityRow]
    facts: list[FactRow]
