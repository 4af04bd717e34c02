"""What /docs and /openapi.json say of the bodies the endpoints read themselves.

The endpoints read their raw body (to honour the content type and refuse an oversized body
early), so FastAPI cannot infer the request schema: it is declared here.
"""

from __future__ import annotations

from typing import Any

from .bodies import DiffRequest

__all__ = ["ARTICLE_OBJECT", "DIFF_BODY", "EXTRACT_BODY", "responses"]

ARTICLE_OBJECT: dict[str, Any] = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "text": {"type": "string"},
        "id": {"type": ["string", "integer"]},
        "lang": {"type": "string"},
        "published": {"type": "string", "description": "ISO date"},
        "url": {"type": "string"},
        "title": {"type": "string"},
        "authors": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    },
}

EXTRACT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "Plain text, an HTML page, or the JSON article object the CLI reads.",
        "content": {
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
            "application/json": {"schema": ARTICLE_OBJECT},
        },
    }
}


def _inline(schema: dict[str, Any]) -> dict[str, Any]:
    """A pydantic schema with its $defs inlined, so that it stands alone inside the document."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return walk(dict(defs[ref.removeprefix("#/$defs/")]))
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    inlined: dict[str, Any] = walk(schema)
    return inlined


DIFF_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": _inline(DiffRequest.model_json_schema())}},
    }
}


def _model_schema(name: str) -> dict[str, Any]:
    from pydantic import BaseModel

    from ..compare.model import Diff
    from ..record import ErrorRecord, Record

    models: dict[str, type[BaseModel]] = {
        "Record": Record,
        "Diff": Diff,
        "ErrorRecord": ErrorRecord,
    }
    model = models[name]
    return _inline(model.model_json_schema())


def responses(ok: str | None) -> dict[int | str, dict[str, Any]]:
    """The 200 body (a record or a diff) and the error body every failure has."""
    error = {"content": {"application/json": {"schema": _model_schema("ErrorRecord")}}}
    out: dict[int | str, dict[str, Any]] = {"4XX": {"description": "Refused", **error}}
    if ok is not None:
        out[200] = {
            "description": ok,
            "content": {"application/json": {"schema": _model_schema(ok)}},
        }
    return out
