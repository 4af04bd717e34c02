"""The temporal package stays a house of rooms: no module over 700 lines, no function over 120,
and no language's words in the engine (they belong in `extractor/lang/<lang>/temporal.py`)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import extractor.temporal as temporal
from extractor.lang import load_lang_module

PACKAGE = Path(temporal.__file__).resolve().parent
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 700
MAX_FUNCTION_LINES = 120


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_module_is_short(path: Path) -> None:
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_MODULE_LINES, f"{_name(path)} has {n} lines (at most {MAX_MODULE_LINES})"


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_functions_are_short(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{_name(path)}: functions over {MAX_FUNCTION_LINES} lines: {long}"


# TIMEX3 notation ("WE", "PT0S", the value grammar) is not a language's words
_NOTATION = {"calendar.py", "values.py", "types.py"}
# regex syntax around words: group names, escapes, character classes, placeholders
_REGEX_NOISE = re.compile(r"\(\?P[<=]\w+>?|\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}")


def _words(s: str) -> set[str]:
    """The lower-case words of a string (as the language tables write their words)."""
    return set(re.findall(r"(?<![^\W\d_])[^\W\d_A-Z]{2,}(?![^\W\d_])", _REGEX_NOISE.sub(" ", s)))


def _strings(v: object) -> Iterator[str]:
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for k, x in v.items():
            yield from _strings(k)
            yield from _strings(x)
    elif isinstance(v, (list, tuple, set, frozenset)):
        for x in v:
            yield from _strings(x)


def _vocabulary() -> set[str]:
    words: set[str] = set()
    for lang in LANGS:
        mod = load_lang_module(lang, "temporal")
        for name in dir(mod):
            if name.isupper():
                for s in _strings(getattr(mod, name)):
                    words |= _words(s)
    return words


LANGS = ("en", "it")
VOCABULARY = _vocabulary()


@pytest.mark.parametrize("path", [p for p in MODULES if p.name not in _NOTATION], ids=_name)
def test_no_language_words_in_the_engine(path: Path) -> None:
    """The words are in `extractor/lang/<lang>/temporal.py`: no string of the engine (but
    docstrings and identifiers such as group names or granularities) spells one of them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    found = [
        (node.lineno, node.value, sorted(_words(node.value) & VOCABULARY))
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and not re.fullmatch(r"\w*", node.value)
        and _words(node.value) & VOCABULARY
    ]
    assert not found, f"{_name(path)}: language words outside the language tables: {found}"
