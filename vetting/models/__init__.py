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
from vetting.models.findings import Capture, Evidence, Finding, Validation
from vetting.models.people import (
    ApiToken,
    Designation,
    RecoveryCode,
    SignInSession,
    User,
    UserRole,
)

__all__ = [
    "ApiToken",
    "Assignment",
    "AuditEvent",
    "Capture",
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
    "SignInSession",
    "User",
    "UserRole",
    "Validation",
    "Vetting",
    "VettingReturn",
]
