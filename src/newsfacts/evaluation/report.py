"""The evaluation report: totals per field, the errors behind them, as a table or as data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from newsfacts.evaluation.scoring import Counts, Error, FieldScore

__all__ = ["Report"]


@attrs.frozen(kw_only=True)
class Report:
    """Precision, recall and F1 per field over a set of gold stories."""

    stories: int
    fields: dict[str, Counts] = attrs.field(eq=False)
    errors: tuple[Error, ...] = ()
    failures: tuple[str, ...] = ()

    @classmethod
    def from_scores(
        cls, stories: int, scores: Iterable[FieldScore], failures: Iterable[str] = ()
    ) -> Report:
        """Add up the per-story scores."""
        fields: dict[str, Counts] = {}
        errors: list[Error] = []
        for score in scores:
            fields[score.field] = fields.get(score.field, Counts()) + score.counts
            errors.extend(score.errors)
        return cls(stories=stories, fields=fields, errors=tuple(errors), failures=tuple(failures))

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready data: per field counts and scores, errors and failures."""
        return {
            "stories": self.stories,
            "fields": {
                name: {
                    "tp": counts.tp,
                    "fp": counts.fp,
                    "fn": counts.fn,
                    "precision": round(counts.precision, 4),
                    "recall": round(counts.recall, 4),
                    "f1": round(counts.f1, 4),
                }
                for name, counts in self.fields.items()
            },
            "errors": [attrs.asdict(error) for error in self.errors],
            "failures": list(self.failures),
        }

    def table(self) -> str:
        """A readable table, one row per field.

        Accuracy rows (``quotes.speaker``, ``attributions.cue``, ``trips.leg_dates``) count
        right values as ``tp`` and wrong ones in ``gold`` only, so their recall is the accuracy.

        >>> from newsfacts.evaluation.scoring import Counts
        >>> print(Report(stories=2, fields={"sources": Counts(tp=2, fn=1)}).table())
        field               gold  pred    tp  precision  recall     f1
        sources                3     2     2      1.000   0.667  0.800
        2 stories
        """
        # Rows such as ``attributions.content`` are longer than the usual column.
        width = max([16, *(len(name) + 2 for name in self.fields)])
        lines = [
            f"{'field':<{width}}{'gold':>8}{'pred':>6}{'tp':>6}{'precision':>11}{'recall':>8}"
            f"{'f1':>7}"
        ]
        for name, c in self.fields.items():
            lines.append(
                f"{name:<{width}}{c.tp + c.fn:>8}{c.tp + c.fp:>6}{c.tp:>6}"
                f"{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>7.3f}"
            )
        lines.append(
            f"{self.stories} stories" + (f", {len(self.failures)} failed" if self.failures else "")
        )
        return "\n".join(lines)

    def error_listing(self, limit: int | None = None) -> str:
        """The missed, spurious and wrong items, story by story, with their text."""
        shown = self.errors if limit is None else self.errors[:limit]
        lines = []
        for error in shown:
            detail = " -> ".join(
                repr(value) for value in (error.gold, error.predicted) if value is not None
            )
            if error.kind == "wrong":
                detail = f"gold {error.gold!r}, got {error.predicted!r}"
            if error.context:
                detail += f" ({error.context})"
            lines.append(f"{error.story}: {error.field}: {error.kind}: {detail}")
        if limit is not None and len(self.errors) > limit:
            lines.append(f"... and {len(self.errors) - limit} more")
        return "\n".join(lines)
