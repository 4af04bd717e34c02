"""The HTTP service, driven over loopback with httpx against `extractor serve` (2 workers).

Its records must be the library's own, byte for byte; every bad request a 4xx with a body
valid against schemas/error.schema.json.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from extractor import diff, extract
from extractor.api import extract_article
from extractor.ingest import Article, article_from_html, article_from_mapping
from extractor.ingest.loaders import MAX_CHARS
from extractor.schemas import schema_json
from extractor.serve.bodies import MAX_BODY_BYTES
from extractor.version import __version__

from .conftest import CORPUS, SEEDS
from .serve_helpers import error_body_is_valid, server_process

# One server for the module: the tests share its loaded models (see the Makefile's loadgroup).
pytestmark = pytest.mark.xdist_group("serve")

TEXT = {"content-type": "text/plain; charset=utf-8"}
JSON = {"content-type": "application/json"}
HTML = {"content-type": "text/html"}


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with server_process(workers=2) as base:
        yield base


@pytest.fixture(scope="module")
def client(url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, timeout=120.0) as c:
        yield c


def _seed(lang: str) -> str:
    return SEEDS[lang].read_text(encoding="utf-8")


def _html(text: str, title: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>(c) 2021</footer></body></html>"
    )


def _read_as(article: Article, encoding: str = "utf-8") -> Article:
    """An article as the service reads a body: from bytes, in `encoding`."""
    article.encoding = encoding
    return article


def _mixed() -> list[tuple[dict[str, Any] | None, str]]:
    """corpus/batch/mixed.jsonl: (object or None when not JSON, the raw line)."""
    rows = []
    for line in (CORPUS / "batch" / "mixed.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            rows.append((json.loads(line), line))
        except json.JSONDecodeError:
            rows.append((None, line))
    return rows


def test_health_reports_version_and_every_language(client: httpx.Client) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["version"] == __version__
    assert set(body["models"]) == {"it", "en"}
    assert all("ner" in m["pipes"] for m in body["models"].values())


@pytest.mark.parametrize("which", ["record", "diff", "error"])
def test_schema_endpoints_serve_the_published_schemas(client: httpx.Client, which: str) -> None:
    response = client.get(f"/schema/{which}")
    assert response.status_code == 200
    assert response.json() == json.loads(schema_json(which))


def test_openapi_documents_the_endpoints(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/extract", "/diff", "/schema/{which}", "/health"} <= set(spec["paths"])
    body = spec["paths"]["/extract"]["post"]["requestBody"]["content"]
    assert {"text/plain", "text/html", "application/json"} <= set(body)
    page = client.get("/docs")
    assert page.status_code == 200
    # The page's scripts come from the service itself, not from a CDN.
    scripts = re.findall(r'<script src="([^"]+)"', page.text)
    assert scripts and all(src.startswith("/") for src in scripts)
    assert all(client.get(src).status_code == 200 for src in scripts)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_plain_text_record_is_the_librarys(client: httpx.Client, lang: str) -> None:
    text = _seed(lang)
    response = client.post("/extract", content=text.encode("utf-8"), headers=TEXT)
    assert response.status_code == 200
    assert (
        response.text == extract(text, source={"id": None, "encoding": "utf-8"}).model_dump_json()
    )
    cpu, work = (float(e.split("dur=")[1]) for e in response.headers["server-timing"].split(","))
    assert 0 < cpu and 0 < work


def test_query_lang_and_published_are_the_librarys_options(client: httpx.Client) -> None:
    text = _seed("it")
    params = {"lang": "it", "published": "2021-10-05"}
    response = client.post("/extract", content=text.encode("utf-8"), headers=TEXT, params=params)
    assert response.status_code == 200
    expected = extract(
        text, lang="it", published="2021-10-05", source={"id": None, "encoding": "utf-8"}
    )
    assert response.text == expected.model_dump_json()
    assert response.json()["source"]["published"] == "2021-10-05"


def test_json_article_object_record_is_the_librarys(client: httpx.Client) -> None:
    data = {"id": "en-1", "text": _seed("en"), "title": "Soyuz", "url": "https://x.invalid/a"}
    response = client.post("/extract", json=data)
    assert response.status_code == 200
    expected = extract_article(_read_as(article_from_mapping(data)))
    assert response.text == expected.model_dump_json()
    assert response.json()["source"]["id"] == "en-1"


def test_html_record_is_the_librarys(client: httpx.Client) -> None:
    html = _html(_seed("it"), "Il primo film girato nello spazio")
    response = client.post("/extract", content=html.encode("utf-8"), headers=HTML)
    assert response.status_code == 200
    expected = extract_article(_read_as(article_from_html(html)))
    assert response.text == expected.model_dump_json()
    assert response.json()["source"]["title"] == "Il primo film girato nello spazio"


def test_a_declared_charset_is_honoured(client: httpx.Client) -> None:
    text = "Ieri a Roma il ministro ha incontrato i sindacati per più di tre ore."
    headers = {"content-type": "text/plain; charset=latin-1"}
    response = client.post("/extract", content=text.encode("latin-1"), headers=headers)
    assert response.status_code == 200
    assert response.json()["text"] == text
    assert response.json()["source"]["encoding"] == "iso8859-1"


def test_an_html_page_is_read_in_the_charset_it_declares(client: httpx.Client) -> None:
    html = _html(_seed("it"), "Città più antica").replace(
        "<head>", '<head><meta charset="windows-1252">'
    )
    response = client.post("/extract", content=html.encode("cp1252"), headers=HTML)
    assert response.status_code == 200
    assert response.json()["source"]["title"] == "Città più antica"
    assert response.json()["source"]["encoding"] == "cp1252"


def test_diff_of_two_articles_is_the_librarys(client: httpx.Client) -> None:
    it, en = _seed("it"), _seed("en")
    body = {"sources": [{"label": "it", "text": it}, {"label": "en", "text": en}]}
    response = client.post("/diff", json=body)
    assert response.status_code == 200
    records = [extract(it, source={"id": None}), extract(en, source={"id": None})]
    assert response.text == diff(records, labels=["it", "en"]).model_dump_json()


def test_diff_takes_records_articles_and_html_and_default_labels(client: httpx.Client) -> None:
    en_record = json.loads(client.post("/extract", content=_seed("en"), headers=TEXT).text)
    html = _html(_seed("it"), "Film nello spazio")
    body = {"sources": [{"record": en_record}, {"html": html, "label": "page"}]}
    response = client.post("/diff", json=body)
    assert response.status_code == 200
    from extractor import Record

    records = [Record.model_validate(en_record), extract_article(article_from_html(html))]
    labels = [en_record["source"]["id"], "page"]
    assert response.text == diff(records, labels=labels).model_dump_json()


@dataclass(frozen=True)
class Bad:
    """A request the service must refuse: its status and a fragment of the reason."""

    method: str
    path: str
    headers: dict[str, str] | None
    body: bytes | None
    status: int
    reason: str


def _record_with_bad_offsets() -> bytes:
    record = json.loads(extract("Ieri a Roma Mario Rossi ha parlato.", lang="it").model_dump_json())
    record["text"] = "X" + record["text"][1:]
    record["people"] = [
        {**p, "mentions": [{**m, "start": 0} for m in p["mentions"]]} for p in record["people"]
    ]
    return json.dumps({"sources": [{"record": record}, {"text": "Roma, ieri."}]}).encode()


BAD_REQUESTS = {
    "empty body": Bad("POST", "/extract", TEXT, b"", 400, "empty"),
    "blank text": Bad("POST", "/extract", TEXT, b"  \n\t ", 400, "empty"),
    "blank json text": Bad("POST", "/extract", JSON, b'{"text": "   "}', 400, "empty article"),
    "not utf-8": Bad("POST", "/extract", TEXT, "caffè a Roma".encode("latin-1"), 400, "UTF-8"),
    "not utf-8 json": Bad("POST", "/extract", JSON, b'{"text": "caf\xe9"}', 400, "UTF-8"),
    "not the declared charset": Bad(
        "POST",
        "/extract",
        {"content-type": "text/plain; charset=ascii"},
        "è".encode(),
        400,
        "ascii",
    ),
    "unknown charset": Bad(
        "POST", "/extract", {"content-type": "text/plain; charset=klingon"}, b"ok", 415, "charset"
    ),
    "too long text": Bad("POST", "/extract", TEXT, b"a" * (MAX_CHARS + 1), 413, "too long"),
    "too long json text": Bad(
        "POST", "/extract", JSON, json.dumps({"text": "a" * (MAX_CHARS + 1)}).encode(), 413, "long"
    ),
    "body over the byte limit": Bad(
        "POST", "/extract", TEXT, b"a" * (MAX_BODY_BYTES + 1), 413, "too large"
    ),
    "unknown language in the query": Bad(
        "POST", "/extract?lang=xx", TEXT, b"Roma, ieri.", 400, "unsupported language"
    ),
    "unknown language in the object": Bad(
        "POST", "/extract", JSON, b'{"text": "Roma, ieri.", "lang": "xx"}', 422, "unsupported"
    ),
    "text in an unsupported language": Bad(
        "POST",
        "/extract",
        TEXT,
        "Der Hund läuft schnell über die Straße und bellt sehr laut.".encode(),
        422,
        "does not support",
    ),
    "bad published": Bad("POST", "/extract?published=someday", TEXT, b"Roma.", 400, "ISO date"),
    "malformed json": Bad("POST", "/extract", JSON, b'{"text": "Roma', 400, "malformed JSON"),
    "json not an object": Bad("POST", "/extract", JSON, b'["a", "list"]', 400, "JSON object"),
    "json without text": Bad("POST", "/extract", JSON, b'{"title": "t"}', 400, "'text' string"),
    "json bad authors": Bad(
        "POST", "/extract", JSON, b'{"text": "Roma.", "authors": 3}', 400, "authors"
    ),
    "no content type": Bad("POST", "/extract", {}, b"Roma, ieri.", 415, "content type"),
    "form content type": Bad(
        "POST",
        "/extract",
        {"content-type": "application/x-www-form-urlencoded"},
        b"text=Roma",
        415,
        "content type",
    ),
    "binary content type": Bad(
        "POST", "/extract", {"content-type": "application/octet-stream"}, b"\x00\x01", 415, "type"
    ),
    "html without text": Bad("POST", "/extract", HTML, b"<html><body></body></html>", 400, "text"),
    "diff of one source": Bad(
        "POST", "/diff", JSON, b'{"sources": [{"text": "Roma."}]}', 400, "at least 2"
    ),
    "diff malformed json": Bad("POST", "/diff", JSON, b'{"sources": [', 400, "malformed JSON"),
    "diff as text": Bad("POST", "/diff", TEXT, b"a b", 415, "application/json"),
    "diff empty body": Bad("POST", "/diff", JSON, b"", 400, "empty"),
    "diff source with two kinds": Bad(
        "POST",
        "/diff",
        JSON,
        b'{"sources": [{"text": "Roma.", "html": "<p>x</p>"}, {"text": "Milano."}]}',
        400,
        "exactly one",
    ),
    "diff unknown field": Bad(
        "POST", "/diff", JSON, b'{"sources": [{"txt": "a"}, {"text": "b"}]}', 400, "txt"
    ),
    "diff invalid record": Bad(
        "POST",
        "/diff",
        JSON,
        b'{"sources": [{"record": {"text": 1}}, {"text": "Roma."}]}',
        400,
        "not a valid extractor record",
    ),
    "diff record whose offsets lie": Bad(
        "POST", "/diff", JSON, _record_with_bad_offsets(), 400, "do not quote"
    ),
    "diff empty article": Bad(
        "POST", "/diff", JSON, b'{"sources": [{"text": " "}, {"text": "Roma."}]}', 400, "empty"
    ),
    "unknown schema": Bad("GET", "/schema/nope", None, None, 404, "no schema"),
    "unknown endpoint": Bad("GET", "/nope", None, None, 404, "no such endpoint"),
    "wrong method": Bad("GET", "/extract", None, None, 405, "not allowed"),
}


@pytest.mark.parametrize("case", list(BAD_REQUESTS.values()), ids=list(BAD_REQUESTS))
def test_bad_requests_get_a_4xx_and_a_schema_valid_error(client: httpx.Client, case: Bad) -> None:
    response = client.request(case.method, case.path, content=case.body, headers=case.headers)
    assert response.status_code == case.status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    error_body_is_valid(body)
    assert case.reason in body["error"]


# --- the bounded load test -------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int
    expected: str | None  # the library's JSON for a well-formed request


def _good_calls() -> list[Call]:
    """Seed and corpus articles as text, JSON and HTML, and their paragraphs on their own."""
    calls = []
    for lang in ("it", "en"):
        text = _seed(lang)
        calls.append(
            Call(
                "/extract",
                TEXT,
                text.encode(),
                200,
                extract(text, source={"id": None, "encoding": "utf-8"}).model_dump_json(),
            )
        )
        html = _html(text, f"seed {lang}")
        expected = extract_article(_read_as(article_from_html(html))).model_dump_json()
        calls.append(Call("/extract", HTML, html.encode(), 200, expected))
        for paragraph in (p for p in text.split("\n") if len(p) > 80):
            source = {"id": None, "encoding": "utf-8"}
            record = extract(paragraph, lang=lang, source=source).model_dump_json()
            calls.append(Call(f"/extract?lang={lang}", TEXT, paragraph.encode(), 200, record))
    for data, line in _mixed():
        if data is None or not isinstance(data, dict):
            continue
        try:
            record = extract_article(_read_as(article_from_mapping(data))).model_dump_json()
        except Exception:  # noqa: BLE001 - the malformed rows are the other list's
            continue
        calls.append(Call("/extract", JSON, line.encode(), 200, record))
    return calls


def _bad_calls() -> list[Call]:
    """The malformed rows of corpus/batch/mixed.jsonl, and bodies no article can be read from."""
    calls = []
    for data, line in _mixed():
        if isinstance(data, dict) and isinstance(data.get("text"), str) and data["text"].strip():
            if not data["text"].startswith("Der "):
                continue
            calls.append(Call("/extract", JSON, line.encode(), 422, None))
            continue
        calls.append(Call("/extract", JSON, line.encode(), 400, None))
    calls.append(Call("/extract", TEXT, "perché".encode("latin-1"), 400, None))
    calls.append(Call("/extract", {"content-type": "image/png"}, b"\x89PNG", 415, None))
    return calls


async def _drive(url: str, calls: list[Call], clients: int) -> list[tuple[Call, int, str]]:
    queue: asyncio.Queue[Call] = asyncio.Queue()
    for call in calls:
        queue.put_nowait(call)
    results: list[tuple[Call, int, str]] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=120.0, limits=limits) as client:

        async def worker() -> None:
            while not queue.empty():
                call = queue.get_nowait()
                response = await client.post(call.path, content=call.body, headers=call.headers)
                results.append((call, response.status_code, response.text))

        await asyncio.gather(*(worker() for _ in range(clients)))
    return results


def test_load_1000_requests_from_16_clients(url: str) -> None:
    good, bad = _good_calls(), _bad_calls()
    assert len(good) >= 20 and len(bad) >= 5
    rng = random.Random(14)
    calls = [rng.choice(bad) if i % 25 == 0 else rng.choice(good) for i in range(1000)]
    results = asyncio.run(_drive(url, calls, clients=16))
    assert len(results) == 1000
    for call, status, text in results:
        assert status == call.status, text[:300]
        if call.expected is not None:
            # The response of *this* request, not of another one running beside it.
            assert text == call.expected
        else:
            error_body_is_valid(json.loads(text))
    malformed = sum(1 for call in calls if call.expected is None)
    assert malformed == 40
