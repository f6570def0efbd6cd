package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * One event: who did what to whom, when and where, coded in PLOVER and CAMEO.
 *
 * @param type       PLOVER event type ("CONSULT"), or null for CAMEO codes PLOVER drops
 * @param mode       PLOVER mode ("visit", "phone"), or null
 * @param cameo      CAMEO event code as a string with its leading zero ("036")
 * @param quadClass  CAMEO quad class 1..4 (verbal/material cooperation/conflict)
 * @param goldstein  Goldstein score of the CAMEO code, -10..+10
 * @param actors     who acts; several for compound actors ("Trump and Putin spoke")
 * @param recipients who is acted on
 * @param status     occurred, planned, negated, denied or hypothetical
 * @param when       the time attached to the event
 * @param where      the place the event is at, or null
 * @param reportedBy index in the article's quote list of the attribution that asserts the event,
 *                   or null when the article asserts it in its own voice
 * @param trigger    the word or words that express the event
 * @param sentence   the sentence the event is read from
 */
public record Event(String type, String mode, String cameo, int quadClass, double goldstein,
                    List<Participant> actors, List<Participant> recipients, EventStatus status,
                    EventTime when, Participant where, Integer reportedBy, Trigger trigger, Span sentence) {
    public Event {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trigger, "trigger");
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }
}
