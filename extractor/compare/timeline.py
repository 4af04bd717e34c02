"""The diff report's timeline: what each source dates, event slot by event slot, on one axis.

Each slot (launch, landing...) is a group with one lane per source that dates it; each dated
fact sits at its date with its length (a month is a bar, a day a block, a clock time a dot
inside its day), in its row's status colour, linked to its row of the report's table and
titled with what the source wrote. Values with no calendar position are listed below it.

The SVG is written here by hand: the picture is rectangles, circles, lines and text, each mark
with a link and a <title>. A plotting library (matplotlib, plotly, altair) would be a large
dependency, or a script fetched when the page opens, which a self-contained report cannot
have, and its output would still need the links and titles added afterwards.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .model import Diff, FactRow
from .render import describe_slot
from .timescale import Segment, clock_interval, interval, layout_axis, ticks

__all__ = ["COLOURS", "Mark", "dated_marks", "readable", "render_timeline", "row_id"]

COLOURS = {
    "conflict": "#d32f2f",
    "deviation": "#ef6c00",
    "compatible": "#a07800",
    "agree": "#2e7d32",
    "only": "#8a9ba8",
}
_NOT_DATES = frozenset({"duration", "quantity"})
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_WIDTH = 960.0
_GUTTER = 104.0  # source labels
_RIGHT = 10.0
_AXIS_H = 34.0
_HEAD_H = 20.0  # the slot's label above its lanes
_LANE_H = 20.0
_GROUP_GAP = 6.0
_CHAR_PX = 6.3  # average width of a character of the 11px label font, to keep labels apart

_STYLE = """
#timeline svg { max-width: 100%; height: auto; font-size: 11px; }
#timeline .tl-mark:hover { opacity: 0.7; }
#timeline .tl-other { opacity: 0.5; }
#timeline .tl-slot { font-weight: bold; font-size: 12px; }
#timeline .tl-legend span { margin-right: 1em; white-space: nowrap; }
#timeline .tl-legend i { display: inline-block; width: 0.9em; height: 0.9em;
                         vertical-align: -0.1em; margin-right: 0.3em; }
#facts tr:target { outline: 3px solid #d32f2f; background: #fff3b0; }
"""


def row_id(index: int) -> str:
    """The id of a fact row in the report's table (the index of the row in Diff.facts)."""
    return f"row-{index}"


@dataclass(frozen=True, slots=True)
class Mark:
    """One source's dated statement in one row of the diff."""

    row: int
    slot: str | None
    source: str
    value: str
    text: str
    status: str
    span: tuple[float, float] | None  # UTC seconds; None when it has no calendar position
    also: tuple[int, ...] = ()  # other rows where the source states the same, same status
    planned: bool = False  # a planned or expected value, not one that happened
    clock: bool = False  # a clock time with no day stated; span is on a reference day, UTC
    other: bool = False  # one of the other values the source gives for the row's slot


def _statements(row: FactRow) -> Iterable[tuple[str, str, str, bool, bool]]:
    """(source, value, text as written, planned, other); a source may state several values
    for a slot (a list of values, or its other values' evidence under `also`)."""
    for source, stated in row.values.items():
        values: list[object] = list(stated) if isinstance(stated, list | tuple) else [stated]
        found: object = row.evidence.get(source)
        evidence = list(found) if isinstance(found, list | tuple) else [found] * len(values)
        for value, ev in zip(values, evidence, strict=False):
            yield source, str(value), _text(ev), _planned(ev), False
    others: object = getattr(row, "also", None)
    if isinstance(others, dict):
        for source, evidence in others.items():
            for ev in evidence if isinstance(evidence, list | tuple) else [evidence]:
                value = getattr(ev, "value", None)
                if value:
                    yield str(source), str(value), _text(ev), _planned(ev), True


def _text(evidence: object) -> str:
    return str(getattr(evidence, "text", ""))


def _planned(evidence: object) -> bool:
    return getattr(evidence, "modality", "actual") == "planned"


def _mark(index: int, row: FactRow, statement: tuple[str, str, str, bool, bool]) -> Mark:
    source, value, text, planned, other = statement
    span = interval(value)
    clock = span is None and (span := clock_interval(value)) is not None
    return Mark(index, row.slot, source, value, text, row.status, span, (), planned, clock, other)


def dated_marks(d: Diff) -> list[Mark]:
    """Every dated statement of the diff (dates, clock times; not durations or quantities)."""
    return [
        _mark(i, row, statement)
        for i, row in enumerate(d.facts)
        if row.kind not in _NOT_DATES
        for statement in _statements(row)
    ]


def _grain(value: str) -> str:
    if re.search(r"T\d", value):
        return "time"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    return "span"


def readable(value: str) -> str:
    """'2021-10-05' -> '5 Oct 2021'; '2021-10-06T08:55+03:00' -> '6 Oct 2021 08:55 +03:00'."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}(?::\d{2})?)(Z|[+-][\d:]+)?)?", value)
    if m is None or not 1 <= int(m[2]) <= 12:
        if w := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            return f"week {int(w[2])} {w[1]}"
        if c := re.fullmatch(r"T(\d{2}:\d{2})(?::\d{2})?(Z|[+-][\d:]+)?", value):
            return f"{c[1]} {'UTC' if c[2] == 'Z' else c[2] or ''}".rstrip()
        return value
    month = _MONTHS[int(m[2]) - 1]
    out = f"{int(m[3])} {month} {m[1]}" if m[3] else f"{month} {m[1]}"
    if m[4]:
        zone = "UTC" if m[5] == "Z" else m[5] or ""
        out += f" {m[4] if ':' in m[4] else m[4] + ':00'} {zone}".rstrip()
    return out


@dataclass(slots=True)
class _Placed:
    mark: Mark
    x0: float
    x1: float
    label_x: float
    anchor: str  # 'start' | 'end'
    left: float
    right: float
    cut: tuple[bool, bool] = (False, False)  # the span goes on beyond the piece (left, right)


def _place(mark: Mark, pieces: Sequence[Segment]) -> _Placed:
    assert mark.span is not None
    start, end = mark.span
    piece = next((p for p in pieces if p.contains(start)), None)
    if piece is None:  # a long span the axis was not laid out for: the piece it covers most
        piece = max(pieces, key=lambda p: p.overlap(start, end))
    cut = (start < piece.start, end > piece.end)
    x0, x1 = piece.x(start), piece.x(end)
    if x1 - x0 < 4:
        middle = (x0 + x1) / 2
        x0, x1 = middle - 2, middle + 2
    width = len(readable(mark.value)) * _CHAR_PX
    after, before = x1 + (11 if cut[1] else 4), x0 - (11 if cut[0] else 4)
    if after + width <= _WIDTH - _RIGHT:
        return _Placed(mark, x0, x1, after, "start", before, after + width, cut)
    if before - width >= _GUTTER:
        return _Placed(mark, x0, x1, before, "end", before - width, after, cut)
    # A span across the whole axis: its label goes over it (the label has a halo).
    inside = max(x0, _GUTTER) + 12
    return _Placed(mark, x0, x1, inside, "start", before, max(after, inside + width), cut)


def _urgency(status: str) -> int:
    return {"conflict": 0, "deviation": 1}.get(status, 2)


def _free(row: list[_Placed], p: _Placed) -> bool:
    return all(q.right + 6 <= p.left or p.right + 6 <= q.left for q in row)


def _pack(placed: list[_Placed]) -> list[list[_Placed]]:
    """Sub-rows of a lane so that no two marks or labels overlap; conflicts take the first
    row, level with the other sources' values they conflict with."""
    rows: list[list[_Placed]] = []
    for p in sorted(placed, key=lambda p: (_urgency(p.mark.status), p.mark.other, p.left)):
        row = next((r for r in rows if _free(r, p)), None)
        if row is None:
            rows.append([p])
        else:
            row.append(p)
    return rows


def _groups(marks: list[Mark]) -> list[tuple[str | None, list[Mark]]]:
    """Marks by slot: slots in conflict first, then deviations, then by earliest date."""
    by_slot: dict[str | None, list[Mark]] = {}
    for mark in marks:
        by_slot.setdefault(mark.slot, []).append(mark)

    def key(item: tuple[str | None, list[Mark]]) -> tuple[int, int, float]:
        slot, group = item
        urgency = min(_urgency(m.status) for m in group)
        return (slot is None, urgency, min(m.span[0] for m in group if m.span))

    return sorted(by_slot.items(), key=key)


def _merge_repeats(group: list[Mark]) -> list[Mark]:
    """One mark for a value a source states in several rows of one slot with one status (a
    date repeated in a story pairs up with several rows); a conflict or deviation keeps a
    mark per row, each being a comparison to look at."""
    out: list[Mark] = []
    first: dict[tuple[str, str, str, bool, bool], int] = {}
    for mark in group:
        key = (mark.source, mark.value, mark.status, mark.planned, mark.other)
        if _urgency(mark.status) < 2 or key not in first:
            first.setdefault(key, len(out))
            out.append(mark)
        else:
            at = first[key]
            out[at] = replace(out[at], also=(*out[at].also, mark.row))
    return out


def _title(mark: Mark, about: str) -> str:
    shown = readable(mark.value)
    value = shown if shown == mark.value else f"{shown} ({mark.value})"
    more = f" (and {len(mark.also)} more rows)" if mark.also else ""
    planned = ", planned" if mark.planned else ""
    other = " (another value this source gives; the row compares its first)" if mark.other else ""
    return (
        f"{about} — {mark.source}: {value}{planned}, written «{mark.text}»; "
        f"{mark.status}{more}{other}"
    )


def _shape(p: _Placed, y: float, colour: str) -> str:
    grain = _grain(p.mark.value)
    width = p.x1 - p.x0
    # A planned value is hollow: what was expected, beside what happened.
    paint = (
        f'fill="#fff" stroke="{colour}" stroke-width="2"' if p.mark.planned else f'fill="{colour}"'
    )
    if grain == "time":  # an instant, whatever the scale: a dot at its minute
        return f'<circle cx="{p.x0 + width / 2:.1f}" cy="{y:.1f}" r="4.5" {paint}/>'
    height = 8.0 if grain == "span" else 14.0
    rect = (
        f'<rect x="{p.x0:.1f}" y="{y - height / 2:.1f}" width="{width:.1f}" '
        f'height="{height:.0f}" rx="2" {paint}/>'
    )
    # A span cut at the piece's edge ends in an arrow: it goes on beyond what is drawn.
    arrows = [
        f'<path class="tl-cut" d="M{x:.1f},{y - 6:.1f} L{x + 7 * side:.1f},{y:.1f} '
        f'L{x:.1f},{y + 6:.1f} Z" fill="{colour}"/>'
        for x, side, cut in ((p.x0, -1, p.cut[0]), (p.x1, 1, p.cut[1]))
        if cut
    ]
    return rect + "".join(arrows)


def _mark_svg(p: _Placed, y: float, about: str) -> str:
    mark = p.mark
    status = html.escape(mark.status)
    colour = COLOURS.get(mark.status, COLOURS["only"])
    over = p.x0 < p.label_x < p.x1  # a label drawn over its own bar is dark, to be read there
    return (
        f'<a href="#{row_id(mark.row)}"><g class="tl-mark tl-{status} tl-{_grain(mark.value)}'
        f'{" tl-other" if mark.other else ""}" data-row="{row_id(mark.row)}" '
        f'data-source="{html.escape(mark.source)}">'
        f"<title>{html.escape(_title(mark, about))}</title>{_shape(p, y, colour)}"
        f'<text x="{p.label_x:.1f}" y="{y + 4:.1f}" text-anchor="{p.anchor}" '
        f'fill="{"#222" if over else colour}" '
        'stroke="#fff" stroke-width="3" paint-order="stroke">'
        f"{html.escape(readable(mark.value))}</text></g></a>"
    )


def _axis(pieces: Sequence[Segment], bottom: float, clock: bool = False) -> list[str]:
    out = []
    line_y = _AXIS_H - 8
    for i, piece in enumerate(pieces):
        out.append(
            f'<line x1="{piece.x0:.1f}" y1="{line_y}" x2="{piece.x1:.1f}" y2="{line_y}" '
            'stroke="#555"/>'
        )
        for x, label in ticks(piece, clock):
            out.append(
                f'<line x1="{x:.1f}" y1="{line_y - 4}" x2="{x:.1f}" y2="{bottom:.1f}" '
                'stroke="#e3e3e3"/>'
                f'<text x="{x:.1f}" y="{line_y - 8}" text-anchor="middle" fill="#333">'
                f"{html.escape(label)}</text>"
            )
        if i:  # the break: two slashes across the axis and a dashed line down the lanes
            gap = (pieces[i - 1].x1 + piece.x0) / 2
            out.append(
                f'<g class="tl-break" stroke="#555"><line x1="{gap - 5:.1f}" y1="{line_y + 5}" '
                f'x2="{gap - 1:.1f}" y2="{line_y - 5}"/><line x1="{gap + 1:.1f}" '
                f'y1="{line_y + 5}" x2="{gap + 5:.1f}" y2="{line_y - 5}"/>'
                f'<line x1="{gap:.1f}" y1="{line_y + 6}" x2="{gap:.1f}" y2="{bottom:.1f}" '
                'stroke="#bbb" stroke-dasharray="3 3"/></g>'
            )
    return out


def _lanes(d: Diff, marks: list[Mark], pieces: Sequence[Segment]) -> tuple[list[str], float]:
    """The groups of lanes, top to bottom; returns the SVG parts and the height used."""
    names = {e.id: e.name for e in d.entities}
    order = {s.label: i for i, s in enumerate(d.sources)}
    out: list[str] = []
    y = _AXIS_H
    for n, (slot, group) in enumerate(_groups(marks)):
        about = describe_slot(slot, names) if slot else "other dates"
        lanes: dict[str, list[_Placed]] = {}
        for mark in sorted(_merge_repeats(group), key=lambda m: order.get(m.source, len(order))):
            lanes.setdefault(mark.source, []).append(_place(mark, pieces))
        packed = {source: _pack(placed) for source, placed in lanes.items()}
        height = _HEAD_H + _LANE_H * sum(len(rows) for rows in packed.values()) + _GROUP_GAP
        shade = "#f7f7f7" if n % 2 == 0 else "#ffffff"
        out.append(
            f'<g class="tl-slot-group" data-slot="{html.escape(slot or "")}">'
            f'<rect x="0" y="{y:.1f}" width="{_WIDTH:.0f}" height="{height:.1f}" '
            f'fill="{shade}"/><text class="tl-slot" x="4" y="{y + 14:.1f}">'
            f"{html.escape(about)}</text>"
        )
        lane_y = y + _HEAD_H
        for source, rows in packed.items():
            out.append(
                f'<text class="tl-source" x="14" y="{lane_y + 14:.1f}" fill="#444">'
                f"{html.escape(source[:15])}</text>"
            )
            for row in rows:
                out.extend(_mark_svg(p, lane_y + _LANE_H / 2, about) for p in row)
                lane_y += _LANE_H
        out.append("</g>")
        y += height
    return out, y


def _unplaced(d: Diff, marks: list[Mark]) -> str:
    if not marks:
        return ""
    names = {e.id: e.name for e in d.entities}
    items = ", ".join(
        f'<a href="#{row_id(m.row)}">{html.escape(describe_slot(m.slot, names) or "date")} — '
        f"{html.escape(m.source)}: {html.escape(m.value)} «{html.escape(m.text)}»</a>"
        for m in marks
    )
    return f'<p class="tl-unplaced">Not on the timeline (no calendar date): {items}.</p>'


def _legend(marks: list[Mark]) -> str:
    statuses = {m.status for m in marks}
    keys = [s for s in COLOURS if s in statuses]
    swatches = "".join(f'<span><i style="background:{COLOURS[s]}"></i>{s}</span>' for s in keys)
    planned = " · hollow: planned or expected" if any(m.planned for m in marks) else ""
    return (
        f'<p class="tl-legend">{swatches}<span>bar: a week, month or year · block: a day · '
        f"dot: a time of day{planned}</span></p>"
    )


def _chart(d: Diff, marks: list[Mark], label: str, clock: bool = False) -> str:
    spans = [m.span for m in marks if m.span is not None]
    pieces = layout_axis(spans, _GUTTER, _WIDTH - _RIGHT)
    lanes, bottom = _lanes(d, marks, pieces)
    parts = [*lanes, *_axis(pieces, bottom, clock)]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{"tl-clock" if clock else "tl-dates"}" '
        f'role="group" aria-label="{label}" '
        f'width="{_WIDTH:.0f}" height="{bottom:.0f}" viewBox="0 0 {_WIDTH:.0f} {bottom:.0f}">'
        f"<title>{label}</title>{''.join(parts)}</svg>"
    )


def render_timeline(d: Diff) -> str:
    """The report's timeline section (HTML with inline SVG) for a diff: the dated facts, then
    the clock times whose day no source states, then what has no place on either."""
    marks = dated_marks(d)
    dated = [m for m in marks if m.span is not None and not m.clock]
    clocks = [m for m in marks if m.clock]
    head = f'<section id="timeline"><h2>Timeline</h2><style>{_STYLE}</style>'
    parts = [head]
    if dated or clocks:
        parts.append(_legend(dated + clocks))
    if dated:
        label = "Timeline of the dated facts, one lane per source, grouped by event"
        parts.append(_chart(d, dated, label))
    if clocks:
        label = "Times of day with no day stated, in UTC, one lane per source, grouped by event"
        parts.append(f'<p class="tl-clock-note">{label}:</p>')
        parts.append(_chart(d, clocks, label, clock=True))
    unplaced = _unplaced(d, [m for m in marks if m.span is None])
    parts.append(unplaced if dated or clocks or unplaced else "<p>No dated facts.</p>")
    return "".join(parts) + "</section>"
