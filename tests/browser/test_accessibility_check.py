"""The accessibility smoke check every journey runs on each page really finds problems."""

import pytest

from tests.browser.support import accessibility_problems

pytestmark = pytest.mark.browser

GOOD = """<!doctype html><html lang="en"><head><style>:focus-visible{outline:3px solid #f0b400}
</style></head><body><h1>Title</h1><form><label for="q">Query</label><input id="q" name="q">
<label>Note <textarea name="n"></textarea></label><select aria-label="Pick"><option>a</option>
</select><button type="submit">Go</button></form></body></html>"""


def test_a_well_made_page_passes(page):
    page.set_content(GOOD)
    assert accessibility_problems(page) == []


def test_an_unlabelled_field_is_reported(page):
    page.set_content(GOOD.replace('<label for="q">Query</label>', ""))
    assert any("no label" in p and 'name="q"' in p for p in accessibility_problems(page))


@pytest.mark.parametrize("h1s", ["", "<h1>Title</h1><h1>Another</h1>"])
def test_a_page_needs_exactly_one_h1(page, h1s):
    page.set_content(GOOD.replace("<h1>Title</h1>", h1s))
    assert any("<h1>" in p for p in accessibility_problems(page))


def test_invisible_keyboard_focus_is_reported(page):
    page.set_content(
        GOOD.replace(":focus-visible{outline:3px solid #f0b400}", "*:focus{outline:none}")
    )
    assert any("focus is invisible" in p for p in accessibility_problems(page))


def test_the_sign_in_page_passes(site):
    site.goto("/login")
    assert site.visited == ["/login"]


def test_invisible_focus_inside_main_is_reported_even_with_a_visible_skip_link(page):
    page.set_content("""<!doctype html><html lang="en"><head><style>
      :focus-visible{outline:3px solid #f0b400} main button:focus{outline:none}</style></head>
      <body><a href="#main">Skip to content</a><main id="main"><h1>Title</h1>
      <button type="button">Go</button></main></body></html>""")
    problems = accessibility_problems(page)
    assert len(problems) == 1 and "focus is invisible on <button" in problems[0]
