"""Starting the service for tests: on a free loopback port, stopped when the test is done."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
ERROR_SCHEMA = json.loads((REPO / "schemas" / "error.schema.json").read_text(encoding="utf-8"))

# Model loading is seconds on a quiet machine; CI shares two cores with other tests.
_START_TIMEOUT = 240.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_healthy(url: str, alive: Any, timeout: float = _START_TIMEOUT) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError("the server stopped before answering /health")
        try:
            response = httpx.get(f"{url}/health", timeout=2.0)
            if response.status_code == 200:
                return dict(response.json())
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"no /health answer from {url} in {timeout:.0f} s")


@contextmanager
def server_process(workers: int = 1) -> Iterator[str]:
    """`python -m extractor serve` in a child process, as a user starts it; yields its URL."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, "-m", "extractor", "serve", "--port", str(port)]
    cmd += ["--workers", str(workers), "--no-access-log"]
    proc = subprocess.Popen(
        cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, lambda: proc.poll() is None)
        yield url
    except RuntimeError:
        _, err = proc.communicate(timeout=10)
        raise RuntimeError(f"extractor serve failed: {err.strip()[-2000:]}") from None
    finally:
        if proc.poll() is None:
            proc.terminate()  # SIGTERM: uvicorn's graceful shutdown, workers included
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


@contextmanager
def server_thread() -> Iterator[str]:
    """The app on uvicorn in a thread of this process (one worker, the models of this
    process); yields its URL."""
    import uvicorn

    from extractor.serve import create_app

    port = free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, thread.is_alive)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def error_body_is_valid(body: dict[str, Any]) -> None:
    import jsonschema

    jsonschema.validate(body, ERROR_SCHEMA)
    assert "Traceback" not in body["error"]
    assert "\n" not in body["error"]
