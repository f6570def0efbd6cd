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
    void a_country_is_its_own_code_and_no_country_means_no_code() {
        assertEquals("FIN", ActorCodes.code(EntityType.LOCATION, "Finland", null, "FIN"));
        assertNull(ActorCodes.code(EntityType.PERSON, "Ann Lee", "Senator", null));
    }
}
