"""Clustering person names with blocking (no all-pairs comparison).

Each distinct multi-token name is put in buckets keyed by its surname's phonetic keys and, for
long surnames, by every one-symbol deletion of those keys and of the folded spelling (the
SymSpell trick: two strings within one insertion, deletion, substitution or swap share a
deletion variant). Only names sharing a bucket are compared, with `names.full_name_match`;
matches are merged with union-find, refusing a merge that would put two given names the
variant table knows as different into one cluster (so a chain of near-spellings cannot join
Oleg and Pavel Novitsky).

One-word names are attached afterwards to the single full-name cluster whose surname (or, failing
that, given name) they match, when `attach_single` is set and exactly one cluster matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .keys import fold, token_keys
from .names import (
    LONG_TYPO_LEN,
    MIN_TYPO_LEN,
    PersonName,
    compare_given,
    compare_surnames,
    full_name_match,
    given_conflict,
    given_name_groups,
    is_initial,
    parse_person,
)

__all__ = ["cluster_person_names", "ClusterStats"]


@dataclass(slots=True)
class ClusterStats:
    """How much work blocking left: `comparisons` is the number of name pairs compared."""

    names: int = 0
    distinct: int = 0
    comparisons: int = 0
    buckets: int = 0


@dataclass(slots=True)
class _UnionFind:
    parent: list[int]
    givens: list[set[str]] = field(default_factory=list)
    size: list[int] = field(default_factory=list)

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ga, gb = self.givens[ra], self.givens[rb]
        for x in ga:
            for y in gb:
                if given_conflict(x, y):
                    return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.givens[ra] = ga | gb
        self.givens[rb] = set()
        self.size[ra] += self.size[rb]
        return True


def _deletions(s: str) -> set[str]:
    return {s[:i] + s[i + 1 :] for i in range(len(s))}


@lru_cache(maxsize=65536)
def _surname_buckets(surname: str) -> frozenset[str]:
    # Phonetic keys and folded spellings share one namespace: a spelling equal to a key (plain
    # names: kononenko) then costs one bucket, not two. Deletion buckets go down to the
    # shortest spelling a typo is accepted on (compare_surnames decides; a key may be shorter
    # than its spelling: Tytzv -> tiCv).
    out: set[str] = set()
    for k in token_keys(surname):
        out.add(k)
        if len(k) >= MIN_TYPO_LEN - 1:
            out.update(_deletions(k))
    raw = fold(surname)
    if len(raw) >= MIN_TYPO_LEN:
        out.add(raw)
        out.update(_deletions(raw))
    if len(raw) >= LONG_TYPO_LEN:
        out.add(f"~{raw[0]}~{raw[-4:]}")  # scrambled long surnames (names._scrambled)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _given_tags(given: str) -> frozenset[str]:
    """Blocking tags of a given name: its variant-table groups and the first symbol of each
    phonetic key. Two given names that can match share a tag (same group, same key, an initial
    and its name, or a typo after the first letter), so namesakes with different given names
    (Oleg and Pavel Novitsky) mostly land in different buckets and are never compared."""
    if is_initial(given):
        return frozenset(f"f:{k[0]}" for k in token_keys(given.rstrip(".")) if k)
    tags = {f"g:{g}" for g in given_name_groups(given)}
    tags.update(f"f:{k[0]}" for k in token_keys(given) if k)
    return frozenset(tags) or frozenset({""})


def _norm(name: PersonName) -> str:
    return " ".join(name.tokens).casefold()


def cluster_person_names(
    names: Sequence[str],
    partitions: Sequence[Hashable] | None = None,
    *,
    attach_single: bool = True,
    attach_given: bool = True,
    stats: ClusterStats | None = None,
) -> list[int]:
    """A cluster label per name (labels numbered by first occurrence). Names in different
    `partitions` (e.g. fictional vs real) never share a cluster. `attach_given` also attaches
    a lone given name ('Yulia'); it scans all full names, so use it on one article only."""
    if partitions is None:
        partitions = [None] * len(names)
    stats = stats if stats is not None else ClusterStats()
    stats.names += len(names)
    # Distinct (partition, spelling) -> unit id.
    unit_of: dict[tuple[Hashable, str], int] = {}
    units: list[PersonName] = []
    unit_part: list[Hashable] = []
    name_unit: list[int] = []
    for text, part in zip(names, partitions, strict=True):
        pn = parse_person(text)
        key = (part, _norm(pn))
        if key not in unit_of:
            unit_of[key] = len(units)
            units.append(pn)
            unit_part.append(part)
        name_unit.append(unit_of[key])
    stats.distinct += len(units)
    n = len(units)
    uf = _UnionFind(list(range(n)), [{u.given} if u.given else set() for u in units], [1] * n)

    multi = [i for i, u in enumerate(units) if not u.single]
    single = [i for i, u in enumerate(units) if u.single]
    by_surname: dict[tuple[Hashable, str], list[int]] = defaultdict(list)
    _same_reading_pass(multi, units, unit_part, uf)
    deferred: list[tuple[int, int]] = []
    # Given names the variant table knows as different (Oleg vs Pavel) settle most comparisons
    # between namesakes; test that with a set intersection before the full comparison.
    ggroups = {
        i: (given_name_groups(g) if (g := units[i].given) and not is_initial(g) else frozenset())
        for i in multi
    }
    # Online blocking: each name is compared with the earlier names sharing a bucket, then
    # added to its buckets.
    buckets: dict[tuple[Hashable, str, str], list[int]] = defaultdict(list)
    for i in multi:
        sb = _surname_buckets(units[i].surname)
        given = units[i].given
        tags = _given_tags(given) if given is not None else frozenset({""})
        part = unit_part[i]
        # A variant-table group tag (Aleksandr/Oleksandr) pairs with the surname's own keys
        # only; typo neighbourhoods are reached through the first-letter tags.
        exact = token_keys(units[i].surname)
        mine = [(part, t, b) for t in tags for b in (exact if t.startswith("g:") else sb)]
        candidates: set[int] = set()
        for b in mine:
            got = buckets.get(b)
            if got:
                candidates.update(got)
        for b in mine:
            buckets[b].append(i)
        for sk in sb:
            by_surname[(part, sk)].append(i)
        typo_of: set[int] = set()  # roots `i` already has a typo edge to: one edge is enough
        for j in sorted(candidates):
            rj = uf.find(j)
            if uf.find(i) == rj or rj in typo_of:
                continue
            stats.comparisons += 1
            gi, gj = ggroups[i], ggroups[j]
            if gi and gj and not gi & gj:
                continue
            match = full_name_match(units[j], units[i])
            if match is None:
                continue
            if any(m.reason == "edit-distance" for _, _, m in match):
                deferred.append((j, i))
                typo_of.add(rj)
            else:
                uf.union(j, i)
    stats.buckets += len(buckets)
    _typo_pass(deferred, uf)

    # One-word names.
    single_buckets: dict[tuple[Hashable, str], list[int]] = defaultdict(list)
    for i in single:
        attached = False
        if attach_single:
            attached = _attach(i, units, unit_part, by_surname, uf, stats, attach_given)
        if not attached:
            for bk in _surname_buckets(units[i].surname):
                single_buckets[(unit_part[i], bk)].append(i)
    for members in single_buckets.values():
        for x in range(1, len(members)):
            u0, u1 = members[0], members[x]
            if uf.find(u0) == uf.find(u1):
                continue
            stats.comparisons += 1
            if compare_surnames(units[u0].surname, units[u1].surname) is not None:
                uf.union(u0, u1)

    labels: dict[int, int] = {}
    out: list[int] = []
    for u in name_unit:
        root = uf.find(u)
        if root not in labels:
            labels[root] = len(labels)
        out.append(labels[root])
    return out


_LONE = 2


def _same_reading_pass(
    multi: list[int], units: list[PersonName], unit_part: list[Hashable], uf: _UnionFind
) -> None:
    """Spellings whose given name and surname read the same (a shared phonetic key, or one
    variant-table group) are one person: join them by hashing, without pairwise comparison.
    This is what keeps the comparison count near-linear: the romanisations of one name (up to
    27 schemes) never need comparing with each other."""
    first: dict[tuple[Hashable, tuple[str, object], str], int] = {}
    for i in multi:
        u = units[i]
        if u.middle or u.given is None or is_initial(u.given):
            continue
        groups = given_name_groups(u.given)
        tags: list[tuple[str, object]] = (
            [("g", g) for g in sorted(groups)]
            if groups
            else [("k", k) for k in sorted(token_keys(u.given))]
        )
        for tag in tags:
            for sk in token_keys(u.surname):
                h = (unit_part[i], tag, sk)
                if h in first:
                    uf.union(first[h], i)
                else:
                    first[h] = i


def _typo_pass(pairs: list[tuple[int, int]], uf: _UnionFind) -> None:
    """Join spellings one typo away, guarded by how established each side is (its number of
    distinct spellings). A small cluster (at most two spellings: a typo, or a typo that two
    schemes happen to read alike) joins the one bigger cluster it is a typo of; spellings seen
    only once join each other (Klim Shpenko / Klim Shipenko, each written once). Two clusters
    of equal standing one edit apart are two people (Prokopyev and Prokofiev; Durov and
    Gurov), and a typo between two clusters is left alone."""
    root0 = {u: uf.find(u) for pair in pairs for u in pair}
    size0 = {r: uf.size[r] for r in root0.values()}
    bigger: dict[int, set[int]] = defaultdict(set)
    for a, b in pairs:
        ra, rb = uf.find(a), uf.find(b)
        for small, other in ((ra, rb), (rb, ra)):
            if size0[small] <= _LONE and size0[other] > size0[small]:
                bigger[small].add(other)
    for small, others in bigger.items():
        roots = {uf.find(o) for o in others}
        if len(roots) == 1:
            uf.union(small, next(iter(roots)))
    for a, b in pairs:
        ra, rb = root0[a], root0[b]
        if size0[ra] > 1 or size0[rb] > 1 or ra in bigger or rb in bigger:
            continue
        uf.union(a, b)


def _attach(
    i: int,
    units: list[PersonName],
    unit_part: list[Hashable],
    buckets: dict[tuple[Hashable, str], list[int]],
    uf: _UnionFind,
    stats: ClusterStats,
    attach_given: bool,
) -> bool:
    tok = units[i].surname
    part = unit_part[i]
    roots: set[int] = set()
    candidates: set[int] = set()
    for b in _surname_buckets(tok):
        candidates.update(buckets.get((part, b), ()))
    for c in candidates:
        stats.comparisons += 1
        if compare_surnames(tok, units[c].surname) is not None:
            roots.add(uf.find(c))
    if len(roots) == 1:
        return uf.union(next(iter(roots)), i)
    if roots or not attach_given:
        return False  # 'Novitsky' when Oleg and Pavel Novitsky both appear: ambiguous
    # Given name only ('Yulia'): the full names are few in one article, so scan them.
    for c, u in enumerate(units):
        if u.single or unit_part[c] != part or u.given is None:
            continue
        stats.comparisons += 1
        m = compare_given(tok, u.given)
        if m is not None and m.reason != "edit-distance":
            roots.add(uf.find(c))
    if len(roots) == 1:
        return uf.union(next(iter(roots)), i)
    return False
