"""newsfacts: the facts of a news story from its plain text.

>>> import newsfacts
>>> article = newsfacts.parse("WASHINGTON (AP) — The talks resumed on Monday.")
>>> article.dateline.place, article.agencies
('WASHINGTON', ('AP',))
"""

from typing import TYPE_CHECKING, Any

from newsfacts._version import __version__
from newsfacts.article import Article, parse
from newsfacts.errors import (
    DuplicateExtractorError,
    InputError,
    NewsfactsError,
    PluginError,
    SerializationError,
)
from newsfacts.extraction import extract
from newsfacts.extractor import Extractor
from newsfacts.hookspecs import hookimpl
from newsfacts.plugins import PluginWarning, plugin_info
from newsfacts.records import (
    Author,
    Byline,
    Credit,
    Dateline,
    Fact,
    Headline,
    Paragraph,
    Sentence,
    SourceTag,
    Span,
)
from newsfacts.serialize import from_dict, from_json, register_record, to_dict, to_json

__all__ = [
    "Article",
    "Author",
    "Byline",
    "Credit",
    "Dateline",
    "DuplicateExtractorError",
    "Extractor",
    "Fact",
    "Headline",
    "InputError",
    "NewsfactsError",
    "Paragraph",
    "PluginError",
    "PluginWarning",
    "Sentence",
    "SerializationError",
    "SourceTag",
    "Span",
    "__version__",
    "extract",
    "extract_many",
    "from_dict",
    "from_json",
    "hookimpl",
    "parse",
    "plugin_info",
    "register_record",
    "to_dict",
    "to_json",
]

if TYPE_CHECKING:
    from newsfacts.batch import extract_many


def __getattr__(name: str) -> Any:
    # The parallel engine (worker processes, pickling, file reading) loads on first use, so
    # that ``import newsfacts`` stays quick for those who only parse.
    if name == "extract_many":
        from newsfacts.batch import extract_many

        return extract_many
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")
