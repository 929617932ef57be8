"""Steps the board tests share: a released vetting and ways of reading it."""

import io

from pypdf import PdfReader

from tests.review import scenario as sc


def released(s, body=None):
    """Validate every finding and release the summary."""
    sc.validate_all(s)
    response = sc.ApiClient(s.app, s.reviewer).post(
        f"/api/v1/vettings/{s.vid}/release", json=body or {}
    )
    assert response.status_code in (200, 201), response.get_json()
    return response.get_json()["version"]


def pdf_text(data: bytes) -> str:
    """The text a reader of the PDF sees."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
