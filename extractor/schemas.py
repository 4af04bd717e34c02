"""JSON Schemas of the published formats, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .compare.model import Diff
from .record import ErrorRecord, Record

__all__ = ["schema_json", "SCHEMA_FILES"]

_MODELS: dict[str, type[BaseModel]] = {"record": Record, "diff": Diff, "error": ErrorRecord}
SCHEMA_FILES = {name: f"schemas/{name}.schema.json" for name in _MODELS}


def schema_json(which: str) -> str:
    model = _MODELS[which]
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://extractor.invalid/{Path(SCHEMA_FILES[which]).name}"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True)
