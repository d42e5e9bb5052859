"""Each test that asks for ``host`` gets a plugin host of its own: the built-in extractors and
this plugin, and nothing else that happens to be installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from newsfacts.plugins import PluginHost
from newsfacts.testing import isolated_host

from newsfacts_money import plugin


@pytest.fixture
def host() -> Iterator[PluginHost]:
    with isolated_host(plugin) as host:
        yield host
