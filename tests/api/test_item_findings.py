"""An item's outcome is *finding* exactly while a finding is logged under it (IV.B.9)."""

from tests.api.conftest import actions, finding_body
from vetting.extensions import db
from vetting.models import Vetting


def url(vetting, rest=""):
    return f"/api/v1/vettings/{vetting.id}{rest}"


def outcome_of(searcher, vetting, key):
    return {i["key"]: i["outcome"] for i in searcher.get(url(vetting)).json["items"]}[key]


def test_an_item_cannot_be_marked_finding_with_no_finding_logged(searcher, vetting):
    response = searcher.put(url(vetting, "/items/news"), json={"outcome": "finding"})
    assert response.status_code == 409
    assert "log the finding first" in response.json["error"]
    assert outcome_of(searcher, vetting, "news") is None


def test_logging_a_finding_marks_its_item_finding(searcher, vetting):
    searcher.put(url(vetting, "/items/social-media"), json={"outcome": "nothing_found"})
    searcher.post(url(vetting, "/findings"), json=finding_body())
    assert outcome_of(searcher, vetting, "social-media") == "finding"


def test_an_item_with_a_finding_cannot_be_marked_nothing_found(searcher, vetting, finding):
    response = searcher.put(url(vetting, "/items/social-media"), json={"outcome": "nothing_found"})
    assert response.status_code == 409
    assert outcome_of(searcher, vetting, "social-media") == "finding"


def test_submission_refuses_an_item_marked_finding_without_one(searcher, vetting, finding):
    for key in ("news", "public-records"):
        searcher.put(url(vetting, f"/items/{key}"), json={"outcome": "nothing_found"})
    # The finding is withdrawn behind the item's back (as an older record could be).
    from vetting.models import Finding

    db.session.delete(db.session.get(Finding, finding))
    db.session.commit()
    response = searcher.post(url(vetting, "/submit"))
    assert response.status_code == 409
    assert response.json["without_findings"] == ["social-media"]
    assert db.session.get(Vetting, vetting.id).state == "in_progress"
    assert not actions("vetting.submit")
