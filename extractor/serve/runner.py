"""`extractor serve`: uvicorn with N worker processes, each loading the models once."""

from __future__ import annotations

import socket

from ..errors import UsageError

__all__ = ["free_port", "serve"]


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on now (for benchmarks and tests)."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _check_address(host: str, port: int) -> None:
    """Fail with one line before any model is loaded when the address cannot be listened on."""
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535, got {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror})") from None


def serve(host: str, port: int, workers: int, *, access_log: bool = True) -> None:
    """Run the service until interrupted (SIGINT/SIGTERM stop it gracefully)."""
    import uvicorn

    if workers < 1:
        raise UsageError("--workers must be at least 1")
    _check_address(host, port)
    uvicorn.run(
        "extractor.serve.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=access_log,
        log_level="info",
    )
