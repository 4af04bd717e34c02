"""The JSON Lines output of a batch: append-only, whole lines, resumable."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

from ..errors import InputError

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
    """Appends whole lines: each chunk is one os.write on an O_APPEND descriptor.

    A buffered text file may hand a chunk to the OS in several writes, so a kill between two
    of them would leave half a line; one write call per chunk does not. (`repair_tail` still
    runs on --resume, for files written by anything else.)
    """

    def __init__(self, target: Path | None, *, append: bool) -> None:
        self._fd: int | None = None
        self._stdout: IO[str] | None = None
        if target is None:
            import sys

            self._stdout = sys.stdout
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                self._fd = os.open(target, flags, 0o644)
            except OSError as exc:
                raise InputError(f"{target}: cannot write ({exc.strerror})") from None

    def write_lines(self, lines: list[str]) -> None:
        if not lines:
            return
        payload = "".join(line + "\n" for line in lines)
        if self._fd is None:
            assert self._stdout is not None
            self._stdout.write(payload)
            self._stdout.flush()
            return
        data = memoryview(payload.encode("utf-8"))
        while data:  # a regular file takes it all at once; loop only for the odd short write
            written = os.write(self._fd, data)
            data = data[written:]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
