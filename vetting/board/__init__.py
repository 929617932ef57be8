"""The hiring board's pages: released summaries and decisions."""
