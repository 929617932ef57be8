"""JSON API v1, one blueprint per area, all under /api/v1."""
