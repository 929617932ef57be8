"""Reviewer pages: validation, redaction review and release."""
