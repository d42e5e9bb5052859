import datetime
import json
import pickle

import attrs
import pytest

from newsfacts import serialize
from newsfacts.errors import SerializationError
from newsfacts.records import Author, Byline, Dateline, SourceTag, Span, as_tuple


@attrs.frozen(kw_only=True)
class _MoneyAmount:
    span: Span
    extractor: str = "money"
    amount: float
    currency: str | None = None
    spans: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)
    when: datetime.date | None = None


def _dateline() -> Dateline:
    return Dateline(
        span=Span(start=0, end=26),
        text="SEOUL, July 3 (Yonhap) --",
        place="SEOUL",
        place_span=Span(start=0, end=5),
        city="SEOUL",
        date=datetime.date(2018, 7, 3),
        month=7,
        day=3,
        year_source="published",
        agency="Yonhap",
    )


def test_dates_become_iso_strings_and_come_back_as_dates() -> None:
    data = serialize.to_dict(_dateline())
    assert data["kind"] == "dateline"
    assert data["date"] == "2018-07-03"
    assert serialize.from_dict(data) == _dateline()


def test_nested_records_and_tuples_round_trip_through_json() -> None:
    byline = Byline(
        span=Span(start=0, end=40),
        text="By Jane Doe and John Roe, Associated Press",
        authors=[Author(name="Jane Doe", span=Span(start=3, end=11))],
        organization="Associated Press",
    )
    document = serialize.to_json(byline)
    assert json.loads(document)["schema_version"] == serialize.SCHEMA_VERSION
    rebuilt = serialize.from_json(document)
    assert rebuilt == byline
    assert isinstance(rebuilt.authors, tuple)
    assert hash(rebuilt) == hash(byline)


def test_a_plugin_record_registers_and_round_trips() -> None:
    serialize.register_record(_MoneyAmount, kind="test_money_amount")
    record = _MoneyAmount(
        span=Span(start=3, end=9),
        amount=1.5,
        spans=[Span(start=3, end=9)],
        when=datetime.date(2020, 2, 29),
    )
    assert serialize.from_json(serialize.to_json(record)) == record
    assert pickle.loads(pickle.dumps(record)) == record


def test_two_classes_cannot_share_a_kind() -> None:
    @attrs.frozen
    class Other:
        x: int

    with pytest.raises(SerializationError, match="taken by"):
        serialize.register_record(Other, kind="dateline")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"span": {"start": 0, "end": 1}}, "no 'kind'"),
        ({"kind": "no_such_thing"}, "unknown record kind"),
        ({"kind": "headline", "span": {"start": 0, "end": 1}, "text": 3}, "expected str"),
        ({"kind": "headline", "span": {"start": 0, "end": 1}, "text": "x", "z": 1}, "no field"),
        ({"kind": "headline", "span": {"start": 5, "end": 1}, "text": "x"}, "before its start"),
        ({"kind": "headline", "text": "x"}, "cannot rebuild"),
        ({"kind": "headline", "schema_version": 99}, "newer"),
    ],
)
def test_bad_data_is_a_serialization_error(data: dict[str, object], message: str) -> None:
    with pytest.raises(SerializationError, match=message):
        serialize.from_dict(data)


def test_literal_fields_are_checked() -> None:
    data = serialize.to_dict(
        SourceTag(span=Span(start=0, end=8), text="(Yonhap)", agency="Yonhap", position="foot")
    )
    data["position"] = "sideways"
    with pytest.raises(SerializationError, match="not one of"):
        serialize.from_dict(data)


def test_from_json_rejects_non_objects() -> None:
    with pytest.raises(SerializationError):
        serialize.from_json("[1, 2]")
    with pytest.raises(SerializationError):
        serialize.from_json("{not json")


def test_a_field_named_kind_is_refused() -> None:
    @attrs.frozen
    class Shadowing:
        kind: str

    with pytest.raises(SerializationError, match="reserved"):
        serialize.register_record(Shadowing)


def test_a_place_rebuilds_without_importing_the_gazetteer_first() -> None:
    import subprocess
    import sys

    code = (
        "import newsfacts.serialize as s, sys\n"
        "assert 'newsfacts.gazetteer' not in sys.modules\n"
        "data = {'kind': 'place', 'name': 'Hanoi', 'country': 'VN', 'category': 'city'}\n"
        "print(s.from_dict(data).country)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "VN"
