package org.dateline.model;

/** Whether an event happened, as the text tells it. */
public enum EventStatus {
    /** Reported as having happened or happening. */
    OCCURRED,
    /** Announced, scheduled, intended or expected: not yet happened ("will meet", "to travel"). */
    PLANNED,
    /** Said not to have happened ("did not warn"). */
    NEGATED,
    /** A denial: the actor rejects a claim or accusation ("Russia denied interfering"). */
    DENIED,
    /** Conditional, possible or wished for ("if talks fail", "could strike"). */
    HYPOTHETICAL
}
