"""Configuration: safe defaults, then the environment on top."""
import os
import secrets
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
