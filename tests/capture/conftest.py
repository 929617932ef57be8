"""Page-capture fixtures: test pages served on 127.0.0.1, and a refused host on 127.0.0.2.

Only loopback addresses appear: 127.0.0.1 is allowed for the tests (CAPTURE_ALLOWED_NETWORKS),
127.0.0.2 is not, and a listener there counts every connection it is offered, so a test can
show that a refused address was never connected to.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

# The API tests' cycle and its people, shared rather than copied.
from tests.api.conftest import (  # noqa: F401
    assign,
    cycle,
    finding_body,
    other_cycle,
    reviewer,
    searcher,
    vetting,
)
from tests.browser.conftest import CHROMIUM

WORDS = "Kicked a parked car after the game and threatened the referee"
SLOW_SECONDS = 6
HUGE_BYTES = 3 * 1024 * 1024


def _png() -> bytes:
    from tests.api.test_evidence import png

    return png()


class Pages(BaseHTTPRequestHandler):
    """The test site; ``server.hits`` lists every path asked for."""

    def log_message(self, *args):  # the test output stays readable
        pass

    def _send(
        self,
        status: int,
        body: bytes,
        kind: str = "text/html; charset=utf-8",
        headers: dict | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _html(self, title: str, body: str, status: int = 200) -> None:
        self._send(
            status,
            f"<!doctype html><html><head><title>{title}</title></head>"
            f"<body>{body}</body></html>".encode(),
        )

    def do_GET(self):  # noqa: N802 - the name http.server calls
        self.server.hits.append(self.path)
        refused = f"http://127.0.0.2:{self.server.refused_port}"
        pages = {
            "/post": lambda: self._html(
                "A public post",
                f"<h1>Public post</h1><p>{WORDS}</p><img src='/photo.png' alt='photo'>",
            ),
            "/photo.png": lambda: self._send(200, _png(), "image/png"),
            "/moved": lambda: self._send(302, b"", headers={"Location": "/post"}),
            "/moved-inside": lambda: self._send(302, b"", headers={"Location": refused + "/"}),
            "/slow": self._slow,
            "/leaky": lambda: self._html(
                "Leaky", f"<p>{WORDS}</p><img src='{refused}/tracker.png' alt='tracker'>"
            ),
            "/huge": lambda: self._html("Huge", "<p>" + "x" * HUGE_BYTES + "</p>"),
            "/tall": lambda: self._html("Tall", "<div style='height:30000px'>top</div>"),
            "/sign-in": lambda: self._html(
                "Sign in to see this profile",
                "<form><label>Password <input type=password "
                "name=pw></label></form><p>Only members can see this profile.</p>",
            ),
            "/file": lambda: self._send(
                200,
                b"col1,col2\n",
                "text/csv",
                {"Content-Disposition": "attachment; filename=x.csv"},
            ),
            "/popup": lambda: self._html(
                "Pop-ups", f"<p>{WORDS}</p><script>alert('hi');window.open('/post');</script>"
            ),
        }
        (pages.get(self.path) or (lambda: self._html("Not found", "missing", 404)))()

    def _slow(self):
        time.sleep(SLOW_SECONDS)
        self._html("Slow", "<p>finally</p>")


class Listener:
    """A TCP listener on a refused address that only counts the connections offered to it."""

    def __init__(self, host: str):
        self.sock = socket.socket()
        self.sock.bind((host, 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self._stop.set()
        self.thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def refused_host():
    """A listener on 127.0.0.2, an address the capture may not reach."""
    listener = Listener("127.0.0.2")
    yield listener
    listener.close()


@pytest.fixture
def test_site(refused_host):
    """The test pages on 127.0.0.1; yields (base URL, server) — ``server.hits`` lists requests."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    server.daemon_threads = True
    server.hits = []
    server.refused_port = refused_host.port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", server
    server.shutdown()
    server.server_close()


@pytest.fixture
def chromium():
    """Chromium for captures: missing fails the test under CI, skips it elsewhere."""
    if not os.access(CHROMIUM, os.X_OK):
        message = f"Chromium is not installed at {CHROMIUM} (make browser-deps installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"capture tests cannot run under CI: {message}", pytrace=False)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture
def capture_config(app, chromium):
    """Captures on: the tests' loopback address allowed, short caps so the tests run quickly."""
    app.config.update(
        CHROMIUM=chromium,
        CAPTURE_ALLOWED_NETWORKS="127.0.0.1/32",
        CAPTURE_TIMEOUT_SECONDS=20,
        CAPTURE_MAX_BYTES=2 * 1024 * 1024,
        CAPTURE_MAX_HEIGHT=4000,
    )
    return app.config


@pytest.fixture
def site_finding(searcher, vetting, test_site):  # noqa: F811 - the imported fixtures
    """A finding whose own URL is the test site's public post; returns its id."""
    base, _ = test_site
    response = searcher.post(
        f"/api/v1/vettings/{vetting.id}/findings", json=finding_body(url=f"{base}/post")
    )
    assert response.status_code == 201, response.json
    return response.json["id"]


def wait_for(client, capture_id: int, seconds: float = 60) -> dict:
    """Poll a capture until it is done or failed, as the page does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        response = client.get(f"/api/v1/captures/{capture_id}")
        assert response.status_code == 200, response.json
        if response.json["state"] in ("done", "failed"):
            return response.json
        time.sleep(0.2)
    raise AssertionError(f"capture {capture_id} still {response.json['state']} after {seconds}s")
