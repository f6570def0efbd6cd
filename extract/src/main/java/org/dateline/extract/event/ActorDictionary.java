package org.dateline.extract.event;

import org.dateline.extract.data.DataFiles;
import org.dateline.extract.syntax.Tree;
import org.dateline.model.Participant;
import org.dateline.model.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actor and agent dictionaries in the PETRARCH/TABARI format. Actors: a phrase ({@code _} joins
 * its words; a trailing {@code _} asks for the exact word, otherwise the last word may be a stem,
 * "ARGENTIN"), {@code +synonym} lines, and codes {@code [RUSGOV]}, possibly dated
 * ({@code [HOBGOV 19950601-19990815]}, {@code [RHO <790606]}). Agents: a role with optional plural
 * forms and a code joined to the country ({@code PRESIDENT [~GOV]}), with {@code !MACRO! = A, B}
 * substitutions. Lines or codes it cannot read are skipped. Immutable once read; {@link #on(LocalDate)} gives the finder for a story date.
 */
public final class ActorDictionary {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern DATED = Pattern.compile("^(\\S+)\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?$");
    private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

    /** A code valid from {@code from} (inclusive) to {@code to} (inclusive); nulls are open. */
    record DatedCode(String code, LocalDate from, LocalDate to) {
        boolean valid(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }

        boolean dated() {
            return from != null || to != null;
        }
    }

    /** One phrase: its words and whether the last must be exact. */
    record Phrase(List<String> words, boolean exact, List<DatedCode> codes, boolean agent) {
    }

    private final Map<String, List<Phrase>> byFirstWord;

    private ActorDictionary(List<Phrase> phrases) {
        Map<String, List<Phrase>> m = new HashMap<>();
        for (Phrase p : phrases) {
            String first = p.words().get(0);
            String key = p.words().size() == 1 && !p.exact() ? stemKey(first) : first;
            m.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        for (List<Phrase> list : m.values()) {
            list.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        }
        byFirstWord = m;
    }

    private static String stemKey(String w) {
        return w.length() > 4 ? w.substring(0, 4) : w;
    }

    /** Reads actor files and agent files (either list may be empty). */
    public static ActorDictionary read(List<Path> actorFiles, List<Path> agentFiles) throws IOException {
        List<Phrase> phrases = new ArrayList<>();
        for (Path p : actorFiles) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1)) {
                phrases.addAll(readActors(r));
            }
        }
        for (Path p : agentFiles) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1)) {
                phrases.addAll(readAgents(r));
            }
        }
        return new ActorDictionary(phrases);
    }

    /** Reads dictionaries from readers (actors, then agents; either may be null). */
    public static ActorDictionary read(Reader actors, Reader agents) throws IOException {
        List<Phrase> phrases = new ArrayList<>();
        if (actors != null) {
            phrases.addAll(readActors(actors));
        }
        if (agents != null) {
            phrases.addAll(readAgents(agents));
        }
        return new ActorDictionary(phrases);
    }

    /** Our own agents (roles and groups named without a country), shipped with Dateline. */
    public static ActorDictionary builtInAgents() {
        return Agents.BUILT_IN;
    }

    private static final class Agents {
        static final ActorDictionary BUILT_IN = load();

        private static ActorDictionary load() {
            try (Reader r = DataFiles.reader("/org/dateline/extract/event/dateline.agents.txt")) {
                return read(null, r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static List<String> lines(Reader reader) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        boolean comment = false;
        String line;
        while ((line = in.readLine()) != null) {
            String s = line;
            if (comment) {
                int close = s.indexOf("-->");
                if (close < 0) {
                    continue;
                }
                comment = false;
                s = s.substring(close + 3);
            }
            int open = s.indexOf("<!");
            if (open >= 0) {
                int close = s.indexOf("-->", open);
                if (close < 0) {
                    comment = true;
                    s = s.substring(0, open);
                } else {
                    s = s.substring(0, open) + s.substring(close + 3);
                }
            }
            int hash = s.indexOf('#');
            if (hash >= 0) {
                s = s.substring(0, hash);
            }
            out.add(s);
        }
        return out;
    }

    static List<Phrase> readActors(Reader reader) throws IOException {
        List<Phrase> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        for (String raw : lines(reader)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (line.startsWith("[") || indented && line.startsWith("[")) {
                codes.addAll(codes(line));
                continue;
            }
            if (line.startsWith("+")) {
                names.add(line.substring(1).strip());
                continue;
            }
            flush(names, codes, out, false);
            Matcher m = CODE.matcher(line);
            if (m.find()) {
                names.add(line.substring(0, m.start()).strip());
                codes.addAll(codes(line.substring(m.start())));
            } else {
                names.add(line);
            }
        }
        flush(names, codes, out, false);
        return out;
    }

    static List<Phrase> readAgents(Reader reader) throws IOException {
        List<Phrase> out = new ArrayList<>();
        Map<String, List<String>> macros = new HashMap<>();
        for (String raw : lines(reader)) {
            String line = raw.strip();
            Matcher macro = MACRO.matcher(line);
            if (macro.find()) {
                macros.put(macro.group(1), Arrays.stream(macro.group(2).split(",")).map(String::strip).toList());
                continue;
            }
            Matcher m = CODE.matcher(line);
            if (line.isEmpty() || !m.find()) {
                continue;
            }
            String code = m.group(1).strip().replace("~", "");
            String head = line.substring(0, m.start()).strip();
            List<String> forms = new ArrayList<>();
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int close = head.indexOf('}', brace);
                String inside = close > brace ? head.substring(brace + 1, close) : "";
                for (String f : inside.split("\\s+")) {
                    if (!f.isBlank()) {
                        forms.add(f);
                    }
                }
                head = head.substring(0, brace).strip();
            }
            forms.add(0, head);
            List<DatedCode> codes = List.of(new DatedCode(code, null, null));
            for (String form : forms) {
                for (String expanded : expand(form, macros)) {
                    List<String> words = words(expanded);
                    if (!words.isEmpty()) {
                        out.add(new Phrase(words, false, codes, true));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> expand(String form, Map<String, List<String>> macros) {
        for (Map.Entry<String, List<String>> m : macros.entrySet()) {
            if (form.contains(m.getKey())) {
                List<String> out = new ArrayList<>();
                for (String v : m.getValue()) {
                    out.addAll(expand(form.replace(m.getKey(), v), macros));
                }
                return out;
            }
        }
        return List.of(form);
    }

    private static void flush(List<String> names, List<DatedCode> codes, List<Phrase> out, boolean agent) {
        if (!names.isEmpty() && !codes.isEmpty()) {
            for (String n : names) {
                List<String> words = words(n);
                if (!words.isEmpty()) {
                    out.add(new Phrase(words, n.endsWith("_"), List.copyOf(codes), agent));
                }
            }
        }
        names.clear();
        codes.clear();
    }

    private static List<String> words(String phrase) {
        return Arrays.stream(phrase.toUpperCase(Locale.ROOT).split("[\\s_]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<DatedCode> codes(String s) {
        List<DatedCode> out = new ArrayList<>();
        Matcher m = CODE.matcher(s);
        while (m.find()) {
            Matcher d = DATED.matcher(m.group(1).strip());
            if (!d.find()) {
                continue;
            }
            String code = d.group(1);
            if (code.chars().allMatch(c -> c == '-' || c == '+')) {
                code = null;
            }
            LocalDate from = null;
            LocalDate to = null;
            try {
                if (d.group(2) != null) {
                    LocalDate at = date(d.group(3));
                    if (d.group(2).equals("<")) {
                        to = at.minusDays(1);
                    } else {
                        from = at;
                    }
                } else if (d.group(4) != null) {
                    from = date(d.group(4));
                    to = date(d.group(5));
                }
            } catch (java.time.DateTimeException e) {
                continue; // an impossible date ("991399") in a user's dictionary: skip that code, keep the rest
            }
            out.add(new DatedCode(code, from, to));
        }
        return out;
    }

    private static LocalDate date(String digits) {
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            digits = (yy < 30 ? "20" : "19") + digits;
        }
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }

    /** The finder for stories of this date (dated codes are chosen by it). */
    ActorFinder on(LocalDate date) {
        return tree -> find(tree, date);
    }

    private List<ActorSpan> find(Tree tree, LocalDate date) {
        List<ActorSpan> spans = new ArrayList<>();
        List<Token> tokens = tree.sentence().tokens();
        int i = 0;
        while (i < tokens.size()) {
            Phrase best = null;
            int bestEnd = -1;
            String first = tokens.get(i).text().toUpperCase(Locale.ROOT);
            for (String key : List.of(first, stemKey(first))) {
                for (Phrase p : byFirstWord.getOrDefault(key, List.of())) {
                    int end = match(p, tokens, i);
                    if (end > bestEnd) {
                        best = p;
                        bestEnd = end;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            String code = code(best, date);
            if (code != null) {
                Token a = tokens.get(i);
                Token b = tokens.get(bestEnd);
                spans.add(new ActorSpan(i, bestEnd, best.agent(),
                        new Participant(null, tree.text(i, bestEnd), a.start(), b.end(), code)));
            }
            i = bestEnd + 1;
        }
        return spans;
    }

    private static String code(Phrase p, LocalDate date) {
        DatedCode fallback = null;
        for (DatedCode c : p.codes()) {
            if (c.dated()) {
                if (date != null && c.valid(date)) {
                    return c.code();
                }
            } else if (fallback == null) {
                fallback = c;
            }
        }
        return fallback == null ? null : fallback.code();
    }

    /** The last token index the phrase covers from {@code at}, or -1. */
    private static int match(Phrase p, List<Token> tokens, int at) {
        List<String> words = p.words();
        if (at + words.size() > tokens.size()) {
            return -1;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(at + k);
            String tok = t.text().toUpperCase(Locale.ROOT);
            String w = words.get(k);
            boolean last = k == words.size() - 1;
            boolean ok = tok.equals(w)
                    || p.agent() && (tok.equals(w + "S") || tok.equals(w + "ES") || t.lemma() != null
                    && t.lemma().toUpperCase(Locale.ROOT).equals(w))
                    || last && !p.exact() && !p.agent() && w.length() >= 4 && tok.startsWith(w)
                    && Character.isUpperCase(t.text().charAt(0));
            if (!ok) {
                return -1;
            }
        }
        return at + words.size() - 1;
    }
}
