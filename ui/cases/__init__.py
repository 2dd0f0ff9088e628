"""The Verification cases area, the start page and the reports page."""
