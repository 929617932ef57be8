"""The auditor's pages: uniformity report, audit trail, verification."""
