"""Corpus-level reconciliation: one registry of entities across many articles.

`reconcile(items)` takes `extractor.record.Record`s, or `(record_id, clusters)` pairs straight
from `doc._.clusters`, and returns a `Registry`: entities with stable ids (slug of the
canonical name) plus a mapping (record id, local entity id) -> registry id, so records can be
re-labelled (`Registry.relabel`) and compared (`extractor diff`).

People are matched with the same blocked clusterer as within an article (`cluster.py`), on
their full-name spellings only: a bare 'Novitsky' in one article says nothing about which
Novitsky another article meant, so one-word aliases of full names do not link articles (a
record whose person is only ever named by one word is matched on that word, and only to a
single candidate).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..record import Record
from .cluster import ClusterStats, cluster_person_names
from .component import _org_norm
from .ids import entity_id
from .keys import fold
from .names import canonical_person_name, parse_person
from .types import Cluster

__all__ = ["Registry", "RegistryEntity", "reconcile"]

_LABEL_OF_TYPE = {"person": "PER", "place": "LOC", "organization": "ORG"}


@dataclass(slots=True)
class RegistryEntity:
    id: str
    type: str  # 'person', 'place', 'organization'
    name: str
    aliases: list[str]
    members: list[tuple[str, str]]  # (record id, local entity id)
    fictional: bool = False
    geonames_id: int | None = None


@dataclass(slots=True)
class Registry:
    entities: list[RegistryEntity]
    mapping: dict[tuple[str, str], str]
    stats: ClusterStats = field(default_factory=ClusterStats)
    _by_id: dict[str, RegistryEntity] = field(default_factory=dict, repr=False)

    def get(self, registry_id: str) -> RegistryEntity:
        if len(self._by_id) != len(self.entities):
            self._by_id = {e.id: e for e in self.entities}
        return self._by_id[registry_id]

    def lookup(self, record_id: str, local_id: str) -> str:
        return self.mapping[(record_id, local_id)]

    def relabel(self, record: Record) -> Record:
        """A copy of `record` whose entity ids (and names) are the registry's."""
        rid = record.source.id
        out = record.model_copy(deep=True)
        for ent in [*out.people, *out.places, *out.organizations]:
            new = self.mapping.get((rid, ent.id))
            if new is not None:
                ent.id = new
                ent.name = self.get(new).name
        return out


@dataclass(slots=True)
class _Item:
    record: str
    local: str
    type: str
    name: str
    spellings: list[str]  # one per mention when known (frequencies matter for the canonical)
    fictional: bool = False
    geonames_id: int | None = None


def _items(items: Iterable[Record | tuple[str, Sequence[Cluster]]]) -> list[_Item]:
    out: list[_Item] = []
    for item in items:
        if isinstance(item, Record):
            rid = item.source.id
            for p in item.people:
                sp = [m.text for m in p.mentions] or [p.name, *p.aliases]
                out.append(_Item(rid, p.id, "person", p.name, sp, p.fictional))
            for pl in item.places:
                sp = [m.text for m in pl.mentions] or [pl.name, *pl.aliases]
                out.append(_Item(rid, pl.id, "place", pl.name, sp, False, pl.geonames_id))
            for o in item.organizations:
                sp = [m.text for m in o.mentions] or [o.name, *o.aliases]
                out.append(_Item(rid, o.id, "organization", o.name, sp))
        else:
            rid, clusters = item
            for c in clusters:
                typ = {"PER": "person", "LOC": "place", "ORG": "organization"}[c.label]
                gid = c.geo.geonames_id if c.geo is not None else None
                sp = [c.name, *c.aliases]
                out.append(_Item(rid, c.id, typ, c.name, sp, c.fictional, gid))
    return out


class _DSU:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _person_groups(items: list[_Item], stats: ClusterStats) -> list[list[int]]:
    names: list[str] = []
    parts: list[bool] = []
    owner: list[int] = []
    for k, it in enumerate(items):
        full = parse_person(it.name).single is False
        for sp in dict.fromkeys([it.name, *it.spellings]):
            if full and parse_person(sp).single:
                continue  # a bare surname of a full name does not link articles
            names.append(sp)
            parts.append(it.fictional)
            owner.append(k)
    labels = cluster_person_names(names, parts, attach_given=False, stats=stats)
    dsu = _DSU(len(items))
    first: dict[int, int] = {}
    for lab, k in zip(labels, owner, strict=True):
        if lab in first:
            dsu.union(first[lab], k)
        else:
            first[lab] = k
    return _groups(dsu, len(items))


def _groups(dsu: _DSU, n: int) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for k in range(n):
        groups.setdefault(dsu.find(k), []).append(k)
    return list(groups.values())


def _keyed_groups(items: list[_Item], keys_of: list[list[str]]) -> list[list[int]]:
    dsu = _DSU(len(items))
    first: dict[str, int] = {}
    for k, keys in enumerate(keys_of):
        for key in keys:
            if key in first:
                dsu.union(first[key], k)
            else:
                first[key] = k
    return _groups(dsu, len(items))


def _place_groups(places: list[_Item]) -> list[list[int]]:
    """One group per GeoNames id; a place without an id joins the id-group of the same name
    when exactly one such group exists, else groups with the same-named places."""
    dsu = _DSU(len(places))
    by_gid: dict[int, int] = {}
    for k, p in enumerate(places):
        if p.geonames_id is not None:
            if p.geonames_id in by_gid:
                dsu.union(by_gid[p.geonames_id], k)
            else:
                by_gid[p.geonames_id] = k
    gid_names: dict[str, set[int]] = {}
    for p in places:
        if p.geonames_id is not None:
            for s in {p.name, *p.spellings}:
                gid_names.setdefault(fold(s), set()).add(p.geonames_id)
    plain: dict[str, int] = {}
    for k, p in enumerate(places):
        if p.geonames_id is not None:
            continue
        gids = gid_names.get(fold(p.name), set())
        if len(gids) == 1:
            dsu.union(by_gid[next(iter(gids))], k)
        elif fold(p.name) in plain:
            dsu.union(plain[fold(p.name)], k)
        else:
            plain[fold(p.name)] = k
    return _groups(dsu, len(places))


def reconcile(items: Iterable[Record | tuple[str, Sequence[Cluster]]]) -> Registry:
    """One registry for many articles' entities; entity order = first appearance."""
    all_items = _items(items)
    stats = ClusterStats()
    entities: list[RegistryEntity] = []
    mapping: dict[tuple[str, str], str] = {}
    by_type: dict[str, list[_Item]] = {"person": [], "place": [], "organization": []}
    order: dict[int, int] = {}
    for n, it in enumerate(all_items):
        by_type[it.type].append(it)
        order[id(it)] = n
    groups: list[tuple[str, list[_Item]]] = []
    people = by_type["person"]
    groups += [("person", [people[k] for k in g]) for g in _person_groups(people, stats)]
    places = by_type["place"]
    groups += [("place", [places[k] for k in g]) for g in _place_groups(places)]
    orgs = by_type["organization"]
    org_keys = [[_org_norm(s) for s in {o.name, *o.spellings}] for o in orgs]
    groups += [("organization", [orgs[k] for k in g]) for g in _keyed_groups(orgs, org_keys)]
    groups.sort(key=lambda g: min(order[id(it)] for it in g[1]))

    used: Counter[str] = Counter()
    for typ, members in groups:
        spellings = [s for it in members for s in it.spellings]
        if typ == "person":
            name = canonical_person_name(spellings)
        else:
            name = Counter(it.name for it in members).most_common(1)[0][0]
        rid = entity_id(_LABEL_OF_TYPE[typ], name)
        used[rid] += 1
        if used[rid] > 1:
            rid = f"{rid}-{used[rid]}"
        ent = RegistryEntity(
            id=rid,
            type=typ,
            name=name,
            aliases=list(dict.fromkeys(s for it in members for s in [it.name, *it.spellings])),
            members=[(it.record, it.local) for it in members],
            fictional=any(it.fictional for it in members),
            geonames_id=next((it.geonames_id for it in members if it.geonames_id), None),
        )
        entities.append(ent)
        for m in ent.members:
            mapping[m] = rid
    return Registry(entities, mapping, stats)
