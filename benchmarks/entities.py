"""Measure the entity layer: gold people found by name, how coref groups them, and its speed.

Accuracy, over the hand-made gold of /work/shared/corpus (``*.json``, each story parsed with
its ``published`` date from ``meta.jsonl``; a gold file whose ``scope`` leaves ``people`` out
is skipped). A gold person (or speaking organisation) has a canonical ``name`` and
``aliases``; names are compared case-insensitively, spaces collapsed, curly apostrophes
straightened and a leading *the* dropped.

* recall by name: the gold people that some *mention* names (its ``name``, or its text) with
  one of their forms (a place counts: gold lists *China* when a government speaks as its
  country);
* precision lower bound: the person and organisation *entities* one of whose forms (name or
  alias) is a gold person's. Gold lists only speakers, sources and travellers, so an entity
  outside it is not necessarily wrong: this is a floor, not the precision;
* coref, per gold person, the entities (of any category) one of whose forms is the
  person's: exactly one (``one``), several (``split``) or none (``not found``); and
  ``merged``: entities that hold the forms of two gold people or more.

Speed, single core: the recognizer alone and coref alone, in milliseconds per 600 words (a
typical story), and ``parse`` with and without computing ``article.entities``, in words per
second, over the corpus stories and the first ``--limit`` Reuters-21578 stories. The fastest
of ``--repeat`` runs is reported. Words are white-space separated tokens.

A missing data set is skipped with a message; with none the script exits 0.

    python benchmarks/entities.py [--show-errors] [--limit N] [--repeat N] [--no-speed]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import newsfacts
from newsfacts.article import Article
from newsfacts.entities import coref
from newsfacts.entities.mentions import RuleRecognizer
from newsfacts.records import Entity

DEFAULT_CORPUS = Path("/work/shared/corpus")
DEFAULT_REUTERS = Path("/work/shared/eval/reuters21578.jsonl")
STORY_WORDS = 600

Story = tuple[str, str | None]  # text, published date


def normalise(name: str) -> str:
    """A name as compared: lower case, spaces collapsed, straight apostrophes, no *the*."""
    folded = " ".join(name.replace("\u2019", "'").split()).lower()
    return folded[4:] if folded.startswith("the ") else folded


def published_dates(directory: Path) -> dict[str, str | None]:
    """Each corpus file's published date, from ``meta.jsonl`` ({} when absent)."""
    meta = directory / "meta.jsonl"
    dates: dict[str, str | None] = {}
    if meta.exists():
        for line in meta.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                dates[entry["file"]] = entry.get("published")
    return dates


def corpus_stories(directory: Path) -> list[Story]:
    """Every corpus story with its published date, or [] when the corpus is absent."""
    if not directory.is_dir():
        return []
    dates = published_dates(directory)
    return [
        (path.read_text(encoding="utf-8"), dates.get(path.name))
        for path in sorted(directory.glob("*.txt"))
    ]


def reuters_stories(path: Path, limit: int) -> list[Story]:
    """The first ``limit`` Reuters-21578 stories, or [] when the file is absent."""
    if not path.exists():
        return []
    stories: list[Story] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if len(stories) >= limit:
                break
            entry = json.loads(line)
            stories.append((entry["text"], entry.get("published")))
    return stories


# Accuracy ------------------------------------------------------------------------------------


@dataclasses.dataclass
class Tally:
    """Counts over the gold people of the corpus."""

    files: int = 0
    people: int = 0
    recalled: int = 0
    entities: int = 0
    entities_in_gold: int = 0
    one: int = 0
    split: int = 0
    not_found: int = 0
    merged: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)

    def lines(self) -> list[str]:
        def share(part: int, whole: int) -> str:
            return f"{part:4d}/{whole:<4d} {part / whole if whole else 0.0:6.3f}"

        return [
            f"gold files with people: {self.files}",
            f"  recall by name                 {share(self.recalled, self.people)}",
            f"  precision lower bound          {share(self.entities_in_gold, self.entities)}",
            f"  coref: exactly one entity      {share(self.one, self.people)}",
            f"         split over several      {share(self.split, self.people)}",
            f"         not found               {share(self.not_found, self.people)}",
            f"         entities merging people {self.merged:4d}",
        ]


def entity_forms(entity: Entity) -> set[str]:
    """The normalised name and aliases of ``entity``."""
    return {normalise(entity.name), *(normalise(alias) for alias in entity.aliases)}


def score_story(tally: Tally, name: str, article: Article, people: list[dict[str, Any]]) -> None:
    """Add one story's gold people to ``tally``."""
    entities = list(article.entities)
    forms = {entity.id: entity_forms(entity) for entity in entities}
    mentioned: set[str] = set()
    for mention in article.mentions:
        if mention.category in {"person", "organization", "place"}:
            mentioned.add(normalise(mention.text))
            if mention.name:
                mentioned.add(normalise(mention.name))
    wanted_by_person = [
        {normalise(person["name"]), *(normalise(alias) for alias in person.get("aliases", []))}
        for person in people
    ]
    holders: dict[int, set[str]] = {entity.id: set() for entity in entities}
    for person, wanted in zip(people, wanted_by_person, strict=True):
        tally.people += 1
        if wanted & mentioned:
            tally.recalled += 1
        else:
            tally.errors.append(f"{name}: not recognised {person['name']!r}")
        hits = [entity for entity in entities if forms[entity.id] & wanted]
        for entity in hits:
            holders[entity.id].add(person["name"])
        if len(hits) == 1:
            tally.one += 1
        elif hits:
            tally.split += 1
            tally.errors.append(f"{name}: split {person['name']!r} -> {[e.name for e in hits]}")
        else:
            tally.not_found += 1
    every_gold_form = set().union(*wanted_by_person) if wanted_by_person else set()
    for entity in entities:
        if entity.category != "place":
            tally.entities += 1
            tally.entities_in_gold += bool(forms[entity.id] & every_gold_form)
        if len(holders[entity.id]) > 1:
            tally.merged += 1
            tally.errors.append(f"{name}: merged {sorted(holders[entity.id])} in {entity.name!r}")


def measure_accuracy(directory: Path) -> Tally | None:
    """Score every gold file of the corpus, or ``None`` when there is none."""
    gold_files = sorted(directory.glob("*.json")) if directory.is_dir() else []
    if not gold_files:
        return None
    dates = published_dates(directory)
    tally = Tally()
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        scope = gold.get("scope")
        people = gold.get("people") or []
        if (scope is not None and "people" not in scope) or not people:
            continue
        story = gold_path.with_suffix(".txt")
        if not story.exists():
            continue
        tally.files += 1
        text = story.read_text(encoding="utf-8")
        article = newsfacts.parse(text, published=dates.get(story.name))
        score_story(tally, story.name, article, people)
    return tally


# Speed ---------------------------------------------------------------------------------------


def fastest(run: Callable[[], None], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``run``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def speed_lines(label: str, stories: list[Story], repeat: int) -> list[str]:
    """Recognizer and coref times per 600 words; parse with and without entities, words/s."""
    words = sum(len(text.split()) for text, _ in stories)
    articles = [newsfacts.parse(text, published=published) for text, published in stories]
    recognizer = RuleRecognizer()
    found = [tuple(recognizer.recognize(article)) for article in articles]

    def recognise() -> None:
        for article in articles:
            tuple(recognizer.recognize(article))

    def resolve() -> None:
        for article, mentions in zip(articles, found, strict=True):
            coref.resolve(article, mentions)

    def parse_only() -> None:
        for text, published in stories:
            newsfacts.parse(text, published=published)

    def parse_with_entities() -> None:
        for text, published in stories:
            newsfacts.parse(text, published=published).entities  # noqa: B018

    per_story = STORY_WORDS / words * 1000
    recognise_seconds = fastest(recognise, repeat)
    resolve_seconds = fastest(resolve, repeat)
    parse_seconds = fastest(parse_only, repeat)
    entities_seconds = fastest(parse_with_entities, repeat)
    return [
        f"{label}: {len(stories)} stories, {words} words",
        f"  recognizer            {recognise_seconds * per_story:7.2f} ms per {STORY_WORDS} words",
        f"  coref                 {resolve_seconds * per_story:7.2f} ms per {STORY_WORDS} words",
        f"  parse                 {words / parse_seconds:9,.0f} words/s",
        f"  parse + entities      {words / entities_seconds:9,.0f} words/s",
    ]


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--reuters", type=Path, default=DEFAULT_REUTERS)
    parser.add_argument("--limit", type=int, default=2000, help="Reuters stories timed")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(None if argv is None else list(argv))
    warnings.simplefilter("ignore")
    tally = measure_accuracy(args.corpus)
    if tally is None:
        print(f"no gold files in {args.corpus}: accuracy skipped")
    else:
        print("\n".join(tally.lines()))
        if args.show_errors:
            print("\n".join(f"    {error}" for error in tally.errors))
    if args.no_speed:
        return 0
    for label, stories in (
        ("corpus", corpus_stories(args.corpus)),
        ("reuters", reuters_stories(args.reuters, args.limit)),
    ):
        if not stories:
            print(f"{label}: data absent, speed skipped")
            continue
        print("\n".join(speed_lines(label, stories, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
