"""Parse the bundled wire story and print its structure.

Run from the repository root:  python examples/parse_story.py [FILE [PUBLISHED]]

The bundled story's dateline prints no year, so its publication date supplies it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsfacts

HERE = Path(__file__).parent


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "wire-story.txt"
    published = sys.argv[2] if len(sys.argv) > 2 else "2019-03-12"
    article = newsfacts.parse(path.read_text(encoding="utf-8"), published=published)

    dateline = article.dateline
    if dateline is not None:
        print(
            f"Dateline: {dateline.place or '-'}, {dateline.date or '-'} ({dateline.agency or '-'})"
        )
    print(f"Agencies: {', '.join(article.agencies) or '-'}")
    print(f"Bylines:  {', '.join(a.name for b in article.bylines for a in b.authors) or '-'}")
    print(f"'Thursday' means {article.resolve_date('Thursday', tense='future')}")
    for number, sentence in enumerate(article.sentences, start=1):
        print(f"{number:2}. [{sentence.span.start}:{sentence.span.end}] {sentence.text}")


if __name__ == "__main__":
    main()
