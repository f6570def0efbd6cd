package org.dateline.extract.event;

import org.dateline.extract.entity.Countries;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.dateline.model.Place;
import org.dateline.model.PlaceRole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Actor codes for participants that name a place, once places are resolved: a city stands for its
 * country ("the mayor of Lima" is PER), and a capital acting as its government is that government
 * ("Berlin rejected the calls" is DEUGOV, "Washington demanded" USAGOV). Participants that already
 * have a code keep it, unless it is a bare country that the resolved place contradicts. Input: the article's events and places; output: the events with codes filled.
 */
public final class PlaceActorCodes {
    private static final String CAPITAL = "PPLC";

    private final Countries countries;

    public PlaceActorCodes(Countries countries) {
        this.countries = countries;
    }

    public List<Event> apply(List<Event> events, List<Place> places) {
        Map<String, String> codeOf = new HashMap<>();
        for (Place p : places) {
            String iso3 = p.countryCode() == null ? null
                    : countries.byIso2(p.countryCode()).map(Countries.Country::iso3).orElse(null);
            if (iso3 == null) {
                continue;
            }
            String code = p.role() == PlaceRole.GOVERNMENT_METONYM && CAPITAL.equals(p.feature()) ? iso3 + "GOV" : iso3;
            p.entities().forEach(id -> codeOf.putIfAbsent(id, code));
        }
        if (codeOf.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(new Event(e.type(), e.mode(), e.cameo(), e.quadClass(), e.goldstein(), filled(e.actors(), codeOf),
                    filled(e.recipients(), codeOf), e.status(), e.when(), e.where(), e.reportedBy(), e.trigger(),
                    e.sentence()));
        }
        return out;
    }

    private static List<Participant> filled(List<Participant> participants, Map<String, String> codeOf) {
        List<Participant> out = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            String placed = p.entity() == null ? null : codeOf.get(p.entity());
            // no code yet, or a bare country the place contradicts ("Georgia" read as the U.S. state)
            boolean open = p.code() == null || p.code().length() == 3 && placed != null && !placed.startsWith(p.code());
            String code = open ? placed : null;
            out.add(code == null ? p : new Participant(p.entity(), p.text(), p.start(), p.end(), code));
        }
        return out;
    }
}
