"""Staff accounts, their roles, API tokens and sensitive-position designations."""
from __future__ import annotations

import unicodedata
from datetime import date, datetime

from flask_login import UserMixin
from sqlalchemy import BigInteger, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from vetting.extensions import db
from vetting.models.base import UTCDateTime, utcnow

ROLES = ("admin", "searcher", "reviewer", "board", "auditor")


def username_key(name: str) -> str:
    """A username as uniqueness and sign-in compare it: without letter case or Unicode form.

    NFKC folds look-alike forms (full-width letters, ligatures) into one, casefold drops case;
    NFKC again because case folding can undo it. ``S1``, ``s1`` and ``Ｓ１`` are one name.
    """
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())


class User(UserMixin, db.Model):
    """A member of staff who signs in."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    # The name as sign-in and uniqueness see it (see ``username_key``): set with the name.
    username_key: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Two-factor sign-in: the TOTP secret is kept from the start of enrollment; the account
    # counts as enrolled only once ``totp_enrolled_at`` is set by a confirmed code.
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The time step of the last accepted code, so a code cannot be replayed within its window.
    totp_last_counter: Mapped[int | None] = mapped_column(BigInteger)
    # Stored in each session at sign-in; bumping it signs the account out everywhere.
    session_generation: Mapped[int] = mapped_column(default=0, server_default="0")
    # Set when an administrator resets the password: the user must choose a new one at once.
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default="0")
    role_rows: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )
    designations: Mapped[list[Designation]] = relationship(
        back_populates="user", foreign_keys="Designation.user_id",
        order_by="Designation.granted_at.desc()",
    )

    @validates("username")
    def _keep_key(self, _field: str, username: str) -> str:
        self.username_key = username_key(username)
        return username

    @property
    def roles(self) -> frozenset[str]:
        """The roles this user holds across the system."""
        return frozenset(r.role for r in self.role_rows)

    def has_role(self, *roles: str) -> bool:
        """Whether the user holds any of ``roles``."""
        return bool(self.roles.intersection(roles))

    @property
    def is_active(self) -> bool:
        """Flask-Login refuses sessions of disabled accounts."""
        return self.active

    @property
    def two_factor_enrolled(self) -> bool:
        """Whether the user has confirmed an authenticator app."""
        return self.totp_enrolled_at is not None and bool(self.totp_secret)

    def end_sessions(self) -> None:
        """Make every existing session of this account invalid on its next request."""
        self.session_generation = (self.session_generation or 0) + 1

    def active_designation(self, on: date | None = None) -> Designation | None:
        """The sensitive-position designation in force on ``on`` (today by default)."""
        on = on or utcnow().date()
        for d in self.designations:
            if d.revoked_at is None and d.expires_on >= on:
                return d
        return None


class UserRole(db.Model):
    """One role held by a user."""

    __tablename__ = "user_roles"
    __table_args__ = (UniqueConstraint("user_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    user: Mapped[User] = relationship(back_populates="role_rows")


class ApiToken(db.Model):
    """A bearer token for the JSON API; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    user: Mapped[User] = relationship()

    def usable(self, now: datetime | None = None) -> bool:
        """Whether the token may still authenticate."""
        now = now or utcnow()
        return self.revoked_at is None and self.expires_at > now and self.user.active


class RecoveryCode(db.Model):
    """A one-time code that stands in for the authenticator app; only its SHA-256 is stored."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    user: Mapped[User] = relationship()


class Designation(db.Model):
    """A sensitive-position designation (IV.B.7): dated, expiring, acknowledged in writing."""

    __tablename__ = "designations"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_on: Mapped[date]
    acknowledgment: Mapped[str] = mapped_column(Text)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    user: Mapped[User] = relationship(back_populates="designations", foreign_keys=[user_id])
    granted_by: Mapped[User | None] = relationship(foreign_keys=[granted_by_id])


class SignInSession(db.Model):
    """One browser's sign-in, kept on the server so that signing out or idling ends it for good.

    The browser's session cookie carries only a random token; its SHA-256 is kept here. While
    the second step is still owed, ``step`` names it (``code`` or ``enroll``) and
    ``code_attempts`` counts the codes tried; a completed sign-in has no step and is renewed by
    ``last_seen_at``. ``generation`` is the account's ``session_generation`` when it opened.
    """

    __tablename__ = "sign_in_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    generation: Mapped[int]
    step: Mapped[str | None] = mapped_column(String(10))
    code_attempts: Mapped[int] = mapped_column(default=0)
    two_factor: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user: Mapped[User] = relationship()
