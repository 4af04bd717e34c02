"""Value comparison for the diff: granularity, instants across zones, stated precision."""

from __future__ import annotations

import pytest

from extractor.compare.values import compare_dates, compare_durations, duration_seconds


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("2021-10-05", "2021-10-05", "agree"),
        ("2021-10-05", "2021-10-06", "conflict"),
        ("2021-10", "2021-10-05", "compatible"),
        ("2021", "2021-10", "compatible"),
        ("2021-W40", "2021-10-05", "compatible"),
        ("2021-W40", "2021-10-11", "conflict"),
        ("2021-10-05T07:35+03:00", "2021-10-05T04:35Z", "agree"),
        ("2021-10-05T07:35+03:00", "2021-10-05T00:35-04:00", "agree"),
        ("2021-10-05T07:35+03:00", "2021-10-05T07:35Z", "conflict"),
        ("2021-10-05T08:55+03:00", "2021-10-05", "compatible"),
        ("2021-10-06T08:55+03:00", "2021-10-05", "conflict"),
        ("2022", "2021", "conflict"),
        ("XXXX-10-05", "2021-10-05", "conflict"),
    ],
)
def test_compare_dates(a: str, b: str, verdict: str) -> None:
    assert compare_dates(a, b) == verdict
    assert compare_dates(b, a) == verdict


@pytest.mark.parametrize(
    ("a", "b", "approx_a", "approx_b", "verdict"),
    [
        ("P12D", "P12D", False, False, "agree"),
        ("PT35M", "PT35M", True, False, "compatible"),
        ("PT3H17M", "PT3H27M", False, False, "conflict"),
        ("PT3H17M", "PT3H27M", True, False, "compatible"),
        ("P1W", "P7D", False, False, "agree"),
        ("PT1H30M", "PT90M", False, False, "agree"),
        ("PXM", "P3M", False, False, "conflict"),
    ],
)
def test_compare_durations(a: str, b: str, approx_a: bool, approx_b: bool, verdict: str) -> None:
    assert compare_durations(a, b, approx_a, approx_b) == verdict


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("PT3H17M", 11820.0),
        ("P12D", 1036800.0),
        ("P1DT2H", 93600.0),
        ("PT0.5H", 1800.0),
        ("PXM", None),
    ],
)
def test_duration_seconds(value: str, seconds: float | None) -> None:
    assert duration_seconds(value) == seconds
