"""Helpers for plugin authors' tests (placeholder, being written)."""
