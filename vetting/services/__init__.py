"""The policy's rules: each function is one workflow step, writing its audit event."""
