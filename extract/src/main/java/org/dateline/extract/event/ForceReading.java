package org.dateline.extract.event;

import org.dateline.extract.syntax.Tree;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an act of force coded from its verb is in its sentence. Political news uses force for
 * words and votes: a named politician's attack on people or organizations, with nothing physical
 * in the sentence, is CAMEO 111 criticism ("Trump repeatedly attacked the FBI", "launched a fresh
 * attack on Germany, claiming ..."); beating or crushing someone in an election, or between named
 * people, is no event ("beat Hillary Clinton easily"); a retaliation in a trade dispute is a
 * sanction (163). Armed actors, fighting targets, places, weapons, injuries and police keep the
 * force. Stateless.
 */
final class ForceReading {
    private ForceReading() {
    }

    /** The CAMEO code of an ASSAULT coded {@code code}: that code, 111, 163, or null when it is no event. */
    static String code(Tree tree, Coded c, String code, List<Entity> entities, List<Participant> targets) {
        if (triggerHas(tree, c, DEFEAT) && (electoral(tree) || verbal(tree, c, entities, targets))) {
            return null; // "beat Clinton easily in 2016", "crushed de León in the primary": a vote won
        }
        if (triggerHas(tree, c, RETALIATION) && inSentence(tree, TRADE)) {
            return "163";
        }
        if (GENERIC_FORCE.contains(code) && triggerHas(tree, c, VERBAL_FORCE) && verbal(tree, c, entities, targets)) {
            return "111";
        }
        return code;
    }

    /** Verbs and nouns of defeat, which an election turns into winning a vote. */
    private static final Set<String> DEFEAT = Set.of("beat", "defeat", "crush", "trounce", "pummel", "rout", "thrash",
            "clobber", "whip", "drub", "blow", "edge", "wallop", "victory");

    /** Words that put a sentence in an electoral contest. */
    private static final Set<String> ELECTORAL = Set.of("election", "elections", "primary", "primaries", "caucus", "caucuses",
            "vote", "votes", "ballot", "ballots", "runoff", "poll", "polls", "points", "percent", "nomination", "electoral",
            "reelection", "re-election", "midterm", "midterms");

    private static boolean electoral(Tree tree) {
        return inSentence(tree, ELECTORAL);
    }

    private static boolean inSentence(Tree tree, Set<String> words) {
        for (int i = 0; i < tree.size(); i++) {
            if (words.contains(tree.token(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The generic CAMEO codes of force a verbal attack gets from its verb (not shooting, bombing or killing). */
    private static final Set<String> GENERIC_FORCE = Set.of("190", "180", "181", "182", "1823", "193", "196", "200");

    /** Verbs and nouns of force that politics uses for words. */
    private static final Set<String> VERBAL_FORCE = Set.of("attack", "assault", "assail", "battle", "fight", "war", "offensive",
            "target", "blast", "slam", "lash", "bash", "hit", "pummel", "savage", "strike", "broadside", "barrage", "salvo");

    /** Sectors whose attacks are words: legislators, parties, courts, the media ("The House is waging war against Rosenstein"). */
    private static final Set<String> TALKING = Set.of("LEG", "PTY", "JUD", "MED", "EDU", "NGO", "BUS", "LAB", "ELI");

    private static final Set<String> RETALIATION = Set.of("retaliate", "retaliation");

    /** Words of trade measures, which make a retaliation a sanction ("retaliated against U.S. tariffs"). */
    private static final Set<String> TRADE = Set.of("tariff", "tariffs", "duty", "duties", "levy", "levies", "sanction",
            "sanctions", "import", "imports", "export", "exports", "trade", "embargo");

    /** Sectors that fight: an attack on them is force. */
    private static final Set<String> FIGHTING = Set.of("MIL", "REB", "UAF", "INS");

    /** Participles of saying after an attack that make it words ("..., claiming the country was controlled"). */
    private static final Set<String> SAYING = Set.of("claim", "say", "call", "accuse", "argue", "insist", "suggest",
            "complain", "charge", "allege", "label", "describe", "tweet", "write");

    /** Sectors whose attacks are force, whoever they target. */
    private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "INS", "COP", "SPY", "CRM");

    /** Words after which an attack is physical whoever makes it (the weapon, the injury, the police). */
    private static final Set<String> PHYSICAL = Set.of("knife", "gun", "hammer", "bat", "machete", "axe", "rifle", "pistol",
            "weapon", "weapons", "bomb", "car", "truck", "acid", "fists", "stabbed", "punched", "injured", "wounded", "killed",
            "hospital", "hospitalized", "police", "arrested", "charged", "troops", "forces", "army", "military", "missile",
            "missiles", "airstrike", "airstrikes", "drone", "drones", "militants", "rebels", "soldiers");

    private static boolean triggerHas(Tree tree, Coded c, Set<String> lemmas) {
        for (int i = c.verb(); i <= c.lastTrigger(); i++) {
            if (lemmas.contains(tree.token(i).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an attack is verbal: made by named people, none of them armed, on people or
     * organizations that are not armed either (no place: "Trump attacked Syria" is force), with
     * nothing physical in the sentence. "Trump attacked Mueller's inquiry", "launched a fresh
     * attack on Germany, claiming ..." are criticisms.
     */
    private static boolean verbal(Tree tree, Coded c, List<Entity> entities, List<Participant> targets) {
        if (c.sources().isEmpty()) {
            return false;
        }
        for (Participant p : c.sources()) {
            Entity e = entity(entities, p.entity());
            boolean talker = p.code() != null && p.code().length() >= 6 && TALKING.contains(p.code().substring(p.code().length() - 3));
            if (!talker && (e == null || e.type() != EntityType.PERSON || armed(p.code()))) {
                return false;
            }
        }
        boolean saying = false;
        for (int i = c.lastTrigger() + 1; i < tree.size(); i++) {
            saying |= tree.token(i).pos().equals("VBG") && SAYING.contains(tree.token(i).lemma().toLowerCase(Locale.ROOT));
        }
        for (Participant p : targets) {
            Entity e = entity(entities, p.entity());
            if (p.code() != null && p.code().length() >= 6 && FIGHTING.contains(p.code().substring(p.code().length() - 3))
                    || !saying && e != null && e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                return false;
            }
        }
        for (int i = 0; i < tree.size(); i++) {
            if (PHYSICAL.contains(tree.token(i).lemma().toLowerCase(Locale.ROOT))
                    || PHYSICAL.contains(tree.token(i).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean armed(String code) {
        return code != null && code.length() >= 6 && ARMED.contains(code.substring(code.length() - 3));
    }

    private static Entity entity(List<Entity> entities, String id) {
        if (id == null) {
            return null;
        }
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }
}
