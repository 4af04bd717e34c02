"""`extractor bench serve`'s arithmetic (the measurement itself is a command, not a test)."""

from __future__ import annotations

import httpx
import pytest

from extractor.serve.bench import ServeBench, _cpu_seconds, _percentile, render_serve


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([3.0, 1.0, 2.0], 0.5, 2.0),
        ([float(i) for i in range(1, 101)], 0.95, 95.0),
        ([7.0], 0.95, 7.0),
    ],
)
def test_percentile_is_the_nearest_rank(values: list[float], q: float, expected: float) -> None:
    assert _percentile(values, q) == expected


def test_server_timing_cpu_is_read_in_seconds() -> None:
    response = httpx.Response(200, headers={"Server-Timing": "cpu;dur=54.5, work;dur=60.1"})
    assert _cpu_seconds(response) == pytest.approx(0.0545)
    assert _cpu_seconds(httpx.Response(200)) != _cpu_seconds(httpx.Response(200))  # NaN


def test_report_compares_serve_with_batch() -> None:
    result = ServeBench(
        docs=100,
        clients=16,
        workers=2,
        rounds=2,
        seconds=10.0,
        latencies=[0.5] * 100,
        serve_cpu=0.1,
        single_bytes=2057,
        single=[0.05] * 95 + [0.2] * 5,
        single_cpu=[0.04] * 100,
        batch_rate=12.5,
        batch_cpu=0.09,
        failed=0,
        load=(1.0, 1.0, 1.0),
    )
    text = render_serve(result)
    assert "serve: 10.0 requests/s" in text
    assert "p95 50 ms" in text  # the 95th of 100 latencies is still a fast one
    assert "serve / batch: 80%" in text
    assert "not answered 200, all rounds: 0" in text
    assert "serve 100 ms, batch 90 ms: serve's capacity on the same cores 90% of batch's" in text
