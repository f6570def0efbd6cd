package org.dateline.model;

/** How an entity is referred to: by name, by a description ("the secretary") or by a pronoun. */
public enum MentionKind {
    NAME, NOMINAL, PRONOUN
}
