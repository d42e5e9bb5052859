"""newsfacts-plugin-example: a newsfacts plugin that finds sums of money.

>>> from newsfacts_money import find_amounts
>>> [(m.text, m.amount, m.currency) for m in find_amounts("Rs 40 crore, or about $5m.")]
[('Rs 40 crore', '400000000', 'INR'), ('$5m', '5000000', 'USD')]
"""

from newsfacts_money.extractor import MoneyExtractor, find_amounts
from newsfacts_money.record import MoneyAmount

__all__ = ["MoneyAmount", "MoneyExtractor", "find_amounts"]
__version__ = "0.1.0"
