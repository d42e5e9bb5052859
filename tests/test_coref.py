"""Coreference rules: names, organisations and places grouped; pronouns and descriptions resolved.

Every story here is invented, in wire style, and every mention is built by hand, so these tests
exercise :func:`newsfacts.entities.coref.resolve` alone, whatever the recognizer finds.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsfacts
from newsfacts.entities.coref import resolve
from newsfacts.records import Entity, Mention, MentionCategory, Span


class Story:
    """A parsed story and the mentions a test marks in it, by the words printed."""

    def __init__(self, text: str) -> None:
        self.article = newsfacts.parse(text)
        self.text = text
        self.mentions: list[Mention] = []
        self._searched_from: dict[str, int] = {}

    def mark(
        self,
        words: str,
        category: MentionCategory,
        *,
        name: str | None = None,
        after: str | None = None,
        **fields: Any,
    ) -> Mention:
        """Mark the next occurrence of ``words`` (after ``after``, when given)."""
        start = self._searched_from.get(words, 0)
        if after is not None:
            start = max(start, self.text.index(after))
        position = self.text.index(words, start)
        self._searched_from[words] = position + len(words)
        span = Span(start=position, end=position + len(words))
        mention = Mention(span=span, text=words, category=category, name=name, **fields)
        self.mentions.append(mention)
        return mention

    def person(self, words: str, name: str | None = None, **fields: Any) -> Mention:
        return self.mark(words, "person", name=name or words, **fields)

    def resolve(self) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
        entities, resolved = resolve(self.article, self.mentions)
        for mention in resolved:
            assert mention.span.of(self.text) == mention.text
        return entities, resolved


def entity_of(
    entities: tuple[Entity, ...], resolved: tuple[Mention, ...], words: str, nth: int = 0
) -> Entity | None:
    found = [mention for mention in resolved if mention.text == words][nth]
    return None if found.entity is None else entities[found.entity]


def resolution_of(resolved: tuple[Mention, ...], words: str, nth: int = 0) -> str:
    return [mention for mention in resolved if mention.text == words][nth].resolution


# -- people ------------------------------------------------------------------------------


def test_fuller_and_shorter_forms_of_a_name_are_one_person() -> None:
    story = Story(
        "WASHINGTON (AP) — Secretary of State Mark Delaney flew to Lima on Monday.\n\n"
        "Delaney met the president there. Mr. Delaney later spoke to reporters.\n\n"
        "Secretary Delaney returns on Friday.\n"
    )
    story.person("Secretary of State Mark Delaney", "Mark Delaney", titles=["Secretary of State"])
    story.person("Delaney")
    story.person("Mr. Delaney", "Delaney")
    story.person("Secretary Delaney", "Delaney", titles=["Secretary"])
    entities, resolved = story.resolve()

    assert len(entities) == 1
    delaney = entities[0]
    assert delaney.name == "Mark Delaney"
    assert delaney.aliases == ("Delaney", "Mr. Delaney")
    assert delaney.titles == ("Secretary of State", "Secretary")
    assert delaney.gender == "male"  # from "Mr."
    assert delaney.span == story.mentions[0].span
    assert [m.resolution for m in resolved] == ["name", "alias", "alias", "alias"]
    assert delaney.mentions == resolved


def test_the_canonical_name_is_the_fullest_form_even_when_it_comes_later() -> None:
    story = Story("Delaney arrived late. Mark Delaney is the new envoy.\n")
    story.person("Delaney")
    story.person("Mark Delaney")
    entities, resolved = story.resolve()
    assert [(e.name, e.aliases) for e in entities] == [("Mark Delaney", ("Delaney",))]
    assert [m.resolution for m in resolved] == ["alias", "name"]


def test_a_middle_initial_is_a_fuller_form_and_another_first_name_is_another_person() -> None:
    story = Story("Donald J. Rook met Donald Rook's rival, Ann Rook, on Tuesday.\n")
    story.person("Donald J. Rook")
    story.person("Donald Rook")
    story.person("Ann Rook")
    entities, _ = story.resolve()
    assert [e.name for e in entities] == ["Donald J. Rook", "Ann Rook"]
    assert entities[0].aliases == ("Donald Rook",)


SHARED_SURNAME = (
    "SEOUL (Yonhap) -- North Korean leader Park Min-jun will receive envoys on Friday.\n\n"
    "US Ambassador Daniel Park held talks with officials on Sunday.\n\n"
    "The statement committed Park to further talks.\n\n"
    "Daniel Park said the talks went well. Park added that more meetings were planned.\n\n"
    "Park Min-jun and Daniel Park shook hands. Park smiled.\n"
)


def shared_surname_story() -> Story:
    story = Story(SHARED_SURNAME)
    story.person("North Korean leader Park Min-jun", "Park Min-jun", titles=["North Korean leader"])
    story.person("US Ambassador Daniel Park", "Daniel Park", titles=["US Ambassador"])
    story.person("Park", after="committed")
    story.person("Daniel Park", after="further talks")
    story.person("Park", after="talks went well")
    story.person("Park Min-jun", after="planned")
    story.person("Daniel Park", after="Min-jun and")
    story.person("Park", after="hands")
    return story


def test_two_people_sharing_a_surname_are_two_entities() -> None:
    entities, _ = shared_surname_story().resolve()
    assert [e.name for e in entities] == ["Park Min-jun", "Daniel Park"]


def test_a_bare_shared_surname_goes_first_to_the_person_introduced_first() -> None:
    # Nobody named in its paragraph: the surname stays with its first bearer (wire style).
    entities, resolved = shared_surname_story().resolve()
    assert entity_of(entities, resolved, "Park", 0) is entities[0]


def test_a_bare_shared_surname_goes_to_the_only_bearer_named_in_its_paragraph() -> None:
    entities, resolved = shared_surname_story().resolve()
    assert entity_of(entities, resolved, "Park", 1) is entities[1]


def test_a_bare_shared_surname_with_both_bearers_in_its_paragraph_stays_unresolved() -> None:
    entities, resolved = shared_surname_story().resolve()
    assert entity_of(entities, resolved, "Park", 2) is None
    assert resolution_of(resolved, "Park", 2) == "unresolved"


def test_a_bare_surname_the_story_gave_to_the_second_bearer_stays_with_them() -> None:
    story = Story(
        "Park Min-jun arrived on Monday.\n\nDaniel Park spoke next. Park said little.\n\n"
        "Park left on Tuesday.\n"
    )
    story.person("Park Min-jun")
    story.person("Daniel Park")
    story.person("Park", after="next")
    story.person("Park", after="little")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "Park", 1) is entities[1]


def test_a_family_name_first_name_matches_its_first_word_and_a_western_name_its_last() -> None:
    story = Story("Li Wen met Peter Chang. Li and Chang talked.\n")
    story.person("Li Wen")
    story.person("Peter Chang")
    story.person("Li", after="Chang.")
    story.person("Chang", after="Li and")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "Li") is entities[0]
    assert entity_of(entities, resolved, "Chang") is entities[1]


def test_a_double_barrelled_western_surname_is_not_a_korean_given_name() -> None:
    story = Story("Mary Lloyd-Webber met Kim Dae-ho. Lloyd-Webber and Kim talked.\n")
    story.person("Mary Lloyd-Webber")
    story.person("Kim Dae-ho")
    story.person("Lloyd-Webber", after="Dae-ho.")
    story.person("Kim", after="and")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "Lloyd-Webber") is entities[0]
    assert entity_of(entities, resolved, "Kim") is entities[1]


def test_a_bare_shared_western_surname_goes_to_the_most_recently_mentioned_bearer() -> None:
    story = Story(
        "Talks on the case of Tom Reyes stalled on Monday.\n\n"
        "They may resume if his mother, Lucia Reyes, flies in.\n\n"
        "Reyes said she would come.\n"
    )
    story.person("Tom Reyes")
    story.person("Lucia Reyes")
    story.person("Reyes", after="flies in")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "Reyes") is entities[1]


def test_a_given_name_alone_is_its_bearer_and_leaves_the_surname_to_the_other() -> None:
    story = Story(
        "Tom Reyes, 6, stayed with relatives. His father, Luis Reyes, arrived.\n\n"
        "Tom played outside while Reyes met lawyers.\n"
    )
    story.person("Tom Reyes")
    story.person("Luis Reyes")
    story.person("Tom", after="arrived")
    story.person("Reyes", after="while")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "Tom") is entities[0]
    assert entity_of(entities, resolved, "Reyes") is entities[1]
    assert entities[0].aliases == ("Tom",)


def test_a_regnal_title_is_part_of_a_printed_form() -> None:
    story = Story("Pope Leo XV arrived in Lisbon. Leo XV blessed the crowd.\n")
    story.person("Pope Leo XV", "Leo XV", titles=["Pope"])
    story.person("Leo XV", after="Lisbon")
    entities, _ = story.resolve()
    assert entities[0].name == "Leo XV"
    assert entities[0].aliases == ("Pope Leo XV",)
    assert entities[0].gender == "male"  # ``Leo`` is a man's given name


def test_a_gendered_honorific_keeps_a_bare_surname_off_a_person_of_the_other_gender() -> None:
    story = Story("Mr. Hale met the press. His wife, Mrs. Hale, stayed home.\n")
    story.person("Mr. Hale", "Hale")
    story.person("Mrs. Hale", "Hale")
    entities, _ = story.resolve()
    assert [(e.name, e.gender) for e in entities] == [("Hale", "male"), ("Hale", "female")]


# -- organisations -------------------------------------------------------------------------


def test_an_organisation_with_and_without_the_is_one_entity() -> None:
    story = Story("The White House said on Monday it was pleased. White House aides agreed.\n")
    story.mark("The White House", "organization", name="White House")
    story.mark("White House", "organization", after="pleased")
    entities, resolved = story.resolve()
    assert [(e.name, e.aliases) for e in entities] == [("White House", ("The White House",))]
    assert [m.resolution for m in resolved] == ["name", "name"]


def test_an_acronym_introduced_in_brackets_joins_the_full_name() -> None:
    story = Story(
        "The Federal Bureau of Investigation (FBI) opened an inquiry. "
        "The FBI declined to say more.\n"
    )
    story.mark("Federal Bureau of Investigation", "organization")
    story.mark("FBI", "organization", after="The FBI")
    entities, resolved = story.resolve()
    assert len(entities) == 1
    assert entities[0].name == "Federal Bureau of Investigation"
    assert entities[0].aliases == ("FBI",)
    assert resolution_of(resolved, "FBI") == "alias"


def test_an_acronym_that_spells_the_initials_joins_either_way_round() -> None:
    story = Story(
        "The IMF lent more. The International Monetary Fund said so. The Bank for International "
        "Settlements (BIS) and the World Trade Organization agreed, the WTO said.\n"
    )
    story.mark("IMF", "organization")
    story.mark("International Monetary Fund", "organization")
    story.mark("Bank for International Settlements", "organization")
    story.mark("World Trade Organization", "organization")
    story.mark("WTO", "organization")
    entities, _ = story.resolve()
    assert [(e.name, e.aliases) for e in entities] == [
        ("International Monetary Fund", ("IMF",)),
        ("Bank for International Settlements", ()),
        ("World Trade Organization", ("WTO",)),
    ]


def test_a_leading_country_and_a_company_suffix_can_be_left_out() -> None:
    story = Story(
        "The United Kingdom Home Office and Halberd Courier Corp disagreed. The Home Office "
        "said Halberd was wrong. General Dynamics Corp and General were not involved.\n"
    )
    story.mark("United Kingdom Home Office", "organization")
    story.mark("Halberd Courier Corp", "organization")
    story.mark("Home Office", "organization", after="disagreed")
    story.mark("Halberd", "organization", after="said")
    story.mark("General Dynamics Corp", "organization")
    story.mark("General", "organization", after="Corp and")
    entities, _ = story.resolve()
    assert [(e.name, e.aliases) for e in entities] == [
        ("United Kingdom Home Office", ("Home Office",)),
        ("Halberd Courier Corp", ("Halberd",)),
        ("General Dynamics Corp", ()),
        ("General", ()),
    ]


def test_an_organisation_named_after_a_person_is_not_the_person() -> None:
    story = Story(
        "Gerald Marsh founded Marsh Industries in 1990. Marsh said the firm would grow.\n"
    )
    story.person("Gerald Marsh")
    story.mark("Marsh Industries", "organization")
    story.person("Marsh", after="1990")
    entities, resolved = story.resolve()
    assert [(e.name, e.category) for e in entities] == [
        ("Gerald Marsh", "person"),
        ("Marsh Industries", "organization"),
    ]
    assert entity_of(entities, resolved, "Marsh", 0) is entities[0]


# -- places --------------------------------------------------------------------------------


def test_the_same_gazetteer_place_is_one_entity_with_its_country_and_coordinates() -> None:
    story = Story(
        "Officials in Seoul met US envoys. The United States and Seoul agreed. North Korea "
        "objected, and the North said it would respond.\n"
    )
    story.mark("Seoul", "place")
    story.mark("US", "place")
    story.mark("United States", "place")
    story.mark("Seoul", "place")
    story.mark("North Korea", "place")
    story.mark("the North", "place")
    entities, resolved = story.resolve()
    assert [(e.name, e.country) for e in entities] == [
        ("Seoul", "KR"),
        ("United States", "US"),
        ("North Korea", "KP"),
    ]
    seoul = entities[0]
    assert seoul.latitude == pytest.approx(37.57, abs=0.1)
    assert seoul.longitude == pytest.approx(126.98, abs=0.1)
    assert entities[1].aliases == ("US",)
    assert entities[2].aliases == ("the North",)
    assert [m.resolution for m in resolved] == ["name", "alias", "name", "name", "name", "alias"]


# -- pronouns ------------------------------------------------------------------------------

BRIEFING = (
    "WASHINGTON (AP) — Secretary of State Mark Delaney will visit Lima on Thursday, the White "
    "House said.\n\n"
    "At a briefing, Ellis said the top US diplomat would meet the Peruvian president and his "
    "ministers.\n\n"
    "\u201cWe are making progress. Delaney knows the region,\u201d she said.\n\n"
    "Delaney is the administration's point man for the region. He visited Lima twice last year.\n"
)


def briefing_story() -> Story:
    story = Story(BRIEFING)
    story.person("Secretary of State Mark Delaney", "Mark Delaney", titles=["Secretary of State"])
    story.mark("White House", "organization")
    story.person("Ellis")
    story.mark("the top US diplomat", "description")
    story.mark("the Peruvian president", "description")
    story.mark("his", "pronoun")
    story.mark("We", "pronoun")
    story.person("Delaney", after="progress")
    story.mark("she", "pronoun")
    story.person("Delaney", after="she said")
    story.mark("He", "pronoun")
    return story


def test_a_subject_pronoun_after_a_quote_goes_to_the_previous_subject_not_a_quoted_name() -> None:
    entities, resolved = briefing_story().resolve()
    ellis = entity_of(entities, resolved, "Ellis")
    assert entity_of(entities, resolved, "she") is ellis
    assert resolution_of(resolved, "she") == "pronoun"
    assert ellis is not None
    assert ellis.gender == "female"


def test_a_pronoun_goes_to_the_subject_of_the_previous_sentence() -> None:
    entities, resolved = briefing_story().resolve()
    assert entity_of(entities, resolved, "He") is entities[0]
    assert entities[0].name == "Mark Delaney"
    assert entities[0].gender == "male"


def test_a_name_inside_single_quotes_is_no_antecedent_for_the_speaker_pronoun() -> None:
    story = Story(
        "Mrs. Hale spoke at the conference on Monday.\n\n"
        "'Ross won't win,' she said, 'and Ross knows it.'\n"
    )
    story.person("Mrs. Hale", "Hale")
    story.person("Ross")
    story.mark("she", "pronoun")
    story.person("Ross", after="and")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "she") is entities[0]
    assert [e.name for e in entities] == ["Hale", "Ross"]


def test_a_pronoun_inside_a_quotation_goes_only_to_someone_the_quotation_names() -> None:
    story = Story(
        "Ellis spoke on Monday.\n\n"
        "\u201cThey are hurting him,\u201d Ellis said. \u201cRoss is tired. He wants rest.\u201d\n"
    )
    story.person("Ellis")
    story.mark("him", "pronoun")
    story.person("Ellis", after="hurting")
    story.person("Ross")
    story.mark("He", "pronoun")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "him") is None  # not the speaker
    assert entity_of(entities, resolved, "He") is entities[1]


def test_a_name_before_a_group_noun_is_no_subject() -> None:
    story = Story("Acme Corp. staff and their families left. The Labour Party said it would act.\n")
    story.mark("Acme Corp.", "organization")
    story.mark("their", "pronoun")
    story.mark("Labour Party", "organization")
    story.mark("it", "pronoun", after="said")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "their") is None
    assert entity_of(entities, resolved, "it") is entities[1]


def test_first_person_pronouns_inside_a_quotation_are_not_resolved() -> None:
    entities, resolved = briefing_story().resolve()
    assert entity_of(entities, resolved, "We") is None
    assert resolution_of(resolved, "We") == "unresolved"


def test_an_unresolved_description_is_no_antecedent_and_a_possessive_takes_the_nearest() -> None:
    # "the Peruvian president" has no entity, so "his" goes to the nearest person before it.
    entities, resolved = briefing_story().resolve()
    assert entity_of(entities, resolved, "the Peruvian president") is None
    assert entity_of(entities, resolved, "his") is entities[0]  # the top US diplomat


def test_a_possessive_goes_to_the_nearest_person_in_its_sentence() -> None:
    story = Story("Ellis said Delaney would meet Prime Minister Ruiz and his ministers.\n")
    story.person("Ellis")
    story.person("Delaney")
    story.person("Prime Minister Ruiz", "Ruiz", titles=["Prime Minister"])
    story.mark("his", "pronoun")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "his") is entities[2]


def test_a_possessive_prefers_a_person_already_known_to_have_its_gender() -> None:
    story = Story("Sen. Hal Moss said he used the savings of Dana Fry to pay for his campaign.\n")
    story.person("Sen. Hal Moss", "Hal Moss", titles=["Sen."])
    story.mark("he", "pronoun")
    story.person("Dana Fry")
    story.mark("his", "pronoun")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "he") is entities[0]
    assert entity_of(entities, resolved, "his") is entities[0]
    assert entities[1].gender is None


def test_a_pronoun_of_the_other_gender_stays_unresolved() -> None:
    story = Story("Mrs. Ellis met reporters on Monday.\n\nHe declined to comment.\n")
    story.person("Mrs. Ellis", "Ellis")
    story.mark("He", "pronoun")
    entities, resolved = story.resolve()
    assert entities[0].gender == "female"
    assert entity_of(entities, resolved, "He") is None


def test_a_gender_learnt_from_a_pronoun_blocks_the_other_pronoun() -> None:
    story = Story("Ellis spoke first. She was brief. He was not.\n")
    story.person("Ellis")
    story.mark("She", "pronoun")
    story.mark("He", "pronoun")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "She") is entities[0]
    assert entity_of(entities, resolved, "He") is None


def test_a_pronoun_two_paragraphs_away_stays_unresolved() -> None:
    story = Story("Ellis spoke.\n\nThe weather was fine.\n\nRain fell later.\n\nShe left.\n")
    story.person("Ellis")
    story.mark("She", "pronoun")
    _, resolved = story.resolve()
    assert resolution_of(resolved, "She") == "unresolved"


def test_it_and_they_go_to_an_organisation_only_when_it_is_the_subject() -> None:
    story = Story(
        "The Commerce Ministry said it would act. Rivers and the ministry met. They agreed.\n"
    )
    story.mark("Commerce Ministry", "organization")
    story.mark("it", "pronoun", after="said")
    story.person("Rivers")
    story.mark("the ministry", "description")
    story.mark("They", "pronoun")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "it") is entities[0]
    assert entity_of(entities, resolved, "the ministry") is entities[0]
    assert entity_of(entities, resolved, "They") is None  # the subject is a person


def test_a_pronoun_outside_the_body_stays_unresolved() -> None:
    story = Story("He Wins Again\n\nLONDON (Reuters) - Ellis won the race on Sunday.\n")
    story.mark("He", "pronoun")
    story.person("Ellis")
    _, resolved = story.resolve()
    assert resolution_of(resolved, "He") == "unresolved"


# -- descriptions --------------------------------------------------------------------------


def test_a_description_goes_to_the_latest_entity_with_a_matching_role() -> None:
    entities, resolved = briefing_story().resolve()
    assert entity_of(entities, resolved, "the top US diplomat") is entities[0]
    assert resolution_of(resolved, "the top US diplomat") == "description"


def test_a_description_with_a_demonym_skips_a_leader_of_another_country() -> None:
    story = Story(
        "North Korean leader Park Min-jun will meet US President Tom Crane. The North Korean "
        "leader arrives first. The leader will stay two days.\n"
    )
    story.person("North Korean leader Park Min-jun", "Park Min-jun", titles=["North Korean leader"])
    story.person("US President Tom Crane", "Tom Crane", titles=["US President"])
    story.mark("The North Korean leader", "description")
    story.mark("The leader", "description")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "The North Korean leader") is entities[0]
    # Without a country, the most recently mentioned leader.
    assert entity_of(entities, resolved, "The leader") is entities[0]


def test_a_description_head_matches_a_title_head_or_a_role_synonym() -> None:
    story = Story(
        "Foreign Minister Ana Ruiz met Acme Corp. executives. The minister praised the company. "
        "The envoy was absent.\n"
    )
    story.person("Foreign Minister Ana Ruiz", "Ana Ruiz", titles=["Foreign Minister"])
    story.mark("Acme Corp.", "organization")
    story.mark("The minister", "description")
    story.mark("the company", "description")
    story.mark("The envoy", "description")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "The minister") is entities[0]
    assert entity_of(entities, resolved, "the company") is entities[1]
    assert entity_of(entities, resolved, "The envoy") is None  # a minister is no envoy


def test_a_place_description_goes_to_the_latest_place_of_its_kind() -> None:
    story = Story("Peru and Chile signed in Lima. The country will ratify it.\n")
    story.mark("Peru", "place")
    story.mark("Chile", "place")
    story.mark("Lima", "place")
    story.mark("The country", "description")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "The country") is entities[1]


def test_a_person_named_only_by_title_resolves_by_title() -> None:
    story = Story("Secretary of State Mark Delaney left. The Secretary of State returns Monday.\n")
    story.person("Secretary of State Mark Delaney", "Mark Delaney", titles=["Secretary of State"])
    story.mark("The Secretary of State", "person", titles=["Secretary of State"])
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "The Secretary of State") is entities[0]
    assert resolution_of(resolved, "The Secretary of State") == "title"


# -- the whole result ----------------------------------------------------------------------


def test_entity_ids_follow_first_mentions_and_every_mention_is_resolved_or_says_not() -> None:
    story = briefing_story()
    entities, resolved = story.resolve()
    assert [e.id for e in entities] == list(range(len(entities)))
    firsts = [e.mentions[0].span.start for e in entities]
    assert firsts == sorted(firsts)
    assert len(resolved) == len(story.mentions)
    for mention in resolved:
        assert (mention.entity is None) == (mention.resolution == "unresolved")
    for entity in entities:
        assert all(m.entity == entity.id for m in entity.mentions)


def test_the_article_exposes_the_result_through_a_plugin_recognizer() -> None:
    from newsfacts.testing import isolated_host

    story = briefing_story()

    class Marked:
        def recognize(self, article: newsfacts.Article) -> list[Mention]:
            return story.mentions

    class Plugin:
        @newsfacts.hookimpl
        def newsfacts_recognizer(self) -> object:
            return Marked()

    with isolated_host(Plugin()):
        article = newsfacts.parse(BRIEFING)
        she = next(m for m in article.mentions if m.text == "she")
        speaker = article.entity_at(she.span)
    assert speaker is not None
    assert speaker.name == "Ellis"


def test_many_mentions_in_one_story_all_resolve() -> None:
    paragraph = "Ellis met Delaney and Ruiz. She said he and the minister agreed. Park left.\n\n"
    text = paragraph * 3000
    story = Story(text)
    offsets = {
        "Ellis": "person",
        "Delaney": "person",
        "Ruiz": "person",
        "She": "pronoun",
        "he": "pronoun",
        "the minister": "description",
        "Park": "person",
    }
    for copy in range(3000):
        base = copy * len(paragraph)
        for words, category in offsets.items():
            start = base + paragraph.index(words)
            span = Span(start=start, end=start + len(words))
            name = words if category == "person" else None
            story.mentions.append(Mention(span=span, text=words, category=category, name=name))  # type: ignore[arg-type]
    entities, resolved = resolve(story.article, story.mentions)
    assert len(entities) == 4
    assert len(resolved) == 21000
    # Every copy resolves alike: "She" goes to Ellis, the first subject, in the last copy too.
    last_she = [m for m in resolved if m.text == "She"][-1]
    assert last_she.entity is not None
    assert entities[last_she.entity].name == "Ellis"


def test_governments_of_two_countries_are_two_organisations() -> None:
    article = newsfacts.parse(
        "LIMA (AP) -- The Peruvian government said on Monday it would reply. The Chilean "
        "government said nothing. The Peruvian government later denied it.\n"
    )
    governments = [e for e in article.entities if e.name.endswith("government")]
    assert sorted(e.name for e in governments) == ["Chilean government", "Peruvian government"]
    peru = next(e for e in governments if e.name == "Peruvian government")
    assert len(peru.mentions) == 2


def test_a_resolved_mention_keeps_every_field_of_the_recognized_one() -> None:
    # coref builds resolved mentions field by field (for speed): a new Mention field must be
    # copied there too, and this test says so.
    import attrs

    from newsfacts.entities.coref import _with_entity

    fields = {field.name for field in attrs.fields(Mention)}
    assert fields == {
        "span", "text", "category", "name", "name_span", "titles", "gender", "country",
        "entity", "resolution",
    }  # fmt: skip
    mention = Mention(
        span=Span(start=0, end=9),
        text="Mr. Smith",
        category="person",
        name="Smith",
        name_span=Span(start=4, end=9),
        titles=("envoy",),
        gender="male",
        country="GB",
    )
    resolved = _with_entity(mention, 3, "alias")
    assert resolved == attrs.evolve(mention, entity=3, resolution="alias")


def test_the_word_tables_live_in_the_lexicon() -> None:
    from newsfacts.entities import coref, lexicon

    assert coref.ROLE_SYNONYMS is lexicon.ROLE_SYNONYMS
    assert "kim" in lexicon.FAMILY_NAMES_FIRST
    assert lexicon.ADDRESS_FORMS["mrs"] == "female"


# -- salience: pronouns ----------------------------------------------------------------


def test_a_pronoun_after_a_sentence_without_subject_takes_the_person_it_names() -> None:
    story = Story(
        "Finance Minister Otto Brandt spoke on Friday.\n\n"
        "The plan was drafted by Vogel in March. He said it would pass.\n"
    )
    story.person("Finance Minister Otto Brandt", "Otto Brandt", titles=["Finance Minister"])
    story.person("Vogel")
    story.mark("He", "pronoun")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "He") is entity_of(entities, resolved, "Vogel")


def test_a_possessive_person_of_the_previous_sentence_outranks_an_older_subject() -> None:
    story = Story(
        "Ruth Ames wrote the first book. Ames's name appeared beside Carter's photo. "
        '"I loved it," she says.\n'
    )
    story.person("Ruth Ames")
    story.person("Ames", after="book.")
    story.person("Carter")
    story.mark("she", "pronoun")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "she") is entities[0]


def test_a_subject_pronoun_in_a_subordinate_clause_takes_the_person_just_named() -> None:
    story = Story(
        "Central bank chief Karl Weber spoke on Monday.\n\n"
        "The stance was set by Hans Roth when he met reporters last week.\n"
    )
    story.person("Central bank chief Karl Weber", "Karl Weber", titles=["Central bank chief"])
    story.person("Hans Roth")
    story.mark("he", "pronoun", after=" he met")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "he") is entity_of(entities, resolved, "Hans Roth")


def test_a_main_clause_pronoun_after_a_fronted_phrase_keeps_the_previous_subject() -> None:
    story = Story(
        "Sam Okoro arrived in Lagos on Monday.\n\n"
        "Unlike Obi, he has no job. After talks with Eze, he left.\n"
    )
    story.person("Sam Okoro")
    story.person("Obi")
    story.mark("he", "pronoun", after="Obi")
    story.person("Eze")
    story.mark("he", "pronoun", after="Eze")
    entities, resolved = story.resolve()
    okoro = entities[0]
    assert entity_of(entities, resolved, "he") is okoro
    assert entity_of(entities, resolved, "he", 1) is okoro


# -- gender from given names -----------------------------------------------------------------


def test_a_given_name_tells_the_gender_a_pronoun_must_agree_with() -> None:
    story = Story(
        "Dennis Hart lives in a tent. The photos were taken by Muriel Dykstra. "
        '"I got presents," he says.\n'
    )
    story.person("Dennis Hart")
    story.person("Muriel Dykstra")
    story.mark("he", "pronoun", after="presents")
    entities, resolved = story.resolve()
    assert [e.gender for e in entities] == ["male", "female"]
    assert entity_of(entities, resolved, "he") is entities[0]


def test_an_ambiguous_or_family_first_given_name_tells_no_gender() -> None:
    story = Story("Kim Ode met Andrea Rossi and Li Ming on Monday.\n")
    story.person("Kim Ode")
    story.person("Andrea Rossi")
    story.person("Li Ming")
    entities, _ = story.resolve()
    assert [e.gender for e in entities] == [None, None, None]


# -- names ---------------------------------------------------------------------------------


def test_a_surname_misprinted_by_a_doubled_letter_is_the_same_person() -> None:
    story = Story("Labour MP Diana Abbot backs the plan. Ms Abbott called it overdue.\n")
    story.person("Labour MP Diana Abbot", "Diana Abbot", titles=["Labour MP"])
    story.person("Ms Abbott", "Abbott")
    entities, resolved = story.resolve()
    assert len(entities) == 1
    assert entities[0].name == "Diana Abbot"
    assert resolution_of(resolved, "Ms Abbott") == "alias"


def test_a_short_surname_is_never_taken_for_a_misprint() -> None:
    story = Story("Ann Lee spoke first. Then Mr. Le spoke.\n")
    story.person("Ann Lee")
    story.person("Mr. Le", "Le")
    entities, _ = story.resolve()
    assert [e.name for e in entities] == ["Ann Lee", "Le"]


def test_a_given_name_in_a_quotation_leaves_the_bare_surname_to_its_bearer() -> None:
    story = Story(
        "Student Omar Hadi built a clock. Hadi was arrested.\n\n"
        '"Great clock, Omar," the mayor wrote.\n\n'
        "His father Hadi Ali Hadi spoke on Tuesday.\n\n"
        "A company offered Hadi an internship.\n"
    )
    story.person("Student Omar Hadi", "Omar Hadi", titles=["Student"])
    story.person("Hadi", after="clock.")
    story.person("Omar", after="clock,")
    story.person("Hadi Ali Hadi")
    story.person("Hadi", after="offered")
    entities, resolved = story.resolve()
    student = entities[0]
    assert entity_of(entities, resolved, "Omar") is student
    assert entity_of(entities, resolved, "Hadi", 1) is student


# -- descriptions --------------------------------------------------------------------------


def test_a_description_in_apposition_before_a_name_is_that_person() -> None:
    story = Story(
        "EDMONTON (CP) - The provincial premier, Ray Klem, said the tax stays. Opposition "
        "leader Pam Birch disagreed. The premier said the tax was fair.\n"
    )
    story.mark("The provincial premier", "description", titles=["provincial premier"])
    story.person("Ray Klem")
    story.person("Opposition leader Pam Birch", "Pam Birch", titles=["Opposition leader"])
    story.mark("The premier", "description", titles=["premier"])
    entities, resolved = story.resolve()
    klem = entity_of(entities, resolved, "Ray Klem")
    assert klem is not None
    assert klem.id == 0
    assert entity_of(entities, resolved, "The provincial premier") is klem
    assert resolution_of(resolved, "The provincial premier") == "description"
    assert klem.titles[0] == "provincial premier"
    assert klem.span == story.mentions[0].span
    assert [m.text for m in klem.mentions] == ["The provincial premier", "Ray Klem", "The premier"]


def test_a_role_nobody_has_yet_opening_a_sentence_is_the_untitled_person_before_it() -> None:
    story = Story(
        "Gordon Black has called on rich nations to fund a vaccine plan.\n\n"
        "On the fourth day of his tour, the UK chancellor predicted success. "
        "Black later met the minister.\n"
    )
    story.person("Gordon Black")
    story.mark("his", "pronoun")
    story.mark("the UK chancellor", "description", titles=["UK chancellor"], country="GB")
    story.person("Black", after="success.")
    story.mark("the minister", "description", titles=["minister"])
    entities, resolved = story.resolve()
    black = entities[0]
    assert entity_of(entities, resolved, "the UK chancellor") is black
    assert black.titles == ("UK chancellor",)
    # Not opening its sentence, a role nobody has is somebody else.
    assert entity_of(entities, resolved, "the minister") is None


def test_a_role_nobody_has_is_not_given_to_a_person_with_another_title() -> None:
    story = Story("Foreign Minister Ana Ruiz left. The envoy arrived on Friday.\n")
    story.person("Foreign Minister Ana Ruiz", "Ana Ruiz", titles=["Foreign Minister"])
    story.mark("The envoy", "description", titles=["envoy"])
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "The envoy") is None


# -- particles, aliases, roles -----------------------------------------------------------


def test_surname_particles_are_printed_or_dropped_at_will() -> None:
    story = Story(
        "BEIRUT (AFP) -- Prime Minister Samir Al-Haddad flew to Paris. al-Haddad met bankers.\n\n"
        "Haddad returns on Monday, Al Haddad's office said.\n"
    )
    story.person("Samir Al-Haddad")
    story.person("al-Haddad")
    story.person("Haddad")
    story.person("Al Haddad")
    entities, resolved = story.resolve()
    assert [e.name for e in entities] == ["Samir Al-Haddad"]
    assert {m.entity for m in resolved} == {0}


def test_a_capitalised_particle_that_may_be_a_given_name_joins_only_its_like() -> None:
    story = Story("Tipper Grove spoke first. Al Grove spoke next.\n")
    story.person("Tipper Grove")
    story.person("Al Grove")
    entities, _ = story.resolve()
    assert [e.name for e in entities] == ["Tipper Grove", "Al Grove"]


def test_conventional_aliases_name_one_entity() -> None:
    story = Story("Mahmoud Abbas, known as Abu Mazen, met the Tories and the Conservatives.\n")
    story.person("Mahmoud Abbas")
    story.person("Abu Mazen")
    story.mark("Tories", "organization", name="Tories")
    story.mark("Conservatives", "organization", name="Conservatives")
    entities, _ = story.resolve()
    assert [(e.name, e.aliases) for e in entities] == [
        ("Mahmoud Abbas", ("Abu Mazen",)),
        ("Conservatives", ("Tories",)),
    ]


def test_a_role_in_apposition_after_a_possessive_points_back_later() -> None:
    story = Story(
        "Mr. Dupont denied the charges. Mr. Dupont's lawyer, Marc Leroy, called the ruling "
        "unfair. The lawyer said he would appeal.\n"
    )
    story.person("Mr. Dupont", "Dupont")
    story.person("Mr. Dupont", "Dupont")
    story.person("Marc Leroy")
    story.mark("he", "pronoun")
    entities, resolved = story.resolve()
    leroy = next(e for e in entities if e.name == "Marc Leroy")
    assert "lawyer" in leroy.titles
    lawyer = next(m for m in resolved if m.text == "The lawyer")
    assert lawyer.category == "description"
    assert lawyer.entity == leroy.id
    assert [m.span.start for m in resolved] == sorted(m.span.start for m in resolved)
    assert [m.text for m in leroy.mentions][:2] == ["Marc Leroy", "The lawyer"]


def test_a_role_description_with_a_modifier_the_holder_lacks_is_someone_else() -> None:
    story = Story(
        "Defence attorney Ann Cole spoke first. Later the district attorney said no deal "
        "was made.\n"
    )
    story.person("Defence attorney Ann Cole", "Ann Cole", titles=["Defence attorney"])
    _entities, resolved = story.resolve()
    assert all(m.category != "description" for m in resolved)


def test_an_aged_role_description_is_the_master_named_before() -> None:
    story = Story('Master Wu Ping teaches the flute. "Practice," said the 80-year-old master.\n')
    story.person("Master Wu Ping", "Wu Ping", titles=["Master"])
    _entities, resolved = story.resolve()
    master = next(m for m in resolved if m.text == "the 80-year-old master")
    assert master.entity == 0
    assert master.resolution == "description"


def test_the_company_is_the_business_last_named_nearby() -> None:
    story = Story(
        "Orbix said on Monday that profits rose. The company also hired staff.\n\n"
        "The Health Ministry said the plan was fine. The company disagreed.\n"
    )
    story.mark("Orbix", "organization", name="Orbix")
    story.mark("The company", "description", titles=["company"])
    story.mark("Health Ministry", "organization", name="Health Ministry")
    story.mark("The company", "description", titles=["company"])
    _entities, resolved = story.resolve()
    assert [m.entity for m in resolved if m.text == "The company"] == [0, 0]


def test_the_company_is_no_ministry() -> None:
    story = Story("The Health Ministry said the plan was fine. The company disagreed.\n")
    story.mark("Health Ministry", "organization", name="Health Ministry")
    story.mark("The company", "description", titles=["company"])
    _entities, resolved = story.resolve()
    assert resolved[-1].entity is None


def test_a_pronoun_right_after_a_name_in_a_fronted_phrase_is_not_that_person() -> None:
    story = Story(
        "Ahmed Karim praised the deal on Monday.\n\n"
        "But standing next to Mr Vance he added that more work was needed.\n"
    )
    story.person("Ahmed Karim")
    story.person("Mr Vance", "Vance")
    story.mark("he", "pronoun")
    entities, resolved = story.resolve()
    assert entity_of(entities, resolved, "he") is entity_of(entities, resolved, "Ahmed Karim")


def test_a_long_story_without_brackets_still_joins_a_bracketed_acronym_at_its_end() -> None:
    # The acronym is looked for in a bounded stretch after each name (linear time, measured
    # in benchmarks/): the answer must be the short story's.
    story = (
        "LONDON (Reuters) - "
        + "Acme Holdings Corp said sales rose. " * 20_000
        + "The Zenith Widget Corp (ZWC) said it agreed. ZWC shares rose.\n"
    )
    entities = newsfacts.parse(story).entities
    assert [(e.name, len(e.mentions)) for e in entities] == [
        ("London", 1),
        ("Acme Holdings Corp", 20_000),
        ("Zenith Widget Corp", 3),
    ]
    assert "ZWC" in entities[2].aliases


def test_a_role_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    import newsfacts

    story = "Resident Tom Bell, 71, watched the fire.\n\nBell said the sky was orange.\n"
    people = [
        entity.name for entity in newsfacts.parse(story).entities if entity.category == "person"
    ]
    assert people == ["Tom Bell"]


def test_an_object_pronoun_is_not_its_own_clause_subject() -> None:
    import newsfacts
    from newsfacts.records import Span

    story = "A woman testified on Tuesday.\n\nJudge Rizkar Amin asked her to stay on topic.\n"
    article = newsfacts.parse(story)
    start = story.index("her to")
    (mention,) = article.entity_index.mentions_in(Span(start=start, end=start + 3))
    assert mention.entity is None or article.entity_index.entity(mention.entity).name != (
        "Rizkar Amin"
    )
