"""A bounded pool of capture workers in the app process: captures never run on a request."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from flask import Flask

log = logging.getLogger(__name__)


class Busy(Exception):
    """Every worker is busy and the backlog is full."""


class CapturePool:
    """``workers`` threads, and at most ``backlog`` captures waiting for one."""

    def __init__(self, app: Flask, workers: int, backlog: int):
        self.app = app
        self._executor = ThreadPoolExecutor(max_workers=max(1, workers),
                                            thread_name_prefix="capture")
        self._slots = threading.BoundedSemaphore(max(1, workers) + max(0, backlog))

    def reserve(self) -> None:
        """Take a place in the pool before anything is written, or raise ``Busy``."""
        if not self._slots.acquire(blocking=False):
            raise Busy

    def release(self) -> None:
        """Give back a place that was reserved but not used."""
        self._slots.release()

    def start(self, job: Callable[[int], None], capture_id: int) -> None:
        """Run ``job(capture_id)`` on a worker, in an app context, in the reserved place."""
        def run() -> None:
            try:
                with self.app.app_context():
                    job(capture_id)
            except Exception:  # a worker must survive any one capture
                log.exception("capture %s failed unexpectedly", capture_id)
            finally:
                self._slots.release()

        self._executor.submit(run)


def pool_of(app: Flask) -> CapturePool:
    """The app's capture pool, started on first use (no threads for apps that never capture)."""
    app = getattr(app, "_get_current_object", lambda: app)()  # the app itself, not the proxy
    pool = app.extensions.get("capture_pool")
    if pool is None:
        with _CREATE:
            pool = app.extensions.get("capture_pool")
            if pool is None:
                pool = CapturePool(app, app.config["CAPTURE_WORKERS"],
                                   app.config["CAPTURE_BACKLOG"])
                app.extensions["capture_pool"] = pool
    return pool


_CREATE = threading.Lock()
