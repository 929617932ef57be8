"""Released summaries, redaction decisions and board decisions."""
