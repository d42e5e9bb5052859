"""One exception hierarchy for the whole library, rooted in :class:`NewsfactsError`."""

from __future__ import annotations

__all__ = [
    "DuplicateExtractorError",
    "InputError",
    "NewsfactsError",
    "PluginError",
    "SerializationError",
]


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose."""


class InputError(NewsfactsError, ValueError):
    """The input cannot be read as a news story (binary data, bad encoding, too large)."""


class SerializationError(NewsfactsError, ValueError):
    """A dict or JSON document does not describe a known newsfacts record."""


class PluginError(NewsfactsError):
    """A plugin failed to load or to run (raised only in strict mode)."""


class DuplicateExtractorError(PluginError):
    """Two plugins provide an extractor with the same name."""
