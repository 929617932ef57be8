"""evidence blueprint."""
