"""The department's time zone: pages show and take local times; storage and the API stay UTC."""
from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import Flask, current_app

DEFAULT_ZONE = "America/Denver"


def load_zone(name: str) -> ZoneInfo:
    """The named IANA zone, or a ValueError that says what is wrong with the name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{name!r} is not an IANA time zone name such as "
                         f"{DEFAULT_ZONE!r}") from exc


def zone() -> ZoneInfo:
    """The zone the department works in (``TIME_ZONE``)."""
    return load_zone(current_app.config["TIME_ZONE"])


def to_local(moment: datetime) -> datetime:
    """A stored moment in the department's zone; a naive one is UTC, as the database keeps it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone())


def from_local(wall: datetime) -> datetime:
    """A wall-clock time typed on a page (the department's zone) as an aware UTC moment."""
    if wall.tzinfo is None:
        wall = wall.replace(tzinfo=zone())
    return wall.astimezone(UTC)


def local_time(moment: datetime | None, seconds: bool = False) -> str:
    """'2027-03-01 14:05 MST': a moment as people in the department read it, zone named."""
    if moment is None:
        return ""
    return to_local(moment).strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else "") + " %Z")


def local_date(moment: datetime | date | None) -> str:
    """The calendar date of a moment in the department's zone ('2027-03-01')."""
    if moment is None:
        return ""
    if not isinstance(moment, datetime):
        return moment.isoformat()
    return to_local(moment).date().isoformat()


def iso_local_date(text: str | None) -> str:
    """The local date of an ISO 8601 time stored as text (as in a released summary)."""
    return local_date(datetime.fromisoformat(text)) if text else ""


def register(app: Flask) -> None:
    """Check the configured zone at start-up and give templates the filters."""
    load_zone(app.config["TIME_ZONE"])
    app.add_template_filter(local_time)
    app.add_template_filter(local_date)
    app.add_template_filter(iso_local_date)
    app.add_template_global(lambda: app.config["TIME_ZONE"], "time_zone_name")
