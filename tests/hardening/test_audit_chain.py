"""The audit chain stays one unbroken line when several writers append at once."""

from __future__ import annotations

import threading

from vetting.audit import Actor, record, verify
from vetting.extensions import db

WRITERS = 4
EVENTS_EACH = 8


def test_concurrent_writers_never_fork_the_chain(app):
    """Each event is the first write of its transaction, the case a lock must cover."""
    errors = []
    start = threading.Barrier(WRITERS)

    def writer(n: int):
        with app.app_context():
            try:
                start.wait()
                for i in range(EVENTS_EACH):
                    record(
                        Actor(None, "127.0.0.1", name=f"writer{n}"),
                        "test.concurrent",
                        role="system",
                        details={"i": i},
                    )
                    db.session.commit()
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    db.session.remove()
    result = verify()
    assert result.ok, f"chain forked at event {result.first_broken}"
    assert result.events >= WRITERS * EVENTS_EACH
