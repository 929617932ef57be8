"""One HTTP request through a connection to the address that was checked, never another."""
from __future__ import annotations

import http.client
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from vetting.capture.addresses import Target

# Headers that describe one connection, not the resource: never replayed to the browser.
HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
                        "te", "trailer", "transfer-encoding", "upgrade", "content-encoding",
                        "content-length"})
# Never sent: the browser's own idea of these, or anything that could carry a credential.
NOT_SENT = HOP_BY_HOP | {"host", "accept-encoding", "authorization", "cookie"}


class FetchFailed(Exception):
    """The resource could not be fetched (connection, protocol or encoding), with the reason."""


class OutOfTime(FetchFailed):
    """The capture's time ran out while fetching."""


class Oversized(FetchFailed):
    """Fetching the resource would pass the capture's byte budget."""


@dataclass
class Exchange:
    """One request and its response, as fetched: what the WARC file records."""

    target: Target
    method: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def header(self, name: str) -> str:
        """The first value of a response header, or an empty string."""
        return next((v for k, v in self.headers if k.lower() == name.lower()), "")

    def replay_headers(self) -> list[tuple[str, str]]:
        """The response headers as the browser gets them: the body is whole and decoded."""
        kept = [(k, v) for k, v in self.headers if k.lower() not in HOP_BY_HOP]
        return kept + [("Content-Length", str(len(self.body)))]


def _connection(target: Target, timeout: float) -> http.client.HTTPConnection:
    if target.scheme == "https":
        conn = http.client.HTTPSConnection(target.host, target.port, timeout=timeout,
                                           context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(target.host, target.port, timeout=timeout)

    def connect_to_checked(_address, timeout=timeout, source_address=None):
        # The Host header and TLS name stay the host's; the socket goes to the checked address.
        return socket.create_connection((target.address, target.port), timeout, source_address)

    conn._create_connection = connect_to_checked
    return conn


def _decode(body: bytes, encoding: str, budget: int) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchFailed(f"the server sent an encoding ({encoding}) that was not asked for")
    wbits = 47 if "gzip" in encoding else 15  # 47: gzip or zlib header, detected
    decoder = zlib.decompressobj(wbits)
    try:
        out = decoder.decompress(body, budget + 1)
    except zlib.error as exc:
        raise FetchFailed(f"the {encoding} body is corrupt") from exc
    if len(out) > budget or decoder.unconsumed_tail:
        raise Oversized("the decoded body is larger than the capture may hold")
    return out


def fetch(target: Target, method: str, headers: dict[str, str], budget: int,
          deadline: float) -> Exchange:
    """Fetch ``target`` without following redirects, reading at most ``budget`` bytes."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise OutOfTime("the time for this capture ran out")
    parts = urlsplit(target.url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    sent = [(k, v) for k, v in headers.items() if k.lower() not in NOT_SENT]
    sent.append(("Accept-Encoding", "identity"))
    conn = _connection(target, min(remaining, 15.0))
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        for name, value in sent:
            conn.putheader(name, value)
        conn.endheaders()
        response = conn.getresponse()
        chunks, size = [], 0
        while chunk := response.read(64 * 1024):
            size += len(chunk)
            if size > budget:
                raise Oversized("the page and its resources are larger than a capture may hold")
            if time.monotonic() > deadline:
                raise OutOfTime("the time for this capture ran out")
            chunks.append(chunk)
        body = _decode(b"".join(chunks), response.getheader("Content-Encoding") or "", budget)
        return Exchange(target=target, method=method, request_headers=sent,
                        status=response.status, reason=response.reason or "",
                        headers=list(response.getheaders()), body=body)
    except TimeoutError as exc:
        raise OutOfTime(f"{target.host} did not answer in time") from exc
    except (OSError, http.client.HTTPException) as exc:
        raise FetchFailed(f"{target.host} could not be reached ({exc.__class__.__name__})") \
            from exc
    finally:
        conn.close()
