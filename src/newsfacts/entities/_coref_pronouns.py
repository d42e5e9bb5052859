"""Coreference of pronouns: the antecedent by gender, number, subjecthood and salience."""

from __future__ import annotations

from collections.abc import Callable

import regex

from newsfacts.entities import lexicon
from newsfacts.entities._coref_names import _NOMINATIVE, _compatible, _Entity
from newsfacts.entities._coref_state import _ResolverState
from newsfacts.entities.lexicon import Gender
from newsfacts.records import Mention

_MALE_PRONOUNS = lexicon.MALE_PRONOUNS

_FEMALE_PRONOUNS = lexicon.FEMALE_PRONOUNS

_PLURAL_PRONOUNS = lexicon.PLURAL_PRONOUNS

_NEUTER_PRONOUNS = lexicon.NEUTER_PRONOUNS

# What follows ``him`` or ``her`` used as an object, not a possessive (``asked her to``,
# ``told him.``): punctuation, the end, or a word that opens no noun phrase.
_OBJECT_AFTER = regex.compile(
    r"[ \t]*(?:[^\p{L}\p{N}\s]|\Z|\n|(?:to|that|about|for|with|on|in|at|of|and|or|if|"
    r"whether|not|again|back|up|out|down|off|over|why|how|what|when|where|from|by|into)\b)"
)


# How far back a pronoun looks for the nearest compatible person, in mentions: the window is
# the same and the previous paragraph, and this cap keeps a 1 MB paragraph linear.
_LOOKBACK = 60

# How many sentences back ``the previous subject`` may be (skipping sentences with none).
_SUBJECT_LOOKBACK = 3

# A comma right before a pronoun (searched backwards from it).
_COMMA_BEFORE = regex.compile(r"(?r),\s*\Z")


# Nouns of a man or a woman someone owns (*whose son*, *her husband*, *Roe's spokesman*) that a
# pronoun after them may refer to, rather than to a person named before them (not an
# appositive's own role: *Azmat Begg, father of Moazzam*); looked for within this many
# characters.
_NOUN_REACH = 200
_MALE_NOUNS, _FEMALE_NOUNS = (
    regex.compile(
        r"(?:\b(?:whose|his|her|their)|['\u2019]s)\s+(?:[\p{L}\-]+\s+)?(?:"
        + "|".join(
            sorted(
                word
                for nouns in (lexicon.KIN_GENDERS, lexicon.GENDERED_ROLES)
                for word, its in nouns.items()
                if its == gender and word != "count"  # (*the count of votes*)
            )
        )
        + r")s?\b",
        regex.IGNORECASE,
    )
    for gender in ("male", "female")
)

# The antecedent filter a pronoun passes to :meth:`_PronounResolver.nearest`.
_Fits = Callable[[int | None], _Entity | None]


class _PronounResolver(_ResolverState):
    """The rules for a pronoun."""

    # -- pronouns ----------------------------------------------------------------------

    def pronoun(self, index: int) -> None:
        mention = self.mentions[index]
        word = mention.text.strip().lower()
        sentence = self.layout.sentence(mention.span.start)
        entity: _Entity | None = None
        if sentence is not None:
            if word in _MALE_PRONOUNS or word in _FEMALE_PRONOUNS:
                gender: Gender = "male" if word in _MALE_PRONOUNS else "female"
                entity = self.person_antecedent(index, sentence, gender, word in _NOMINATIVE)
                if entity is not None and (
                    entity.gender is not None or not self.other_noun_between(entity, index, gender)
                ):
                    entity.gender = entity.gender or gender
                    entity.gender_from_name = False
            elif word in _PLURAL_PRONOUNS or word in _NEUTER_PRONOUNS:
                kinds = ("organization",) if word in _PLURAL_PRONOUNS else ("organization", "place")
                entity = self.subject_antecedent(sentence, kinds)
        self.link(index, entity, "pronoun" if entity else "unresolved")

    def other_noun_between(self, entity: _Entity, index: int, gender: Gender) -> bool:
        """Whether a noun of ``gender`` stands between the entity's last mention and the
        pronoun at ``index`` (``Robin Roe, whose son died, said he``): the pronoun may be that
        noun's, so it tells nothing of the entity's gender."""
        if not entity.mentions:
            return False
        start = self.mentions[entity.mentions[-1]].span.end
        end = self.mentions[index].span.start
        if not 0 <= end - start <= _NOUN_REACH:
            return False
        nouns = _MALE_NOUNS if gender == "male" else _FEMALE_NOUNS
        return nouns.search(self.text, start, end) is not None

    def person_antecedent(
        self, index: int, sentence: int, gender: Gender, nominative: bool
    ) -> _Entity | None:
        mention = self.mentions[index]
        quoted = self.layout.quoted(mention.span.start)
        # ``Judge Amin asked her to ...``: an object pronoun is not its own clause's subject.
        excluded = (
            self.subjects.get(sentence)
            if not nominative
            and _OBJECT_AFTER.match(self.text, mention.span.end)
            and mention.text.strip().lower() in ("him", "her")
            else None
        )

        def fits(entity_id: int | None) -> _Entity | None:
            if entity_id is None or entity_id == excluded:
                return None
            entity = self.entities[entity_id]
            ok = entity.category == "person" and _compatible(entity.gender, gender)
            return entity if ok else None

        def known(entity_id: int | None) -> _Entity | None:
            entity = fits(entity_id)
            if entity is None or entity.gender != gender or entity.gender_from_name:
                return None
            return entity

        if quoted:
            # A speaker seldom calls themself "he": inside a quotation only people the
            # quotation itself names count ("Kim is serious. He wants a deal," she said).
            return self.nearest(sentence, quoted, fits, same_sentence=False, only_quoted=True)
        # The rules are tried in order, each computed only when the ones before found nobody.
        if nominative:
            found = fits(self.subjects.get(sentence))
            # In a subordinate clause the person just named is the likeliest (``taken by Kohl
            # when he outlined``); a main clause's "he" keeps to the previous subject even
            # past a fronted phrase (``After talks with Sharon, he said``).
            if found is None and not self.after_fronted_phrase(index):
                found = self.nearest(sentence, quoted, fits, same_sentence=True)
        else:
            # Gender evidence beats distance inside the sentence: in "he abused the trust of
            # Jane Roe to fund his campaign", "his" skips Roe for the man "he" was.
            found = self.nearest(sentence, quoted, known, same_sentence=True)
            if found is None:
                found = self.nearest(sentence, quoted, fits, same_sentence=True)
        if found is None:
            found = self.previous_salient(sentence, fits)
        if found is None:
            found = self.nearest(sentence, quoted, fits, same_sentence=False)
        return found

    def nearest(
        self,
        sentence: int,
        quoted: bool,
        fits: _Fits,
        *,
        same_sentence: bool,
        only_quoted: bool = False,
    ) -> _Entity | None:
        paragraph = self.layout.paragraph(sentence)
        assert paragraph is not None
        for seen in self.history[: -_LOOKBACK - 1 : -1]:
            if seen.paragraph is None or seen.paragraph < paragraph - 1:
                break
            if same_sentence and seen.sentence != sentence:
                break
            if (seen.quoted and not quoted) or (only_quoted and not seen.quoted):
                continue
            entity = fits(seen.entity)
            if entity is not None:
                return entity
        return None

    def previous_subject(self, sentence: int) -> int | None:
        paragraph = self.layout.paragraph(sentence)
        assert paragraph is not None
        for earlier in self.layout.earlier_sentences(sentence, _SUBJECT_LOOKBACK):
            if self.layout.paragraph_at(earlier) < paragraph - 1:
                break
            if earlier in self.subjects:
                return self.subjects[earlier]
        return None

    def previous_salient(self, sentence: int, fits: _Fits) -> _Entity | None:
        """The person a pronoun continues from the sentences before its own: the nearest
        sentence's subject when it fits, else the first fitting person that sentence names
        (``This stance was taken by Kohl. He said``), else the same a sentence further back."""
        paragraph = self.layout.paragraph(sentence)
        assert paragraph is not None
        for earlier in self.layout.earlier_sentences(sentence, _SUBJECT_LOOKBACK):
            if self.layout.paragraph_at(earlier) < paragraph - 1:
                break
            found = fits(self.subjects.get(earlier))
            if found is not None:
                return found
            for person in self.people.get(earlier, ()):
                found = fits(person)
                if found is not None:
                    return found
        return None

    def after_fronted_phrase(self, index: int) -> bool:
        """Whether the pronoun opens a main clause after a fronted phrase: a comma stands
        right before it, or a name with nothing between (``Standing next to Mr Blair he
        added``: a clause that went on from the name would need a verb or a conjunction)."""
        mention = self.mentions[index]
        if self.after_comma(mention):
            return True
        if index == 0:
            return False
        before = self.mentions[index - 1]
        return (
            before.category in ("person", "organization", "place")
            and before.span.end <= mention.span.start
            and not self.text[before.span.end : mention.span.start].strip()
        )

    def after_comma(self, mention: Mention) -> bool:
        """Whether a comma stands right before the pronoun: it is then the subject of a main
        clause after a fronted phrase (``Unlike Roe, he``), not of a clause after a verb or
        a subordinating word (``Roe's office said he``, ``taken by Roe when he``)."""
        return (
            _COMMA_BEFORE.search(self.text, max(0, mention.span.start - 8), mention.span.start)
            is not None
        )

    def subject_antecedent(self, sentence: int, kinds: tuple[str, ...]) -> _Entity | None:
        for subject in (self.subjects.get(sentence), self.previous_subject(sentence)):
            if subject is not None:
                entity = self.entities[subject]
                return entity if entity.category in kinds else None
        return None
