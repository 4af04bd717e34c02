"""Explain why each spelling of an entity was linked to it."""

from __future__ import annotations

from .record import Record

__all__ = ["explain"]


def explain(record: Record) -> str:
    lines = [f"{record.source.id} ({record.source.language})"]
    for group in (record.people, record.places, record.organizations):
        for entity in group:
            lines.append(f"{entity.id}  {entity.name}")
            reasons = {link.alias: link for link in entity.links}
            for alias in entity.aliases:
                link = reasons.get(alias)
                if link is None:
                    lines.append(f"    {alias}")
                    continue
                detail = f" ({link.detail})" if link.detail else ""
                score = f" score={link.score:.2f}" if link.score is not None else ""
                lines.append(f"    {alias}  <- {link.reason}{detail}{score}")
    return "\n".join(lines) + "\n"
