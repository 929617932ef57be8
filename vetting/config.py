"""Configuration: safe defaults, then the environment on top."""
import os
import secrets
from pathlib import Path

MiB = 1024 * 1024


class Defaults:
    """Settings every deployment starts from."""

    # Evidence files may be a few MiB; the request limit leaves room for the form around them.
    MAX_EVIDENCE_BYTES = 10 * MiB
    MAX_CONTENT_LENGTH = 12 * MiB
    MAX_EXCERPT_CHARS = 20_000
    API_TOKEN_DAYS = 90
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    WTF_CSRF_TIME_LIMIT = None  # a searcher may keep a long form open; the token is session-bound
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"


def instance_path() -> str:
    """The instance folder: ``VETTING_INSTANCE_PATH`` or ``instance/`` beside the package."""
    env = os.environ.get("VETTING_INSTANCE_PATH")
    if env:
        return str(Path(env).resolve())
    return str(Path(__file__).resolve().parent.parent / "instance")


def secret_key(folder: str) -> str:
    """Read the instance's secret key, generating it once so sessions survive restarts."""
    path = Path(folder) / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def from_environment(folder: str) -> dict:
    """Settings taken from the environment, with instance-relative defaults."""
    return {
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secret_key(folder),
        "SQLALCHEMY_DATABASE_URI": os.environ.get("DATABASE_URL")
        or f"sqlite:///{Path(folder) / 'vetting.sqlite'}",
        "EVIDENCE_DIR": str(Path(folder) / "evidence"),
    }


def normalise_database_url(url: str) -> str:
    """Accept the ``postgres://`` spelling some hosts hand out, and pick the psycopg 3 driver."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url
