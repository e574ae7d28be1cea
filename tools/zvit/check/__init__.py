"""Checks and comparisons over the model: validation, diffs, history, overview, audit, import matching."""
