"""`extractor serve` and `bench serve` refuse bad options with one line and exit code 2,
before any model is loaded."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from extractor.cli import main


@pytest.fixture()
def busy_port() -> Iterator[int]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield int(listener.getsockname()[1])


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["serve", "--workers", "0"], "--workers must be at least 1"),
        (["serve", "--port", "70000"], "--port must be between"),
        (["serve", "--port", "x"], "invalid int value"),
        (["serve", "--host", "no-such-host.invalid"], "cannot listen on"),
        (["bench", "serve", "--clients", "0"], "at least 1"),
    ],
)
def test_serve_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(argv, capsys)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_serve_on_a_port_in_use(busy_port: int, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(["serve", "--port", str(busy_port)], capsys)
    assert code == 2
    assert f"cannot listen on 127.0.0.1:{busy_port}" in err
