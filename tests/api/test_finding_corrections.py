"""A searcher corrects or withdraws a finding or an evidence file before submission."""

import io
import os

from tests.api.conftest import actions, count, finding_body
from vetting.extensions import db
from vetting.models import Evidence, Finding

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def upload(searcher, finding, content=b"a plain text capture", name="capture.txt"):
    response = searcher.post(
        f"/api/v1/findings/{finding}/evidence",
        data={"file": (io.BytesIO(content), name)},
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.json
    return response.json


def submit_all(searcher, vetting):
    for key in ("news", "public-records"):
        searcher.put(
            f"/api/v1/vettings/{vetting.id}/items/{key}", json={"outcome": "nothing_found"}
        )
    assert searcher.post(f"/api/v1/vettings/{vetting.id}/submit").status_code == 200


def test_a_finding_is_corrected_and_the_trail_keeps_what_changed(searcher, finding):
    response = searcher.patch(
        f"/api/v1/findings/{finding}",
        json={"url": "https://social.example/posts/124", "relevance": "harassment"},
    )
    assert response.status_code == 200
    assert (response.json["url"], response.json["relevance"]) == (
        "https://social.example/posts/124",
        "harassment",
    )
    event = actions("finding.edit")[-1]
    assert event.details["fields"] == ["relevance", "url"]
    assert event.details["changes"]["url"] == {
        "from": "https://social.example/posts/123",
        "to": "https://social.example/posts/124",
    }


def test_a_correction_keeps_the_rules_of_a_new_finding(searcher, finding):
    assert (
        searcher.patch(
            f"/api/v1/findings/{finding}", json={"method": "pretext_account"}
        ).status_code
        == 422
    )
    assert searcher.patch(f"/api/v1/findings/{finding}", json={"item": "news"}).status_code == 422
    assert db.session.get(Finding, finding).method == "public_profile"


def test_nothing_changes_after_submission(searcher, vetting, finding):
    evidence = upload(searcher, finding)
    submit_all(searcher, vetting)
    assert searcher.patch(f"/api/v1/findings/{finding}", json={"platform": "X"}).status_code == 409
    assert searcher.delete(f"/api/v1/findings/{finding}").status_code == 409
    assert searcher.delete(f"/api/v1/evidence/{evidence['id']}").status_code == 409
    assert count(Finding) == 1 and count(Evidence) == 1


def test_a_withdrawn_finding_and_its_files_are_gone_but_trailed(app, searcher, vetting, finding):
    evidence = upload(searcher, finding)
    stored = db.session.get(Evidence, evidence["id"]).stored_name
    assert searcher.delete(f"/api/v1/findings/{finding}").status_code == 204
    assert count(Finding) == 0 and count(Evidence) == 0
    assert not os.path.exists(os.path.join(app.config["EVIDENCE_DIR"], stored))
    event = actions("finding.withdraw")[-1]
    assert event.details["evidence"][0]["sha256"] == evidence["sha256"]


def test_withdrawing_the_last_finding_of_an_item_clears_its_outcome(searcher, vetting, finding):
    searcher.delete(f"/api/v1/findings/{finding}")
    items = searcher.get(f"/api/v1/vettings/{vetting.id}").json["items"]
    assert {i["key"]: i["outcome"] for i in items}["social-media"] is None


def test_withdrawing_one_of_two_findings_keeps_the_item_finding(searcher, vetting, finding):
    searcher.post(f"/api/v1/vettings/{vetting.id}/findings", json=finding_body())
    searcher.delete(f"/api/v1/findings/{finding}")
    items = searcher.get(f"/api/v1/vettings/{vetting.id}").json["items"]
    assert {i["key"]: i["outcome"] for i in items}["social-media"] == "finding"


def test_an_evidence_file_uploaded_by_mistake_is_removed(app, searcher, finding):
    wrong = upload(searcher, finding, PNG, "page.png")
    kept = upload(searcher, finding)
    assert searcher.delete(f"/api/v1/evidence/{wrong['id']}").status_code == 204
    shown = searcher.get(f"/api/v1/findings/{finding}").json["evidence"]
    assert [e["id"] for e in shown] == [kept["id"]]
    assert actions("evidence.remove")[-1].details["sha256"] == wrong["sha256"]


def test_another_cycles_searcher_cannot_withdraw(api, assign, other_cycle, finding):
    outsider = assign(api("otto", "searcher"), other_cycle, "searcher")
    assert outsider.delete(f"/api/v1/findings/{finding}").status_code == 403
    assert count(Finding) == 1


def test_a_finding_behind_a_lexicon_entry_is_not_withdrawn(searcher, vetting, finding):
    from vetting.models.releases import LexiconEntry, RedactionDecision

    decision = RedactionDecision(
        vetting_id=vetting.id,
        finding_id=finding,
        action="undo",
        start=0,
        end=9,
        phrase="Threatened",
        decided_by_id=searcher.user.id,
        lexicon_review="adopted",
    )
    db.session.add(decision)
    db.session.flush()
    db.session.add(
        LexiconEntry(
            text="Threatened",
            action="keep",
            revision=1,
            source_decision_id=decision.id,
            created_by_id=searcher.user.id,
        )
    )
    db.session.commit()
    response = searcher.delete(f"/api/v1/findings/{finding}")
    assert response.status_code == 409
    assert "lexicon" in response.json["error"]
    assert count(Finding) == 1
