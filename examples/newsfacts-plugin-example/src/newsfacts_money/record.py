"""The record the money extractor emits."""

from __future__ import annotations

from decimal import Decimal

import attrs
from newsfacts import Span

__all__ = ["MoneyAmount"]


@attrs.frozen(kw_only=True)
class MoneyAmount:
    """A sum of money as printed in a story: ``$1.5 billion``, ``1.5 bln dlrs``, ``€20m``.

    ``text`` is the words as printed (``text == article.text[span.start:span.end]``).
    ``amount`` is the whole sum as a decimal string, exact and JSON-safe (``"1500000000"``
    for *$1.5 billion*); ``multiplier`` is the scale word's value (``1_000_000_000`` there, 1
    when the number stands alone). ``currency`` is the ISO 4217 code, or ``None`` when the
    story does not say which country's (bare *francs*). A range such as *$2-3 million* keeps
    its upper end in ``amount_max``.

    >>> money = MoneyAmount(
    ...     span=Span(start=0, end=12), text="$1.5 billion", amount="1500000000",
    ...     currency="USD", multiplier=10**9,
    ... )
    >>> money.value()
    Decimal('1500000000')
    """

    span: Span
    extractor: str = "money"
    text: str
    amount: str
    currency: str | None
    multiplier: int = 1
    amount_max: str | None = None

    def value(self) -> Decimal:
        """The amount as a :class:`~decimal.Decimal`, for arithmetic."""
        return Decimal(self.amount)
