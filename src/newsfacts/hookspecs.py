"""Hook specifications: the markers plugins use, and the hooks they may implement.

A plugin is any module or object with functions marked ``@newsfacts.hookimpl`` whose names match
the hooks below. Built-in extractors are plugins of exactly this kind.

Pluggy passes only the arguments an implementation names, and an implementation argument with a
default value is never passed: declare every argument you need without a default.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from newsfacts.entities import Recognizer
    from newsfacts.extractor import Extractor

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec"]

#: The pluggy project name, and the entry point group plugins register under.
PROJECT_NAME = "newsfacts"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def newsfacts_extractors() -> Iterable[Extractor]:
    """Return the extractors this plugin provides.

    Each extractor satisfies :class:`newsfacts.Extractor`: a unique ``name``, the names of
    extractors it ``requires``, and ``extract(article, upstream)``. Names must be unique across
    all installed plugins; a duplicate is an error naming both plugins.

    .. versionadded:: 0.1

    Example::

        @newsfacts.hookimpl
        def newsfacts_extractors():
            return [MoneyExtractor()]
    """
    raise NotImplementedError  # a specification only; pluggy never calls this body


@hookspec
def newsfacts_record_types() -> Iterable[type]:
    """Return the ``attrs`` record classes this plugin's extractors emit.

    They are registered with :func:`newsfacts.serialize.register_record` so that
    :func:`newsfacts.serialize.from_dict` can rebuild them from JSON.

    .. versionadded:: 0.1

    Example::

        @newsfacts.hookimpl
        def newsfacts_record_types():
            return [MoneyAmount]
    """
    raise NotImplementedError  # a specification only; pluggy never calls this body


@hookspec(firstresult=True)
def newsfacts_recognizer() -> Recognizer | None:
    """Return the recognizer that finds people, organisations and places in an article.

    The recognizer's ``recognize(article)`` returns :class:`~newsfacts.records.Mention`
    records (names, pronouns, descriptions); newsfacts groups them into entities and resolves
    pronouns and descriptions itself, so every extractor sees the plugin's mentions through
    ``article.entities`` without being changed. The most recently registered plugin wins
    (``firstresult``); the built-in rule-based recognizer is the fallback, and is also used when
    a plugin's recognizer raises (with a warning naming the plugin). Return ``None`` to leave
    the choice to the others.

    .. versionadded:: 0.1

    Example::

        @newsfacts.hookimpl
        def newsfacts_recognizer():
            return SpacyRecognizer("en_core_web_sm")
    """
    raise NotImplementedError  # a specification only; pluggy never calls this body
