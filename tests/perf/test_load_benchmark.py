"""benchmarks/load.py still works end to end: seed, gunicorn, sign-in with TOTP, zero errors."""

import subprocess
import sys
from pathlib import Path

import pytest

LOAD = Path(__file__).resolve().parents[2] / "benchmarks" / "load.py"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            str(LOAD),
            "--candidates",
            "3",
            "--findings",
            "2",
            "--requests",
            "6",
            "--concurrency",
            "2",
            "--time-limit",
            "60",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )


@pytest.mark.slow
def test_a_small_load_run_prints_every_page_without_errors():
    result = _run()
    assert result.returncode == 0, result.stdout + result.stderr
    for page in ("GET /health", "board summary", "searcher checklist"):
        row = next(line for line in result.stdout.splitlines() if line.startswith(page))
        assert row.split()[-1] == "0", row
    assert "OK: no errors" in result.stdout


@pytest.mark.slow
def test_a_page_that_fails_makes_the_run_fail():
    result = _run("--board-path", "/board/vettings/{vid}/missing")
    assert result.returncode == 1
    assert "FAIL" in result.stdout
