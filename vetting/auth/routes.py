"""Signing in and out, and each user's start page."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user

from vetting import navigation
from vetting.audit import Actor, record
from vetting.auth.forms import LoginForm
from vetting.extensions import db
from vetting.forms import ActionForm
from vetting.permissions import PUBLIC, SIGNED_IN, allow
from vetting.services.accounts import authenticate
from vetting.web import actor, safe_next

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
@allow(PUBLIC)
def login():
    """Sign in with username and password."""
    if current_user.is_authenticated:
        return redirect(url_for("auth.home"))
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.username.data.strip(), form.password.data)
        if user is None:
            record(Actor(None, request.remote_addr or "", name=form.username.data.strip()[:80]),
                   "auth.login_failed", role="anonymous")
            db.session.commit()
            flash("Wrong username or password.", "error")
        else:
            login_user(user)
            record(actor(), "auth.login", user, role=",".join(sorted(user.roles)))
            db.session.commit()
            return redirect(safe_next(request.args.get("next")) or url_for("auth.home"))
    return render_template("auth/login.html", form=form), 200 if request.method == "GET" or \
        not form.errors else 422


@bp.route("/logout", methods=["POST"])
@allow(SIGNED_IN)
def logout():
    """Sign out."""
    form = ActionForm()
    if form.validate_on_submit():
        record(actor(), "auth.logout", current_user, role=",".join(sorted(current_user.roles)))
        db.session.commit()
        logout_user()
        flash("You have signed out.", "success")
    return redirect(url_for("auth.login"))


@bp.route("/")
@allow(SIGNED_IN)
def home():
    """Send each user to the work of their first role."""
    links = navigation.links()
    if len(links) == 1:
        return redirect(url_for(links[0][0]))
    return render_template("auth/home.html", links=links)
