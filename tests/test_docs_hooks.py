"""The hook reference page documents every hook, and only hooks that exist."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from newsfacts import hookspecs

HOOKS_PAGE = Path(__file__).resolve().parents[1] / "docs" / "reference" / "hooks.md"
DOCUMENTED_HOOK = re.compile(r"^\.\. autofunction:: newsfacts\.hookspecs\.(\w+)\s*$", re.MULTILINE)


def hook_names() -> set[str]:
    return {
        name
        for name, value in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("newsfacts_")
    }


def documented_hooks() -> set[str]:
    return set(DOCUMENTED_HOOK.findall(HOOKS_PAGE.read_text(encoding="utf-8")))


def test_hookspecs_module_defines_hooks() -> None:
    # Guards the test below against passing vacuously if hooks moved elsewhere.
    assert "newsfacts_extractors" in hook_names()


def test_every_hook_is_documented() -> None:
    missing = hook_names() - documented_hooks()
    assert not missing, (
        f"add `.. autofunction:: newsfacts.hookspecs.NAME` to {HOOKS_PAGE}: {sorted(missing)}"
    )


def test_no_documented_hook_is_stale() -> None:
    stale = documented_hooks() - hook_names()
    assert not stale, f"{HOOKS_PAGE} documents hooks newsfacts.hookspecs lacks: {sorted(stale)}"
