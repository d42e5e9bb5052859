"""Property-based checks: for any text, parse and extract never raise and spans stay inside."""

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import serialize
from newsfacts.records import Span
from newsfacts.testing import isolated_host, make_plugin

# Text that looks like wire copy as well as arbitrary Unicode: the parser's regexes see
# datelines, quote marks, dashes and line breaks far more often than uniform text would give.
_WIRE_PIECES = st.sampled_from(
    [
        "SEOUL, July 3 (Yonhap) -- ",
        "WASHINGTON (AP) — ",
        "NAIROBI, Kenya (AP) _ ",
        "    WARSAW, March 26 - ",
        "(Undated) ",
        "July 3, 2018\n",
        "By JANE DOE, Reuters\n",
        "Associated Press Writer\n",
        "Reporting by A; Editing by B\n",
        "\n(Yonhap)",
        "\nReuter\n",
        '"',
        "“",
        "”",
        "``",
        "''",
        "U.S. ",
        "Mr. ",
        "Feb. ",
        " said. ",
        "\n\n",
        "\n    ",
        "\r\n",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_WIRE_PIECES, st.text(max_size=20)), max_size=40).map("".join),
)


def _spans(value: object) -> list[Span]:
    """Every Span inside a record, however deeply nested."""
    if isinstance(value, Span):
        return [value]
    if isinstance(value, tuple):
        return [span for item in value for span in _spans(item)]
    if attrs.has(type(value)):
        return [
            span
            for field in attrs.fields(type(value))
            for span in _spans(getattr(value, field.name))
        ]
    return []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_parse_never_raises_and_spans_lie_inside_the_text(text: str) -> None:
    article = newsfacts.parse(text)
    for span in _spans(article):
        assert 0 <= span.start <= span.end <= len(text)
    for part in (article.headline, *article.paragraphs, *article.sentences, *article.sources):
        if part is not None:
            assert part.span.of(text) == part.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.none() | st.dates().map(str))
def test_articles_and_facts_survive_a_json_round_trip(text: str, published: str | None) -> None:
    article = newsfacts.parse(text, published=published)
    assert serialize.from_json(serialize.to_json(article)) == article
    for fact in newsfacts.extract(article):
        assert serialize.from_json(serialize.to_json(fact)) == fact
        assert 0 <= fact.span.start <= fact.span.end <= len(text)


@attrs.frozen(kw_only=True)
class _SentenceFact:
    span: Span
    extractor: str = "sentence_facts"
    words: int


class _SentenceFacts:
    """A plugin extractor with a record per sentence, so that extract has facts to return."""

    name = "sentence_facts"
    requires = ()

    def extract(self, article: newsfacts.Article, upstream: object) -> list[_SentenceFact]:
        return [
            _SentenceFact(span=sentence.span, words=len(sentence.text.split()))
            for sentence in article.sentences
        ]


serialize.register_record(_SentenceFact, kind="test_properties_sentence_fact")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_extract_with_a_plugin_returns_records_in_span_order_that_round_trip(text: str) -> None:
    with isolated_host(make_plugin(_SentenceFacts()), builtins=False):
        facts = newsfacts.extract(text)
    assert len(facts) == len(newsfacts.parse(text).sentences)
    assert [fact.span for fact in facts] == sorted(fact.span for fact in facts)
    for fact in facts:
        assert serialize.from_json(serialize.to_json(fact)) == fact
