"""The second pass over a paragraph: the mentions its segments and single words make
(people with their titles, organisations, places, the dateline's city), then pronouns and
definite descriptions."""

from __future__ import annotations

from newsfacts import gazetteer
from newsfacts.entities import given_names, lexicon
from newsfacts.entities._mention_names import _NameFinder
from newsfacts.entities._mention_places import (
    _KOREA,
    _is_country_or_continent,
    _is_place_word,
    _is_small_town,
    _place,
)
from newsfacts.entities._mention_runs import (
    _KIN_OR_COMMA,
    _before_noun,
    _kin_before,
    _owned_kin_before,
)
from newsfacts.entities._mention_titles import (
    _after_title,
    _appositive,
    _country,
    _description,
    _gender,
    _segment_first,
    _title_start,
)
from newsfacts.entities._mention_words import (
    HEAD,
    HONORIFIC,
    MARK,
    MODIFIER,
    NAME,
    ORG,
    OTHER,
    PLACE,
    _joined,
    _Paragraph,
    _printed,
    _Segment,
    _Word,
)
from newsfacts.records import Mention, Span

# Prepositions before a country that make it the country, whoever bears its name.
_PLACE_PREPOSITIONS = frozenset(["of", "in", "to", "from", "into", "across", "throughout", "near"])

__all__ = ["_MentionWriter"]


class _MentionWriter(_NameFinder):
    """The second pass: mentions from what the first pass found."""

    def _dateline(self) -> None:
        dateline = self.article.dateline
        if dateline is None or dateline.place_span is None or not dateline.city:
            return
        start = dateline.place_span.start
        city = dateline.city
        if self.text[start : start + len(city)] != city:
            return
        place = None
        if dateline.region:
            place = gazetteer.resolve(city, country_hint=dateline.region)
        place = place or gazetteer.resolve(city)
        if place is None:
            return
        self.korean = self.korean or place.country in _KOREA
        self._add_place(Span(start=start, end=start + len(city)), place.country)

    def _emit(self, paragraph: _Paragraph) -> None:
        words = paragraph.words
        taken: set[int] = set()  # words inside a person's or description's span
        last = len(words) - 1
        for index in paragraph.capitals:
            word = words[index]
            if word.group >= 0:
                continue
            if word.cls == NAME:
                self._single(paragraph, index)
            elif (
                word.cls in {MODIFIER, HEAD}
                and word.text in self.person_words
                and word.text[:1].isupper()
                and (index == last or not words[index + 1].capitalised)
                and (index == 0 or words[index - 1].cls != NAME)  # (``Hun Sen``: the name)
            ):
                # ``Tory said``, ``Mayor Tory`` after ``John Tory``: a title word that is the
                # surname of someone the story named in full.
                word.cls = NAME
                self._single(paragraph, index)
        firm_names = self.firm_names
        for segment in list(paragraph.segments):
            if segment.category == NAME and (
                segment.first == segment.last
                or not firm_names  # most stories name no firm: no name to join
                or _joined(words, segment.first, segment.last + 1) not in firm_names
            ):
                self._person(paragraph, segment, taken)
            elif segment.category == NAME:
                self._organization(paragraph, segment)  # ``Kinder Morgan``, once ``Inc.``
            elif segment.category == ORG:
                self._organization(paragraph, segment)
            elif segment.category == PLACE:
                self._place(words, segment)
        for index in paragraph.capitals:  # single words: ``U.S.``, ``NATO``, ``Tokyo``
            word = words[index]
            if word.cls == PLACE and word.group < 0:
                self._place(words, _Segment(PLACE, index, index, word.country))
            elif word.cls == ORG and word.group < 0:
                self._organization(paragraph, _Segment(ORG, index, index))
        self._pronouns_and_descriptions(words, paragraph.cues, taken)
        if paragraph.owners:
            self._owned_descriptions(paragraph, taken)

    def _single(self, paragraph: _Paragraph, index: int) -> None:
        """Decide what a lone name word is: a person, a company's short name, a place or none."""
        words = paragraph.words
        word = words[index]
        place = _place(word.text)
        titled = _after_title(words, index)
        if titled and (place is None or words[index - 1].text[:1].isupper()):
            paragraph.add(_Segment(NAME, index, index), NAME)  # ``President Bush``, ``leader Kim``
            return
        if word.key in lexicon.GROUP_ADJECTIVES and _before_noun(words, index):
            word.cls = OTHER  # ``Black workers``, though the story names Jack Black
            return
        if word.text in self.person_words and not (
            # ``of Jordan``, ``to Georgia``: the country, though someone's surname is Jordan.
            index > 0
            and words[index - 1].key in _PLACE_PREPOSITIONS
            and _is_country_or_continent(word.text)
        ):
            paragraph.add(_Segment(NAME, index, index), NAME)
            return
        if word.initial and self._opens_sentence_only(word):
            word.cls = OTHER
        elif (
            index > 1
            and words[index - 1].key in _KIN_OR_COMMA
            and _owned_kin_before(words, index)
            and word.key not in self.vocabulary
            and not word.text.isupper()
            and not _is_country_or_continent(word.text)
        ):
            # ``Her husband, George, said``: someone's family noun names a person, even one
            # whose name a town somewhere bears (not ``its trade partner Germany``).
            paragraph.add(_Segment(NAME, index, index), NAME)
            self.person_words.add(word.text)
        elif word.text in self.company_words or word.text in self._firm_words():
            paragraph.add(_Segment(ORG, index, index), ORG)  # ``Peabody`` of ``Kidder Peabody``
        elif word.text in lexicon.EXTRA_PLACES:
            word.cls, word.country = PLACE, lexicon.EXTRA_PLACES[word.text]
        elif place is not None:
            word.cls, word.country = PLACE, place.country
            self.korean = self.korean or place.country in _KOREA
        elif self._the_north(words, index):
            word.cls = PLACE
        elif self._named_once(words, index):
            paragraph.add(_Segment(NAME, index, index), NAME)
            self.person_words.add(word.text)
        else:
            word.cls = OTHER

    def _firm_words(self) -> frozenset[str]:
        """The words of the firms named after people in the story (*Kidder*, *Peabody*):
        alone, they name the firm, not a town. Not a given name (*John* of *John Deere*), a
        generic word (*National*), nor the words of a firm named after a country or a city
        larger than a small town (*Tokyo Electric Power*, *China National Chemicals*)."""
        if self.firm_words is None or self.firm_words[0] != len(self.firm_names):
            words = {
                word
                for name in self.firm_names
                if all(_is_small_town(part) or not _is_place_word(part) for part in name.split())
                for word in name.split()
            }
            self.firm_words = (
                len(self.firm_names),
                frozenset(
                    word
                    for word in words
                    if word.casefold() not in given_names.MALE_GIVEN_NAMES
                    and word.casefold() not in given_names.FEMALE_GIVEN_NAMES
                    and word.casefold() not in lexicon.GENERIC_FIRST_WORDS
                ),
            )
        return self.firm_words[1]

    def _the_north(self, words: list[_Word], index: int) -> bool:
        word = words[index]
        if index == 0 or words[index - 1].key != "the" or word.key not in {"north", "south"}:
            return False
        place = gazetteer.resolve(f"the {word.text}", country_hint="KR" if self.korean else None)
        if place is None:
            return False
        word.country = place.country
        return True

    def _person(self, paragraph: _Paragraph, segment: _Segment, taken: set[int]) -> None:
        words = paragraph.words
        first, last = segment.first, segment.last
        title_start = _title_start(words, first)
        titles: list[str] = []
        gender: lexicon.Gender | None = None
        country: str | None = None
        start = first
        if title_start is not None:
            start = title_start
            title_words = words[title_start:first]
            gender = _gender(title_words)
            country = _country(title_words)
            kept = list(title_words)
            while kept and kept[-1].cls == HONORIFIC and kept[-1].key in lexicon.COURTESY:
                kept.pop()  # ``Mr.`` is a form of address, not a title
            if kept:
                titles.append(_printed(self.text, kept[0].start, kept[-1].end))
        if gender is None and (kin := _kin_before(words, start, last)) is not None:
            gender = lexicon.KIN_GENDERS.get(kin)  # ``his wife, Ann``: a woman
        appositive = _appositive(words, last)
        if appositive is not None:
            titles.append(_printed(self.text, words[appositive[0]].start, words[appositive[1]].end))
            gender = gender or _gender(words[appositive[0] : appositive[1] + 1])
        taken.update(range(start, last + 1))
        name_span = Span(start=words[first].start, end=words[last].end)
        span = name_span if start == first else Span(start=words[start].start, end=name_span.end)
        self.mentions.append(
            Mention(
                span=span,
                text=span.of(self.text),
                category="person",
                name=name_span.of(self.text),
                name_span=name_span,
                titles=titles,
                gender=gender,
                country=country,
            )
        )

    def _organization(self, paragraph: _Paragraph, segment: _Segment) -> None:
        words = paragraph.words
        first = segment.first
        name_span = Span(start=words[first].start, end=words[segment.last].end)
        span = name_span
        if first > 0 and words[first - 1].key == "the":
            span = Span(start=words[first - 1].start, end=name_span.end)
        self.mentions.append(
            Mention(
                span=span,
                text=span.of(self.text),
                category="organization",
                name=name_span.of(self.text),
                name_span=name_span,
            )
        )

    def _place(self, words: list[_Word], segment: _Segment) -> None:
        if segment.country in _KOREA:
            self.korean = True
        first = segment.first
        start = words[first].start
        if words[first].key in {"north", "south"} and first > 0 and words[first - 1].key == "the":
            start = words[first - 1].start
        self._add_place(Span(start=start, end=words[segment.last].end), segment.country)

    def _add_place(self, span: Span, country: str | None) -> None:
        """A place named by its printed words at ``span``."""
        text = span.of(self.text)
        self.mentions.append(
            Mention(
                span=span,
                text=text,
                category="place",
                name=text,
                name_span=span,
                country=country,
            )
        )

    def _pronouns_and_descriptions(
        self, words: list[_Word], cues: list[int], taken: set[int]
    ) -> None:
        for index in cues:
            word = words[index]
            if word.cls == MARK or index in taken or word.group >= 0:
                continue
            if word.key in lexicon.PRONOUNS and (word.lower or word.text[1:].islower()):
                span = Span(start=word.start, end=word.end)
                self.mentions.append(
                    Mention(
                        span=span,
                        text=word.text,
                        category="pronoun",
                        gender=lexicon.PRONOUNS[word.key],
                    )
                )
            elif word.key == "the" and not word.text.isupper():
                found = _description(words, index)
                if found is not None:
                    head_words = words[index + 1 : found + 1]
                    span = Span(start=word.start, end=words[found].end)
                    self.mentions.append(
                        Mention(
                            span=span,
                            text=span.of(self.text),
                            category="description",
                            titles=(_printed(self.text, head_words[0].start, span.end),),
                            gender=_gender(head_words),
                            country=_country(head_words),
                        )
                    )

    def _owned_descriptions(self, paragraph: _Paragraph, taken: set[int]) -> None:
        """A place's role with no name after it is a description, like one opened by *the*
        (``Canada's ambassador said``, ``Scotland's first minister``): the place gives its
        country."""
        words = paragraph.words
        for owner in paragraph.owners:
            word = words[owner]
            owned = owner + 1
            if word.cls != PLACE or owned in taken:
                continue
            found = _description(words, owned)
            if found is None:
                continue
            first = owner
            if word.group >= 0:
                first = _segment_first(words, owner)
            self._owned_description(words, first, owned, found, word.country)

    def _owned_description(
        self, words: list[_Word], first: int, owned: int, last: int, country: str | None
    ) -> None:
        head_words = words[owned + 1 : last + 1]
        span = Span(start=words[first].start, end=words[last].end)
        self.mentions.append(
            Mention(
                span=span,
                text=span.of(self.text),
                category="description",
                titles=(_printed(self.text, head_words[0].start, span.end),),
                gender=_gender(head_words),
                country=country or _country(head_words),
            )
        )
