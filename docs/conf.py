"""Sphinx configuration for the newsfacts documentation.

Built offline: CI has no internet, so intersphinx reads small local inventories of Python,
attrs and pluggy (``docs/_inventories``, written by ``make_inventories.py`` there) instead of
fetching them; the links still go to the online documentation. ``sphinx-build -n -W`` thus
catches every broken reference, to newsfacts' own objects as to the other projects'.
"""

from __future__ import annotations

import contextlib
import io
import os
import shlex
import subprocess
import sys
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import newsfacts

project = "newsfacts"
author = "The newsfacts developers"
copyright = "the newsfacts developers"
release = newsfacts.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build"]

# -- MyST -------------------------------------------------------------------------------------
# colon_fence: ``:::{note}`` blocks; heading anchors let pages link to ``page.md#a-heading``.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc ----------------------------------------------------------------------------------
# Types go in the parameter descriptions, where long unions stay readable.
autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": True}

# -- doctest ----------------------------------------------------------------------------------
# The ``>>>`` examples inside docstrings already run under ``pytest --doctest-modules``; the
# doctest builder runs only the explicit ``{doctest}`` / ``{testcode}`` blocks of these pages.
doctest_test_doctest_blocks = ""

# Parts of the parser that are still being written. A page example that needs one carries
# ``:skipif: pending("dateline")`` and runs as soon as its name is removed from this set.
PENDING: set[str] = {"sources"}

# The repository root: examples such as ``examples/wire-story.txt`` are read from there, in
# page examples (as ``EXAMPLES``) and by the ``{command-output}`` directive.
REPOSITORY = Path(__file__).resolve().parent.parent

doctest_global_setup = f"""
import datetime
import pathlib
import newsfacts
EXAMPLES = pathlib.Path({str(REPOSITORY / "examples")!r})
def pending(part):
    return part in {sorted(PENDING)!r}
"""

# -- intersphinx ------------------------------------------------------------------------------
# Each project's links go to its online documentation, but the inventory is read from the local
# file beside it, never fetched: the build must work without network. A reference to an object
# these files lack fails the -n build; add the object to docs/_inventories/make_inventories.py.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_inventories/python.inv"),
    "attrs": ("https://www.attrs.org/en/stable", "_inventories/attrs.inv"),
    "pluggy": ("https://pluggy.readthedocs.io/en/stable", "_inventories/pluggy.inv"),
}

# -- HTML -------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"newsfacts {release}"

# -- Our own names that no inventory can resolve ----------------------------------------------
nitpicky = True
nitpick_ignore = [
    # register_record's TypeVar (a class in, the same class out) has no page of its own.
    ("py:class", "newsfacts.serialize.T"),
    # Article.resolve_value is annotated with DateValue, imported only under TYPE_CHECKING in
    # newsfacts/article.py (dates is loaded lazily, off the parse path). autodoc then cannot
    # evaluate that signature and falls back to the bare names "DateValue" and "Tense".
    ("py:class", "DateValue"),
    ("py:class", "Tense"),
    # Article.entity_index is annotated with EntityIndex, imported only under TYPE_CHECKING
    # (newsfacts.entities loads on first use); it is documented as
    # newsfacts.entities.EntityIndex.
    ("py:class", "EntityIndex"),
    # Article.quotations returns newsfacts.quotemarks.Quotation records, an internal module
    # imported only under TYPE_CHECKING; it has no reference page of its own.
    ("py:class", "Quotation"),
    # newsfacts.batch's docstrings name extract_many bare (it is documented as
    # newsfacts.extract_many) and the private reading module's types.
    ("py:func", "extract_many"),
    ("py:class", "newsfacts.reading.Story"),
    ("py:class", "newsfacts.reading.Failure"),
    ("py:func", "newsfacts.reading.iter_stories"),
    # newsfacts.dates points at its private rules module, which has no page.
    ("py:mod", "newsfacts._relative_dates"),
]


# -- The CLI reference shows each command's --help, taken from the program at build time -------
# so the page can never drift from the options argparse really accepts.
def _command_help(arguments: list[str]) -> str:
    from newsfacts import cli

    previous_columns = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "96"  # argparse wraps to the terminal width; fix it for the page
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output):
            cli.main([*arguments, "--help"])
    finally:
        if previous_columns is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous_columns
    return output.getvalue().rstrip()


class CommandHelp(SphinxDirective):
    """``{command-help} parse``: a literal block with ``newsfacts parse --help``."""

    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        arguments = self.arguments[0].split() if self.arguments else []
        text = _command_help(arguments)
        if not text:
            raise self.error(f"`newsfacts {' '.join(arguments)} --help` printed nothing")
        command = " ".join(["newsfacts", *arguments, "--help"])
        block = nodes.literal_block("", f"$ {command}\n{text}")
        block["language"] = "text"
        return [block]


class CommandOutput(SphinxDirective):
    """``{command-output} parse examples/wire-story.txt``: the command and what it prints.

    The command runs as ``python -m newsfacts`` in a fresh process, from the repository root,
    each time the documentation is built, so the page shows what the program prints today.
    Leading ``NAME=value`` words set environment variables, as in a shell. Standard error
    follows standard output, as on a terminal. A command that exits with an unexpected status
    (``:status:``, default 0), or prints nothing, fails the build.
    """

    required_arguments = 1
    final_argument_whitespace = True
    option_spec = {"status": int}

    def run(self) -> list[nodes.Node]:
        words = shlex.split(self.arguments[0])
        environment = {**os.environ, "COLUMNS": "96"}
        for key in ("NEWSFACTS_LOAD_PLUGINS", "NEWSFACTS_DISABLE_PLUGINS"):
            environment.pop(key, None)  # the page shows a default installation
        assignments = []
        while words and "=" in words[0] and not words[0].startswith("-"):
            assignments.append(words.pop(0))
            name, value = assignments[-1].split("=", 1)
            environment[name] = value
        shown = shlex.join([*assignments, "newsfacts", *words])
        done = subprocess.run(
            [sys.executable, "-m", "newsfacts", *words],
            capture_output=True,
            text=True,
            cwd=REPOSITORY,
            env=environment,
            check=False,
        )
        text = (done.stdout + done.stderr).rstrip()
        expected = self.options.get("status", 0)
        if done.returncode != expected or not text:
            raise self.error(
                f"`newsfacts {self.arguments[0]}` exited {done.returncode} (expected {expected})"
                f" and printed {text!r}"
            )
        block = nodes.literal_block("", f"$ {shown}\n{text}")
        block["language"] = "console"
        return [block]


def setup(app: Sphinx) -> None:
    app.add_directive("command-help", CommandHelp)
    app.add_directive("command-output", CommandOutput)
