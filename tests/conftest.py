"""Shared fixtures. The project's own corpus/ is always there; ../shared may not be."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Property tests: the same few hundred examples on every CI run; `--hypothesis-profile=long`
# for a random search of thousands.
settings.register_profile(
    "ci",
    max_examples=150,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"

SEEDS = {
    "it": CORPUS / "seeds" / "000_8be602b854862311.txt",
    "en": CORPUS / "seeds" / "003_a0826c20d7ebd924.txt",
}


def gold_for(path: Path) -> dict[str, Any]:
    return json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_records() -> dict[str, Any]:
    """The record of each seed article, extracted once per test session."""
    from extractor import extract_file

    return {lang: extract_file(path) for lang, path in SEEDS.items()}


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, dict[str, Any]]:
    return {lang: gold_for(path) for lang, path in SEEDS.items()}
