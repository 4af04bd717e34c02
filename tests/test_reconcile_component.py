"""The extractor_reconcile component on hand-built Docs (no trained model needed)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import extractor.reconcile.component  # noqa: F401  (registers the factory)
from extractor.entities.types import EntityLabel, EntityMention, GeoInfo
from extractor.reconcile.component import reconcile_mentions
from extractor.reconcile.keys import fold
from extractor.reconcile.types import Cluster

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_reconcile")
    return nlp


def _doc_clusters(
    nlp: Language, items: list[tuple[str, EntityLabel, dict[str, object]]]
) -> list[Cluster]:
    text = " ; ".join(t for t, _, _ in items)
    ents = []
    pos = 0
    for t, label, extra in items:
        ents.append(EntityMention(pos, pos + len(t), t, label, **extra))  # type: ignore[arg-type]
        pos += len(t) + 3
    doc = nlp.make_doc(text)
    doc._.entities = ents
    return list(nlp(doc)._.clusters)


def _by_alias(clusters: list[Cluster], alias: str) -> Cluster:
    found = [c for c in clusters if alias in c.aliases]
    assert len(found) == 1, (alias, found)
    return found[0]


BAIKONUR = GeoInfo("Baikonur", "city", 1521368, "KZ")
KAZAKHSTAN = GeoInfo("Kazakhstan", "country", 1522867, "KZ")
MOSCOW = GeoInfo("Moscow", "city", 524901, "RU")


def test_people_places_orgs(nlp: Language) -> None:
    clusters = _doc_clusters(
        nlp,
        [
            ("Anton Škaplerov", "PER", {"roles": ["cosmonaut"]}),
            ("Julia Peresil’d", "PER", {"roles": ["actress"]}),
            ("Klim Šipenko", "PER", {"roles": ["director"]}),
            ("Bajkonur", "LOC", {"geo": BAIKONUR}),
            ("Kazakistan", "LOC", {"geo": KAZAKHSTAN}),
            ("Mosca", "LOC", {"geo": MOSCOW}),
            ("Yuliya Peresild", "PER", {}),
            ("Anton Shkaplerov", "PER", {}),
            ("Baikonur", "LOC", {"geo": BAIKONUR}),
            ("Kazakhstan", "LOC", {"geo": KAZAKHSTAN}),
            ("Moscow", "LOC", {"geo": MOSCOW}),
            ("Peresild", "PER", {"age": 37}),
            ("Space X", "ORG", {}),
            ("SpaceX", "ORG", {}),
            ("NASA", "ORG", {}),
            ("National Aeronautics and Space Administration", "ORG", {}),
            ("Roscosmos", "ORG", {}),
            ("Yulia", "PER", {}),
        ],
    )
    names = [c.name for c in clusters]
    assert names == [
        "Anton Shkaplerov",
        "Yulia Peresild",
        "Klim Shipenko",
        "Baikonur",
        "Kazakhstan",
        "Moscow",
        "SpaceX",
        "NASA",
        "Roscosmos",
    ]
    ids = [c.id for c in clusters]
    assert ids[:6] == [
        "person:anton-shkaplerov",
        "person:yulia-peresild",
        "person:klim-shipenko",
        "place:baikonur",
        "place:kazakhstan",
        "place:moscow",
    ]
    assert ids[6:] == ["organization:spacex", "organization:nasa", "organization:roscosmos"]
    yulia = clusters[1]
    assert yulia.aliases == ["Julia Peresil’d", "Yuliya Peresild", "Peresild", "Yulia"]
    reasons = {lk.alias: lk.reason for lk in yulia.links}
    assert reasons == {
        "Julia Peresil’d": "romanisation",
        "Yuliya Peresild": "romanisation",
        "Peresild": "surname-of-full-name",
        "Yulia": "given-name-of-full-name",
    }
    assert yulia.roles == ["actress"] and yulia.ages == [37]
    anton = clusters[0]
    assert [lk.reason for lk in anton.links] == ["romanisation", "exact"]
    assert anton.links[0].detail is not None and "scientific" in anton.links[0].detail
    assert clusters[3].geo == BAIKONUR
    assert {lk.alias: lk.reason for lk in clusters[3].links}["Bajkonur"] == "gazetteer"
    assert {lk.alias: lk.reason for lk in clusters[7].links} == {
        "NASA": "exact",
        "National Aeronautics and Space Administration": "acronym",
    }
    assert {lk.alias: lk.reason for lk in clusters[6].links}["Space X"] == "org-alias"
    for c in clusters:  # one link per alias, members index doc._.entities
        assert [lk.alias for lk in c.links] == c.aliases


def test_members_index_entities_in_order(nlp: Language) -> None:
    clusters = _doc_clusters(
        nlp,
        [("Pet Dubrov", "PER", {}), ("Oleg Novitsky", "PER", {}), ("Pyotr Dubrov", "PER", {})],
    )
    assert [c.members for c in clusters] == [[0, 2], [1]]
    assert clusters[0].name == "Pyotr Dubrov"
    assert clusters[0].links[0].reason == "given-name-variant"


def test_typo_joins_the_full_name(nlp: Language) -> None:
    clusters = _doc_clusters(
        nlp,
        [
            ("Anton Shkaplerov", "PER", {}),
            ("Klim Shipenko", "PER", {}),
            ("Anton Shklaplerov", "PER", {}),
            ("Klim Shpenko", "PER", {}),
            ("Anton Skpaklerov", "PER", {}),
        ],
    )
    assert [c.name for c in clusters] == ["Anton Shkaplerov", "Klim Shipenko"]
    assert [(lk.reason, lk.detail) for lk in clusters[0].links] == [
        ("exact", None),
        ("edit-distance", "distance=1"),
        ("edit-distance", "distance=3"),
    ]


def test_ambiguous_surname_stays_alone(nlp: Language) -> None:
    clusters = _doc_clusters(
        nlp,
        [("Oleg Novitsky", "PER", {}), ("Pavel Novitsky", "PER", {}), ("Novitsky", "PER", {})],
    )
    assert [c.name for c in clusters] == ["Oleg Novitsky", "Pavel Novitsky", "Novitsky"]


def test_fictional_never_merges_with_real(nlp: Language) -> None:
    clusters = _doc_clusters(
        nlp,
        [
            ("Ivanov", "PER", {"fictional": True}),
            ("Sergei Ivanov", "PER", {}),
            ("Ivanov", "PER", {}),
            ("Zhenya Belyaeva", "PER", {"fictional": True}),
        ],
    )
    fictional = [c for c in clusters if c.fictional]
    real = [c for c in clusters if not c.fictional]
    assert [c.members for c in fictional] == [[0], [3]]
    assert [c.members for c in real] == [[1, 2]]
    assert len({c.id for c in clusters}) == len(clusters)


def test_labels_never_merge(nlp: Language) -> None:
    clusters = _doc_clusters(
        nlp, [("Jordan", "PER", {}), ("Jordan", "LOC", {}), ("Jordan", "ORG", {})]
    )
    assert sorted(c.label for c in clusters) == ["LOC", "ORG", "PER"]
    assert len({c.id for c in clusters}) == 3


def test_gender_forms_stay_apart(nlp: Language) -> None:
    clusters = _doc_clusters(
        nlp, [("Vladimir Putin", "PER", {}), ("Lyudmila Putina", "PER", {}), ("Putin", "PER", {})]
    )
    assert [c.members for c in clusters] == [[0, 2], [1]]


def test_no_entities(nlp: Language) -> None:
    doc = nlp("Nothing here.")
    assert doc._.clusters == []
    assert reconcile_mentions(None) == []


# --- the seed articles: every gold entity is one cluster, no cluster holds two -----------------


def _seed_mentions(slug: str) -> tuple[list[EntityMention], list[tuple[str, int]]]:
    gold = json.loads((ROOT / "corpus" / "gold" / f"{slug}.json").read_text("utf-8"))
    text = (ROOT / "corpus" / "seeds" / f"{slug}.txt").read_text("utf-8")
    surfaces: list[tuple[str, EntityLabel, int, GeoInfo | None]] = []
    for key, label in (("people", "PER"), ("places", "LOC"), ("organizations", "ORG")):
        for gid, ent in enumerate(gold[key]):
            # The gazetteer (another stage) resolves places; here we play its part.
            geo = GeoInfo(ent["canonical"], "place") if label == "LOC" else None
            for s in ent["surface"]:
                surfaces.append((s, label, gid, geo))  # type: ignore[arg-type]
    taken = [False] * len(text)
    found: list[tuple[int, EntityMention, int]] = []
    for s, label, gid, geo in sorted(surfaces, key=lambda x: -len(x[0])):
        for m in re.finditer(re.escape(s), text):
            if any(taken[m.start() : m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            fictional = s in ("Ivanov", "Zhenya Belyaeva")  # gold notes: fictional characters
            em = EntityMention(m.start(), m.end(), s, label, fictional=fictional, geo=geo)
            found.append((m.start(), em, gid))
    found.sort(key=lambda x: x[0])
    return [em for _, em, _ in found], [(em.label, gid) for _, em, gid in found]


@pytest.mark.parametrize("slug", ["000_8be602b854862311", "003_a0826c20d7ebd924"])
def test_seed_entities_are_one_cluster_each(slug: str) -> None:
    mentions, gold_ids = _seed_mentions(slug)
    assert mentions
    clusters = reconcile_mentions(mentions)
    cluster_of = {i: k for k, c in enumerate(clusters) for i in c.members}
    assert sorted(cluster_of) == list(range(len(mentions)))
    by_gold: dict[tuple[str, int], set[int]] = {}
    by_cluster: dict[int, set[tuple[str, int]]] = {}
    for i, g in enumerate(gold_ids):
        by_gold.setdefault(g, set()).add(cluster_of[i])
        by_cluster.setdefault(cluster_of[i], set()).add(g)
    assert all(len(v) == 1 for v in by_gold.values()), "split"
    assert all(len(v) == 1 for v in by_cluster.values()), "merge"


@pytest.mark.parametrize(
    ("slug", "canonical"),
    [
        ("000_8be602b854862311", ["Anton Shkaplerov", "Yulia Peresild", "Klim Shipenko"]),
        ("000_8be602b854862311", ["Baikonur", "Kazakhstan", "Roscosmos", "Pyotr Dubrov"]),
        ("003_a0826c20d7ebd924", ["Oleg Novitsky", "Baikonur", "NASA", "Tom Cruise"]),
    ],
)
def test_seed_canonical_names(slug: str, canonical: list[str]) -> None:
    mentions, _ = _seed_mentions(slug)
    names = {fold(c.name) for c in reconcile_mentions(mentions)}
    for name in canonical:
        assert fold(name) in names


def test_places_with_different_geonames_ids_stay_apart(nlp: Language) -> None:
    paris_fr = GeoInfo("Paris", "city", 2988507, "FR")
    paris_tx = GeoInfo("Paris", "city", 4717560, "US")
    clusters = _doc_clusters(
        nlp,
        [
            ("Paris", "LOC", {"geo": paris_fr}),
            ("Paris", "LOC", {"geo": paris_tx}),
            ("Parigi", "LOC", {"geo": paris_fr}),
            ("Bajkonur", "LOC", {}),  # unresolved by the gazetteer: joined by spelling
            ("Baikonur", "LOC", {}),
        ],
    )
    assert [c.members for c in clusters] == [[0, 2], [1], [3, 4]]
    assert [c.geo.geonames_id if c.geo else None for c in clusters] == [2988507, 4717560, None]
    assert len({c.id for c in clusters}) == 3


# (organisation mentions of one document, expected groups of aliases)
ORG_GROUPS: list[tuple[list[str], list[set[str]]]] = [
    # an acronym written as a name, spelled out in the same article
    (["Consiglio nazionale delle ricerche", "Cnr"],
     [{"Consiglio nazionale delle ricerche", "Cnr"}]),
    # a legal form is no part of the name
    (["Ama spa", "Ama"], [{"Ama spa", "Ama"}]),
    (["Shell plc", "Shell"], [{"Shell plc", "Shell"}]),
    # an institution's name cut before its lower-case complement
    (["Presidenza del Consiglio dei ministri", "Presidenza del Consiglio"],
     [{"Presidenza del Consiglio dei ministri", "Presidenza del Consiglio"}]),
    # different institutions sharing a head, or a body inside another, stay apart
    (["Ministero della Salute", "Ministero della Difesa"],
     [{"Ministero della Salute"}, {"Ministero della Difesa"}]),
    (["UN", "UN Security Council"], [{"UN"}, {"UN Security Council"}]),
    (["Cnr", "Centro nuoto Roma"], [{"Cnr", "Centro nuoto Roma"}]),
    (["Ansa", "Agenzia Nazionale Stampa Associata"],
     [{"Ansa", "Agenzia Nazionale Stampa Associata"}]),
    (["Bank of England", "Bank of England Governor"],
     [{"Bank of England"}, {"Bank of England Governor"}]),
]  # fmt: skip


@pytest.mark.parametrize(("names", "groups"), ORG_GROUPS)
def test_organisation_groups(nlp: Language, names: list[str], groups: list[set[str]]) -> None:
    clusters = _doc_clusters(nlp, [(n, "ORG", {}) for n in names])
    assert [set(c.aliases) for c in clusters] == groups


# (person mentions of one document, expected groups of aliases)
PERSON_GROUPS: list[tuple[list[str], list[set[str]]]] = [
    # a surname of two words written alone
    (["Matteo Messina Denaro", "Messina Denaro"],
     [{"Matteo Messina Denaro", "Messina Denaro"}]),
    # two words that open with a given name are another person
    (["Matteo Messina Denaro", "Mario Denaro"], [{"Matteo Messina Denaro"}, {"Mario Denaro"}]),
    # the end of two longer names: ambiguous, left to the clusterer
    (["Anna De Luca", "Marco De Luca", "De Luca"],
     [{"Anna De Luca"}, {"Marco De Luca"}, {"De Luca"}]),
]  # fmt: skip


@pytest.mark.parametrize(("names", "groups"), PERSON_GROUPS)
def test_person_groups(nlp: Language, names: list[str], groups: list[set[str]]) -> None:
    clusters = _doc_clusters(nlp, [(n, "PER", {}) for n in names])
    assert [set(c.aliases) for c in clusters] == groups
