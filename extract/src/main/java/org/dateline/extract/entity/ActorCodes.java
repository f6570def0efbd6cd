package org.dateline.extract.entity;

import org.dateline.model.EntityType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CAMEO-style actor codes: a country (ISO-3) followed by a sector (GOV, MIL, LEG, JUD, COP, SPY,
 * PTY, MED, EDU, BUS), e.g. {@code USAGOV} for "Secretary of State Mike Pompeo" or {@code RUSGOV}
 * for "the Kremlin". The sector comes from a person's title or an organization's name; places
 * that stand for governments carry their own code; international and non-state organizations
 * take theirs from {@link Organizations} ("the United Nations" IGOUNO); a known sector of no stated
 * country is {@code ---GOV}. Named data below; extend the lists.
 */
final class ActorCodes {
    private ActorCodes() {
    }

    /** Seats of power and institutions named without their country, with their code. */
    static final Map<String, String> INSTITUTIONS = Map.ofEntries(
            Map.entry("kremlin", "RUSGOV"), Map.entry("white house", "USAGOV"), Map.entry("pentagon", "USAMIL"),
            Map.entry("state department", "USAGOV"), Map.entry("department of state", "USAGOV"),
            Map.entry("downing street", "GBRGOV"), Map.entry("foreign office", "GBRGOV"), Map.entry("elysee", "FRAGOV"),
            Map.entry("élysée", "FRAGOV"), Map.entry("congress", "USALEG"), Map.entry("capitol hill", "USALEG"),
            Map.entry("duma", "RUSLEG"), Map.entry("state duma", "RUSLEG"), Map.entry("bundestag", "DEULEG"),
            Map.entry("knesset", "ISRLEG"), Map.entry("cia", "USASPY"), Map.entry("fbi", "USACOP"),
            Map.entry("justice department", "USAJUD"), Map.entry("department of justice", "USAJUD"),
            Map.entry("supreme court", "USAJUD"), Map.entry("treasury", "USAGOV"), Map.entry("zhongnanhai", "CHNGOV"),
            Map.entry("senate", "USALEG"), Map.entry("house of representatives", "USALEG"));

    /** Words of a title or an organization's name that say its sector; the first match wins. */
    static final Map<String, String> SECTOR_WORDS = sectors();

    private static Map<String, String> sectors() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : List.of("general", "gen.", "admiral", "adm.", "colonel", "col.", "commander", "army", "navy",
                "military", "air force", "armed forces", "marines", "defense ministry", "defence ministry", "troops")) {
            m.put(w, "MIL");
        }
        for (String w : List.of("senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "lawmaker",
                "speaker", "majority leader", "minority leader", "parliament", "senate", "congress", "assembly")) {
            m.put(w, "LEG");
        }
        for (String w : List.of("judge", "justice", "court", "prosecutor", "attorney general", "deputy attorney general",
                "solicitor general")) {
            m.put(w, "JUD");
        }
        for (String w : List.of("police", "sheriff")) {
            m.put(w, "COP");
        }
        for (String w : List.of("intelligence", "spy")) {
            m.put(w, "SPY");
        }
        for (String w : List.of("party", "democrats", "republicans")) {
            m.put(w, "PTY");
        }
        for (String w : List.of("news", "times", "post", "journal", "television", "tv", "radio", "anchor",
                "correspondent", "editor", "reporter", "host")) {
            m.put(w, "MED");
        }
        for (String w : List.of("university", "college", "school", "professor")) {
            m.put(w, "EDU");
        }
        for (String w : List.of("ceo", "chief executive", "company", "corp", "corp.", "inc", "inc.", "bank", "group")) {
            m.put(w, "BUS");
        }
        // roles outside government, as PETRARCH's Phoenix agents dictionary codes them
        for (String w : List.of("activist", "dissident", "campaigner", "opposition", "protester")) {
            m.put(w, "OPP");
        }
        for (String w : List.of("rebel", "insurgent", "rebel leader", "rebel commander")) {
            m.put(w, "REB");
        }
        for (String w : List.of("journalist", "columnist", "writer")) {
            m.put(w, "MED");
        }
        for (String w : List.of("student")) {
            m.put(w, "EDU");
        }
        for (String w : List.of("doctor")) {
            m.put(w, "HLH");
        }
        for (String w : List.of("cleric", "imam", "priest", "bishop")) {
            m.put(w, "REL");
        }
        for (String w : List.of("union leader")) {
            m.put(w, "LAB");
        }
        for (String w : List.of("businessman", "businesswoman")) {
            m.put(w, "BUS");
        }
        for (String w : List.of("militant", "militant leader")) {
            m.put(w, "UAF");
        }
        for (String w : List.of("president", "prime minister", "premier", "chancellor", "minister", "secretary",
                "ministry", "department", "embassy", "ambassador", "envoy", "government", "administration", "cabinet",
                "governor", "gov.", "mayor", "king", "queen", "emir", "crown prince", "spokesman", "spokeswoman",
                "spokesperson", "official", "diplomat", "leader", "agency", "authority", "council", "secretary general",
                "secretary-general", "inspector general", "surgeon general", "postmaster general", "governor general", "governor-general")) {
            m.put(w, "GOV");
        }
        return m;
    }

    /** The code of an entity, or null when neither country nor sector is known well enough. */
    static String code(EntityType type, String name, String title, String country) {
        String lowerName = name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        String institution = INSTITUTIONS.get(lowerName);
        if (institution != null) {
            return institution;
        }
        if (type == EntityType.LOCATION) {
            return country;
        }
        boolean former = type == EntityType.PERSON && formerTitle(title);
        if (type != EntityType.PERSON) {
            String organization = Organizations.shared().code(name);
            if (organization != null) {
                return organization;
            }
        } else if (country == null && !former) {
            String employer = Organizations.shared().codeOfTitle(title);
            if (employer != null) {
                return employer;
            }
        }
        String sector = former ? "ELI" : sector(type == EntityType.PERSON ? title : name);
        if (country == null) {
            return sector == null ? null : UNKNOWN_COUNTRY + sector; // "Judge Maria Lopez": a judge of no stated country
        }
        return sector == null ? country : country + sector;
    }

    /** CAMEO's placeholder for a country the text does not give. */
    static final String UNKNOWN_COUNTRY = "---";

    /** "former prime minister", "ex-minister": CAMEO codes people out of office as elites (ELI). */
    private static boolean formerTitle(String title) {
        if (title == null) {
            return false;
        }
        String t = title.toLowerCase(Locale.ROOT);
        // "then-Secretary X" held the office at the time
        return Titles.FORMER.contains(t.split(" ", 2)[0]) || t.startsWith("ex-");
    }

    /** The country an institution's name implies ("Kremlin" is Russia's), or null. */
    static String countryOf(String name) {
        String code = INSTITUTIONS.get(name.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
        return code == null ? null : code.substring(0, 3);
    }

    private static String sector(String words) {
        if (words == null) {
            return null;
        }
        String w = " " + words.toLowerCase(Locale.ROOT) + " ";
        String institutionSector = null;
        for (var e : INSTITUTIONS.entrySet()) {
            if (w.contains(" " + e.getKey() + " ")) {
                institutionSector = e.getValue().substring(3);
            }
        }
        if (institutionSector != null) {
            return institutionSector;
        }
        // the longest term wins: "attorney general" is JUD, not the MIL of "general"
        String best = null;
        for (var e : SECTOR_WORDS.entrySet()) {
            if (w.contains(" " + e.getKey() + " ") && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
            }
        }
        return best == null ? null : SECTOR_WORDS.get(best);
    }
}
