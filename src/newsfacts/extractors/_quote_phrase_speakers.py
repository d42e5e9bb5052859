"""Who a speaker phrase names: a name, a pronoun, or a description of a person or a body.

Maps the phrase before or after a cue to the article's entities when there are any (the
mention there, the one holder of a title, the person of that age or introduced with that
noun, a document's author, found by the mixin of :mod:`_quote_documents`), else to the name
as printed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from newsfacts import cues as _cues
from newsfacts.entities.lexicon import ROLE_SYNONYMS
from newsfacts.extractors import _quote_descriptions as _descriptions
from newsfacts.extractors._quote_documents import ISSUED, _DocumentReader
from newsfacts.extractors._quote_names import (
    _complements_person,
    _completes_head,
    _is_person_name,
    _name_in,
    _name_modifies,
    _strip_titles,
)
from newsfacts.extractors._quote_phrases import _phrase_before
from newsfacts.extractors._quote_speakers import _Speaker
from newsfacts.extractors._quote_words import (
    _APPOSED_HEADS,
    _DETERMINERS,
    _DOCUMENT_HEADS,
    _FEMALE_ROLES,
    _KIN,
    _MALE_ROLES,
    _MAX_HEAD_WORDS,
    _OWNER,
    _PERSON_HEADS,
    _PERSON_PRONOUNS,
    _POSSESSIVES,
    _PRONOUNS,
    _ROLE_NOUNS,
    _SPEAKER_REACH,
    _is_capitalised,
    _vocabulary,
    _words,
)
from newsfacts.records import Entity, Resolution, Span

# Heads of descriptions that name an organisation (``the company said``) or a person by role
# (``the lanky professor said``); kin words (``the father``) name no one the story named.
_ORGANISATION_NOUNS = _vocabulary(
    """company firm agency group organization organisation department ministry government
    commission committee council board party union school university bank airline carrier
    network maker manufacturer automaker retailer club team league association institute
    office body service utility insurer lender broker operator chain giant startup
    broadcaster publisher diocese church charity foundation coalition campaign"""
)


class _PhraseReader(_DocumentReader):
    """Reads who a phrase around a cue names, with the memory of the article so far."""

    def phrase_before(self, start: int, cue_start: int) -> Span | None:
        """The noun phrase that ends right before a cue, read from ``start`` (kept)."""
        key = (start, cue_start)
        if key not in self._phrases:
            self._phrases[key] = _phrase_before(self.text, start, cue_start)
        return self._phrases[key]

    def speaker_from_phrase(self, span: Span, cue: _cues.CueMatch | None) -> _Speaker:
        """The speaker named by the phrase at ``span`` (a name, a pronoun or a description)."""
        key = (span.start, span.end, -1 if cue is None else cue.span.start)
        found = self._phrase_speakers.get(key)
        if found is None:
            found = self._phrase_speakers[key] = self._read_phrase(span, cue)
        return found

    def _read_phrase(self, span: Span, cue: _cues.CueMatch | None) -> _Speaker:
        text = span.of(self.text)
        words = self._phrase_words.get((span.start, span.end))
        if words is None:
            words = self._phrase_words[span.start, span.end] = _words(
                self.text, span.start, span.end
            )
        name = _name_in(words)
        if name == (0, 1) and len(words) > 1 and self._capitalised_noun(words):
            # ``Organisers of the regatta said``, ``Hull inspectors say``: a noun capitalised
            # as it opens the sentence, then lower-case words, is a description, not a name.
            name = None
        if (
            name is not None
            and words[0][0].lower() in ("a", "an", "one")
            and words[name[1] - 1][0].lower() in _PERSON_HEADS
        ):
            # ``a senior U.S. Official``: a capitalised head noun is no name.
            return _Speaker(text, span, "description", cue)
        if name is not None and _completes_head(words, name):
            # ``a spokeswoman for the Health Authority``, ``the ambassador to Greece``: the
            # name completes a description of someone else, who speaks.
            described = self._person_described(span) if self.use_entities else None
            if described is not None:
                return _Speaker(described.name, span, "description", cue, described.id)
            return self._holder_or_description(text, span, words, cue)
        if (
            words[-1][0] in _DOCUMENT_HEADS
            and len(words) >= 2
            and not (self.use_entities and _descriptions.document_owner(self.article, span, words))
            and (named_owner := self._document_owner_named(words, cue)) is not None
        ):
            return named_owner
        if name is not None and _name_modifies(words, name):
            # ``a U.S. official``, ``Finance officials``: the name only qualifies the head,
            # the speaker is the description (or the organisation it names whole, or the one
            # person given that role: ``the Tory co-chairman`` after ``Tory co-chairman Liam
            # Fox``).
            whole = self._whole_entity(span) if self.use_entities else None
            if whole is not None:
                return _Speaker(whole.name, span, "name", cue, whole.id)
            return self._holder_or_description(text, span, words, cue)
        if (
            self.use_entities
            and words[-1][0].lower() in _DOCUMENT_HEADS
            and len(words) <= _MAX_HEAD_WORDS + 2
            and (owner := _descriptions.document_owner(self.article, span, words)) is not None
        ):
            return _Speaker(owner.name, span, "description", cue, owner.id)
        if (
            words[-1][0] in _DOCUMENT_HEADS  # (checked here: this runs for every phrase)
            and (author := self._document_author(span, words, cue)) is not None
        ):
            return author
        if words[-1][0] in ISSUED and (issuer := self._document_issuer(span, words, cue)):
            return issuer
        if self.use_entities:
            found = self._entity_speaker(span, words, name, cue)
            if found is None and (name is None or words[0][0] == "the"):
                # ``the lawyer``, ``the Liberal MP``: the one person given that role.
                found = self._role_holder(span, words, cue)
            if found is None and name is None:
                found = self._aged(span, text, cue) or self._introduced_as(span, words, cue)
            if found is None and (name is None or text[:1].islower()):
                found = self._description_speaker(span, cue)
            if found is None and name is None:
                found = self._named_after_lede(span, words, cue)
            if found is not None:
                return found
        if text.lower() in _PRONOUNS:
            person = self._person_for(text.lower())
            if person is not None:
                return _Speaker(person.name, span, "pronoun", cue, person.entity)
            body = self._body_for(text.lower(), span)
            if body is not None:
                return _Speaker(body.name, span, "pronoun", cue, body.entity)
            unnamed = self._description_for(text.lower(), span)
            if unnamed is not None:
                return _Speaker(unnamed.name, span, "pronoun", cue)
            return _Speaker(text, span, "unresolved", cue)
        if name is None:
            return _Speaker(text, span, "description", cue)
        start, end = name
        name_span = Span(start=words[start][1], end=words[end - 1][2])
        printed = [word for word, _, _ in words[start:end]]
        stripped = _strip_titles(printed)
        canonical = " ".join(stripped)
        resolution: Resolution = "name"
        if len(stripped) == 1:
            full = self.full_names.get(stripped[0])
            if full is not None and full[1] < span.start:
                canonical, resolution = full[0], "alias"
            elif self.use_entities:
                # A surname the entity layer did not read as a mention here: the one person
                # of the story with that surname, named before.
                bearer = self._person_by_surname(stripped[0], span.start)
                if bearer is not None:
                    return _Speaker(bearer.name, name_span, "alias", cue, bearer.id)
        return _Speaker(canonical, name_span, resolution, cue)

    def _person_by_surname(self, surname: str, position: int) -> Entity | None:
        if self._surnames is None:
            self._surnames = _descriptions.surname_index(self.article)
        found = [
            entity for entity in self._surnames.get(surname, ()) if entity.span.start < position
        ]
        return found[0] if len(found) == 1 else None

    def _described_by(
        self, span: Span, entity: Entity | None, cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        if entity is None:
            return None
        return _Speaker(entity.name, span, "description", cue, entity.id)

    def _aged(self, span: Span, text: str, cue: _cues.CueMatch | None) -> _Speaker | None:
        """``the 34-year-old``: the person printed with that age (``Jo Roe, 34,``), or else
        the last person who spoke, nearby (a feature's age stands for its subject)."""
        aged = _descriptions.age_of(text)
        if aged is None:
            return None
        age, wanted = aged
        found = _descriptions.aged_person(self.article, age, span, 3 * _SPEAKER_REACH)
        if found is not None:
            return self._described_by(span, found, cue)
        last = self.last_person_speaker
        if (
            last.entity is not None
            and last.span is not None
            and last.span.end <= span.start < last.span.end + _SPEAKER_REACH
            and (wanted is None or self._entity(last.entity).gender in (None, wanted))
        ):
            return _Speaker(last.name, span, "description", cue, last.entity)
        return None

    def _introduced_as(
        self, span: Span, words: Sequence[tuple[str, int, int]], cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        """``the daughter``, ``the accused``: the person the story introduced with that noun."""
        if len(words) >= 4 and words[-2][0] == "of":
            words = words[:-2]  # ``the mother of two``: the mother
        head = words[-1][0]
        if len(words) < 2 or words[0][0].lower() != "the" or head not in _INTRODUCED_HEADS:
            return None
        found = _descriptions.introduced_person(self.article, head, span, _SPEAKER_REACH)
        if found is None and head in _EPITHET_HEADS:
            return self._epithet(span, head, cue)
        return self._described_by(span, found, cue)

    def _epithet(self, span: Span, head: str, cue: _cues.CueMatch | None) -> _Speaker | None:
        """``the retired teacher`` that no one was introduced as: the last person who spoke,
        nearby, when no other person has been named since and the noun fits their gender (a
        feature's epithet for its subject)."""
        last = self.last_person_speaker
        if (
            last.entity is None
            or last.span is None
            or not last.span.end <= span.start < last.span.end + _SPEAKER_REACH
        ):
            return None
        gender = self._entity(last.entity).gender
        if (head in _MALE_ROLES and gender == "female") or (
            head in _FEMALE_ROLES and gender == "male"
        ):
            return None
        for mention in self.article.entity_index.mentions_in(
            Span(start=last.span.end, end=span.start)
        ):
            if (
                mention.entity is not None
                and mention.entity != last.entity
                and self._entity(mention.entity).category == "person"
            ):
                return None
        if _descriptions.introduces(self.text, head, last.span.end, span.start):
            return None  # ``A teacher next door disagreed.``: someone new
        return _Speaker(last.name, span, "description", cue, last.entity)

    def _holder_or_description(
        self,
        text: str,
        span: Span,
        words: Sequence[tuple[str, int, int]],
        cue: _cues.CueMatch | None,
    ) -> _Speaker:
        """A description no entity names: the one holder of its role, else the person the
        story names right after describing them in its lede, else the description itself."""
        holder = self._role_holder(span, words, cue) if self.use_entities else None
        if holder is not None:
            return holder
        named = self._named_after_lede(span, words, cue)
        return named if named is not None else _Speaker(text, span, "description", cue)

    def _named_after_lede(
        self, span: Span, words: Sequence[tuple[str, int, int]], cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        """The person a story's first paragraph describes by role (``Peru's harbor
        minister has told ...``, ``A county judge scolded ...``) when the second paragraph
        opens by naming a person (``Ines Okafor was answering ...``): the lede
        describes, the paragraph after it names."""
        starts = self.paragraph_starts
        if (
            not self.use_entities
            or len(starts) < 2
            or not starts[0] <= span.start < starts[1]
            or words[-1][0].lower() not in _ROLE_NOUNS
            or not (words[0][0].lower() in _INDEFINITES | {"the"} or _OWNER.search(words[0][0]))
        ):
            return None
        following = self.article.paragraphs[1].span
        at = bisect.bisect_right(self.sentence_starts, following.start)
        end = following.end
        if at < len(self.sentence_starts):
            end = min(end, self.sentence_starts[at])
        index = self.article.entity_index
        for mention in index.mentions_in(Span(start=following.start, end=end)):
            lead = self.text[following.start : mention.span.start].split()
            if (
                mention.entity is None
                or mention.resolution != "name"
                or any(not _is_capitalised(word) for word in lead)
            ):
                return None  # the paragraph does not open with a person's name
            entity = self._entity(mention.entity)
            if entity.category != "person" or len(entity.name.split()) < 2:
                return None
            return _Speaker(entity.name, span, "description", cue, entity.id)
        return None

    def _capitalised_noun(self, words: Sequence[tuple[str, int, int]]) -> bool:
        """Whether the capitalised first word of a phrase is a common noun capitalised only
        because it opens the sentence: lower-case words follow it (``of the`` or a noun),
        and the entity layer knows no one by that word."""
        first, second = words[0], words[1][0]
        if not (second == "of" and len(words) > 2 and words[2][0].islower()):
            if not second.isalpha() or not second.islower() or not self.opens_sentence(first[1]):
                return False
            if self.use_entities and self.article.entity_index.mention_at(
                Span(start=first[1], end=first[2])
            ):
                return False
        return True

    def _description_for(self, pronoun: str, span: Span) -> _Speaker | None:
        """The unnamed person ``he`` or ``she`` goes on with when no person of the story
        fits: the last speaker, just described (``A trader with Acme said ... "...," he
        said``), when the description opens with a determiner and its gender agrees."""
        last = self.last_speaker
        if (
            pronoun not in _PERSON_PRONOUNS
            or last.resolution != "description"
            or last.entity is not None
            or last.name is None
            or last.span is None
            or not last.span.start <= span.start < last.span.end + _DESCRIBED_REACH
            or last.name.split()[0].lower() not in _INDEFINITES | {"the"}
        ):
            return None
        wanted = "male" if pronoun == "he" else "female"
        return last if self._gender(last) in (None, wanted) else None

    def _entity_speaker(
        self,
        span: Span,
        words: Sequence[tuple[str, int, int]],
        name: tuple[int, int] | None,
        cue: _cues.CueMatch | None,
    ) -> _Speaker | None:
        """The speaker the entity layer finds at ``span``: the mention of the phrase's name
        first (``Vancouver's Bo Horvat`` is Bo Horvat, not Vancouver), then any mention."""
        index = self.article.entity_index
        mention = None
        if name is not None:
            mention = index.mention_at(Span(start=words[name[0]][1], end=words[name[1] - 1][2]))
        if mention is None or mention.entity is None:
            mention = index.mention_at(span)
            if mention is not None and (
                _complements_person(words, mention.span.start)
                or _OWNER.match(self.text, mention.span.end)
                or (
                    mention.span.start == span.start
                    and mention.span.of(self.text).lower() in _POSSESSIVES
                    and len(words) <= 3
                    and words[-1][0].lower() in _PERSON_HEADS | _KIN
                )
            ):
                # ``B.C.'s premier``, ``his daughter``, ``a spokesman for the mayor``: the owner
                # does not speak (``her
                # statement`` is hers, though)
                return None
        if mention is None or mention.entity is None:
            return None
        entity = index.entity(mention.entity)
        if entity.category == "place":
            if (
                name is not None
                and mention.span.end <= words[name[0]][1]
                and _is_person_name([word for word, _, _ in words[name[0] : name[1]]])
            ):
                # ``said Peru rowing coach Karim Ramadan``: the coach speaks, not the
                # place that qualifies his title (the entity layer may not know his name).
                return None
            before = [word for word, start, _ in words if start < mention.span.start]
            if any(word.islower() and word not in _DETERMINERS for word in before) and not any(
                word in _DOCUMENT_HEADS for word in before
            ):
                # ``a council on Peru``: the head before the place speaks (``a statement
                # from Portville`` is the place's, taken for a body that speaks).
                return _Speaker(span.of(self.text), span, "description", cue)
        if (
            mention.category == "description"
            and entity.category == "organization"
            and (speaker := self._organisation_speaking(entity.id, span, words)) is not None
        ):
            return attrs.evolve(speaker, span=span, resolution="description", cue=cue)
        pronoun = span.of(self.text).lower()
        if mention.category == "pronoun" and pronoun in _PERSON_PRONOUNS:
            if entity.category != "person":
                return None  # he or she is a person: the reader's own last person decides
            described = self._described_speaker(entity.id, span, pronoun)
            if described is not None:
                return _Speaker(described.name, span, "pronoun", cue)
            unknown = self._unknown_speaker(entity.id, span, pronoun)
            if unknown is not None:
                return _Speaker(unknown.name, span, "pronoun", cue)
            speaker = self.last_person_speaker
            if (
                speaker.entity is not None
                and speaker.entity != entity.id
                and speaker.span is not None
                and speaker.span.start <= span.start < speaker.span.end + _SPEAKER_REACH
                and self._continues(self._entity(speaker.entity), pronoun)
                and not (
                    self._may_speak(entity)
                    and self._subject_since(
                        entity.id, speaker.span.end, max(span.start, speaker.span.end)
                    )
                )
            ):
                # ``Foster writes. [...] "..." he says``: he or she goes on with the last
                # speaker, unless someone else of the story has been a sentence's subject since.
                return _Speaker(speaker.name, span, "pronoun", cue, speaker.entity)
        return _Speaker(entity.name, span, mention.resolution, cue, entity.id)

    def _organisation_speaking(
        self, entity: int, span: Span, words: Sequence[tuple[str, int, int]]
    ) -> _Speaker | None:
        """The organisation that spoke last, shortly before, when ``the company`` is read as
        another one (``Google said ... "...," the company said``: the one speaking goes on)."""
        last = self.last_speaker
        if (
            last.entity is None
            or last.entity == entity
            or last.span is None
            or last.resolution not in ("name", "alias")
            or words[-1][0].lower() not in _ORGANISATION_NOUNS
            or not last.span.end <= span.start < last.span.end + _SPEAKER_REACH
            or self._entity(last.entity).category != "organization"
        ):
            return None
        return last

    def _role_holder(
        self, span: Span, words: Sequence[tuple[str, int, int]], cue: _cues.CueMatch | None
    ) -> _Speaker | None:
        """The one person of the story, named before ``span``, whose title the definite
        description at ``span`` repeats (``the mayor`` after ``Mayor Jo Roe``, ``the president
        of the council`` after ``Jo Roe, president of the council``)."""
        if len(words) < 2 or words[0][0].lower() != "the":
            return None
        wanted = " ".join(word for word, _, _ in words[1:]).lower()
        holders = self._titles().get(wanted, ())
        found = [entity for entity in holders if entity.span.start < span.start]
        if not found and len(words) == 3 and words[-1][0].islower():
            # ``the fire chief`` after ``Chief Lisa Marsh``: the role by its head.
            holders = self._titles().get(words[-1][0].lower(), ())
            found = [entity for entity in holders if entity.span.start < span.start]
        if len(found) != 1:
            return None
        return _Speaker(found[0].name, span, "description", cue, found[0].id)

    def _introduced_unnamed(self, head: str, entity: Entity, low: int, span: Span) -> bool:
        """Whether ``the HEAD`` at ``span`` is someone the story introduced without a name
        (``a spokesman said``) rather than ``entity``, the person named last: the noun was
        printed with an indefinite article since ``low``, and is none of the entity's titles."""
        if any(head in title.lower().split() for title in entity.titles):
            return False
        return _descriptions.introduces(self.text, head, low, span.start)

    def _titles(self) -> dict[str, list[Entity]]:
        """The people of the story by each title they hold, whole and by its last word."""
        if self._holders is None:
            self._holders = {}
            for entity in self.article.entities:
                if entity.category != "person":
                    continue
                keys: set[str] = set()
                for title in entity.titles:
                    if title.strip():
                        keys.update((title.lower(), title.split()[-1].lower()))
                        # ``Liberal MP for Kingston``: also ``liberal mp`` and ``mp``.
                        role = _descriptions.role_without_complement(title)
                        if role:
                            keys.update((" ".join(role).lower(), role[-1].lower()))
                    # ``Pope Leo`` is ``the pontiff``, ``Sen. Jo Roe`` ``the senator``.
                    words = f" {title.lower().replace('.', '')} "
                    keys.update(
                        role
                        for role, synonyms in ROLE_SYNONYMS.items()
                        if any(f" {synonym} " in words for synonym in synonyms)
                    )
                for key in keys:
                    self._holders.setdefault(key, []).append(entity)
        return self._holders

    def _person_described(self, span: Span) -> Entity | None:
        """The person the entity layer reads the whole description at ``span`` as (not a part
        of it: ``the Iraqi ambassador`` of ``the Iraqi ambassador to Greece`` is anyone's)."""
        for mention in self.article.entity_index.mentions_in(span):
            if mention.span == span and mention.entity is not None:
                entity = self._entity(mention.entity)
                return entity if entity.category == "person" else None
        return None

    def _whole_entity(self, span: Span) -> Entity | None:
        """The entity whose mention covers the whole phrase at ``span`` (``Toronto Police``)."""
        mention = self.article.entity_index.mention_at(span)
        if mention is None or mention.entity is None or mention.span.end < span.end:
            return None
        return self._entity(mention.entity)

    def _description_speaker(self, span: Span, cue: _cues.CueMatch | None) -> _Speaker | None:
        """``the company``, ``the agency``, ``the Kentucky Republican``: the organisation or
        person of that kind the story named last, within a few paragraphs."""
        words = span.of(self.text).split()
        if (
            not words
            or words[0].lower() in _POSSESSIVES  # ``his lawyer`` is not the last one named
            # ``a spokesperson``: someone new; ``the mayor's spokesperson``: a person's
            # spokesperson is someone else (``the group's leader`` may be the one named)
            or words[0].lower() in _INDEFINITES
            or any(_OWNER.sub("", word).lower() in _PERSON_HEADS for word in words[1:-1])
            or not (
                (len(words) >= 2 and words[0].lower() in ("the", "this"))
                or all(word[:1].islower() for word in words)
            )
        ):
            return None
        head = words[-1].strip(",").lower()
        if head in _ORGANISATION_NOUNS:
            wanted = "organization"
        elif head in _ROLE_NOUNS:
            wanted = "person"
        else:
            return None
        index = self.article.entity_index
        low = max(0, span.start - _SPEAKER_REACH)
        for mention in reversed(index.mentions_in(Span(start=low, end=span.start))):
            if mention.entity is None or mention.category not in ("person", "organization"):
                continue
            entity = self._entity(mention.entity)
            if entity.category == wanted:
                if head in _GOVERNING and not _GOVERNMENT_NAME.search(entity.name):
                    return None  # ``the government`` is no foundation or company named last
                if wanted == "person" and self._introduced_unnamed(head, entity, low, span):
                    return None  # ``Jo Roe, a Treasury spokesman said. The spokesman``: new
                return _Speaker(entity.name, span, "description", cue, entity.id)
        return None


# ``the government`` names an organisation only when its name says it governs.
_GOVERNING = _vocabulary("""government administration""")

_GOVERNMENT_NAME = regex.compile(
    r"(?i)\b(?:government|administration|ministry|department|cabinet|council|office)\b"
)

# Nouns a feature uses as an epithet for the person it follows (``the retired teacher``), not
# for an unnamed source (``the spokesperson``, ``the official``).
_EPITHET_HEADS = (
    _APPOSED_HEADS
    | _KIN
    | _vocabulary(
        """professor author researcher scientist economist coach owner founder actor singer star
    captain mother father grandmother grandfather widow widower"""
    )
) - _vocabulary("""official officials source expert experts witness witnesses members residents""")

# Nouns a description may name a person the story introduced with (``the daughter``).
_INTRODUCED_HEADS = _PERSON_HEADS | _KIN | _APPOSED_HEADS

# How far after an unnamed speaker's description ``he`` or ``she`` may still go on with them.
_DESCRIBED_REACH = 400

_INDEFINITES = _vocabulary("""a an one""")
