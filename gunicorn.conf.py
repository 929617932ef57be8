"""gunicorn's settings, read from this folder by default (or with ``-c gunicorn.conf.py``).

Only a start-up check: the sign-in throttle's counts must be shared by every worker.
"""
import os

from vetting.config import throttle_store_warning


def on_starting(server):
    """Say loudly, before any worker starts, when the workers would not share one throttle."""
    warning = throttle_store_warning(server.cfg.workers, os.environ.get("RATELIMIT_STORAGE_URI"))
    if warning:
        server.log.warning(warning)
