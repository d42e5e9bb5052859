"""The built-in ``attributions`` extractor: every claim the reporter attributes to a source.

Two passes over the body (the headline is not read):

1. Quotes (from the ``quotes`` extractor, ``upstream["quotes"]``). A direct quote whose cue
   stands next to it (in its sentence, between its parts, or ending the line before it with
   a colon) is an attribution of type ``quote``: the quote's words are its content, ``quote``
   its span. A quote split by its cue gives one attribution a part, as the gold convention
   writes them. ``"A," X said. "B."`` gives B an attribution with the same cue; a quote that
   only continues a speaker (no cue of its own, or a cue in an earlier sentence) gives none.
2. Every other cue of :mod:`newsfacts.cues` in a body sentence, outside quotation marks:
   ``X said (that) ...``, ``..., X said.``, ``A, X said, B``, ``..., said X``, ``X told
   reporters ...``, ``according to X, ...``, ``..., according to X``, ``X added in a
   statement ...``, ``X's statement said``, ``X declined to comment on ...``, ``X denied
   ...``, ``..., as X said``, and the views and findings of the broad lexicon (``analysts
   believe``, ``the poll found``). The source is read around the cue
   (``_attribution_sources``) and named through the entity layer; content is the rest of
   the sentence on the other side. The PolNeAR scope adds frames that no verb heads
   (``In the latest poll, X leads``: ``_attribution_polls``; ``Asked about X, ...``:
   ``_attribution_asked``) and PolNeAR's span edges (``_attribution_polnear``).

Types: ``refusal`` and ``denial`` by their cue; ``quote`` for a direct quote; ``report`` for a
document or medium (``the report said``, ``state media reported``); ``anonymous`` for an
unnamed person or group (``officials said``, ``a senior official who spoke on condition of
anonymity``); ``statement`` otherwise. A report that cites a source (``news reports have
cited US intelligence sources as questioning ...``) is one attribution of the report whose
``source`` describes both levels (``news reports citing US intelligence sources``), its
content everything after the cue.

Each sentence is read once, each cue looks at its own sentence only: linear in the text.

This module is the overview and the plugin; each job lives in a private module of its own:
``_attribution_quotes`` links quotes to their cues, ``_attribution_sentences`` picks a
sentence's cues, ``_attribution_cue`` reads one cue's source and content and builds its
record, ``_attribution_headline`` reads the headline and layout, ``_attribution_types``
types a record; the source phrase, its name and the content clause are read by
``_attribution_sources``, ``_attribution_naming`` and ``_attribution_content``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from newsfacts.article import Article
from newsfacts.extractors._attribution_headline import HeadlineReading, title_of
from newsfacts.extractors._attribution_nesting import without_nested_views
from newsfacts.extractors._attribution_polnear import with_polnear_edges
from newsfacts.extractors._attribution_quotes import QuoteLinking
from newsfacts.extractors._attribution_sentences import SentenceReading
from newsfacts.hookspecs import hookimpl
from newsfacts.records import Attribution, Fact, Quote

__all__ = ["AttributionExtractor", "find_attributions", "newsfacts_extractors"]

Scope = Literal["news", "polnear"]


def find_attributions(
    article: Article,
    quotes: Sequence[Quote] | None = None,
    *,
    broad: bool = True,
    scope: Scope = "news",
) -> list[Attribution]:
    """Every attribution in the body of ``article``, in text order.

    ``quotes`` are the article's quotes (found here when not given); with ``broad=False``
    views and findings (``believes``, ``found``) are left out. ``scope`` says which
    predicates attribute: ``"news"`` (the default) those of the project's gold guide, verbs
    and phrases of saying, denying, refusing, believing and finding; ``"polnear"`` also the
    stances that the PolNeAR scheme annotates (``wants``, ``plans to``, ``called for``,
    ``is demanding``, ``supports``, ``attacked``), classes of stance verbs (judging,
    characterising, admiring, conjecture, committing, opposing, talking about, putting out a
    document), any verb with a ``that`` clause after a source (``Trump insinuates that ...``),
    passives (``was endorsed by X``; without an agent, ``X is expected to``, an attribution
    with no source), headline verbs in the present tense, and PolNeAR's conventions for
    sources (a relative pronoun is the source span of ``the study, which found``, named
    after its antecedent) and content (a leading ``that`` and a quotation's marks belong to
    it).

    >>> from newsfacts import parse
    >>> story = "WASHINGTON (AP) — The talks will resume in May, officials said.\\n"
    >>> [(a.source, a.cue, a.content, a.type) for a in find_attributions(parse(story))]
    [('officials', 'said', 'The talks will resume in May', 'anonymous')]
    """
    if quotes is None:
        from newsfacts.extractors.quotes import find_quotes

        quotes = find_quotes(article)
    reader = _Reader(article, quotes)
    found = reader.from_quotes()
    if scope == "polnear":
        found.extend(reader.from_headline(title_of(article)))
        found.extend(reader.from_layout())
    for sentence in article.sentences:
        from_sentence = reader.from_sentence(sentence.span, broad=broad, wide=scope == "polnear")
        found.extend(from_sentence)
        found.extend(reader.continuations(from_sentence))
    found.extend(reader.partial_quotes_left(found))
    found = without_nested_views(article.text, found)
    if scope == "polnear":
        found = with_polnear_edges(article.text, found)
    return sorted(found, key=lambda item: (item.span.start, item.span.end))


class _Reader(QuoteLinking, SentenceReading, HeadlineReading):
    """Reads one article's attributions: its quotes, its headline and layout, its sentences."""


class AttributionExtractor:
    """The ``attributions`` extractor: built on the ``quotes`` extractor's records."""

    name = "attributions"
    requires: tuple[str, ...] = ("quotes",)

    def extract(
        self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]
    ) -> Iterable[Attribution]:
        """Return the article's attributions, in text order."""
        quotes = [fact for fact in upstream.get("quotes", ()) if isinstance(fact, Quote)]
        return find_attributions(article, quotes)


@hookimpl
def newsfacts_extractors() -> list[AttributionExtractor]:
    """The attributions extractor, offered through the same hook a third-party plugin uses."""
    return [AttributionExtractor()]
