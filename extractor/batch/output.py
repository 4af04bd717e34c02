"""The JSON Lines output of a batch: append-only, whole lines, resumable."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

__all__ = ["JsonlWriter", "completed_ids", "repair_tail"]


def repair_tail(path: Path) -> None:
    """Cut a half-written last line left by a killed run, so every line is a whole record."""
    if not path.exists():
        return
    with path.open("rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return
        # Walk back to the last newline; everything after it is a partial line.
        block = 1 << 16
        pos = size
        while pos > 0:
            step = min(block, pos)
            pos -= step
            handle.seek(pos)
            chunk = handle.read(step)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                handle.truncate(pos + nl + 1)
                return
        handle.truncate(0)


def completed_ids(path: Path) -> set[str]:
    """Ids of the articles an earlier run already wrote (records and error records)."""
    done: set[str] = set()
    if not path.exists():
        return done
    with path.open("rb") as handle:
        for raw in handle:
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(data, dict):
                continue
            if "source" in data and isinstance(data["source"], dict):
                done.add(str(data["source"].get("id")))
            elif "id" in data:
                done.add(str(data["id"]))
    return done


class JsonlWriter:
    """Writes whole lines with one write call each and flushes per chunk."""

    def __init__(self, target: Path | None, *, append: bool) -> None:
        self._owned = target is not None
        self._handle: IO[str]
        if target is None:
            import sys

            self._handle = sys.stdout
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._handle = target.open("a" if append else "w", encoding="utf-8")

    def write_lines(self, lines: list[str]) -> None:
        if lines:
            self._handle.write("".join(line + "\n" for line in lines))
            self._handle.flush()

    def close(self) -> None:
        if self._owned:
            self._handle.close()
