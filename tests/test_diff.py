"""The diff of the seed pair (issues 2 and 6) and of small hand-written sources."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from extractor import Diff, Record, diff, extract
from extractor.compare import render_text

from .conftest import REPO, SEEDS


@pytest.fixture(scope="module")
def seed_diff(seed_records: dict[str, Record]) -> Diff:
    return diff([seed_records["it"], seed_records["en"]], labels=["it", "en"])


def _rows(d: Diff, status: str, kind: str | None = None) -> list[Any]:
    return [r for r in d.facts if r.status == status and (kind is None or r.kind == kind)]


def _entity(d: Diff, name: str) -> Any:
    [row] = [e for e in d.entities if e.name == name]
    return row


def test_launch_date_conflict_with_evidence(seed_diff: Diff) -> None:
    [row] = [r for r in _rows(seed_diff, "conflict", "date") if r.slot == "launch"]
    assert row.values == {"it": "2021-10-05", "en": "2021-10-06"}
    assert "lanciato" in row.evidence["it"].sentence
    assert row.evidence["it"].text == "5 ottobre 2021"
    assert row.evidence["en"].text == "today"
    assert "departed today" in row.evidence["en"].sentence


def test_twelve_day_stay_agrees(seed_diff: Diff) -> None:
    rows = [r for r in _rows(seed_diff, "agree", "duration") if r.values.get("it") == "P12D"]
    assert rows and rows[0].values["en"] == "P12D"


@pytest.mark.parametrize(
    ("label", "kind", "value"),
    [
        ("it", "duration", "PT30H"),
        ("it", "duration", "PT35M"),
        ("en", "duration", "PT3H17M"),
        ("en", "date", "2021-10-17"),
    ],
)
def test_facts_only_in_one_source(seed_diff: Diff, label: str, kind: str, value: str) -> None:
    # A source stating two values for one slot shows both in one row (the second in `also`).
    rows = [
        r
        for r in seed_diff.facts
        if r.kind == kind
        and value in [r.values.get(label), *(e.value for e in r.also.get(label, []))]
    ]
    assert len(rows) == 1 and rows[0].status == "only" and list(rows[0].values) == [label]


@pytest.mark.parametrize(
    ("name", "label"),
    [("Roscosmos", "it"), ("Tom Cruise", "en"), ("NASA", "en"), ("SpaceX", "en")],
)
def test_entities_only_in_one_source(seed_diff: Diff, name: str, label: str) -> None:
    row = _entity(seed_diff, name)
    assert row.status == "only" and list(row.sources) == [label]


def test_cast_list_only_in_italian(seed_diff: Diff) -> None:
    for name in ("Vladimir Mashkov", "Elena Valyushkina", "Varvara Volodina"):
        assert list(_entity(seed_diff, name).sources) == ["it"]


@pytest.mark.parametrize(
    ("name", "it_spellings", "en_spellings"),
    [
        ("Anton Shkaplerov", {"Anton Škaplerov", "Anton Shkaplerov"}, {"Anton Shklaplerov"}),
        ("Yulia Peresild", {"Julia Peresil’d", "Yulia Peresild"}, {"Julia Peresild"}),
        ("Klim Shipenko", {"Klim Šipenko"}, {"Klim Shipenko"}),
        ("Oleg Novitsky", {"Oleg Novitsky"}, {"Oleg Novitsky"}),
        ("Pyotr Dubrov", {"Pyotr Dubrov"}, {"Pet Dubrov"}),
    ],
)
def test_shared_people_with_their_spellings(
    seed_diff: Diff, name: str, it_spellings: set[str], en_spellings: set[str]
) -> None:
    row = _entity(seed_diff, name)
    assert row.status == "shared"
    assert it_spellings <= set(row.sources["it"])
    assert en_spellings <= set(row.sources["en"])


def test_diff_json_validates_against_published_schema(seed_diff: Diff) -> None:
    schema = json.loads((REPO / "schemas" / "diff.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(seed_diff.model_dump_json()), schema)


def test_labels_default_to_file_stems() -> None:
    d = diff([SEEDS["it"], SEEDS["en"]])
    assert [s.label for s in d.sources] == [SEEDS["it"].stem, SEEDS["en"].stem]


def test_table_lists_the_conflict_first(seed_diff: Diff) -> None:
    table = render_text(seed_diff)
    assert table.index("conflict") < table.index("agree") < table.index("only")
    assert "Anton Škaplerov" in table and "Anton Shklaplerov" in table


def test_three_sources_one_row_per_slot() -> None:
    texts = [
        ("a", "en", "The Soyuz was launched on 5 October 2021 from Baikonur."),
        ("b", "it", "La Soyuz è stata lanciata il 5 ottobre 2021 da Bajkonur."),
        ("c", "en", "The Soyuz was launched on October 6, 2021 from Baikonur."),
    ]
    records = [extract(t, lang=lang, source={"id": i}) for i, lang, t in texts]
    d = diff(records)
    [row] = [r for r in d.facts if r.slot == "launch"]
    assert row.status == "conflict"
    assert row.values == {"a": "2021-10-05", "b": "2021-10-05", "c": "2021-10-06"}
    [place] = [e for e in d.entities if e.type == "place"]
    assert place.status == "shared" and set(place.sources) == {"a", "b", "c"}


def test_times_in_different_zones_are_one_instant() -> None:
    a = extract("The Soyuz docked at 07:35 Moscow time.", lang="en", published="2021-10-05")
    b = extract("The Soyuz docked at 04:35 GMT.", lang="en", published="2021-10-05")
    d = diff([a, b], labels=["a", "b"])
    [row] = [r for r in d.facts if r.kind == "time"]
    assert row.status == "agree" and row.slot == "docking"
    # the texts give no day: the publication day is not the docking's, the times are instants
    # of an unknown day
    assert row.values == {"a": "T07:35+03:00", "b": "T04:35+00:00"}
    assert not [r for r in d.facts if r.kind == "date"]


@pytest.mark.parametrize(
    ("text_a", "text_b", "status"),
    [
        # Italian time in October is UTC+2; a minute apart is compatible
        ("La Soyuz si è agganciata il 5 ottobre alle 11:22 ora italiana.",
         "The Soyuz docked on 5 October at 09:22 GMT.", "agree"),
        ("La Soyuz si è agganciata il 5 ottobre alle 11:22 ora italiana.",
         "The Soyuz docked on 5 October at 09:23 GMT.", "compatible"),
        ("La Soyuz si è agganciata il 5 ottobre alle 11:22 ora italiana.",
         "The Soyuz docked on 5 October at 11:22 GMT.", "conflict"),
    ],
)  # fmt: skip
def test_times_with_days_compare_as_instants(text_a: str, text_b: str, status: str) -> None:
    a = extract(text_a, lang="it", published="2021-10-05")
    b = extract(text_b, lang="en", published="2021-10-05")
    d = diff([a, b], labels=["a", "b"])
    [row] = [r for r in d.facts if r.kind == "time"]
    assert row.status == status and row.slot == "docking"
    [day] = [r for r in d.facts if r.kind == "date"]
    assert day.status == "agree" and day.values == {"a": "2021-10-05", "b": "2021-10-05"}


def test_planned_against_actual_is_a_deviation() -> None:
    a = extract("L'aggancio alla stazione è previsto alle 14:12 ora italiana.", lang="it")
    b = extract("La Soyuz si è agganciata alla stazione alle 14:22 ora italiana.", lang="it")
    d = diff([a, b], labels=["a", "b"])
    [row] = [r for r in d.facts if r.kind == "time"]
    assert row.status == "deviation" and row.slot == "docking"
    assert row.evidence["a"].modality == "planned" and row.evidence["b"].modality == "actual"


def test_a_rising_count_names_the_later_source() -> None:
    a = extract("Il crollo del ponte ha causato 35 morti.", lang="it", published="2018-08-14")
    b = extract("The bridge collapse has killed 43 people.", lang="en", published="2018-08-19")
    d = diff([a, b], labels=["a", "b"])
    [row] = [r for r in d.facts if r.slot == "dead"]
    assert row.status == "conflict" and row.latest == "b" and row.chronology == ["a", "b"]


def test_one_source_two_values_one_row() -> None:
    a = extract("Ci sono 35 morti. Il dato ufficiale è di 20 vittime.", lang="it")
    b = extract("The collapse killed 37 people.", lang="en")
    d = diff([a, b], labels=["a", "b"])
    rows = [r for r in d.facts if r.slot == "dead"]
    assert len(rows) == 1
    assert rows[0].values["a"] == "35 morti" and [e.value for e in rows[0].also["a"]] == [
        "20 vittime"
    ]


def test_quantities_are_compared_by_what_they_measure_not_by_unit() -> None:
    a = extract(
        "Il ponte è crollato da un'altezza di 70 metri; sono crollati 200 metri.", lang="it"
    )
    b = extract("The deck fell from a height of 45 metres.", lang="en")
    d = diff([a, b], labels=["a", "b"])
    [row] = [r for r in d.facts if len(r.values) == 2]
    assert row.slot == "height" and row.values == {"a": "70 m", "b": "45 m"}


def test_html_report_shows_deviations() -> None:
    from extractor.compare import render_html

    a = extract("L'aggancio alla stazione è previsto alle 14:12 ora italiana.", lang="it")
    b = extract("La Soyuz si è agganciata alla stazione alle 14:22 ora italiana.", lang="it")
    d = diff([a, b], labels=["a", "b"])
    page = render_html(d, [a, b])
    assert 'id="deviations"' in page and "(planned)" in page
    section = page[page.index('id="deviations"') :]
    assert "14:12" in section and "14:22" in section


def test_a_distance_is_compared_only_from_the_same_place() -> None:
    a = extract("La gente a Beirut, a circa 400 km dall'epicentro, è scesa in strada.", lang="it")
    b = extract("The quake struck about 65 miles north of Gaziantep.", lang="en")
    c = extract("The epicentre was 105 kilometres north of Gaziantep.", lang="en")
    d = diff([a, b, c], labels=["a", "b", "c"])
    rows = [r for r in d.facts if r.kind == "quantity" and len(r.values) > 1]
    assert [set(r.values) for r in rows] == [{"b", "c"}]
    assert rows[0].status == "compatible"  # "about 65 miles" is about 104.6 km


def test_measures_of_different_occurrences_are_never_compared() -> None:
    a = extract(
        "Il secondo terremoto è stato localizzato più a nord. "
        "Ha avuto un ipocentro a circa 28 km di profondità.",
        lang="it",
    )
    b = extract(
        "La prima scossa è stata registrata ad una profondità di 20 km, vicino al confine.",
        lang="it",
    )
    c = extract("The first quake occurred at a depth of 7 kilometres.", lang="en")
    d = diff([a, b, c], labels=["a", "b", "c"])
    rows = [r for r in d.facts if r.kind == "quantity" and r.slot and "depth" in r.slot]
    shared = [set(r.values) for r in rows if len(r.values) > 1]
    assert shared == [{"b", "c"}]


# A count a measure restricts is a part of the total: compatible when no larger than it.
PART_CASES = [
    ("Sono state registrate due repliche intorno a magnitudo 5.", "compatible"),
    ("Sono state registrate 90 repliche di magnitudo 4.", "conflict"),
    ("Sono state registrate 30 repliche.", "conflict"),
]


@pytest.mark.parametrize(("text", "status"), PART_CASES)
def test_a_count_restricted_by_a_measure_is_a_part(text: str, status: str) -> None:
    a = extract(text, lang="it")
    b = extract("AFAD said that 78 aftershocks occurred.", lang="en")
    d = diff([a, b], labels=["a", "b"])
    [row] = [r for r in d.facts if r.kind == "quantity" and set(r.values) == {"a", "b"}]
    assert row.status == status
