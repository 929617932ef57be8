"""Files on disk: private to the service account, and no upload ever left half-written."""
from __future__ import annotations

import fcntl
import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.engine import make_url

log = logging.getLogger("vetting.storage")

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
PARTIAL_SUFFIX = ".part"


def private_folder(path: str | os.PathLike) -> Path:
    """Make ``path`` (and missing parents) a folder only the service account can open."""
    folder = Path(path)
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    _tighten(folder, PRIVATE_FOLDER)
    return folder


def private_file(path: str | os.PathLike) -> Path:
    """Create ``path`` empty and owner-only if missing, or take group and others' access away."""
    path = Path(path)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    except FileExistsError:
        _tighten(path, PRIVATE_FILE)
    return path


def private_database(url: str) -> None:
    """Create an SQLite database file owner-only before SQLite creates it world-readable."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    if parsed.database.startswith("file:"):
        return  # a URI filename names its own options; leave it to the operator
    private_file(parsed.database)


def _tighten(path: Path, mode: int) -> None:
    current = path.stat().st_mode & 0o777
    if current & ~mode:
        # Installations made before this check may have created these open to the group or
        # everyone; evidence and the database hold candidates' data, so close them.
        log.warning("%s was readable by others (mode %o); setting %o", path, current, mode)
        path.chmod(mode)


@contextmanager
def partial_file(folder: str | os.PathLike) -> Iterator[tuple[BinaryIO, Path]]:
    """An owner-only temporary file in ``folder``, removed unless the caller renamed it away.

    The file stays locked while it is written, so ``sweep_partial_files`` can tell a live
    upload from what a killed worker left behind.
    """
    fd, name = tempfile.mkstemp(prefix=".", suffix=PARTIAL_SUFFIX, dir=folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            fcntl.flock(out, fcntl.LOCK_EX)
            yield out, path
    finally:
        path.unlink(missing_ok=True)


def sweep_partial_files(folder: str | os.PathLike) -> int:
    """Delete the temporary files of uploads whose worker died; returns how many."""
    swept = 0
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    for path in folder.glob(f".*{PARTIAL_SUFFIX}"):
        try:
            with open(path, "rb") as stream:
                fcntl.flock(stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
                path.unlink()
                swept += 1
        except BlockingIOError:
            continue  # a running upload holds it
        except FileNotFoundError:
            continue  # finished or removed meanwhile
    if swept:
        log.warning("removed %d unfinished upload(s) from %s", swept, folder)
    return swept
