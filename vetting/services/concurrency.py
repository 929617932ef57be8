"""Two requests that would contradict each other: one wins, the other is refused with 409."""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm.attributes import set_committed_value

from vetting.extensions import db
from vetting.models import Vetting
from vetting.services.errors import Conflict

CHANGED_MEANWHILE = ("Someone else changed this candidate's vetting at the same moment, so "
                     "nothing was saved. Reload it, check their change and try again.")


def claim(vetting: Vetting) -> None:
    """Take the vetting for this transaction, unless it changed since this request read it.

    Every step of the workflow (submission, validation, release, decision) claims the vetting
    before it writes: a conditional UPDATE of its revision, which holds the row until commit.
    A second request that read the same revision finds no row to update once the first has
    committed, so the rules it checked against what it read are never applied to a changed
    vetting, on SQLite and PostgreSQL alike.
    """
    seen = vetting.revision
    claimed = db.session.execute(
        update(Vetting).where(Vetting.id == vetting.id, Vetting.revision == seen)
        .values(revision=seen + 1).execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        raise Conflict(CHANGED_MEANWHILE)
    set_committed_value(vetting, "revision", seen + 1)


def lock_rows(model, *ids: int) -> None:
    """Hold rows until commit: ``SELECT ... FOR UPDATE`` on PostgreSQL, the write lock on SQLite.

    For rules over several rows that no single row's revision covers, such as separation of
    duties across one person's assignments: the rule is checked after this, inside the lock.
    """
    dialect = db.session.get_bind().dialect.name
    if dialect == "sqlite":
        begin_immediate()
    else:
        db.session.execute(select(model.id).where(model.id.in_(ids)).with_for_update())


def begin_immediate() -> None:
    """On SQLite, take the database's write lock now, before this transaction reads anything.

    pysqlite reads outside any transaction until the first write, so two writers could both
    read and then both write. A transaction that has written already holds the lock.
    """
    dbapi = db.session.connection().connection.dbapi_connection
    if not dbapi.in_transaction:
        dbapi.execute("BEGIN IMMEDIATE")
