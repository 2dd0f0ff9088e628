"""Verification casework: checklist templates as data, and the case lifecycle."""
