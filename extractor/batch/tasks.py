"""Batch inputs as a lazy stream of small, picklable tasks.

A task names one article: a file path, or one JSON Lines row. Reading and language detection
happen where the task is processed (a worker process or a Dask worker), so the parent only walks
folders and reads lines, and memory stays flat however many articles there are.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError

__all__ = ["Task", "iter_tasks", "count_tasks", "ARTICLE_SUFFIXES"]

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".xhtml", ".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


@dataclass(frozen=True, slots=True)
class Task:
    id: str
    path: str | None = None  # an article file
    row: dict[str, Any] | None = None  # a JSON Lines row (already parsed)
    error: str | None = None  # the row could not even be parsed


def _files(item: str) -> Iterator[Path]:
    path = Path(item)
    if path.is_dir():
        for root, dirs, names in os.walk(path):
            dirs.sort()
            for name in sorted(names):
                candidate = Path(root) / name
                if candidate.suffix.lower() in ARTICLE_SUFFIXES | JSONL_SUFFIXES:
                    yield candidate
        return
    if path.exists() or item == "-":
        yield path
        return
    matches = sorted(glob.glob(item, recursive=True))
    if not matches:
        raise UsageError(f"{item}: no such file, folder or matching pattern")
    for match in matches:
        yield from _files(match)


def _rows(path: Path) -> Iterator[Task]:
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            fallback = f"{path}:{lineno}"
            try:
                row = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield Task(id=fallback, error="line is not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield Task(id=fallback, error=f"invalid JSON ({exc.msg})")
                continue
            if not isinstance(row, dict):
                yield Task(id=fallback, error="expected a JSON object")
                continue
            row_id = row.get("id")
            yield Task(id=str(row_id) if row_id is not None else fallback, row=row)


def iter_tasks(inputs: Iterable[str]) -> Iterator[Task]:
    """Files, folders (recursive, sorted), globs and JSON Lines files -> tasks, lazily."""
    for item in inputs:
        for path in _files(item):
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from _rows(path)
            else:
                yield Task(id=str(path), path=str(path))


def count_tasks(inputs: Iterable[str]) -> int:
    """How many tasks `iter_tasks` will yield, counting JSONL rows without parsing them."""
    total = 0
    for item in inputs:
        for path in _files(item):
            if path.suffix.lower() in JSONL_SUFFIXES:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total
