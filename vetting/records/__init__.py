"""The administrator's records pages: retention schedule, legal holds, records exports."""
