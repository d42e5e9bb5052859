import json
from pathlib import Path

import pytest

from newsfacts.evaluation import Counts, evaluate, load_gold
from newsfacts.evaluation.matching import match_multisets, normalize_name, place_matches
from newsfacts.evaluation.report import Report
from newsfacts.evaluation.scoring import score_story

STORY = """Talks resume in Seoul
By JANE DOE, Associated Press Writer

SEOUL, July 3 (AP) -- Negotiators met again on Tuesday, officials said.
"""


def _write_gold(folder: Path, name: str, answer: dict[str, object], text: str = STORY) -> Path:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = folder / f"{name}.json"
    gold.write_text(json.dumps({"file": f"{name}.txt", **answer}), encoding="utf-8")
    return gold


def test_counts_give_precision_recall_and_f1() -> None:
    counts = Counts(tp=3, fp=1, fn=2) + Counts(tp=1)
    assert (counts.precision, counts.recall) == (0.8, 4 / 6)
    assert counts.f1 == pytest.approx(2 * 0.8 * (4 / 6) / (0.8 + 4 / 6))
    assert Counts().f1 == 1.0


def test_names_match_case_and_article_insensitively() -> None:
    assert normalize_name("The  State Department") == normalize_name("STATE DEPARTMENT.")
    assert match_multisets(["A B", "A B"], ["a b"]) == (["A B"], ["A B"], [])


@pytest.mark.parametrize(
    ("gold", "printed", "city", "expected"),
    [
        ("NAIROBI, Kenya", "NAIROBI, Kenya", "NAIROBI", True),
        ("NAIROBI", "NAIROBI, Kenya", "NAIROBI", True),
        ("Nairobi, Kenya", "NAIROBI", "NAIROBI", True),
        ("NAIROBI", "KAMPALA", "KAMPALA", False),
    ],
)
def test_a_place_matches_as_printed_or_as_its_city(
    gold: str, printed: str, city: str, expected: bool
) -> None:
    assert place_matches(gold, printed, city) is expected


def test_published_date_comes_from_meta_jsonl(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path, "story", {"dateline": None})
    (tmp_path / "meta.jsonl").write_text(
        json.dumps({"file": "story.txt", "published": "2018-07-03"}) + "\n", encoding="utf-8"
    )
    assert str(load_gold(gold).published) == "2018-07-03"


def test_fields_outside_the_scope_are_not_scored(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path, "story", {"scope": ["sources"], "sources": ["AP"]})
    story = load_gold(gold)
    import newsfacts

    scores = score_story(story, newsfacts.parse(story.text), ())
    assert [score.field for score in scores] == ["sources"]


def test_missed_and_spurious_items_are_listed_with_their_text(tmp_path: Path) -> None:
    # A gold file claiming a byline that is not in the text, and no source: the agency the
    # story does credit is spurious against this gold, the claimed writer is missed.
    _write_gold(tmp_path, "story", {"dateline": None, "bylines": ["Ann Lee"], "sources": []})
    report = evaluate([tmp_path])
    assert report.stories == 1
    listing = report.error_listing()
    assert "bylines: missed: 'Ann Lee'" in listing
    assert report.fields["bylines"].fn == 1


def test_unreadable_gold_files_are_failures_not_crashes(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{nope", encoding="utf-8")
    _write_gold(tmp_path, "ok", {"sources": []})
    report = evaluate([tmp_path])
    assert report.stories == 1
    assert len(report.failures) == 1
    assert "broken.json" in report.failures[0]


def test_report_as_dict_is_json_ready() -> None:
    report = Report(stories=1, fields={"sources": Counts(tp=1, fp=1)})
    data = json.loads(json.dumps(report.as_dict()))
    assert data["fields"]["sources"]["precision"] == 0.5
