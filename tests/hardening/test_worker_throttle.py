"""Several gunicorn workers must not each keep their own sign-in throttle unnoticed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vetting.config import throttle_store_warning

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "workers, uri, warned",
    [
        (1, None, False),
        (1, "memory://", False),
        (4, None, True),
        (4, "memory://", True),
        (4, "redis://cache:6379/0", False),
    ],
)
def test_several_workers_on_the_memory_store_are_warned_about(workers, uri, warned):
    warning = throttle_store_warning(workers, uri)
    assert (warning is not None) is warned
    if warned:
        assert f"{workers} times the attempts" in warning and "RATELIMIT_STORAGE_URI" in warning


@pytest.mark.slow
def test_gunicorn_with_four_workers_and_no_shared_store_warns_at_start(tmp_path):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    env = {k: v for k, v in os.environ.items() if k != "RATELIMIT_STORAGE_URI"}
    env["VETTING_INSTANCE_PATH"] = str(tmp_path)
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(gunicorn), "-w", "4", "-b", "127.0.0.1:0", "wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        # The check runs before gunicorn binds its socket, so this line comes after it.
        while "Listening at" not in log.read_text() and time.monotonic() < deadline:
            assert server.poll() is None, log.read_text()
            time.sleep(0.1)
    finally:
        os.killpg(server.pid, signal.SIGKILL)  # nothing to shut down cleanly: no request came
        server.wait(30)
    text = log.read_text()
    assert "4 worker processes share no sign-in throttle" in text, text
