"""Streamed JSON: the pieces join to exactly what json.dumps of the whole would give."""

import datetime
import io
import json

import pytest

from newsfacts import output, parse, serialize
from newsfacts.records import Author, Byline, Span
from newsfacts.serialize import from_json, iter_json, to_dict, to_json

STORY = (
    "Ports reopen\n\n"
    "By Ana Ruiz, Associated Press\n\n"
    'LISBON, Portugal (AP) — Dockers returned on Monday. "We are back," said Rui Sousa.\n'
    "The strike cost millions\u2028 of euros.\tTalks \\ end \x01 on Friday. Café owners cheered.\n"
)


def _whole(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def test_iter_json_joins_to_the_dumped_dict() -> None:
    article = parse(STORY, published="2021-03-01")
    assert "".join(iter_json(article)) == _whole(to_dict(article))
    assert to_json(article) == _whole({"schema_version": 1, **to_dict(article)})
    assert from_json(to_json(article)) == article


def test_long_strings_and_lists_are_cut_into_pieces_that_join_exactly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(serialize, "_STRING_PIECE", 5)
    monkeypatch.setattr(serialize, "_BATCH", 2)
    article = parse(STORY * 20)
    pieces = list(iter_json(article))
    # The text is escaped five characters at a time, the sentences two at a time.
    assert max(len(piece) for piece in pieces) < len(article.text) // 2
    assert len(pieces) > len(article.text) // 5
    assert "".join(pieces) == _whole(to_dict(article))


def test_iter_json_of_a_span_and_of_a_record_with_nested_records() -> None:
    span = Span(start=3, end=8)
    assert "".join(iter_json(span)) == '{"start": 3, "end": 8}'
    byline = Byline(
        span=Span(start=0, end=10),
        text="By Ann Lee",
        authors=(Author(name="Ann Lee", span=Span(start=3, end=10)),),
    )
    joined = "".join(iter_json(byline, schema_version=True))
    assert joined == _whole({"schema_version": 1, **to_dict(byline)})
    with pytest.raises(TypeError):
        list(iter_json("not a record"))


@pytest.mark.parametrize("command", ["parse", "extract"])
@pytest.mark.parametrize("published", [None, datetime.date(2021, 3, 1)])
def test_item_pieces_join_to_the_item(command: str, published: datetime.date | None) -> None:
    article = parse(STORY, published=published)
    records = (article.bylines[0], article.sentences[0])
    result = output.Result(
        story_id='story "1" é', published=published, article=article, records=records
    )
    assert "".join(output.item_pieces(command, result)) == _whole(result.item(command))


def test_writers_stream_documents_that_round_trip() -> None:
    article = parse(STORY)
    result = output.Result(story_id="a", published=None, article=article)
    lines = io.StringIO()
    writer = output.JsonLinesWriter(lines, command="parse")
    writer.story(result)
    writer.close()
    item = json.loads(lines.getvalue())
    assert serialize.from_dict(item["article"]) == article

    document = io.StringIO()
    json_writer = output.JsonDocumentWriter(document, command="parse")
    json_writer.story(result)
    json_writer.story(result)
    json_writer.failure("b", "empty")
    json_writer.close()
    data = json.loads(document.getvalue())
    assert [story["id"] for story in data["stories"]] == ["a", "a"]
    assert data["failures"] == [{"id": "b", "reason": "empty"}]
    assert serialize.from_dict(data["stories"][1]["article"]) == article
