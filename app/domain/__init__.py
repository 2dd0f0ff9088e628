"""Domain values: dataclasses and enums shared by services and the UI."""
