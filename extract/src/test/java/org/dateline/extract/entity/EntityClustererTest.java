package org.dateline.extract.entity;

import org.dateline.model.Entity;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.testkit.Articles;
import org.dateline.testkit.Parses;
import org.dateline.testkit.Parses.Name;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityClustererTest {
    private final EntityClusterer clusterer = new EntityClusterer(Countries.shared());

    private List<Entity> cluster(List<Name> names, String... paragraphs) {
        return clusterer.cluster(Parses.of(Articles.of("2020-01-01", paragraphs), names, List.of()));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + entities));
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void a_surname_joins_the_full_name_and_the_title_is_kept() {
        List<Entity> es = cluster(List.of(Name.of("PERSON", "Mike Pompeo"), Name.of("PERSON", "Pompeo")),
                "Secretary of State Mike Pompeo flew home.", "Pompeo said little.");
        Entity e = named(es, "Mike Pompeo");
        assertEquals("Secretary of State", e.title());
        assertEquals("USA", e.country(), "a bare Secretary of State is the U.S. one");
        assertEquals(List.of("Mike Pompeo", "Pompeo"), texts(e));
    }

    @Test
    void a_country_before_a_title_and_its_qualifiers_is_the_holders_country() {
        List<Entity> es = cluster(List.of(Name.of("LOCATION", "Pakistan"), Name.of("PERSON", "Omar Rana"),
                        Name.of("PERSON", "Ade Okon"), Name.of("PERSON", "Petra Novak")),
                "Pakistan President Omar Rana flew home.",
                "Nigerian junior foreign minister Ade Okon stayed.",
                "Former Czech prime minister Petra Novak spoke.");
        Entity rana = named(es, "Omar Rana");
        assertEquals("PAK", rana.country(), "a country name before the title");
        assertEquals("PAKGOV", rana.actorCode());
        Entity okon = named(es, "Ade Okon");
        assertEquals("junior foreign minister", okon.title());
        assertEquals("NGA", okon.country(), "the demonym before a qualified title");
        assertEquals("NGAGOV", okon.actorCode());
        Entity novak = named(es, "Petra Novak");
        assertEquals("CZE", novak.country());
        assertEquals("CZEELI", novak.actorCode(), "out of office: an elite");
    }

    @Test
    void an_office_of_no_stated_country_takes_the_country_the_article_is_about() {
        List<Entity> es = cluster(List.of(Name.of("LOCATION", "Chile"), Name.of("PERSON", "Ana Soto"),
                        Name.of("LOCATION", "Chilean"), Name.of("PERSON", "Luis Vera")),
                "Chile's courts are busy.", "Judge Ana Soto charged two Chilean officials.", "Luis Vera waited.");
        Entity soto = named(es, "Ana Soto");
        assertEquals("CHL", soto.country());
        assertEquals("CHLJUD", soto.actorCode());
        assertNull(named(es, "Luis Vera").actorCode(), "no office, no code: the article's country is not a nationality");
    }

    @Test
    void a_news_organisation_does_not_take_the_country_a_story_is_about() {
        List<Entity> es = cluster(List.of(Name.of("LOCATION", "Chile"), Name.of("ORGANIZATION", "Andes Radio")),
                "Chile's courts are busy, Andes Radio reported.");
        assertEquals("---MED", named(es, "Andes Radio").actorCode());
    }

    @Test
    void no_home_country_when_the_article_is_split_between_countries() {
        List<Entity> es = cluster(List.of(Name.of("LOCATION", "Chile"), Name.of("LOCATION", "Peru"),
                        Name.of("PERSON", "Ana Soto")),
                "Chile and Peru signed a deal.", "Judge Ana Soto approved it.");
        assertEquals("---JUD", named(es, "Ana Soto").actorCode());
    }

    @Test
    void a_title_and_surname_only_one_countrys_people_have_held_give_that_country_on_any_date() {
        List<Entity> es = cluster(List.of(Name.of("PERSON", "Bush")), "President Bush warned the rebels.");
        Entity bush = named(es, "Bush");
        assertEquals("USA", bush.country(), "no Bush was president in 2020, but every President Bush is American");
        assertEquals("USAGOV", bush.actorCode());
    }

    @Test
    void a_word_of_a_title_tagged_as_a_name_is_not_an_entity() {
        List<Entity> es = cluster(List.of(Name.of("ORGANIZATION", "State"), Name.of("PERSON", "Mike Pompeo")),
                "Secretary of State Mike Pompeo flew home.");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void country_aliases_form_one_entity_with_its_canonical_name() {
        List<Entity> es = cluster(List.of(Name.of("LOCATION", "U.S."), Name.of("LOCATION", "America"),
                        Name.of("LOCATION", "United States")),
                "The U.S. and America are one.", "So is the United States.");
        Entity us = named(es, "United States");
        assertEquals("USA", us.country());
        assertEquals(3, us.mentions().size());
    }

    @Test
    void a_description_naming_the_title_refers_back_to_the_most_recent_holder() {
        List<Entity> es = cluster(List.of(Name.of("PERSON", "Ann Lee"), Name.of("PERSON", "Bo Park")),
                "Secretary Ann Lee met Governor Bo Park.", "The secretary said nothing.");
        Entity lee = named(es, "Ann Lee");
        assertTrue(lee.mentions().stream().anyMatch(m -> m.kind() == MentionKind.NOMINAL && m.text().equals("The secretary")),
                texts(lee)::toString);
        assertEquals(1, named(es, "Bo Park").mentions().size());
    }


    @Test
    void the_president_is_not_the_vice_president() {
        List<Entity> es = cluster(List.of(Name.of("PERSON", "Ann Lee"), Name.of("PERSON", "Bo Park")),
                "President Ann Lee praised former Vice President Bo Park.", "Park later met the president.");
        Entity lee = named(es, "Ann Lee");
        assertTrue(texts(lee).contains("the president"), texts(lee)::toString);
        assertTrue(!texts(named(es, "Bo Park")).contains("the president"), "a lower office of the same head is another role");
    }
    @Test
    void a_pronoun_goes_to_the_first_person_of_its_sentence_or_the_one_before() {
        List<Entity> es = cluster(List.of(Name.of("PERSON", "Ann Lee"), Name.of("PERSON", "Bo Park")),
                "Ann Lee met Bo Park in Oslo.", "Later he flew to Rome.");
        assertTrue(texts(named(es, "Ann Lee")).contains("he"));
    }

    @Test
    void a_pronoun_skips_a_person_of_the_other_gender() {
        List<Entity> es = cluster(List.of(Name.of("PERSON", "Ann Lee"), Name.of("PERSON", "Bo Park")),
                "Spokeswoman Ann Lee met Bo Park in Oslo.", "Later he flew to Rome.");
        assertTrue(texts(named(es, "Bo Park")).contains("he"), es::toString);
    }

    @Test
    void a_name_before_administration_is_a_group() {
        List<Entity> es = cluster(List.of(Name.of("PERSON", "Carla Harlan"), new Name("PERSON", "Harlan", 1)),
                "Carla Harlan spoke.", "The Harlan administration disagreed.");
        Entity group = named(es, "Harlan administration");
        assertEquals("ORGANIZATION", group.type().name());
        assertEquals(1, named(es, "Carla Harlan").mentions().size());
    }

    @Test
    void an_organisation_is_referred_back_to_by_its_head_noun() {
        List<Entity> es = cluster(List.of(Name.of("ORGANIZATION", "Harbor Authority")),
                "The Harbor Authority closed two piers.", "The authority said it had no choice.");
        assertEquals(List.of("Harbor Authority", "The authority"), texts(named(es, "Harbor Authority")));
    }

    @Test
    void a_well_known_person_named_by_title_and_surname_gets_the_full_name_and_country() {
        List<Entity> es = clusterer.cluster(Parses.of(Articles.of("2019-05-10", "President Trump spoke to reporters."),
                List.of(Name.of("PERSON", "Trump")), List.of()));
        assertEquals("Donald Trump", es.get(0).name());
        assertEquals("USA", es.get(0).country());
        assertEquals("President", es.get(0).title());
    }

    @Test
    void a_surname_whose_title_does_not_fit_the_directory_is_left_alone() {
        List<Entity> es = clusterer.cluster(Parses.of(Articles.of("2019-05-10", "Governor Trump spoke to reporters."),
                List.of(Name.of("PERSON", "Trump")), List.of()));
        assertEquals("Trump", es.get(0).name());
        assertNull(es.get(0).country());
    }

    @Test
    void an_adjectival_is_a_mention_of_its_country_and_american_means_the_united_states() {
        List<Entity> es = cluster(List.of(Name.of("MISC", "American"), Name.of("MISC", "North Korean")),
                "American and North Korean envoys met.");
        assertEquals("United States", es.get(0).name());
        assertEquals("PRK", es.get(1).country());
    }

    @Test
    void names_in_a_title_case_subheading_are_not_trusted() {
        List<Entity> es = cluster(List.of(Name.of("ORGANIZATION", "Harbor Hoax Fools The Media"), Name.of("PERSON", "Ann Lee")),
                "Harbor Hoax Fools The Media", "Ann Lee said the story was false.");
        assertEquals(List.of("Ann Lee"), es.stream().map(Entity::name).toList());
    }

    @Test
    void brackets_and_determiners_are_trimmed_from_names() {
        List<Entity> es = cluster(List.of(Name.of("MISC", "[Open Skies Treaty]")), "They left the [Open Skies Treaty] in May.");
        assertEquals("Open Skies Treaty", es.get(0).name());
        assertNull(es.get(0).title());
    }
}
