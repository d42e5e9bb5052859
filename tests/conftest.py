"""Shared fixtures: every test starts without a process-wide plugin host."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsfacts import plugins
from newsfacts.testing import isolated_host


@pytest.fixture(autouse=True)
def _fresh_plugin_host() -> Iterator[None]:
    # A test that uses the process-wide host builds its own on first use (reading the
    # environment it set with monkeypatch); whatever it registers is gone after it.
    previous = plugins.set_host(None)
    yield
    plugins.set_host(previous)


@pytest.fixture
def host() -> Iterator[plugins.PluginHost]:
    """An empty host installed as the process-wide one: no built-ins, no entry points."""
    with isolated_host(builtins=False) as fresh:
        yield fresh
