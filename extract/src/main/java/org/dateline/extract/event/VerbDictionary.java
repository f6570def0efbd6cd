package org.dateline.extract.event;

import org.dateline.extract.data.DataFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verb dictionary in the PETRARCH/TABARI format: synsets ({@code &NAME} with {@code +member}
 * lines), verb blocks ({@code --- NAME [code] ---}) listing verb forms ({@code LEAVE {LEFT}},
 * phrasal {@code +BREAK_DOWN}) and patterns ({@code - SAID * TO ATTEND [082]}) where {@code *} is
 * the verb, {@code _} joins adjacent words, {@code $} is the source, {@code +} the target and
 * {@code %} a compound actor. Our own lexicon uses the same format so that users' dictionaries plug
 * in unchanged. Immutable once read.
 */
public final class VerbDictionary {
    private static final Pattern BLOCK = Pattern.compile("^---\\s*(\\S+)\\s*\\[([^\\]]*)\\]\\s*---");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final Pattern FORMS = Pattern.compile("\\{([^}]*)\\}");

    /**
     * A verb's entry: its default code (null for "---") and its patterns, most specific first;
     * {@code fallback} when it comes from a dictionary consulted only for verbs the first does not list.
     */
    record Entry(String verb, String code, List<VerbPattern> patterns, boolean fallback) {
    }

    private final Map<String, Entry> byForm;
    /** Verbs this dictionary knows only from multi-word forms ("+TAKE_CONTROL"), not as verbs of their own. */
    private final Set<String> phrasalOnly;

    private VerbDictionary(Map<String, Entry> byForm) {
        this(byForm, Set.of());
    }

    private VerbDictionary(Map<String, Entry> byForm, Set<String> phrasalOnly) {
        this.byForm = Map.copyOf(byForm);
        this.phrasalOnly = Set.copyOf(phrasalOnly);
    }

    /**
     * The shipped lexicon: our own, and for verbs it does not list, the PETRARCH2/Phoenix
     * production verb dictionary (CAMEO.2.0, MIT, Open Event Data Alliance), whose verbs code an
     * event only between two actors (PETRARCH's own rule) and never a bare statement (CAMEO 01).
     */
    public static VerbDictionary builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final VerbDictionary BUILT_IN = fromResource("dateline.verbs.txt")
                .or(fromResource("phoenix.verbs.txt").withoutDefaults(voided()));
    }

    /** The verbs listed in {@code phoenix.voided.txt}, upper case. */
    private static Set<String> voided() {
        Set<String> out = new HashSet<>();
        DataFiles.rows("/org/dateline/extract/event/phoenix.voided.txt", c -> out.add(c[0].strip().toUpperCase(Locale.ROOT)));
        return out;
    }

    /**
     * This dictionary with the default codes of {@code verbs} (upper case) removed, their patterns
     * kept: a verb whose block codes what it usually does not mean ("took a harder line" is no arrest).
     */
    VerbDictionary withoutDefaults(Set<String> verbs) {
        Map<String, Entry> all = new HashMap<>(byForm);
        all.replaceAll((form, e) -> verbs.contains(form) || verbs.contains(e.verb())
                ? new Entry(e.verb(), null, e.patterns(), e.fallback()) : e);
        return new VerbDictionary(all, phrasalOnly);
    }

    /**
     * This dictionary, and {@code fallback}'s entries for the forms this one does not know. A verb
     * this one knows only from multi-word forms ("+TAKE_CONTROL" in a block of its own) keeps the
     * fallback's entry, with those phrases tried first.
     */
    public VerbDictionary or(VerbDictionary fallback) {
        Map<String, Entry> all = new HashMap<>();
        fallback.byForm.forEach((form, e) -> all.put(form, new Entry(e.verb(), e.code(), e.patterns(), true)));
        byForm.forEach((form, e) -> {
            Entry theirs = all.get(form);
            if (theirs != null && phrasalOnly.contains(e.verb())) {
                List<VerbPattern> both = new ArrayList<>(e.patterns());
                both.addAll(theirs.patterns());
                all.put(form, new Entry(theirs.verb(), theirs.code(), both, true));
            } else {
                all.put(form, e);
            }
        });
        return new VerbDictionary(all);
    }

    static VerbDictionary fromResource(String name) {
        try (Reader r = DataFiles.reader("/org/dateline/extract/event/" + name)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static VerbDictionary read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return read(r);
        }
    }

    /** Parses a dictionary; lines it cannot read are skipped (the format is loose in the wild). */
    public static VerbDictionary read(Reader reader) throws IOException {
        Builder b = new Builder();
        BufferedReader in = new BufferedReader(reader);
        boolean inComment = false;
        String line;
        while ((line = in.readLine()) != null) {
            StringBuilder kept = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (inComment) {
                    int close = line.indexOf("-->", i);
                    if (close < 0) {
                        i = line.length();
                    } else {
                        inComment = false;
                        i = close + 3;
                    }
                } else {
                    int open = line.indexOf("<!", i);
                    if (open < 0) {
                        kept.append(line, i, line.length());
                        i = line.length();
                    } else {
                        kept.append(line, i, open);
                        inComment = true;
                        i = open + 2;
                    }
                }
            }
            String text = kept.toString();
            int hash = text.indexOf('#');
            b.line((hash < 0 ? text : text.substring(0, hash)).strip(), hash < 0 ? "" : text.substring(hash + 1).strip());
        }
        return b.build();
    }

    /** The entry for a verb form or lemma (upper or lower case), or null. */
    Entry entry(String form) {
        return byForm.get(form.toUpperCase(Locale.ROOT));
    }

    /**
     * Every lemma and form the dictionary knows, lower case (for selective parsing); a fallback's
     * forms are left out, so borrowing a large dictionary does not make every sentence parsed.
     */
    public Set<String> forms() {
        Set<String> all = new HashSet<>();
        byForm.forEach((f, e) -> {
            if (!e.fallback()) {
                all.add(f.toLowerCase(Locale.ROOT));
            }
        });
        return all;
    }

    private static final class Builder {
        private final Map<String, List<List<String>>> synsets = new HashMap<>();
        private final Map<String, String> codes = new HashMap<>();
        private final Map<String, List<VerbPattern>> patterns = new HashMap<>();
        private final Map<String, String> formToVerb = new HashMap<>();
        private String synset;
        private String block;
        private String blockCode;
        private final Set<String> blockVerbs = new LinkedHashSet<>();
        /** The multi-word forms of the current block ("+BREAK_DOWN"), as patterns of their verb word. */
        private final List<Map.Entry<String, VerbPattern>> blockPhrasals = new ArrayList<>();

        /** The verb a pattern's comment names as its own ("- * ON [190]  # PRESS"), or null. */
        private String owner;

        void line(String line, String comment) {
            String tag = comment.isEmpty() ? "" : comment.split("\\s+")[0].toUpperCase(Locale.ROOT);
            owner = tag.matches("[A-Z]+") ? tag : null;
            line(line);
        }

        void line(String line) {
            if (line.isEmpty()) {
                synset = null;
                return;
            }
            Matcher m = BLOCK.matcher(line);
            if (m.find()) {
                synset = null;
                block = m.group(1);
                blockCode = code(m.group(2));
                blockVerbs.clear();
                blockPhrasals.clear();
                return;
            }
            if (line.startsWith("&")) {
                // "&PREPOSIT1_" is defined with a trailing joiner and used as "&PREPOSIT1"
                synset = line.substring(1).strip().toUpperCase(Locale.ROOT).replaceAll("_+$", "");
                synsets.put(synset, new ArrayList<>());
                return;
            }
            if (synset != null && line.startsWith("+")) {
                synsets.get(synset).add(words(line.substring(1)));
                return;
            }
            if (block == null) {
                return;
            }
            if (line.startsWith("-")) {
                pattern(line.substring(1).strip());
            } else {
                form(line);
            }
        }

        private static String code(String raw) {
            String c = raw.strip();
            return c.isEmpty() || c.chars().allMatch(ch -> ch == '-') ? null : c;
        }

        private static List<String> words(String s) {
            return Arrays.stream(s.strip().toUpperCase(Locale.ROOT).split("[\\s_]+"))
                    .filter(w -> !w.isEmpty()).toList();
        }

        /** A verb form line: "LEAVE {LEFT LEAVES}", "+BREAK_DOWN {...}", "WIRE_+TAP", "KLM_NOP_+RST [002]". */
        private void form(String line) {
            String code = blockCode;
            Matcher c = CODE.matcher(line);
            if (c.find()) {
                code = code(c.group(1));
                line = line.substring(0, c.start()).strip();
            }
            List<String> inflected = new ArrayList<>();
            Matcher f = FORMS.matcher(line);
            if (f.find()) {
                for (String w : f.group(1).strip().split("\\s+")) {
                    if (!w.isBlank()) {
                        inflected.add(w);
                    }
                }
                line = line.substring(0, f.start()).strip();
            }
            String verb = addForm(line, code);
            if (verb == null) {
                return;
            }
            for (String form : inflected) {
                String s = form.startsWith("+") ? form.substring(1) : form;
                if (!s.contains("_")) {
                    formToVerb.putIfAbsent(s.toUpperCase(Locale.ROOT), verb);
                }
            }
        }

        /** Registers one form; returns its verb word, or null. */
        private String addForm(String form, String code) {
            String s = form.startsWith("+") ? form.substring(1) : form;
            String[] parts = s.toUpperCase(Locale.ROOT).split("_");
            int verbAt = 0;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith("+")) {
                    verbAt = i;
                    parts[i] = parts[i].substring(1);
                }
            }
            List<String> clean = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].isEmpty()) {
                    clean.add(parts[i]);
                } else if (i < verbAt) {
                    verbAt--;
                }
            }
            if (clean.isEmpty()) {
                return null;
            }
            verbAt = Math.max(0, Math.min(verbAt, clean.size() - 1));
            String verb = clean.get(verbAt);
            if (clean.size() == 1) {
                codes.putIfAbsent(verb, code);
                blockVerbs.add(verb);
                return verb;
            }
            if (code != null) {
                List<VerbPattern.Element> pre = new ArrayList<>();
                for (int i = verbAt - 1; i >= 0; i--) {
                    pre.add(word(clean.get(i), true));
                }
                List<VerbPattern.Element> post = new ArrayList<>();
                for (int i = verbAt + 1; i < clean.size(); i++) {
                    post.add(new VerbPattern.Element(VerbPattern.Kind.PARTICLE, List.of(clean.get(i)), List.of(), false));
                }
                VerbPattern phrasal = new VerbPattern(pre, post, code, form);
                add(verb, phrasal);
                blockPhrasals.add(Map.entry(verb, phrasal));
            }
            blockVerbs.add(verb);
            return verb;
        }

        private void pattern(String body) {
            Matcher c = CODE.matcher(body);
            if (!c.find()) {
                return;
            }
            String code = code(c.group(1));
            String text = body.substring(0, c.start()).strip();
            if (block == null) {
                return;
            }
            if (code == null) {
                code = VerbPattern.NO_EVENT; // PETRARCH's "[---]": the phrase names no event ("draw a picture")
            }
            List<String> parts = new ArrayList<>();
            List<Boolean> joined = new ArrayList<>();
            for (String chunk : text.split("\\s+")) {
                boolean first = true;
                for (String p : chunk.split("_")) {
                    if (p.isEmpty()) {
                        continue;
                    }
                    parts.add(p.toUpperCase(Locale.ROOT));
                    joined.add(!first);
                    first = false;
                }
            }
            int star = parts.indexOf("*");
            if (star < 0) {
                return;
            }
            List<VerbPattern.Element> pre = new ArrayList<>();
            for (int i = star - 1; i >= 0; i--) {
                VerbPattern.Element e = element(parts.get(i), joined.get(i + 1));
                if (e != null) {
                    pre.add(e);
                }
            }
            List<VerbPattern.Element> post = new ArrayList<>();
            for (int i = star + 1; i < parts.size(); i++) {
                VerbPattern.Element e = element(parts.get(i), joined.get(i));
                if (e != null) {
                    post.add(e);
                }
            }
            VerbPattern p = new VerbPattern(pre, post, code, "- " + text);
            if (blockVerbs.isEmpty()) {
                add(block.replace("_", "").toUpperCase(Locale.ROOT), p);
            }
            // A pattern whose comment names one verb of a block of several was written for that verb:
            // Phoenix's "- * ON [190] # PRESS" (an army pressing on) is no pattern of PUSH, nor is
            // "- * RIGHT [130] # RESERVE" one of UPHOLD. Untagged patterns serve the whole block.
            boolean owned = owner != null && blockVerbs.size() > 1 && blockVerbs.contains(owner);
            for (String verb : blockVerbs) {
                if (!owned || verb.equals(owner)) {
                    add(verb, p);
                }
            }
            // A block's patterns apply to its multi-word forms too, after their particle: "broken down
            // a treaty" is BREAK_DOWN + "* TREATY", as PETRARCH reads it.
            for (Map.Entry<String, VerbPattern> ph : blockPhrasals) {
                if (owned && !ph.getKey().equals(owner)) {
                    continue;
                }
                List<VerbPattern.Element> both = new ArrayList<>(ph.getValue().post());
                both.addAll(post);
                List<VerbPattern.Element> before = new ArrayList<>(ph.getValue().pre());
                before.addAll(pre);
                add(ph.getKey(), new VerbPattern(before, both, code, ph.getValue().source() + " " + p.source()));
            }
        }

        private VerbPattern.Element element(String part, boolean adjacent) {
            return switch (part) {
                case "$" -> new VerbPattern.Element(VerbPattern.Kind.SOURCE, List.of(), List.of(), adjacent);
                case "+" -> new VerbPattern.Element(VerbPattern.Kind.TARGET, List.of(), List.of(), adjacent);
                case "%" -> new VerbPattern.Element(VerbPattern.Kind.COMPOUND, List.of(), List.of(), adjacent);
                case "^" -> new VerbPattern.Element(VerbPattern.Kind.SKIP, List.of(), List.of(), adjacent);
                default -> part.startsWith("&")
                        ? new VerbPattern.Element(VerbPattern.Kind.SYNSET, List.of(part.substring(1)), List.of(), adjacent)
                        : word(part, adjacent);
            };
        }

        private static VerbPattern.Element word(String w, boolean adjacent) {
            return new VerbPattern.Element(VerbPattern.Kind.WORDS, List.of(w), List.of(), adjacent);
        }

        private void add(String verb, VerbPattern p) {
            patterns.computeIfAbsent(verb, k -> new ArrayList<>()).add(p);
        }

        VerbDictionary build() {
            Set<String> verbs = new HashSet<>(codes.keySet());
            verbs.addAll(patterns.keySet());
            Map<String, Entry> byForm = new HashMap<>();
            for (String verb : verbs) {
                List<VerbPattern> sorted = new ArrayList<>(patterns.getOrDefault(verb, List.of()).stream()
                        .map(this::expand).toList());
                sorted.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
                byForm.put(verb, new Entry(verb, codes.get(verb), sorted, false));
            }
            Set<String> phrasalOnly = new HashSet<>(patterns.keySet());
            phrasalOnly.removeAll(codes.keySet());
            formToVerb.forEach((form, verb) -> {
                Entry target = byForm.get(verb);
                if (target != null) {
                    byForm.putIfAbsent(form, target);
                }
            });
            return new VerbDictionary(byForm, phrasalOnly);
        }

        /** Replaces synset references by their alternatives (nested synsets flattened). */
        private VerbPattern expand(VerbPattern p) {
            return new VerbPattern(expand(p.pre()), expand(p.post()), p.code(), p.source());
        }

        private List<VerbPattern.Element> expand(List<VerbPattern.Element> elements) {
            List<VerbPattern.Element> out = new ArrayList<>();
            for (VerbPattern.Element e : elements) {
                if (e.kind() == VerbPattern.Kind.SYNSET) {
                    List<List<String>> alternatives = new ArrayList<>();
                    flatten(e.words().get(0), alternatives, 0);
                    out.add(new VerbPattern.Element(VerbPattern.Kind.SYNSET, List.of(e.words().get(0)), alternatives,
                            e.adjacent()));
                } else {
                    out.add(e);
                }
            }
            return out;
        }

        private void flatten(String name, List<List<String>> into, int depth) {
            List<List<String>> members = synsets.get(name.toUpperCase(Locale.ROOT).replaceAll("_+$", ""));
            if (members == null || depth > 5) {
                return;
            }
            for (List<String> m : members) {
                if (m.size() == 1 && m.get(0).startsWith("&")) {
                    flatten(m.get(0).substring(1), into, depth + 1);
                } else {
                    into.add(m);
                }
            }
        }
    }
}
