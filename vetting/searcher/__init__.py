"""searcher blueprint."""
