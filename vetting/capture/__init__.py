"""Capturing a public web page as evidence: addresses that may be reached, and the browser."""
