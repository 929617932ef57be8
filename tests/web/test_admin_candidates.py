"""The admin adds candidates with identifiers, corrects and withdraws them with a reason."""

from sqlalchemy import select

from tests import factories
from vetting.extensions import db
from vetting.models import AuditEvent, Candidate


def cycle_with_candidate():
    candidate = factories.CandidateFactory(name="Jordan Alvarez")
    db.session.commit()
    return candidate


def add_candidate(post, identifiers: str):
    cycle = factories.CycleFactory()
    db.session.commit()
    return post(
        f"/admin/cycles/{cycle.id}/candidates",
        {"name": "Jordan Alvarez", "consent_on": "2026-01-05", "identifiers": identifiers},
        page=f"/admin/cycles/{cycle.id}",
    )


def test_identifiers_are_given_one_per_line(login_as, post):
    login_as("admin")
    response = add_candidate(post, "handle: @jordan.a\nemployer: Acme Freight\n")
    assert response.status_code == 302
    candidate = db.session.scalar(select(Candidate))
    assert candidate.identifiers == [
        {"kind": "handle", "value": "@jordan.a"},
        {"kind": "employer", "value": "Acme Freight"},
    ]


def test_a_bad_identifier_line_is_named_and_nothing_saved(login_as, post):
    login_as("admin")
    response = add_candidate(post, "handle: @jordan.a\nAcme Freight")
    assert response.status_code == 422
    assert "Line 2: write the kind, a colon, then the value" in response.get_data(as_text=True)
    assert db.session.scalar(select(Candidate)) is None


def test_a_correction_needs_a_reason_and_is_trailed(login_as, post):
    login_as("admin")
    candidate = cycle_with_candidate()
    path = f"/admin/candidates/{candidate.id}"
    data = {
        "name": "Jordan Alvarez",
        "consent_on": candidate.consent_on.isoformat(),
        "identifiers": "email: jordan@example.org",
        "reason": "",
    }
    assert post(path, data).status_code == 422
    assert candidate.identifiers == []
    assert post(path, {**data, "reason": "E-mail from the application form."}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Candidate, candidate.id).identifiers == [
        {"kind": "email", "value": "jordan@example.org"}
    ]
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "candidate.edit"))
    assert event.details["fields"] == ["identifiers"]


def test_a_withdrawn_candidate_is_no_longer_searched(login_as, post, make_user):
    login_as("admin")
    candidate = cycle_with_candidate()
    path = f"/admin/candidates/{candidate.id}/withdraw"
    assert post(path, {"reason": ""}, page=f"/admin/candidates/{candidate.id}").status_code == 422
    assert (
        post(
            path, {"reason": "Withdrew the application."}, page=f"/admin/candidates/{candidate.id}"
        ).status_code
        == 302
    )
    db.session.expire_all()
    withdrawn = db.session.get(Candidate, candidate.id)
    assert withdrawn.withdrawal_reason == "Withdrew the application."

    from vetting.audit import Actor
    from vetting.services import vettings
    from vetting.services.errors import Conflict

    searcher = make_user("sam", "searcher")
    try:
        vettings.set_item_outcome(
            Actor(searcher, "test"),
            withdrawn.vetting,
            withdrawn.vetting.checklist_version.items[0].key,
            "nothing_found",
        )
    except Conflict as exc:
        assert "withdrawn" in exc.message
    else:
        raise AssertionError("a withdrawn candidate's vetting was changed")
