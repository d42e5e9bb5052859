"""Print every quotation in a story with its speaker and cue.

Run from the repository root:  python examples/extract_quotes.py [FILE [PUBLISHED]]
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsfacts
from newsfacts.records import Quote

HERE = Path(__file__).parent


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "wire-story.txt"
    published = sys.argv[2] if len(sys.argv) > 2 else "2019-03-12"
    article = newsfacts.parse(path.read_text(encoding="utf-8"), published=published)
    for quote in newsfacts.extract(article, only=["quotes"]):
        if not isinstance(quote, Quote):
            continue
        speaker = quote.speaker or "unknown speaker"
        cue = f" ({quote.cue})" if quote.cue else ""
        print(f"{speaker}{cue}, {quote.type}: \u201c{quote.text}\u201d")


if __name__ == "__main__":
    main()
