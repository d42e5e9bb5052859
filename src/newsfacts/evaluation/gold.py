"""Reading gold files in the newsfacts gold format (see the docs' gold format reference).

A gold file ``NAME.json`` describes the story ``NAME.txt`` beside it (or the file its ``file``
field names). The story's ``published`` date comes from the gold file's own ``published`` field,
else from a ``meta.jsonl`` in the same folder (one ``{"file", "published"}`` object a line).
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from newsfacts.errors import InputError

__all__ = ["ALL_FIELDS", "GoldStory", "load_gold"]

#: The fields a gold file may annotate, in the order reports list them.
ALL_FIELDS = ("dateline", "bylines", "sources", "quotes", "attributions", "trips")


@attrs.frozen(kw_only=True)
class GoldStory:
    """One annotated story: its text, its reference date and the gold answer as loaded."""

    gold_path: Path
    text: str = attrs.field(repr=False)
    published: datetime.date | None
    answer: Mapping[str, Any] = attrs.field(repr=False, eq=False)

    @property
    def name(self) -> str:
        """The story's file name, as reports show it."""
        return str(self.answer.get("file") or self.gold_path.with_suffix(".txt").name)

    @property
    def scope(self) -> tuple[str, ...]:
        """The fields that were annotated; the others must not be scored."""
        scope = self.answer.get("scope")
        if not scope:
            return ALL_FIELDS
        return tuple(field for field in ALL_FIELDS if field in scope)


def load_gold(path: str | Path) -> GoldStory:
    """Load a gold file and the story it annotates.

    Raises :class:`~newsfacts.InputError` with the path when either cannot be read.
    """
    gold_path = Path(path)
    try:
        answer = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{gold_path}: cannot read gold file: {error}") from error
    if not isinstance(answer, dict):
        raise InputError(f"{gold_path}: a gold file holds one JSON object")
    story_path = gold_path.with_name(answer.get("file") or gold_path.with_suffix(".txt").name)
    try:
        text = story_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{gold_path}: cannot read its story {story_path}: {error}") from error
    published = answer.get("published") or _published_dates(gold_path.parent).get(story_path.name)
    return GoldStory(
        gold_path=gold_path,
        text=text,
        published=_iso_date(published),
        answer=answer,
    )


def _iso_date(value: object) -> datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


@functools.cache
def _published_dates(folder: Path) -> dict[str, str]:
    meta = folder / "meta.jsonl"
    dates: dict[str, str] = {}
    if not meta.is_file():
        return dates
    with meta.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(entry, dict) and entry.get("file") and entry.get("published"):
                dates[str(entry["file"])] = str(entry["published"])
    return dates
