"""Capture one page in headless Chromium: a PDF, a full-page PNG and a WARC of what was fetched.

The browser never touches the network itself. Every request it makes (the page, each redirect,
each sub-resource) is intercepted; its address is resolved and checked (``addresses``), then
fetched here over a connection to the checked address, and handed back to the browser. So a
refused address is never connected to, and what the browser rendered is exactly what the WARC
file holds.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

from vetting.capture.addresses import Network, RefusedAddress, Target, resolve
from vetting.capture.fetch import Exchange, FetchFailed, OutOfTime, Oversized, fetch
from vetting.capture.warc import write_warc

VIEWPORT = {"width": 1280, "height": 900}
# As in the browser tests, and no DNS prefetching: names are resolved only by the checks here.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--dns-prefetch-disable", "--disable-features=DnsOverHttps",
]
LOGIN_WALL_NOTE = ("The page asks visitors to sign in; the capture shows what a visitor without "
                   "an account sees.")
MAX_REDIRECTS = 10
SETTLE_SECONDS = 2.0  # after "load": late scripts and images, within the capture's time cap


class CaptureFailed(Exception):
    """The page could not be captured, with the plain reason."""


@dataclass(frozen=True)
class Limits:
    """What one capture may take: time, bytes, screenshot height, and which networks."""

    timeout_seconds: float
    max_bytes: int
    max_height: int
    allowed_networks: tuple[Network, ...] = ()
    chromium: str = "/usr/bin/chromium"


@dataclass
class PageCapture:
    """What a capture produced: the three files and what the page said about itself."""

    final_url: str
    status: int
    title: str
    login_wall: bool
    captured_at: datetime
    pdf: bytes
    png: bytes
    warc: bytes
    refused: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        """The bytes of the three files together."""
        return len(self.pdf) + len(self.png) + len(self.warc)


def unavailable_reason(chromium: str) -> str | None:
    """Why captures cannot run on this server, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed on the server (pip install '.[capture]')."
    if not os.access(chromium, os.X_OK):
        return f"Chromium is not installed on the server (expected at {chromium})."
    return None


class _Interceptor:
    """Fetches every request of the page through checked connections, within the budget."""

    def __init__(self, limits: Limits, deadline: float):
        self.limits, self.deadline = limits, deadline
        self.exchanges: list[Exchange] = []
        self.refused: list[str] = []
        self.main_refusal: str | None = None
        self.over_budget = False
        self.spent = 0
        self.redirect_to: str | None = None
        self.out_of_time = False

    def handle(self, route) -> None:
        request = route.request
        is_main = request.is_navigation_request() and _in_top_frame(request)
        try:
            if request.method not in ("GET", "HEAD"):
                raise RefusedAddress(f"a capture only reads pages; it never sends a "
                                     f"{request.method} request")
            target = resolve(request.url, self.limits.allowed_networks)
        except RefusedAddress as exc:
            self._refuse(request.url, str(exc), is_main)
            route.abort("blockedbyclient")
            return
        if self.over_budget:
            route.abort("blockedbyclient")
            return
        try:
            exchange = self._fetch_following(target, request, is_main)
        except RefusedAddress as exc:
            self._refuse(request.url, str(exc), is_main)
            route.abort("blockedbyclient")
            return
        except Oversized:
            self.over_budget = True
            route.abort("blockedbyclient")
            return
        except OutOfTime:
            self.out_of_time = True
            route.abort("timedout")
            return
        except FetchFailed:
            route.abort("failed")
            return
        if exchange is None:  # the top page redirects: capture_page goes there next
            route.fulfill(status=200, headers={"content-type": "text/html"}, body=b"")
            return
        if exchange.header("Content-Disposition").lower().startswith("attachment"):
            self._refuse(request.url, "it is a file download, and a capture takes no downloads",
                         is_main)
            route.abort("blockedbyclient")
            return
        route.fulfill(status=exchange.status, headers=_joined(exchange.replay_headers()),
                      body=exchange.body)

    def _fetch_following(self, target: Target, request, is_main: bool) -> Exchange | None:
        """Fetch, following redirects here: the browser is never handed one to follow itself.

        Chromium would follow a redirect it is given without asking the interceptor again, so
        each hop is checked and fetched here. The top page's redirect is instead remembered and
        returned as None: the page then navigates there, so its address and links stay right.
        """
        for _ in range(MAX_REDIRECTS + 1):
            exchange = fetch(target, request.method, request.headers,
                             self.limits.max_bytes - self.spent, self.deadline)
            self.spent += len(exchange.body)
            self.exchanges.append(exchange)
            location = exchange.header("Location")
            if not (300 <= exchange.status < 400 and location):
                return exchange
            next_url = urljoin(target.url, location)
            target = resolve(next_url, self.limits.allowed_networks)
            if is_main:
                self.redirect_to = next_url
                return None
        raise RefusedAddress(f"it redirects more than {MAX_REDIRECTS} times")

    def _refuse(self, url: str, reason: str, is_main: bool) -> None:
        if is_main and self.main_refusal is None:
            self.main_refusal = reason
        self.refused.append(f"{url[:200]}: {reason}")


def _in_top_frame(request) -> bool:
    # A pop-up's first request has no frame yet; it is not the page being captured either way.
    from playwright.sync_api import Error as PlaywrightError

    try:
        return request.frame.parent_frame is None
    except PlaywrightError:
        return False


def _joined(headers: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        sep = "\n" if key == "set-cookie" else ", "
        out[key] = f"{out[key]}{sep}{value}" if key in out else value
    return out


def _remaining_ms(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic()) * 1000


def capture_page(url: str, limits: Limits) -> PageCapture:
    """Open ``url`` in a fresh browser context and capture it, or raise with the reason."""
    resolve(url, limits.allowed_networks)  # refused before a browser is even started
    reason = unavailable_reason(limits.chromium)
    if reason:
        raise CaptureFailed(reason)
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    deadline = time.monotonic() + limits.timeout_seconds
    interceptor = _Interceptor(limits, deadline)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=limits.chromium,
                                             args=CHROMIUM_ARGS, headless=True)
        try:
            # A new context: no cookies, no stored sign-in, no credentials.
            context = browser.new_context(viewport=VIEWPORT, accept_downloads=False,
                                          service_workers="block")
            context.route("**/*", interceptor.handle)
            context.route_web_socket("**/*", lambda ws: ws.close())
            page = context.new_page()
            page.on("dialog", lambda dialog: dialog.dismiss())
            page.on("popup", lambda popup: popup.close())
            response = _open(page, url, interceptor, limits, deadline)
            if response is None:
                raise CaptureFailed("The browser received no page from that address.")
            page.wait_for_timeout(min(SETTLE_SECONDS * 1000, _remaining_ms(deadline) / 4))
            if interceptor.over_budget:
                raise CaptureFailed(_too_large(limits))
            captured_at = datetime.now(UTC)
            try:
                result = _files(page, response, interceptor, limits, deadline, captured_at)
            except PlaywrightError as exc:
                raise CaptureFailed(_why_not_loaded(interceptor, exc, limits)) from exc
        finally:
            browser.close()
    if result.size > limits.max_bytes:
        raise CaptureFailed(_too_large(limits))
    return result


def _open(page, url: str, interceptor: _Interceptor, limits: Limits, deadline: float):
    """Navigate to ``url`` and to each address the top page redirects to (checked on the way)."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        response = page.goto(url, wait_until="load", timeout=_remaining_ms(deadline))
        while interceptor.redirect_to and interceptor.main_refusal is None:
            url, interceptor.redirect_to = interceptor.redirect_to, None
            response = page.goto(url, wait_until="load", timeout=_remaining_ms(deadline))
    except PlaywrightError as exc:
        raise CaptureFailed(_why_not_loaded(interceptor, exc, limits)) from exc
    if interceptor.main_refusal:
        raise CaptureFailed(f"The page could not be captured: {interceptor.main_refusal}")
    return response


def _files(page, response, interceptor: _Interceptor, limits: Limits, deadline: float,
           captured_at: datetime) -> PageCapture:
    page.set_default_timeout(max(1.0, _remaining_ms(deadline)))
    height = page.evaluate("() => Math.max(document.documentElement.scrollHeight,"
                           " document.body ? document.body.scrollHeight : 0)")
    clip = {"x": 0, "y": 0, "width": VIEWPORT["width"],
            "height": max(1, min(int(height or 1), limits.max_height))}
    png = page.screenshot(full_page=True, clip=clip, type="png")
    page.emulate_media(media="screen")
    pdf = page.pdf(print_background=True, prefer_css_page_size=True)
    asks_login = response.status in (401, 407) or page.locator(
        "input[type=password]").count() > 0
    exchanges = interceptor.exchanges
    warc = write_warc(exchanges, f"capture-{captured_at:%Y%m%dT%H%M%SZ}.warc.gz")
    return PageCapture(final_url=page.url, status=response.status, title=page.title()[:500],
                       login_wall=asks_login, captured_at=captured_at, pdf=pdf, png=png,
                       warc=warc, refused=list(interceptor.refused))


def _too_large(limits: Limits) -> str:
    return (f"The page and what it loads are larger than a capture may hold "
            f"({limits.max_bytes // 1024 // 1024} MB).")


def _why_not_loaded(interceptor: _Interceptor, exc: Exception, limits: Limits) -> str:
    if interceptor.main_refusal:
        return f"The page could not be captured: {interceptor.main_refusal}"
    if interceptor.over_budget:
        return _too_large(limits)
    if interceptor.out_of_time or "Timeout" in type(exc).__name__ \
            or "timeout" in str(exc).lower():
        return (f"The page did not finish loading within {limits.timeout_seconds:g} seconds, "
                "the time a capture may take.")
    if "Download is starting" in str(exc):
        return "The address leads to a file download, and a capture takes no downloads."
    return "The page could not be loaded from that address."
