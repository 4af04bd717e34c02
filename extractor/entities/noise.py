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
    ctx.invalidate()
