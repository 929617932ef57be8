"""``flask --app wsgi backup PATH``: a consistent copy of the live database."""
from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import click
from flask import Flask
from sqlalchemy.engine import URL

from vetting.extensions import db


class BackupError(Exception):
    """The backup could not be made; the message says why and what to do."""


def backup_sqlite(source: str | Path, target: str | Path, *, force: bool = False) -> int:
    """Copy a live SQLite database to ``target`` with SQLite's online backup; returns its size.

    The backup API copies a consistent snapshot even while other connections write, unlike
    copying the file. The copy is written beside the target and renamed into place, so an
    interrupted backup never leaves a half-written file under the target's name.
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise BackupError(f"There is no database file at {source}.")
    if target.exists() and not force:
        raise BackupError(f"{target} already exists; use --force to overwrite it.")
    if target.resolve() == source.resolve():
        raise BackupError("The backup cannot overwrite the live database.")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)
    try:
        src = sqlite3.connect(source, isolation_level=None)
        dst = sqlite3.connect(partial)
        try:
            # Take the read lock first, waiting out writers like any reader does; the backup
            # then copies inside that one read transaction: one snapshot, however busy the app.
            src.execute("PRAGMA busy_timeout=30000")
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            src.backup(dst)
            src.execute("ROLLBACK")
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if check != "ok":
            raise BackupError(f"The copy failed SQLite's integrity check: {check}")
        os.chmod(partial, 0o600)  # it holds everything the live database holds
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise BackupError(f"SQLite could not copy the database: {exc}") from exc
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return target.stat().st_size


def pg_dump_command(url: URL, target: str | Path) -> list[str]:
    """The pg_dump command that writes a PostgreSQL database to ``target`` (password left out)."""
    plain = URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                       database=url.database, query=url.query)
    return ["pg_dump", "--format=custom", "--no-owner", f"--file={target}",
            f"--dbname={plain.render_as_string(hide_password=False)}"]


def backup_postgresql(url: URL, target: str | Path, *, force: bool = False) -> list[str]:
    """Run pg_dump into ``target`` when it is installed; returns the command used.

    Raises BackupError naming the command to run by hand when pg_dump is not on PATH.
    """
    target = Path(target)
    if target.exists() and not force:
        raise BackupError(f"{target} already exists; use --force to overwrite it.")
    program = shutil.which("pg_dump")
    if program is None:
        by_hand = shlex.join(pg_dump_command(url, target))
        raise BackupError("pg_dump is not installed here. On the database host, run:\n  "
                          f"{by_hand}\n(set PGPASSWORD or use ~/.pgpass for the password)")
    partial = target.with_name(f".{target.name}.partial")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = url.password  # not on the command line, where ps would show it
    try:
        result = subprocess.run([program, *pg_dump_command(url, partial)[1:]], env=env,
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return pg_dump_command(url, target)


def register(app: Flask) -> None:
    """Attach the ``backup`` command to the app's CLI."""

    @app.cli.command("backup")
    @click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--force", is_flag=True, help="Overwrite PATH if it already exists.")
    def backup_command(path: Path, force: bool):
        """Write a consistent copy of the live database to PATH (safe while the app runs)."""
        url = db.engine.url
        try:
            if url.get_backend_name() == "sqlite":
                if not url.database or url.database == ":memory:":
                    raise BackupError("An in-memory database cannot be backed up.")
                size = backup_sqlite(url.database, path, force=force)
                click.echo(f"Backed up {url.database} to {path} ({size} bytes, integrity ok).")
            elif url.get_backend_name() == "postgresql":
                command = backup_postgresql(url, path, force=force)
                click.echo(f"Backed up with: {shlex.join(command)}")
                click.echo(f"Restore with: pg_restore --clean --if-exists --no-owner "
                           f"--dbname=<database URL> {path}")
            else:
                raise BackupError(f"Backups of {url.get_backend_name()} databases are not "
                                  "supported; use that database's own tools.")
        except BackupError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
