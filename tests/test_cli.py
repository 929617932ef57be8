"""The shell commands of the README: bootstrap, tokens, two-factor reset, trail check."""

from sqlalchemy import select, text

from vetting.extensions import db
from vetting.models import AuditEvent, User
from vetting.services.accounts import user_for_token


def run(app, *args, input=None):
    return app.test_cli_runner().invoke(args=list(args), input=input)


def test_init_db_is_safe_to_repeat(app):
    assert run(app, "init-db").exit_code == 0
    assert run(app, "init-db").exit_code == 0


def test_create_user_reads_the_password_from_stdin(app):
    result = run(
        app,
        "create-user",
        "alice",
        "--role",
        "admin",
        "--role",
        "auditor",
        "--password-stdin",
        input="a long passphrase\n",
    )
    assert result.exit_code == 0, result.output
    alice = db.session.scalar(select(User).where(User.username == "alice"))
    assert alice.roles == {"admin", "auditor"}


def test_create_user_refuses_an_unknown_role_clearly(app):
    result = run(
        app,
        "create-user",
        "alice",
        "--role",
        "wizard",
        "--password-stdin",
        input="a long passphrase\n",
    )
    assert result.exit_code == 1
    assert "Roles must be chosen from" in result.output
    assert "Traceback" not in result.output


def test_issue_token_prints_a_working_token_alone_on_the_last_line(app, make_user):
    make_user("alice", "admin")
    result = run(app, "issue-token", "alice")
    assert result.exit_code == 0
    token = result.output.strip().splitlines()[-1]
    assert " " not in token
    assert user_for_token(token).username == "alice"


def test_a_token_issued_at_the_shell_is_recorded_as_the_operators(app, make_user):
    make_user("alice", "admin")
    run(app, "issue-token", "alice", "--days", "30")
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "token.issue"))
    assert (event.actor, event.role) == ("cli", "operator")
    assert event.details == {"user": "alice", "issued_by": "cli", "days": 30}


def test_issue_token_for_an_unknown_user_is_a_clear_error(app):
    result = run(app, "issue-token", "nobody")
    assert result.exit_code == 1 and "No user named 'nobody'" in result.output


def test_reset_two_factor_clears_the_authenticator(app, make_user):
    alice = make_user("alice", "admin")
    alice.totp_secret = "JBSWY3DPEHPK3PXP"
    db.session.commit()
    assert run(app, "reset-two-factor", "alice").exit_code == 0
    db.session.refresh(alice)
    assert alice.totp_secret is None


def test_audit_verify_names_the_first_altered_event(app, make_user):
    make_user("alice", "admin")
    run(app, "issue-token", "alice")
    assert "OK" in run(app, "audit-verify").output
    first = db.session.scalar(text("SELECT min(id) FROM audit_events"))
    db.session.execute(
        text("UPDATE audit_events SET actor = 'mallory' WHERE id = :i"), {"i": first}
    )
    db.session.commit()
    result = run(app, "audit-verify")
    assert result.exit_code == 1
    assert f"event {first}" in result.output
