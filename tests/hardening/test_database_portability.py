"""The schema and the models mean the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import StatementError

from tests import factories
from tests.conftest import TEST_DATABASE_URL
from vetting.audit import Actor, record, verify
from vetting.extensions import db
from vetting.models import AuditEvent, Finding
from vetting.models.base import render_migration_type


def test_the_suite_runs_on_the_database_it_was_asked_for(app):
    expected = make_url(TEST_DATABASE_URL).get_backend_name() if TEST_DATABASE_URL else "sqlite"
    assert db.engine.dialect.name == expected


def test_the_migrations_build_exactly_the_schema_the_models_describe(app):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_item": render_migration_type}
        )
        differences = compare_metadata(context, db.metadata)
    assert differences == []


def test_timestamps_come_back_timezone_aware_in_utc(app):
    mountain = timezone(timedelta(hours=-7))
    finding = factories.FindingFactory(captured_at=datetime(2026, 3, 1, 8, 30, tzinfo=mountain))
    db.session.commit()
    fid = finding.id
    db.session.expunge_all()
    again = db.session.get(Finding, fid)
    assert again.captured_at == datetime(2026, 3, 1, 15, 30, tzinfo=UTC)
    assert again.captured_at.utcoffset() == timedelta(0)


def test_a_naive_timestamp_is_refused(app):
    with pytest.raises(StatementError, match="naive datetime"):
        factories.FindingFactory(captured_at=datetime(2026, 3, 1, 8, 30))
    db.session.rollback()


def test_json_and_booleans_round_trip(app):
    finding = factories.FindingFactory(attested_lawful=True)
    event = record(
        Actor(None, "127.0.0.1", name="test"),
        "test.json",
        finding,
        role="system",
        details={"keys": ["a", "b"], "count": 2, "nested": {"ok": True}, "é": "ü"},
    )
    db.session.commit()
    eid, fid = event.id, finding.id
    db.session.expunge_all()
    again = db.session.scalar(select(AuditEvent).where(AuditEvent.id == eid))
    assert again.details == {"keys": ["a", "b"], "count": 2, "nested": {"ok": True}, "é": "ü"}
    assert db.session.get(Finding, fid).attested_lawful is True
    assert verify().ok  # the hash computed before the write matches what the database returns
