"""The corpus-level entity registry of a batch run (`extractor batch --entities FILE`)."""

from __future__ import annotations

import json
from typing import Any

from ..reconcile.registry import Registry, reconcile
from ..record import Record

__all__ = ["RegistryCollector"]

_KEEP = ("source", "people", "places", "organizations")


class RegistryCollector:
    """Keeps each record's entities (not its text or facts) until the run ends."""

    def __init__(self) -> None:
        self._records: list[Record] = []

    def add(self, data: dict[str, Any]) -> None:
        slim = {key: data[key] for key in _KEEP if key in data}
        self._records.append(Record.model_validate({**slim, "text": ""}))

    def registry(self) -> Registry:
        return reconcile(self._records)

    def to_json(self) -> str:
        registry = self.registry()
        return json.dumps(
            {
                "entities": [
                    {
                        "id": e.id,
                        "type": e.type,
                        "name": e.name,
                        "aliases": e.aliases,
                        "fictional": e.fictional,
                        "geonames_id": e.geonames_id,
                        "members": [{"record": r, "entity": local} for r, local in e.members],
                    }
                    for e in registry.entities
                ]
            },
            ensure_ascii=False,
            indent=2,
        )
