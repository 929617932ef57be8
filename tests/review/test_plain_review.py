"""The redaction review in plain words: reasons, undone redactions to redo, every version."""

import pytest

from tests.review import scenario as sc
from vetting.review.reasons import plain_reason


@pytest.mark.parametrize(
    "reason, plain",
    [
        ("lexicon:religion:adherent:muslim", "religion word"),
        ("rule:race_color:skin_tone", "race or colour pattern"),
        ("parse:sex:noun:woman", "sex said of a person"),
        ("hashtag:political_affiliation:maga", "political affiliation hashtag"),
        ("model:NORP:Catholic", "nationality, religious or political group (language model)"),
        ("suspect:age:number", "looks like age: check whether it is about a person"),
        ("added by a reviewer: choir", "added by a reviewer: choir"),
    ],
)
def test_why_a_redaction_fired_is_said_in_plain_words(app, reason, plain):
    assert plain_reason(reason) == plain


def test_the_draft_shows_no_internal_ids_nor_offsets(app, make_user, fast_redactor):
    s = sc.build(app, make_user, excerpts=(sc.WITH_RELIGION,))
    sc.validate_all(s)
    html = (
        sc.page_client(app, s.reviewer)
        .get(f"/review/vettings/{s.vid}/draft")
        .get_data(as_text=True)
    )
    assert "Or start offset" not in html and "End offset" not in html
    assert 'type="hidden"' in html.split('class="add-redaction"', 2)[2].split("</form>")[0]


def test_an_undone_redaction_stays_listed_with_a_redo(app, make_user, fast_redactor):
    s = sc.build(app, make_user, excerpts=(sc.WITH_RELIGION,))
    sc.validate_all(s)
    finding = s.findings[0]
    start = sc.WITH_RELIGION.index("Catholic")
    client = sc.page_client(app, s.reviewer)
    page = f"/review/vettings/{s.vid}/draft"
    token = sc.token_of(client.get(page).get_data(as_text=True))
    client.post(
        f"/review/findings/{finding.id}/redactions/undo",
        data={"csrf_token": token, "start": start, "end": start + 8, "reason": "Not about him."},
    )
    html = client.get(page).get_data(as_text=True)
    undone = html.split("Undone redactions of finding", 1)[1].split("</table>", 1)[0]
    assert "Catholic" in undone and "Not about him." in undone and ">Redo<" in undone
    redo = client.post(
        f"/review/findings/{finding.id}/redactions",
        data={
            f"f{finding.id}-csrf_token": token,
            f"f{finding.id}-start": start,
            f"f{finding.id}-end": start + 8,
            f"f{finding.id}-occurrences": "first",
            f"f{finding.id}-category": "religion",
            f"f{finding.id}-reason": "Redone.",
        },
    )
    assert redo.status_code == 302
    assert "Undone redactions of finding" not in client.get(page).get_data(as_text=True)


def test_the_reviewer_opens_every_released_version(app, make_user, fast_redactor):
    s = sc.build(app, make_user, excerpts=(sc.CLEAN,))
    sc.validate_all(s)
    sc.ApiClient(app, s.reviewer).post(f"/api/v1/vettings/{s.vid}/release", json={})
    client = sc.page_client(app, s.reviewer)
    listing = client.get(f"/review/vettings/{s.vid}").get_data(as_text=True)
    assert f"/review/vettings/{s.vid}/releases/1" in listing
    version = client.get(f"/review/vettings/{s.vid}/releases/1").get_data(as_text=True)
    assert "Released version 1" in version and "Copper Bar" in version
