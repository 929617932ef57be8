"""The WARC file (ISO 28500) of a capture: every exchange, replayable with pywb or ReplayWeb."""
from __future__ import annotations

import io
from collections.abc import Iterable
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vetting.capture.fetch import Exchange

SOFTWARE = "Vetting page capture (warcio)"


def _warc_date(exchange: Exchange) -> str:
    return exchange.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_warc(exchanges: Iterable[Exchange], filename: str) -> bytes:
    """A gzipped WARC with a warcinfo record and a request and response record per exchange."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record(
        filename, {"software": SOFTWARE, "format": "WARC File Format 1.1",
                   "conformsTo": "http://iipc.github.io/warc-specifications/specifications/"
                                 "warc-format/warc-1.1/"}))
    for exchange in exchanges:
        parts = urlsplit(exchange.target.url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        common = {"WARC-Date": _warc_date(exchange), "WARC-IP-Address": exchange.target.address}
        # The body is stored decoded and whole, so its headers say so: replay tools read the
        # length from them.
        response = writer.create_warc_record(
            exchange.target.url, "response", payload=io.BytesIO(exchange.body),
            length=len(exchange.body), warc_headers_dict=dict(common),
            http_headers=StatusAndHeaders(f"{exchange.status} {exchange.reason}".strip(),
                                          exchange.replay_headers(), protocol="HTTP/1.1"))
        request_headers = [("Host", exchange.target.host), *exchange.request_headers]
        request = writer.create_warc_record(
            exchange.target.url, "request", payload=io.BytesIO(b""), length=0,
            warc_headers_dict={**common, "WARC-Concurrent-To":
                               response.rec_headers.get_header("WARC-Record-ID")},
            http_headers=StatusAndHeaders(f"{exchange.method} {path} HTTP/1.1",
                                          request_headers, is_http_request=True))
        writer.write_record(response)
        writer.write_record(request)
    return out.getvalue()
