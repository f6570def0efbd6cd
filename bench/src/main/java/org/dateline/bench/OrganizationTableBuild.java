package org.dateline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds {@code organizations.tsv} (an organization's name and its CAMEO code) from the
 * PETRARCH2/Phoenix actor dictionaries (MIT, see NOTICE). Not part of the product's run time:
 * <pre>
 *   java -cp "cli/target/dateline.jar:cli/target/lib/*" org.dateline.bench.OrganizationTableBuild \
 *        ../shared/reference/petrarch-dictionaries extract/src/main/resources/org/dateline/extract/organizations.tsv
 * </pre>
 * A dictionary entry is a primary phrase, its {@code +} synonyms and its codes, on the phrase's
 * line or on the indented lines after it. Only codes without a date range are kept: those name
 * organizations and armed groups (IGOUNO, NGOHRIAMN, LBNREB); dated codes are people in office,
 * which the directory of well-known people covers with their roles.
 */
public final class OrganizationTableBuild {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final List<String> FILES = List.of("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");

    private OrganizationTableBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: OrganizationTableBuild DICTIONARY_DIR OUTPUT_TSV");
            System.exit(2);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String file : FILES) {
            read(Path.of(args[0]).resolve(file), names);
        }
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write("# name (lower case, no leading 'the')\tCAMEO code  (from PETRARCH2/Phoenix "
                    + String.join(", ", FILES) + ", MIT; see NOTICE)\n");
            for (Map.Entry<String, String> e : names.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.printf("organizations %d%n", names.size());
    }

    private static void read(Path file, Map<String, String> out) throws IOException {
        List<String> block = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String body = line.replaceFirst("#.*$", "");
                if (body.isBlank()) {
                    continue;
                }
                boolean indented = Character.isWhitespace(body.charAt(0));
                String phrase = body.strip().split("[\\s\\[]", 2)[0];
                if (!indented && !phrase.startsWith("+")) {
                    flush(block, codes, out);
                }
                if (!indented && !phrase.isEmpty() && !phrase.startsWith("!")) {
                    block.add(phrase.startsWith("+") ? phrase.substring(1) : phrase);
                }
                Matcher m = CODE.matcher(body);
                while (m.find()) {
                    codes.add(m.group(1).strip());
                }
            }
        }
        flush(block, codes, out);
    }

    /** Writes a finished block's names with its first undated code, the first entry of a name winning. */
    private static void flush(List<String> block, List<String> codes, Map<String, String> out) {
        String code = codes.stream().filter(c -> c.matches("[A-Z]{3,15}")).findFirst().orElse(null);
        if (code != null) {
            for (String phrase : block) {
                String name = phrase.replace('_', ' ').strip().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
                if (name.length() > 1 && name.chars().noneMatch(ch -> ch == '\uFFFD' || ch == '\t')) {
                    out.putIfAbsent(name, code);
                }
            }
        }
        block.clear();
        codes.clear();
    }
}
