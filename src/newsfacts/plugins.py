"""The plugin manager facade (placeholder, being written)."""

from __future__ import annotations

import pluggy

from newsfacts import hookspecs

__all__ = ["get_manager"]


def get_manager() -> pluggy.PluginManager:
    """Return the process-wide plugin manager, built on first use."""
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    return manager
