"""Evidence files: typed by their content, never their name; hashed (IV.B.10); size-limited."""

import hashlib
import io
import os
import struct
import zlib

import pytest

from tests.api.conftest import actions, count
from vetting.extensions import db
from vetting.models import Evidence


def png() -> bytes:
    """A real 1x1 PNG."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 20 + b"evil.exe"


def upload(client, finding, content, name="capture.png"):
    return client.post(
        f"/api/v1/findings/{finding}/evidence",
        data={"file": (io.BytesIO(content), name)},
        content_type="multipart/form-data",
    )


def stored_files(app):
    folder = app.config["EVIDENCE_DIR"]
    return [n for n in os.listdir(folder) if not n.startswith(".")] if os.path.isdir(folder) else []


def test_searcher_attaches_evidence_and_gets_its_sha256(searcher, finding):
    content = png()
    response = upload(searcher, finding, content)
    assert response.status_code == 201
    assert response.json["sha256"] == hashlib.sha256(content).hexdigest()
    assert response.json["media_type"] == "image/png"
    assert response.json["size"] == len(content)


def test_the_file_is_stored_under_a_random_name_with_its_content(app, searcher, finding):
    upload(searcher, finding, png(), name="../../etc/passwd.png")
    [name] = stored_files(app)
    assert "passwd" not in name and name.endswith(".png")
    with open(os.path.join(app.config["EVIDENCE_DIR"], name), "rb") as fh:
        assert fh.read() == png()


def test_a_png_named_txt_is_stored_as_a_png(searcher, finding):
    response = upload(searcher, finding, png(), name="notes.txt")
    assert response.status_code == 201
    assert response.json["media_type"] == "image/png"
    assert response.json["original_name"] == "notes.txt"


@pytest.mark.parametrize(
    "content, media_type",
    [
        (PDF, "application/pdf"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + b"\x00" * 64, "image/jpeg"),
        ("Captured text of the post: café\n".encode(), "text/plain"),
    ],
)
def test_pdf_jpeg_and_text_are_accepted(searcher, finding, content, media_type):
    response = upload(searcher, finding, content, name="evidence.bin")
    assert response.status_code == 201 and response.json["media_type"] == media_type


@pytest.mark.parametrize("content", [EXE, ZIP, b"\x00\x01\x02binary\x00junk"])
def test_a_program_or_archive_named_png_is_refused(app, searcher, finding, content):
    response = upload(searcher, finding, content, name="screenshot.png")
    assert response.status_code == 422
    assert "PNG" in response.json["error"]
    assert count(Evidence) == 0 and stored_files(app) == []


def test_an_empty_file_is_refused(searcher, finding):
    assert upload(searcher, finding, b"").status_code == 422
    assert count(Evidence) == 0


def test_a_file_over_the_evidence_limit_is_413(app, searcher, finding):
    app.config["MAX_EVIDENCE_BYTES"] = 1024
    response = upload(searcher, finding, b"a" * 2048, name="long.txt")
    assert response.status_code == 413
    assert count(Evidence) == 0 and stored_files(app) == []


def test_a_request_over_the_request_limit_is_413_json(app, searcher, finding):
    app.config["MAX_CONTENT_LENGTH"] = 4096
    response = upload(searcher, finding, b"a" * 8192, name="long.txt")
    assert response.status_code == 413 and response.is_json
    assert count(Evidence) == 0


def test_a_request_without_a_file_is_422(searcher, finding):
    response = searcher.post(
        f"/api/v1/findings/{finding}/evidence",
        data={"other": "x"},
        content_type="multipart/form-data",
    )
    assert response.status_code == 422 and "file" in response.json["error"]


def test_a_json_body_instead_of_a_file_is_422(searcher, finding):
    response = searcher.post(f"/api/v1/findings/{finding}/evidence", json={"file": "x"})
    assert response.status_code == 422


def test_an_upload_is_audited_with_its_hash(searcher, finding):
    content = png()
    upload(searcher, finding, content)
    [event] = actions("evidence.upload")
    assert event.details["sha256"] == hashlib.sha256(content).hexdigest()
    assert event.details["finding_id"] == finding


def test_the_finding_lists_its_evidence(searcher, finding):
    uploaded = upload(searcher, finding, png(), name="capture.png").json
    [listed] = searcher.get(f"/api/v1/findings/{finding}").json["evidence"]
    assert listed["id"] == uploaded["id"] and listed["sha256"] == uploaded["sha256"]
    assert (listed["media_type"], listed["size"], listed["original_name"]) == (
        "image/png",
        len(png()),
        "capture.png",
    )


def test_a_reviewer_cannot_upload_evidence(reviewer, finding):
    assert upload(reviewer, finding, png()).status_code == 403
    assert count(Evidence) == 0


def test_a_searcher_of_another_cycle_cannot_upload(api, assign, other_cycle, finding):
    outsider = assign(api("otto", "searcher"), other_cycle, "searcher")
    assert upload(outsider, finding, png()).status_code == 403
    assert count(Evidence) == 0


def test_evidence_for_an_unknown_finding_is_404(searcher):
    assert upload(searcher, 999, png()).status_code == 404


def test_no_evidence_is_added_after_submission(searcher, vetting, finding):
    for key in ("news", "public-records"):
        searcher.put(
            f"/api/v1/vettings/{vetting.id}/items/{key}", json={"outcome": "nothing_found"}
        )
    assert searcher.post(f"/api/v1/vettings/{vetting.id}/submit").status_code == 200
    assert upload(searcher, finding, png()).status_code == 409
    db.session.expire_all()
    assert count(Evidence) == 0


def test_a_stored_evidence_file_and_its_folder_are_private_to_the_service(app, searcher, finding):
    assert upload(searcher, finding, png()).status_code == 201
    folder = app.config["EVIDENCE_DIR"]
    (name,) = stored_files(app)
    assert os.stat(folder).st_mode & 0o777 == 0o700
    assert os.stat(os.path.join(folder, name)).st_mode & 0o777 == 0o600


def test_a_refused_upload_leaves_no_temporary_file(app, searcher, finding):
    assert upload(searcher, finding, EXE).status_code == 422
    assert os.listdir(app.config["EVIDENCE_DIR"]) == []
