"""Records retention schedules and legal holds."""
