"""Corpus-level registry: one id per entity across articles, and blocking that scales."""

from __future__ import annotations

import pytest

from extractor.entities.types import EntityLabel, EntityMention, GeoInfo
from extractor.evaluate.reconcile import scale_pool
from extractor.reconcile.cluster import ClusterStats, cluster_person_names
from extractor.reconcile.component import reconcile_mentions
from extractor.reconcile.registry import reconcile
from extractor.reconcile.types import Cluster
from extractor.record import Mention, Organization, Person, Place, Record, Source

BAIKONUR = GeoInfo("Baikonur", "city", 1521368, "KZ")


def _clusters(
    items: list[tuple[str, EntityLabel] | tuple[str, EntityLabel, bool]],
) -> list[Cluster]:
    ments = []
    pos = 0
    for item in items:
        text, label = item[0], item[1]
        fictional = bool(item[2]) if len(item) > 2 else False
        geo = BAIKONUR if text in ("Bajkonur", "Baikonur") else None
        ments.append(EntityMention(pos, pos + len(text), text, label, fictional=fictional, geo=geo))
        pos += len(text) + 2
    return reconcile_mentions(ments)


ITALIAN = _clusters(
    [
        ("Anton Škaplerov", "PER"),
        ("Julia Peresil’d", "PER"),
        ("Klim Šipenko", "PER"),
        ("Bajkonur", "LOC"),
        ("Yuliya Peresild", "PER"),
        ("Anton Shkaplerov", "PER"),
        ("Ivanov", "PER", True),
        ("Pyotr Dubrov", "PER"),
        ("Oleg Novitsky", "PER"),
        ("Roscosmos", "ORG"),
    ]
)
ENGLISH = _clusters(
    [
        ("Tom Cruise", "PER"),
        ("Julia Peresild", "PER"),
        ("Peresild", "PER"),
        ("Oleg Novitsky", "PER"),
        ("Pet Dubrov", "PER"),
        ("Baikonur", "LOC"),
        ("Space X", "ORG"),
        ("Klim Shipenko", "PER"),
        ("Anton Shklaplerov", "PER"),
        ("Ivanov", "PER"),
    ]
)


def test_registry_across_two_articles() -> None:
    reg = reconcile([("it", ITALIAN), ("en", ENGLISH)])
    same = [
        ("person:anton-shklaplerov", "person:anton-shkaplerov"),
        ("person:julia-peresild", "person:yulia-peresild"),
        ("person:pet-dubrov", "person:pyotr-dubrov"),
        ("person:oleg-novitsky", "person:oleg-novitsky"),
        ("person:klim-shipenko", "person:klim-shipenko"),
        ("place:baikonur", "place:baikonur"),
    ]
    for en_id, it_id in same:
        assert reg.lookup("en", en_id) == reg.lookup("it", it_id), (en_id, it_id)
    assert reg.lookup("it", "person:anton-shkaplerov") == "person:anton-shkaplerov"
    assert reg.lookup("en", "person:julia-peresild") == "person:yulia-peresild"
    assert reg.lookup("en", "person:pet-dubrov") == "person:pyotr-dubrov"
    # A fictional Ivanov in one story is not the real Ivanov of another.
    assert reg.lookup("it", "person:ivanov") != reg.lookup("en", "person:ivanov")
    assert reg.lookup("en", "person:tom-cruise") == "person:tom-cruise"
    ids = [e.id for e in reg.entities]
    assert len(ids) == len(set(ids))
    assert len(reg.mapping) == len(ITALIAN) + len(ENGLISH)
    peresild = reg.get("person:yulia-peresild")
    assert peresild.name == "Yulia Peresild"
    assert {"Julia Peresil’d", "Julia Peresild", "Yuliya Peresild"} <= set(peresild.aliases)
    assert peresild.members == [("it", "person:yulia-peresild"), ("en", "person:julia-peresild")]


def test_registry_keeps_namesakes_apart() -> None:
    a = _clusters([("Oleg Novitsky", "PER"), ("Novitsky", "PER")])
    b = _clusters([("Pavel Novitsky", "PER"), ("Novitsky", "PER")])
    c = _clusters([("Lyudmila Putina", "PER")])
    d = _clusters([("Vladimir Putin", "PER")])
    reg = reconcile([("a", a), ("b", b), ("c", c), ("d", d)])
    assert reg.lookup("a", "person:oleg-novitsky") != reg.lookup("b", "person:pavel-novitsky")
    assert reg.lookup("c", "person:lyudmila-putina") != reg.lookup("d", "person:vladimir-putin")


def _record(rid: str, people: list[tuple[str, list[str]]], places: list[str]) -> Record:
    text_parts: list[str] = []
    persons = []
    pos = 0
    for name, spellings in people:
        ms = []
        for s in spellings:
            ms.append(Mention(text=s, start=pos, end=pos + len(s), sentence=0))
            text_parts.append(s)
            pos += len(s) + 1
        persons.append(
            Person(
                id=f"person:{name.lower().replace(' ', '-')}",
                name=name,
                aliases=spellings,
                mentions=ms,
            )
        )
    pls = []
    for p in places:
        ms = [Mention(text=p, start=pos, end=pos + len(p), sentence=0)]
        text_parts.append(p)
        pos += len(p) + 1
        pls.append(
            Place(id=f"place:{p.lower()}", name=p, aliases=[p], mentions=ms, geonames_id=1521368)
        )
    org = Organization(id="organization:nasa", name="NASA", aliases=["NASA"], mentions=[])
    return Record(
        source=Source(id=rid, language="en"),
        text=" ".join(text_parts),
        people=persons,
        places=pls,
        organizations=[org],
    )


def test_registry_on_records_and_relabel() -> None:
    r1 = _record(
        "r1", [("Anton Shkaplerov", ["Anton Shkaplerov", "Anton Škaplerov"])], ["Baikonur"]
    )
    r2 = _record("r2", [("Anton Shklaplerov", ["Anton Shklaplerov"])], ["Bajkonur"])
    reg = reconcile([r1, r2])
    assert reg.lookup("r2", "person:anton-shklaplerov") == "person:anton-shkaplerov"
    assert reg.lookup("r2", "place:bajkonur") == reg.lookup("r1", "place:baikonur")
    assert reg.lookup("r1", "organization:nasa") == reg.lookup("r2", "organization:nasa")
    out = reg.relabel(r2)
    assert out.people[0].id == "person:anton-shkaplerov"
    assert out.people[0].name == "Anton Shkaplerov"
    assert r2.people[0].id == "person:anton-shklaplerov"  # the input is not modified


# --- scalability: blocking, not all pairs -------------------------------------------------------


@pytest.fixture(scope="module")
def comparisons() -> dict[int, ClusterStats]:
    out = {}
    for n in (2000, 8000):
        stats = ClusterStats()
        cluster_person_names(scale_pool(n), attach_single=False, stats=stats)
        out[n] = stats
    return out


def test_comparisons_grow_sub_quadratically(comparisons: dict[int, ClusterStats]) -> None:
    small, big = comparisons[2000], comparisons[8000]
    # All pairs would be n(n-1)/2; quadrupling n would multiply comparisons by 16.
    assert big.comparisons < 0.01 * 8000 * 7999 / 2
    assert big.comparisons / small.comparisons < 10
    assert big.comparisons / big.distinct < 5  # a handful of comparisons per distinct name


def test_registry_places_by_geonames_id() -> None:
    a = _clusters([("Baikonur", "LOC")])  # gazetteer-resolved (GeoNames id)
    plain = reconcile_mentions([EntityMention(0, 8, "Baikonur", "LOC")])  # unresolved
    reg = reconcile([("a", a), ("b", plain)])
    assert reg.lookup("b", "place:baikonur") == reg.lookup("a", "place:baikonur")
    assert reg.get(reg.lookup("a", "place:baikonur")).geonames_id == 1521368
