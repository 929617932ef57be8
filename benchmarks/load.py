"""Load benchmark: the board summary and the searcher checklist under gunicorn, on loopback.

    .venv/bin/python benchmarks/load.py [--requests 300] [--concurrency 8] [--workers 2]

Seeds a temporary SQLite instance with one cycle of 200 candidates, 20 validated findings each
and a released summary each (bulk ORM inserts: the figures measure reading, not seeding), serves
it with gunicorn on 127.0.0.1 and a free port, signs a searcher and a board member in through
the sign-in forms (CSRF token, password, TOTP code), then, from this process (the server runs in
gunicorn's), sends a fixed number of requests per page from a pool of threads, each thread on
its own keep-alive-free connection with the signed-in cookie. It prints requests per second,
p50/p95 latency and errors next to the same figures for ``GET /health``.

Bounded: a fixed request count per page and a time cap, loopback only; gunicorn is stopped and
the temporary folder removed at the end. Any error prints FAIL and the exit status is 1.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from hashlib import sha256
from pathlib import Path

import pyotp
import requests

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench-password-2027"
CHECKLIST = [
    {"key": "social-media", "title": "Public social media accounts"},
    {"key": "news", "title": "News archives"},
    {"key": "court-records", "title": "Public court records"},
    {"key": "forums", "title": "Public forums"},
]
EXCERPT = ("Posted a video of a fight outside a bar after a game, with the caption \"next time "
           "it's the ref\". The account lists the same high school as the application. ")


@dataclass
class Seeded:
    """What the load needs to know about the seeded instance."""

    searcher_secret: str
    vetting_ids: list[int]
    users: dict[str, str] = field(default_factory=dict)


def seed(candidates: int, findings: int) -> Seeded:
    """Create users and a cycle through the services, then the bulk rows through the ORM."""
    sys.path.insert(0, str(ROOT))
    from vetting import create_app
    from vetting.audit import Actor
    from vetting.cli import init_db
    from vetting.extensions import db
    from vetting.models import Candidate, Finding, ItemOutcome, Validation, Vetting
    from vetting.models.base import utcnow
    from vetting.models.releases import Release
    from vetting.services import accounts, cycles

    app = create_app()
    with app.app_context():
        logging.disable(logging.INFO)  # the migration log is noise here
        init_db()
        logging.disable(logging.NOTSET)
        system = Actor(None, "bench", name="bench")
        admin = accounts.create_user(system, "bench-admin", PASSWORD, ["admin"])
        by_admin = Actor(admin, "bench")
        searcher = accounts.create_user(system, "bench-searcher", PASSWORD, ["searcher"])
        reviewer = accounts.create_user(system, "bench-reviewer", PASSWORD, ["reviewer"])
        board = accounts.create_user(system, "bench-board", PASSWORD, ["board"])
        accounts.grant_designation(by_admin, searcher, date.today() + timedelta(days=365),
                                   "I acknowledge the confidentiality duties of this position.")
        # Enrolled as if the searcher had scanned the QR code: sign-in then asks for a code.
        secret = pyotp.random_base32()
        searcher.totp_secret, searcher.totp_enrolled_at = secret, utcnow()
        db.session.commit()
        cycle = cycles.create_cycle(by_admin, "Bench cycle", "Police Officer", 7,
                                    checklist=CHECKLIST)
        for user, role in ((searcher, "searcher"), (reviewer, "reviewer"), (board, "board")):
            cycles.assign(by_admin, cycle, user, role)

        version = cycle.checklist_version
        items = list(version.items)
        now = utcnow()
        version.frozen_at = now
        captured = now - timedelta(days=3)
        made = []
        for n in range(candidates):
            vetting = Vetting(checklist_version_id=version.id, state="released",
                              started_at=now, submitted_at=now, submitted_by_id=searcher.id,
                              attested_lawful=True)
            candidate = Candidate(cycle_id=cycle.id, name=f"Bench Candidate {n:03d}",
                                  consent_on=date.today() - timedelta(days=10), vetting=vetting)
            vetting.outcomes = [ItemOutcome(item_id=i.id, outcome="finding",
                                            updated_by_id=searcher.id) for i in items]
            vetting.findings = [Finding(
                item_id=items[k % len(items)].id, url=f"https://social.example/p/{n}/{k}",
                platform="Facebook", captured_at=captured, method="public_profile",
                excerpt=EXCERPT * 2, relevance="violence_threat", notes="Handle matches.",
                attested_lawful=True, logged_by_id=searcher.id,
                validation=Validation(outcome="validated", identifiers=["handle", "photo"],
                                      validated_by_id=reviewer.id),
            ) for k in range(findings)]
            db.session.add(candidate)
            made.append(candidate)
        db.session.flush()
        for candidate in made:
            content = {
                "candidate": candidate.name, "cycle": cycle.name, "position": cycle.position,
                "version": 1, "released_at": now.isoformat(),
                "findings": [{"relevance": "violence_threat", "platform_kind": "social media",
                              "captured_on": captured.date().isoformat(), "text": EXCERPT * 2}
                             for _ in range(findings)],
            }
            # Hashed as the release service does, so a page that checks the snapshot passes.
            canonical = json.dumps(content, sort_keys=True, separators=(",", ":"),
                                   ensure_ascii=False).encode()
            db.session.add(Release(vetting_id=candidate.vetting.id, version=1, content=content,
                                   sha256=sha256(canonical).hexdigest(), draft_sha256="bench",
                                   released_by_id=reviewer.id, released_at=now))
        db.session.commit()
        ids = [c.vetting.id for c in made]
        db.session.remove()
        db.engine.dispose()
    return Seeded(secret, ids, {"searcher": "bench-searcher", "board": "bench-board"})


def free_port() -> int:
    """A port nothing listens on right now, on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(port: int, workers: int, log: Path) -> subprocess.Popen:
    """gunicorn serving ``wsgi:app`` on 127.0.0.1, in its own process group."""
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn) if gunicorn.exists() else "gunicorn", "--workers", str(workers),
               "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--chdir", str(ROOT),
               "wsgi:app"]
    return subprocess.Popen(command, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def wait_ready(base: str, server: subprocess.Popen, path: str, seconds: float = 60) -> None:
    """Wait until the server answers ``path``; fail if gunicorn exits or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"FAIL: gunicorn exited with status {server.returncode}")
        try:
            if requests.get(base + path, timeout=10, allow_redirects=False).status_code == 200:
                return
        except requests.RequestException:
            pass  # workers still booting: the socket is bound before the app is imported
        time.sleep(0.2)
    raise SystemExit(f"FAIL: gunicorn did not answer {path} within {seconds:.0f} s")


_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


def _csrf(html: str) -> str:
    match = _CSRF.search(html)
    if not match:
        raise SystemExit("FAIL: no CSRF token on the sign-in page")
    return match.group(1) or match.group(2)


def sign_in(base: str, username: str, secret: str | None) -> requests.Session:
    """Sign in through the forms as a person would: password, then the TOTP code if asked."""
    session = requests.Session()
    page = session.get(base + "/login", timeout=10)
    response = session.post(base + "/login", timeout=10, data={
        "csrf_token": _csrf(page.text), "username": username, "password": PASSWORD})
    if 'name="code"' in response.text:
        if secret is None:
            raise SystemExit(f"FAIL: {username} was asked for a code but has no TOTP secret")
        response = session.post(response.url, timeout=10, data={
            "csrf_token": _csrf(response.text), "code": pyotp.TOTP(secret).now()})
    if response.status_code != 200 or "/login" in response.url:
        raise SystemExit(f"FAIL: {username} could not sign in (HTTP {response.status_code} at "
                         f"{response.url})")
    return session


@dataclass
class Figures:
    """The outcome of driving one page."""

    name: str
    requests: int
    seconds: float
    latencies: list[float]
    errors: int
    first_error: str = ""

    def line(self) -> str:
        """One row of the printed table."""
        lat = sorted(self.latencies) or [0.0]
        p50 = statistics.median(lat) * 1000
        p95 = lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))] * 1000
        rps = self.requests / self.seconds if self.seconds else 0.0
        return (f"{self.name:<28} {self.requests:>6} {rps:>9.1f} {p50:>9.1f} {p95:>9.1f} "
                f"{self.errors:>7}")


def drive(name: str, base: str, paths: list[str], cookies, total: int, concurrency: int,
          time_limit: float) -> Figures:
    """Send ``total`` GETs spread over ``paths`` from ``concurrency`` threads, within a cap."""
    lock = threading.Lock()
    issued = iter(range(total))
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + time_limit

    def worker() -> None:
        session = requests.Session()
        session.cookies.update(cookies)
        while time.monotonic() < deadline:
            with lock:
                n = next(issued, None)
            if n is None:
                return
            path = paths[n % len(paths)]
            started = time.perf_counter()
            try:
                response = session.get(base + path, timeout=30, allow_redirects=False)
                ok = response.status_code == 200
                why = f"{path}: HTTP {response.status_code}"
            except requests.RequestException as exc:
                ok, why = False, f"{path}: {exc}"
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors.append(why)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for _ in range(concurrency):
            pool.submit(worker)
    seconds = time.perf_counter() - started
    done = len(latencies)
    missing = total - done  # requests the time cap cut off count as errors
    if missing:
        errors.append(f"{missing} requests not sent within the {time_limit:.0f} s cap")
    return Figures(name, done, seconds, latencies, len(errors) + max(missing - 1, 0),
                   errors[0] if errors else "")


def main(argv: list[str] | None = None) -> int:
    """Seed, serve, drive, print; exit 1 when any request failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--findings", type=int, default=20)
    parser.add_argument("--requests", type=int, default=300, help="per page")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--time-limit", type=float, default=120, help="seconds per page, cap")
    parser.add_argument("--board-path", default="/board/vettings/{vid}",
                        help="the board's summary page, {vid} is a vetting id")
    parser.add_argument("--checklist-path", default="/search/vettings/{vid}",
                        help="the searcher's checklist page, {vid} is a vetting id")
    parser.add_argument("--health-path", default="/health")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="vetting-bench-"))
    os.environ.update({
        "VETTING_INSTANCE_PATH": str(folder),
        "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite'}",
        "SECRET_KEY": secrets.token_hex(32),
    })
    server = None
    try:
        started = time.perf_counter()
        seeded = seed(args.candidates, args.findings)
        print(f"seeded {args.candidates} candidates x {args.findings} findings "
              f"in {time.perf_counter() - started:.1f} s")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_gunicorn(port, args.workers, folder / "gunicorn.log")
        wait_ready(base, server, args.health_path)
        searcher = sign_in(base, seeded.users["searcher"], seeded.searcher_secret)
        board = sign_in(base, seeded.users["board"], None)

        def paths(template: str) -> list[str]:
            return [template.format(vid=vid) for vid in seeded.vetting_ids]

        runs = [
            ("GET /health", [args.health_path], requests.cookies.RequestsCookieJar()),
            ("board summary", paths(args.board_path), board.cookies),
            ("searcher checklist", paths(args.checklist_path), searcher.cookies),
        ]
        print(f"gunicorn: {args.workers} workers on {base}; {args.requests} requests per page "
              f"from {args.concurrency} threads")
        print(f"{'page':<28} {'reqs':>6} {'req/s':>9} {'p50 ms':>9} {'p95 ms':>9} "
              f"{'errors':>7}")
        failed = False
        for name, targets, cookies in runs:
            figures = drive(name, base, targets, cookies, args.requests, args.concurrency,
                            args.time_limit)
            print(figures.line(), flush=True)
            if figures.errors:
                failed = True
                print(f"  FAIL: {figures.errors} errors; first: {figures.first_error}")
        if server.poll() is not None:
            failed = True
            print(f"FAIL: gunicorn exited during the run (status {server.returncode})")
        print("FAIL" if failed else "OK: no errors")
        return 1 if failed else 0
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        if server is not None and server.returncode not in (0, -signal.SIGTERM):
            log = folder / "gunicorn.log"
            if log.exists():
                print("gunicorn log (tail):\n" + log.read_text()[-3000:])
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
