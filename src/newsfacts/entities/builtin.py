"""The built-in recognizer, offered through the same hook a plugin would use."""

from __future__ import annotations

from newsfacts.entities.mentions import RuleRecognizer
from newsfacts.hookspecs import hookimpl

__all__ = ["newsfacts_recognizer"]


@hookimpl(trylast=True)
def newsfacts_recognizer() -> RuleRecognizer:
    """The rule-based recognizer: the fallback every other recognizer plugin overrides."""
    return RuleRecognizer()
