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
    value: str | None = Field(
        default=None, description="The value this evidence states (the row's value for it)."
    )
    modality: Literal["actual", "planned"] = "actual"
    approximate: bool = False
    bound: Literal["lower", "upper"] | None = None


class FactRow(_Model):
    kind: Literal["date", "time", "duration", "quantity"] = Field(
        description="'time' is a clock time compared as an instant, its day known or not."
    )
    slot: str | None = Field(
        default=None,
        description="What the fact is about: an event ('launch', 'stay', 'landing', 'arrest', "
        "'quake'...) for dates, times and durations; what is counted or measured for "
        "quantities ('dead', 'injured', 'height', 'magnitude', 'count:attrici'). One slot "
        "vocabulary for every language. '#2' marks a second occurrence of the event (two "
        "quakes, each with its own time).",
    )
    participants: list[str] = Field(
        default_factory=list,
        description="Corpus-level ids of the people and organisations taking part, any source.",
    )
    status: Literal["agree", "compatible", "conflict", "deviation", "only"] = Field(
        description="'deviation': a planned or expected value against an actual one that "
        "differs (a docking planned at 14:12, done at 14:22), not a conflict."
    )
    values: dict[str, str] = Field(description="{label: value} (each source's main value)")
    evidence: dict[str, Evidence] = Field(description="{label: evidence}")
    also: dict[str, list[Evidence]] = Field(
        default_factory=dict,
        description="{label: [evidence]} of the other values a source states for this slot "
        "(a source giving two death tolls shows both); repeated mentions of one value collapse.",
    )
    chronology: list[str] = Field(
        default_factory=list,
        description="The row's labels in order of publication (sources with a known date only).",
    )
    latest: str | None = Field(
        default=None,
        description="The label published after every other source of the row, when one is: a "
        "changed count there reads as an update.",
    )


class Diff(_Model):
    schema_version: str = SCHEMA_VERSION
    extractor_version: str = __version__
    sources: list[DiffSource]
    entities: list[EntityRow]
    facts: list[FactRow]
