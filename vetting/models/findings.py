"""What a searcher found, its evidence, and the reviewer's validation (IV.B.8, IV.B.10)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vetting.extensions import db
from vetting.models.base import UTCDateTime, utcnow

ALLOWED_METHODS = (
    "search_engine", "public_profile", "public_records", "news_archive", "candidate_provided",
)
PROHIBITED_METHODS = (
    "credential_request", "friend_request", "pretext_account", "third_party_login",
)
# The must-survive labels of the protected-class taxonomy: what a board may weigh.
RELEVANCE_LABELS = (
    "violence_threat", "illegal_drugs", "criminal_activity", "harassment",
    "discriminatory_speech", "confidential_disclosure", "dishonesty", "weapons",
    "gang_activity", "alcohol_misconduct", "other_misconduct",
)
VALIDATION_OUTCOMES = ("validated", "unverifiable", "rejected")
# Where a finding was, as the board may know it: a kind, never the site or the account.
OTHER_WEBSITE = "other website"
PLATFORM_KINDS = (
    "social media", "video", "news", "court or public record", "forum", OTHER_WEBSITE,
)
CAPTURE_STATES = ("queued", "running", "done", "failed")


class Finding(db.Model):
    """One piece of internet content tied to a checklist item of a vetting."""

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    vetting_id: Mapped[int] = mapped_column(ForeignKey("vettings.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_items.id"))
    url: Mapped[str] = mapped_column(Text)
    platform: Mapped[str] = mapped_column(String(100))
    platform_kind: Mapped[str] = mapped_column(String(30), default=OTHER_WEBSITE)
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime)
    method: Mapped[str] = mapped_column(String(40))
    excerpt: Mapped[str] = mapped_column(Text)
    relevance: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    attested_lawful: Mapped[bool] = mapped_column(default=False)
    logged_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    vetting: Mapped[Vetting] = relationship(back_populates="findings")  # noqa: F821
    item: Mapped[ChecklistItem | None] = relationship()  # noqa: F821
    logged_by: Mapped[User] = relationship()  # noqa: F821
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="finding", order_by="Evidence.id", cascade="all, delete-orphan"
    )
    captures: Mapped[list[Capture]] = relationship(
        back_populates="finding", order_by="Capture.id", cascade="all, delete-orphan"
    )
    # Loaded with the findings in one query: every page that lists findings shows or counts
    # their validation (review, draft, release), which would otherwise cost a query each.
    validation: Mapped[Validation | None] = relationship(
        back_populates="finding", uselist=False, cascade="all, delete-orphan", lazy="selectin"
    )


class Evidence(db.Model):
    """A file captured for a finding, stored under the instance folder with a random name."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"))
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(80), unique=True)
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the server captured the file from a web page rather than the searcher uploading it.
    capture_id: Mapped[int | None] = mapped_column(
        ForeignKey("captures.id", ondelete="CASCADE"), index=True)
    finding: Mapped[Finding] = relationship(back_populates="evidence")
    capture: Mapped[Capture | None] = relationship(back_populates="evidence")


class Capture(db.Model):
    """A public web page the server opened and saved as evidence: PDF, screenshot and WARC."""

    __tablename__ = "captures"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default="queued")
    error: Mapped[str] = mapped_column(Text, default="")
    final_url: Mapped[str] = mapped_column(Text, default="")
    http_status: Mapped[int | None] = mapped_column()
    title: Mapped[str] = mapped_column(Text, default="")
    # The page asked for a sign-in: the files show what a visitor without an account sees.
    login_wall: Mapped[bool] = mapped_column(default=False)
    # What the page loaded but the capture refused (non-public addresses, downloads).
    refused: Mapped[list] = mapped_column(JSON, default=list)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_from: Mapped[str] = mapped_column(String(64), default="")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finding: Mapped[Finding] = relationship(back_populates="captures")
    requested_by: Mapped[User] = relationship()  # noqa: F821
    evidence: Mapped[list[Evidence]] = relationship(back_populates="capture",
                                                    order_by="Evidence.id")


class Validation(db.Model):
    """A reviewer's judgement that a finding is (or is not) about the candidate and genuine."""

    __tablename__ = "validations"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), unique=True
    )
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    identifiers: Mapped[list] = mapped_column(JSON, default=list)
    candidate_response: Mapped[str] = mapped_column(Text, default="")
    evidence_verified: Mapped[bool] = mapped_column(default=False)
    validated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    validated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    finding: Mapped[Finding] = relationship(back_populates="validation")
    validated_by: Mapped[User] = relationship()  # noqa: F821
