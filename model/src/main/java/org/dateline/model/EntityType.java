package org.dateline.model;

/** The coarse type of an entity. Groups such as "the Trump administration" are organizations. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
