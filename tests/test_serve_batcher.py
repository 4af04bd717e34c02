"""Micro-batching in the service: which requests share a batch, and that a batch's records
are the ones each article gets alone (errors included, each request its own)."""

from __future__ import annotations

import asyncio

import pytest

from extractor.api import extract_article
from extractor.serve.batcher import BATCH_BYTES, BATCH_DOCS, Batcher, _Job
from extractor.serve.bodies import ClientError, Payload, article_from_body

from .conftest import SEEDS

TEXT = "text/plain; charset=utf-8"


def _job(body: bytes, lang: str | None = None) -> _Job:
    future: asyncio.Future[object] = asyncio.new_event_loop().create_future()
    return _Job(Payload(body, TEXT), lang, None, future)  # type: ignore[arg-type]


def _alone(text: str, lang: str) -> str:
    """The record the service gave before batching: one article through the pipeline."""
    article = article_from_body(Payload(text.encode(), TEXT), lang=lang, published=None)
    return extract_article(article).model_dump_json()


def _queued(batcher: Batcher, sizes: list[int]) -> None:
    for size in sizes:
        batcher._queue.append(_job(b"x" * size))


@pytest.mark.parametrize(
    ("sizes", "first_batch"),
    [
        ([100] * (BATCH_DOCS + 3), BATCH_DOCS),  # many short ones: a full batch
        ([100, BATCH_BYTES, 100], 1),  # a long one stops the batch before it...
        ([BATCH_BYTES * 3, 100, 100], 1),  # ...and goes alone when it is first
        ([BATCH_BYTES // 2, BATCH_BYTES // 2, 1], 2),  # the byte budget is inclusive
        ([100], 1),
    ],
)
def test_a_batch_takes_the_queue_head_within_its_budget(sizes: list[int], first_batch: int) -> None:
    batcher = Batcher(None)
    _queued(batcher, sizes)
    batch = batcher._take()
    assert len(batch) == first_batch
    assert [len(j.payload.raw) for j in batch] == sizes[:first_batch]  # in arrival order
    assert len(batcher._queue) == len(sizes) - first_batch


def test_batched_records_equal_single_ones_and_errors_stay_per_request() -> None:
    seeds = {lang: SEEDS[lang].read_text(encoding="utf-8") for lang in ("it", "en")}
    paragraphs = [(p, lang) for lang, t in seeds.items() for p in t.split("\n\n")[:3] if p.strip()]
    jobs = [_job(p.encode(), lang) for p, lang in paragraphs]
    jobs.insert(2, _job(b"", "en"))  # empty: this request's 400, not the batch's
    jobs.insert(4, _job(b"Ciao", "xx"))  # unknown language
    done = Batcher(None)._run(jobs)
    bodies = [d.body for d in done if d.error is None]
    expected = [_alone(p, lang) for p, lang in paragraphs]
    assert bodies == expected
    errors = [d.error for d in done if d.error is not None]
    assert len(errors) == 2 and all(isinstance(e, ClientError) for e in errors)
    assert all(d.cpu_ms > 0 and d.wall_ms > 0 for d in done)
