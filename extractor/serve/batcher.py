"""Micro-batching: the articles that reach one worker while it is busy go through `nlp.pipe`
together, as `extractor batch` sends its chunks.

A worker runs at most EXTRACT_THREADS batches at once. A request joins the queue; a free slot
takes the queue's head and the requests behind it, up to BATCH_DOCS articles and BATCH_BYTES of
body, and runs them in a thread through `extract_articles`. Batched, the statistical NER works
on a few documents at a time and costs less CPU per article (the seed articles: 43-47 ms each
through `nlp.pipe`, 50 ms one by one), which is the service's throughput on a loaded worker.

A long article goes alone: the byte budget keeps it out of a batch of short ones, and the other
slot serves the short requests that arrive meanwhile, so one slow article still does not stall
the others (tests/test_serve.py). On a quiet worker a request finds a free slot at once and is
a batch of one: batching adds no latency when there is nothing to batch.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import dataclass

import anyio.to_thread

from .bodies import Payload, article_from_body

__all__ = ["BATCH_BYTES", "BATCH_DOCS", "EXTRACT_THREADS", "Batcher", "Done"]

# Two slots, so that one long article leaves a thread for the short ones; more threads only
# share the same core and cost CPU in GIL hand-offs (the seed articles, one pipeline: 8 threads
# at a time 114-115 ms of CPU per article, 1 or 2 at 89-98).
EXTRACT_THREADS = 2
# nlp.pipe's gain levels off after a few documents, and every article of a batch waits for the
# whole batch: 8 articles of news length are about half a second of work.
BATCH_DOCS = 8
BATCH_BYTES = 16_384


@dataclass(frozen=True, slots=True)
class Done:
    """A request's record as JSON, or what stopped it; and the CPU and wall milliseconds of
    its share of the batch (for Server-Timing)."""

    body: str | None
    error: BaseException | None
    cpu_ms: float
    wall_ms: float


@dataclass(frozen=True, slots=True)
class _Job:
    payload: Payload
    lang: str | None
    published: str | None
    future: asyncio.Future[Done]


class Batcher:
    """One per worker's event loop (made in the app's lifespan)."""

    def __init__(self, model: str | None) -> None:
        self._model = model
        self._queue: deque[_Job] = deque()
        self._running = 0
        self._tasks: set[asyncio.Task[None]] = set()

    async def extract(self, payload: Payload, lang: str | None, published: str | None) -> Done:
        job = _Job(payload, lang, published, asyncio.get_running_loop().create_future())
        self._queue.append(job)
        if self._running < EXTRACT_THREADS:
            self._running += 1
            task = asyncio.create_task(self._drain())
            self._tasks.add(task)  # the loop keeps only weak references to tasks
            task.add_done_callback(self._tasks.discard)
        return await job.future

    def _take(self) -> list[_Job]:
        batch = [self._queue.popleft()]
        size = len(batch[0].payload.raw)
        while self._queue and len(batch) < BATCH_DOCS:
            size += len(self._queue[0].payload.raw)
            if size > BATCH_BYTES:
                break
            batch.append(self._queue.popleft())
        return batch

    async def _drain(self) -> None:
        # No await between the queue found empty and the slot given back: a request that
        # arrives after this slot stops finds it free.
        try:
            while self._queue:
                batch = self._take()
                try:
                    results = await anyio.to_thread.run_sync(self._run, batch)
                except BaseException as exc:  # noqa: BLE001 - every waiting request learns of it
                    results = [Done(None, exc, 0.0, 0.0)] * len(batch)
                for job, done in zip(batch, results, strict=True):
                    if not job.future.done():  # its client may have gone
                        job.future.set_result(done)
        finally:
            self._running -= 1

    def _run(self, batch: list[_Job]) -> list[Done]:
        """In a worker thread: read the bodies, extract the readable ones together."""
        from ..api import extract_article, extract_articles
        from ..record import ErrorRecord

        wall, cpu = time.perf_counter(), time.thread_time()
        bodies: list[str | None] = [None] * len(batch)
        errors: list[BaseException | None] = [None] * len(batch)
        articles = []
        for index, job in enumerate(batch):
            try:
                articles.append(
                    (index, article_from_body(job.payload, lang=job.lang, published=job.published))
                )
            except Exception as exc:  # noqa: BLE001 - this request's 4xx, not the batch's
                errors[index] = exc
        records = extract_articles(
            (a for _, a in articles), model=self._model, batch_size=len(batch)
        )
        for (index, article), record in zip(articles, records, strict=True):
            if isinstance(record, ErrorRecord):
                # The batch isolated the failure; run it alone for the exception itself, which
                # the service's handlers turn into its status and body.
                try:
                    bodies[index] = extract_article(article, model=self._model).model_dump_json()
                except Exception as exc:  # noqa: BLE001
                    errors[index] = exc
            else:
                bodies[index] = record.model_dump_json()
        cpu_ms = 1000 * (time.thread_time() - cpu) / len(batch)
        wall_ms = 1000 * (time.perf_counter() - wall)
        return [Done(b, e, cpu_ms, wall_ms) for b, e in zip(bodies, errors, strict=True)]
