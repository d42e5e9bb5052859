"""What the currency words and symbols of wire copy mean, as ISO 4217 codes.

Tables, not rules: add a currency by adding a line. Keys are lower case; the extractor's
pattern is built from them, so a key added here is found in text at once.
"""

from __future__ import annotations

__all__ = [
    "ATTACHED_MULTIPLIERS",
    "CODES",
    "MULTIPLIERS",
    "NEEDS_SCALE",
    "NUMBER_WORDS",
    "QUALIFIED",
    "SYMBOLS",
    "WORDS",
    "WORD_SYMBOLS",
]

#: Marks printed before the number (``$5``, ``US$ 300``, ``Rs 40 crore``, ``DM5m``).
SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "can$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "sg$": "SGD",
    "nt$": "TWD",
    "r$": "BRL",
    "mex$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "cn¥": "CNY",
    "rmb": "CNY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
    "₱": "PHP",
    "₪": "ILS",
    "dm": "DEM",
    "sfr": "CHF",
    "ffr": "FRF",
}

#: Currency words some wires print before the number (``dlrs 2.5 billion``): money only with a
#: scale word, since ``in dlrs 1987`` is a year.
WORD_SYMBOLS: dict[str, str] = {"dlrs": "USD", "dlr": "USD"}

#: ISO codes also printed before the number (``EUR 20 million``); upper case only in text.
CODES: frozenset[str] = frozenset(
    {"USD", "EUR", "GBP", "JPY", "CHF", "CNY", "CAD", "AUD", "NZD", "HKD", "SGD", "INR"}
    | {"KRW", "RUB", "BRL", "MXN", "ZAR", "TRY", "SEK", "NOK", "DKK"}
)

#: Currency words printed after the number, as in ``20 million euros`` or ``1.5 bln dlrs``.
#: ``None``: the word names no single currency (bare *francs*), so the record has no code.
WORDS: dict[str, str | None] = {
    "dollars": "USD",
    "dollar": "USD",
    "dlrs": "USD",
    "dlr": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pound": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "stg": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "rupees": "INR",
    "rupee": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "rand": "ZAR",
    "marks": "DEM",
    "guilders": "NLG",
    "lire": "ITL",
    "lira": "TRY",
    "francs": None,
    "pesos": None,
    "crowns": None,
    "dinars": None,
    "shillings": None,
}

#: Words that are also ordinary English (*won*, *marks*, *pounds* of weight): they count as
#: money only with a scale word (``5 mln marks``) or a country (``German marks``).
NEEDS_SCALE: frozenset[str] = frozenset({"won", "marks", "pounds", "pound", "rand"})

#: A country or adjective before the word changes the currency: ``Canadian dlrs`` is CAD.
_DOLLAR_COUNTRIES = {
    "u.s.": "USD",
    "us": "USD",
    "american": "USD",
    "canadian": "CAD",
    "australian": "AUD",
    "new zealand": "NZD",
    "n.z.": "NZD",
    "hong kong": "HKD",
    "h.k.": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "new taiwan": "TWD",
}
QUALIFIED: dict[tuple[str, str], str] = {
    **{
        (country, word): code
        for country, code in _DOLLAR_COUNTRIES.items()
        for word in ("dollars", "dollar", "dlrs", "dlr")
    },
    ("swiss", "francs"): "CHF",
    ("french", "francs"): "FRF",
    ("belgian", "francs"): "BEF",
    ("mexican", "pesos"): "MXN",
    ("philippine", "pesos"): "PHP",
    ("argentine", "pesos"): "ARS",
    ("chilean", "pesos"): "CLP",
    ("british", "pounds"): "GBP",
    ("egyptian", "pounds"): "EGP",
    ("irish", "pounds"): "IEP",
    ("lebanese", "pounds"): "LBP",
    ("german", "marks"): "DEM",
    ("deutsche", "marks"): "DEM",
    ("finnish", "marks"): "FIM",
    ("south korean", "won"): "KRW",
    ("korean", "won"): "KRW",
    ("south african", "rand"): "ZAR",
    ("italian", "lire"): "ITL",
    ("italian", "lira"): "ITL",
    ("turkish", "lira"): "TRY",
    ("indian", "rupees"): "INR",
    ("pakistani", "rupees"): "PKR",
    ("sri lankan", "rupees"): "LKR",
    ("nepalese", "rupees"): "NPR",
    ("swedish", "crowns"): "SEK",
    ("danish", "crowns"): "DKK",
    ("norwegian", "crowns"): "NOK",
    ("czech", "crowns"): "CZK",
    ("kenyan", "shillings"): "KES",
    ("ugandan", "shillings"): "UGX",
    ("tanzanian", "shillings"): "TZS",
    ("iraqi", "dinars"): "IQD",
    ("kuwaiti", "dinars"): "KWD",
    ("chinese", "yuan"): "CNY",
    ("japanese", "yen"): "JPY",
}

#: Small numbers spelt out, as wire style wants below 10 (``five dlrs``, ``one billion yen``).
_SPELT = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_SPELT, start=1)}

#: Scale words, spelt out (``million``), in wire shorthand (``mln``, ``bln``) or attached to the
#: number (``$5m``, ``€3bn``, ``$300k``). Single letters count only when attached.
MULTIPLIERS: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bln": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tln": 10**12,
    "trn": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}

#: Scale letters that count only when written against the number: ``$5m`` but not ``$5 m``.
ATTACHED_MULTIPLIERS: dict[str, int] = {"k": 10**3, "m": 10**6, "b": 10**9, "tn": 10**12}
