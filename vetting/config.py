"""Configuration: safe defaults, then the environment on top."""
import os
import secrets
import tempfile
from datetime import timedelta
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
    # PostgreSQL only: give up on a held lock or a silent server quickly, so the user gets a
    # 503 with Retry-After instead of a worker hanging until gunicorn kills it.
    DATABASE_LOCK_TIMEOUT_MS = 5000
    DATABASE_CONNECT_TIMEOUT = 5
    WTF_CSRF_TIME_LIMIT = None  # a searcher may keep a long form open; the token is session-bound
    # How many reverse proxies sit in front; their X-Forwarded-* headers are trusted only then.
    TRUSTED_PROXIES = 0
    # Board packets embed DejaVu Sans (Debian's fonts-dejavu-core) so any name prints.
    PDF_FONT_DIR = "/usr/share/fonts/truetype/dejavu"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    # Off for the local demo over http; set SESSION_COOKIE_SECURE=1 wherever https is served,
    # or browsers would send the session cookie over plain http too.
    SESSION_COOKIE_SECURE = False
    # Sessions end after this long without a request; each request starts the clock again.
    # Flask checks the signed cookie's age on the server, so a copied cookie expires as well.
    PERMANENT_SESSION_LIFETIME = timedelta(minutes=30)
    SESSION_REFRESH_EACH_REQUEST = True
    # Pages show and take times in the department's zone (IANA name); the API and the
    # database stay in UTC / ISO 8601 with an offset.
    TIME_ZONE = "America/Denver"
    # Pages warn this long before the idle session ends, offering to stay signed in.
    SESSION_WARNING_SECONDS = 120

    # Two-factor sign-in (policy IV.B.7): required for every role that sees process or
    # candidate data; the board, which only reads released summaries, by this setting.
    BOARD_REQUIRES_TWO_FACTOR = False
    TWO_FACTOR_ISSUER = "Vetting"
    # How long the password step stays good while the code is being typed.
    TWO_FACTOR_PENDING_SECONDS = 300

    # Throttling of failed sign-ins (Flask-Limiter). In-memory counts suit one process; set
    # RATELIMIT_STORAGE_URI (e.g. redis://host:6379/0) when several app servers share the work.
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_KEY_PREFIX = "vetting"
    SIGN_IN_ACCOUNT_LIMIT = "5 per 15 minutes"
    SIGN_IN_ADDRESS_LIMIT = "20 per 15 minutes"

    # Page capture (IV.B.10): Debian's Chromium, a few workers in the app process, hard caps.
    # No non-public address is ever reached unless its network is listed here.
    CHROMIUM = "/usr/bin/chromium"
    CAPTURE_ALLOWED_NETWORKS = ""
    CAPTURE_TIMEOUT_SECONDS = 30
    CAPTURE_MAX_BYTES = 25 * MiB
    CAPTURE_MAX_HEIGHT = 20_000  # pixels of the full-page screenshot
    CAPTURE_WORKERS = 2
    CAPTURE_BACKLOG = 20  # captures waiting for a worker before Capture answers "busy"


def instance_path() -> str:
    """The instance folder: ``VETTING_INSTANCE_PATH`` or ``instance/`` beside the package."""
    env = os.environ.get("VETTING_INSTANCE_PATH")
    if env:
        return str(Path(env).resolve())
    return str(Path(__file__).resolve().parent.parent / "instance")


def secret_key(folder: str) -> str:
    """Read the instance's secret key, generating it once so sessions survive restarts."""
    return instance_secret(Path(folder) / "secret_key")


def instance_secret(path: Path) -> str:
    """Read a random secret from ``path``, generating it (owner-only) the first time."""
    if not path.exists():
        # Written in full to an owner-only file first, then linked into place: another worker
        # starting at the same moment never reads a half-written or empty secret.
        fd, partial = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_hex(32))
            os.link(partial, path)
        except FileExistsError:
            pass  # another worker made it first; theirs is the one
        finally:
            os.unlink(partial)
    return path.read_text().strip()


def _flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


# Optional settings read from the environment when set: name -> how to read the text.
_OPTIONAL = {
    "SESSION_COOKIE_SECURE": _flag,
    "BOARD_REQUIRES_TWO_FACTOR": _flag,
    "PERMANENT_SESSION_LIFETIME": lambda v: timedelta(minutes=int(v)),
    "RATELIMIT_STORAGE_URI": str,
    "SIGN_IN_ACCOUNT_LIMIT": str,
    "SIGN_IN_ADDRESS_LIMIT": str,
    "LOG_LEVEL": str,
    "DATABASE_LOCK_TIMEOUT_MS": int,
    "DATABASE_CONNECT_TIMEOUT": int,
    "TRUSTED_PROXIES": int,
    "PDF_FONT_DIR": str,
    "AUDIT_KEY": str,
    "AUDIT_SYSLOG": str,
    "CHROMIUM": str,
    "CAPTURE_ALLOWED_NETWORKS": str,
    "CAPTURE_TIMEOUT_SECONDS": int,
    "CAPTURE_MAX_BYTES": int,
    "CAPTURE_MAX_HEIGHT": int,
    "CAPTURE_WORKERS": int,
    "CAPTURE_BACKLOG": int,
    "TIME_ZONE": str,
}
_ENV_NAMES = {"PERMANENT_SESSION_LIFETIME": "SESSION_IDLE_MINUTES"}


def from_environment(folder: str) -> dict:
    """Settings taken from the environment, with instance-relative defaults."""
    settings = {
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secret_key(folder),
        "SQLALCHEMY_DATABASE_URI": os.environ.get("DATABASE_URL")
        or f"sqlite:///{Path(folder) / 'vetting.sqlite'}",
        "EVIDENCE_DIR": str(Path(folder) / "evidence"),
        "AUDIT_CHECKPOINT_FILE": os.environ.get("AUDIT_CHECKPOINT_FILE")
        or str(Path(folder) / "audit_checkpoints.jsonl"),
    }
    for key, read in _OPTIONAL.items():
        value = os.environ.get(_ENV_NAMES.get(key, key), "").strip()
        if value:
            try:
                settings[key] = read(value)
            except ValueError as exc:
                raise ConfigError(
                    f"{_ENV_NAMES.get(key, key)}={value!r} is not valid: "
                    f"expected {'a whole number' if read is not str else 'text'}.") from exc
    return settings


class ConfigError(RuntimeError):
    """An environment setting the application cannot use."""


def throttle_store_warning(workers: int, storage_uri: str | None) -> str | None:
    """Why the sign-in throttle would be weak with this many worker processes, or None.

    ``memory://`` keeps the counts inside each process, so with several workers every one has
    its own budget and a guesser gets that many times the failures the limits allow.
    """
    if workers > 1 and (storage_uri or Defaults.RATELIMIT_STORAGE_URI).startswith("memory://"):
        return (
            f"WARNING: {workers} worker processes share no sign-in throttle: "
            "RATELIMIT_STORAGE_URI is memory://, so each worker counts failed sign-ins on its "
            f"own and a guesser gets up to {workers} times the attempts SIGN_IN_ACCOUNT_LIMIT "
            "allows. Set RATELIMIT_STORAGE_URI to a shared store (redis://host:6379/0) or run "
            "one worker."
        )
    return None


def engine_options(settings) -> dict:
    """The engine options for the configured database: on PostgreSQL, with its timeouts added."""
    options = dict(settings.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    if settings["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        connect_args = dict(options.get("connect_args") or {})
        connect_args.setdefault("connect_timeout", settings["DATABASE_CONNECT_TIMEOUT"])
        lock_timeout = settings["DATABASE_LOCK_TIMEOUT_MS"]
        connect_args.setdefault("options", f"-c lock_timeout={lock_timeout}")
        options["connect_args"] = connect_args
    return options


def normalise_database_url(url: str) -> str:
    """Accept the ``postgres://`` spelling some hosts hand out, and pick the psycopg 3 driver."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url
