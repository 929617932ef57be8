"""The instance folder, database and evidence are the service account's alone; no upload is
left half-written on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from vetting import create_app
from vetting.extensions import db
from vetting.storage import partial_file

ROOT = Path(__file__).resolve().parents[2]


def mode(path) -> int:
    return os.stat(path).st_mode & 0o777


def fresh_app(folder: Path, monkeypatch):
    """The app on a new instance folder with its own SQLite database and secret key."""
    monkeypatch.setenv("VETTING_INSTANCE_PATH", str(folder))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    return create_app({"TESTING": True})


def test_a_new_instance_folder_database_and_secret_key_are_owner_only(tmp_path, monkeypatch):
    folder = tmp_path / "instance"
    app = fresh_app(folder, monkeypatch)
    with app.app_context():
        db.session.execute(db.text("CREATE TABLE probe (x INTEGER)"))
        db.session.commit()
        db.engine.dispose()
    assert mode(folder) == 0o700
    assert mode(folder / "evidence") == 0o700
    assert mode(folder / "vetting.sqlite") == 0o600
    assert mode(folder / "secret_key") == 0o600


def test_an_instance_made_open_to_others_is_closed_at_start(tmp_path, monkeypatch):
    folder = tmp_path / "instance"
    (folder / "evidence").mkdir(parents=True)
    (folder / "vetting.sqlite").touch()
    for path, open_mode in (
        (folder, 0o755),
        (folder / "evidence", 0o755),
        (folder / "vetting.sqlite", 0o644),
    ):
        path.chmod(open_mode)
    fresh_app(folder, monkeypatch)
    assert (mode(folder), mode(folder / "evidence"), mode(folder / "vetting.sqlite")) == (
        0o700,
        0o700,
        0o600,
    )


def test_an_upload_of_a_killed_worker_is_swept_at_start(tmp_path, monkeypatch):
    evidence = tmp_path / "instance" / "evidence"
    evidence.mkdir(parents=True)
    # A real process starts writing an upload and is killed mid-way, as gunicorn kills a worker.
    worker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from vetting.storage import partial_file\n"
            f"with partial_file({str(evidence)!r}) as (out, path):\n"
            "    out.write(b'half an upload'); out.flush()\n"
            "    print(path, flush=True)\n"
            "    time.sleep(600)\n",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    left = Path(worker.stdout.readline().strip())
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    worker.stdout.close()
    assert left.exists()
    fresh_app(tmp_path / "instance", monkeypatch)
    assert not left.exists()


def test_an_upload_still_being_written_is_not_swept(tmp_path, monkeypatch):
    evidence = tmp_path / "instance" / "evidence"
    evidence.mkdir(parents=True)
    with partial_file(evidence) as (out, path):
        out.write(b"still arriving")
        fresh_app(tmp_path / "instance", monkeypatch)  # another worker starting meanwhile
        assert path.exists()
    assert not path.exists()
