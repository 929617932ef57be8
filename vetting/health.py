"""``GET /health``: a liveness check for load balancers and the load benchmark."""
from __future__ import annotations

from flask import Flask, jsonify

from vetting.permissions import PUBLIC, allow


@allow(PUBLIC)
def health():
    """Answer 200 while the process serves requests; it reads nothing and reveals nothing."""
    return jsonify({"status": "ok"})


def register(app: Flask) -> None:
    """Mount ``/health`` with the endpoint name ``health``."""
    app.add_url_rule("/health", "health", health, methods=["GET"])
