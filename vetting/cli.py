"""Shell commands: ``flask --app wsgi <command>``."""
from __future__ import annotations

import sys

import click
from flask import Flask, current_app
from flask_migrate import upgrade

from vetting import backup, retention_cli
from vetting.audit import Actor, accept_restore
from vetting.audit import verify as verify_trail
from vetting.services import accounts, trail, two_factor
from vetting.services.errors import ServiceError

CLI_ACTOR = Actor(None, "cli", name="cli")


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


def init_db() -> None:
    """Bring the database to the newest schema revision (safe to repeat)."""
    upgrade(directory=current_app.extensions["migrate"].directory, revision="heads")


def register(app: Flask) -> None:
    """Attach the commands to the app's CLI."""
    retention_cli.register(app)
    backup.register(app)

    @app.cli.command("init-db")
    def init_db_command():
        """Create or upgrade the database schema to the latest revision."""
        init_db()
        click.echo("Database is at the latest revision.")

    @app.cli.command("create-user")
    @click.argument("username")
    @click.option("--role", "roles", multiple=True, required=True,
                  help="admin, searcher, reviewer, board or auditor; repeat for several.")
    @click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
    def create_user_command(username, roles, password_stdin):
        """Create a staff account."""
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        try:
            user = accounts.create_user(CLI_ACTOR, username, password, list(roles))
        except ServiceError as exc:
            _fail(exc.message)
        click.echo(f"Created {user.username} with roles {', '.join(sorted(user.roles))}.")

    @app.cli.command("issue-token")
    @click.argument("username")
    @click.option("--days", default=90, show_default=True, help="Days until the token expires.")
    def issue_token_command(username, days):
        """Print a new API token for USERNAME (shown once, on the last line)."""
        try:
            raw = accounts.issue_token(CLI_ACTOR, accounts.get_user(username), days)
        except ServiceError as exc:
            _fail(exc.message)
        click.echo(f"API token for {username} (valid {days} days; it is not shown again):")
        click.echo(raw)

    @app.cli.command("reset-two-factor")
    @click.argument("username")
    def reset_two_factor_command(username):
        """Clear USERNAME's authenticator (lost device); they enroll again at the next sign-in."""
        try:
            two_factor.reset(CLI_ACTOR, accounts.get_user(username))
        except ServiceError as exc:
            _fail(exc.message)
        click.echo(f"Two-factor sign-in for {username} was reset.")

    @app.cli.command("audit-verify")
    def audit_verify_command():
        """Recompute the audit trail's hash chain and name the first broken event."""
        result = verify_trail()
        for line in trail.verification_lines(result):
            click.echo(line)
        if not result.ok:
            sys.exit(1)

    @app.cli.command("audit-accept-restore")
    def audit_accept_restore_command():
        """After restoring a backup: record the gap in the trail and check against it from now."""
        try:
            result = accept_restore(CLI_ACTOR)
        except ServiceError as exc:
            _fail(exc.message)
        click.echo(f"Recorded in the trail: {result.missing} event(s) written after event "
                   f"{result.agreed_events} were lost with the restore. Re-apply the legal "
                   "holds and purges among them (see the README's restore steps).")

    @app.cli.command("seed-demo")
    def seed_demo_command():
        """Fill an empty database with demo users, a cycle and candidates."""
        from vetting.demo import seed

        for line in seed():
            click.echo(line)
