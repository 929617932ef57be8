"""Staff accounts: creation, sign-in, API tokens and sensitive-position designations."""
from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from datetime import date, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from zxcvbn import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from vetting.audit import Actor, record
from vetting.extensions import db
from vetting.models import ApiToken, Assignment, Designation, User, UserRole
from vetting.models.base import utcnow
from vetting.models.people import ROLES, username_key
from vetting.services.errors import Conflict, Invalid, NotFound, NotPermitted
from vetting.services.two_factor import role_label

_hasher = PasswordHasher()
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,79}$")
MIN_PASSWORD = 12
# zxcvbn's score (0-4) below which a password counts as quickly guessed; 3 means more than
# about 10^8 guesses even for an attacker who tries common passwords, words and patterns first.
MIN_GUESSABILITY = 3
# Characters that show nothing: separators, controls, format characters (zero-width and
# direction marks), unassigned code points.
_INVISIBLE = {"Zs", "Zl", "Zp", "Cc", "Cf", "Cn", "Co", "Cs"}
# The most common passwords (zxcvbn's list, from leaked password sets), lower-cased.
_COMMON_PASSWORDS = frozenset(FREQUENCY_LISTS["passwords"])
# Verified against when the username is unknown, so timing does not reveal which names exist.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    return _hasher.hash(password)


def check_new_password(password: str, username: str, field: str = "password") -> None:
    """Refuse, in plain words, a new password that is short, blank or easily guessed."""
    if len(password) < MIN_PASSWORD:
        raise Invalid(f"A password needs at least {MIN_PASSWORD} characters: every extra "
                      "character makes it much harder to guess. A few unrelated words work well.",
                      field=field)
    if all(c.isspace() or unicodedata.category(c) in _INVISIBLE for c in password):
        raise Invalid("A password cannot be made only of spaces or invisible characters.",
                      field=field)
    if password.casefold() in _COMMON_PASSWORDS or \
            "".join(password.split()).casefold() in _COMMON_PASSWORDS:
        raise Invalid("That is one of the most commonly used passwords, which anyone guessing "
                      "tries first. Choose another, such as a few unrelated words.", field=field)
    verdict = zxcvbn(password[:100], user_inputs=[username])  # the estimate slows on long input
    if verdict["score"] < MIN_GUESSABILITY:
        why = verdict["feedback"]["warning"] or "It follows a pattern that guessers try early."
        raise Invalid(f"That password would be guessed too quickly. {why} Choose another, such "
                      "as a few unrelated words.", field=field)


def find_user(username: str) -> User | None:
    """The user with this name, compared without letter case or Unicode form, or None."""
    return db.session.scalar(
        select(User).where(User.username_key == username_key((username or "").strip())))


def authenticate(username: str, password: str) -> User | None:
    """The active user with this name and password, or None."""
    user = find_user(username)
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        db.session.commit()
    return user


def change_password(actor: Actor, user: User, current: str, new: str) -> None:
    """Change one's own password; every other session of the account is signed out."""
    try:
        _hasher.verify(user.password_hash, current or "")
    except (VerificationError, InvalidHashError):
        raise Invalid("Your current password is not right.", field="current") from None
    if new == current:
        raise Invalid("The new password must differ from the current one.")
    check_new_password(new or "", user.username, field="new")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    user.end_sessions()  # a stolen session must not outlive the password it was opened with
    record(actor, "user.password_change", user, role=role_label(user))
    db.session.commit()


def get_user(username: str) -> User:
    """The user with this name, or NotFound."""
    user = find_user(username)
    if user is None:
        raise NotFound(f"No user named {username!r}.")
    return user


def create_user(actor: Actor, username: str, password: str, roles: list[str]) -> User:
    """Create a staff account holding ``roles``."""
    username = (username or "").strip()
    if not USERNAME.match(username):
        raise Invalid(
            "A username is 2 to 80 letters, digits, dots, dashes or underscores, "
            "starting with a letter or digit.", field="username"
        )
    roles = sorted(set(roles or []))
    unknown = [r for r in roles if r not in ROLES]
    if not roles or unknown:
        raise Invalid(f"Roles must be chosen from: {', '.join(ROLES)}.", unknown=unknown)
    existing = find_user(username)
    if existing is not None:
        same = "" if existing.username == username else \
            f" as {existing.username!r}: names that differ only in letter case are the same name"
        raise Conflict(f"A user named {username!r} already exists{same}.")
    check_new_password(password or "", username)
    user = User(username=username, password_hash=hash_password(password))
    user.role_rows = [UserRole(role=r) for r in roles]
    db.session.add(user)
    record(actor, "user.create", user, role="admin", details={"roles": roles})
    db.session.commit()
    return user


def grant_designation(
    actor: Actor, user: User, expires_on: date, acknowledgment: str
) -> Designation:
    """Designate a user as holding a sensitive position until ``expires_on`` (IV.B.7)."""
    acknowledgment = (acknowledgment or "").strip()
    if len(acknowledgment) < 20:
        raise Invalid(
            "The signed confidentiality acknowledgment is required (at least 20 characters)."
        )
    if expires_on <= utcnow().date():
        raise Invalid("A designation must expire after today.")
    designation = Designation(
        user=user, granted_by=actor.user, expires_on=expires_on, acknowledgment=acknowledgment
    )
    db.session.add(designation)
    record(actor, "designation.grant", designation, role="admin",
           details={"user": user.username, "expires_on": expires_on.isoformat()})
    db.session.commit()
    return designation


def revoke_designation(actor: Actor, designation: Designation) -> None:
    """End a designation before it expires."""
    if designation.revoked_at is None:
        designation.revoked_at = utcnow()
        record(actor, "designation.revoke", designation, role="admin",
               details={"user": designation.user.username})
        db.session.commit()


def _token_hash(raw: str) -> str:
    # Tokens are 256 random bits, so a fast hash is enough; argon2 would slow every API call.
    return hashlib.sha256(raw.encode()).hexdigest()


def issue_token(actor: Actor, user: User, days: int = 90) -> str:
    """Create an API token for ``user``; the plain token is returned once and never stored.

    Only the owner obtains their own token (``actor.user`` is ``user``), or an operator at the
    shell (no ``actor.user``): a token acts as its owner in everything, so an administrator
    who could mint one for someone else could decide or read as them under their name.
    """
    if actor.user is not None and actor.user.id != user.id:
        raise NotPermitted(
            "An API token can be issued only to its owner: ask them to issue it from their "
            "Sign-in security page. Administrators may list and revoke tokens; someone with "
            "shell access to the server can use 'flask issue-token'.")
    if not 1 <= days <= 366:
        raise Invalid("A token lives between 1 and 366 days.")
    raw = "vet_" + secrets.token_urlsafe(32)
    token = ApiToken(user=user, token_hash=_token_hash(raw),
                     expires_at=utcnow() + timedelta(days=days))
    db.session.add(token)
    record(actor, "token.issue", token, role="self" if actor.user else "operator",
           details={"user": user.username, "issued_by": actor.label, "days": days})
    db.session.commit()
    return raw


def revoke_token(actor: Actor, token: ApiToken, role: str = "admin") -> None:
    """Stop a token from authenticating (an admin's act, or ``role="self"`` for one's own)."""
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        record(actor, "token.revoke", token, role=role, details={"user": token.user.username})
        db.session.commit()


def find_token(raw: str) -> ApiToken | None:
    """The stored token matching a plain bearer token, usable or not."""
    return db.session.scalar(select(ApiToken).where(ApiToken.token_hash == _token_hash(raw)))


def user_for_token(raw: str) -> User | None:
    """The user a bearer token belongs to, when the token is still usable."""
    token = find_token(raw)
    if token is None or not token.usable():
        return None
    return token.user


def set_active(actor: Actor, user: User, active: bool) -> None:
    """Enable or disable an account; a disabled account can neither sign in nor use tokens."""
    if not active and actor.user is not None and actor.user.id == user.id:
        raise Invalid("You cannot disable your own account; ask another administrator.")
    if user.active != active:
        user.active = active
        if not active:
            user.end_sessions()  # signed out everywhere on the next request
        record(actor, "user.enable" if active else "user.disable", user, role="admin")
        db.session.commit()


def reset_password(actor: Actor, user: User, temporary: str) -> None:
    """Give a user a temporary password they must change at the next sign-in."""
    if len(temporary or "") < MIN_PASSWORD:
        raise Invalid(f"A password needs at least {MIN_PASSWORD} characters.",
                      field="password")
    user.password_hash = hash_password(temporary)
    user.must_change_password = True
    user.end_sessions()  # whoever used the old password is signed out
    record(actor, "user.password_reset", user, role="admin")
    db.session.commit()


def set_roles(actor: Actor, user: User, roles: list[str]) -> None:
    """Change the roles a user holds, never leaving a cycle assignment without its role."""
    roles = sorted(set(roles or []))
    unknown = [r for r in roles if r not in ROLES]
    if not roles or unknown:
        raise Invalid(f"Choose at least one role from: {', '.join(ROLES)}.", field="roles")
    if actor.user is not None and actor.user.id == user.id and "admin" not in roles:
        raise Invalid("You cannot remove your own admin role; ask another administrator.",
                      field="roles")
    assigned = sorted(set(db.session.scalars(select(Assignment.role).where(
        Assignment.user_id == user.id))) - set(roles))
    if assigned:
        raise Conflict(f"{user.username} is still assigned as {' and '.join(assigned)} in a "
                       "cycle; remove those assignments first.", field="roles")
    before = sorted(user.roles)
    if before == roles:
        return
    user.role_rows = [row for row in user.role_rows if row.role in roles] + [
        UserRole(role=r) for r in roles if r not in before]
    record(actor, "user.roles", user, role="admin", details={"from": before, "to": roles})
    db.session.commit()


def list_users() -> list[User]:
    """Every staff account, by username, for the administrator's list."""
    return list(db.session.scalars(select(User).order_by(User.username)))


def tokens_of(user: User) -> list[ApiToken]:
    """A user's API tokens, newest first (their hashes only; the tokens are never kept)."""
    return list(db.session.scalars(
        select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id.desc())))
