"""Text handling for Vietnamese: folding for search, collation for sorting."""
