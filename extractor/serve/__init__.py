"""The HTTP service: POST /extract, POST /diff, GET /schema/{name}, GET /health, /docs."""

from .app import create_app
from .runner import serve

__all__ = ["create_app", "serve"]
