"""Shell commands for records retention: ``purge`` and ``legal-hold``."""
from __future__ import annotations

import sys
from datetime import UTC, datetime

import click
from flask import Flask, current_app
from tqdm import tqdm

from vetting.audit import Actor
from vetting.services import retention
from vetting.services.errors import ServiceError

CLI_ACTOR = Actor(None, "cli", name="cli")


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


def _now(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        _fail("--now must be an ISO 8601 date or time, e.g. 2030-01-31.")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _line(item: retention.DueItem) -> str:
    counts = ", ".join(f"{k}={n}" for k, n in sorted(item.counts.items())) or "no rows"
    return (f"cycle {item.cycle_id} candidate {item.candidate_id} vetting "
            f"{item.vetting_id or '-'}: {item.kind} (due {item.due_at.date().isoformat()}; "
            f"{counts})")


def register(app: Flask) -> None:
    """Attach the retention commands to the app's CLI."""

    @app.cli.command("purge")
    @click.option("--apply", "apply_", is_flag=True,
                  help="Delete what is due. Without it, only list it (a dry run).")
    @click.option("--now", "now", default=None, metavar="DATE",
                  help="Pretend it is this date (ISO 8601), e.g. to preview a future purge.")
    def purge_command(apply_, now):
        """List the records the retention schedule says are due; delete them with --apply.

        Records under a legal hold are never purged. The audit trail is never purged; every
        deletion is written to it with ids and counts only.
        """
        when = _now(now)
        config = current_app.config
        if not apply_:
            plan = retention.plan(when, config)
            click.echo(f"Dry run at {plan.now.date().isoformat()}: {len(plan.due)} due, "
                       f"{len(plan.held)} kept by a legal hold, {len(plan.waiting)} waiting.")
            for item in plan.due:
                click.echo("due    " + _line(item))
            for item in plan.held:
                click.echo("held   " + _line(item))
            for item, why in plan.waiting:
                click.echo(f"wait   {_line(item)} - {why}")
            if plan.due:
                click.echo("Run again with --apply to delete what is due.")
            return
        result = retention.purge(
            CLI_ACTOR, config["EVIDENCE_DIR"], when, config,
            progress=lambda items: tqdm(items, desc="Purging", unit=" record set",
                                        file=sys.stderr),
        )
        for item in result.purged:
            click.echo("purged " + _line(item))
        for item in result.held:
            click.echo("held   " + _line(item))
        click.echo(f"Purged {len(result.purged)} record set(s); {len(result.held)} kept by a "
                   f"legal hold; {len(result.waiting)} waiting; {result.files_deleted} evidence "
                   f"file(s) deleted ({result.files_missing} already missing).")

    @app.cli.group("legal-hold")
    def legal_hold():
        """Place, lift and list legal holds."""

    @legal_hold.command("list")
    @click.option("--all", "show_all", is_flag=True, help="Include lifted holds.")
    def list_command(show_all):
        """List the holds in force (or all of them)."""
        for h in retention.holds(include_lifted=show_all):
            target = f"candidate {h.candidate_id}" if h.candidate_id is not None \
                else f"cycle {h.cycle_id}"
            status = "active" if h.active else f"lifted {h.lifted_at.date().isoformat()}"
            click.echo(f"{h.id}\t{target}\t{status}\t{h.reason}")

    @legal_hold.command("place")
    @click.option("--candidate", type=int, help="Hold one candidate's records.")
    @click.option("--cycle", type=int, help="Hold a whole cycle's records.")
    @click.option("--reason", required=True, help="The request or matter the hold serves.")
    def place_command(candidate, cycle, reason):
        """Put a candidate or a whole cycle on legal hold."""
        try:
            hold = retention.place_hold(CLI_ACTOR, reason=reason, candidate_id=candidate,
                                        cycle_id=cycle)
        except ServiceError as exc:
            _fail(exc.message)
        click.echo(f"Legal hold {hold.id} placed.")

    @legal_hold.command("lift")
    @click.argument("hold_id", type=int)
    @click.option("--reason", required=True, help="Why the hold is no longer needed.")
    def lift_command(hold_id, reason):
        """Lift legal hold HOLD_ID."""
        try:
            retention.lift_hold(CLI_ACTOR, retention.get_hold(hold_id), reason)
        except ServiceError as exc:
            _fail(exc.message)
        click.echo(f"Legal hold {hold_id} lifted.")
