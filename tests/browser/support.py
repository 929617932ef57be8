"""What the journeys share: a checked tab, the accessibility smoke check, two-factor sign-in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Playwright may be missing; the fixtures then skip or fail with the reason
    from playwright.sync_api import Locator, Page, Response

# What the searcher found: misconduct the board may weigh, next to a religion it must not see.
EXCERPT = (
    'Posted a video of himself kicking a parked car after the game, caption "next time '
    "it's the ref\". Same profile says he sings in the choir at St. Mary's Catholic "
    "Church."
)
PROTECTED = "Catholic"

# Every input/select/textarea a person fills needs a name a screen reader can announce.
_A11Y_SCRIPT = """
() => {
  const named = (el) => {
    if ((el.getAttribute('aria-label') || '').trim()) return true;
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
    if (ids.some((id) => (document.getElementById(id)?.textContent || '').trim())) return true;
    if (el.id && Array.from(document.querySelectorAll('label'))
          .some((l) => l.htmlFor === el.id && l.textContent.trim())) return true;
    const wrap = el.closest('label');
    return Boolean(wrap && wrap.textContent.trim());
  };
  const skip = ['hidden', 'submit', 'button', 'reset', 'image'];
  const unlabelled = Array.from(document.querySelectorAll('input, select, textarea'))
    .filter((el) => !(el.tagName === 'INPUT' && skip.includes((el.type || '').toLowerCase())))
    .filter((el) => !named(el))
    .map((el) => el.outerHTML.slice(0, 160));
  return {h1: document.querySelectorAll('h1').length, unlabelled};
}
"""
# Keyboard focus, probed on the first link or button Tab reaches (usually "Skip to content")
# and on the first one inside <main>: what :focus / :focus-visible rules change on them.
_FOCUS_START = """
() => {
  if (document.activeElement) document.activeElement.blur();
  window.__focusProbes = [];
  const main = document.querySelector('main');
  return Boolean(main && main.querySelector('a[href], button, input[type=submit]'));
}
"""
_FOCUS_STEP = """
() => {
  const look = (el) => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | ');
  };
  const el = document.activeElement;
  const probes = window.__focusProbes;
  const control = el && el !== document.body && (el.tagName === 'A' ||
    el.tagName === 'BUTTON' || (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type)));
  if (control) {
    const inMain = Boolean(el.closest('main'));
    if (probes.length === 0 || (inMain && !probes.some((p) => p.inMain))) {
      probes.push({el, inMain, focused: look(el), what: el.outerHTML.slice(0, 120)});
    }
  }
  return {probes: probes.length, main: probes.some((p) => p.inMain)};
}
"""
_FOCUS_COMPARE = """
() => window.__focusProbes.map((p) => {
  if (p.el === document.activeElement) p.el.blur();
  const s = getComputedStyle(p.el);
  const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | ');
  return {what: p.what, focused: p.focused, unfocused: now};
})
"""


def accessibility_problems(page: Page) -> list[str]:
    """What the smoke check finds wrong with the page shown: labels, one h1, visible focus."""
    problems = []
    found = page.evaluate(_A11Y_SCRIPT)
    if found["h1"] != 1:
        problems.append(f"{found['h1']} <h1> elements instead of exactly one")
    problems += [f"no label for {html}" for html in found["unlabelled"]]
    problems += _focus_problems(page)
    return problems


def _focus_problems(page: Page) -> list[str]:
    """Tab through the page; a focused link or button must look different from an unfocused one.

    The unfocused look is read after Tab has moved on, as a person would see it.
    """
    main_has_controls = page.evaluate(_FOCUS_START)
    for _ in range(60):
        page.keyboard.press("Tab")
        seen = page.evaluate(_FOCUS_STEP)
        if seen["probes"] and (seen["main"] or not main_has_controls):
            break
    else:
        if not seen["probes"]:
            return ["no link or button can be reached with the Tab key"]
        return ["no link or button inside <main> can be reached with the Tab key"]
    page.keyboard.press("Tab")  # move on, so the probed elements show their unfocused look
    return [
        f"keyboard focus is invisible on {p['what']}: outline and shadow stay {p['focused']!r}"
        for p in page.evaluate(_FOCUS_COMPARE)
        if p["focused"] == p["unfocused"]
    ]


@dataclass
class Site:
    """A browser tab on the live server that checks every page it lands on."""

    page: Page
    base_url: str
    visited: list[str] = field(default_factory=list)

    def goto(self, path: str) -> Response:
        """Open a page by its path, as typing the address would."""
        response = self.page.goto(path)
        assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
        self.check()
        return response

    def submit(self, control: Locator) -> None:
        """Press a form's button and wait for the page it leads to."""
        with self.page.expect_navigation() as navigation:
            control.click()
        response = navigation.value
        assert response is None or response.status < 500, (
            f"{self.page.url}: HTTP {response.status}: {self.page.locator('main').inner_text()}"
        )
        self.check()

    def follow(self, link: Locator) -> None:
        """Follow a link and wait for the page it leads to."""
        self.submit(link)

    def check(self) -> None:
        """The accessibility smoke check of the page now shown; fails the test on a problem."""
        self.page.wait_for_load_state("load")
        problems = accessibility_problems(self.page)
        assert not problems, f"accessibility of {self.page.url}:\n  " + "\n  ".join(problems)
        self.visited.append(self.page.url.removeprefix(self.base_url))


def enroll_two_factor(user) -> str | None:
    """Give a user who must use two-factor sign-in a confirmed TOTP secret; returns it.

    Enrolling through the QR-code page is the two-factor tests' business; the journeys start
    from an account that has already been set up, as every working day does.
    """
    import pyotp

    from vetting.extensions import db
    from vetting.models.base import utcnow
    from vetting.services import two_factor

    if not two_factor.required_for(user):
        return None
    if not user.two_factor_enrolled:
        user.totp_secret, user.totp_enrolled_at = pyotp.random_base32(), utcnow()
        db.session.commit()
    return user.totp_secret


_last_code: dict[str, str] = {}


def _fresh_code(username: str, secret: str) -> str:
    """A current code never used before: signing in twice within 30 s takes the next one."""
    import time

    import pyotp

    totp = pyotp.TOTP(secret)
    code = totp.now()
    if _last_code.get(username) == code:
        code = totp.at(time.time() + 30)  # accepted, as the server allows 30 s either side
    _last_code[username] = code
    return code


def sign_in(site: Site, user, password: str) -> None:
    """Sign in through the forms: username and password, then the authenticator code."""

    secret = enroll_two_factor(user)
    page = site.page
    site.goto("/login")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(password)
    site.submit(page.get_by_role("button", name="Sign in"))
    if secret is not None:
        assert page.url.endswith("/login/code"), f"no code step for {user.username}: {page.url}"
        page.get_by_label("Code").fill(_fresh_code(user.username, secret))
        site.submit(page.get_by_role("button", name="Continue"))
    signed_in = page.locator("header form.signout")
    assert signed_in.count() == 1, f"{user.username} is not signed in at {page.url}"
    assert user.username in signed_in.inner_text()
