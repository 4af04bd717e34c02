"""A readable terminal rendering of a Diff (rich tables; plain text when not a terminal)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from .model import Diff

__all__ = ["describe_slot", "render_text"]

_STATUS_STYLE = {
    "conflict": "bold red",
    "deviation": "bold yellow",
    "compatible": "yellow",
    "agree": "green",
    "only": "dim",
    "shared": "green",
}


def describe_slot(slot: str | None, names: dict[str, str]) -> str:
    """'age:person:tom-cruise' -> 'age of Tom Cruise'; 'dead@place:turkey' -> 'dead (Turkey)';
    'quake#2' -> 'quake (occurrence 2)'."""
    if not slot:
        return ""
    slot, hash_, occurrence = slot.partition("#")
    if hash_:
        return f"{describe_slot(slot, names)} (occurrence {occurrence})"
    slot, at, place = slot.partition("@")
    if at:
        return f"{describe_slot(slot, names)} ({names.get(place, place)})"
    kind, _, what = slot.partition(":")
    if not what:
        return slot
    return f"{kind} of {names.get(what, what)}"


def render_text(d: Diff, *, color: bool = False, width: int = 110) -> str:
    labels = [s.label for s in d.sources]
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, color_system="standard" if color else None, highlight=False
    )
    header = ", ".join(
        f"{s.label} ({s.language}, published {s.published or 'unknown'})" for s in d.sources
    )
    console.print(f"Sources: {header}")

    facts = Table(title="Facts", show_lines=False, expand=True)
    facts.add_column("status")
    facts.add_column("kind")
    facts.add_column("about")
    for label in labels:
        facts.add_column(label, overflow="fold")
    names = {e.id: e.name for e in d.entities}
    for row in d.facts:
        about = describe_slot(row.slot, names)
        others = [names.get(p, p) for p in row.participants if f"age:{p}" != row.slot]
        if others:
            about = f"{about} ({', '.join(others)})" if about else ", ".join(others)
        cells = []
        for label in labels:
            if label in row.values:
                shown = [row.evidence[label], *row.also.get(label, [])]
                text = "; ".join(
                    f"{e.value or e.text}  «{e.text}»"
                    + (" (planned)" if e.modality == "planned" else "")
                    for e in shown
                )
                cells.append(text + (" (latest)" if label == row.latest else ""))
            else:
                cells.append("—")
        style = _STATUS_STYLE[row.status]
        facts.add_row(f"[{style}]{row.status}[/]", row.kind, about, *cells)
    console.print(facts)

    entities = Table(title="Entities", expand=True)
    entities.add_column("status")
    entities.add_column("type")
    entities.add_column("entity")
    for label in labels:
        entities.add_column(label, overflow="fold")
    for entity in d.entities:
        cells = [" / ".join(entity.sources.get(label, [])) or "—" for label in labels]
        style = _STATUS_STYLE[entity.status]
        entities.add_row(f"[{style}]{entity.status}[/]", entity.type, entity.name, *cells)
    console.print(entities)

    counts: dict[str, int] = {}
    for row in d.facts:
        counts[row.status] = counts.get(row.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in counts.items())
    shared = sum(1 for e in d.entities if e.status == "shared")
    console.print(f"Facts: {summary or 'none'}. Entities: {shared} shared of {len(d.entities)}.")
    return buffer.getvalue()
