"""Stable entity ids: 'person:anton-shkaplerov', 'place:baikonur', 'organization:roscosmos'."""

from __future__ import annotations

import re
import unicodedata

from .keys import cyrillic_to_latin, is_cyrillic

__all__ = ["slugify", "entity_id", "TYPE_OF_LABEL"]

TYPE_OF_LABEL: dict[str, str] = {"PER": "person", "LOC": "place", "ORG": "organization"}

# Letters NFKD does not reduce to ASCII.
_ASCII = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """ASCII-folded, lower-case, hyphen-separated: 'Miloš Biković' -> 'milos-bikovic'."""
    if is_cyrillic(name):
        name = cyrillic_to_latin(name)
    text = unicodedata.normalize("NFKD", name.translate(_ASCII))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’ʹ`]", "", text.lower())
    return _NON_ALNUM.sub("-", text).strip("-") or "unnamed"


def entity_id(label: str, name: str) -> str:
    return f"{TYPE_OF_LABEL.get(label, label.lower())}:{slugify(name)}"
