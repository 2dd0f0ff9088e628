"""Repositories: the SQL of each aggregate in one module."""
