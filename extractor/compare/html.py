"""A self-contained HTML report of a diff: conflicts first, then the articles side by side.

Highlighting is spaCy's displaCy (entity style, manual mode), so the look is the one users of
spaCy know. Conflicting facts are outlined in red in the articles and listed at the top with
the sentence each source states them in.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from spacy import displacy

from ..record import Record
from .model import Diff, Evidence
from .render import describe_slot
from .timeline import render_timeline, row_id

__all__ = ["render_html"]

_COLORS = {
    "PERSON": "#aa9cfc",
    "PLACE": "#feca74",
    "ORG": "#7aecec",
    "DATE": "#bfe1d9",
    "DURATION": "#e4e7d2",
    "QUANTITY": "#e1d5e7",
    "CONFLICT": "#ff8a80",
}

_CSS = """
body { font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; margin: 1.5em;
       color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { border: 1px solid #ddd; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
.status-conflict { color: #b71c1c; font-weight: bold; }
.status-compatible { color: #8d6e00; }
.status-agree { color: #1b5e20; }
.status-only { color: #777; }
.status-deviation { color: #e65100; font-weight: bold; }
#deviations { border: 2px solid #ef6c00; background: #fff8e1; padding: 0.6em 1em;
              border-radius: 6px; margin-top: 1em; }
#conflicts { border: 2px solid #d32f2f; background: #fff5f5; padding: 0.6em 1em;
             border-radius: 6px; }
#conflicts li { margin: 0.5em 0; }
.evidence { color: #444; } .evidence b { background: #ffcdd2; }
.articles { display: grid; gap: 1.2em; }
.article { border: 1px solid #ddd; border-radius: 6px; padding: 0.8em; overflow-wrap: anywhere; }
.article h3 { margin-top: 0; }
"""


def _evidence(sentence: str, text: str) -> str:
    """The sentence with the fact in bold."""
    at = sentence.find(text)
    if at < 0:
        return html.escape(sentence)
    return (
        html.escape(sentence[:at])
        + f"<b>{html.escape(text)}</b>"
        + html.escape(sentence[at + len(text) :])
    )


def _side(label: str, ev: Evidence, latest: bool) -> str:
    planned = " <i>(planned)</i>" if ev.modality == "planned" else ""
    later = " <i>(published last)</i>" if latest else ""
    return (
        f"<li><b>{html.escape(label)}</b>: {html.escape(ev.value or ev.text)}{planned}{later} — "
        f'<span class="evidence">{_evidence(ev.sentence, ev.text)}</span></li>'
    )


def _conflicts(d: Diff, status: str = "conflict") -> str:
    """The rows of one status listed with every source's sentence: conflicts, and deviations
    (a planned value against a different actual one)."""
    title, section = (
        ("Conflicts", "conflicts") if status == "conflict" else ("Deviations", "deviations")
    )
    rows = [r for r in d.facts if r.status == status]
    if not rows:
        if status != "conflict":
            return ""
        return f'<section id="{section}"><h2>{title}</h2><p>None found.</p></section>'
    items = []
    for row in rows:
        sides = "".join(
            _side(label, ev, label == row.latest)
            for label in row.values
            for ev in [row.evidence[label], *row.also.get(label, [])]
        )
        names = {e.id: e.name for e in d.entities}
        about = html.escape(describe_slot(row.slot, names) or row.kind)
        if row.participants:
            who = ", ".join(names.get(p, p) for p in row.participants)
            about += f" <small>({html.escape(who)})</small>"
        items.append(f'<li class="{status}"><b>{about}</b> ({row.kind})<ul>{sides}</ul></li>')
    return (
        f'<section id="{section}"><h2>{title} ({len(rows)})</h2><ul>{"".join(items)}</ul></section>'
    )


def _facts_table(d: Diff, labels: Sequence[str]) -> str:
    names = {e.id: e.name for e in d.entities}
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels)
    body = []
    for index, row in enumerate(d.facts):
        cells = "".join(
            "<td>"
            + "<br>".join(
                f"{html.escape(ev.value or ev.text)} «{html.escape(ev.text)}»"
                for ev in [row.evidence[label], *row.also.get(label, [])]
            )
            + "</td>"
            if label in row.values
            else "<td>—</td>"
            for label in labels
        )
        body.append(
            f'<tr id="{row_id(index)}" class="fact status-row-{row.status}">'
            f'<td class="status-{row.status}">'
            f"{row.status}</td><td>{row.kind}</td>"
            f"<td>{html.escape(describe_slot(row.slot, names))}</td>"
            f"{cells}</tr>"
        )
    return (
        f"<table id='facts'><tr><th>status</th><th>kind</th><th>about</th>{head}</tr>"
        f"{''.join(body)}</table>"
    )


def _entities_table(d: Diff, labels: Sequence[str]) -> str:
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels)
    body = []
    for e in d.entities:
        cells = "".join(
            f"<td>{html.escape(' / '.join(e.sources.get(label, []))) or '—'}</td>"
            for label in labels
        )
        body.append(
            f'<tr><td class="status-{"agree" if e.status == "shared" else "only"}">'
            f"{e.status}</td><td>{e.type}</td><td>{html.escape(e.name)}</td>{cells}</tr>"
        )
    return (
        f"<table id='entities'><tr><th>status</th><th>type</th><th>entity</th>{head}</tr>"
        f"{''.join(body)}</table>"
    )


def _conflict_spans(d: Diff, label: str) -> set[tuple[int, int]]:
    return {
        (row.evidence[label].start, row.evidence[label].end)
        for row in d.facts
        if row.status == "conflict" and label in row.evidence
    }


def _article(record: Record, label: str, conflicts: set[tuple[int, int]]) -> str:
    spans: list[tuple[int, int, str]] = []
    for kind, group in (
        ("PERSON", record.people),
        ("PLACE", record.places),
        ("ORG", record.organizations),
    ):
        for entity in group:
            spans += [(m.start, m.end, kind) for m in entity.mentions]
    for fact_kind, facts in (
        ("DATE", record.dates),
        ("DURATION", record.durations),
        ("QUANTITY", record.quantities),
    ):
        for f in facts:
            tag = "CONFLICT" if (f.start, f.end) in conflicts else fact_kind
            spans.append((f.start, f.end, tag))
    # displaCy draws non-overlapping spans only: keep the first of any overlap.
    chosen: list[tuple[int, int, str]] = []
    for start, end, tag in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, tag))
    markup = displacy.render(
        {"text": record.text, "ents": [{"start": s, "end": e, "label": t} for s, e, t in chosen]},
        style="ent",
        manual=True,
        page=False,
        options={"colors": _COLORS},
    )
    meta = f"{record.source.language}, published {record.source.published or 'unknown'}"
    return (
        f'<div class="article" data-label="{html.escape(label)}"><h3>{html.escape(label)}'
        f" <small>({html.escape(meta)})</small></h3>{markup}</div>"
    )


def render_html(d: Diff, records: Sequence[Record]) -> str:
    labels = [s.label for s in d.sources]
    articles = "".join(
        _article(record, label, _conflict_spans(d, label))
        for record, label in zip(records, labels, strict=True)
    )
    columns = f"repeat({len(labels)}, minmax(0, 1fr))"
    counts = {
        status: sum(1 for r in d.facts if r.status == status)
        for status in ("conflict", "deviation", "compatible", "agree", "only")
    }
    summary = ", ".join(f"{n} {status}" for status, n in counts.items())
    title = "extractor diff: " + " / ".join(labels)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>{_CSS}</style></head><body>
<h1>{html.escape(title)}</h1>
<p>Facts: {summary}.</p>
{_conflicts(d)}
{_conflicts(d, "deviation")}
{render_timeline(d)}
<h2>Facts</h2>{_facts_table(d, labels)}
<h2>Entities</h2>{_entities_table(d, labels)}
<h2>Articles</h2>
<div class="articles" style="grid-template-columns: {columns}">{articles}</div>
</body></html>
"""
