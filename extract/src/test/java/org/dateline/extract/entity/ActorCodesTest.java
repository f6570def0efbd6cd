package org.dateline.extract.entity;

import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActorCodesTest {
    @Test
    void a_person_takes_country_and_the_sector_of_the_title() {
        assertEquals("USAGOV", ActorCodes.code(EntityType.PERSON, "Mike Pompeo", "Secretary of State", "USA"));
        assertEquals("USALEG", ActorCodes.code(EntityType.PERSON, "Ann Lee", "Sen.", "USA"));
        assertEquals("RUSMIL", ActorCodes.code(EntityType.PERSON, "Ivan Petrov", "General", "RUS"));
        assertEquals("GBRJUD", ActorCodes.code(EntityType.PERSON, "Jo Hale", "Chief Justice", "GBR"));
        assertEquals("SWE", ActorCodes.code(EntityType.PERSON, "Lars Berg", null, "SWE"));
    }

    @Test
    void institutions_named_without_a_country_carry_their_own_code() {
        assertEquals("RUSGOV", ActorCodes.code(EntityType.ORGANIZATION, "the Kremlin", null, null));
        assertEquals("USAMIL", ActorCodes.code(EntityType.ORGANIZATION, "Pentagon", null, null));
        assertEquals("RUS", ActorCodes.countryOf("Kremlin"));
    }

    @Test
    void an_organisation_takes_the_sector_of_its_name() {
        assertEquals("SWEGOV", ActorCodes.code(EntityType.ORGANIZATION, "Swedish Foreign Ministry", null, "SWE"));
        assertEquals("NORMIL", ActorCodes.code(EntityType.ORGANIZATION, "Norwegian Army", null, "NOR"));
    }

    @Test
    void a_country_is_its_own_code_and_an_unstated_country_is_cameos_placeholder() {
        assertEquals("FIN", ActorCodes.code(EntityType.LOCATION, "Finland", null, "FIN"));
        assertEquals("---LEG", ActorCodes.code(EntityType.PERSON, "Ann Lee", "Senator", null));
        assertEquals("---JUD", ActorCodes.code(EntityType.PERSON, "Maria Lopez", "Judge", null));
        assertNull(ActorCodes.code(EntityType.PERSON, "Ann Lee", null, null));
        assertNull(ActorCodes.code(EntityType.LOCATION, "Lima", null, null));
    }

    @Test
    void the_longest_sector_term_wins() {
        assertEquals("USAJUD", ActorCodes.code(EntityType.PERSON, "Rod Reyes", "Deputy Attorney General", "USA"));
        assertEquals("---GOV", ActorCodes.code(EntityType.PERSON, "Ana Ruiz", "Secretary General", null));
        assertEquals("GBRMIL", ActorCodes.code(EntityType.PERSON, "Ian Moss", "General", "GBR"));
    }

    @Test
    void people_out_of_office_are_elites() {
        assertEquals("GRCELI", ActorCodes.code(EntityType.PERSON, "Nikos Pappas", "former prime minister", "GRC"));
        assertEquals("---ELI", ActorCodes.code(EntityType.PERSON, "Nikos Pappas", "Former Socialist prime minister", null));
        assertEquals("USAGOV", ActorCodes.code(EntityType.PERSON, "Ann Lee", "then Secretary of State", "USA"),
                "'then' names the office held at the time");
    }

    @Test
    void international_and_non_state_organisations_carry_their_dictionary_code() {
        assertEquals("IGOUNO", ActorCodes.code(EntityType.ORGANIZATION, "the United Nations", null, null));
        assertEquals("IGOUNO", ActorCodes.code(EntityType.ORGANIZATION, "Security Council", null, null));
        assertEquals("NGOHRIAMN", ActorCodes.code(EntityType.ORGANIZATION, "Amnesty International", null, null));
        assertEquals("LBNREB", ActorCodes.code(EntityType.ORGANIZATION, "Hezbollah", null, null));
        assertEquals("IGOAFRAFU", ActorCodes.code(EntityType.ORGANIZATION, "African Union", null, null));
        // a person's title that begins with one: the organization's official
        assertEquals("IGOMEAARL", ActorCodes.code(EntityType.PERSON, "Amr Nasser", "Arab League Secretary General", null));
        // a person's own name is never looked up as an organization
        assertEquals("USAGOV", ActorCodes.code(EntityType.PERSON, "Hamas Smith", "Secretary of State", "USA"));
    }
}
