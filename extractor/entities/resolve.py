"""Choosing among overlapping candidates."""

from __future__ import annotations

from collections.abc import Iterable

from .context import Candidate


def pool_same_span(cands: Iterable[Candidate]) -> list[Candidate]:
    groups: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        groups.setdefault((c.start, c.end), []).append(c)
    pooled: list[Candidate] = []
    for group in groups.values():
        group.sort(key=lambda c: -c.priority)
        best = group[0]
        merged = Candidate(
            best.start, best.end, best.label, best.source, best.priority,
            roles=list(best.roles), geo=best.geo, canonical=best.canonical,
            fictional=best.fictional,
        )  # fmt: skip
        for other in group[1:]:
            # (Not cities or states: 'New York beat Boston' are teams, the model knows better.)
            if (
                other.geo is not None
                and other.geo.kind in ("country", "facility")
                and merged.label == "ORG"
                and merged.source != "team"  # 'England beat Ireland': a sports cue said so
            ):
                # NER's ORG for a country/region/facility the gazetteer knows: a place.
                merged.label = "LOC"
            if other.label != merged.label:
                continue
            for r in other.roles:
                if r not in merged.roles:
                    merged.roles.append(r)
            merged.geo = merged.geo or other.geo
            merged.canonical = merged.canonical or other.canonical
        pooled.append(merged)
    return pooled


def resolve(cands: Iterable[Candidate], taken: set[int] | None = None) -> list[Candidate]:
    occupied = set(taken or ())
    accepted: list[Candidate] = []
    for c in sorted(pool_same_span(cands), key=lambda c: (-c.priority, -c.length, c.start)):
        if any(i in occupied for i in range(c.start, c.end)):
            continue
        occupied.update(range(c.start, c.end))
        accepted.append(c)
    return accepted
