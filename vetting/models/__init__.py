"""The data model, one module per area of the policy."""
from vetting.models import releases, retention  # noqa: F401 - register their tables
from vetting.models.audit import AuditEvent
from vetting.models.cycles import (
    Assignment,
    Candidate,
    ChecklistItem,
    ChecklistTemplate,
    ChecklistVersion,
    Cycle,
    ItemOutcome,
    Vetting,
    VettingReturn,
)
from vetting.models.findings import Evidence, Finding, Validation
from vetting.models.people import ApiToken, Designation, RecoveryCode, User, UserRole

__all__ = [
    "ApiToken",
    "Assignment",
    "AuditEvent",
    "Candidate",
    "ChecklistItem",
    "ChecklistTemplate",
    "ChecklistVersion",
    "Cycle",
    "Designation",
    "Evidence",
    "Finding",
    "ItemOutcome",
    "RecoveryCode",
    "User",
    "UserRole",
    "Validation",
    "Vetting",
    "VettingReturn",
]
