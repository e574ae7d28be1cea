"""Typed, immutable objects of the programme and its reports, and how they are built from loaded data."""
