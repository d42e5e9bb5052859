"""Abbreviations that a full stop can follow without ending the sentence.

Data only: :mod:`newsfacts.segment` decides what to do with them. Every entry is written without
its final full stop and is matched case-sensitively against the word before a stop (``Mr`` for
``Mr.``, ``Gen`` for ``Lt.-Gen.``), so the forms are listed as news copy prints them. Dotted
acronyms and initials (``U.S.``, ``a.m.``, ``N.J.``, ``J.R.R.``, ``F.``) are recognised by their
shape and need no entry.

There are three kinds, because they behave differently before a capitalised word:

* :data:`TITLES` stand before a name, so a stop after one never ends a sentence
  (``Sen. John Smith``, ``Lt. Gen. Ray``, ``St. Louis``).
* :data:`NEVER_FINAL` sit inside a sentence by their meaning (``vs.``, ``e.g.``).
* :data:`ABBREVIATIONS` usually sit inside a sentence (``Acme Corp. said``, ``Feb. 26``,
  ``No. 1``) but can also close one (``...moved to Austin, Tex. He said``). After one of them,
  and after initials and dotted acronyms, a sentence ends only when the next word is one of the
  :data:`SENTENCE_STARTERS`: pronouns, determiners and connectives that open sentences but are
  rarely the first word of a name.

Words that are also ordinary English words ending sentences (``in``, ``min``, ``Ed``) are left
out on purpose: a missed abbreviation costs one wrong split, a wrong entry costs many. Wire units
such as Reuters' ``mln dlrs`` and ``pct`` are printed without a stop and are not abbreviations.
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "NEVER_FINAL", "SENTENCE_STARTERS", "TITLES"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLES: frozenset[str] = _words(
    # civil and courtesy titles
    "Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Hon Rev Revs Msgr Fr Sra Srta Atty"
    " Amb Pres Supt Insp Det Gov Govs"
    # legislators
    " Sen Sens Rep Reps Cong"
    # military and police ranks
    " Gen Gens Lt Lieut Col Cols Maj Capt Cmdr Cdr Comdr Adm Brig Sgt Cpl Pvt Pfc Spc Ens"
    " Cmdt Cdt"
    # places named after a saint, a mount or a fort: a name follows
    " St Ste Mt Ft"
)

NEVER_FINAL: frozenset[str] = _words("vs Vs v e.g E.g i.e I.e cf Cf viz ca approx Approx incl esp")

ABBREVIATIONS: frozenset[str] = _words(
    # companies and organisations
    "Corp Inc Co Cos Ltd Bros Plc plc Pty Assn Assoc Dept Univ Intl Mfg Natl Govt Gov't Cie"
    # after a name
    " Jr Sr Esq"
    # months and weekdays, which a number or a date usually follows
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
    " Mon Tue Tues Wed Thu Thur Thurs Fri Sat"
    # before a number, and units
    " No no Nos nos Nr Tel tel ext p pp Vol Vols vol Art Fig Figs fig"
    " oz lb lbs ft yr yrs hr hrs sq Ave Blvd Rd Hwy"
    # others
    " etc al ibid"
    # US states in AP style (dotted ones such as N.J. are acronyms by shape)
    " Ala Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo"
    " Mont Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wisc Wyo"
    # Canadian provinces
    " Alta Ont Que Sask Nfld"
)

SENTENCE_STARTERS: frozenset[str] = _words(
    # pronouns
    "I He She It We They You This That These Those There Here Who What Which Where Why How"
    " Someone Nobody Everyone None Nothing Everything Something"
    # determiners and quantifiers
    " The A An Its His Her Their Our My Your Some Many Most Much More All Both Each Every Any"
    " Other Another Few Several Neither Either Only Such"
    # conjunctions and connectives
    " But And Or So Yet Nor However Meanwhile Also Still Then Now Thus Hence Instead"
    " Moreover Furthermore Nevertheless Nonetheless Otherwise Indeed Besides Therefore"
    " Similarly Likewise Finally First Second Third Last Earlier Later Today Yesterday"
    " Tomorrow"
    # prepositions and subordinators that open sentences
    " In On At For With Without After Before Since During Under Over From By Despite"
    " Although Though Because If When While As Until Unless Once Whether According Asked"
    # words that open replies and reported speech
    " Not No Yes Let Please Just Even Already"
    # courtesy titles: after "Acme Ltd." a "Mr." opens a sentence, a rank ("U.S. Sen.") need not
    " Mr Mrs Ms Messrs Dr"
)
