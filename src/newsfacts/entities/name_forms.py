"""Printed forms of one name that coreference treats as the same (data only).

* :data:`SURNAME_PARTICLES`: the little words before a surname that copy prints or drops at
  will (``Rafik Al-Hariri``, ``al-Hariri``, ``Al Hariri``, ``Hariri``; ``Ludwig van
  Beethoven``, ``Beethoven``). Names are matched without them; as a prefix joined by a hyphen
  (``al-``, ``el-``) they are cut off the word.
* :data:`PERSON_ALIASES` and :data:`ORGANIZATION_ALIASES`: names that are another entity's by a
  convention no rule can see (``Abu Mazen`` is Mahmoud Abbas's *kunya*; the ``Tories`` are the
  ``Conservatives``). Kept to forms wire copy prints again and again, keyed lower case without
  dots; the value is the name the entity goes by.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "HYPHENATED_PARTICLES",
    "ORGANIZATION_ALIASES",
    "PERSON_ALIASES",
    "SURNAME_PARTICLES",
]

SURNAME_PARTICLES: frozenset[str] = frozenset(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "bint",
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "dos",
        "das",
    ]
)

#: Particles printed joined to the surname by a hyphen (``al-Assad``, ``El-Baradei``).
HYPHENATED_PARTICLES: tuple[str, ...] = ("al-", "el-")

PERSON_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "abu mazen": "Mahmoud Abbas",
        "abu ammar": "Yasser Arafat",
        "abu ala": "Ahmed Qurei",
        "abu alaa": "Ahmed Qurei",
    }
)

ORGANIZATION_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "tories": "Conservatives",
        "tory party": "Conservatives",
        "conservative party": "Conservatives",
        "lib dems": "Liberal Democrats",
        "lib dem": "Liberal Democrats",
        "liberal democrat party": "Liberal Democrats",
    }
)
