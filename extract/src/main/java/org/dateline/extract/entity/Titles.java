package org.dateline.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Titles and roles that stand before or after a person's name ("Secretary of State Mike Pompeo",
 * "Lavrov, the Russian foreign minister"), the nouns by which an article later refers back to
 * that person ("the secretary") and the organizations referred to by their head noun ("the
 * administration"). Named data: extend the lists, not the code.
 */
final class Titles {
    private Titles() {
    }

    /** Titles, lower case, as word sequences. Longer entries win over their suffixes. */
    static final Set<String> TITLES = Set.of(
            "president", "vice president", "vice-president", "president-elect", "vice premier", "vice-premier",
            "prime minister", "deputy prime minister",
            "premier", "chancellor", "foreign minister", "defense minister", "defence minister",
            "finance minister", "interior minister", "trade minister", "justice minister", "health minister",
            "information minister", "energy minister", "oil minister", "economy minister", "deputy foreign minister",
            "minister", "deputy minister", "foreign secretary",
            "home secretary", "secretary of state", "deputy secretary of state", "secretary of defense",
            "defense secretary", "treasury secretary", "secretary-general", "secretary general",
            "secretary", "press secretary", "attorney general", "special counsel", "counsel",
            "national security adviser", "adviser", "advisor", "spokeswoman", "spokesman",
            "spokesperson", "ambassador", "envoy", "special envoy", "senator", "sen.", "representative",
            "rep.", "congressman", "congresswoman", "governor", "gov.", "lt. gov.", "mayor", "speaker",
            "house speaker", "majority leader", "minority leader", "leader", "chairman", "chairwoman",
            "chair", "director", "deputy director", "chief executive", "ceo", "chief", "commissioner",
            "general", "gen.", "lt. gen.", "maj. gen.", "admiral", "adm.", "colonel", "col.",
            "king", "queen", "prince", "princess", "crown prince", "emir", "sheikh", "pope", "cardinal",
            "archbishop", "judge", "justice", "chief justice", "prosecutor", "attorney", "lawyer",
            "professor", "prof.", "dr.", "inspector general", "head", "founder", "coach", "manager",
            "anchor", "host", "correspondent", "analyst", "economist", "official",
            // roles outside government, with the sectors PETRARCH's agents dictionary gives them
            "activist", "human rights activist", "rights activist", "opposition activist", "opposition leader",
            "opposition figure", "dissident", "campaigner", "rebel leader", "rebel commander", "militant leader",
            "journalist", "columnist", "writer", "student", "doctor", "lawmaker", "legislator", "commander",
            "cleric", "imam", "priest", "bishop", "scientist", "researcher", "union leader", "businessman",
            "businesswoman");

    /** Lower-case words that qualify a title before it and belong to it ("junior", "former"). */
    static final Set<String> QUALIFIERS = Set.of(
            "junior", "senior", "deputy", "acting", "interim", "former", "ex-", "then", "then-", "outgoing",
            "incoming", "top", "exiled", "ousted", "caretaker", "assistant", "associate", "regional", "provincial",
            "state", "federal", "chief");

    /** Words before a title that put its holder out of office: "former prime minister", "ex- minister". */
    static final Set<String> FORMER = Set.of("former", "ex-");

    /** The party letters of an American party-and-state tag: "(D-Fla.)", ", R-Iowa,". */
    static final Set<String> PARTY_LETTERS = Set.of("D", "R", "I");

    /** Honorifics: not titles, but they say a person's gender. */
    static final Map<String, Gender> HONORIFICS = Map.of(
            "mr.", Gender.MALE, "mr", Gender.MALE, "mrs.", Gender.FEMALE, "mrs", Gender.FEMALE,
            "ms.", Gender.FEMALE, "ms", Gender.FEMALE, "sir", Gender.MALE, "dame", Gender.FEMALE);

    /** Words of a title that say the holder's gender. */
    static final Map<String, Gender> GENDERED = Map.of(
            "spokeswoman", Gender.FEMALE, "spokesman", Gender.MALE, "chairwoman", Gender.FEMALE,
            "chairman", Gender.MALE, "congresswoman", Gender.FEMALE, "congressman", Gender.MALE,
            "king", Gender.MALE, "queen", Gender.FEMALE, "prince", Gender.MALE, "princess", Gender.FEMALE);

    /**
     * Titles that name their country when none is given: in English-language news, a bare
     * "Secretary of State" is the U.S. one (Britain says "Foreign Secretary").
     */
    static final Map<String, String> IMPLIED_COUNTRY = Map.of(
            "secretary of state", "USA", "deputy secretary of state", "USA", "house speaker", "USA",
            "congressman", "USA", "congresswoman", "USA", "foreign secretary", "GBR", "home secretary", "GBR");

    /** Descriptions that stand for a title ("America's chief diplomat" = its foreign minister). */
    static final Map<String, List<String>> ROLE_SYNONYMS = Map.ofEntries(
            Map.entry("chief diplomat", List.of("secretary of state", "foreign minister", "foreign secretary")),
            Map.entry("top diplomat", List.of("secretary of state", "foreign minister", "foreign secretary")),
            Map.entry("head of state", List.of("president", "king", "queen", "emir")),
            Map.entry("commander in chief", List.of("president")),
            // abbreviated titles ("Sen. Jon Tester" is "the senator") and the chamber's leaders
            Map.entry("senator", List.of("senator", "sen.", "senate majority leader", "senate minority leader")),
            Map.entry("governor", List.of("governor", "gov.")),
            Map.entry("general", List.of("general", "gen.")),
            Map.entry("admiral", List.of("admiral", "adm.")),
            Map.entry("colonel", List.of("colonel", "col.")),
            Map.entry("professor", List.of("professor", "prof.")),
            Map.entry("representative", List.of("representative", "rep.")),
            Map.entry("congressman", List.of("congressman", "rep.", "representative")),
            Map.entry("congresswoman", List.of("congresswoman", "rep.", "representative")),
            Map.entry("lawmaker", List.of("lawmaker", "legislator", "senator", "sen.", "representative", "rep.",
                    "congressman", "congresswoman", "senate majority leader", "senate minority leader",
                    "house speaker", "house majority leader", "house minority leader", "mp")));

    /** Head nouns by which an organization is referred back to ("the administration"). */
    static final Set<String> ORGANIZATION_HEADS = Set.of(
            "administration", "department", "ministry", "embassy", "agency", "company", "government",
            "council", "committee", "commission", "court", "party", "bank", "union", "alliance", "firm",
            "campaign", "organization", "organisation", "authority", "office", "bureau", "parliament",
            "senate", "congress", "cabinet", "regime", "group", "network", "newspaper", "board");

    /** Nouns that make a person's name into a group: "the Trump administration". */
    static final Set<String> GROUP_NOUNS = Set.of(
            "administration", "government", "campaign", "cabinet", "regime", "presidency", "team");

    /** Titles that are forms of address as much as offices: a comma-set title before them says more. */
    static final Set<String> HONORIFIC_TITLES = Set.of("sheikh", "dr.", "prof.", "prince", "princess");

    /** Title heads that take an "of"/"for" complement before the name: "Minister for Interior X". */
    static final Set<String> TAKES_COMPLEMENT = Set.of("minister", "secretary", "commissioner", "director", "chief",
            "head", "ambassador", "envoy", "governor", "mayor", "chairman", "chairwoman", "president", "speaker");

    enum Gender { MALE, FEMALE, UNKNOWN }

    /** The noun a title is referred back by: "secretary of state" to "secretary", "minister for interior" to "minister". */
    static String head(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int of = t.indexOf(" of ");
        int forIndex = t.indexOf(" for ");
        if (forIndex >= 0 && (of < 0 || forIndex < of)) {
            of = forIndex; // "minister for interior" is referred back to as "the minister"
        }
        String before = of < 0 ? t : t.substring(0, of);
        String[] words = before.split(" ");
        return words[words.length - 1];
    }

    static Gender genderOf(String title) {
        if (title == null) {
            return Gender.UNKNOWN;
        }
        for (String w : title.toLowerCase(Locale.ROOT).split(" ")) {
            Gender g = GENDERED.get(w);
            if (g != null) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }
}
