"""Find sums of money in a story's text, in the ways wire services print them.

Two shapes cover wire copy: a currency mark before the number (``$1.5 billion``, ``US$ 300``,
``€20m``, ``Rs 40 crore``, ``EUR 5 million``) and a currency word after it (``1.5 bln dlrs``,
``20 million euros``, ``5.93 mln yen``, ``300 mln Canadian dlrs``). Both are one pattern,
compiled once and built from the tables in :mod:`newsfacts_money.currencies`.

The pattern runs in linear time on any input: every repeat is bounded (a number has at most
15 digits before its point), and a number must start where no digit, letter or point stands
before it, so a long run of digits is tried once, not once per digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

from newsfacts import Article, Fact, Span

from newsfacts_money import currencies
from newsfacts_money.record import MoneyAmount

__all__ = ["MoneyExtractor", "find_amounts"]


def _alternatives(words: Iterable[str]) -> str:
    # Longest first, so that "us$" wins over "s$" and "dollars" over "dollar".
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# 1,500,000.25 or 1500.25: grouped by commas or plain, never followed by more of a number.
_NUMBER = r"(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,15})(?:\.\d{1,6})?(?!\d|[.,]\d)"
_NUMBER_WORD = rf"(?i:{_alternatives(currencies.NUMBER_WORDS)})(?!\w)"
_QUALIFIERS = _alternatives({qualifier for qualifier, _ in currencies.QUALIFIED})
# Adjectival forms join with hyphens: "a 4.9-mln-dlr contract", "an eight-billion-dollar deal".
_SCALE = rf"[\s-]?(?P<{{g}}mult>{_alternatives(currencies.MULTIPLIERS)})(?!\w)"
_ATTACHED = rf"(?P<{{g}}att>{_alternatives(currencies.ATTACHED_MULTIPLIERS)})(?!\w)"
_MARKS = {**currencies.SYMBOLS, **currencies.WORD_SYMBOLS}

_MONEY = re.compile(
    # A mark before the number: $5, US$ 300, EUR 20 million, DM5m, $2-3 million.
    r"(?:"
    rf"(?P<p_cur>(?<![A-Za-z])(?i:{_alternatives(_MARKS)})"
    rf"|(?<![A-Za-z])(?:{_alternatives(currencies.CODES)}))"
    rf"[ \u00a0]?(?P<p_num>{_NUMBER})(?:[-\u2013](?P<p_max>{_NUMBER}))?"
    rf"(?i:{_SCALE.format(g='p_')}|{_ATTACHED.format(g='p_')})?"
    r")|(?:"
    # A word after it: 1.5 bln dlrs, 20 million euros, five dlrs, 300 mln Canadian dlrs.
    rf"(?<![\w.,$\u20ac\u00a3\u00a5])(?P<s_num>{_NUMBER}|{_NUMBER_WORD})"
    rf"(?:[-\u2013](?P<s_max>{_NUMBER}))?"
    rf"(?i:{_SCALE.format(g='s_')})?"
    rf"(?:\s{{1,3}}|-)(?i:(?P<s_qual>{_QUALIFIERS})\s{{1,2}})?"
    rf"(?i:(?P<s_word>{_alternatives(currencies.WORDS)}))(?!\w)"
    r")"
)
# "2 million pounds of cocaine" is a weight; "the 19 euro zone countries" is no sum at all.
_NOT_MONEY_AFTER = {
    "pounds": re.compile(r"\s{1,3}of\b", re.IGNORECASE),
    "pound": re.compile(r"\s{1,3}of\b", re.IGNORECASE),
    "euro": re.compile(r"[- ]?(?:zone|area|member|countr|nation|group|summit)", re.IGNORECASE),
}


def find_amounts(text: str) -> Iterator[MoneyAmount]:
    """Yield every sum of money printed in ``text``, in order.

    >>> [(m.text, m.amount, m.currency) for m in find_amounts("It paid 1.5 bln dlrs.")]
    [('1.5 bln dlrs', '1500000000', 'USD')]
    >>> [(m.text, m.amount_max) for m in find_amounts("A $2-3 million deal.")]
    [('$2-3 million', '3000000')]
    """
    for match in _MONEY.finditer(text):
        amount = _amount(match, text)
        if amount is not None:
            yield amount


def _amount(match: re.Match[str], text: str) -> MoneyAmount | None:
    if match.group("p_num") is not None:
        side = "p_"
        mark = match.group("p_cur")
        if mark.lower() in currencies.WORD_SYMBOLS and match.group("p_mult") is None:
            return None  # "in dlrs 1987" is a year, "dlrs 2.5 billion" a sum
        currency: str | None = _MARKS.get(mark.lower(), mark)
    else:
        side = "s_"
        word = match.group("s_word").lower()
        qualifier = (match.group("s_qual") or "").lower()
        if not _is_money_word(word, qualifier, match):
            return None
        not_money = _NOT_MONEY_AFTER.get(word)
        if not_money is not None and not_money.match(text, match.end()):
            return None
        currency = currencies.QUALIFIED.get((qualifier, word), currencies.WORDS[word])
    multiplier = _multiplier(match, side)
    upper = match.group(side + "max")
    return MoneyAmount(
        span=Span(start=match.start(), end=match.end()),
        text=match.group(),
        amount=_times(match.group(side + "num"), multiplier),
        currency=currency,
        multiplier=multiplier,
        amount_max=_times(upper, multiplier) if upper is not None else None,
    )


def _is_money_word(word: str, qualifier: str, match: re.Match[str]) -> bool:
    if qualifier and (qualifier, word) not in currencies.QUALIFIED:
        return False  # "Swiss dollars": a qualifier that does not go with the word
    if word in currencies.NEEDS_SCALE:
        return bool(qualifier) or match.group("s_mult") is not None
    return True


def _multiplier(match: re.Match[str], side: str) -> int:
    scale = match.group(side + "mult")
    if scale is not None:
        return currencies.MULTIPLIERS[scale.lower()]
    attached = match.group(side + "att") if side == "p_" else None
    if attached is not None:
        return currencies.ATTACHED_MULTIPLIERS[attached.lower()]
    return 1


def _times(number: str, multiplier: int) -> str:
    spelt = currencies.NUMBER_WORDS.get(number.lower())
    value = (Decimal(spelt) if spelt else Decimal(number.replace(",", ""))) * multiplier
    # normalize() drops trailing zeros; "f" keeps 1500000000 from turning into 1.5E+9.
    return format(value.normalize(), "f")


class MoneyExtractor:
    """The ``money`` extractor: every sum of money in the story, as :class:`MoneyAmount`.

    >>> import newsfacts
    >>> article = newsfacts.parse("TOKYO, March 3 - Sales rose to 5.93 mln yen.")
    >>> [(m.text, m.currency) for m in MoneyExtractor().extract(article, {})]
    [('5.93 mln yen', 'JPY')]
    """

    name = "money"
    requires: tuple[str, ...] = ()

    def extract(
        self, article: Article, upstream: Mapping[str, tuple[Fact, ...]]
    ) -> Iterator[MoneyAmount]:
        """Yield the sums of money in ``article.text``; ``upstream`` is unused."""
        return find_amounts(article.text)
