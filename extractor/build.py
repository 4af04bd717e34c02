"""Assemble a Record from a processed Doc and the Article it came from."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc

from .entities.types import EntityMention
from .extensions import doc_text
from .ingest.article import Article
from .reconcile.types import Cluster, Link
from .record import (
    AliasLink,
    DateFact,
    Dateline,
    DurationFact,
    Mention,
    Organization,
    Person,
    Place,
    QuantityFact,
    Record,
    Source,
)
from .sentences import sentence_bounds
from .temporal.types import Timex

__all__ = ["build_record"]

_DATE_KINDS = {"date", "time", "set", "interval"}


class _SentenceIndex:
    def __init__(self, bounds: Sequence[tuple[int, int]]) -> None:
        self._starts = [start for start, _ in bounds]

    def __call__(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)


def _links(links: list[Link]) -> list[AliasLink]:
    return [
        AliasLink(alias=k.alias, reason=k.reason, detail=k.detail, score=k.score) for k in links
    ]


def _entity_fields(
    cluster: Cluster, mentions: list[EntityMention], sentence_of: _SentenceIndex
) -> dict[str, object]:
    members = [mentions[i] for i in cluster.members]
    aliases = cluster.aliases or list(dict.fromkeys(m.text for m in members))
    return {
        "id": cluster.id,
        "name": cluster.name,
        "aliases": aliases,
        "mentions": [
            Mention(text=m.text, start=m.start, end=m.end, sentence=sentence_of(m.start))
            for m in sorted(members, key=lambda m: m.start)
        ],
        "links": _links(cluster.links),
    }


def _date(t: Timex, sentence_of: _SentenceIndex) -> DateFact:
    return DateFact(
        text=t.text,
        start=t.start,
        end=t.end,
        sentence=sentence_of(t.start),
        value=t.value,
        granularity=t.granularity or "day",  # type: ignore[arg-type]
        type=t.kind,  # type: ignore[arg-type]
        relative=t.relative,
        anchor=t.anchor,
        end_value=t.end_value,
    )


def _duration(t: Timex, sentence_of: _SentenceIndex) -> DurationFact:
    return DurationFact(
        text=t.text,
        start=t.start,
        end=t.end,
        sentence=sentence_of(t.start),
        value=t.value or "PX",
        end_value=t.end_value,
        approximate=t.approximate,
    )


def _age_owner(
    t: Timex, years: float, mentions: list[EntityMention], owner: dict[int, str]
) -> str | None:
    """The entity id of the person an age was attached to by the entities stage, if any."""
    best: tuple[int, str] | None = None
    for i, m in enumerate(mentions):
        if m.label == "PER" and m.age == years and i in owner:
            distance = abs(m.start - t.start)
            if best is None or distance < best[0]:
                best = (distance, owner[i])
    return best[1] if best else None


def _quantities(
    doc: Doc, timexes: list[Timex], sentence_of: _SentenceIndex, owner: dict[int, str]
) -> list[QuantityFact]:
    facts = [
        QuantityFact(
            text=q.text,
            start=q.start,
            end=q.end,
            sentence=sentence_of(q.start),
            value=q.value,
            unit=q.unit,
            kind=q.kind,
            approximate=q.approximate,
            bound=q.bound,
            end_value=q.end_value,
            measure=q.measure,
        )
        for q in (doc._.quantities or [])
    ]
    # Ages are quantities a story turns on too ("37 anni", "the 58-year-old").
    for t in timexes:
        if t.kind == "age" and t.value and t.value.startswith("P") and t.value.endswith("Y"):
            try:
                years = float(t.value[1:-1])
            except ValueError:
                continue
            facts.append(
                QuantityFact(
                    text=t.text,
                    start=t.start,
                    end=t.end,
                    sentence=sentence_of(t.start),
                    value=years,
                    unit="year",
                    kind="age",
                    approximate=t.approximate,
                    about=_age_owner(t, years, doc._.entities or [], owner),
                )
            )
    return sorted(facts, key=lambda f: f.start)


def _dateline(article: Article) -> Dateline | None:
    d = article.dateline
    if d is None:
        return None
    text = article.text
    return Dateline(
        text=text[d.start : d.end],
        start=d.start,
        end=d.end,
        place=text[d.place[0] : d.place[1]],
        date=d.quote(text, d.date),
        agency=d.quote(text, d.agency),
    )


def build_record(doc: Doc, article: Article) -> Record:
    bounds = sentence_bounds(doc)
    sentence_of = _SentenceIndex(bounds)
    mentions: list[EntityMention] = doc._.entities or []
    clusters: list[Cluster] = doc._.clusters or []
    owner = {i: c.id for c in clusters for i in c.members}
    people: list[Person] = []
    places: list[Place] = []
    orgs: list[Organization] = []
    for cluster in clusters:
        fields = _entity_fields(cluster, mentions, sentence_of)
        if cluster.label == "PER":
            people.append(
                Person(
                    **fields,  # type: ignore[arg-type]
                    roles=list(cluster.roles),
                    ages=list(cluster.ages),
                    fictional=cluster.fictional,
                )
            )
        elif cluster.label == "LOC":
            geo = cluster.geo
            places.append(
                Place(
                    **fields,  # type: ignore[arg-type]
                    roles=list(cluster.roles),
                    kind=geo.kind if geo else None,
                    geonames_id=geo.geonames_id if geo else None,
                    country_code=geo.country_code if geo else None,
                    latitude=geo.latitude if geo else None,
                    longitude=geo.longitude if geo else None,
                )
            )
        elif cluster.label == "ORG":
            orgs.append(Organization(**fields))  # type: ignore[arg-type]

    # The header's dates are metadata (they set `published`), not facts of the story.
    timexes = [
        t
        for t in (doc._.timexes or [])
        if t.start >= article.header_end and not any(s <= t.start < e for s, e in article.metadata)
    ]
    # "now", "recently" (TimeML PRESENT_REF / PAST_REF) name no day a reader could check
    dates = [
        _date(t, sentence_of)
        for t in timexes
        if t.kind in _DATE_KINDS and t.granularity != "reference"
    ]
    durations = [_duration(t, sentence_of) for t in timexes if t.kind == "duration"]
    quantities = _quantities(doc, timexes, sentence_of, owner)
    events = doc._.fact_events or {}
    for fact in [*dates, *durations, *quantities]:
        attached = events.get((fact.start, fact.end))
        if attached is not None:
            fact.event = attached.event
            fact.participants = list(attached.participants)
            fact.modality = attached.modality
            if isinstance(fact, DurationFact) and attached.bound is not None:
                fact.bound = attached.bound

    dateline = _dateline(article)
    source = Source(
        id=article.id,
        path=article.path,
        url=article.url,
        title=article.title,
        authors=article.authors,
        language=article.language,  # type: ignore[arg-type]
        published=article.published.isoformat() if article.published else None,
        published_from=article.published_from,  # type: ignore[arg-type]
        published_partial=article.published_partial,
        encoding=article.encoding,
        agency=dateline.agency if dateline else None,
        dateline=dateline,
    )
    return Record(
        source=source,
        text=doc_text(doc),
        sentences=bounds,
        people=people,
        places=places,
        organizations=orgs,
        dates=dates,
        durations=durations,
        quantities=quantities,
    )
