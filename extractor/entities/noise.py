"""What is never an entity: handles, links, photo credits, the metadata header and the lines
above the story, and short quoted titles (for people)."""

from __future__ import annotations

import re

from .context import Context, tokens_in_chars


def mark_noise(ctx: Context) -> None:
    doc = ctx.doc
    tokens = ctx.tokens
    for t in tokens:
        if t.text.startswith(("@", "#")) or t.like_url or "twitter.com" in t.lower_:
            ctx.blocked.add(t.i)
    for pattern in ctx.cues.credit_patterns:
        for m in pattern.finditer(ctx.text):
            ctx.blocked.update(tokens_in_chars(ctx, m.start(), m.end()))
    header_end = int(doc._.header_end or 0)
    if header_end > 0:
        ctx.blocked.update(tokens_in_chars(ctx, 0, header_end))
    # date lines, bylines and the dateline above the story (its place is added apart)
    for start, end in doc._.metadata or ():
        ctx.blocked.update(tokens_in_chars(ctx, start, end))
    # Short quoted stretches that read like titles (‘The Challenge’): not people.
    for m in re.finditer(r"[‘“\"«]([^‘’“”\"«»\n]{1,60})[’”\"»]", ctx.text):
        inner = m.group(1).strip()
        if inner and inner[0].isupper() and len(inner.split()) <= 6:
            toks = list(tokens_in_chars(ctx, m.start(1), m.end(1)))
            if toks:
                ctx.quoted.add((toks[0], toks[-1] + 1))
    for start, end in navigation_lines(ctx.text):
        ctx.blocked.update(tokens_in_chars(ctx, start, end))
    ctx.invalidate()


# A page's menu copied with the story: 'Multimedia · User Galleries · News in Pictures'.
_SEPARATORS = re.compile(r"\s+[·•|»]\s+")
_MIN_ITEMS = 3
_MAX_ITEM_WORDS = 8


def navigation_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of lines that are lists of short links: three items or more between
    separators, none a sentence and none with figures (a table row has figures)."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        items = [i.strip() for i in _SEPARATORS.split(line.strip())]
        if (
            len(items) >= _MIN_ITEMS
            and all(0 < len(i.split()) <= _MAX_ITEM_WORDS for i in items)
            and not any(c.isdigit() for c in line)
            and not any(i.endswith((".", "!", "?", ":")) for i in items)
        ):
            out.append((pos, pos + len(line)))
        pos += len(line)
    return out
