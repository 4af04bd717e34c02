"""The ASGI application: `create_app()` for uvicorn (`extractor serve` runs it).

Every pipeline is loaded, and warmed up, in the lifespan: a uvicorn worker starts accepting
connections only once its lifespan has started, so no request reaches a worker before its
models are in memory (until then connections wait in the socket's backlog). Reading a body is
async; everything that costs CPU (ingestion, the pipeline, the diff) runs in the thread pool,
so the event loop keeps answering while one long article is being processed.

The pipelines are shared by the pool's threads without a lock: spaCy's tokenizer and the NER
run under the GIL on per-call arrays, extractor's components keep their per-document state on
the Doc (per-call settings in ContextVars) and their caches are functools caches, and the warm-
up has filled every lazily loaded table before the first request. tests/test_serve_threads.py
holds records made by 16 threads equal to sequential ones. No lock, but EXTRACT_THREADS at a time
(see batcher.py, which also sends the articles that arrive together through nlp.pipe as one
batch): with the GIL one worker is one core either way, a lock would make a short article wait
behind a long one, and many threads cost CPU; for more throughput, run more workers.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.to_thread
from fastapi import FastAPI, Query, Request
from fastapi.responses import Response
from fastapi_offline import FastAPIOffline
from starlette.concurrency import run_in_threadpool

from ..version import SCHEMA_VERSION, __version__
from .batcher import EXTRACT_THREADS, Batcher
from .bodies import (
    MAX_BODY_BYTES,
    MAX_DIFF_BYTES,
    ClientError,
    Payload,
    diff_request_from_body,
    source_article,
    source_record,
)
from .failures import install_handlers
from .models import load_models
from .openapi import DIFF_BODY, EXTRACT_BODY, responses

__all__ = ["create_app"]


def create_app(model: str | None = None) -> FastAPI:
    """The service; `model` is a spaCy pipeline name or path used for NER instead of the
    shipped one, as `extractor extract --model` takes."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.models = await run_in_threadpool(load_models, model)
        yield

    # FastAPIOffline: /docs and /redoc served from the package's own copies of Swagger UI and
    # ReDoc, not from a CDN (nothing is fetched at run time, by the service or its pages).
    app = FastAPIOffline(
        title="extractor",
        version=__version__,
        summary="Who, where, when and for how long in Italian and English news articles.",
        lifespan=lifespan,
    )
    install_handlers(app)
    _routes(app, model)
    return app


async def _read(request: Request, limit: int) -> Payload:
    """The body, refused with a 413 as soon as it is known to be over `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ClientError(413, f"request body too large ({declared} bytes, max {limit})")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ClientError(413, f"request body too large (over {limit} bytes)")
        chunks.append(chunk)
    payload = Payload(b"".join(chunks), request.headers.get("content-type"))
    payload.kind  # noqa: B018 - a wrong content type is refused before any work is done
    return payload


def _query(lang: str | None, published: str | None) -> None:
    """Bad query values are the caller's mistake (400), whatever the body holds."""
    from ..errors import InputError
    from ..ingest import parse_published
    from ..lang import require_language

    try:
        if lang:
            require_language(lang)
        parse_published(published)
    except InputError as exc:
        raise ClientError(400, str(exc)) from None


def _json_response(body: str, timing: str | None = None) -> Response:
    headers = {"Server-Timing": timing} if timing else None
    return Response(content=body, media_type="application/json", headers=headers)


# Diffs processed at once by one worker (extraction has its own slots, in the batcher).
_LIMITERS: dict[int, anyio.CapacityLimiter] = {}


def _limiter() -> anyio.CapacityLimiter:
    # One per event loop (a worker has one), made inside it as anyio requires.
    loop = id(asyncio.get_running_loop())
    if loop not in _LIMITERS:
        _LIMITERS[loop] = anyio.CapacityLimiter(EXTRACT_THREADS)
    return _LIMITERS[loop]


async def _off_loop(fn: Callable[..., str], *args: Any) -> Response:
    """`fn(*args)` in a worker thread, its JSON as the response. Server-Timing says how long it
    took and how much CPU its thread used: on a shared machine, the CPU time is the part of the
    latency that is the service's own."""

    def timed() -> tuple[str, str]:
        wall, cpu = time.perf_counter(), time.thread_time()
        body = fn(*args)
        cpu_ms, wall_ms = 1000 * (time.thread_time() - cpu), 1000 * (time.perf_counter() - wall)
        return body, f"cpu;dur={cpu_ms:.1f}, work;dur={wall_ms:.1f}"

    body, timing = await anyio.to_thread.run_sync(timed, limiter=_limiter())
    return _json_response(body, timing)


def _routes(app: FastAPI, model: str | None) -> None:
    batcher = Batcher(model)  # holds no loop-bound object until a request comes

    @app.post("/extract", openapi_extra=EXTRACT_BODY, responses=responses("Record"))
    async def extract(
        request: Request,
        lang: str | None = Query(None, description="it or en (default: detect)"),
        published: str | None = Query(None, description="ISO date, for relative dates"),
    ) -> Response:
        """The record of one article: the same JSON as `extractor extract`."""
        _query(lang, published)
        payload = await _read(request, MAX_BODY_BYTES)
        done = await batcher.extract(payload, lang or None, published or None)
        if done.error is not None or done.body is None:
            raise done.error or RuntimeError("no record")
        return _json_response(done.body, f"cpu;dur={done.cpu_ms:.1f}, work;dur={done.wall_ms:.1f}")

    @app.post("/diff", openapi_extra=DIFF_BODY, responses=responses("Diff"))
    async def diff(request: Request) -> Response:
        """The diff record of two or more sources: the same JSON as `extractor diff --json`."""
        payload = await _read(request, MAX_DIFF_BYTES)
        return await _off_loop(_diff_json, payload, model)

    @app.get("/schema/{which}", responses=responses(None))
    async def schema(which: str) -> Response:
        """The JSON Schema of a record, a diff or an error body."""
        from ..schemas import SCHEMA_FILES, schema_json

        if which not in SCHEMA_FILES:
            raise ClientError(404, f"no schema {which!r} (record, diff or error)")
        return _json_response(schema_json(which))

    @app.get("/health")
    async def health(request: Request) -> dict[str, Any]:
        """Answers once every language's pipeline is loaded (before that nothing answers)."""
        return {
            "status": "ok",
            "version": __version__,
            "schema_version": SCHEMA_VERSION,
            "models": request.app.state.models,
        }


def _diff_json(payload: Payload, model: str | None) -> str:
    from ..api import extract_article
    from ..compare import diff

    request = diff_request_from_body(payload)
    records = []
    for index, item in enumerate(request.sources):
        if item.record is not None:
            records.append(source_record(item, index))
        else:
            records.append(extract_article(source_article(item, index), model=model))
    labels = [item.label or r.source.id for item, r in zip(request.sources, records, strict=True)]
    return _run(lambda: diff(records, labels=labels)).model_dump_json()


def _run(fn: Callable[[], Any]) -> Any:
    from ..errors import InputError, UsageError

    try:
        return fn()
    except (InputError, UsageError) as exc:
        raise ClientError(400, str(exc)) from None
