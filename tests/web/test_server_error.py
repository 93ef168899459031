"""An unexpected error answers 500 with the same security headers as every other response, and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from referat.web import queries
from referat.web.app import create_app


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("secret internals")


@pytest.mark.parametrize("path", ["/moede/1", "/api/v1/meetings/1"])
def test_an_unexpected_error_is_a_500_with_the_security_headers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                path: str) -> None:
    monkeypatch.setattr(queries, "meeting", _boom)
    client = TestClient(create_app(str(tmp_path / "x.sqlite")), raise_server_exceptions=False)
    response = client.get(path)
    assert response.status_code == 500
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "secret internals" not in response.text and "Traceback" not in response.text
