"""Every failure becomes a JSON body valid against schemas/error.schema.json.

A client's mistake is a 4xx with a one-line reason; anything else is a 500 with the same body
shape and the exception's one-line summary, never a traceback (uvicorn logs that server-side).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from ..errors import InputError, UnsupportedLanguageError, UsageError
from ..record import ErrorRecord
from .bodies import ClientError

__all__ = ["OneLineStartupFailure", "error_response", "install_handlers"]

# ErrorRecord's id names the article in a batch; a refused request may have no article at all.
_REQUEST_ID = "request"


def error_response(status: int, reason: str) -> Response:
    body = ErrorRecord(id=_REQUEST_ID, error=" ".join(reason.split()))
    return Response(body.model_dump_json(), status_code=status, media_type="application/json")


async def _client(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ClientError)
    return error_response(exc.status, exc.reason)


async def _library(request: Request, exc: Exception) -> Response:
    # A library input error that no endpoint mapped itself is still the client's input.
    status = 422 if isinstance(exc, UnsupportedLanguageError) else 400
    return error_response(status, str(exc))


async def _validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if not errors:
        return error_response(400, "invalid request")
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "request"
    return error_response(400, f"{where}: {first.get('msg', 'invalid')}")


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    reason = exc.detail if isinstance(exc.detail, str) else str(exc.status_code)
    if exc.status_code == 404 and reason == "Not Found":
        reason = f"no such endpoint: {request.method} {request.url.path}"
    elif exc.status_code == 405:
        reason = f"method {request.method} not allowed on {request.url.path}"
    response = error_response(exc.status_code, reason)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _internal(request: Request, exc: Exception) -> Response:
    return error_response(500, f"internal error: {type(exc).__name__}: {exc}")


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ClientError, _client)
    app.add_exception_handler(InputError, _library)
    app.add_exception_handler(UsageError, _library)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    # Starlette hands this one to its outermost middleware: it catches whatever else escapes.
    app.add_exception_handler(Exception, _internal)
    app.add_middleware(OneLineStartupFailure)


class OneLineStartupFailure:
    """ASGI middleware: a lifespan that fails (the models cannot be loaded) is reported to
    uvicorn in one line, not as the traceback Starlette sends; uvicorn logs it and exits (with
    several workers, the parent stops too)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def send_one_line(message: Any) -> None:
            if message.get("type") == "lifespan.startup.failed" and message.get("message"):
                lines = [line for line in str(message["message"]).splitlines() if line.strip()]
                message = {**message, "message": f"extractor: cannot start: {lines[-1].strip()}"}
            await send(message)

        await self.app(scope, receive, send_one_line)
