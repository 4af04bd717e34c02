"""`extractor bench serve`: the service's throughput and latency against `batch` on the same
articles.

The server runs in a child process (`extractor serve --workers N`), warmed up first; the
clients run in this process, on the same cores, as a newsroom's scraper on the same host would.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ServeBench", "bench_serve", "render_serve"]

_LATENCY_REQUESTS = 100
_TARGET_BYTES = 2048  # the latency target is for a 2 KB article


@dataclass(slots=True)
class ServeBench:
    docs: int
    clients: int
    workers: int
    rounds: int  # each figure is the best of this many runs
    seconds: float  # wall time of `docs` requests from `clients` concurrent clients
    latencies: list[float]  # of those requests
    serve_cpu: float  # CPU seconds of the server's processes per request
    single_bytes: int  # size of the article sent one request at a time
    single: list[float]  # latencies of one client, one request at a time
    single_cpu: list[float]  # the server's CPU seconds for each of those (Server-Timing)
    batch_rate: float  # articles/s of `batch --workers N` on the same articles, loading excluded
    batch_cpu: float  # CPU seconds of batch's processes per article, loading excluded
    failed: int  # requests of the well-formed articles not answered 200
    load: tuple[float, float, float]  # load average before the run


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _start(workers: int) -> tuple[subprocess.Popen[bytes], str]:
    import httpx

    from ..serve.runner import free_port

    port = free_port()
    cmd = [sys.executable, "-m", "extractor", "serve", "--port", str(port)]
    cmd += ["--workers", str(workers), "--no-access-log"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("extractor serve did not start")


def _cpu_seconds(response: object) -> float:
    """The 'cpu' entry of the response's Server-Timing header, in seconds."""
    header = getattr(response, "headers", {}).get("server-timing", "")
    for entry in header.split(","):
        name, _, dur = entry.strip().partition(";dur=")
        if name == "cpu":
            return float(dur) / 1000
    return float("nan")


async def _drive(
    url: str, texts: Sequence[tuple[str, str]], clients: int
) -> tuple[float, list[float], int, list[float]]:
    """Wall seconds, each request's latency, how many were not answered 200, and the server's
    CPU seconds for each."""
    import httpx

    pending = list(reversed(texts))
    latencies: list[float] = []
    cpu: list[float] = []
    failed = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=600, limits=limits) as client:

        async def worker() -> None:
            nonlocal failed
            while pending:
                lang, text = pending.pop()
                start = time.perf_counter()
                response = await client.post(
                    "/extract",
                    params={"lang": lang},
                    content=text.encode("utf-8"),
                    headers={"content-type": "text/plain; charset=utf-8"},
                )
                latencies.append(time.perf_counter() - start)
                cpu.append(_cpu_seconds(response))
                failed += response.status_code != 200

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
    return time.perf_counter() - start, latencies, failed, cpu


def _run_batch(source: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds of `extractor batch` in a child process; the CPU time counts its
    worker processes too (wait4 reports a child with the children it reaped)."""
    cmd = [sys.executable, "-m", "extractor", "batch", str(source), "-o", str(out)]
    cmd += ["--no-progress", "--workers", str(workers)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def _batch(texts: Sequence[tuple[str, str]], workers: int) -> tuple[float, float]:
    """Articles/s and CPU seconds per article of `extractor batch --workers N` on the texts,
    start-up excluded: a run of one chunk per worker (every worker started and loaded) is
    subtracted from the whole run, as the warm server has its start-up behind it."""
    from ..bench import _write_jsonl

    few = min(16 * workers, len(texts) // 2)  # 16: batch's default chunk size
    with tempfile.TemporaryDirectory() as tmp:
        full, start = Path(tmp) / "all.jsonl", Path(tmp) / "start.jsonl"
        _write_jsonl(texts, full)
        _write_jsonl(texts[:few], start)
        wall0, cpu0 = _run_batch(start, Path(tmp) / "start.out", workers) if few else (0.0, 0.0)
        wall, cpu = _run_batch(full, Path(tmp) / "all.out", workers)
    if wall <= wall0 or cpu <= cpu0:  # a disturbed measurement: fall back to the whole run
        return len(texts) / wall, cpu / len(texts)
    return (len(texts) - few) / (wall - wall0), (cpu - cpu0) / (len(texts) - few)


def _tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and its children (the server's workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        # after the command: state, ppid, ..., utime and stime are the 12th and 13th
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _single(url: str, article: tuple[str, str]) -> tuple[list[float], list[float], int]:
    """One client, one request at a time: latencies, the server's CPU times, failures."""
    latencies: list[float] = []
    cpus: list[float] = []
    failed = 0
    for _ in range(_LATENCY_REQUESTS):
        _, one, bad, cpu = asyncio.run(_drive(url, [article], 1))
        latencies += one
        cpus += cpu
        failed += bad
    return latencies, cpus, failed


def bench_serve(
    texts: Sequence[tuple[str, str]], workers: int, clients: int, rounds: int = 2
) -> ServeBench:
    """`rounds` rounds of serve then batch, back to back. Wall-clock figures are the best
    round's (on a shared machine the least disturbed run is the closest to what the code does);
    CPU seconds per article are what the machine's load changes least."""
    load = os.getloadavg()
    single_article = min(texts, key=lambda t: abs(len(t[1].encode("utf-8")) - _TARGET_BYTES))
    r = ServeBench(
        docs=len(texts),
        clients=clients,
        workers=workers,
        rounds=max(rounds, 1),
        seconds=float("inf"),
        latencies=[0.0],
        serve_cpu=float("inf"),
        single_bytes=len(single_article[1].encode("utf-8")),
        single=[float("inf")],
        single_cpu=[float("inf")],
        batch_rate=0.0,
        batch_cpu=float("inf"),
        failed=0,
        load=load,
    )
    proc, url = _start(workers)
    try:
        distinct = list(dict.fromkeys(texts))
        # Warm-up: every article through every worker, so that no cache is cold when timed.
        asyncio.run(_drive(url, distinct * 2 * workers, clients))
        for _ in range(r.rounds):
            cpu_before = _tree_cpu(proc.pid)
            seconds, latencies, bad, _ = asyncio.run(_drive(url, texts, clients))
            r.serve_cpu = min(r.serve_cpu, (_tree_cpu(proc.pid) - cpu_before) / len(texts))
            if seconds < r.seconds:
                r.seconds, r.latencies = seconds, latencies
            single, cpu, bad_single = _single(url, single_article)
            if _percentile(single, 0.95) < _percentile(r.single, 0.95):
                r.single, r.single_cpu = single, cpu
            r.failed += bad + bad_single
            rate, per_article = _batch(texts, workers)  # the server idles meanwhile
            r.batch_rate, r.batch_cpu = max(r.batch_rate, rate), min(r.batch_cpu, per_article)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    return r


def render_serve(r: ServeBench) -> str:
    def ms(values: Sequence[float], q: float) -> str:
        return f"{1000 * _percentile(values, q):.0f} ms"

    serve_rate, batch_rate = r.docs / r.seconds, r.batch_rate
    load = ", ".join(f"{v:.2f}" for v in r.load)
    return "\n".join(
        [
            f"{r.docs} requests, {r.clients} concurrent clients, {r.workers} server workers "
            f"(warm), best of {r.rounds} rounds; load average before: {load}",
            f"serve: {serve_rate:.1f} requests/s, latency p50 {ms(r.latencies, 0.5)}, "
            f"p95 {ms(r.latencies, 0.95)}, mean {1000 * statistics.fmean(r.latencies):.0f} ms",
            f"one client, {r.single_bytes}-byte article, {len(r.single)} requests: "
            f"p50 {ms(r.single, 0.5)}, p95 {ms(r.single, 0.95)} (target <= 150 ms); "
            f"server CPU per request p50 {ms(r.single_cpu, 0.5)}, p95 {ms(r.single_cpu, 0.95)}",
            f"batch --workers {r.workers}, same articles, loading excluded: "
            f"{batch_rate:.1f} articles/s",
            f"serve / batch: {serve_rate / batch_rate:.0%} (target >= 80%)",
            f"CPU per article: serve {1000 * r.serve_cpu:.0f} ms, batch {1000 * r.batch_cpu:.0f} "
            f"ms: serve's capacity on the same cores {r.batch_cpu / r.serve_cpu:.0%} of batch's",
            f"requests not answered 200, all rounds: {r.failed}",
        ]
    )
