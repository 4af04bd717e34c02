"""The diff report's timeline (compare/timeline.py, compare/timescale.py), on diffs built here."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from types import SimpleNamespace
from typing import Any

import pytest

from extractor.compare.model import Diff, DiffSource, Evidence, FactRow
from extractor.compare.timeline import COLOURS, readable, render_timeline
from extractor.compare.timescale import DAY, Segment, interval, layout_axis, ticks

NS = "{http://www.w3.org/2000/svg}"


def _row(status: str, slot: str | None, kind: str = "date", **values: str) -> FactRow:
    return FactRow(
        kind=kind,  # type: ignore[arg-type]
        slot=slot,
        status=status,  # type: ignore[arg-type]
        values=values,
        evidence={
            k: Evidence(text=f"as written {v}", sentence="", start=0, end=1)
            for k, v in values.items()
        },
    )


def _diff(*rows: FactRow, labels: tuple[str, ...] = ("a", "b")) -> Diff:
    return Diff(
        sources=[DiffSource(label=label, id=label, language="en") for label in labels],
        entities=[],
        facts=list(rows),
    )


def _svg(section: str) -> ET.Element:
    found = re.search(r"<svg.*</svg>", section, re.S)
    assert found, section
    return ET.fromstring(found[0])


def _marks(svg: ET.Element) -> list[ET.Element]:
    return [g for g in svg.iter(f"{NS}g") if "tl-mark" in g.get("class", "").split()]


def _links(svg: ET.Element) -> list[tuple[str, ET.Element]]:
    """(href, mark) for every mark: each mark is wrapped in its link."""
    return [
        (a.get("href", ""), g)
        for a in svg.iter(f"{NS}a")
        for g in a
        if "tl-mark" in g.get("class", "").split()
    ]


def _extent(mark: ET.Element) -> tuple[float, float]:
    rect = mark.find(f"{NS}rect")
    if rect is not None:
        x = float(rect.get("x", 0))
        return x, x + float(rect.get("width", 0))
    circle = mark.find(f"{NS}circle")
    assert circle is not None
    cx = float(circle.get("cx", 0))
    return cx, cx


def _tick_labels(svg: ET.Element) -> list[str]:
    return [t.text or "" for t in svg.iter(f"{NS}text") if t.get("text-anchor") == "middle"]


def _iso(t: float) -> str:
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).isoformat()


# --- where a value lies in time ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2021", "2021-01-01T00:00:00+00:00", "2022-01-01T00:00:00+00:00"),
        ("2021-10", "2021-10-01T00:00:00+00:00", "2021-11-01T00:00:00+00:00"),
        ("2021-12", "2021-12-01T00:00:00+00:00", "2022-01-01T00:00:00+00:00"),
        ("2021-10-05", "2021-10-05T00:00:00+00:00", "2021-10-06T00:00:00+00:00"),
        ("2021-W40", "2021-10-04T00:00:00+00:00", "2021-10-11T00:00:00+00:00"),
        ("2021-W40-WE", "2021-10-09T00:00:00+00:00", "2021-10-11T00:00:00+00:00"),
        ("2021-Q4", "2021-10-01T00:00:00+00:00", "2022-01-01T00:00:00+00:00"),
        ("2021-H1", "2021-01-01T00:00:00+00:00", "2021-07-01T00:00:00+00:00"),
        ("2021-SU", "2021-06-01T00:00:00+00:00", "2021-09-01T00:00:00+00:00"),
        ("2021-WI", "2020-12-01T00:00:00+00:00", "2021-03-01T00:00:00+00:00"),
        ("2021-10-05TEV", "2021-10-05T18:00:00+00:00", "2021-10-05T22:00:00+00:00"),
        ("2021-10-06T08:55+03:00", "2021-10-06T05:55:00+00:00", "2021-10-06T05:56:00+00:00"),
        ("198", "1980-01-01T00:00:00+00:00", "1990-01-01T00:00:00+00:00"),
        ("19", "1900-01-01T00:00:00+00:00", "2000-01-01T00:00:00+00:00"),
    ],
)
def test_interval_of_a_value(value: str, start: str, end: str) -> None:
    found = interval(value)
    assert found is not None
    assert (_iso(found[0]), _iso(found[1])) == (start, end)


@pytest.mark.parametrize(
    "value", ["XXXX-10-05", "2021-XX-05", "PRESENT_REF", "T14:12", "14:12+02:00", "2021-13", ""]
)
def test_values_without_a_calendar_position_have_no_interval(value: str) -> None:
    assert interval(value) is None


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2021-10-05", "5 Oct 2021"),
        ("2021-10", "Oct 2021"),
        ("2021-W40", "week 40 2021"),
        ("2021-10-06T08:55+03:00", "6 Oct 2021 08:55 +03:00"),
        ("2021-10-06T04:35Z", "6 Oct 2021 04:35 UTC"),
        ("2022", "2022"),
    ],
)
def test_values_are_labelled_for_a_reader(value: str, shown: str) -> None:
    assert readable(value) == shown


# --- the axis ------------------------------------------------------------------------------


def _at(iso: str) -> float:
    return dt.datetime.fromisoformat(iso).replace(tzinfo=dt.timezone.utc).timestamp()


def _day(iso: str) -> tuple[float, float]:
    return _at(iso), _at(iso) + DAY


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("2021-10-05T04:00", "2021-10-05T10:00", r"^\d\d:\d\d$"),  # hours
        ("2021-10-01", "2021-10-12", r"^\d{1,2} Oct$"),  # days
        ("2021-01-01", "2021-12-31", r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$"),
        ("1990-01-01", "2021-12-31", r"^\d{4}$"),  # years
    ],
)
def test_ticks_adapt_to_the_span(start: str, end: str, label: str) -> None:
    piece = Segment(_at(start), _at(end), DAY, 100.0, 900.0)
    found = ticks(piece)
    assert len(found) >= 3
    assert sum(1 for _, text in found if re.match(label, text)) >= len(found) - 1
    xs = [x for x, _ in found]
    assert xs == sorted(xs) and all(100.0 <= x <= 900.0 for x in xs)
    assert all(b - a >= 60 for a, b in zip(xs, xs[1:], strict=False))  # labels do not collide


def test_one_clock_time_alone_is_a_dot_on_an_axis_of_hours() -> None:
    d = _diff(_row("agree", "docking", a="2021-10-06T14:12+02:00", b="2021-10-06T12:12Z"))
    svg = _svg(render_timeline(d))
    assert all(g.find(f"{NS}circle") is not None for g in _marks(svg))
    assert sum(1 for label in _tick_labels(svg) if re.search(r"\d\d:\d\d", label)) >= 2


def test_a_lone_day_in_a_narrow_piece_is_named_by_its_tick() -> None:
    (piece,) = layout_axis([_day("2020-05-05")], 100.0, 190.0)
    assert [label for _, label in ticks(piece)] == ["5 May 2020"]


def test_one_date_alone_is_a_mark_on_an_axis_of_days() -> None:
    (piece,) = layout_axis([_day("2020-05-05")], 100.0, 900.0)
    width = piece.x(_at("2020-05-06")) - piece.x(_at("2020-05-05"))
    assert 6 <= width <= 60
    assert all(re.fullmatch(r"\d{1,2} (Apr|May)( 2020)?", label) for _, label in ticks(piece))


def test_dates_close_together_share_one_piece() -> None:
    pieces = layout_axis([_day("2021-10-05"), _day("2021-10-06"), _day("2021-10-17")], 100, 900)
    assert len(pieces) == 1
    assert pieces[0].x(_at("2021-10-06")) - pieces[0].x(_at("2021-10-05")) >= 6


def test_far_apart_dates_break_the_axis_and_days_stay_apart() -> None:
    spans = [_day("1998-03-01"), _day("2021-10-05"), _day("2021-10-06"), _day("2045-01-01")]
    pieces = layout_axis(spans, 100.0, 900.0)
    assert len(pieces) == 3
    assert all(a.x1 < b.x0 for a, b in zip(pieces, pieces[1:], strict=False))
    assert pieces[0].x0 >= 100.0 and pieces[-1].x1 <= 900.0 + 1e-6
    middle = next(p for p in pieces if p.contains(_at("2021-10-05")))
    assert middle.x(_at("2021-10-06")) - middle.x(_at("2021-10-05")) >= 6


def test_a_week_around_its_days_is_drawn_whole() -> None:
    spans = [(_at("2021-10-04"), _at("2021-10-11")), _day("2021-10-05"), _day("2021-10-06")]
    (piece,) = layout_axis(spans, 100.0, 900.0)
    assert piece.start <= _at("2021-10-04") and piece.end >= _at("2021-10-11")


def test_a_year_around_its_days_does_not_squeeze_them() -> None:
    spans = [(_at("2021-01-01"), _at("2022-01-01")), _day("2021-10-05"), _day("2021-10-06")]
    (piece,) = layout_axis(spans, 100.0, 900.0)
    assert piece.x(_at("2021-10-06")) - piece.x(_at("2021-10-05")) >= 6
    assert piece.start > _at("2021-01-01") or piece.end < _at("2022-01-01")


def test_a_year_cut_at_the_axis_edge_ends_in_arrows() -> None:
    d = _diff(
        _row("only", "season", a="2021"),
        _row("conflict", "launch", a="2021-10-05", b="2021-10-06"),
    )
    svg = _svg(render_timeline(d))
    marks = {g.get("data-row"): g for g in _marks(svg)}
    year = marks["row-0"]
    assert len([p for p in year.iter(f"{NS}path") if p.get("class") == "tl-cut"]) == 2
    assert year.findtext(f"{NS}text") == "2021"
    days = [g for g in _marks(svg) if g.get("data-row") == "row-1"]
    assert all(not list(g.iter(f"{NS}path")) for g in days)


# --- the drawing ---------------------------------------------------------------------------


def _seedlike() -> Diff:
    return _diff(
        _row("conflict", "launch", a="2021-10-05", b="2021-10-06"),
        _row("agree", "stay", kind="duration", a="P12D", b="P12D"),
        _row("only", "announcement", b="2021-10"),
        _row("only", "announcement", b="2022"),
        _row("only", "launch", b="2021-10-06T08:55+03:00"),
        _row("only", None, b="2020-05-05"),
        _row("only", "landing", b="XXXX-10-17"),
    )


def test_each_conflicting_value_is_marked_and_linked_to_its_row() -> None:
    d = _seedlike()
    svg = _svg(render_timeline(d))
    conflicts = [(href, g) for href, g in _links(svg) if "tl-conflict" in g.get("class", "")]
    assert sorted(g.get("data-source", "") for _, g in conflicts) == ["a", "b"]
    assert {href for href, _ in conflicts} == {"#row-0"}
    for _, g in conflicts:
        shape = g.find(f"{NS}rect")
        assert shape is not None and shape.get("fill") == COLOURS["conflict"]
    labels = sorted(g.findtext(f"{NS}text") or "" for _, g in conflicts)
    assert labels == ["5 Oct 2021", "6 Oct 2021"]


def test_every_mark_links_to_the_row_it_comes_from_and_has_a_title() -> None:
    d = _seedlike()
    links = _links(_svg(render_timeline(d)))
    assert len(links) == 6  # the dated statements with a calendar position; not the duration
    for href, g in links:
        index = int(href.removeprefix("#row-"))
        row = d.facts[index]
        source = g.get("data-source", "")
        assert source in row.values
        title = g.findtext(f"{NS}title") or ""
        assert row.values[source] in title or readable(row.values[source]) in title
        assert row.evidence[source].text in title and row.status in title


def test_conflicting_slot_comes_first_with_a_label_per_slot() -> None:
    svg = _svg(render_timeline(_seedlike()))
    groups = [g for g in svg.iter(f"{NS}g") if g.get("class") == "tl-slot-group"]
    names = [g.findtext(f"{NS}text") for g in groups]
    assert names == ["launch", "announcement", "other dates"]


def test_the_conflicting_values_sit_level_with_each_other() -> None:
    svg = _svg(render_timeline(_seedlike()))
    rows = {}
    for g in _marks(svg):
        if "tl-conflict" in g.get("class", ""):
            text = g.find(f"{NS}text")
            assert text is not None
            rows[g.get("data-source")] = float(text.get("y", 0))
    # b's lane also holds the week and the clock time; its conflicting day is on its first line
    assert rows["b"] - rows["a"] == pytest.approx(20.0)


def test_unresolved_values_are_listed_not_drawn() -> None:
    section = render_timeline(_seedlike())
    assert "XXXX-10-17" not in re.search(r"<svg.*</svg>", section, re.S)[0]  # type: ignore[index]
    listed = re.search(r'<p class="tl-unplaced">(.*?)</p>', section, re.S)
    assert listed and 'href="#row-6"' in listed[1] and "XXXX-10-17" in listed[1]


def test_only_unresolved_values_give_a_list_and_no_svg() -> None:
    section = render_timeline(_diff(_row("conflict", "docking", a="T14:12", b="T14:22")))
    assert "<svg" not in section and "T14:12" in section and "#row-0" in section


def test_no_dated_fact_says_so() -> None:
    section = render_timeline(_diff(_row("agree", "stay", kind="duration", a="P12D", b="P12D")))
    assert "<svg" not in section and "No dated facts" in section


def test_a_month_is_a_bar_a_day_a_block_and_a_time_a_dot() -> None:
    d = _diff(
        _row("only", "launch", a="2021-10"),
        _row("only", "landing", a="2021-10-17"),
        _row("only", "docking", a="2021-10-06T08:55+03:00"),
    )
    marks = {g.get("data-row"): g for g in _marks(_svg(render_timeline(d)))}
    month, day, time = (marks[f"row-{i}"] for i in range(3))
    m0, m1 = _extent(month)
    d0, d1 = _extent(day)
    assert m1 - m0 > 10 * (d1 - d0) > 0
    assert m0 <= d0 and d1 <= m1
    assert float(month.find(f"{NS}rect").get("height", 0)) < float(  # type: ignore[union-attr]
        day.find(f"{NS}rect").get("height", 0)  # type: ignore[union-attr]
    )
    assert time.find(f"{NS}circle") is not None


def test_times_of_one_day_are_drawn_on_an_hour_scale() -> None:
    d = _diff(
        _row("compatible", "docking", a="2021-10-06T14:12+02:00", b="2021-10-06T14:22+02:00"),
        _row("only", "landing", a="2021-10-06T16:00+02:00"),
    )
    svg = _svg(render_timeline(d))
    assert any(re.fullmatch(r"\d\d:\d\d", label) for label in _tick_labels(svg))
    xs = sorted(_extent(g)[0] for g in _marks(svg))
    assert xs[1] - xs[0] >= 20  # ten minutes apart can be seen


def test_far_apart_dates_break_the_drawn_axis() -> None:
    d = _diff(
        _row("conflict", "launch", a="2021-10-05", b="2021-10-06"), _row("only", None, b="1998")
    )
    svg = _svg(render_timeline(d))
    assert sum(1 for g in svg.iter(f"{NS}g") if g.get("class") == "tl-break") == 1
    assert any(re.fullmatch(r"(19|20)\d\d", label) for label in _tick_labels(svg))
    conflict = sorted(_extent(g)[0] for g in _marks(svg) if "tl-conflict" in g.get("class", ""))
    assert conflict[1] - conflict[0] >= 6


def test_many_slots_each_get_a_labelled_group_without_overlaps() -> None:
    rows = [
        _row(
            "conflict" if i % 3 == 0 else "only",
            f"event{i}",
            a=f"2021-{1 + i % 12:02d}-{1 + i:02d}",
            b=f"2021-{1 + i % 12:02d}-{2 + i:02d}",
        )
        for i in range(25)
    ]
    svg = _svg(render_timeline(_diff(*rows)))
    groups = [g for g in svg.iter(f"{NS}g") if g.get("class") == "tl-slot-group"]
    assert sorted(g.findtext(f"{NS}text") or "" for g in groups) == sorted(
        f"event{i}" for i in range(25)
    )
    assert len(_marks(svg)) == 50
    ys = [float(g.find(f"{NS}rect").get("y", 0)) for g in groups]  # type: ignore[union-attr]
    assert ys == sorted(ys) and len(set(ys)) == 25
    assert float(svg.get("height", 0)) >= ys[-1]


def test_labels_of_one_lane_never_overlap() -> None:
    values = ["2021-10-05", "2021-10-06", "2021-10-06T08:55+03:00", "2021-W40", "2021-10"]
    d = _diff(*(_row("only", "launch", a=v) for v in values))
    svg = _svg(render_timeline(d))
    lines: dict[str, list[tuple[float, float]]] = {}
    for g in _marks(svg):
        text = g.find(f"{NS}text")
        assert text is not None
        x0, x1 = _extent(g)
        lines.setdefault(text.get("y", ""), []).append((x0, x1))
    assert len(lines) >= 2  # they needed more than one line
    for extents in lines.values():
        extents.sort()
        assert all(a[1] <= b[0] for a, b in zip(extents, extents[1:], strict=False))


def test_text_from_the_sources_is_escaped() -> None:
    values = {"a&b": "2021-10-05", "<c>": "2021-10-06"}
    d = _diff(_row("conflict", "<launch>", **values), labels=("a&b", "<c>"))
    section = render_timeline(d)
    svg = _svg(section)  # would not parse if anything were left unescaped
    assert {g.get("data-source") for g in _marks(svg)} == {"a&b", "<c>"}
    assert "<launch>" in [g.findtext(f"{NS}text") for g in svg.iter(f"{NS}g")]


def test_a_status_or_value_shape_the_model_may_gain_is_drawn() -> None:
    """The diff's model may gain a 'deviation' status and several values for one source."""
    row = _construct(
        "deviation",
        "docking",
        "date",
        {"a": ["2021-10-06", "2021-10-07"], "b": "2021-10-06"},
        {"a": [_ev("x"), _ev("y")], "b": _ev("z")},
    )
    svg = _svg(render_timeline(_future(row)))
    marks = _marks(svg)
    assert len(marks) == 3
    assert all("tl-deviation" in g.get("class", "") for g in marks)
    assert {g.find(f"{NS}rect").get("fill") for g in marks} == {COLOURS["deviation"]}  # type: ignore[union-attr]


def test_a_value_repeated_in_rows_of_one_slot_is_one_mark_unless_in_conflict() -> None:
    d = _diff(
        _row("agree", None, a="2023-02-06", b="2023-02-06"),
        _row("agree", None, a="2023-02-06", b="2023-02-06"),
        _row("only", None, a="2023-02-06"),
        _row("conflict", "quake", a="2023-02-06", b="2023-02-07"),
        _row("conflict", "quake", a="2023-02-06", b="2023-02-08"),
    )
    marks = _marks(_svg(render_timeline(d)))
    agree = [g for g in marks if "tl-agree" in g.get("class", "")]
    assert sorted(g.get("data-source", "") for g in agree) == ["a", "b"]
    assert all("(and 1 more rows)" in (g.findtext(f"{NS}title") or "") for g in agree)
    assert len([g for g in marks if "tl-only" in g.get("class", "")]) == 1
    assert len([g for g in marks if "tl-conflict" in g.get("class", "")]) == 4


def test_labels_stay_out_of_the_source_column() -> None:
    d = _diff(
        _row("only", None, a="2018"),
        _row("agree", None, a="2018-08", b="2018-08"),
        _row("conflict", "collapse", a="2018-08-14", b="2018-08-16"),
        _row("only", None, b="2018-08-19"),
    )
    svg = _svg(render_timeline(d))
    gutter = min(_extent(g)[0] for g in _marks(svg) if "tl-day" in g.get("class", ""))
    for g in _marks(svg):
        text = g.find(f"{NS}text")
        assert text is not None
        x, words = float(text.get("x", 0)), text.text or ""
        left = x - 6.3 * len(words) if text.get("text-anchor") == "end" else x
        assert left >= 100, words
    assert gutter > 100


def _construct(
    status: str, slot: str, kind: str, values: dict, evidence: dict, **more: object
) -> Any:
    """A row in the shape the diff's model is gaining (kind 'time', 'deviation', `also`,
    evidence with value and modality), which this checkout's model cannot validate yet."""
    return SimpleNamespace(
        kind=kind,
        slot=slot,
        participants=[],
        status=status,
        values=values,
        evidence=evidence,
        **more,
    )


def _future(*rows: Any, labels: tuple[str, ...] = ("a", "b")) -> Diff:
    sources = [DiffSource(label=label, id=label, language="en") for label in labels]
    return Diff.model_construct(sources=sources, entities=[], facts=list(rows))


def _ev(text: str, value: str | None = None, modality: str = "actual") -> SimpleNamespace:
    return SimpleNamespace(text=text, sentence="", start=0, end=1, value=value, modality=modality)


def test_clock_times_without_a_day_are_drawn_as_instants_on_a_utc_clock() -> None:
    row = _construct(
        "agree",
        "landing",
        "time",
        {"a": "T07:35+03:00", "b": "T04:35Z", "c": "T00:35-04:00"},
        {"a": _ev("07:35 Moscow time"), "b": _ev("04:35 GMT"), "c": _ev("12:35 a.m. EDT")},
    )
    unzoned = _construct("only", "docking", "time", {"a": "T14:12"}, {"a": _ev("14:12")})
    section = render_timeline(_future(row, unzoned, labels=("a", "b", "c")))
    svgs = re.findall(r"<svg.*?</svg>", section, re.S)
    assert len(svgs) == 1 and 'class="tl-clock"' in svgs[0]
    svg = ET.fromstring(svgs[0])
    xs = {g.get("data-source"): _extent(g)[0] for g in _marks(svg)}
    assert xs["a"] == pytest.approx(xs["b"]) == pytest.approx(xs["c"])
    labels = _tick_labels(svg)
    assert labels and all(re.fullmatch(r"\d\d:\d\d( UTC)?", label) for label in labels)
    assert any("04:00" in label or "05:00" in label for label in labels)
    assert "T14:12" in section.split("</svg>")[-1]  # no zone, no instant: listed


def test_a_planned_value_is_hollow_beside_the_actual_one() -> None:
    row = _construct(
        "deviation",
        "docking",
        "time",
        {"a": "2021-10-06T14:12+02:00", "b": "2021-10-06T14:22+02:00"},
        {"a": _ev("previsto alle 14:12", modality="planned"), "b": _ev("at 14:22")},
    )
    section = render_timeline(_future(row))
    marks = {g.get("data-source"): g for g in _marks(_svg(section))}
    planned, actual = (marks[k].find(f"{NS}circle") for k in ("a", "b"))
    assert planned is not None and actual is not None
    assert planned.get("fill") == "#fff" and planned.get("stroke") == COLOURS["deviation"]
    assert actual.get("fill") == COLOURS["deviation"]
    assert "planned" in (marks["a"].findtext(f"{NS}title") or "")
    assert "hollow: planned" in section


def test_a_sources_other_values_for_a_slot_are_drawn_too() -> None:
    row = _construct(
        "conflict",
        "quake",
        "date",
        {"a": "2023-02-06", "b": "2023-02-07"},
        {"a": _ev("6 February"), "b": _ev("7 February")},
        also={"b": [_ev("the day before", "2023-02-05")]},
    )
    marks = _marks(_svg(render_timeline(_future(row))))
    assert sorted((g.get("data-source"), g.findtext(f"{NS}text")) for g in marks) == [
        ("a", "6 Feb 2023"),
        ("b", "5 Feb 2023"),
        ("b", "7 Feb 2023"),
    ]
    lines = {g.findtext(f"{NS}text"): g.find(f"{NS}text").get("y") for g in marks}  # type: ignore[union-attr]
    y = {text: float(at or 0) for text, at in lines.items()}
    # b's compared value sits on b's first line, level with a's; its other value below
    assert (y["7 Feb 2023"] - y["6 Feb 2023"], y["5 Feb 2023"] - y["6 Feb 2023"]) == (20, 40)
    other = [g for g in marks if "tl-other" in g.get("class", "").split()]
    assert [g.findtext(f"{NS}text") for g in other] == ["5 Feb 2023"]
    assert "another value" in (other[0].findtext(f"{NS}title") or "")
