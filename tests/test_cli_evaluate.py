import json
from pathlib import Path

import pytest

from newsfacts import cli

STORY = """Ministers meet in Nairobi
By AMINA ODHIAMBO, Associated Press Writer

NAIROBI, Kenya (AP) _ Ministers met on Monday, officials said.
"""


def _gold(folder: Path, answer: dict[str, object]) -> Path:
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    path = folder / "story.json"
    path.write_text(json.dumps({"file": "story.txt", **answer}), encoding="utf-8")
    return path


def test_evaluate_prints_a_table_and_the_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _gold(
        tmp_path,
        {
            "dateline": {"place": "NAIROBI", "date": None},
            "bylines": ["Amina Odhiambo", "Peter Kamau"],
            "sources": ["AP"],
        },
    )
    assert cli.main(["evaluate", str(tmp_path), "--show-errors"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line}
    assert rows["dateline.place"][:3] == ["1", "1", "1"]
    assert rows["bylines"][:3] == ["2", "1", "1"]
    assert "story.txt: bylines: missed: 'Peter Kamau'" in out


def test_evaluate_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold(tmp_path, {"dateline": None, "bylines": [], "sources": []})
    assert cli.main(["evaluate", str(gold), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["stories"] == 1
    # The story credits AP and prints a dateline, but this gold says none: both are spurious.
    assert report["fields"]["sources"]["fp"] == 1
    assert report["fields"]["dateline.place"]["fp"] == 1


def test_evaluate_reports_missing_and_broken_gold_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["evaluate", str(tmp_path / "nope.json")]) == 1
    assert "nope.json: no such file or directory" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert cli.main(["evaluate", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "broken.json: cannot read gold file" in err
    assert "Traceback" not in err
