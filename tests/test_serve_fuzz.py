"""Whatever a client sends, the service answers below 500, and every refusal has a body valid
against schemas/error.schema.json (in-process app, the library's pipelines)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from extractor.serve import create_app

from .serve_helpers import error_body_is_valid

_APP = create_app()  # no lifespan under ASGITransport: the pipelines load on first use

CONTENT_TYPES = st.sampled_from(
    [
        "text/plain",
        "text/plain; charset=utf-8",
        "text/plain; charset=latin-1",
        "text/plain; charset=",
        "text/plain; charset=nope",
        "text/html",
        "application/json",
        "application/ld+json",
        "application/octet-stream",
        "multipart/form-data; boundary=x",
        ";;;",
        "",
    ]
)
QUERY = st.fixed_dictionaries(
    {},
    optional={
        "lang": st.sampled_from(["", "it", "en", "xx", "IT", "it-IT"]) | st.text(max_size=5),
        "published": st.sampled_from(["", "2021-10-06", "2021-13-40", "yesterday"])
        | st.text(max_size=12),
    },
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
ARTICLE_OBJECTS = st.fixed_dictionaries(
    {"text": st.text(min_size=0, max_size=200)},
    optional={
        "lang": JSON_VALUES,
        "published": JSON_VALUES,
        "authors": JSON_VALUES,
        "id": JSON_VALUES,
        "title": JSON_VALUES,
    },
)
BODIES = (
    st.binary(max_size=300)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
    | JSON_VALUES.map(lambda v: json.dumps(v).encode())
    | ARTICLE_OBJECTS.map(lambda v: json.dumps(v).encode())
)
DIFF_BODIES = st.one_of(
    JSON_VALUES,
    st.fixed_dictionaries(
        {
            "sources": st.lists(
                ARTICLE_OBJECTS
                | st.dictionaries(
                    st.sampled_from(
                        ["text", "html", "article", "record", "label", "lang", "published"]
                    ),
                    JSON_VALUES,
                    max_size=3,
                ),
                max_size=3,
            )
        }
    ),
).map(lambda v: json.dumps(v).encode())


def _post(path: str, body: bytes, content_type: str, params: dict[str, Any]) -> httpx.Response:
    transport = httpx.ASGITransport(app=_APP, raise_app_exceptions=False)

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            headers = {"content-type": content_type} if content_type else {}
            return await client.post(path, content=body, headers=headers, params=params)

    return asyncio.run(post())


def _check(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        error_body_is_valid(response.json())
    else:
        assert response.status_code == 200
        assert "schema_version" in response.json()


@given(body=BODIES, content_type=CONTENT_TYPES, params=QUERY)
def test_extract_never_fails_on_what_a_client_sends(
    body: bytes, content_type: str, params: dict[str, str]
) -> None:
    _check(_post("/extract", body, content_type, params))


@given(body=DIFF_BODIES)
def test_diff_never_fails_on_what_a_client_sends(body: bytes) -> None:
    _check(_post("/diff", body, "application/json", {}))
