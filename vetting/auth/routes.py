"""Signing in and out, two-factor enrollment, and each user's start page.

Signing in is one or two steps. The password comes first; where two-factor applies, the
server then holds a short-lived half-finished sign-in (``services.sessions``), named by a token
in the session cookie, and the user is not signed in until the code step or enrollment succeeds.
"""
from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    flash,
    jsonify,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_limiter import RateLimitExceeded
from flask_login import current_user, login_user, logout_user

from vetting import navigation
from vetting.audit import Actor, record
from vetting.auth import throttle
from vetting.auth.forms import (
    CodeForm,
    EnrollForm,
    LoginForm,
    PasswordChangeForm,
    RecoveryCodesForm,
    TokenForm,
)
from vetting.extensions import db
from vetting.forms import ActionForm
from vetting.models import ApiToken, SignInSession, User
from vetting.permissions import (
    PUBLIC,
    SIGN_IN,
    SIGNED_IN,
    allow,
    get_or_404,
    signed_in_with_two_factor,
)
from vetting.services import accounts, sign_in, two_factor
from vetting.services import sessions as sign_in_sessions
from vetting.services.errors import NotPermitted, ServiceError
from vetting.web import actor, refused, safe_next

bp = Blueprint("auth", __name__)
# Before the app's generic 429 page: this one says how long to wait.
bp.register_error_handler(RateLimitExceeded, throttle.too_many_attempts)
bp.after_request(throttle.refund_success)
PENDING = throttle.PENDING


def _address() -> str:
    return request.remote_addr or ""


def _no_store(body, status: int = 200):
    """A response no browser or proxy keeps: it shows a secret or recovery codes."""
    response = make_response(body, status)
    response.headers["Cache-Control"] = "no-store"
    return response


def _hold_pending(user: User, step: str, target: str | None) -> None:
    """Remember, on the server, that ``user`` passed the password step and owes ``step``."""
    # The name is only the throttle's key (see throttle.account_key); the row decides.
    session[PENDING] = {"token": sign_in_sessions.start(user, step), "name": user.username,
                        "next": target}


def _pending(step: str) -> SignInSession | None:
    """The half-finished sign-in of this browser that owes ``step``, while it is fresh."""
    try:
        row = sign_in_sessions.pending((session.get(PENDING) or {}).get("token"), step)
    except ServiceError as exc:
        flash(exc.message, "error")
        row = None
    if row is None:
        session.pop(PENDING, None)
    return row


def _sign_in(user: User, target: str | None, *, two_factor: bool) -> str:
    """Sign ``user`` in for this browser; returns where to go next."""
    pending = session.pop(PENDING, None) or {}
    token = sign_in_sessions.complete(user, pending_token=pending.get("token"),
                                      two_factor=two_factor)
    login_user(user)
    session[SIGN_IN] = token
    session.permanent = True  # the cookie expires too after PERMANENT_SESSION_LIFETIME idle
    return target or url_for("auth.home")


@bp.route("/login", methods=["GET", "POST"])
@allow(PUBLIC)
@throttle.per_address
@throttle.per_account
def login():
    """Sign in, first step: username and password."""
    if current_user.is_authenticated:
        return redirect(url_for("auth.home"))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        try:
            user = sign_in.check_password(Actor(None, _address()), form.username.data,
                                          form.password.data)
        except ServiceError as exc:
            flash(exc.message, "error")
            status = exc.status
        else:
            target = safe_next(request.args.get("next"))
            step = sign_in.next_step(user)
            if step is None:
                sign_in.finish(Actor(user, _address()), user)
                return redirect(_sign_in(user, target, two_factor=False))
            _hold_pending(user, step, target)
            return redirect(url_for("auth.second_step" if step == sign_in.CODE
                                    else "auth.enroll"))
    elif request.method == "POST":
        status = 422
    return render_template("auth/login.html", form=form), status


@bp.route("/login/code", methods=["GET", "POST"])
@allow(PUBLIC)
@throttle.per_address
@throttle.per_account
def second_step():
    """Sign in, second step: a code from the authenticator app or a recovery code."""
    pending = _pending(sign_in.CODE)
    if pending is None:
        return redirect(url_for("auth.login"))
    user = pending.user
    form = CodeForm()
    status = 200
    if form.validate_on_submit():
        if not sign_in_sessions.count_code_attempt(pending):
            session.pop(PENDING, None)
            flash("Too many wrong codes for this sign-in, so it was cancelled. Please start "
                  "again with your password.", "error")
            return redirect(url_for("auth.login"))
        try:
            kind = sign_in.finish_with_code(Actor(user, _address()), user, form.code.data)
        except ServiceError as exc:
            flash(exc.message, "error")
            status = exc.status
        else:
            target = _sign_in(user, session.get(PENDING, {}).get("next"), two_factor=True)
            if kind == "recovery_code":
                left = two_factor.recovery_codes_left(user)
                flash(f"You signed in with a recovery code, which cannot be used again. "
                      f"{left} left; replace them under Sign-in security if that is few.",
                      "warning")
            return redirect(target)
    elif request.method == "POST":
        status = 422
    form.code.data = ""  # a code is never echoed back
    return render_template("auth/code.html", form=form), status


@bp.route("/login/enroll", methods=["GET", "POST"])
@allow(PUBLIC)
@throttle.per_address
@throttle.per_account
def enroll():
    """Set up two-factor sign-in: required before a first sign-in, or chosen by a board member."""
    signed_in = current_user.is_authenticated
    if signed_in:
        user = current_user._get_current_object()
    else:
        pending = _pending(sign_in.ENROLL)
        if pending is None:
            return redirect(url_for("auth.login"))
        user = pending.user
    if user.two_factor_enrolled:
        flash("Two-factor sign-in is already set up for your account.", "success")
        return redirect(url_for("auth.security"))
    form = EnrollForm()
    status = 200
    if form.validate_on_submit():
        try:
            if signed_in:
                codes = two_factor.confirm_enrollment(actor(), user, form.code.data)
                target = url_for("auth.security")
            else:
                codes = sign_in.finish_with_enrollment(Actor(user, _address()), user,
                                                       form.code.data)
                target = _sign_in(user, session.get(PENDING, {}).get("next"), two_factor=True)
        except ServiceError as exc:
            flash(exc.message, "error")
            status = exc.status
        else:
            return _no_store(render_template("auth/recovery_codes.html", codes=codes,
                                             target=target, first=True))
    elif request.method == "POST":
        status = 422
    form.code.data = ""
    secret = two_factor.start_enrollment(user)
    return _no_store(render_template(
        "auth/enroll.html", form=form, signed_in=signed_in,
        qr=two_factor.qr_data_uri(two_factor.provisioning_uri(user, secret)),
        secret=two_factor.grouped_secret(secret), username=user.username,
        issuer=current_app.config.get("TWO_FACTOR_ISSUER", "Vetting"),
    ), status)


@bp.route("/account/security")
@allow(SIGNED_IN)
def security():
    """The user's sign-in security: two-factor status and recovery codes."""
    return _security_page(RecoveryCodesForm())


def _security_page(form: RecoveryCodesForm, status: int = 200, *,
                   token_form: TokenForm | None = None, new_token: str | None = None):
    form.code.data = ""
    return render_template(
        "auth/security.html", form=form,
        enrolled=current_user.two_factor_enrolled,
        required=two_factor.required_for(current_user),
        codes_left=two_factor.recovery_codes_left(current_user)
        if current_user.two_factor_enrolled else 0,
        tokens=accounts.tokens_of(current_user), new_token=new_token, action=ActionForm(),
        can_issue_token=signed_in_with_two_factor(),
        token_form=token_form or TokenForm(formdata=None,
                                           days=current_app.config["API_TOKEN_DAYS"]),
    ), status  # every page is no-store (vetting.security), so a new token is never cached


@bp.route("/account/tokens", methods=["POST"])
@allow(SIGNED_IN)
def issue_own_token():
    """Issue an API token of one's own, shown once; only after a two-factor sign-in."""
    form = TokenForm()
    if not signed_in_with_two_factor():
        flash("Issuing an API token needs a sign-in with two factors: set up two-factor "
              "sign-in, then sign out and in again.", "error")
        return _security_page(RecoveryCodesForm(formdata=None), 403, token_form=form)
    if not form.validate_on_submit():
        return _security_page(RecoveryCodesForm(formdata=None), 422, token_form=form)
    try:
        raw = accounts.issue_token(actor(), current_user._get_current_object(), form.days.data)
    except ServiceError as exc:
        return _security_page(RecoveryCodesForm(formdata=None), refused(exc, form), token_form=form)
    return _security_page(RecoveryCodesForm(formdata=None), new_token=raw)


@bp.route("/account/tokens/<int:token_id>/revoke", methods=["POST"])
@allow(SIGNED_IN)
def revoke_own_token(token_id: int):
    """Stop one of one's own API tokens from working."""
    token = get_or_404(ApiToken, token_id, "API token")
    if token.user_id != current_user.id:
        raise NotPermitted("You may revoke only your own API tokens here.")
    if ActionForm().validate_on_submit():
        accounts.revoke_token(actor(), token, role="self")
        flash("The token was revoked.", "success")
    return redirect(url_for("auth.security") + "#tokens")


@bp.route("/account/recovery-codes", methods=["POST"])
@allow(SIGNED_IN)
@throttle.per_address
@throttle.per_account
def recovery_codes():
    """Replace the recovery codes, showing the new ones once."""
    form = RecoveryCodesForm()
    if not form.validate_on_submit():
        return _security_page(form, 422)
    try:
        codes = two_factor.regenerate_recovery_codes(
            actor(), current_user._get_current_object(), form.code.data)
    except ServiceError as exc:
        flash(exc.message, "error")
        return _security_page(form, exc.status)
    return _no_store(render_template("auth/recovery_codes.html", codes=codes,
                                     target=url_for("auth.security"), first=False))


@bp.route("/account/password", methods=["GET", "POST"])
@allow(SIGNED_IN)
@throttle.per_address
@throttle.per_account
def password():
    """Change one's own password; other browsers signed in to the account are signed out."""
    form = PasswordChangeForm()
    status = 200
    if form.validate_on_submit():
        user = current_user._get_current_object()
        try:
            accounts.change_password(actor(), user, form.current.data, form.new.data)
        except ServiceError as exc:
            status = refused(exc, form)  # next to the field it is about
        else:
            sign_in_sessions.keep(session.get(SIGN_IN), user)  # this browser stays in
            flash("Your password has been changed. Any other browser signed in to your "
                  "account has been signed out.", "success")
            return redirect(url_for("auth.security"))
    elif request.method == "POST":
        status = 422
    return render_template("auth/password.html", form=form), status


# What a user whose password was reset may still open before choosing a new one.
_WHILE_RESET = {"auth.password", "auth.logout", "auth.keep_session", "static"}


@bp.before_app_request
def require_new_password():
    """After an administrator's reset, every page leads to choosing a new password."""
    # The cheap check first: a missing page never needs the user loaded.
    if request.endpoint is None or request.endpoint in _WHILE_RESET:
        return None
    if current_user.is_authenticated and current_user.must_change_password:
        message = "Your password was reset by an administrator. Choose a new one to continue."
        if request.path.startswith("/api/"):
            # The owner's API tokens wait too: the reset is about the account, not the browser.
            return jsonify(error=message + " Sign in on the web to choose it."), 403
        flash(message, "error")
        return redirect(url_for("auth.password"))
    return None


@bp.route("/account/session", methods=["POST"])
@allow(SIGNED_IN)
def keep_session():
    """Stay signed in: any request starts the idle clock again, this one on purpose."""
    return "", 204


@bp.route("/logout", methods=["POST"])
@allow(SIGNED_IN)
def logout():
    """Sign out."""
    form = ActionForm()
    if form.validate_on_submit():
        record(actor(), "auth.logout", current_user, role=two_factor.role_label(current_user))
        db.session.commit()
        sign_in_sessions.end(session.get(SIGN_IN))  # a copy of the cookie dies with it
        logout_user()
        session.clear()
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
