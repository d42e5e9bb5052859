"""The example scripts in examples/ run and print what they promise, on the bundled story."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parent.parent / "examples"


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_parse_story_prints_the_dateline_and_sentences() -> None:
    result = _run("parse_story.py")
    assert result.returncode == 0, result.stderr
    assert "Dateline: SEOUL, 2019-03-12 (Yonhap)" in result.stdout
    assert "'Thursday' means 2019-03-14" in result.stdout


def test_extract_quotes_prints_speakers_and_cues() -> None:
    result = _run("extract_quotes.py")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("Tomas Reis (said), direct: ") for line in lines)


def test_print_itinerary_lists_the_legs_in_order() -> None:
    result = _run("print_itinerary.py")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Ana Duarte (planned)"
    assert lines[1].startswith("  1. Seoul (KR) 2019-03-14 to 2019-03-16")
    assert lines[2].startswith("  2. Tokyo (JP)")


def test_batch_to_jsonl_writes_a_line_per_story(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(EXAMPLES / "wire-story.txt", folder / name)
    output = tmp_path / "out.jsonl"
    result = _run("batch_to_jsonl.py", str(folder), str(output), "1")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [Path(line["id"]).name for line in lines] == ["a.txt", "b.txt"]
    kinds = {record["kind"] for record in lines[0]["records"]}
    assert {"quote", "attribution", "itinerary"} <= kinds
