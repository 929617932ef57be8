"""Evidence download: the searchers and reviewers of the cycle only, as an attachment, audited."""

import io

import pytest
from sqlalchemy import select

from tests import factories
from tests.web.conftest import png_bytes
from vetting.audit import Actor
from vetting.extensions import db
from vetting.models import AuditEvent
from vetting.services import vettings


@pytest.fixture
def evidence(app, staffed):
    """A PNG evidence file of a finding in the staffed cycle."""
    finding = factories.FindingFactory(vetting=staffed.vetting, logged_by=staffed.searcher)
    db.session.commit()
    return vettings.attach_evidence(
        Actor(staffed.searcher),
        finding,
        io.BytesIO(png_bytes()),
        "capture 1.png",
        app.config["EVIDENCE_DIR"],
        app.config["MAX_EVIDENCE_BYTES"],
    )


@pytest.mark.parametrize("username,role", [("sam", "searcher"), ("rita", "reviewer")])
def test_the_cycles_searcher_and_reviewer_download_it_as_an_attachment(
    evidence, login, client, username, role
):
    login(username)
    with client.get(f"/evidence/{evidence.id}") as response:  # closes the sent file
        assert response.status_code == 200
        assert response.data == png_bytes()
    assert response.mimetype == "image/png"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and "capture 1.png" in disposition
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "evidence.download"))
    assert (event.object_id, event.role, event.actor) == (evidence.id, role, username)


def test_the_board_of_the_cycle_gets_403(evidence, login, client):
    login("bo")
    response = client.get(f"/evidence/{evidence.id}")
    assert response.status_code == 403
    assert png_bytes() not in response.data


@pytest.mark.parametrize("role", ["admin", "auditor"])
def test_admins_and_auditors_get_403(evidence, login_as, client, role):
    login_as(role)
    assert client.get(f"/evidence/{evidence.id}").status_code == 403


def test_a_searcher_of_another_cycle_gets_403(evidence, make_user, login, client):
    otto = make_user("otto", "searcher")
    factories.AssignmentFactory(user=otto, role="searcher")
    db.session.commit()
    login("otto")
    assert client.get(f"/evidence/{evidence.id}").status_code == 403
    assert (
        db.session.scalar(select(AuditEvent).where(AuditEvent.action == "evidence.download"))
        is None
    )


def test_a_file_missing_from_storage_is_a_404_not_a_500(evidence, app, login, client):
    vettings.evidence_path(evidence, app.config["EVIDENCE_DIR"]).unlink()
    login("sam")
    response = client.get(f"/evidence/{evidence.id}")
    assert response.status_code == 404
    assert "missing from storage" in response.get_data(as_text=True)
