"""Vetting: the internet part of pre-employment background checks, run by the policy."""
from __future__ import annotations

import os

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from vetting import checkpoint, config, security, storage, text_input
from vetting.extensions import csrf, db, limiter, login_manager, migrate
from vetting.models.base import render_migration_type

MIGRATIONS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "migrations")


def create_app(test_config: dict | None = None) -> Flask:
    """Build the application: defaults, then the environment, then ``test_config``."""
    instance = config.instance_path()
    app = Flask(
        __name__,
        instance_path=instance,
        instance_relative_config=True,
        template_folder="../templates",
        static_folder="static",
    )
    # Ids in URLs beyond what the database can store are simply not found, never a crash.
    app.url_map.converters["int"] = DatabaseIdConverter
    storage.private_folder(app.instance_path)
    app.config.from_object(config.Defaults)
    app.config.update(config.from_environment(app.instance_path))
    if test_config:
        app.config.update(test_config)
    app.config["SQLALCHEMY_DATABASE_URI"] = config.normalise_database_url(
        app.config["SQLALCHEMY_DATABASE_URI"]
    )
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = config.engine_options(app.config)
    prepare_storage(app)
    if app.config["TRUSTED_PROXIES"]:
        # Behind a proxy, client addresses (audit trail, sign-in throttle) come from its headers.
        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    register_extensions(app)
    security.register(app)  # first: the request id must exist before any check can refuse
    text_input.register(app)  # then no check or view ever reads a NUL or a lone surrogate
    register_blueprints(app)
    register_policies(app)
    from vetting import cli, errors, health, localtime, navigation

    try:
        localtime.register(app)
    except ValueError as exc:
        raise config.ConfigError(f"TIME_ZONE: {exc}.") from exc
    errors.register(app)
    cli.register(app)
    navigation.register(app)
    health.register(app)
    return app


class DatabaseIdConverter(IntegerConverter):
    """An ``int`` URL part that fits a 64-bit database integer."""

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("max", 2**63 - 1)
        super().__init__(url_map, *args, **kwargs)


def prepare_storage(app: Flask) -> None:
    """Owner-only database and evidence, no leftover uploads; checkpoint lines to syslog if set."""
    storage.private_database(app.config["SQLALCHEMY_DATABASE_URI"])
    evidence = storage.private_folder(app.config["EVIDENCE_DIR"])
    storage.sweep_partial_files(evidence)
    if app.config.get("AUDIT_SYSLOG"):
        checkpoint.send_to_syslog(app.config["AUDIT_SYSLOG"])


def register_extensions(app: Flask) -> None:
    """Bind the extensions created unbound in ``extensions``."""
    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS, render_as_batch=True,
                     render_item=render_migration_type, compare_type=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to continue."
    from vetting import models  # noqa: F401 - register the tables with the metadata


def register_blueprints(app: Flask) -> None:
    """Mount the role blueprints and the API."""
    from vetting.admin.routes import bp as admin_bp
    from vetting.api import audit as api_audit
    from vetting.api import review as api_review
    from vetting.api import routes as api_core
    from vetting.audit_views.routes import bp as audit_bp
    from vetting.auth.routes import bp as auth_bp
    from vetting.board.routes import bp as board_bp
    from vetting.evidence.routes import bp as evidence_bp
    from vetting.records.routes import bp as records_bp
    from vetting.review.routes import bp as review_bp
    from vetting.searcher.routes import bp as searcher_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(admin_bp, url_prefix="/admin")
    app.register_blueprint(searcher_bp, url_prefix="/search")
    app.register_blueprint(review_bp, url_prefix="/review")
    app.register_blueprint(board_bp, url_prefix="/board")
    app.register_blueprint(audit_bp, url_prefix="/audit")
    app.register_blueprint(records_bp, url_prefix="/records")
    app.register_blueprint(evidence_bp, url_prefix="/evidence")
    for api in (api_core.bp, api_review.bp, api_audit.bp):
        app.register_blueprint(api, url_prefix="/api/v1")
        csrf.exempt(api)  # the API authenticates by bearer token, never by cookie


def register_policies(app: Flask) -> None:
    """Check every request against its endpoint's declared policy."""
    from vetting.permissions import enforce_policy

    app.before_request(enforce_policy)
