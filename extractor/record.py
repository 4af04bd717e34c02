"""The article record: the single source of truth for what extractor outputs.

`schemas/record.schema.json` is generated from these models (`extractor schema record`);
a test fails when the published file is stale.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .version import SCHEMA_VERSION, __version__

__all__ = [
    "Span",
    "Mention",
    "AliasLink",
    "Person",
    "Place",
    "Organization",
    "DateFact",
    "DurationFact",
    "QuantityFact",
    "Source",
    "Dateline",
    "Record",
    "ErrorRecord",
    "Granularity",
]

# Every granularity the temporal tagger reports (tests/test_record_granularity.py holds it so).
Granularity = Literal[
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "weekend",
    "day",
    "part_of_day",
    "time",
    "set",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the input: `input[start:end] == text` always holds."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: int = Field(ge=0, description="Index of the sentence the span starts in.")


class Mention(Span):
    """One occurrence of an entity in the text."""


class AliasLink(_Model):
    """Why an alias was linked to its entity (see `extractor explain`)."""

    alias: str
    reason: str = Field(
        description="e.g. 'exact', 'gazetteer', 'romanisation', 'given-name-variant', "
        "'edit-distance', 'surname-of-full-name', 'acronym'"
    )
    detail: str | None = Field(default=None, description="Scheme, distance or other evidence.")
    score: float | None = None


class _Entity(_Model):
    id: str = Field(description="Stable slug, e.g. 'person:anton-shkaplerov'.")
    name: str = Field(description="Canonical name.")
    aliases: list[str] = Field(description="Every distinct spelling seen in the text.")
    mentions: list[Mention]
    links: list[AliasLink] = Field(default_factory=list)


class Person(_Entity):
    type: Literal["person"] = "person"
    roles: list[str] = Field(
        default_factory=list, description="Roles the text gives, as normalised English nouns."
    )
    ages: list[int] = Field(default_factory=list, description="Ages the text states.")
    fictional: bool = Field(default=False, description="A character of a story, not a real person.")


class Place(_Entity):
    type: Literal["place"] = "place"
    roles: list[str] = Field(
        default_factory=list,
        description="'dateline' for the place a wire story was filed from.",
    )
    kind: str | None = Field(
        default=None, description="'country', 'city', 'region', 'facility', 'celestial'..."
    )
    geonames_id: int | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class Organization(_Entity):
    type: Literal["organization"] = "organization"


class _Fact(Span):
    event: str | None = Field(
        default=None,
        description="The event the fact is about: 'launch', 'landing', 'docking', 'stay', "
        "'filming', 'arrival', 'announcement', 'release' (language-independent).",
    )
    participants: list[str] = Field(
        default_factory=list,
        description="Ids of the people and organisations taking part in that event.",
    )
    modality: Literal["actual", "planned"] = Field(
        default="actual",
        description="'planned' for a value the text gives as planned, expected or scheduled "
        "('è previsto alle 14:12', 'scheduled for', 'will take', 'dovrebbe').",
    )


class DateFact(_Fact):
    value: str | None = Field(
        description="ISO 8601 at the granularity the text gives ('2022', '2021-10', "
        "'2021-10-05', '2021-W40', '2021-10-05T08:55+03:00'); null when unresolved."
    )
    granularity: Granularity
    type: Literal["date", "time", "set", "interval"] = "date"
    relative: bool = False
    anchor: str | None = Field(
        default=None, description="The ISO date a relative expression was resolved against."
    )
    end_value: str | None = Field(default=None, description="End of an interval, when one.")


class DurationFact(_Fact):
    value: str = Field(description="ISO 8601 duration: 'P12D', 'PT3H17M', 'PXM' when vague.")
    end_value: str | None = Field(
        default=None,
        description="Upper end of a range of durations ('35-40 minutes': value PT35M, "
        "end_value PT40M).",
    )
    approximate: bool = False
    bound: Literal["lower", "upper"] | None = Field(
        default=None, description="'lower' for 'more than 9 hours', 'upper' for 'less than 12'."
    )


class QuantityFact(_Fact):
    value: float
    unit: str = Field(
        description="Canonical unit ('km', 'kg', '%', 'EUR', 'year') or, for "
        "counts, the counted noun as written ('attrici')."
    )
    kind: str = Field(
        description="'distance', 'weight', 'money', 'percent', 'speed', 'temperature', "
        "'magnitude', 'count' or 'age'."
    )
    approximate: bool = False
    bound: Literal["lower", "upper"] | None = Field(
        default=None,
        description="'lower' for 'oltre 1.300 morti' (at least), 'upper' for 'less than 12'.",
    )
    end_value: float | None = Field(
        default=None, description="Upper end of a range ('60-70 km', 'between 10 and 20')."
    )
    measure: str | None = Field(
        default=None,
        description="What the number counts or measures, the same in every language: 'dead', "
        "'injured', 'missing', 'evacuated', 'rescued', 'buildings' (counts; a count of a noun "
        "the vocabulary does not know keeps the noun), 'height', 'depth', 'length', "
        "'distance', 'price', 'magnitude'...; null when its sentence does not say.",
    )
    about: str | None = Field(
        default=None, description="Id of the entity the quantity describes (a person's age)."
    )


class Dateline(_Model):
    """A wire dateline ('WASHINGTON, Dec. 5 (UPI) --'): metadata, not facts of the story."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    place: str = Field(description="The place as written ('WASHINGTON', 'Roma').")
    date: str | None = Field(default=None, description="The date as written ('15 MAR').")
    agency: str | None = None


class Source(_Model):
    id: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    agency: str | None = Field(default=None, description="The wire agency of a dateline.")
    language: Literal["it", "en"]
    published: str | None = Field(default=None, description="ISO date or null.")
    published_from: Literal["input", "header", "dateline", "url", "caption"] | None = Field(
        default=None,
        description="Where `published` came from: given with the input (an option, a JSON "
        "field, the page's metadata), a date line or the dateline above the story, the "
        "source's address, or, when none of these gives it, the date of a wire photo's caption.",
    )
    published_partial: str | None = Field(
        default=None,
        description="What is known of the publication date when `published` is null: a "
        "dateline's day whose year nothing gives ('XXXX-03-15'), or the year and month of the "
        "source's address ('2021-09').",
    )
    encoding: str | None = Field(
        default=None,
        description="The encoding the input file or standard input was read in, as a Python "
        "codec name ('utf-8', 'utf-8-sig', 'cp1252', 'iso8859-1', 'utf-16'): its byte-order "
        "mark, else UTF-8 when it decodes, else detected; an HTML page's declared charset. "
        "Null when the text was given as a string.",
    )
    dateline: Dateline | None = None


class Record(_Model):
    """Everything extractor found in one article."""

    schema_version: str = SCHEMA_VERSION
    extractor_version: str = __version__
    source: Source
    text: str = Field(
        description="The text all offsets refer to (the input itself for plain text; the "
        "extracted main text for HTML), so a record can be checked and diffed on its own."
    )
    sentences: list[tuple[int, int]] = Field(
        default_factory=list,
        description="Sentence boundaries as [start, end] offsets; `sentence` fields index this.",
    )
    people: list[Person] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)
    durations: list[DurationFact] = Field(default_factory=list)
    quantities: list[QuantityFact] = Field(default_factory=list)


class ErrorRecord(_Model):
    """Stands in a batch's output for an article that could not be processed."""

    schema_version: str = SCHEMA_VERSION
    extractor_version: str = __version__
    id: str
    path: str | None = None
    error: str = Field(description="One-line reason, e.g. 'empty article'.")
