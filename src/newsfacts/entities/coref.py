"""Group mentions into entities and resolve pronouns and descriptions, by explainable rules.

One pass over the mentions in text order, with per-name, per-role and last-seen maps (never a
comparison of every mention with every other one), so the work is linear in the mentions.

People
    Two names are one person when one is a fuller form of the other: the shorter one's words
    appear in the longer one in order and include its surname (``Pompeo`` and ``Mr. Pompeo`` in
    ``Mike Pompeo``, ``Donald Trump`` in ``Donald J. Trump``). The surname is the last word, or
    the first for an East Asian name printed family name first (``Kim Jong-un``: the given name
    is hyphenated, or the first word is a common Chinese, Korean or Vietnamese family name and
    the last is not), so ``Kim Jong-un`` and ``Sung Kim`` are two people who share the surname
    ``Kim``. A bare surname shared by several people never goes to one the story calls by
    given name alone (``Elian``, beside his father ``Gonzalez``), then, in this order, to the
    only one of them compatible in gender; to the only one already named in the same
    paragraph (two named there leave it unresolved); to the one the story last called by the
    bare surname; then, preferring a name printed family name first (a bare ``Kim`` is Kim
    Jong-un's family name: wire copy keeps printing ``Sung Kim`` in full, the gold convention
    of the corpus), to the most recently mentioned. A single word that is no known surname
    but the given name of exactly one person (``Elian``) is that person (a given name in a
    quotation, ``"Cool clock, Ahmed"``, is direct address and tells nobody apart); one that
    misprints a surname by a doubled letter (``Abbott`` after ``Diane Abbot``) is the one
    person it can be. The canonical
    ``name`` is the fullest form seen; ``aliases`` every other printed form, ``Mr. Pompeo``
    and ``Pope John Paul II`` included.

Gender
    From honorifics and gendered titles (``Mrs.``, ``spokeswoman``, ``King``), from the
    pronouns already linked to the person, and from a given name only when
    :mod:`~newsfacts.entities.given_names` lists it as nearly always one gender's
    (``Muriel``, ``Mohammad``): wire copy is full of names an English list gets wrong
    (``Kim``, ``Jean``, ``Andrea``), and a wrong gender silently blocks the right pronoun,
    while an unknown one only widens the choice.

Organisations
    ``the White House`` and ``White House`` are one entity (case, dots and a leading *the*
    ignored; a leading country such as ``U.S.`` too when nothing else matches). An acronym joins
    the organisation that introduces it in brackets (``the Federal Bureau of Investigation
    (FBI)``) or whose initials it spells, and an organisation named in full joins an acronym
    seen before whose letters are its initials. Organisations never merge with people, so
    ``Ford`` the company is not ``Gerald Ford``.

Places
    One entity per gazetteer place (name and country), with its ``country``, ``latitude`` and
    ``longitude``; ``US`` and ``United States`` are one, and ``the North`` is North Korea in a
    story already about Korea (the gazetteer's context rule).

Pronouns
    ``he``/``she`` (and ``him``, ``his``, ``her``) go to a compatible person (same gender, or
    gender not known yet) within the same or the previous paragraph: a subject pronoun first to
    the subject of its own sentence before it (``Pompeo said he ...``), then to the subject of
    the previous sentence that has one (``Sanders said ... . "...," she said``); a possessive
    or object pronoun first to the nearest person before it in its sentence already known to
    have its gender, then to the nearest one (``the leader and his team``), then to the
    previous subject; else the nearest compatible person. A subject pronoun in a sentence
    without subject takes the nearest person of its own sentence (``taken by Kohl when he
    outlined``, ``Erdogan's office said he``), unless a comma stands right before it: then it
    opens a main clause after a fronted phrase and keeps to the previous subject (``Unlike
    Roe, he``). Only gender a pronoun, honorific or title told counts as "known"; a given
    name's guess only rules the other gender out. "The previous subject" is that of the nearest
    earlier sentence when compatible, else the first compatible person that sentence names
    (``This stance was taken by Kohl.``), else the same a sentence further back. A sentence's
    subject is its first mention outside quotation marks that is neither possessive
    (``Bolton's``), nor a modifier (``Embassy staff``), nor after a preposition (``with``,
    ``unlike``). Outside a quotation, people named inside one
    are no antecedents; inside one, only people it names are (a speaker seldom calls themself
    *he*). ``they``/``their``/``them`` go to an organisation and ``it``/``its`` to an
    organisation or place only when that is the subject of the sentence or of the previous
    one. First- and second-person pronouns are never resolved: inside a quotation they are the
    speaker's (left to the quotes extractor), outside one the reporter's. A linked pronoun
    gives its gender to a person whose gender was unknown.

Descriptions
    ``the minister``, ``the top US diplomat``: the most recently mentioned entity whose titles
    (for organisations, the head of the name, ``Ministry of Defence`` -> ``ministry``; for
    places, the kind: ``the country``, ``the city``) share the description's head noun, or
    a role of the small map :data:`ROLE_SYNONYMS` (``diplomat`` ~ ``secretary of state``,
    ``foreign minister``, ``ambassador``). A demonym or country in the description must agree
    with the person's country when that is known (``the North Korean leader``). A description
    printed just before a name with a comma between (``the provincial premier, Ralph Klein,``)
    is that person and gives them its title. A person's role (``the UK chancellor``) that no
    one has yet, opening its sentence, is the person that sentence or the previous one is
    about, if the story has given them no title (``Gordon Brown has called ... . On his tour,
    the UK chancellor said``). A person mention with titles and no name (``the Secretary of
    State``) is resolved the same way, as a ``title``. Descriptions never make entities of
    their own.

Each set of rules above has a private module of its own (``_coref_people``,
``_coref_bodies`` for organisations and places, ``_coref_pronouns``,
``_coref_descriptions``), on the pass's state (``_coref_state``) and the reading of printed
names (``_coref_names``); this module runs the pass (:func:`resolve`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsfacts.entities._coref_bodies import _BodyResolver
from newsfacts.entities._coref_descriptions import _DescriptionResolver
from newsfacts.entities._coref_names import ROLE_SYNONYMS, _Entity
from newsfacts.entities._coref_people import _PeopleResolver
from newsfacts.entities._coref_pronouns import _PronounResolver
from newsfacts.records import _MENTION_SLOTS, Entity, Mention, Resolution

if TYPE_CHECKING:
    from newsfacts.article import Article

__all__ = ["ROLE_SYNONYMS", "resolve"]


class _Resolver(_PeopleResolver, _BodyResolver, _PronounResolver, _DescriptionResolver):
    """One pass over an article's mentions, in text order: each mention goes to the rules for
    its category."""

    def run(self, mentions: Sequence[Mention]) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
        self.mentions = sorted(
            mentions, key=lambda mention: (mention.span.start, -mention.span.end)
        )
        for index, mention in enumerate(self.mentions):
            if mention.category == "person":
                if mention.name is None and mention.titles:
                    self.untitled_person(index)
                else:
                    self.person(index)
            elif mention.category == "organization":
                self.organization(index)
            elif mention.category == "place":
                self.place(index)
            elif mention.category == "pronoun":
                self.pronoun(index)
            else:
                self.description(index)
        return self.finish()

    def finish(self) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
        resolved: list[Mention] = []
        entities = self.entities
        forms = self.forms
        for index, (mention, (entity_id, resolution)) in enumerate(
            zip(self.mentions, self.resolutions, strict=True)
        ):
            if resolution == "name" and entity_id is not None:
                resolution = "name" if forms.get(index) == entities[entity_id].name else "alias"
            resolved.append(_with_entity(mention, entity_id, resolution))
        added = self.role_descriptions(resolved)
        built = tuple(self.build(entity, resolved, added) for entity in entities)
        if added:
            resolved.sort(key=lambda mention: (mention.span.start, -mention.span.end))
        return built, tuple(resolved)

    def build(self, entity: _Entity, resolved: list[Mention], added: set[int]) -> Entity:
        mentions = [resolved[index] for index in entity.mentions]
        if entity.id in added:
            mentions.sort(key=lambda mention: mention.span.start)
        place = entity.place
        return Entity(
            id=entity.id,
            span=mentions[0].span,
            category=entity.category,
            name=entity.name,
            aliases=[form for form in entity.forms if form != entity.name],
            titles=entity.titles,
            gender=entity.gender if entity.category == "person" else None,
            country=entity.country if entity.category == "place" else None,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            mentions=mentions,
        )


def _with_entity(mention: Mention, entity: int | None, resolution: Resolution) -> Mention:
    """``mention`` resolved. Built slot by slot: ``attrs.evolve`` costs three times as much,
    and even ``Mention(...)`` parses ten keywords, once per mention (a test checks that no
    field of :class:`Mention` is left out)."""
    resolved: Mention = _new_object(Mention)
    _set_span(resolved, mention.span)
    _set_text(resolved, mention.text)
    _set_category(resolved, mention.category)
    _set_name(resolved, mention.name)
    _set_name_span(resolved, mention.name_span)
    _set_titles(resolved, mention.titles)  # a tuple already
    _set_gender(resolved, mention.gender)
    _set_country(resolved, mention.country)
    _set_entity(resolved, entity)
    _set_resolution(resolved, resolution)
    return resolved


_new_object = object.__new__
# The setters of Mention's slots, in the order of its fields (``records._MENTION_SLOTS``).
(
    _set_span,
    _set_text,
    _set_category,
    _set_name,
    _set_name_span,
    _set_titles,
    _set_gender,
    _set_country,
    _set_entity,
    _set_resolution,
) = _MENTION_SLOTS


def resolve(
    article: Article, mentions: Sequence[Mention]
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Return the entities and the mentions with ``entity`` and ``resolution`` filled in.

    Entities are numbered from 0 in order of first mention; mentions come back in text order.

    >>> from newsfacts import parse
    >>> from newsfacts.records import Mention, Span
    >>> article = parse("Mr. Smith arrived. He spoke.")
    >>> found = [Mention(span=Span(start=0, end=9), text="Mr. Smith", category="person",
    ...                  name="Smith"),
    ...          Mention(span=Span(start=19, end=21), text="He", category="pronoun")]
    >>> entities, resolved = resolve(article, found)
    >>> entities[0].name, entities[0].gender, entities[0].aliases
    ('Smith', 'male', ('Mr. Smith',))
    >>> [(m.text, m.entity, m.resolution) for m in resolved]
    [('Mr. Smith', 0, 'name'), ('He', 0, 'pronoun')]
    """
    return _Resolver(article).run(mentions)
