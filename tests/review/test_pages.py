"""The reviewer's pages: validation, the draft with its redactions, add, undo, release."""

import re

from sqlalchemy import select

from tests import factories
from tests.review import scenario as sc
from vetting.extensions import db
from vetting.models.releases import RedactionDecision, Release
from vetting.services import releases


def reviewer_page(s):
    return sc.page_client(s.app, s.reviewer)


def test_the_review_list_shows_the_cycles_vettings(s):
    html = reviewer_page(s).get("/review/").get_data(as_text=True)
    assert "Casey Candidate" in html and f"/review/vettings/{s.vid}" in html


def test_a_finding_is_validated_through_the_page(s):
    client = reviewer_page(s)
    fid = s.findings[0].id
    html = client.get(f"/review/findings/{fid}").get_data(as_text=True)
    assert sc.WITH_RELIGION in html and sc.URL in html and "SHA-256" in html
    response = client.post(
        f"/review/findings/{fid}",
        data={
            "csrf_token": sc.token_of(html),
            "outcome": "validated",
            "identifiers": ["name", "workplace"],
            "candidate_response": "No comment.",
        },
    )
    assert response.status_code == 302
    assert s.findings[0].validation.outcome == "validated"
    assert s.findings[0].validation.candidate_response == "No comment."


def test_a_refused_validation_keeps_what_was_typed(s):
    client = reviewer_page(s)
    fid = s.findings[0].id
    token = sc.token_of(client.get(f"/review/findings/{fid}").get_data(as_text=True))
    response = client.post(
        f"/review/findings/{fid}",
        data={
            "csrf_token": token,
            "outcome": "validated",
            "identifiers": ["name"],
            "candidate_response": "TYPED-RESPONSE",
        },
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "two independent identifiers" in html and "TYPED-RESPONSE" in html
    assert s.findings[0].validation is None


def test_the_page_refuses_validating_ones_own_finding(app, s, make_user):
    both = make_user("pat.both", "searcher", "reviewer")
    factories.AssignmentFactory(cycle=s.cycle, user=both, role="reviewer")
    own = sc.add_finding(s, sc.CLEAN, logged_by=both)
    client = sc.page_client(app, both)
    html = client.get(f"/review/findings/{own.id}").get_data(as_text=True)
    assert "another reviewer must validate it" in html
    response = client.post(
        f"/review/findings/{own.id}",
        data={
            "csrf_token": sc.token_of(html),
            "outcome": "validated",
            "identifiers": ["name", "workplace"],
        },
    )
    assert response.status_code == 403
    assert own.validation is None


def test_the_draft_page_highlights_each_redaction_with_category_and_reason(s):
    sc.validate_all(s)
    html = reviewer_page(s).get(f"/review/vettings/{s.vid}/draft").get_data(as_text=True)
    assert '<mark class="redaction" data-start="5">Catholic</mark>' in html
    assert "religion" in html and "term &#39;Catholic&#39;" in html
    rendered = re.search(r'<p class="rendered">(.*?)</p>', html, re.S).group(1)
    assert "Catholic" not in rendered and "I will beat him up" in rendered


def add_form(client, s, finding, **fields):
    html = client.get(f"/review/vettings/{s.vid}/draft").get_data(as_text=True)
    prefix = f"f{finding.id}-"
    data = {
        prefix + "csrf_token": sc.token_of(html),
        prefix + "occurrences": "all",
        prefix + "category": "religion",
    }
    data.update({prefix + k: v for k, v in fields.items()})
    return client.post(f"/review/findings/{finding.id}/redactions", data=data)


def test_a_redaction_is_added_by_phrase_through_the_page(s):
    sc.validate_all(s)
    client = reviewer_page(s)
    response = add_form(
        client,
        s,
        s.findings[1],
        phrase="stolen radios",
        category="national_origin",
        reason="agency term",
    )
    assert response.status_code == 302
    (decision,) = db.session.scalars(select(RedactionDecision)).all()
    assert (decision.action, decision.phrase, decision.category) == (
        "add",
        "stolen radios",
        "national_origin",
    )
    (drafted,) = [d for d in releases.draft(s.vetting) if d.finding.id == s.findings[1].id]
    assert "stolen radios" not in drafted.rendered


def test_first_occurrence_only_redacts_one(s):
    sc.validate_all(s)
    client = reviewer_page(s)
    add_form(client, s, s.findings[1], phrase="the", occurrences="first")
    assert len(db.session.scalars(select(RedactionDecision)).all()) == 1
    add_form(client, s, s.findings[1], phrase="the", occurrences="all")
    assert len(
        db.session.scalars(select(RedactionDecision)).all()
    ) == 1 + sc.WITH_SPOUSE.lower().count("the")


def test_a_phrase_under_three_characters_is_refused_under_the_field(s):
    sc.validate_all(s)
    response = add_form(reviewer_page(s), s, s.findings[0], phrase="a")
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert re.search(
        r'<p class="field-error" role="alert">A phrase to redact is at least 3 '
        r"characters",
        html,
    )
    assert db.session.scalar(select(RedactionDecision)) is None


def test_a_phrase_matching_more_than_twenty_places_is_refused(s):
    many = sc.add_finding(s, "Wrote the word bar. " * 21)
    sc.validate_all(s)
    response = add_form(reviewer_page(s), s, many, phrase="bar")
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert re.search(r'<p class="field-error" role="alert">That phrase occurs in 21 places', html)
    assert db.session.scalar(select(RedactionDecision)) is None


def test_a_redaction_is_added_by_offsets_through_the_page(s):
    sc.validate_all(s)
    response = add_form(reviewer_page(s), s, s.findings[0], start="0", end="4")
    assert response.status_code == 302
    (decision,) = db.session.scalars(select(RedactionDecision)).all()
    assert decision.phrase == "As a"


def test_a_bad_add_is_refused_with_the_input_kept(s):
    sc.validate_all(s)
    response = add_form(reviewer_page(s), s, s.findings[0], phrase="ZZ-NOT-THERE")
    assert response.status_code == 422
    assert "ZZ-NOT-THERE" in response.get_data(as_text=True)
    assert db.session.scalar(select(RedactionDecision)) is None


def undo(client, s, finding, start, end, reason):
    html = client.get(f"/review/vettings/{s.vid}/draft").get_data(as_text=True)
    return client.post(
        f"/review/findings/{finding.id}/redactions/undo",
        data={"csrf_token": sc.token_of(html), "start": start, "end": end, "reason": reason},
    )


def test_an_undo_without_a_reason_is_refused_and_not_recorded(s):
    sc.validate_all(s)
    response = undo(reviewer_page(s), s, s.findings[0], 5, 13, "")
    assert response.status_code == 422
    assert "reason is required" in response.get_data(as_text=True)
    assert db.session.scalar(select(RedactionDecision)) is None


def test_an_undo_with_a_reason_is_recorded_and_carried_into_the_release(s):
    sc.validate_all(s)
    client = reviewer_page(s)
    assert undo(client, s, s.findings[0], 5, 13, "The parish team's name").status_code == 302
    html = client.get(f"/review/vettings/{s.vid}/draft").get_data(as_text=True)
    response = client.post(
        f"/review/vettings/{s.vid}/release", data={"csrf_token": sc.token_of(html), "approve": "y"}
    )
    assert response.status_code == 302
    content = releases.latest_release(s.vetting).content
    assert "As a Catholic" in content["findings"][0]["text"]


def test_release_through_the_page_needs_the_approval(s):
    sc.validate_all(s)
    client = reviewer_page(s)
    token = sc.token_of(client.get(f"/review/vettings/{s.vid}/draft").get_data(as_text=True))
    refused = client.post(f"/review/vettings/{s.vid}/release", data={"csrf_token": token})
    assert refused.status_code == 422
    assert db.session.scalar(select(Release)) is None
    done = client.post(
        f"/review/vettings/{s.vid}/release", data={"csrf_token": token, "approve": "y"}
    )
    assert done.status_code == 302
    assert releases.latest_release(s.vetting).version == 1


def test_release_through_the_page_is_refused_while_findings_are_unvalidated(s):
    client = reviewer_page(s)
    html = client.get(f"/review/vettings/{s.vid}/draft").get_data(as_text=True)
    assert "have no validation outcome yet" in html
    response = client.post(
        f"/review/vettings/{s.vid}/release", data={"csrf_token": sc.token_of(html), "approve": "y"}
    )
    assert response.status_code == 409
    assert db.session.scalar(select(Release)) is None


def test_review_pages_are_closed_to_the_board_and_searchers(s):
    for user in (s.board, s.searcher):
        client = sc.page_client(s.app, user)
        for path in (
            "/review/",
            f"/review/vettings/{s.vid}",
            f"/review/vettings/{s.vid}/draft",
            f"/review/findings/{s.findings[0].id}",
        ):
            assert client.get(path).status_code == 403, (user.username, path)


def test_a_reviewer_of_another_cycle_is_refused(app, s, make_user):
    other = make_user("oscar.other", "reviewer")
    factories.AssignmentFactory(user=other, role="reviewer")
    client = sc.page_client(app, other)
    assert client.get(f"/review/vettings/{s.vid}/draft").status_code == 403
    assert client.get(f"/review/findings/{s.findings[0].id}").status_code == 403


def test_review_and_board_templates_carry_no_inline_script_or_handlers():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "templates"
    for template in [*root.glob("review/*.html"), *root.glob("board/*.html")]:
        text = template.read_text()
        for tag in re.findall(r"<script\b[^>]*>", text):
            assert "src=" in tag, template.name
        assert not re.search(r"\son[a-z]+=", text), template.name


def test_the_selection_helper_is_served_as_a_static_file(s):
    sc.validate_all(s)
    client = reviewer_page(s)
    html = client.get(f"/review/vettings/{s.vid}/draft").get_data(as_text=True)
    assert '<script src="/static/review.js" defer></script>' in html
    with client.get("/static/review.js") as script:
        assert script.status_code == 200
        assert b"addEventListener" in script.get_data()
