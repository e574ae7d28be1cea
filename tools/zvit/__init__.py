"""zvit: quarterly Anti-Corruption Programme reports as plain text in git."""

__version__ = "0.1.0"
