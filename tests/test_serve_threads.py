"""The service's use of threads: one pipeline shared by many threads gives the records one
thread gives, a long article does not hold up a short one, and nothing escapes as a traceback."""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from extractor import extract

from .conftest import CORPUS, SEEDS
from .serve_helpers import error_body_is_valid, server_thread

TEXT = {"content-type": "text/plain"}


def _texts() -> list[tuple[str, str]]:
    """(text, lang): the seeds, the well-formed corpus rows, and their paragraphs."""
    out = [(SEEDS[lang].read_text(encoding="utf-8"), lang) for lang in ("it", "en")]
    for line in (CORPUS / "batch" / "mixed.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and data.get("id") == "short-en":
            out.append((data["text"], "en"))
    out += [(p, lang) for text, lang in out[:2] for p in text.split("\n") if len(p) > 80]
    return out


def test_threads_sharing_the_pipelines_give_the_sequential_records() -> None:
    items = _texts() * 3
    sequential = [extract(t, lang=lang).model_dump_json() for t, lang in items]
    with ThreadPoolExecutor(max_workers=16) as pool:
        threaded = list(pool.map(lambda tl: extract(tl[0], lang=tl[1]).model_dump_json(), items))
    differing = [i for i, (a, b) in enumerate(zip(sequential, threaded, strict=True)) if a != b]
    assert differing == []


async def _long_and_short(url: str, long_body: bytes, short_body: bytes) -> tuple[float, float]:
    """Seconds from the start until the long and the short request were answered."""
    start = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, timeout=300.0) as client:

        async def post(body: bytes, delay: float) -> float:
            await asyncio.sleep(delay)
            response = await client.post("/extract?lang=en", content=body, headers=TEXT)
            assert response.status_code == 200
            return time.perf_counter() - start

        long_done, short_done = await asyncio.gather(post(long_body, 0), post(short_body, 0.2))
    return long_done, short_done


def test_a_long_article_does_not_stall_a_short_one() -> None:
    seed = SEEDS["en"].read_text(encoding="utf-8")
    long_body = ("\n\n".join([seed] * 20)).encode()  # ~43 KB: seconds of work
    short_body = b"Yesterday NASA said the Soyuz capsule landed in Kazakhstan."
    with server_thread() as url:
        long_done, short_done = asyncio.run(_long_and_short(url, long_body, short_body))
    # Both run on one worker: the short one is answered while the long one is still in work.
    assert short_done < long_done / 2, (short_done, long_done)


def test_anything_unexpected_is_a_schema_valid_500_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from extractor.serve import bodies, create_app

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr(bodies, "article_from_text", broken)
    # ASGITransport runs no lifespan (no model loading): this test needs no model.
    transport = httpx.ASGITransport(app=create_app(), raise_app_exceptions=False)

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.post("/extract", content=b"Roma, ieri.", headers=TEXT)

    response = asyncio.run(post())
    assert response.status_code == 500
    body = response.json()
    error_body_is_valid(body)
    assert body["error"] == "internal error: RuntimeError: a bug over two lines"


def test_a_startup_failure_is_reported_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.errors import ModelError
    from extractor.serve import app as app_module

    def broken(model: object = None) -> None:
        raise ModelError("cannot load spaCy pipeline 'x': [E050] Can't find model 'x'")

    monkeypatch.setattr(app_module, "load_models", broken)
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, str]:
        return {"type": "lifespan.startup"}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    async def run() -> None:
        scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}
        with pytest.raises(ModelError):
            await app_module.create_app()(scope, receive, send)

    asyncio.run(run())
    assert [m["type"] for m in sent] == ["lifespan.startup.failed"]
    message = str(sent[0]["message"])
    assert message == (
        "extractor: cannot start: extractor.errors.ModelError: cannot load spaCy pipeline 'x': "
        "[E050] Can't find model 'x'"
    )
