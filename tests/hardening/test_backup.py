"""``flask --app wsgi backup PATH``: a consistent, openable copy of the live database."""

from __future__ import annotations

import shutil
import sqlite3
import threading

import pytest
from sqlalchemy.engine import make_url

from tests import factories
from vetting import backup
from vetting.extensions import db


def run_backup(app, *args):
    return app.test_cli_runner().invoke(args=["backup", *map(str, args)])


def test_backup_makes_an_openable_copy_with_the_data(sqlite_app, tmp_path):
    factories.UserFactory(username="kept-in-backup")
    db.session.commit()
    result = run_backup(sqlite_app, tmp_path / "copy.sqlite")
    assert result.exit_code == 0, result.output
    assert "integrity ok" in result.output
    with sqlite3.connect(tmp_path / "copy.sqlite") as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {row[0] for row in copy.execute("SELECT username FROM users")}
        assert "kept-in-backup" in names
        assert copy.execute("SELECT count(*) FROM alembic_version").fetchone()[0] >= 1


def test_backup_refuses_to_overwrite_an_existing_file(sqlite_app, tmp_path):
    target = tmp_path / "exists.sqlite"
    target.write_text("precious")
    result = run_backup(sqlite_app, target)
    assert result.exit_code == 1
    assert "--force" in result.output
    assert target.read_text() == "precious"


def test_backup_overwrites_with_force(sqlite_app, tmp_path):
    target = tmp_path / "exists.sqlite"
    target.write_text("old")
    result = run_backup(sqlite_app, target, "--force")
    assert result.exit_code == 0, result.output
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_leaves_no_partial_file_behind(sqlite_app, tmp_path):
    run_backup(sqlite_app, tmp_path / "copy.sqlite")
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_backup_is_consistent_while_another_connection_writes(sqlite_app, tmp_path):
    """Each writer transaction adds a pair of rows: a copy must never hold half a pair."""
    live = db.engine.url.database
    db.session.remove()
    db.engine.dispose()
    with sqlite3.connect(live) as setup:
        setup.execute("CREATE TABLE backup_probe (batch INTEGER, part INTEGER, pad TEXT)")
    stop = threading.Event()
    batches = []

    def writer():
        conn = sqlite3.connect(live, timeout=10)
        conn.execute("PRAGMA synchronous=OFF")  # speed: durability is not what is tested here
        batch = 0
        while not stop.is_set():
            batch += 1
            with conn:  # one transaction per pair
                conn.execute("INSERT INTO backup_probe VALUES (?, 1, ?)", (batch, "x" * 2000))
                conn.execute("INSERT INTO backup_probe VALUES (?, 2, ?)", (batch, "y" * 2000))
            batches.append(batch)
            stop.wait(0.002)  # a busy app, not a tight loop that starves every reader
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(batches) < 20:  # let the database grow while the writer keeps going
            stop.wait(0.01)
        copies = []
        for n in range(3):
            target = tmp_path / f"copy{n}.sqlite"
            size = backup.backup_sqlite(live, target)
            assert size > 0
            copies.append(target)
    finally:
        stop.set()
        thread.join()
    for target in copies:
        with sqlite3.connect(target) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            rows = copy.execute(
                "SELECT batch, count(*) FROM backup_probe GROUP BY batch ORDER BY batch"
            ).fetchall()
            assert rows, "the copy holds none of the writes made before it began"
            assert all(count == 2 for _batch, count in rows)
            assert [b for b, _ in rows] == list(range(1, len(rows) + 1))


def test_backup_of_postgresql_names_the_pg_dump_command_when_it_is_missing(
    app, tmp_path, monkeypatch
):
    app.config["SQLALCHEMY_DATABASE_URI"] = "unused"  # the command reads the engine's URL
    url = make_url("postgresql+psycopg://vetting:s3cret@db.example:5433/vetting")
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    with pytest.raises(backup.BackupError) as refused:
        backup.backup_postgresql(url, tmp_path / "vetting.dump")
    message = str(refused.value)
    assert "pg_dump --format=custom" in message
    assert "postgresql://vetting@db.example:5433/vetting" in message
    assert "s3cret" not in message  # the password never lands in a terminal or a log


@pytest.mark.postgres
def test_backup_of_postgresql_runs_pg_dump(app, tmp_path):
    if shutil.which("pg_dump") is None:
        pytest.fail("pg_dump is not installed next to the PostgreSQL test server")
    factories.UserFactory(username="kept-in-dump")
    db.session.commit()
    result = run_backup(app, tmp_path / "vetting.dump")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "vetting.dump").read_bytes()[:5] == b"PGDMP"
    assert "pg_restore" in result.output
