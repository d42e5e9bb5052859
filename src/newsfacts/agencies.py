"""News agencies and outlets: canonical short names and the ways copy prints them.

The canonical names are the ones the gold annotations use (``AP``, ``Reuters``, ``AFP``,
``Xinhua``, ``Yonhap``, ``NYT``, ``WSJ``, ``Cox News Service``, ...). Variants include the
misspellings that turn up in real wire copy (``Xinhau``, ``Reuter``). Lookup ignores case,
punctuation, spacing and a leading ``The``, so ``(AP)``, ``A.P.`` and ``The Associated Press``
all find ``AP``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import regex

__all__ = ["AGENCIES", "canonical_agency", "normalize_agency_name"]

# Canonical name -> printed variants (the canonical name itself is always a variant too).
AGENCIES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "AP": ("AP", "Associated Press", "The Associated Press", "AP News", "APTN"),
        "Reuters": ("Reuters", "Reuter", "Thomson Reuters", "Reuters News"),
        "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse"),
        "Xinhua": (
            "Xinhua",
            "Xinhau",
            "Xinhua News Agency",
            "New China News Agency",
            "Xinhuanet",
            "Xinhua News",
        ),
        "Yonhap": ("Yonhap", "Yonhap News Agency", "Yonhap News", "Yonap"),
        "UPI": ("UPI", "United Press International"),
        "Kyodo": ("Kyodo", "Kyodo News", "Kyodo News Service", "Kyodo News Agency"),
        "Jiji": ("Jiji", "Jiji Press"),
        "TASS": ("TASS", "ITAR-TASS", "Itar-Tass", "Tass News Agency"),
        "Interfax": ("Interfax",),
        "RIA Novosti": ("RIA Novosti",),
        "NYT": (
            "NYT",
            "New York Times",
            "N.Y. Times",
            "N.Y. Times News Service",
            "New York Times News Service",
            "NYT News Service",
        ),
        "WSJ": ("WSJ", "Wall Street Journal", "Dow Jones Newswires"),
        "Cox News Service": ("Cox News Service", "Cox News", "Cox Newspapers"),
        "Bloomberg": ("Bloomberg", "Bloomberg News", "Bloomberg Business News"),
        "dpa": ("dpa", "Deutsche Presse-Agentur", "Deutsche Presse Agentur"),
        "ANSA": ("ANSA",),
        "EFE": ("EFE",),
        "PTI": ("PTI", "Press Trust of India"),
        "IANS": ("IANS", "Indo-Asian News Service"),
        "AAP": ("AAP", "Australian Associated Press"),
        "Canadian Press": ("Canadian Press", "CP"),
        "PA": ("PA", "Press Association", "PA Media"),
        "Anadolu": ("Anadolu", "Anadolu Agency"),
        "IRNA": ("IRNA", "Islamic Republic News Agency"),
        "KCNA": ("KCNA", "Korean Central News Agency"),
        "Bernama": ("Bernama",),
        "Antara": ("Antara",),
        "MENA": ("MENA", "Middle East News Agency"),
        "KUNA": ("KUNA", "Kuwait News Agency"),
        "WAFA": ("WAFA",),
        "Prensa Latina": ("Prensa Latina",),
        "Notimex": ("Notimex",),
        "Lusa": ("Lusa",),
        "PAP": ("PAP", "Polish Press Agency"),
        "CTK": ("CTK",),
        "MTI": ("MTI",),
        "Tanjug": ("Tanjug",),
        "China News Service": ("China News Service",),
        "Houston Chronicle": ("Houston Chronicle",),
        "Boston Globe": ("Boston Globe",),
        "Los Angeles Times": ("Los Angeles Times", "LA Times", "L.A. Times"),
        "Washington Post": ("Washington Post", "Washington Post News Service"),
        "Chicago Tribune": ("Chicago Tribune",),
        "Knight Ridder": ("Knight Ridder", "Knight-Ridder", "Knight Ridder Newspapers"),
        "Scripps Howard": ("Scripps Howard", "Scripps Howard News Service"),
        "Newhouse News Service": ("Newhouse News Service", "Newhouse News"),
        "Hearst": ("Hearst Newspapers",),
        "States News Service": ("States News Service",),
        "CNN": ("CNN",),
        "BBC": ("BBC", "BBC News"),
        "VOA": ("VOA", "Voice of America", "VOA News"),
        "ABC News": ("ABC News",),
    }
)

_DROPPED = regex.compile(r"[.'\u2019]")
_SEPARATORS = regex.compile(r"[^\p{L}\p{N}]+")


def normalize_agency_name(raw: str) -> str:
    """The lookup key of a printed name: lower case, no punctuation, no leading ``the``.

    >>> normalize_agency_name("(The N.Y. Times News-Service)")
    'ny times news service'
    """
    key = _SEPARATORS.sub(" ", _DROPPED.sub("", raw)).strip().lower()
    if key.startswith("the "):
        key = key[4:]
    return key


_BY_KEY: Mapping[str, str] = MappingProxyType(
    {
        normalize_agency_name(variant): canonical
        for canonical, variants in AGENCIES.items()
        for variant in (canonical, *variants)
    }
)


def canonical_agency(raw: str) -> str | None:
    """Return the canonical short name of a printed agency name, or ``None`` if unknown.

    >>> canonical_agency("(Xinhau)"), canonical_agency("Associated Press"), canonical_agency("Acme")
    ('Xinhua', 'AP', None)
    """
    return _BY_KEY.get(normalize_agency_name(raw))
