"""The published JSON Schemas are generated from the models and must not go stale."""

from __future__ import annotations

import json

import pytest

from extractor.schemas import SCHEMA_FILES, schema_json

from .conftest import REPO


@pytest.mark.parametrize("which", sorted(SCHEMA_FILES))
def test_schema_file_is_current(which: str) -> None:
    path = REPO / SCHEMA_FILES[which]
    assert path.exists(), f"{path} missing: run `make schemas`"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(schema_json(which)), (
        f"{path} is stale: run `make schemas`"
    )
